"""Shorter wordings of a sentence that is too long to be a title, still whole.

When no clause boundary or modifier lets a title end within its length, the
title used to be the sentence cut at a word with an ellipsis ("Ed Reckless,
the incoming president of the student union…"): a fragment on the timeline.
A reader shortening such a sentence by hand drops what only describes:

- an aside between commas after the subject, before its verb ("Ed Reckless,
  the incoming president of the union, is to stand down" as "Ed Reckless is
  to stand down");
- a relative clause on the subject ("The strike, which began in March,
  has halted ..."; "The tutors' strike which began in March has
  halted ..." as "The tutors' strike has halted ..."; "Porters who
  work at the hospital have voted ..." as "Porters have voted ...");
- where the subject's people come from ("Students from the University of
  X, Y and Z surrounded ..." as "Students surrounded ...", "Thousands of
  students in Ireland join ..." as "Thousands of students join ...").

The aside and the relative clause go from any sentence too long for a
title (``without_subject_asides``, before it is cut); where the people come
from goes only when no whole phrase was found otherwise (``shorter_wording``).
A headline in title case ("Pupils Walk Out Of Lessons To Protest Bus
Cuts") is read in lower case for its boundaries (``lowered_headline``).
"""

from __future__ import annotations

import re

from .prefilter import contains_any, folded_piece
from .title_counted_subject import COUNTED_PEOPLE
from .title_modifiers import NOT_A_PAST

# A verb that can follow a subject: a helping verb, a past tense or a verb
# of the movement's reports (no other word in -s: "leaders" is no verb).
_PREDICATE = (r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
              + NOT_A_PAST + r"[a-z]+ed|says|calls|plans|wants|joins|holds|leads|warns|urges|vows|demands|claims|faces|"
              r"announces|launches|threatens|went|began|took|held|won|met|ran|said|told|set|led|left|made|"
              r"walk|march|join|strike|stage|gather|rally|protest|hold|call|plan|vote|occupy|demand|"
              r"launch|refuse|continue|remain)\b")
#: (shared with ``title_actors``, which finds where a sentence's subject ends)
SUBJECT_VERB = _PREDICATE
# "Subject, an aside, verb ...": the aside opens with an article, a number, a
# role or a relative word; the subject holds no comma and opens with no
# preposition or conjunction ("After the vote, the union announced ..."), but
# for "At least" before a count of people ("At least 40 tutors, including ...").
_ASIDE = re.compile(
    r"^(?!(?i:after|before|in|on|at(?![ \t]+(?:least|most)[ \t]+" + COUNTED_PEOPLE + r")|when|while|whilst|"
    r"during|as|since|following|despite|although|though|if|"
    r"because|with|for|by|from|under|over|amid|once|until|throughout|to|but|and|so|yet)\b)"
    r"(?P<subject>[^,]{3,60}?),[ \t]+(?P<aside>(?:the|a|an|one|two|three|who|which|whose|made up of|"
    r"founded|based|led|formed|along with|together with|as well as|including|president|chair|head|leader|"
    r"secretary|general secretary|member|members|spokesperson|spokesman|spokeswoman|director|"
    # how they feel ("Drivers, unhappy at being the lowest paid in the region, ...")
    r"unhappy|angry|angered|frustrated|furious|upset|dissatisfied|disgruntled|[0-9])\b"
    r"[^;:]{2,120}?),[ \t]+(?=" + _PREDICATE + ")",
)
# "The strike which began in September has ...": a relative clause of a few
# words on a subject naming an action (it tells when or how the action began;
# on "Those who took part" or "Students who occupied" it says who, and stays),
# ending where the subject's own verb starts.
_RELATIVE = re.compile(
    r"^(?P<subject>(?i:the|its|their|this|that)[ \t][^,]{0,40}?(?:strikes?|occupations?|protests?|walk-?outs?|"
    r"campaigns?|action|dispute|ballot|petition|boycott|sit-in|march|rally|demonstration|encampment))"
    r"[ \t]+(?:which|that)[ \t]+(?P<clause>[^,]{3,60}?)[ \t]+"
    r"(?=(?:has|have|had|is|are|was|were|will|would|continues?|remains?)\b)"
)
#: The subject's own verb after a clause on it: a helping verb or a past, never a bare verb the clause may
#: hold ("Members who refused to | strike have been ..."); ``title_headline`` reads it after a description.
OWN_PREDICATE = (r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|"
                 + NOT_A_PAST + r"[a-z]+ed|said|went|began|took|held|won|met|ran|told|led|left|made)\b")
#: The people a subject names, read by the rules below ("Students ... who", "members across ...") and by
#: ``title_headline``.
PEOPLE = (r"students|pupils|teachers|workers|staff|lecturers|academics|residents|tenants|nurses|parents|employees|"
          r"members|activists|protesters|campaigners")
