"""A date that belongs to the backdrop, not to the movement's action.

A sentence may name the movement's action and still take its date from
something else: "the sit-down will run 9 minutes – a minute for each
victim of the March 3 shooting", "walked out over the decision not
to indict the officer who fatally shot a teenager in August", "a plan
proposed in 2011 by the previous government". Read whole, such a
sentence has a walkout or a protest in it, so ``context.is_context`` kept
it; but the date is the shooting's, or the government's. What a date dates
is the clause around it: from the last clause break before it (a comma, a
dash, "who", "that", "after", ...) to the next. A date in the opening
clause is left alone: that clause has the sentence's subject ("The
teachers' association met the ministry's panel on Thursday").

The date is found by what the event took from it, its year's digits or
its month's name, with ``str.find``: reading the sentence's dates again
would cost more than the rule saves a reader.
"""

from __future__ import annotations

import re

__all__ = ["date_clause"]

# Where a clause ends: punctuation, or a word that opens a relative or an
# adverbial clause. Plain alternatives of fixed words: linear.
_BREAK = re.compile(
    r"[,;:–—\n]|[ \t]-[ \t]|\b(?:who|which|that|after|before|following|when|because|where|while|"
    r"since|and[ \t]+(?:then|later))\b",
    re.IGNORECASE,
)
# A month's name or its short form, as a word ("Feb. 14", "in August").
# March and May are left out: a verb and a modal as often as months.
_MONTHS = tuple(
    re.compile(rf"\b(?:{words})\b", re.IGNORECASE) if words else None
    for words in ("january|jan", "february|feb", "", "april|apr", "", "june|jun", "july|jul", "august|aug",
                  "september|sept|sep", "october|oct", "november|nov", "december|dec"))


def date_clause(sentence: str, start: str | None) -> str | None:
    """The subordinate clause of ``sentence`` around the date ``start``
    (ISO, as the event has it) came from, or None when the date is in the
    opening clause or cannot be found."""
    at = _date_at(sentence, start)
    if at < 0:
        return None
    begin = 0
    for found in _BREAK.finditer(sentence, 0, at):
        if not _inside_a_date(sentence, found.start()):
            begin = found.end()
    if not begin:
        return None  # (the opening clause is the sentence's own: its subject acts)
    after = _BREAK.search(sentence, at)
    return sentence[begin:after.start() if after else len(sentence)]


def _inside_a_date(sentence: str, at: int) -> bool:
    """Whether the break at ``at`` is the comma of "October 3, 2021" (or of
    "1,000"): a digit on both sides."""
    return sentence[at] == "," and sentence[at - 1:at].isdigit() and sentence[at + 1:at + 3].strip()[:1].isdigit()


def _date_at(sentence: str, start: str | None) -> int:
    """Where the event's date is written: its year's digits, else its
    month's name; -1 when neither is there."""
    if not start or not start[:4].isdigit():
        return -1
    at = sentence.find(start[:4])
    month = int(start[5:7]) if at < 0 and start[5:7].isdigit() else 0
    if not 1 <= month <= 12 or _MONTHS[month - 1] is None:
        return at
    found = _MONTHS[month - 1].search(sentence)  # type: ignore[union-attr]
    return found.start() if found else -1
