"""The shown events as they were when an import first needed them, in numpy arrays.

An import's consolidation compares each mention with the shown events near
its date (``consolidation_mirror``). Making a Python object for every stored
event cost most of that work at 100,000 events (and about 400 bytes each),
though an import of a thousand documents looks closely at a few thousand of
them. This snapshot holds each shown event's kind, precision and day span in
arrays sorted by start, and its organisation links in two sorted orders (by
event, each link with whether it acts: a role other than "mentioned"; and by
organisation), so
the date and kind tests of a mention run over a slice of arrays; only the
events that pass become objects (``ConsolidationMirror`` "promotes" them),
and from then on the mirror answers for them and the snapshot skips them.

Only plain rows are held here: a known kind and precision, whole day numbers
(what ``partial_dates`` stores; exact as text). Any other row (a damaged or
hand-made one) is listed in ``odd_ids`` for the mirror to read as objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

import numpy as np

from ..consolidation.matching import APPROXIMATE_SLACK, LOOK_BEHIND_DAYS, MATCHABLE_PRECISIONS
from ..models import KINDS, PRECISIONS
from .id_arrays import collector_paused

_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}
_PRECISION_CODES = {precision: code for code, precision in enumerate(PRECISIONS)}
_APPROXIMATE = _PRECISION_CODES["approximate"]
_MONTH = _PRECISION_CODES["month"]
#: By precision code: whether events of it are compared by date at all.
_MATCHABLE = np.array([p in MATCHABLE_PRECISIONS for p in PRECISIONS])


def _codes(column: str, codes: dict[str, int]) -> str:
    cases = " ".join(f"WHEN '{name}' THEN {code}" for name, code in codes.items())
    return f"CASE {column} {cases} ELSE -1 END"


def _day(column: str) -> str:
    """A day column as text numpy parses ('nan' for NULL)."""
    return f"CASE WHEN {column} IS NULL THEN 'nan' ELSE CAST({column} AS INTEGER) END"


def _plain(column: str) -> str:
    """The column is NULL or a whole number stored as a number."""
    return (f"({column} IS NULL OR (typeof({column}) IN ('real', 'integer')"
            f" AND {column} = CAST({column} AS INTEGER)))")


#: Every shown event in one row of joined columns (at most :most of them);
#: a row that is not plain gets kind code -1.
_SNAPSHOT = f"""WITH q AS (SELECT id, kind, precision, t_start, t_end FROM events
        WHERE consolidated_into IS NULL LIMIT :most)
    SELECT count(*), group_concat(id),
        group_concat(CASE WHEN {_plain('t_start')} AND {_plain('t_end')}
                          AND {_codes('precision', _PRECISION_CODES)} >= 0
                     THEN {_codes('kind', _KIND_CODES)} ELSE -1 END),
        group_concat({_codes('precision', _PRECISION_CODES)}),
        group_concat({_day('t_start')}), group_concat({_day('t_end')}) FROM q"""
#: Each link's event, organisation and whether it acts (a role other than "mentioned").
_LINKS = """SELECT group_concat(event_id), group_concat(organisation_id),
    group_concat(role != 'mentioned') FROM event_organisations"""


def _numbers(text: str | None, dtype: type) -> np.ndarray:
    return np.fromstring(text or "", dtype=dtype, sep=",")


class ShownArrays:
    """Shown events by start day, with their links, as read once; those promoted
    to objects (``promote``) are skipped from then on."""

    def __init__(self, ids: np.ndarray, kinds: np.ndarray, precisions: np.ndarray,
                 t_start: np.ndarray, t_end: np.ndarray, link_events: np.ndarray,
                 link_organisations: np.ndarray, link_acting: np.ndarray) -> None:
        order = np.argsort(t_start, kind="stable")  # undated (nan) last
        self.ids, self.kinds = ids[order], kinds[order].astype(np.int8)
        self.precisions = precisions[order].astype(np.int8)
        self.t_start, self.t_end = t_start[order], t_end[order]
        self.promoted = np.zeros(len(order), dtype=bool)
        #: any month-precision events at all (most archives date to the day)
        self._months = bool((self.precisions == _MONTH).any())
        self._by_id = np.argsort(self.ids)
        self._sorted_ids = self.ids[self._by_id]
        positions = self.positions_of(link_events)
        kept = positions >= 0
        positions, organisations = positions[kept], link_organisations[kept]
        by_event = np.lexsort((organisations, positions))
        self._event_links, self._event_organisations = positions[by_event], organisations[by_event]
        self._event_acting = link_acting[kept][by_event].astype(bool)
        by_organisation = np.lexsort((positions, organisations))
        self._organisation_links = organisations[by_organisation]
        self._organisation_events = positions[by_organisation]

    @classmethod
    def read(cls, conn: sqlite3.Connection, most: int) -> tuple[ShownArrays, list[int]] | None:
        """The snapshot and the ids of rows that are not plain; None past ``most`` events."""
        with collector_paused():
            count, ids, kinds, precisions, starts, ends = conn.execute(
                _SNAPSHOT, {"most": most + 1}).fetchone()
            if count > most:
                return None
            kind_codes = _numbers(kinds, np.int64)
            event_ids = _numbers(ids, np.int64)
            odd = kind_codes < 0
            links = conn.execute(_LINKS).fetchone()
            arrays = cls(event_ids[~odd], kind_codes[~odd], _numbers(precisions, np.int64)[~odd],
                         _numbers(starts, np.float64)[~odd], _numbers(ends, np.float64)[~odd],
                         _numbers(links[0], np.int64), _numbers(links[1], np.int64),
                         _numbers(links[2], np.int64))
        return arrays, event_ids[odd].tolist()

    def __len__(self) -> int:
        return len(self.ids)

    def positions_of(self, event_ids: np.ndarray) -> np.ndarray:
        """Each id's position here, or -1."""
        if not len(self._sorted_ids):
            return np.full(len(event_ids), -1, dtype=np.int64)
        where = np.minimum(np.searchsorted(self._sorted_ids, event_ids), len(self._sorted_ids) - 1)
        return np.where(self._sorted_ids[where] == event_ids, self._by_id[where], -1)

    def position_of(self, event_id: int) -> int:
        """The position of an event not promoted yet, or -1."""
        position = int(self.positions_of(np.array([event_id], dtype=np.int64))[0])
        return -1 if position < 0 or self.promoted[position] else position

    def row(self, position: int) -> tuple[int, str, str, float | None, float | None]:
        """(id, kind, precision, t_start, t_end) of one event."""
        t_start, t_end = float(self.t_start[position]), float(self.t_end[position])
        return (int(self.ids[position]), KINDS[self.kinds[position]],
                PRECISIONS[self.precisions[position]],
                None if t_start != t_start else t_start, None if t_end != t_end else t_end)

    def organisations(self, position: int) -> tuple[list[int], list[int]]:
        """The organisations linked to one event, and those of them that act."""
        low, high = np.searchsorted(self._event_links, [position, position + 1])
        linked = self._event_organisations[low:high]
        return linked.tolist(), linked[self._event_acting[low:high]].tolist()

    @staticmethod
    def kind_mask(kinds: Iterable[str]) -> np.ndarray:
        """By kind code: whether it is one of ``kinds``."""
        mask = np.zeros(len(KINDS), dtype=bool)
        mask[[_KIND_CODES[k] for k in kinds if k in _KIND_CODES]] = True
        return mask

    def near(self, kinds: np.ndarray, m0: float, m1: float,
             organisation_ids: Collection[int] | None = None) -> list[int]:
        """Positions of the events not promoted that ``ConsolidationMirror._near``
        keeps for a span from ``m0`` to ``m1``: of ``kinds`` (a ``kind_mask``),
        linked to one of ``organisation_ids`` unless that is None."""
        near_from, near_to = m0 - APPROXIMATE_SLACK - 1, m1 + APPROXIMATE_SLACK
        behind = m0 - LOOK_BEHIND_DAYS
        low, middle, high = np.searchsorted(self.t_start, [behind, near_from, near_to])
        found = []
        if high > middle:  # starting near the span
            t0, t1 = self.t_start[middle:high], self.t_end[middle:high]
            precision = self.precisions[middle:high]
            approximate = precision == _APPROXIMATE
            overlaps = (t0 < m1) & (t1 > m0)
            slack = approximate & (t1 - t0 <= 1)
            agrees = np.where(slack, (t0 - APPROXIMATE_SLACK < m1) & (m0 < t1 + APPROXIMATE_SLACK),
                              overlaps)
            keep = (_MATCHABLE[precision] & ~self.promoted[middle:high] & (t1 > m0 - APPROXIMATE_SLACK)
                    & (approximate | overlaps) & agrees & kinds[self.kinds[middle:high]])
            found.extend((np.flatnonzero(keep) + middle).tolist())
        if middle > low and self._months:  # months that began before it
            t0, t1 = self.t_start[low:middle], self.t_end[low:middle]
            keep = ((self.precisions[low:middle] == _MONTH) & ~self.promoted[low:middle]
                    & (t1 > m0) & (t0 < m1) & kinds[self.kinds[low:middle]])
            found.extend((np.flatnonzero(keep) + low).tolist())
        if organisation_ids is None or not found:
            return found
        linked = self._linked_positions(organisation_ids)
        return [p for p in found if p in linked]

    def _linked_positions(self, organisation_ids: Collection[int]) -> set[int]:
        found: set[int] = set()
        for organisation_id in organisation_ids:
            low, high = np.searchsorted(self._organisation_links,
                                        [organisation_id, organisation_id + 1])
            found.update(self._organisation_events[low:high].tolist())
        return found

    def any_approximate(self, low: float, high: float, organisation_ids: Collection[int]) -> bool:
        """Whether an event not promoted, dated approximately and starting from
        ``low`` to before ``high``, is linked to one of ``organisation_ids``."""
        start, end = np.searchsorted(self.t_start, [low, high])
        if end <= start:
            return False
        keep = (self.precisions[start:end] == _APPROXIMATE) & ~self.promoted[start:end]
        found = np.flatnonzero(keep)
        if not len(found):
            return False
        linked = self._linked_positions(organisation_ids)
        return any(p in linked for p in (found + start).tolist())

    def linked(self, organisation_ids: Collection[int], kinds: np.ndarray) -> list[int]:
        """Positions of the events not promoted of ``kinds`` linked to one of
        ``organisation_ids``, each once."""
        found: set[int] = set()
        for organisation_id in organisation_ids:
            low, high = np.searchsorted(self._organisation_links,
                                        [organisation_id, organisation_id + 1])
            if high > low:
                positions = self._organisation_events[low:high]
                keep = ~self.promoted[positions] & kinds[self.kinds[positions]]
                found.update(positions[keep].tolist())
        return sorted(found)


__all__ = ["ShownArrays"]
