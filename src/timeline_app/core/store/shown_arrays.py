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

The read is one pass over the events table into joined text columns, and most
of its cost is SQLite evaluating each row's expressions (at 100,000 events a
scan alone is a ninth of it). So the usual row (both days whole numbers) is
coded by a first CASE branch without the tests for NULL days, and the cap on how
many events are read applies only when the table holds more than that (a capped
read copies every row through a subquery). Rows arrive in id order, so where each
id sits follows from the sort by start, without a second sort.
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


def _codes(column: str, codes: dict[str, int], other: int) -> str:
    cases = " ".join(f"WHEN '{name}' THEN {code}" for name, code in codes.items())
    return f"CASE {column} {cases} ELSE {other} END"


def _plain(column: str) -> str:
    """The column is NULL or a whole number (a text or blob never equals its
    cast: both sides have numeric affinity, so the text is not converted)."""
    return f"({column} IS NULL OR {column} = CAST({column} AS INTEGER))"


#: Each row's kind, precision and which of its days are NULL in one number
#: (kind + 16 * precision + 256 / 512 for a NULL start / end): one column
#: parsed as integers, the days as whole numbers (0 for NULL), cost a third of
#: what text of floats ('nan' for NULL) did to read and parse at 100,000 events.
_KIND_BITS, _PRECISION_BITS = 16, 16
_NO_START, _NO_END = 256, 512
assert len(KINDS) < _KIND_BITS and len(PRECISIONS) < _PRECISION_BITS
_KIND = _codes("kind", _KIND_CODES, _KIND_BITS - 1)
_PRECISION = _codes("precision", _PRECISION_CODES, _PRECISION_BITS - 1)
#: Every shown event in one row of joined columns; a row that is not plain (a
#: day not a whole number, an unknown kind or precision) is coded -1 or with a
#: kind or precision past the known ones. The usual row (both days whole
#: numbers) is coded by the first branch, without the tests for NULL days.
_COLUMNS = f"""count(*), group_concat(id),
        group_concat(CASE WHEN t_start = CAST(t_start AS INTEGER) AND t_end = CAST(t_end AS INTEGER)
                          THEN {_KIND} + {_KIND_BITS} * {_PRECISION}
                          WHEN {_plain('t_start')} AND {_plain('t_end')}
                          THEN {_KIND} + {_KIND_BITS} * {_PRECISION}
                               + {_NO_START} * (t_start IS NULL) + {_NO_END} * (t_end IS NULL)
                          ELSE -1 END),
        group_concat(ifnull(CAST(t_start AS INTEGER), 0)),
        group_concat(ifnull(CAST(t_end AS INTEGER), 0))"""
_SHOWN = "events WHERE consolidated_into IS NULL"
#: When the table holds at most :most events, read straight from it: capping the
#: read (below) copies every row through a subquery, a sixth of the read's cost.
_SNAPSHOT = f"SELECT {_COLUMNS} FROM {_SHOWN}"
#: At most :most shown events, of a larger table.
_SNAPSHOT_CAPPED = f"""WITH q AS (SELECT id, kind, precision, t_start, t_end FROM {_SHOWN}
        LIMIT :most) SELECT {_COLUMNS} FROM q"""
_ALL_EVENTS = "SELECT count(*) FROM events"
#: Each link's event, organisation and whether it acts (a role other than "mentioned").
_LINKS = """SELECT group_concat(event_id), group_concat(organisation_id),
    group_concat(role != 'mentioned') FROM event_organisations"""


def _numbers(text: str | None, dtype: type) -> np.ndarray:
    return np.fromstring(text or "", dtype=dtype, sep=",")


