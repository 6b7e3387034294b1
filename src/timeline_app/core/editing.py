"""What a person changes by hand: event fields, links, notes, deletions, merges.

Every operation runs in one transaction, marks the events it touches as user
edits (``user_edited = 1`` plus the field names in ``edited_fields``) so that
re-import and re-extraction leave them alone, and returns a small record:
``changes`` says which panes must refresh, the rest is exactly what the
matching undo function needs to put the database back. No Qt here; the
window wraps these in QUndoCommands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dateutil import parser as date_parser

from .errors import TimelineError
from .models import KINDS, PRECISIONS, TIME_OF_DAY
from .partial_dates import event_span, parse_iso, stored_span
from .store import Store, normalise_name


class EditError(TimelineError):
    """An edit that cannot be made; ``str(err)`` says why in one sentence."""


# ------------------------------------------------------------------ results
@dataclass(frozen=True)
class Changes:
    """What an edit changed, so the window refreshes each pane once."""

    events: frozenset[int] = frozenset()  # events whose shown fields changed
    added: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    documents: frozenset[int] = frozenset()  # documents added back or removed
    organisations: bool = False  # names, counts or the list itself
    people: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.events | other.events,
            self.added | other.added,
            self.removed | other.removed,
            self.documents | other.documents,
            self.organisations or other.organisations,
            self.people or other.people,
        )

    @classmethod
    def union(cls, many: Iterable[Changes]) -> Changes:
        """Everything any of ``many`` changed (nothing for none)."""
        total = cls()
        for change in many:
            total = total | change
        return total

    @property
    def timeline(self) -> bool:
        """True when what the canvas and event list show may differ now."""
        return bool(self.events or self.added or self.removed or self.documents
                    or self.organisations or self.people)

    @property
    def entities(self) -> bool:
        """True when the organisation/people lists or their counts changed."""
        return self.organisations or self.people or bool(self.added or self.removed
                                                         or self.documents)


@dataclass(frozen=True)
class EventUpdate:
    """Result of an event edit; ``previous`` restores it via ``restore_event_fields``."""

    changes: Changes
    event_id: int
    previous: dict[str, Any]


@dataclass(frozen=True)
class EventSnapshot:
    """A deleted event, complete enough to put back with the same id."""

    changes: Changes
    row: dict[str, Any]
    organisation_ids: tuple[int, ...]
    person_ids: tuple[int, ...]


@dataclass(frozen=True)
class DocumentSnapshot:
    """A deleted document with its text, events and links."""

    changes: Changes
    row: dict[str, Any]
    events: tuple[EventSnapshot, ...]
    organisation_ids: tuple[int, ...]
    person_ids: tuple[int, ...]


@dataclass(frozen=True)
class AddedEvent:
    changes: Changes
    event_id: int


@dataclass(frozen=True)
class EntityEdit:
    """A merge or rename of an organisation or person, with what undo needs."""

    changes: Changes
    entity: str  # "organisation" | "person"
    keep_row: dict[str, Any]  # the surviving (or renamed) record as it was
    merged_row: dict[str, Any] | None = None
    merged_event_ids: tuple[int, ...] = ()
    merged_document_ids: tuple[int, ...] = ()
    events_added_to_keep: tuple[int, ...] = ()
    documents_added_to_keep: tuple[int, ...] = ()
    aliases_before: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class _Entity:
    table: str
    event_link: str
    document_link: str
    column: str
    alias_entity: str
    changes: Changes = field(default_factory=Changes)


_ORG = _Entity("organisations", "event_organisations", "document_organisations",
               "organisation_id", "organisation", Changes(organisations=True))
_PERSON = _Entity("people", "event_people", "document_people", "person_id", "person",
                  Changes(people=True))
_ENTITIES = {"organisation": _ORG, "person": _PERSON}

#: Fields ``update_event`` accepts; the derived day numbers follow from them.
EDITABLE_FIELDS = ("title", "kind", "start", "end", "precision", "time", "note", "tags")
_DATE_FIELDS = {"start", "end", "precision"}
_PRECISION_PARTS = {"day": 3, "month": 2, "year": 1}


# ------------------------------------------------------------- transactions
@contextmanager
def _transaction(store: Store) -> Iterator[None]:
    """One write transaction, taken IMMEDIATE so that an import writing on
    another connection makes us wait (busy timeout) instead of failing at
    the first write of a read-then-write transaction."""
    conn = store.db.conn
    if conn.in_transaction:
        with store.db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _row(store: Store, table: str, row_id: int) -> dict[str, Any]:
    rows = list(store.db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    if not rows:
        what = {"events": "event", "documents": "document", "organisations": "organisation",
                "people": "person"}[table]
        raise EditError(f"That {what} no longer exists (id {row_id}).")
    return rows[0]


def _insert_row(store: Store, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` (column -> value) into ``table``; the new row's id."""
    columns = list(row)
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    cursor = store.db.execute(f"INSERT INTO {table} ({quoted}) VALUES ({marks})",
                              [row[c] for c in columns])
    return int(cursor.lastrowid)


