"""The shown events as an import's consolidation reads them, held in memory.

Each mention of an imported document is compared with the shown events near
its date, or linked to its organisers (``consolidating_writes``). Asking SQL
for them once per mention cost more than everything else the importing
process does, and more the larger the database grew. While an import holds
the write lock nothing else can change the events, so the first mention that
needs them reads every shown event once (kind, dates, organisations; its
sources' words and documents when it is first a candidate) and the import
keeps this copy in step with what it writes itself (``import_writes`` through
``consolidation_mirror_writes``). It is
dropped, with the import's other lookups, whenever anything else wrote.

The stored events are read as a snapshot of arrays (``shown_arrays``); an
event becomes an object here only when a mention's date and kind tests (or
its organisers) pick it, or the import writes to it: a thousand documents
into 100,000 stored events make a few thousand objects, not 100,000.

Each read answers exactly what the statement it stands for answers
(``EventSourceRecords.consolidation_candidates`` and ``undated_candidates``,
``AnnouncingReads.announcing_candidates``; a test compares them). A database
with more than ``MAX_EVENTS`` shown events keeps the statements, so memory
stays bounded (about 40 bytes an event in the snapshot).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from math import floor

import numpy as np

from ..consolidation import Candidate, kinds_compatible
from ..consolidation.announced import ANNOUNCING_KINDS
from ..consolidation.document_joins import UNDATED_PRECISIONS
from ..consolidation.matching import APPROXIMATE_SLACK, LOOK_BEHIND_DAYS, MATCHABLE_PRECISIONS
from ..models import KINDS
from .announcing_reads import LETTER_ROWS, LETTER_WINDOW_DAYS, letters_as_candidates
from .consolidation_mirror_writes import MirrorWrites
from .shown_arrays import ShownArrays
from .shown_event import ShownEvent, add_words, agrees

#: Shown events held at most; a larger database is read with SQL per mention.
MAX_EVENTS = 1_000_000
#: Up to this many shown events every one is made an object at once: for a
#: small database the object indexes answer faster than array slices do.
OBJECTS_BELOW = 20_000
#: Stored events per mention read with statements before the copy is loaded.
#: Loading costs about what one statement read per 200 stored events would
#: (150 ms at 100,000 events), so an import of a few documents into a large
#: database reads with statements (it never pays the load), and a larger one
#: pays at most a fiftieth more.
EVENTS_PER_DEFERRED_READ = 10_000

#: Events' dates as stored (the snapshot holds day numbers only), their sources'
#: words and documents.
_SOURCES = """SELECT e.id, e.start, e."end", s.document_id, s.words FROM events e
    LEFT JOIN event_sources s ON s.event_id = e.id
    WHERE e.id IN (SELECT value FROM json_each(?))"""
_LINKS_OF = """SELECT event_id, organisation_id, role FROM event_organisations
    WHERE event_id IN (SELECT value FROM json_each(?))"""
#: The rows the snapshot does not hold.
_SPINES = """SELECT id, kind, precision, t_start, t_end, start, "end" FROM events
    WHERE id IN (SELECT value FROM json_each(?))"""

#: The kinds a mention of each kind is compared with, by its kind (``kinds_compatible``).
_COMPARED_KINDS: dict[str, frozenset[str]] = {}
_OTHER = frozenset({"other"})
_NAMED_KINDS = frozenset(KINDS) - _OTHER


class ConsolidationMirror(MirrorWrites):
    """Every shown event: in the snapshot, or as an object filed by day of its
    start and by organisation once a read picked it or the import wrote to it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._events: dict[int, ShownEvent] | None = None
        self.too_large = False
        #: reads still answered by the statements before loading (counted on first need)
        self._deferred_reads: int | None = None
        # Matchable dated events by day of t_start, apart by what the date test
        # needs of them, so a mention looks only at days where one may agree:
        self._single_days: dict[int, set[int]] = {}  # one day or less, not approximate
        self._longer: dict[int, set[int]] = {}  # longer spans (months, ranges), not approximate
        self._approximate: dict[int, set[int]] = {}  # approximate dates, with their slack
        self._months_by_day: dict[int, set[int]] = {}  # month-precision ones again
        #: organisation id -> kind -> shown events of that kind linked to it
        self._by_organisation: dict[int, dict[str, set[int]]] = {}
        #: the stored events not made objects yet (``_promote_all``)
        self._base: ShownArrays | None = None
        self._kind_masks: dict[frozenset[str], np.ndarray] = {}
        self._unfiled_starts = False

    # ------------------------------------------------------------ loading
    def ready(self) -> bool:
        """Whether reads come from here: loaded now if not yet, False when too
        large or while the import has read too little to pay for loading it."""
        if self._events is None and not self.too_large:
            if self._deferred_reads is None:
                highest = self._conn.execute("SELECT max(id) FROM events").fetchone()[0]
                self._deferred_reads = (highest or 0) // EVENTS_PER_DEFERRED_READ
            if self._deferred_reads > 0:
                self._deferred_reads -= 1
                return False
            self._load()
        return self._events is not None

    @property
    def loaded(self) -> bool:
        return self._events is not None

    def _load(self) -> None:
        read = ShownArrays.read(self._conn, MAX_EVENTS)
        if read is None:
            self.too_large = True
            return
        self._base, odd_ids = read
        self._events = {}
        if odd_ids:  # rows the snapshot does not hold: objects from the start
            listed = json.dumps(odd_ids)
            for event_id, kind, precision, t_start, t_end, _, _ in self._conn.execute(
                    _SPINES, [listed]).fetchall():
                event = ShownEvent(event_id, kind, precision, t_start, t_end, None, None)
                self._events[event_id] = event
                self._file(event)
            for event_id, organisation_id, role in self._conn.execute(
                    _LINKS_OF, [listed]).fetchall():
                event = self._events[event_id]
                self._link(event, organisation_id)
                if role != "mentioned":
                    event.acting = event.acting | {organisation_id}
        if len(self._base) <= OBJECTS_BELOW:  # small: objects answer faster than arrays
            self._promote_all(list(range(len(self._base))))
            self._base = None

    def _promote_all(self, positions: list[int]) -> list[ShownEvent]:
        """The snapshot's events at ``positions`` as objects, answered for here from now on."""
        assert self._base is not None and self._events is not None
        if not positions:
            return []
        promoted = []
        for position, ((event_id, kind, precision, t_start, t_end), linked, acting) in zip(
                positions, self._base.rows(positions)):
            self._base.promote(position)
            event = ShownEvent(event_id, kind, precision, t_start, t_end, None, None)
            self._events[event_id] = event
            for organisation_id in linked:
                self._link(event, organisation_id)
            if acting:
                event.acting = frozenset(acting)
            self._file(event)
            promoted.append(event)
        return promoted

    def _event(self, event_id: int) -> ShownEvent | None:
        """A shown event as an object (promoted if it was only in the snapshot)."""
        assert self._events is not None
        event = self._events.get(event_id)
        if event is None and self._base is not None:
            position = self._base.position_of(event_id)
            if position >= 0:
                event = self._promote_all([position])[0]
        return event

    def _kind_mask(self, kinds: Collection[str]) -> np.ndarray:
        key = frozenset(kinds)
        mask = self._kind_masks.get(key)
        if mask is None:
            mask = self._kind_masks[key] = ShownArrays.kind_mask(key)
        return mask

    def _file(self, event: ShownEvent) -> None:
        self._file_row(event.id, event.precision, event.t_start, event.t_end)

    def _file_row(self, event_id: int, precision: str, t_start: float | None,
                  t_end: float | None) -> None:
        if t_start is None or t_end is None or precision not in MATCHABLE_PRECISIONS:
            # a start without an end (a hand-made row) is in no index: pages may hide there
            self._unfiled_starts |= t_start is not None and t_end is None
            return
        day = floor(t_start)
        if precision == "approximate":
            index = self._approximate
        elif t_end - t_start <= 1:
            index = self._single_days
        else:
            index = self._longer
        ids = index.get(day)
        if ids is None:
            index[day] = {event_id}
        else:
            ids.add(event_id)
        if precision == "month":
            self._months_by_day.setdefault(day, set()).add(event_id)

    def _unfile(self, event: ShownEvent) -> None:
        if event.t_start is None:
            return
        day = floor(event.t_start)
        for index in (self._single_days, self._longer, self._approximate, self._months_by_day):
            ids = index.get(day)
            if ids is not None:
                ids.discard(event.id)

    # -------------------------------------------------------------- reads
    def consolidation_candidates(self, kind: str, t_start: float, t_end: float,
                                 organisation_ids: Sequence[int] | None = None, *,
                                 named_by: Sequence[int] = ()) -> list[Candidate]:
        """What ``EventSourceRecords.consolidation_candidates`` reads, from memory."""
        if kind != "other":
            kinds = _COMPARED_KINDS.get(kind)
            if kinds is None:  # the same for every mention of the kind: found once
                kinds = _COMPARED_KINDS[kind] = frozenset(
                    {k for k in KINDS if kinds_compatible(kind, k)} or {kind})
            return self._near(kinds, t_start, t_end, organisation_ids)
        found = self._near(_OTHER, t_start, t_end, organisation_ids)
        if named_by:
            found += self._near(_NAMED_KINDS, t_start, t_end, named_by)
        return found

    def _near(self, kinds: Collection[str], m0: float, m1: float,
              organisation_ids: Sequence[int] | None) -> list[Candidate]:
        assert self._events is not None
        near_from, near_to = m0 - APPROXIMATE_SLACK - 1, m1 + APPROXIMATE_SLACK
        low_end, behind = m0 - APPROXIMATE_SLACK, m0 - LOOK_BEHIND_DAYS
        linked = None if organisation_ids is None else set(organisation_ids)
        found: list[ShownEvent] = []
        linked_ids = None if linked is None else self._linked_ids(linked, kinds)
        by_organisation = None
        if linked_ids is not None and len(linked_ids) < m1 - behind:
            # Fewer linked events than days to look at (a lasting action's weeks
            # either side): the same tests over those events; the day lists hold
            # only matchable dated events, and their day ranges follow from the tests.
            by_organisation = [self._events[i] for i in linked_ids]
            near: Iterable[ShownEvent] = (event for event in by_organisation
                                      if event.t_start is not None and event.t_end is not None
                                      and event.precision in MATCHABLE_PRECISIONS)
            months: Iterable[ShownEvent] = ()
        else:
            # Days where an event's start may pass the first statement's range tests:
            # a day or less must end after m0; other spans must start before m1.
            near = (self._filed(self._single_days, m0 - 1, m1)
                    + self._filed(self._longer, near_from, m1)
                    + self._filed(self._approximate, near_from, near_to))
            months = self._filed(self._months_by_day, behind, near_from)
        for event in near:
            if (near_from <= event.t_start < near_to and event.t_end > low_end  # type: ignore[operator]
                    and (event.precision == "approximate"
                         or (event.t_start < m1 and event.t_end > m0))  # type: ignore[operator]
                    and self._fits(event, kinds, linked, m0, m1)):
                found.append(event)
            elif (by_organisation is not None and event.precision == "month"
                  and behind <= event.t_start < near_from and event.t_end > m0  # type: ignore[operator]
                  and self._fits(event, kinds, linked, m0, m1)):
                found.append(event)
        for event in months:
            if (behind <= event.t_start < near_from and event.t_end > m0  # type: ignore[operator]
                    and self._fits(event, kinds, linked, m0, m1)):
                found.append(event)
        base = self._base
        if base is not None:  # the snapshot's events passing the same tests
            found.extend(self._promote_all(base.near(self._kind_mask(kinds), m0, m1, linked)))
        return self._candidates(found)

    def _candidates(self, events: list[ShownEvent]) -> list[Candidate]:
        """``events`` as candidates, their sources' words and documents read
        (for those stored before the copy was made) in one statement."""
        unread = {event.id: event for event in events if not event.sources_read}
        if unread:
            for event_id, start, end, document_id, words in self._conn.execute(
                    _SOURCES, [json.dumps(sorted(unread))]):
                event = unread[event_id]
                event.start, event.end = start, end
                add_words(event, words, document_id)
            for event in unread.values():
                event.sources_read = True
        # an event's candidate is kept until it changes: most are made already
        return [event.candidate or event.as_candidate() for event in events]

    @staticmethod
    def _fits(event: ShownEvent, kinds: Collection[str], linked: set[int] | None,
              m0: float, m1: float) -> bool:
        return (event.kind in kinds and agrees(event, m0, m1)
                and (linked is None or not linked.isdisjoint(event.organisations)))

    def _filed(self, index: dict[int, set[int]], low: float, high: float) -> list[ShownEvent]:
        """The events filed in ``index`` under the days from ``low`` to ``high``."""
        events = self._events
        assert events is not None
        found: list[ShownEvent] = []
        for ids in map(index.get, range(floor(low), floor(high) + 1)):
            if ids:
                found.extend(map(events.__getitem__, ids))
        return found

    def _link(self, event: ShownEvent, organisation_id: int) -> None:
        event.organisations = event.organisations | {organisation_id}
        kinds = self._by_organisation.setdefault(organisation_id, {})
        kinds.setdefault(event.kind, set()).add(event.id)

    def _linked_ids(self, organisation_ids: Iterable[int], kinds: Iterable[str]) -> set[int]:
        """The events made objects of ``kinds`` linked to one of ``organisation_ids``."""
        ids: set[int] = set()
        for organisation_id in organisation_ids:
            by_kind = self._by_organisation.get(organisation_id)
            if by_kind:
                for kind in kinds:
                    found = by_kind.get(kind)
                    if found:
                        ids |= found
        return ids

    def _linked(self, organisation_ids: Iterable[int], kinds: Iterable[str]) -> list[ShownEvent]:
        """Shown events of ``kinds`` linked to one of ``organisation_ids``, each once."""
        assert self._events is not None
        return list(map(self._events.__getitem__, self._shown_linked_ids(organisation_ids, kinds)))

    def _shown_linked_ids(self, organisation_ids: Iterable[int], kinds: Iterable[str]) -> set[int]:
        """The ids ``_linked`` gives (the snapshot's made objects first)."""
        organisation_ids = list(organisation_ids)
        kinds = list(kinds)
        if self._base is not None:
            self._promote_all(self._base.linked(organisation_ids, self._kind_mask(kinds)))
        return self._linked_ids(organisation_ids, kinds)

    def page_ids(self, t_start: float, t_end: float,
                 organisation_ids: Collection[int]) -> list[int] | None:
        """The shown events dated approximately (as a page is) starting near
        these days and linked to one of ``organisation_ids``, ascending: those
        ``DocumentTargets.pull_in_pages`` looks among (most imports find none,
        and the statement then reads a few rows by id, not every event near
        the day). None when a hand-made row may hide one (a start without an end)."""
        if self._unfiled_starts:
            return None
        low, high = t_start - APPROXIMATE_SLACK - 1, t_end + APPROXIMATE_SLACK
        linked = set(organisation_ids)
        found = [event.id for event in self._filed(self._approximate, low, high)
                 if low <= event.t_start < high  # type: ignore[operator]
                 and not linked.isdisjoint(event.organisations)]
        if self._base is not None:
            found += self._base.approximate_ids(low, high, linked)
        return sorted(found)

    def undated_ids(self, kind: str, organisation_ids: Collection[int]) -> list[int]:
        """The shown events of ``kind`` dated at most to their year (as an undated
        page is) linked to one of ``organisation_ids``, ascending: those
        ``UndatedPages.pull_in_undated_pages`` looks at."""
        events = self._events
        assert events is not None
        found = [i for i in self._linked_ids(organisation_ids, (kind,))
                 if events[i].precision in UNDATED_PRECISIONS]
        base = self._base
        if base is not None:
            for position in base.linked(organisation_ids, self._kind_mask((kind,))):
                event_id, _, precision, _, _ = base.row(position)
                if precision in UNDATED_PRECISIONS:
                    found.append(event_id)
        return sorted(found)

    def undated_candidates(self, kind: str, organisation_ids: Sequence[int]) -> list[Candidate]:
        """What ``EventSourceRecords.undated_candidates`` reads, from memory."""
        return self._candidates(self._linked(organisation_ids, (kind,)))

    def announcing_candidates(self, t_start: float, t_end: float,
                              organisation_ids: Collection[int]) -> list[Candidate]:
        """What ``AnnouncingReads.announcing_candidates`` reads: the letters are
        found here, their sources' sentences read for those letters only."""
        low, high = t_start - LETTER_WINDOW_DAYS, t_end + LETTER_WINDOW_DAYS
        events = self._events
        assert events is not None
        # by id, not as a list of events first: most mentions find no letter here
        letters = sorted(i for i in self._shown_linked_ids(organisation_ids, ANNOUNCING_KINDS)
                         if (start := events[i].t_start) is not None and low <= start < high)
        if not letters:
            return []
        rows = self._conn.execute(LETTER_ROWS, [json.dumps(letters)]).fetchall()
        return letters_as_candidates(rows, t_start, t_end,
                                     lambda ids: {i: events[i].organisations for i in ids})


__all__ = ["ConsolidationMirror", "EVENTS_PER_DEFERRED_READ", "MAX_EVENTS", "OBJECTS_BELOW"]
