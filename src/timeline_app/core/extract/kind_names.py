"""Kind words inside names are no kind cues.

"National Campaign Against Fees and Cuts", "Campaign Against Fees (CAF)",
"Youth Strike Action Network": a group's name repeats a kind word every
time the group is named, so a press release about its walkout voted
"campaign". A cue whose word is capitalised inside a run of at least three
capitalised words (linked by of/for/the/and/against) is part of a name and
does not vote, unless the act's word ends the name: "the Doomsday Rally is
this Friday" names the event itself. Headlines and other title-case lines,
where every word is capitalised, keep their cues.
"""

from __future__ import annotations

import bisect
import re

from ..models import ACTION_KINDS
from .sentences import Span

__all__ = ["without_name_cues"]

_CAPITALISED = re.compile(r"[A-Z][\w'’&-]*")
_LINKS = frozenset({"of", "for", "the", "and", "against", "&", "on", "to"})
_NAME_WORDS = 3
_TITLE_CASE_SHARE = 0.7
# Cues of a single word weigh at most this; phrases weigh more.
_WORD_WEIGHT = 3.0
# Enough text either side of a cue for the name's other words.
_NEAR_CHARS = 60
# The cues that open on who acts ("doctors association (yda) boycotted the outpatient departments", "activists were
# arrested outside"): the act follows the subject, so the cue is no word of a name even where its subject ends one
# ("The Young Doctors Association boycotted ...").
_SUBJECT_LED = ("activists", "doctors", "medics", "consultants", "physicians", "nurses", "lawyers", "attorneys",
                "barristers")
_SUBJECT_CHARS = max(map(len, _SUBJECT_LED))


def without_name_cues(text: str, cues: list[tuple[int, str, float]], lines: list[Span]) -> list[tuple[int, str, float]]:
    """``cues`` without those that are a word of a capitalised name. Strong
    phrases ("Open Letter", "Climate Strike") are kept: they name the act."""
    if not lines or not any(text[offset].isupper() and weight <= _WORD_WEIGHT for offset, _, weight in cues):
        return cues
    starts = [line.start for line in lines]
    title_case: dict[int, bool] = {}

    def in_name(offset: int) -> bool:
        line = lines[max(0, bisect.bisect_right(starts, offset) - 1)]
        if line.start not in title_case:
            title_case[line.start] = _is_title_case(line.text)
        return not title_case[line.start] and _inside_name(text, offset, line)

    cue_starts = {offset for offset, _, _ in cues}
    return [cue for cue in cues if not (cue[2] <= _WORD_WEIGHT and text[cue[0]].isupper() and in_name(cue[0]) and
                                        not names_the_event(text, cue, cue_starts) and
                                        not text[cue[0]:cue[0] + _SUBJECT_CHARS].lower().startswith(_SUBJECT_LED))]


def names_the_event(text: str, cue: tuple[int, str, float], cue_starts: set[int]) -> bool:
    """Whether an act's word ends the name it stands in: "the Doomsday Rally
    and March is this Friday", "the Harbour Solidarity Vigil on Sunday" name
    the event itself, where a group's name goes on past it ("Youth Strike
    Action Network", "Campaign Against Fees"). Only protests, strikes,
    walkouts and occupations: a name ending "Campaign" is mostly a group's."""
    if cue[1] not in ACTION_KINDS:
        return False
    at = cue[0]
    for _ in range(_EVENT_NAME_WORDS):  # bounded: a line of hundreds of act words is no event's name
        match = _NEXT_WORD.match(text, at)  # the cue's word, then the next word on its line
        if match is None or match[1].endswith(_NAME_ENDS):
            return True  # the line or the sentence ends: nothing carries the name on
        following = match.start(2)
        if not text[following].isupper():
            return True
        if following not in cue_starts and not _MARCH_NOUN.match(text, following):
            return False  # "and March" (the noun: no day follows): another act's word may join it
        at = following
    return False


# An event's name runs a few words at most after its act's word ("Rally and March").
_EVENT_NAME_WORDS = 4
# A word ending with one of these ends its sentence or clause, and the name with it.
_NAME_ENDS = tuple(".,;:!?)”\"")
_MARCH_NOUN = re.compile(r"March\b(?![ \t]*\d)")
# A word, its gap, an optional "and"/"&", then the next word's start.
_NEXT_WORD = re.compile(r"(\S+)[ \t]+(?:(?:and|&)[ \t]+)?(?=(\S))")


def _inside_name(text: str, offset: int, line: Span) -> bool:
    """Whether the capitalised word at ``offset`` belongs to a run of at
    least three capitalised words within its line."""
    before = text[max(line.start, offset - _NEAR_CHARS):offset].split()[-4:]
    after = text[offset:min(line.end, offset + _NEAR_CHARS)].split()[:5]
    count = 1
    for word in reversed(before):
        if _CAPITALISED.fullmatch(word.strip("(\"“")):
            count += 1
        elif word.lower() not in _LINKS:
            break
    for word in after[1:]:
        clean = word.strip(",.;:)\"”")
        if _CAPITALISED.fullmatch(clean):
            count += 1
        elif clean.lower() not in _LINKS:
            break
        if clean != word:
            break
    return count >= _NAME_WORDS


def _is_title_case(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)