def _ids(store: Store, sql: str, params: Sequence[object]) -> tuple[int, ...]:
    return tuple(int(r[0]) for r in store.db.execute(sql, list(params)))


# ----------------------------------------------------------------- dates
def parse_user_date(text: str) -> tuple[str | None, str | None]:
    """A date as a person types it -> (ISO partial date, precision it shows).

    Accepts ISO (``2017``, ``2017-02``, ``2017-02-20``) and written dates
    (``20 February 2017``, ``Feb 2017``, ``20/02/2017`` — numeric dates are
    day-first, as in UK sources). Empty text means undated: (None, None).
    Raises EditError with an example when the text is not a date.
    """
    text = text.strip()
    if not text:
        return None, None
    if re.fullmatch(r"\d{4}(-\d{1,2}(-\d{1,2})?)?", text):
        try:
            year, month, day = parse_iso(text)
        except ValueError as exc:
            raise EditError(f"“{text}” is not a real date.") from exc
        if day is not None:
            return f"{year:04d}-{month:02d}-{day:02d}", "day"
        if month is not None:
            return f"{year:04d}-{month:02d}", "month"
        return f"{year:04d}", "year"
    # Parse twice with different defaults: a part that changes with the
    # default was not in the text, which tells us the precision.
    try:
        first = date_parser.parse(text, dayfirst=True, default=datetime(2000, 1, 1))
        second = date_parser.parse(text, dayfirst=True, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError) as exc:
        raise EditError(
            f"“{text}” is not a date Timeline understands; try 2017-02-20, 2017-02 or 2017."
        ) from exc
    if first.year != second.year:
        raise EditError(f"“{text}” has no year; try 2017-02-20, 2017-02 or 2017.")
    if first.month != second.month:
        return f"{first.year:04d}", "year"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}", "month"
    return first.date().isoformat(), "day"


def _cut_to_precision(iso: str | None, precision: str, label: str) -> str | None:
    """Trim an ISO date to what ``precision`` claims; refuse one that says less."""
    if iso is None:
        return None
    try:
        year, month, day = parse_iso(iso)
    except ValueError as exc:
        raise EditError(f"The {label} date “{iso}” is not a date like 2017-02-20.") from exc
    parts = [f"{year:04d}"] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if day else [])
    wanted = _PRECISION_PARTS.get(precision)
    if wanted is None:
        return "-".join(parts)
    if len(parts) < wanted:
        raise EditError(
            f"The {label} date “{iso}” is less exact than “{precision}”; "
            f"give the {precision} or choose a coarser precision."
        )
    return "-".join(parts[:wanted])


