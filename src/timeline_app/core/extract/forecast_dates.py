"""A later day a page only expects, after the past act its lede reports.

"Last Friday, we learned that the ballot was ordered" then "We expect the
ballot will likely open on Wednesday, 22 March": the page reports what was
done on Friday, and the Wednesday is a forecast. Both name the same act,
so their scores are close; the hedge ("we expect", "likely", "hope to")
on a day after the page's date, below a headline or lede that dates a
past act, marks the later one as the background. A lede that dates nothing, or dates the
coming act itself or only its announcement ("yesterday the union announced
strikes"), leaves the forecast as it is.
"""

from __future__ import annotations

import re
from datetime import date

from .date_resolution import ResolvedDate
from .sentences import Span

__all__ = ["Forecasts"]

_HEDGE = re.compile(r"\b(?:expect(?:s|ed|ing)?|likely|probably|hope[sd]?[ \t]+to|hoping[ \t]+to|tentatively|"
                    r"provisionally|anticipated?)\b", re.IGNORECASE)
_ANNOUNCED = re.compile(r"\b(?:announc|said\b|says\b|warn|told\b|confirm|threaten|plan|call(?:s|ed)?[ \t]+for\b)",
                        re.IGNORECASE)
_HEDGE_HINTS = ("xpect", "ikely", "robabl", "hop", "entativ", "rovision", "nticipat")
#: What a forecast loses below a lede that dates a past act.
FORECAST_PENALTY = 3.5


class Forecasts:
    """Follows the candidates in text order; the headline's and the lede's come first."""

    def __init__(self, opening: tuple[int, ...], reference: date | None) -> None:
        self._opening = opening  # where the headline and the lede start
        self._reference = reference
        self._past_lede = False
        self._announces: dict[int, bool] = {}  # per opening sentence: a long one with many dates is read once
        self._hedged: dict[int, bool] = {}  # per later sentence, for the same reason

    def penalty(self, resolved: ResolvedDate, sentence: Span) -> float:
        """What ``resolved``, dated in ``sentence``, loses as a forecast."""
        reference = self._reference
        opening = sentence.start in self._opening
        if reference is None or resolved.precision != "day" or not (opening or self._past_lede):
            return 0.0  # most candidates: no past act dated in the opening before them
        day = date.fromisoformat(resolved.iso)
        if opening:
            # "Yesterday the union announced strikes": the act is still to come, the forecast dates it
            if not self._past_lede and day <= reference:
                if sentence.start not in self._announces:
                    self._announces[sentence.start] = _ANNOUNCED.search(sentence.text) is not None
                self._past_lede = not self._announces[sentence.start]
            return 0.0
        if not self._past_lede or day <= reference:
            return 0.0
        hedged = self._hedged.get(sentence.start)
        if hedged is None:
            lowered = sentence.text.lower()
            hedged = any(hint in lowered for hint in _HEDGE_HINTS) and _HEDGE.search(sentence.text) is not None
            self._hedged[sentence.start] = hedged
        return FORECAST_PENALTY if hedged else 0.0
