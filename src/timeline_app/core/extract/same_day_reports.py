"""A report told as the story of one day dates the act it gives no date of its own to the page's day.

"Earlier in the day, the police asked a court to stop the march" and "later in the afternoon" place what the page
reports within a single day; on a page dated to the day, with no sentence dating the act, that day is the page's
own, so the act is dated to the day (``day``), not only roughly (``approximate``).
"""

from __future__ import annotations

import re

__all__ = ["told_as_one_day"]

# "earlier in the day", "later in the afternoon" (not "later in the week" or "earlier in the year": a longer span)
_ONE_DAY = re.compile(r"\b(?:earlier|later)[ \t]+in[ \t]+the[ \t]+(?:day|morning|afternoon|evening)\b",
                      re.IGNORECASE)


def told_as_one_day(text: str) -> bool:
    """Whether ``text`` places its story within one day ("earlier in the day"); searched once per page, a
    substring test first."""
    lowered = text.lower()
    if "earlier in the " not in lowered and "later in the " not in lowered:
        return False
    return _ONE_DAY.search(text) is not None
