"""The cast over time: per year, which organisations were active and which
appear for the first time.

"Active" in a year means named by at least one matching event of that year.
"New" means that year is the first in which any matching event names it,
counting the years before the filter's first year too: narrowing the view
to 2020–2023 must not make every organisation of 2020 look new. Undated
events count for nobody's years.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .filters import EventFilter
from .network import KIND_NAMES
from .store import Store


@dataclass(frozen=True)
class CastMember:
    """One organisation (or person) in one year."""

    kind: str
    entity_id: int
    name: str
    events: int  # matching events of that year naming it


@dataclass(frozen=True)
class CastYear:
    """One year's cast, most events first."""

    year: int
    active: tuple[CastMember, ...]
    new: tuple[CastMember, ...]  # the active ones seen this year for the first time


def cast_over_time(store: Store, event_filter: EventFilter | None = None,
                   with_people: bool = False) -> list[CastYear]:
    """One ``CastYear`` per year with a matching dated event naming someone, in order."""
    event_filter = event_filter or EventFilter()
    years, kinds, ids, counts = store.entity_year_counts(event_filter, with_people)
    if not len(years):
        return []
    unbounded = event_filter.with_changes(year_from=None, year_to=None)
    first_seen = _first_years(years, kinds, ids) if unbounded == event_filter else \
        _first_years(*store.entity_year_counts(unbounded, with_people)[:3])
    names = {code: store.entity_names(code, ids[kinds == code].tolist())
             for code in np.unique(kinds).tolist()}
    by_year: dict[int, list[CastMember]] = {}
    new_by_year: dict[int, list[CastMember]] = {}
    for year, code, entity_id, count in zip(years.tolist(), kinds.tolist(), ids.tolist(),
                                            counts.tolist(), strict=True):
        member = CastMember(KIND_NAMES[code], entity_id, names[code].get(entity_id, ""), count)
        by_year.setdefault(year, []).append(member)
        if first_seen.get((code, entity_id)) == year:
            new_by_year.setdefault(year, []).append(member)
    return [CastYear(year, _ranked(by_year[year]), _ranked(new_by_year.get(year, [])))
            for year in sorted(by_year)]


def _first_years(years: np.ndarray, kinds: np.ndarray,
                 ids: np.ndarray) -> dict[tuple[int, int], int]:
    """``{(kind code, id): first year}`` from per-year counts."""
    first: dict[tuple[int, int], int] = {}
    for year, code, entity_id in zip(years.tolist(), kinds.tolist(), ids.tolist(), strict=True):
        key = (code, entity_id)
        if key not in first or year < first[key]:
            first[key] = year
    return first


def _ranked(members: list[CastMember]) -> tuple[CastMember, ...]:
    return tuple(sorted(members, key=lambda m: (-m.events, m.name, m.entity_id)))
