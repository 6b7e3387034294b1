"""Days counted in hours from the page's own moment: "Staff are only 72
hours away from a likely stoppage", "the walkout begins 24 hours from now".

A post that counts down in hours dates the coming act by its own date: 48
hours after the post is two days after it. The mention's ``relative`` is
"hours N" (``HOURS_PREFIX``), resolved ``days_ahead`` days after the
publication date, never without one. Hours counted from another event
("48 hours after the ballot closes") date that event's sequel, not the
post's, and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .date_mentions import DateMention

__all__ = ["HOURS_PREFIX", "days_ahead", "hour_count_mentions"]

HOURS_PREFIX = "hours "
_WORDS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72, "twelve": 12, "thirty-six": 36}
# The count stated from now: "are (now|just|only) 48 hours (away )?from", "48 hours from now".
# ("in 48 hours" is as often a past span, "signed by 5,000 in 48 hours", and is left alone.)
_COUNT = rf"(?P<n>\d{{1,3}}|{'|'.join(_WORDS)})"
_HOURS = re.compile(
    rf"\b(?:(?:are|is|we're|it's)[ \t]+(?:now[ \t]+|just[ \t]+|only[ \t]+|less[ \t]+than[ \t]+|about[ \t]+)*{_COUNT}"
    r"[ \t]+hours[ \t]+(?:away[ \t]+)?from\b"
    rf"|\b{_COUNT.replace('<n>', '<n3>')}[ \t]+hours[ \t]+from[ \t]+now\b)",
    re.IGNORECASE)
_HOURS_A_DAY = 24


def hour_count_mentions(text: str) -> Iterator[DateMention]:
    """Every count of hours from now in ``text``, as a relative mention."""
    if "hours from" not in text and "hours away" not in text:
        return  # nearly every page: each count needs one or the other
    for match in _HOURS.finditer(text):
        count = match["n"] or match["n3"]
        hours = int(count) if count.isdigit() else _WORDS[count.lower()]
        yield DateMention(match.start(), match.end(), match.group(), relative=f"{HOURS_PREFIX}{hours}")


def days_ahead(relative: str) -> int | None:
    """How many days after the page's date an "hours N" mention falls."""
    if not relative.startswith(HOURS_PREFIX):
        return None
    return round(int(relative[len(HOURS_PREFIX):]) / _HOURS_A_DAY)
