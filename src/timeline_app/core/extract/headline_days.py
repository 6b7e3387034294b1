"""A whole date in the headline dates what the page reports.

"AUT industrial action on March 7 2006" above a blog's own date line,
"Thursday, March 09, 2006", and a reposted statement that regrets "today's
industrial action": the reader takes the headline's day for the strike, and
the "today" of the reposted text as the repost's. A headline date that is
the publication date itself (a date line run into the headline) adds
nothing, and a relative day in the headline ("today") is not stated.
"""

from __future__ import annotations

from datetime import date

from .date_resolution import ResolvedDate
from .sentences import Span

__all__ = ["headline_day_bonus"]

#: What a headline's own day adds to its candidate's score: enough to pass
#: the lede's dated sentences, which share the headline's words.
HEADLINE_DAY_BONUS = 4.0


def headline_day_bonus(resolved: ResolvedDate, headline: Span | None, reference: date | None) -> float:
    """The bonus for ``resolved`` when the headline states it as a whole
    date that differs from the publication date ``reference``."""
    mention = resolved.mention
    if headline is None or not headline.start <= mention.start < headline.end:
        return 0.0
    if mention.relative is not None or mention.year is None or mention.day is None or resolved.precision != "day":
        return 0.0
    if reference is not None and (mention.year, mention.month, mention.day) == (
            reference.year, reference.month, reference.day):
        return 0.0
    return HEADLINE_DAY_BONUS
