"""The day an open letter's evidence sentence names: the action it reports.

An open letter is dated by when it was written, but the sentence it was
found in usually names the action it announces or reports ("On September
22 the union will hand in a petition"). A letter that joins nothing on its
own date is therefore matched once more on each day (or month) that
sentence states, resolved against the letter's own date: a march announced
in an open letter joins the march. Pure: dates come from the extractor's
date finder, no database.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..extract.dates import DateMention, find_dates
from ..extract.date_resolution import resolve
from ..partial_dates import days_around_year

#: Kinds whose own date is when the document was written, not when the action is.
ANNOUNCING_KINDS = frozenset({"letter"})
#: How near the letter a year-less day read in another year must fall.
OTHER_YEAR_DAYS = 120


@lru_cache(maxsize=4096)  # a stored letter is read again by every report near it
def announced_dates(kind: str, start: str | None, precision: str,
                    evidence: str | None) -> tuple[tuple[str, str], ...]:
    """(ISO start, precision) of each other day or month ``evidence`` states.

    Only for announcing kinds dated to a day; relative and year-less dates
    are resolved against that day. Years alone are left out (too vague to join).
    """
    if kind not in ANNOUNCING_KINDS or precision != "day" or not start or not evidence:
        return ()
    try:
        reference = date.fromisoformat(start[:10])
    except ValueError:
        return ()
    found: list[tuple[str, str]] = []
    for mention in find_dates(evidence):
        resolved = resolve(mention, reference, evidence)
        if resolved is None or resolved.precision not in ("day", "month", "approximate"):
            continue
        for stated in ((resolved.iso, resolved.precision), *_other_year(mention, reference)):
            if stated[0] != start and stated not in found:
                found.append(stated)
    return tuple(found)


def _other_year(mention: DateMention, reference: date) -> tuple[tuple[str, str], ...]:
    """A day and month without a year read in the year on the other side of the
    letter, when that falls within ``OTHER_YEAR_DAYS`` of it: the tense that chose
    the year is easily misread ("will march against outsourced staff on June 6")."""
    if mention.year is not None or mention.month is None or mention.day is None \
            or mention.relative is not None:
        return ()
    return tuple((day.isoformat(), "day")
                 for day in days_around_year(mention.month, mention.day, reference.year)
                 if abs((day - reference).days) <= OTHER_YEAR_DAYS)
