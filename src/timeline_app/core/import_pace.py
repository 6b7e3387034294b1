"""How fast an import is going and about how long is left, in words.

The statistical engine reads several times slower than the rules, so the
window says so honestly: documents per second and the time left, from the
pace so far. Pure arithmetic on a clock the caller may replace (tests).
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Before this many documents or seconds the pace says nothing: the first
#: documents include starting the readers (and loading a model).
_MIN_DOCUMENTS = 3
_MIN_SECONDS = 1.0


class ImportPace:
    """Documents per second since the first report, and the time left."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()

    def describe(self, done: int, total: int) -> str:
        """"12 docs/s, about 3 min left", or "" while too early to tell."""
        elapsed = self._clock() - self._started
        if done < _MIN_DOCUMENTS or elapsed < _MIN_SECONDS:
            return ""
        rate = done / elapsed
        shown = f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}"
        left = max(total - done, 0) / rate
        if left < 1:
            return f"{shown} docs/s"
        return f"{shown} docs/s, about {_duration(left)} left"


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(int(round(seconds)), 1)} s"
    if seconds < 3600:
        return f"{int(round(seconds / 60))} min"
    return f"{seconds / 3600:.1f} h"
