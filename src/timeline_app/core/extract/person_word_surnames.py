"""Surnames that are also words of places or of time: "John Park", "Tom Hall", "Ruth Street", "Samuel Weeks".

Such a word ends a place's name far more often than a person's ("Victoria Park", "the Town Hall", "George
Street"), so a capitalised run ending in one is no name on its own. After a known given name it is one when
the sentence says a person stands there:
* a speech verb closing a quote or a clause before it, maybe with an office between, the name ending the
  clause ("..., said John Park.", "..., said organiser Helen Lane." -- not "Police said George Street would
  close"), or the name's own verb after it ("Tom Hall said"; not "said it" or "said its", nor a passive "told
  to");
* after a comma, an office or a trade (of one or two words) that ends there or goes on as an office does
  ("Ruth Street, a nurse,", "Sarah Chambers, the head teacher,", "John Park, president of ..."; not "a student
  residence"), or "who", or "aged 40", or an age between commas ("Lily Park, 34,");
* a title or an office before it ("Dr Ann Hall", "President Jo Lane"), but not a royal or noble one, which
  names places as often ("Lady Margaret Hall", "Queen Elizabeth Park"); any other word there makes the run a
  longer name ("The Royal Albert Hall", "Save Albert Park").
Never after a preposition of place, "of" or "the" ("at Lady Mitchell Hall", "the residents of Albert Street,
who ..."). Park is among the commonest surnames in the world, and Hall among England's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["WORD_SURNAMES", "cued_word_surname"]

WORD_SURNAMES = frozenset("Park Hall Street Lane Weeks Temple Chambers Bridges".split())
_SPEECH = r"(?:said|says|told|added|explained|stated|warned|argued|wrote|insisted|urged|recalled|asked|replied)"
# A speech verb closing a quote or a clause before the name: "..., said John Park" ("Police said George Street
# would close" reports what was said of a place).
# An office or two words of one may stand between ("..., said organiser Helen Lane", "said union rep Tom Hall").
_SPEECH_BEFORE = re.compile(rf"[,”\"’'][ \t]*{_SPEECH}"
                            r"(?:[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<office>[a-z][\w-]*))?[ \t]*$")
# What may follow a name a speech verb comes before: the sentence's end or a comma (not "would be closed").
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?]|$)")
# Right before the run: a preposition of place, "the" or "of" ("at Lady Mitchell Hall", "down the Albert Hall",
# "The Royal Albert Hall said", "the residents of Albert Street, who ...").
_NO_PERSON_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|into|from|on|opposite|to|down|along|through|past|"
                               r"across|towards?|via|beside|behind|around|of|the)[ \t]*(?:the[ \t]+)?$",
                               re.IGNORECASE)
# The name's own speech verb after it, not "said it", "said its" (a venue's) nor a passive "told to".
_SPEECH_AFTER = re.compile(rf"[ \t]+{_SPEECH}\b(?![ \t]+(?:it|its|to)\b)")
# A comma and what only a person is: "who" (not "which"), "aged 40", or an age between commas before the
# sentence goes on ("Lily Park, 34, said"; not a count, "Ellis Park, 62,000,", nor days, "Mary Hall, 12, 13 June").
_PERSON_AFTER = re.compile(r"[ \t]*,[ \t]*(?:who\b|aged[ \t]+\d|\d{1,2}[ \t]*,[ \t]*(?=[a-z]))")
# A comma and an office or a trade, with any article, that ends there or goes on as an office does ("a nurse,",
# "president of ..."; not "a student residence", "head office of the firm", "a warden said").
# (of two words, the last tells, and a plural or "member" there names a group or a club as often: "the head
# teacher,"; not "a student residence,", "the league leaders,", "a founder member of the League", "local
# residents and dog walkers say,")
_DESCRIBED_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?:a|an|the)[ \t]+)?(?:(?P<first>[\w-]+)[ \t]+)?(?P<word>[\w-]+)"
                              r"(?=[ \t]*(?:[,.;:]|$)|[ \t]+(?:of|at|for|with|and|in)\b)")
# Titles that name places after royalty and the nobility as often as people ("Lady Margaret Hall", "Queen
# Elizabeth Park"): no cue here.
_NOBLE = frozenset("King Queen Prince Princess Lady Lord Duke Duchess Earl Countess Saint St St.".split())


def cued_word_surname(words: list[str], before: str, after: str, is_office: Callable[[str], bool]) -> bool:
    """Whether the run ``words`` (its last a ``WORD_SURNAMES`` word after a given name) is a person's name by
    its cue: ``before`` and ``after`` are the text around the run; ``is_office`` tells a title or an office."""
    if _NO_PERSON_BEFORE.search(before) or len(words) >= 3 and (words[-3] in _NOBLE or not is_office(words[-3])):
        return False  # (a longer name's end: "The Royal Albert Hall", "Save Albert Park")
    speech = _SPEECH_BEFORE.search(before)
    if speech and (speech["office"] is None or is_office(speech["office"])):
        return _CLAUSE_END.match(after) is not None
    described = _DESCRIBED_AFTER.match(after)
    return _SPEECH_AFTER.match(after) is not None or _PERSON_AFTER.match(after) is not None or \
        described is not None and is_office(described["word"]) and not _names_a_group(described) or len(words) >= 3


def _names_a_group(described: re.Match[str]) -> bool:
    """Whether a description of two words ends on a plural or "member": a group's or a club's as often."""
    word = described["word"]
    plural = word.endswith("s") and not word.endswith(("ss", "us"))  # (not "the college boss")
    return described["first"] is not None and (plural or word == "member")