def _check_fields(current: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise new field values against the current row."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise EditError(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
    clean: dict[str, Any] = {}
    if "title" in fields:
        title = " ".join(str(fields["title"] or "").split())
        if not title:
            raise EditError("An event needs a title.")
        clean["title"] = title
    if "kind" in fields:
        if fields["kind"] not in KINDS:
            raise EditError(f"“{fields['kind']}” is not a kind; choose one of {', '.join(KINDS)}.")
        clean["kind"] = fields["kind"]
    if "note" in fields:
        clean["note"] = str(fields["note"] or "")
    if "tags" in fields:
        tags: list[str] = []
        for tag in fields["tags"] or ():
            tag = " ".join(str(tag).split())
            if tag and tag not in tags:
                tags.append(tag)
        clean["tags"] = json.dumps(tags, ensure_ascii=False)
    if "time" in fields:
        time = (fields["time"] or "").strip() or None
        if time is not None:
            match = TIME_OF_DAY.match(time)
            if not match:
                raise EditError(f"“{time}” is not a time of day like 10:30.")
            time = f"{int(match[1]):02d}:{match[2]}"
        clean["time"] = time
    if _DATE_FIELDS & set(fields):
        precision = fields.get("precision", current["precision"])
        if precision not in PRECISIONS:
            raise EditError(
                f"“{precision}” is not a precision; choose one of {', '.join(PRECISIONS)}."
            )
        start = fields["start"] if "start" in fields else current["start"]
        end = fields["end"] if "end" in fields else current["end"]
        start = _cut_to_precision(start or None, precision, "start")
        end = _cut_to_precision(end or None, precision, "end")
        if end and not start:
            raise EditError("An event with an end date needs a start date too.")
        first_day = event_span(start, None, precision)[0]
        if end and first_day is not None:
            end_first_day = event_span(end, None, precision)[0]
            if end_first_day is not None and end_first_day < first_day:
                raise EditError("The end date comes before the start date.")
        if start is None:
            precision = "unknown"  # no date at all is undated
        t_start, t_end, year = stored_span(start, end, precision)
        clean.update(start=start, end=end, precision=precision,
                     t_start=t_start, t_end=t_end, year=year)
    return clean


# ------------------------------------------------------------ event fields
def _marks_after(row: dict[str, Any], names: Iterable[str]) -> str:
    edited = list(json.loads(row.get("edited_fields") or "[]"))
    for name in names:
        if name not in edited:
            edited.append(name)
    return json.dumps(edited)


def _set_columns(store: Store, event_id: int, values: dict[str, Any]) -> None:
    if not values:
        return
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    store.db.execute(f"UPDATE events SET {assignments} WHERE id = ?",
                     [*values.values(), event_id])


def update_event(store: Store, event_id: int, **fields: Any) -> EventUpdate:
    """Change some of an event's fields (see ``EDITABLE_FIELDS``).

    ``tags`` is a list of strings; dates are ISO partial dates cut to the
    precision. Returns the previous stored values (marks included).
    """
    with _transaction(store):
        row = _row(store, "events", event_id)
        clean = _check_fields(row, fields)
        edited_names = [f for f in EDITABLE_FIELDS if f in fields]
        previous = {c: row[c] for c in clean}
        previous["user_edited"] = row["user_edited"]
        previous["edited_fields"] = row["edited_fields"]
        clean["user_edited"] = 1
        clean["edited_fields"] = _marks_after(row, edited_names)
        _set_columns(store, event_id, clean)
    return EventUpdate(Changes(events=frozenset({event_id})), event_id, previous)


def set_note(store: Store, event_id: int, note: str) -> EventUpdate:
    return update_event(store, event_id, note=note)


def set_tags(store: Store, event_id: int, tags: Sequence[str]) -> EventUpdate:
    return update_event(store, event_id, tags=list(tags))


def restore_event_fields(store: Store, event_id: int, previous: dict[str, Any]) -> Changes:
    """Undo an ``EventUpdate``: write the previous values back, marks included."""
    with _transaction(store):
        _row(store, "events", event_id)
        columns = {k: v for k, v in previous.items()
                   if k not in ("organisation_ids", "person_ids", "created_ids")}
        _set_columns(store, event_id, columns)
        changes = Changes(events=frozenset({event_id}))
        for key, entity in (("organisation_ids", _ORG), ("person_ids", _PERSON)):
            if key in previous:
                _replace_links(store, entity, event_id, previous[key])
                _drop_if_orphaned(store, entity, previous.get("created_ids", ()))
                changes = changes | entity.changes
    return changes


def _replace_links(store: Store, entity: _Entity, event_id: int, ids: Iterable[int]) -> None:
    store.db.execute(f"DELETE FROM {entity.event_link} WHERE event_id = ?", [event_id])
    store.db.conn.executemany(
        f"INSERT OR IGNORE INTO {entity.event_link} (event_id, {entity.column}) VALUES (?, ?)",
        [(event_id, i) for i in ids],
    )


def _drop_if_orphaned(store: Store, entity: _Entity, ids: Iterable[int]) -> None:
    """Remove records an edit created, once nothing refers to them any more."""
    for record_id in ids:
        store.db.execute(
            f"""DELETE FROM {entity.table} WHERE id = ?
                AND NOT EXISTS (SELECT 1 FROM {entity.event_link} WHERE {entity.column} = ?)
                AND NOT EXISTS (SELECT 1 FROM {entity.document_link} WHERE {entity.column} = ?)""",
            [record_id, record_id, record_id],
        )


def _find_or_create(store: Store, entity: _Entity, name: str) -> tuple[int, bool]:
    """The record a typed name means (name, alias or acronym), else a new one."""
    key = normalise_name(name)
    canonical = store.aliases().get(key)
    for candidate in (key, normalise_name(canonical) if canonical else None):
        if candidate:
            row = store.db.execute(f"SELECT id FROM {entity.table} WHERE key = ?",
                                   [candidate]).fetchone()
            if row:
                return int(row[0]), False
    if entity is _ORG:
        found = store.find_organisation_ids(name)
        if found:
            return found[0], False
    cursor = store.db.execute(f"INSERT INTO {entity.table} (name, key) VALUES (?, ?)",
                              [name, key])
    return int(cursor.lastrowid), True


def _set_names(store: Store, entity: _Entity, event_id: int, names: Sequence[str],
               field_name: str) -> EventUpdate:
    cleaned: list[str] = []
    for name in names:
        name = " ".join(str(name).split())
        if name and normalise_name(name) not in {normalise_name(n) for n in cleaned}:
            cleaned.append(name)
    with _transaction(store):
        row = _row(store, "events", event_id)
        old_ids = _ids(store, f"SELECT {entity.column} FROM {entity.event_link}"
                              " WHERE event_id = ? ORDER BY 1", [event_id])
        new_ids: list[int] = []
        created: list[int] = []
        for name in cleaned:
            record_id, was_created = _find_or_create(store, entity, name)
            if record_id not in new_ids:
                new_ids.append(record_id)
            if was_created:
                created.append(record_id)
        _replace_links(store, entity, event_id, new_ids)
        previous = {
            "user_edited": row["user_edited"],
            "edited_fields": row["edited_fields"],
            f"{entity.alias_entity}_ids": old_ids,
        }
        # Undo of this edit removes what it created; redo creates them anew.
        previous["created_ids"] = tuple(created)
        _set_columns(store, event_id, {"user_edited": 1,
                                       "edited_fields": _marks_after(row, [field_name])})
    return EventUpdate(Changes(events=frozenset({event_id})) | entity.changes, event_id,
                       previous)


def set_event_organisations(store: Store, event_id: int, names: Sequence[str]) -> EventUpdate:
    """Link the event to exactly these organisations (by name, alias or acronym)."""
    return _set_names(store, _ORG, event_id, names, "organisations")


def set_event_people(store: Store, event_id: int, names: Sequence[str]) -> EventUpdate:
    """Link the event to exactly these people (by name), creating new ones."""
    return _set_names(store, _PERSON, event_id, names, "people")


# -------------------------------------------------------- delete / restore
def _snapshot_event(store: Store, event_id: int, changes: Changes) -> EventSnapshot:
    return EventSnapshot(
        changes,
        _row(store, "events", event_id),
        _ids(store, "SELECT organisation_id FROM event_organisations WHERE event_id = ?",
             [event_id]),
        _ids(store, "SELECT person_id FROM event_people WHERE event_id = ?", [event_id]),
    )


def delete_event(store: Store, event_id: int) -> EventSnapshot:
    """Delete one event; the snapshot puts it back (same id) via ``restore_event``."""
    changes = Changes(removed=frozenset({event_id}), organisations=True, people=True)
    with _transaction(store):
        snapshot = _snapshot_event(store, event_id, changes)
        store.db.execute("DELETE FROM events WHERE id = ?", [event_id])
    return snapshot


def _put_event_back(store: Store, snapshot: EventSnapshot) -> None:
    _insert_row(store, "events", snapshot.row)
    event_id = snapshot.row["id"]
    _replace_links(store, _ORG, event_id, snapshot.organisation_ids)
    _replace_links(store, _PERSON, event_id, snapshot.person_ids)


def restore_event(store: Store, snapshot: EventSnapshot) -> Changes:
    """Undo ``delete_event``."""
    with _transaction(store):
        _put_event_back(store, snapshot)
    return Changes(added=frozenset({snapshot.row["id"]}), organisations=True, people=True)


def delete_document(store: Store, document_id: int) -> DocumentSnapshot:
    """Delete a document with all its events (its text leaves the search index)."""
    with _transaction(store):
        row = _row(store, "documents", document_id)
        event_ids = _ids(store, "SELECT id FROM events WHERE document_id = ? ORDER BY id",
                         [document_id])
        events = tuple(_snapshot_event(store, i, Changes()) for i in event_ids)
        org_ids = _ids(store, "SELECT organisation_id FROM document_organisations"
                              " WHERE document_id = ?", [document_id])
        person_ids = _ids(store, "SELECT person_id FROM document_people WHERE document_id = ?",
                          [document_id])
        store.db.execute("DELETE FROM documents WHERE id = ?", [document_id])
    changes = Changes(removed=frozenset(event_ids), documents=frozenset({document_id}),
                      organisations=True, people=True)
    return DocumentSnapshot(changes, row, events, org_ids, person_ids)


def restore_document(store: Store, snapshot: DocumentSnapshot) -> Changes:
    """Undo ``delete_document``: the document, its text, events and links, same ids."""
    document_id = snapshot.row["id"]
    with _transaction(store):
        _insert_row(store, "documents", snapshot.row)
        for event in snapshot.events:
            _put_event_back(store, event)
        store.db.conn.executemany(
            "INSERT OR IGNORE INTO document_organisations (document_id, organisation_id)"
            " VALUES (?, ?)", [(document_id, i) for i in snapshot.organisation_ids])
        store.db.conn.executemany(
            "INSERT OR IGNORE INTO document_people (document_id, person_id) VALUES (?, ?)",
            [(document_id, i) for i in snapshot.person_ids])
    return Changes(added=frozenset(e.row["id"] for e in snapshot.events),
                   documents=frozenset({document_id}), organisations=True, people=True)


def add_event(
    store: Store,
    *,
    title: str,
    kind: str = "other",
    start: str | None = None,
    end: str | None = None,
    precision: str | None = None,
    time: str | None = None,
    organisations: Sequence[str] = (),
    people: Sequence[str] = (),
    note: str = "",
    tags: Sequence[str] = (),
) -> AddedEvent:
    """Add an event by hand (no source document). ``precision`` defaults to
    what the start date shows (``2017-02`` -> month)."""
    if precision is None:
        precision = "unknown"
        if start:
            parts = len(start.strip().split("-"))
            precision = {3: "day", 2: "month", 1: "year"}.get(parts, "day")
    blank = {"title": "", "kind": "other", "start": None, "end": None, "precision": "unknown",
             "time": None, "note": "", "tags": "[]"}
    clean = _check_fields(blank, {"title": title, "kind": kind, "start": start, "end": end,
                                  "precision": precision, "time": time, "note": note,
                                  "tags": list(tags)})
    edited = [f for f in EDITABLE_FIELDS if clean.get(f) not in (None, "", "[]")]
    with _transaction(store):
        columns = {**clean, "document_id": None, "main": 0, "confidence": 1.0,
                   "user_edited": 1, "edited_fields": json.dumps(edited)}
        event_id = _insert_row(store, "events", columns)
        if organisations:
            _set_names(store, _ORG, event_id, organisations, "organisations")
        if people:
            _set_names(store, _PERSON, event_id, people, "people")
    return AddedEvent(Changes(added=frozenset({event_id}), organisations=bool(organisations),
                              people=bool(people)), event_id)


# ------------------------------------------------------- merges and renames
def _alias_rows(store: Store, entity: _Entity) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (r[0], r[1], r[2]) for r in store.db.execute(
            "SELECT alias, entity, canonical FROM aliases WHERE entity = ? ORDER BY alias",
            [entity.alias_entity])
    )


