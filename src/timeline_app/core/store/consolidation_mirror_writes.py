"""The import's copy of the shown events kept in step with what the import writes.

``ConsolidationMirror`` holds the shown events and answers the reads; this is
its other half: each document ``import_writes`` stores adds its new events and
the sources that joined stored ones (``mirror_written``), and events whose
sources moved or whose fields were derived again are read anew.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .shown_event import NO_IDS, ShownEvent, add_words

_SPINE = 'SELECT kind, precision, t_start, t_end, start, "end" FROM events WHERE id = ?'
#: The same with whether the event is still shown, and its links with their roles.
_SHOWN_SPINE = ('SELECT kind, precision, t_start, t_end, start, "end", consolidated_into'
                " FROM events WHERE id = ?")
_LINKS_OF_ONE = "SELECT organisation_id, role FROM event_organisations WHERE event_id = ?"
#: An event's organisers linked as more than mentioned (``Candidate.acting_ids``).
_ACTING = "SELECT organisation_id FROM event_organisations WHERE event_id = ? AND role != 'mentioned'"


class MirrorWrites:
    """The writes half of ``ConsolidationMirror`` (which gives the indexes it files in)."""

    _conn: sqlite3.Connection
    _events: dict[int, ShownEvent] | None
    _by_organisation: dict[int, dict[str, set[int]]]

    def _event(self, event_id: int) -> ShownEvent | None:
        raise NotImplementedError

    def _file(self, event: ShownEvent) -> None:
        raise NotImplementedError

    def _unfile(self, event: ShownEvent) -> None:
        raise NotImplementedError

    def _link(self, event: ShownEvent, organisation_id: int) -> None:
        raise NotImplementedError

    def add_event(self, event_id: int, kind: str, precision: str, t_start: float | None,
                  t_end: float | None, start: str | None, end: str | None, words: str,
                  document_id: int, organisation_ids: Iterable[int],
                  acting_ids: Iterable[int] = ()) -> None:
        """A new shown event, one mention of ``document_id``, just written."""
        assert self._events is not None
        event = ShownEvent(event_id, kind, precision, t_start, t_end, start, end)
        event.sources_read = True  # its one source is the one given here
        self._events[event_id] = event
        self._add_source(event, words, document_id, organisation_ids, acting_ids)
        self._file(event)

    def add_source(self, event_id: int, words: str, document_id: int,
                   organisation_ids: Iterable[int]) -> None:
        """A mention of ``document_id`` joined shown event ``event_id`` (its acting
        organisers are read again with its fields, ``reread``)."""
        event = self._event(event_id)
        if event is None:
            return  # not shown: nothing here compares with it
        self._add_source(event, words, document_id, organisation_ids, ())
        event.candidate = None

    def _add_source(self, event: ShownEvent, words: str, document_id: int,
                    organisation_ids: Iterable[int], acting_ids: Iterable[int]) -> None:
        if event.sources_read:  # otherwise read with the others, this one included
            add_words(event, words, document_id)
        if acting_ids:
            event.acting = event.acting | frozenset(acting_ids)
        for organisation_id in organisation_ids:
            self._link(event, organisation_id)

    def sources_moved(self, event_ids: Iterable[int]) -> None:
        """Take ``event_ids`` again as stored after sources moved between them
        (pages pulled into a report's event): one now hidden is forgotten, one
        still shown is read again whole (dates, links; its sources on next need)."""
        if self._events is None:
            return
        for event_id in dict.fromkeys(event_ids):
            event = self._event(event_id)
            if event is None:
                continue
            self._unfile(event)
            for organisation_id in event.organisations:
                self._by_organisation[organisation_id][event.kind].discard(event_id)
            row = self._conn.execute(_SHOWN_SPINE, (event_id,)).fetchone()
            if row is None or row[6] is not None:
                del self._events[event_id]
                continue
            (event.kind, event.precision, event.t_start, event.t_end,
             event.start, event.end) = row[:6]
            event.organisations = event.acting = NO_IDS
            acting = set()
            for organisation_id, role in self._conn.execute(_LINKS_OF_ONE, (event_id,)):
                self._link(event, organisation_id)
                if role != "mentioned":
                    acting.add(organisation_id)
            event.acting = frozenset(acting) if acting else NO_IDS
            event.words, event.documents, event.sources_read = (), NO_IDS, False
            event.candidate = None
            self._file(event)

    def reread(self, event_id: int) -> None:
        """Take an event's kind and dates again, as re-derived from its sources."""
        event = self._event(event_id)
        if event is None:
            return
        row = self._conn.execute(_SPINE, (event_id,)).fetchone()
        self._unfile(event)
        if row[0] != event.kind:
            for organisation_id in event.organisations:
                self._by_organisation[organisation_id][event.kind].discard(event_id)
        (event.kind, event.precision, event.t_start, event.t_end,
         event.start, event.end) = row
        for organisation_id in event.organisations:
            self._link(event, organisation_id)
        # the first role each link was written with stays (INSERT OR IGNORE): read it
        event.acting = frozenset(row[0] for row in self._conn.execute(_ACTING, (event_id,)))
        event.candidate = None
        self._file(event)


def mirror_written(mirror: MirrorWrites, event_rows: Sequence[Sequence[Any]],
                   source_rows: Sequence[Sequence[Any]],
                   event_organisations: Iterable[tuple[int, int, str]],
                   joined: Iterable[int]) -> None:
    """Bring ``mirror`` in step with one imported document, as ``import_writes`` wrote it.

    ``event_rows`` are its mention rows (``consolidated_into`` the event joined,
    or None), ``source_rows`` their sources in the same order, and ``joined``
    the shown events they joined, whose fields were derived again.
    """
    organisations: dict[int, list[int]] = {}
    acting: dict[int, list[int]] = {}
    for event_id, organisation_id, role in event_organisations:
        organisations.setdefault(event_id, []).append(organisation_id)
        if role != "mentioned":
            acting.setdefault(event_id, []).append(organisation_id)
    # New events first: a main mention may join one its own document began.
    for row, source in sorted(zip(event_rows, source_rows), key=lambda pair: pair[0][_JOINED_TO] is not None):
        event_id, document_id, joined_to = row[0], row[1], row[_JOINED_TO]
        words = source[-1] or ""
        linked = organisations.get(event_id, ())
        if joined_to is None:
            mirror.add_event(event_id, row[4], row[7], row[9], row[10], row[5], row[6],
                             words, document_id, linked, acting.get(event_id, ()))
        else:
            mirror.add_source(joined_to, words, document_id, linked)
    for event_id in set(joined):
        mirror.reread(event_id)


#: Where an imported mention row (``import_writes``) holds the event it joined.
_JOINED_TO = 17

__all__ = ["MirrorWrites", "mirror_written"]
