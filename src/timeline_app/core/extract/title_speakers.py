"""A named speaker's frame dropped from a sentence, for a title that would be cut.

"The rota officer Ama Lind said on Monday that the talks had stalled" is a
timeline entry about the talks: a reader shortening it by hand keeps what was
reported ("The talks had stalled") and lets the sentence keep its speaker as
evidence. When the speaker reports its own act through a pronoun ("The guild
has said it will ballot its members"), the speaker stays and only the saying
goes ("The guild will ballot its members"). A reported clause opening on a
quotation, a pronoun or a preposition, or one whose possessive points back at
the speaker ("its members will ..."), is left alone: it reads as a title only
with its frame.
"""

from __future__ import annotations

import re

from .title_compression import without_subject_asides

# Who speaks: a few words opening with a capital, none a saying verb of its own.
_SPEAKER = r"[A-Z][\w'’.-]*(?:[ \t]+(?!(?:said|says|told|that)\b)[\w'’.()-]+){0,9}?"
# ("said" and "told reporters" may go straight on with the clause; a verb that also takes a thing, "announced
# the strike", and "told" with a name, "told Lakeland Radio", report a clause only after "that".)
_DAY = r"(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]+day)?"  # ("said on Monday that", "said Monday")
_SAYING = (rf"(?:(?:said|says|told[ \t]+(?:reporters|journalists)){_DAY}(?:[ \t]+that)?|"
           r"(?:stated|noted|added|announced|declared|disclosed|explained|"
           r"told[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
           rf"{_DAY}[ \t]+that)")
# The speaker's own act after a pronoun: a modal and a verb other than "be", a verb in -ing after "is",
# a past after "has", a plan ("it will ballot", "they are planning", "it has called", "they plan to").
_OWN_ACT = (r"(?:it|they)[ \t]+(?=(?:(?:will|would|shall|can|could|must|should)[ \t]+(?!be\b|not\b)[a-z]+|"
            r"(?:is|are|was|were)[ \t]+[a-z]+ing|(?:has|have|had)[ \t]+(?!been\b)[a-z]+(?:ed|en)|"
            r"(?:plans?|planned|intends?|intended)[ \t]+to)\b)")
# What may not open the reported clause: a quotation, a pronoun, a preposition or a time word.
_NOT_OPENING = """it they he she we i you this that these those there its their his her our
    on in at to by for from with as if last yesterday today""".split()
_NOT_REPORTED = r"(?![\"“‘']|(?i:" + "|".join(_NOT_OPENING) + r")\b)"
_SAID = re.compile(rf"^(?P<speaker>{_SPEAKER})[ \t]+(?:(?:has|have)[ \t]+)?{_SAYING}[ \t]+"
                   rf"(?:(?P<own>{_OWN_ACT})|{_NOT_REPORTED}(?=[A-Za-z]))")
_SHORTEST_REST = 25
# A possessive pointing back at the speaker, early in the reported clause.
_POINTS_BACK = re.compile(r"\b(?:his|her|its|their|our)\b", re.IGNORECASE)
_POINTING_REACH = 70
_SAYING_WORDS = ("said", "says", "stated", "noted", "added", "announced", "declared", "disclosed", "explained", "told")


def without_speaker(text: str) -> str:
    """``text`` without a named speaker's saying ("X said that ..."), or with the speaker as the subject of
    its own act ("X said it will ..." as "X will ..."); ``text`` itself when neither reads."""
    if not any(word in text for word in _SAYING_WORDS):
        return text  # (a cheap test before the pattern)
    plain = without_subject_asides(text)  # ("Ama Lind, the rota officer, said ..." as "Ama Lind said ...")
    said = _SAID.match(plain)
    if said is None:
        return text
    rest = plain[said.end():]
    if said["own"] is not None:
        rest = said["speaker"] + " " + rest
    elif _POINTS_BACK.search(rest, 0, _POINTING_REACH):
        return text  # ("X said its members will ...": the clause needs its speaker)
    if len(rest) < _SHORTEST_REST:
        return text
    return rest[0].upper() + rest[1:]