def _restore_alias_rows(store: Store, entity: _Entity,
                        rows: tuple[tuple[str, str, str], ...]) -> None:
    store.db.execute("DELETE FROM aliases WHERE entity = ?", [entity.alias_entity])
    store.db.conn.executemany(
        "INSERT INTO aliases (alias, entity, canonical) VALUES (?, ?, ?)", rows)


def _point_aliases(store: Store, entity: _Entity, names: Iterable[str | None],
                   canonical: str) -> None:
    """Make each of ``names`` (and anything that pointed to them) mean ``canonical``."""
    names = [n for n in names if n and normalise_name(n) != normalise_name(canonical)]
    for name in names:
        store.db.execute(
            "UPDATE aliases SET canonical = ? WHERE entity = ? AND canonical = ?",
            [canonical, entity.alias_entity, name])
        store.set_alias(name, canonical, entity.alias_entity)
    # An alias of the canonical name itself would send imports elsewhere.
    store.db.execute("DELETE FROM aliases WHERE entity = ? AND alias = ?",
                     [entity.alias_entity, normalise_name(canonical)])


def merge_entities(store: Store, entity_name: str, keep_id: int, merge_id: int) -> EntityEdit:
    """Fold ``merge_id`` into ``keep_id``: links move, the merged record goes,
    and its name (and acronym, aliases) become aliases of the kept one so
    future imports use the kept record."""
    entity = _ENTITIES[entity_name]
    if keep_id == merge_id:
        raise EditError(f"Choose two different {entity.table} to merge.")
    with _transaction(store):
        keep = _row(store, entity.table, keep_id)
        merged = _row(store, entity.table, merge_id)
        aliases_before = _alias_rows(store, entity)
        event_ids = _ids(store, f"SELECT event_id FROM {entity.event_link}"
                                f" WHERE {entity.column} = ?", [merge_id])
        doc_ids = _ids(store, f"SELECT document_id FROM {entity.document_link}"
                              f" WHERE {entity.column} = ?", [merge_id])
        on_keep_events = set(_ids(store, f"SELECT event_id FROM {entity.event_link}"
                                         f" WHERE {entity.column} = ?", [keep_id]))
        on_keep_docs = set(_ids(store, f"SELECT document_id FROM {entity.document_link}"
                                       f" WHERE {entity.column} = ?", [keep_id]))
        store.db.conn.executemany(
            f"INSERT OR IGNORE INTO {entity.event_link} (event_id, {entity.column}) VALUES (?, ?)",
            [(e, keep_id) for e in event_ids])
        store.db.conn.executemany(
            f"INSERT OR IGNORE INTO {entity.document_link} (document_id, {entity.column})"
            " VALUES (?, ?)", [(d, keep_id) for d in doc_ids])
        store.db.execute(f"DELETE FROM {entity.table} WHERE id = ?", [merge_id])
        names = [merged["name"]]
        if entity is _ORG:
            extra = json.loads(merged.get("aliases") or "[]")
            names += [merged.get("acronym"), *extra]
            known = set(json.loads(keep.get("aliases") or "[]"))
            known.update(n for n in names if n)
            known.discard(keep["name"])
            store.db.execute(
                "UPDATE organisations SET acronym = coalesce(acronym, ?), aliases = ? WHERE id = ?",
                [merged.get("acronym"), json.dumps(sorted(known)), keep_id])
        _point_aliases(store, entity, names, keep["name"])
    return EntityEdit(
        Changes(events=frozenset(event_ids)) | entity.changes,
        entity_name, keep, merged, event_ids, doc_ids,
        tuple(e for e in event_ids if e not in on_keep_events),
        tuple(d for d in doc_ids if d not in on_keep_docs),
        aliases_before,
    )


