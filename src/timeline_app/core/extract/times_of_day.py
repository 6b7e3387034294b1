"""Times of day in a text ("10.30am", "16:47", "noon"), as "HH:MM".

A reading of its own, apart from dates: events give a sentence's time to its
event, and ``document_form`` asks whether a clock time follows a date stamp.
"""

from __future__ import annotations

import re

from .prefilter import contains_any, folded

# (Every time starts with a digit or n/m of noon/midday: the look ahead
# turns other positions down at once.)
_TIME = re.compile(
    r"(?=[\dnm])(?:(?<![\w.:])(?P<h>[01]?\d)(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>[ap])\.?m\b\.?|"
    r"(?<![\w.:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])|\b(?P<noon>noon|midday)\b)",
    re.IGNORECASE,
)
# What every match of ``_TIME`` but noon/midday holds: the hour's or the
# minutes' last digit before "a"/"p" (no other character matches them
# without case), or "\d:\d". Led by a digit, it skips from one to the next.
_TIME_HINT = re.compile(r"\d(?:[ \t]*[apAP]|:\d)")


def find_times(text: str) -> list[tuple[int, int, str]]:
    """Times of day as (start, end, "HH:MM")."""
    found: list[tuple[int, int, str]] = []
    if _TIME_HINT.search(text) is None and not contains_any(folded(text), ("noon", "midday")):
        return found  # every time holds a digit before "am"/"pm" or ":", or says noon/midday
    for match in _TIME.finditer(text):
        if match["noon"]:
            found.append((match.start(), match.end(), "12:00"))
            continue
        if match["h24"] is not None:
            hour, minute = int(match["h24"]), int(match["m24"])
        else:
            hour, minute = int(match["h"]), int(match["m"] or 0)
            if not 1 <= hour <= 12:
                continue
            if match["ap"].lower() == "p" and hour != 12:
                hour += 12
            elif match["ap"].lower() == "a" and hour == 12:
                hour = 0
        found.append((match.start(), match.end(), f"{hour:02d}:{minute:02d}"))
    return found
