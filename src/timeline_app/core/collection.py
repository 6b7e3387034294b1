"""Importing a shared collection: the JSON that ``export --format json`` writes.

A researcher exports a curated collection (documents with their text, events
with the user's edits, notes and tags, organisations with acronyms and
aliases, people with roles) and a colleague imports it with
``timeline-app import collection.json``. The file is checked completely
before anything is written, and then written in one transaction: a file that
is not ours, or is damaged anywhere, changes nothing.

Documents already in the database (same content hash) are skipped together
with their events, since that database already holds its own events for
them; everything else lands with new ids, the file's ids mapped across.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ImportFormatError, store_write_error
from .export.json_export import FORMAT_NAME, FORMAT_VERSION
from .importing import DEFAULT_MAX_BYTES, content_hash
from .models import KINDS, PRECISIONS, TIME_OF_DAY, FileResult
from .partial_dates import parse_iso, stored_span
from .readers import ReadError, read_checked_bytes
from .store import Store, normalise_name

_NOT_OURS = "not a Timeline collection"
_DAMAGED = "damaged Timeline collection"

#: Ids only map the file's records onto each other; SQLite's integers end here.
_MAX_ID = 2**63 - 1
#: Evidence offsets point into a document's text, which a file limit bounds.
_MAX_OFFSET = 2**31 - 1
#: Short fields (titles, names, sources…) are cut to this many characters:
#: a multi-megabyte title would freeze every view that lays it out.
SHORT_FIELD_CHARS = 1000
PATH_FIELD_CHARS = 4096
#: C0 and C1 control characters (and DEL), shown as a space in a short field.
_CONTROL_TO_SPACE = {code: " " for code in (*range(0x20), *range(0x7F, 0xA0))}


def clean_short_text(value: str, limit: int = SHORT_FIELD_CHARS) -> str:
    """A title, name or other one-line field: cut to ``limit``, controls made spaces.

    Local to collections for now; the readers cap their titles the same way.
    """
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return value.translate(_CONTROL_TO_SPACE)


# --------------------------------------------------------------- validation
def _what(value: Any) -> str:
    """How a JSON value's type reads in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _Record:
    """One JSON object being checked, with its place in the file for messages."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ImportFormatError(f"{_DAMAGED}: {where} should be an object, not {_what(value)}")
        self.value = value
        self.where = where

    def _fail(self, key: str, expected: str, got: Any) -> ImportFormatError:
        return ImportFormatError(
            f'{_DAMAGED}: {self.where} "{key}" should be {expected}, not {_what(got)}'
        )

    def _get(self, key: str, required: bool, default: Any) -> tuple[bool, Any]:
        if key in self.value:
            return True, self.value[key]
        if required:
            raise ImportFormatError(f'{_DAMAGED}: {self.where} has no "{key}"')
        return False, default

    def _out_of_range(self, key: str, value: Any, low: float, high: float) -> ImportFormatError:
        shown = repr(value) if len(repr(value)) <= 24 else repr(value)[:20] + "…"
        return ImportFormatError(
            f'{_DAMAGED}: {self.where} "{key}" should be from {low} to {high}, not {shown}'
        )

    def integer(self, key: str, *, required: bool = True, nullable: bool = False,
                low: int = 0, high: int = _MAX_ID) -> int | None:
        present, value = self._get(key, required, None)
        if not present or (value is None and nullable):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, "a whole number" + (" or null" if nullable else ""), value)
        if not low <= value <= high:
            raise self._out_of_range(key, value, low, high)
        return value

    def _fraction(self, key: str, value: Any) -> float:
        """A confidence: a finite number from 0 to 1 (no 1e400, no 10**400)."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._fail(key, "a number", value)
        if isinstance(value, float) and not math.isfinite(value):
            raise self._out_of_range(key, value, 0, 1)
        if not 0 <= value <= 1:  # compared before float(): a huge int would overflow
            raise self._out_of_range(key, value, 0, 1)
        return float(value)

    def fraction(self, key: str, *, required: bool = True, default: float = 1.0) -> float:
        present, value = self._get(key, required, default)
        if not present:
            return default
        return self._fraction(key, value)

    def boolean(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        present, value = self._get(key, required, default)
        if not present:
            return default
        if not isinstance(value, bool):
            raise self._fail(key, "true or false", value)
        return value

    def _unicode(self, key: str, value: str) -> str:
        """``value`` if it can be stored as UTF-8 (JSON can spell a lone surrogate)."""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" is not valid Unicode '
                f"(a lone surrogate at character {exc.start + 1})"
            ) from None
        return value

    def text(self, key: str, *, required: bool = True, nullable: bool = True,
             default: str | None = None) -> str | None:
        present, value = self._get(key, required, default)
        if not present or (value is None and nullable):
            return value if present else default
        if not isinstance(value, str):
            raise self._fail(key, "text" + (" or null" if nullable else ""), value)
        return self._unicode(key, value)

    def short(self, key: str, *, required: bool = True, nullable: bool = True,
              limit: int = SHORT_FIELD_CHARS) -> str | None:
        """A one-line field (title, source, role…), capped and without control characters."""
        value = self.text(key, required=required, nullable=nullable)
        return None if value is None else clean_short_text(value, limit)

    def name(self, key: str) -> str:
        value = self.short(key, nullable=False)
        if not value or not value.strip():
            raise ImportFormatError(f'{_DAMAGED}: {self.where} "{key}" is empty')
        return value

    def choice(self, key: str, choices: tuple[str, ...], *, required: bool = True,
               default: str | None = None) -> str:
        value = self.text(key, required=required, nullable=False, default=default)
        if value not in choices:
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" is {value!r}, '
                f"not one of {', '.join(choices)}"
            )
        return value

    def iso_date(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is None:
            return None
        try:
            parse_iso(value)
        except ValueError:
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" should be a date like 2017-02-20, '
                f"2017-02 or 2017, not {value!r}"
            ) from None
        return value

    def time_of_day(self, key: str) -> str | None:
        value = self.text(key, required=False)
        if value is not None and not TIME_OF_DAY.match(value):
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" should be a time like 10:30, not {value!r}'
            )
        return value

    def names(self, key: str, *, required: bool = True) -> list[str]:
        """A list of short texts (names, tags…), each capped and cleaned."""
        present, value = self._get(key, required, [])
        if not present:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "a list of text", value)
        return [clean_short_text(self._unicode(key, v)) for v in value]

    def scores(self, key: str) -> dict[str, float]:
        present, value = self._get(key, False, {})
        if not present:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()
        ):
            raise self._fail(key, "an object of numbers", value)
        return {clean_short_text(self._unicode(key, k)): self._fraction(f"{key}.{k[:40]}", v)
                for k, v in value.items()}


