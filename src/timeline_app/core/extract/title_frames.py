"""A sentence without the frame it was reported in, for a title that would be cut.

A reader shortening a long sentence to a timeline entry keeps what
happened and drops how the page came to hear of it: the occasion it was
said on ("Speaking to reporters in Arlen, the union's head said ..."), a
paper's report of it ("The Harbourton Post reported that ..."), a
speaker the page names only by a pronoun ("He said the talks ...") and the office
written before a speaker's name ("Guild secretary Jo Arlen said ..."). What
is left is tried only when the framed sentence makes no whole title; the
title made of it must still be a whole phrase, so a frame whose clause is
too long changes nothing.
"""

from __future__ import annotations

import re

from .organisation_media import OUTLET_WORDS
from .organisation_names import LEADING_NOISE, ROLE_WORDS
from .person_cues import MEDIA_WORDS
from .title_tightening import A_VERB

# What may not open the clause left: the frame's own date or place ("reported on Monday that ...").
_NOT_THE_CLAUSE = r"(?!(?:on|in|at|to|by|for|from|with|that|last|this|earlier|yesterday|today)\b)"
# "Speaking to reporters on Monday, ...", "Addressing the crowd in Arlen, ...": the occasion, not the act;
# not a clause with a verb of its own ("Addressing the shortage was the first task, ...": a subject).
_OCCASION = re.compile(r"^(?:[Ss]peaking|[Aa]ddressing|[Bb]riefing|[Cc]ommenting|[Rr]esponding|[Rr]eacting|"
                       r"[Tt]alking|[Ww]riting)\b(?![^,\n]{0,120}\b(?:was|were|is|are|has|have|had)\b)"
                       r"[^,\n]{3,120},[ \t]+(?=[A-Za-z])")
# "The Harbourton Post reported that ...", "Lakeland Radio reports ...": a paper or a station, a name of a few
# capitalised words ending in a media word, passing the news on (not a body or a person reporting its own act,
# "The Harbourton Nurses Union reported that its members ...", nor a clause whose "its" or "their" points back).
_REPORTED = re.compile(r"^(?:[Tt]he[ \t]+)?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]+"
                       r"(?:has[ \t]+)?(?:reports|reported)(?:[ \t]+that)?[ \t]+(?=\w)" + _NOT_THE_CLAUSE
                       + r"(?!(?:its|their|his|her)\b)")
# ("Courier" and "Dispatch" end only a paper's name; an outlet's words are the organisation finder's and the
# people finder's.)
_PAPER_WORDS = OUTLET_WORDS | MEDIA_WORDS | {"Courier", "Dispatch"}
# "He said the talks ...", "They added that ...": a speaker named by a pronoun says nothing of who acted.
_PRONOUN_SAID = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)[ \t]+(?:said|says|added|noted|stated|explained)"
                           r"(?:[ \t]+that)?[ \t]+(?=\w)" + _NOT_THE_CLAUSE)
# "The General Secretary of the Ostland Tutors Guild, Ama Lind, said ...": an office set before the name that
# holds it; the name alone says who spoke.
# (The offices are the words naming a person's office, ``ROLE_WORDS``.)
_ROLES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:[Tt]he[ \t]+)?(?:[A-Z][\w'’.-]*[ \t]+){0,3}(?i:" + _ROLES
    + r")(?![\w'’-])(?:[ \t]+of[ \t]+[^,\n]{3,60})?,[ \t]+"
    r"(?=[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3},?[ \t]+[a-z])")
# "Ostland Health Minister Ama Lind has asked ...", "Guild general secretary Jo Arlen said ...": an office
# written straight before the name that holds it (a few words, then a role word, then a name of two or three
# capitalised words and a word in small letters); the name alone says who acted. The words before the role word
# are a name's capitalised words (not a word opening a sentence, ``LEADING_NOISE``: "According to union president
# Jo Arlen the ...", "Students against Chancellor ...") or an office's own small words; no verb, no "-ing" word,
# no preposition or conjunction: in "The guild has warned Mayor Jo Arlen to ...", "Students fighting Chancellor
# Jo Arlen over ..." or "nurses and their union president Jo Arlen were ..." the office holder is not the subject
# alone. The name is the subject: its verb (``A_VERB``, or one in "-s": "explains") follows, at most past a word
# such as "yesterday". A word that ends the office ("Secretary General") is the office's, never the name's first.
_OFFICE_SMALL_WORDS = ("general", "deputy", "assistant", "acting", "interim", "union", "branch", "national",
                       "regional", "chief", "senior", "executive", "media", "press", "communications", "liaison",
                       "education", "student", "students'", "health", "finance", "labour")
_OFFICE_ENDS = r"(?:General|Emeritus|Elect|Designate)\b"
_OFFICE_WORD = (r"(?:(?!(?:" + "|".join(sorted(LEADING_NOISE - {"The"})) + r")\b)[A-Z][\w'’.&-]*|"
                + "|".join(_OFFICE_SMALL_WORDS) + r")")
_OFFICE_RIGHT_BEFORE_NAME = re.compile(
    r"^(?:[Tt]he[ \t]+)?(?:" + _OFFICE_WORD + r"[ \t]+){0,6}?(?i:" + _ROLES + r")(?:[ \t]+(?i:" + _OFFICE_ENDS
    + r"))?[ \t]+(?!" + _OFFICE_ENDS + r")(?=[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,2}[ \t]+"
    r"(?:(?:also|yesterday|today|earlier|later|then|[a-z]+ly)[ \t]+)?"
    r"(?:" + A_VERB.pattern + r"|[a-z]{3,}s\b))")
_SHORTEST_REST = 25
# The comma closing the name after an office ("Ama Lind, said").
_NAME_COMMA = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}),[ \t]+(?=[a-z])")


def without_frame(text: str) -> str:
    """``text`` without the occasion, the paper's report, the pronoun's saying or the office before a name that
    frames it, capitalised; ``text`` itself when none does or too little would be left."""
    frame = _OCCASION.match(text) or _paper_report(text) or _PRONOUN_SAID.match(text) \
        or _OFFICE_RIGHT_BEFORE_NAME.match(text)
    if frame is None and (office := _OFFICE_BEFORE_NAME.match(text)) is not None:
        named = _NAME_COMMA.sub(r"\g<name> ", text[office.end():], count=1)  # "Ama Lind, said" as "Ama Lind said"
        return named if len(named) >= _SHORTEST_REST else text
    if frame is None or len(text) - frame.end() < _SHORTEST_REST:
        return text
    rest = text[frame.end():]
    return rest[0].upper() + rest[1:]


def _paper_report(text: str) -> re.Match[str] | None:
    """The report of a paper or a station opening ``text`` ("The Harbourton Courier reports that"), or None."""
    report = _REPORTED.match(text)
    if report is None or not set(report["name"].split()[-1].split("-")) & _PAPER_WORDS:
        return None
    return report