def rename_entity(store: Store, entity_name: str, record_id: int, new_name: str) -> EntityEdit:
    """Give an organisation or person a new name; the old one becomes an alias."""
    entity = _ENTITIES[entity_name]
    new_name = " ".join(new_name.split())
    if not new_name:
        raise EditError("A name cannot be empty.")
    with _transaction(store):
        row = _row(store, entity.table, record_id)
        key = normalise_name(new_name)
        clash = store.db.execute(f"SELECT name FROM {entity.table} WHERE key = ? AND id != ?",
                                 [key, record_id]).fetchone()
        if clash:
            raise EditError(f"“{clash[0]}” already exists; merge the two instead of renaming.")
        aliases_before = _alias_rows(store, entity)
        store.db.execute(f"UPDATE {entity.table} SET name = ?, key = ? WHERE id = ?",
                         [new_name, key, record_id])
        if entity is _ORG:
            known = set(json.loads(row.get("aliases") or "[]")) | {row["name"]}
            known.discard(new_name)
            store.db.execute("UPDATE organisations SET aliases = ? WHERE id = ?",
                             [json.dumps(sorted(known)), record_id])
        _point_aliases(store, entity, [row["name"]], new_name)
        event_ids = _ids(store, f"SELECT event_id FROM {entity.event_link}"
                                f" WHERE {entity.column} = ?", [record_id])
    return EntityEdit(Changes(events=frozenset(event_ids)) | entity.changes, entity_name, row,
                      aliases_before=aliases_before)