def _records(data: dict, key: str, singular: str, *, required: bool) -> list[_Record]:
    if key not in data:
        if required:
            raise ImportFormatError(f'{_DAMAGED}: it has no "{key}" list')
        return []
    items = data[key]
    if not isinstance(items, list):
        raise ImportFormatError(f'{_DAMAGED}: "{key}" should be a list, not {_what(items)}')
    return [_Record(item, f"{singular} {i + 1}") for i, item in enumerate(items)]


@dataclass
class Collection:
    """A checked collection file: plain values, defaults filled in."""

    documents: list[dict]
    events: list[dict]
    organisations: list[dict]
    people: list[dict]
    aliases: list[dict]


def _check_evidence_span(where: str, event: dict, text_length: int | None) -> None:
    """Evidence offsets in order and, when the document's text came along, inside it."""
    start, end = event["evidence_start"], event["evidence_end"]
    if start is not None and end is not None and start > end:
        raise ImportFormatError(
            f'{_DAMAGED}: {where} "evidence_start" ({start}) is after "evidence_end" ({end})'
        )
    for key in ("evidence_start", "evidence_end"):
        offset = event[key]
        if offset is not None and text_length is not None and offset > text_length:
            raise ImportFormatError(
                f'{_DAMAGED}: {where} "{key}" ({offset}) is past the end of its document\'s '
                f"text ({text_length} characters)"
            )