# "Porters and cleaners who belong to the branch have put off ...": a
# relative clause on a subject naming people, ending where the subject's own
# verb starts (the clause's verb comes first, so the second verb is the subject's).
_PEOPLE_WHO = re.compile(
    r"^(?P<subject>(?!(?i:after|before|when|while|if|as|since|because|although|though)\b)[^,]{0,50}?\b"
    r"(?i:" + PEOPLE + r"|midwives|doctors|drivers|porters|cleaners))"
    r"[ \t]+who[ \t]+(?P<clause>[^,;:()“”\"]{3,60}?)[ \t]+(?=" + OWN_PREDICATE + ")"
)
# A clause that holds a negation or an action says which people the news is about, and stays ("Students
# who took part in the occupation will be ...").
_KEPT_CLAUSE = re.compile(r"\b(?:not|never|no|refus\w*|\w+n't|strik\w*|vot\w*|ballot\w*|occup\w*|walk\w*|"
                          r"protest\w*|march\w*|picket\w*|boycott\w*|sit-ins?|took[ \t]+part|joined|offer)\b")
# "Students from the University of X, Y and Z surrounded ...", "Thousands of
# students in Ireland join ...": people, where they come from (capitalised
# names, commas, "and", "the", "of"), then a verb in lower case.
_PEOPLE_FROM = re.compile(
    r"^(?P<people>(?:[A-Z][\w'’-]*[ \t]+(?:of[ \t]+)?)?(?:[\w'’-]+[ \t]+){0,2}?"
    # people of a place or an institution; members of a body are that body, never dropped
    # (the head noun may open the sentence: "Students from ...")
    r"(?:(?i:students|pupils|teachers|workers|staff|lecturers|academics|residents|tenants|nurses|parents|"
    r"people|youth|employees)[ \t]+(?:from|of|in|at|across)|"
    r"(?i:activists|protesters|campaigners)[ \t]+(?:from|in|at|across)))"
    r"[ \t]+(?P<place>(?:the[ \t]+)?[A-Z][\w.'’&-]*"
    r"(?:(?:,[ \t]+|[ \t]+(?:and|&|of|the|de|for)[ \t]+|[ \t]+)(?:the[ \t]+)?[A-Z][\w.'’&-]*){0,12})"
    # (not a place's word before a noun it describes: "Students across UK | universities have ...", "Residents
    # of the Bekaa | region ...": the subject's verb follows the place, or an adverb and the verb, or another
    # party to it: "Staff of X | and the government signed ...")
    r"[ \t]+(?=(?:[a-z]+ly[ \t]+)?" + _PREDICATE + r"|and[ \t]+(?:the|its|their)[ \t])"
    r"(?!(?:universities|colleges|schools|campuses|institutions|students|workers|staff|branches|"
    r"sites|cities|towns|hospitals|councils)\b)"
)
# The people ``_PEOPLE_WHERE``'s subject ends on, written once: every word for people that it or ``_PEOPLE_FROM``
# needs is one of them, in lower case (``shorter_wording``'s pre-test reads them).
_WHERE_PEOPLE = PEOPLE + "|people|youth|unions"
_PEOPLE_WORDS = tuple(_WHERE_PEOPLE.split("|"))
# "Nigerian pupils in the north of the country launched ...", "Striking union
# members across health and transport will rally ...": people, then where
# they are (any words but no comma or clause), then the subject's own verb.
_PEOPLE_WHERE = re.compile(
    r"^(?P<people>(?:(?!(?i:between|with|for|by|to|from|against)\b)[\w'’-]+[ \t]+|"
    # (a list of people: "Cleaners, porters and security staff | at four hospitals | are to ...")
    r"(?i:" + PEOPLE + r"|cleaners|porters|doctors|midwives|caterers|domestics|drivers|guards),?[ \t]+"
    r"(?:and[ \t]+)?){0,6}?"
    r"(?i:" + _WHERE_PEOPLE + r"))"
    r"[ \t]+(?:in|at|from|across)[ \t]+(?:(?!(?:who|which|that)\b)[^;:()\s]+[ \t]+){1,10}?"
    r"(?=" + _PREDICATE + r"(?![ \t]+by\b))"  # ("the warehouses | owned by ...": a participle, not the verb)
)
# " – made up of nine branches – has": an aside between two dashes, then the subject's own verb.
_DASHED_ASIDE = re.compile(r"[ \t][–—-][ \t]+(?P<aside>[^–—\n]{3,100}?)[ \t]+[–—-][ \t]+(?=" + OWN_PREDICATE + ")")
#: A verb that makes an aside a clause of its own ("the union announced a strike").
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|announced|called|"
                     r"voted|declared|launched|began|held)\b")