def undo_entity_edit(store: Store, edit: EntityEdit) -> Changes:
    """Undo ``merge_entities`` or ``rename_entity`` exactly."""
    entity = _ENTITIES[edit.entity]
    keep = edit.keep_row
    with _transaction(store):
        assignments = ", ".join(f'"{c}" = ?' for c in keep if c != "id")
        store.db.execute(f"UPDATE {entity.table} SET {assignments} WHERE id = ?",
                         [*(v for c, v in keep.items() if c != "id"), keep["id"]])
        if edit.merged_row is not None:
            merge_id = edit.merged_row["id"]
            _insert_row(store, entity.table, edit.merged_row)
            store.db.conn.executemany(
                f"DELETE FROM {entity.event_link} WHERE event_id = ? AND {entity.column} = ?",
                [(e, keep["id"]) for e in edit.events_added_to_keep])
            store.db.conn.executemany(
                f"DELETE FROM {entity.document_link} WHERE document_id = ?"
                f" AND {entity.column} = ?",
                [(d, keep["id"]) for d in edit.documents_added_to_keep])
            store.db.conn.executemany(
                f"INSERT OR IGNORE INTO {entity.event_link} (event_id, {entity.column})"
                " VALUES (?, ?)", [(e, merge_id) for e in edit.merged_event_ids])
            store.db.conn.executemany(
                f"INSERT OR IGNORE INTO {entity.document_link} (document_id, {entity.column})"
                " VALUES (?, ?)", [(d, merge_id) for d in edit.merged_document_ids])
        _restore_alias_rows(store, entity, edit.aliases_before)
    return edit.changes


