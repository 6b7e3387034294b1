"""Stored events found by the days they may mean, for the one-time backfill.

Upgrading a database consolidates every stored event once. Comparing each
with all those kept before it costs the square of their number (hours at
100,000 events); a report can only join an event whose span of days overlaps
its own, and a matchable span is at most about a month, so events are filed
under the weeks their span touches and a mention looks only there.
"""

from __future__ import annotations

from collections.abc import Iterator

from .matching import Candidate

_WEEK = 7.0


def _weeks(t_start: float, t_end: float) -> range:
    return range(int(t_start // _WEEK), int(t_end // _WEEK) + 1)


class CandidateIndex:
    """Candidates by week of their matchable span (unmatchable ones are kept
    for lookup by id only: a year-only or undated event never joins)."""

    def __init__(self) -> None:
        self._by_id: dict[int, Candidate] = {}
        self._by_week: dict[int, set[int]] = {}

    def __getitem__(self, event_id: int) -> Candidate:
        return self._by_id[event_id]

    def put(self, candidate: Candidate) -> None:
        """Add ``candidate``, or replace the one with its id (its span may have moved)."""
        old = self._by_id.get(candidate.event_id)
        if old is not None:
            for week in self._weeks_of(old):
                self._by_week[week].discard(old.event_id)
        self._by_id[candidate.event_id] = candidate
        for week in self._weeks_of(candidate):
            self._by_week.setdefault(week, set()).add(candidate.event_id)

    def near(self, t_start: float, t_end: float) -> Iterator[Candidate]:
        """Candidates whose span may overlap [t_start, t_end), each once, by id."""
        ids: set[int] = set()
        for week in _weeks(t_start, t_end):
            ids |= self._by_week.get(week, set())
        return (self._by_id[i] for i in sorted(ids))

    @staticmethod
    def _weeks_of(candidate: Candidate) -> range:
        t0, t1 = candidate.span()
        return range(0) if t0 is None or t1 is None else _weeks(t0, t1)


__all__ = ["CandidateIndex"]
