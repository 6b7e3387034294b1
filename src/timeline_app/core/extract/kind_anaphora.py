"""A sentence that tells what happened without naming it, named by the next.

"Students ringed the Westbrook council offices on June 4. The 300-strong
protest, called by ..." — the first sentence dates the event, the second
names its kind by referring back ("The ... protest", "This occupation").
The dated sentence then takes the kind the next one names, so that neither
the main-event choice nor the event's kind depends on a reporter repeating
the kind word next to the date.
"""

from __future__ import annotations

import bisect
import re

from .sentences import Span

__all__ = ["borrow_named_kind"]

_REFERS_BACK = re.compile(r"(?:The|This|That|Their|Its|Today's|Monday's|Tuesday's|Wednesday's|Thursday's|"
                          r"Friday's|Saturday's|Sunday's)\b")
# A cue this close to the start of the next sentence names what it refers to.
_NAMING_CHARS = 40
_QUOTES = ('"', "“", "‘", "'")


def borrow_named_kind(cues: list[tuple[int, str, float]], sentences: list[Span],
                      per_sentence: list[dict[str, float]]) -> list[dict[str, float]]:
    """``per_sentence`` with each cue-less sentence given the cues that open
    the sentence after it, when that sentence refers back ("The protest")."""
    starts = [s.start for s in sentences]
    borrowed: list[dict[str, float]] | None = None
    for offset, kind, weight in cues:
        index = bisect.bisect_right(starts, offset) - 1
        if index < 1 or offset - starts[index] > _NAMING_CHARS or per_sentence[index - 1]:
            continue
        sentence = sentences[index]
        before = sentences[index - 1].text
        if not _REFERS_BACK.match(sentence.text) or before.endswith(("?", ":")) or before.startswith(_QUOTES):
            continue  # a question, a lead-in or a quotation tells no act
        if borrowed is None:
            borrowed = list(per_sentence)
        if borrowed[index - 1] is per_sentence[index - 1]:
            borrowed[index - 1] = {}
        borrowed[index - 1][kind] = borrowed[index - 1].get(kind, 0.0) + weight
    return borrowed if borrowed is not None else per_sentence