def merge_organisations(store: Store, keep_id: int, merge_id: int) -> EntityEdit:
    return merge_entities(store, "organisation", keep_id, merge_id)


def merge_people(store: Store, keep_id: int, merge_id: int) -> EntityEdit:
    return merge_entities(store, "person", keep_id, merge_id)


def rename_organisation(store: Store, organisation_id: int, new_name: str) -> EntityEdit:
    return rename_entity(store, "organisation", organisation_id, new_name)


def rename_person(store: Store, person_id: int, new_name: str) -> EntityEdit:
    return rename_entity(store, "person", person_id, new_name)


# ---------------------------------------------------------------- reading
def event_detail(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event with its names (with ids, for links) and its document, or None."""
    rows = list(store.db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        return None
    row = rows[0]
    row["tags"] = json.loads(row.get("tags") or "[]")
    row["edited_fields"] = json.loads(row.get("edited_fields") or "[]")
    row["organisations"] = [
        (int(r[0]), r[1]) for r in store.db.execute(
            "SELECT o.id, o.name FROM event_organisations eo JOIN organisations o"
            " ON o.id = eo.organisation_id WHERE eo.event_id = ? ORDER BY o.name", [event_id])
    ]
    row["people"] = [
        (int(r[0]), r[1]) for r in store.db.execute(
            "SELECT p.id, p.name FROM event_people ep JOIN people p ON p.id = ep.person_id"
            " WHERE ep.event_id = ? ORDER BY p.name", [event_id])
    ]
    row["document"] = None
    if row["document_id"] is not None:
        docs = list(store.db.query("SELECT * FROM documents WHERE id = ?", [row["document_id"]]))
        row["document"] = docs[0] if docs else None
    return row


def document_events(store: Store, document_id: int) -> list[dict[str, Any]]:
    """The events of one document in time order (id, title, start, precision, time)."""
    return list(store.db.query(
        "SELECT id, title, start, precision, time FROM events WHERE document_id = ?"
        " ORDER BY t_start IS NULL, t_start, id", [document_id]))


__all__ = [
    "AddedEvent", "Changes", "DocumentSnapshot", "EDITABLE_FIELDS", "EditError", "EntityEdit",
    "EventSnapshot", "EventUpdate", "add_event", "delete_document", "delete_event",
    "document_events", "event_detail", "merge_entities", "merge_organisations", "merge_people",
    "parse_user_date", "rename_entity", "rename_organisation", "rename_person",
    "restore_document", "restore_event", "restore_event_fields", "set_event_organisations",
    "set_event_people", "set_note", "set_tags", "undo_entity_edit", "update_event",
]