def validate_collection(data: Any) -> Collection:
    """Check every field of a parsed collection file; raise ImportFormatError.

    Keys of the foundation schema are required; the later additions (text,
    notes, tags, edit marks…) are optional so older exports still import.
    """
    if not isinstance(data, dict):
        raise ImportFormatError(f"{_NOT_OURS}: the JSON is {_what(data)}, not an object")
    if data.get("format") != FORMAT_NAME:
        raise ImportFormatError(
            f'{_NOT_OURS}: it lacks the "format": "{FORMAT_NAME}" marker Timeline writes'
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError(f'{_DAMAGED}: "version" should be a whole number from 1')
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"this collection was written by a newer Timeline (collection version {version}; "
            f"this version reads up to {FORMAT_VERSION}). Update Timeline to import it."
        )

    documents = []
    for r in _records(data, "documents", "document", required=True):
        documents.append({
            "id": r.integer("id"),
            "title": r.short("title"),
            "source": r.short("source"),
            "path": r.short("path", limit=PATH_FIELD_CHARS),
            "published": r.iso_date("published"),
            "published_precision": r.choice("published_precision", PRECISIONS),
            "format": r.short("format", required=False),
            "imported_at": r.short("imported_at", required=False),
            "organisations": r.names("organisations", required=False),
            "people": r.names("people", required=False),
            "text": r.text("text", required=False),
        })
    ids = [d["id"] for d in documents]
    if len(set(ids)) != len(ids):
        raise ImportFormatError(f"{_DAMAGED}: two documents share the same id")

    text_length = {d["id"]: len(d["text"]) for d in documents if d["text"] is not None}
    known = set(ids)
    events = []
    for r in _records(data, "events", "event", required=True):
        event = {
            "id": r.integer("id"),
            "document_id": r.integer("document_id", nullable=True),
            "main": r.boolean("main"),
            "title": r.short("title", nullable=False),
            "kind": r.choice("kind", KINDS),
            "start": r.iso_date("start"),
            "end": r.iso_date("end"),
            "precision": r.choice("precision", PRECISIONS),
            "time": r.time_of_day("time"),
            "organisations": r.names("organisations"),
            "people": r.names("people"),
            "evidence": r.text("evidence"),
            "evidence_start": r.integer("evidence_start", required=False, nullable=True,
                                        high=_MAX_OFFSET),
            "evidence_end": r.integer("evidence_end", required=False, nullable=True,
                                      high=_MAX_OFFSET),
            "confidence": r.fraction("confidence"),
            "field_confidence": r.scores("field_confidence"),
            "user_edited": r.boolean("user_edited", required=False),
            "edited_fields": r.names("edited_fields", required=False),
            "note": r.text("note", required=False, nullable=False, default=""),
            "tags": r.names("tags", required=False),
        }
        if event["document_id"] is not None and event["document_id"] not in known:
            raise ImportFormatError(
                f"{_DAMAGED}: {r.where} belongs to document {event['document_id']}, "
                "which is not in the file"
            )
        _check_evidence_span(r.where, event, text_length.get(event["document_id"]))
        events.append(event)

    organisations = [
        {"name": r.name("name"), "acronym": r.short("acronym"), "aliases": r.names("aliases")}
        for r in _records(data, "organisations", "organisation", required=False)
    ]
    people = [
        {"name": r.name("name"), "role": r.short("role")}
        for r in _records(data, "people", "person", required=False)
    ]
    aliases = [
        {
            "alias": r.name("alias"),
            "entity": r.choice("entity", ("organisation", "person")),
            "canonical": r.name("canonical"),
        }
        for r in _records(data, "aliases", "alias", required=False)
    ]
    return Collection(documents, events, organisations, people, aliases)


def _refuse_constant(token: str) -> Any:
    """``json.loads`` hook: NaN and Infinity are Python's extension, not JSON."""
    raise ImportFormatError(f"{_NOT_OURS}: not valid JSON ({token} is not a JSON number)")