#: A subject with a verb of its own is a clause, not a noun phrase.
# (Both open with a look-ahead at a letter: other positions are turned down before the boundary test.)
_OWN_VERB = re.compile(r"(?=[a-z])\b(?:is|are|was|were|has|have|had|will|would|been|be|[a-z]+ed)\b")
#: A title-case headline: most of its words of four letters or more are capitalised.
_LONG_WORD = re.compile(r"(?=[A-Za-z])\b[A-Za-z][a-z'’]{3,}\b")
_TITLE_CASE_SHARE = 0.8
#: A shouted word of three letters or more, and how many make a shouted headline.
_SHOUTED_WORD = re.compile(r"(?=[A-Z])\b[A-Z]{3,}\b")
_SHOUTED_WORDS = 4


def without_subject_asides(text: str) -> str:
    """``text`` without an aside or a relative clause between its subject
    and the subject's verb: what a title needs least, dropped first."""
    for rule in (_without_aside, _without_relative, _without_people_who):
        text = rule(text) or text
    return text


def shorter_wording(text: str) -> str | None:
    """``text`` without where its people come from or where they are, or
    None: the last shortening, as it loses who they were."""
    if not contains_any(folded_piece(text), _PEOPLE_WORDS):
        return None  # (each rule's people are one of these words: a title naming none is let go before both)
    match = _PEOPLE_FROM.match(text)
    shorter = None if match is None else match["people"].rsplit(None, 1)[0] + " " + text[match.end():]
    match = _PEOPLE_WHERE.match(shorter or text)  # ("Students at X in Y are ...": both go)
    if match is None:
        return shorter
    return match["people"] + " " + (shorter or text)[match.end():]


def _without_aside(text: str) -> str | None:
    match = _ASIDE.match(text)
    if match is None:
        return None
    aside = match["aside"]
    if _FINITE.search(aside) and not aside.startswith(("who ", "which ", "whose ")):
        return None  # "After the vote, the union announced a strike, ...": a clause, no aside
    return match["subject"] + " " + text[match.end():]


def _without_relative(text: str) -> str | None:
    match = _RELATIVE.match(text)
    if match is None or _OWN_VERB.search(match["subject"]):
        return None  # "We were told which ...": the clause is the verb's object, not the subject's
    return match["subject"] + " " + text[match.end():]


def without_dashed_aside(text: str) -> str:
    """``text`` without an aside set between dashes right before its subject's verb ("the guild – made up of
    nine branches – has called ..." as "the guild has called ..."), which a title cannot end inside: asked
    only of a sentence whose title would be cut (``titles.whole_title``)."""
    if "– " not in text and "— " not in text and " - " not in text:
        return text
    match = _DASHED_ASIDE.search(text)
    if match is None or _FINITE.search(match["aside"]):
        return text  # ("... – the union said – will ...": a saying, or a clause of its own)
    return text[:match.start()] + " " + text[match.end():]


def _without_people_who(text: str) -> str | None:
    match = _PEOPLE_WHO.match(text) if "who" in text else None  # (most titles hold no "who": the match is let go)
    if match is None or _OWN_VERB.search(match["subject"]) or _KEPT_CLAUSE.search(match["clause"]):
        return None  # ("They said workers who ...": the subject has its verb already)
    return match["subject"] + " " + text[match.end():]


def is_title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case ("Thousands Of Students
    Walk Out"), whose small words are capitalised too."""
    words = _LONG_WORD.findall(text)
    if len(words) < 4:
        return False
    return sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words)


def lowered_shout(text: str) -> str | None:
    """``text`` in a sentence's case when it is shouted whole ("TEACHERS WALK OUT OVER PAY"), so that its
    clause boundaries can be read: the same length, so positions found in it hold in ``text``; None when
    ``text`` is not shouted, is too short to be a headline or would change length."""
    if not text.isupper() or len(_SHOUTED_WORD.findall(text)) < _SHOUTED_WORDS:
        return None
    lowered = text[:1] + text[1:].lower()
    return lowered if len(lowered) == len(text) else None


def lowered_headline(text: str) -> str:
    """``text`` with every word after the first in lower case but for
    acronyms and words with a capital inside ("U.S.", "NUS", "McDonald"):
    the same length, so positions found in it hold in ``text``."""
    def lower(match: re.Match[str]) -> str:
        word = match.group()
        if match.start() == 0 or len(word) == 1 or any(c.isupper() for c in word[1:]):
            return word
        return word.lower()
    return re.sub(r"[A-Za-z][\w'’-]*", lower, text)