def _days(text: str | None, missing: np.ndarray) -> np.ndarray:
    """Whole day numbers as floats, NaN where ``missing``."""
    days = _numbers(text, np.int64).astype(np.float64)
    days[missing] = np.nan
    return days


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
        # The date test of ``ConsolidationMirror._near`` as two comparisons: each
        # event's span widened as matching reads it (an approximate day by the
        # slack either side), and whether it is matchable and not promoted.
        slack = (self.precisions == _APPROXIMATE) & (self.t_end - self.t_start <= 1)
        self._low = np.where(slack, self.t_start - APPROXIMATE_SLACK, self.t_start)
        self._high = np.where(slack, self.t_end + APPROXIMATE_SLACK, self.t_end)
        self._open = _MATCHABLE[self.precisions]
        #: any month-precision events at all (most archives date to the day)
        self._months = bool((self.precisions == _MONTH).any())
        #: the positions of approximate dates (a page's) and their starts, ascending
        self._approximate_at = np.flatnonzero(self.precisions == _APPROXIMATE)
        self._approximate_starts = self.t_start[self._approximate_at]
        if len(ids) < 2 or bool((ids[1:] > ids[:-1]).all()):
            # read in the table's order (ascending ids): where each went is the
            # inverse of the sort by start, no second sort needed
            self._by_id = np.empty_like(order)
            self._by_id[order] = np.arange(len(order))
        else:
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
            capped = conn.execute(_ALL_EVENTS).fetchone()[0] > most
            count, ids, codes, starts, ends = conn.execute(
                _SNAPSHOT_CAPPED if capped else _SNAPSHOT, {"most": most + 1}).fetchone()
            if count > most:
                return None
            codes = _numbers(codes, np.int64)
            event_ids = _numbers(ids, np.int64)
            kind_codes = codes % _KIND_BITS
            precision_codes = codes // _KIND_BITS % _PRECISION_BITS
            odd = (codes < 0) | (kind_codes >= len(KINDS)) | (precision_codes >= len(PRECISIONS))
            links = conn.execute(_LINKS).fetchone()
            arrays = cls(event_ids[~odd], kind_codes[~odd], precision_codes[~odd],
                         _days(starts, codes & _NO_START != 0)[~odd],
                         _days(ends, codes & _NO_END != 0)[~odd],
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

    def promote(self, position: int) -> None:
        """From now on the event at ``position`` is answered for by an object."""
        self.promoted[position] = True
        self._open[position] = False

    def row(self, position: int) -> tuple[int, str, str, float | None, float | None]:
        """(id, kind, precision, t_start, t_end) of one event."""
        t_start, t_end = float(self.t_start[position]), float(self.t_end[position])
        return (int(self.ids[position]), KINDS[self.kinds[position]],
                PRECISIONS[self.precisions[position]],
                None if t_start != t_start else t_start, None if t_end != t_end else t_end)

    def rows(self, positions: list[int]) -> list[tuple[tuple[int, str, str, float | None, float | None],
                                                       list[int], list[int]]]:
        """Each event's ``row``, the organisations linked to it and those of them
        that act, read together (a mention's tests pick several at once)."""
        at = np.array(positions, dtype=np.int64)
        lows = np.searchsorted(self._event_links, at)
        counts = np.searchsorted(self._event_links, at + 1) - lows
        ends = np.cumsum(counts)
        links = np.repeat(lows - (ends - counts), counts) + np.arange(int(ends[-1]) if len(ends) else 0)
        organisations = self._event_organisations[links].tolist()
        acting = self._event_acting[links].tolist()
        found = []
        start = 0
        for event_id, kind, precision, t_start, t_end, end in zip(
                self.ids[at].tolist(), self.kinds[at].tolist(), self.precisions[at].tolist(),
                self.t_start[at].tolist(), self.t_end[at].tolist(), ends.tolist()):
            linked = organisations[start:end]
            found.append(((event_id, KINDS[kind], PRECISIONS[precision],
                           None if t_start != t_start else t_start,
                           None if t_end != t_end else t_end),
                          linked, [o for o, acts in zip(linked, acting[start:end]) if acts]))
            start = end
        return found

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
        linked = None if organisation_ids is None else self._linked_array(organisation_ids)
        if linked is not None and not len(linked):
            return []
        found = []
        if high > middle:  # starting near the span: matchable, not promoted, dates agree
            # (a day or a longer span overlapping it; an approximate day with its
            # slack: it then also ends after m0 - slack, as the statement asks)
            keep = (self._open[middle:high] & (self._low[middle:high] < m1)
                    & (self._high[middle:high] > m0))
            if not kinds.all():
                keep &= kinds[self.kinds[middle:high]]
            if linked is not None:
                keep &= _marked(linked, middle, high)
            found.extend((np.flatnonzero(keep) + middle).tolist())
        if middle > low and self._months:  # months that began before it
            t0, t1 = self.t_start[low:middle], self.t_end[low:middle]
            keep = ((self.precisions[low:middle] == _MONTH) & ~self.promoted[low:middle]
                    & (t1 > m0) & (t0 < m1) & kinds[self.kinds[low:middle]])
            if linked is not None:
                keep &= _marked(linked, low, middle)
            found.extend((np.flatnonzero(keep) + low).tolist())
        return found

    def _linked_array(self, organisation_ids: Collection[int]) -> np.ndarray:
        """The positions of the events linked to one of ``organisation_ids`` (repeats kept)."""
        parts = []
        for organisation_id in organisation_ids:
            low, high = np.searchsorted(self._organisation_links,
                                        [organisation_id, organisation_id + 1])
            if high > low:
                parts.append(self._organisation_events[low:high])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def _linked_positions(self, organisation_ids: Collection[int]) -> set[int]:
        """The same as a set."""
        return set(self._linked_array(organisation_ids).tolist())

    def approximate_ids(self, low: float, high: float,
                        organisation_ids: Collection[int]) -> list[int]:
        """The ids of the events not promoted, dated approximately and starting
        from ``low`` to before ``high``, linked to one of ``organisation_ids``."""
        if not len(self._approximate_at):  # most archives hold none
            return []
        start, end = np.searchsorted(self._approximate_starts, (low, high))
        found = self._approximate_at[start:end]
        found = found[~self.promoted[found]]
        if not len(found):
            return []
        linked = self._linked_positions(organisation_ids)
        return [int(self.ids[p]) for p in found.tolist() if p in linked]

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


def _marked(positions: np.ndarray, low: int, high: int) -> np.ndarray:
    """For the positions from ``low`` to ``high``: whether each is among ``positions``."""
    mask = np.zeros(high - low, dtype=bool)
    mask[positions[(positions >= low) & (positions < high)] - low] = True
    return mask


__all__ = ["ShownArrays"]