def load_collection(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Collection:
    """Read, parse and check a collection file; raise ImportFormatError.

    The file passes the checks every imported file gets (a regular file, not
    empty, at most ``max_bytes``), so a FIFO or a link to a device is refused
    rather than read for ever.
    """
    try:
        raw = read_checked_bytes(Path(path), max_bytes)
    except ReadError as exc:
        raise ImportFormatError(str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{_NOT_OURS}: the file is not UTF-8 text") from None
    del raw
    if not text.strip():
        raise ImportFormatError(f"{_NOT_OURS}: the file is empty")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{_NOT_OURS}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ImportFormatError(f"{_NOT_OURS}: the JSON is nested too deeply") from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise ImportFormatError(
            f"{_DAMAGED}: a number in it has thousands of digits"
        ) from None
    return validate_collection(data)


# ------------------------------------------------------------------ writing
def _stand_in_hash(doc: dict) -> str:
    """Identity of a document exported without its text (older exports):
    its metadata, marked so it can never equal the hash of a real text."""
    key = json.dumps([doc["title"], doc["source"], doc["path"], doc["published"]])
    return content_hash("\x00timeline-app document without text\x00" + key)


class _Writer:
    """Writes a checked collection inside the caller's transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self.org_ids: dict[str, int] = {}
        self.person_ids: dict[str, int] = {}

    def organisation(self, name: str, acronym: str | None = None,
                     aliases: list[str] | None = None) -> int:
        """The record for ``name``, created or merged (aliases united)."""
        if name in self.org_ids and acronym is None and not aliases:
            return self.org_ids[name]
        key = normalise_name(name)
        row = self.db.execute(
            "SELECT id, name, acronym, aliases FROM organisations WHERE key = ?", [key]
        ).fetchone()
        if row is None:
            cursor = self.db.execute(
                "INSERT INTO organisations (name, key, acronym, aliases) VALUES (?, ?, ?, ?)",
                [name, key, acronym, json.dumps(sorted(set(aliases or ()) - {name}))],
            )
            org_id = int(cursor.lastrowid)
        else:
            org_id, stored_name, stored_acronym, stored_aliases = row
            known = (set(json.loads(stored_aliases or "[]")) | set(aliases or ())) - {stored_name}
            self.db.execute(
                "UPDATE organisations SET acronym = ?, aliases = ? WHERE id = ?",
                [stored_acronym or acronym, json.dumps(sorted(known)), org_id],
            )
        self.org_ids[name] = int(org_id)
        return int(org_id)

    def person(self, name: str, role: str | None = None) -> int:
        if name in self.person_ids and role is None:
            return self.person_ids[name]
        key = normalise_name(name)
        row = self.db.execute("SELECT id, role FROM people WHERE key = ?", [key]).fetchone()
        if row is None:
            cursor = self.db.execute(
                "INSERT INTO people (name, key, role) VALUES (?, ?, ?)", [name, key, role]
            )
            person_id = int(cursor.lastrowid)
        else:
            person_id = int(row[0])
            if role and not row[1]:
                self.db.execute("UPDATE people SET role = ? WHERE id = ?", [role, person_id])
        self.person_ids[name] = person_id
        return person_id

    def link(self, table: str, left: str, right: str, left_id: int, right_ids: set[int]) -> None:
        self.db.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({left}, {right}) VALUES (?, ?)",
            [(left_id, rid) for rid in sorted(right_ids)],
        )

    def document(self, doc: dict) -> int | None:
        """Insert one document; None when the database already holds it."""
        text = doc["text"]
        digest = content_hash(text) if text is not None else _stand_in_hash(doc)
        if self.store.document_id_for_hash(digest) is not None:
            return None
        cursor = self.db.execute(
            """INSERT INTO documents (content_hash, title, source, path, format, published,
                   published_precision, text, imported_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%S+00:00')))""",
            [digest, doc["title"], doc["source"], doc["path"], doc["format"], doc["published"],
             doc["published_precision"], text or "", doc["imported_at"]],
        )
        doc_id = int(cursor.lastrowid)
        self.link("document_organisations", "document_id", "organisation_id", doc_id,
                  {self.organisation(n) for n in doc["organisations"]})
        self.link("document_people", "document_id", "person_id", doc_id,
                  {self.person(n) for n in doc["people"]})
        return doc_id

    def loose_event_exists(self, e: dict) -> bool:
        """A document-less event already here (the same file imported twice)."""
        return self.db.execute(
            'SELECT 1 FROM events WHERE document_id IS NULL AND title = ? AND kind = ?'
            ' AND start IS ? AND "end" IS ? AND precision = ? AND evidence IS ?',
            [e["title"], e["kind"], e["start"], e["end"], e["precision"], e["evidence"]],
        ).fetchone() is not None

    def event(self, e: dict, document_id: int | None) -> None:
        t_start, t_end, year = stored_span(e["start"], e["end"], e["precision"])
        cursor = self.db.execute(
            """INSERT INTO events (document_id, main, title, kind, start, "end", precision,
                   time, t_start, t_end, year, evidence, evidence_start, evidence_end,
                   confidence, field_confidence, user_edited, note, tags, edited_fields)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [document_id, int(e["main"]), e["title"], e["kind"], e["start"], e["end"],
             e["precision"], e["time"], t_start, t_end, year, e["evidence"],
             e["evidence_start"], e["evidence_end"], e["confidence"],
             json.dumps(e["field_confidence"], sort_keys=True), int(e["user_edited"]),
             e["note"], json.dumps(e["tags"]), json.dumps(e["edited_fields"])],
        )
        event_id = int(cursor.lastrowid)
        self.link("event_organisations", "event_id", "organisation_id", event_id,
                  {self.organisation(n) for n in e["organisations"]})
        self.link("event_people", "event_id", "person_id", event_id,
                  {self.person(n) for n in e["people"]})


@dataclass
class CollectionCounts:
    documents: int = 0
    already_present: int = 0
    events: int = 0


def write_collection(store: Store, collection: Collection) -> CollectionCounts:
    """Write a checked collection in one transaction; returns what was added."""
    counts = CollectionCounts()
    writer = _Writer(store)
    with store.db.atomic():
        for alias in collection.aliases:
            # The receiver's own alias choices win over the file's.
            store.db.execute(
                "INSERT OR IGNORE INTO aliases (alias, entity, canonical) VALUES (?, ?, ?)",
                [normalise_name(alias["alias"]), alias["entity"], alias["canonical"]],
            )
        for org in collection.organisations:
            writer.organisation(org["name"], org["acronym"], org["aliases"])
        for person in collection.people:
            writer.person(person["name"], person["role"])
        new_ids: dict[int, int] = {}
        for doc in sorted(collection.documents, key=lambda d: d["id"]):
            new_id = writer.document(doc)
            if new_id is None:
                counts.already_present += 1
            else:
                new_ids[doc["id"]] = new_id
                counts.documents += 1
        # In the file's id order, so the restored events keep their relative order.
        for event in sorted(collection.events, key=lambda e: e["id"]):
            old_doc = event["document_id"]
            if old_doc is None:
                if writer.loose_event_exists(event):
                    continue
                writer.event(event, None)
            elif old_doc in new_ids:
                writer.event(event, new_ids[old_doc])
            else:
                continue  # its document was already here, with its own events
            counts.events += 1
    return counts


def import_collection_file(store: Store, path: Path, *,
                           max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Import one collection JSON; a failed result changes nothing.

    Raises StoreError only when the database itself cannot be written
    (full, read-only, busy), as ``importing.import_one`` does.
    """
    name = str(path)
    try:
        collection = load_collection(Path(path), max_bytes)
    except ImportFormatError as exc:
        return FileResult(name, "failed", reason=str(exc))
    try:
        counts = write_collection(store, collection)
    except sqlite3.OperationalError as exc:
        raise store_write_error(exc, "collection") from exc
    except sqlite3.DatabaseError as exc:
        return FileResult(name, "failed", reason=f"the database refused the collection: {exc}")
    if counts.documents == 0 and counts.events == 0 and counts.already_present:
        return FileResult(name, "duplicate", reason="every document in it is already imported")
    summary = f"collection: {counts.documents} documents, {counts.events} events"
    if counts.already_present:
        summary += f"; {counts.already_present} documents were already here"
    return FileResult(name, "imported", reason=summary, events=counts.events)
