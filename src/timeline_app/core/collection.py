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
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .collection_format import FORMAT_NAME, FORMAT_VERSION
from .errors import ImportFormatError, store_write_error
from .models import KINDS, PRECISIONS, TIME_OF_DAY, EntityKind, FileResult
from .partial_dates import parse_iso
from .prepared import content_hash
from .store import Store, normalise_name

_NOT_OURS = "not a Timeline collection"
_DAMAGED = "damaged Timeline collection"


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

    def integer(self, key: str, *, required: bool = True, nullable: bool = False) -> int | None:
        present, value = self._get(key, required, None)
        if not present or (value is None and nullable):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, "a whole number" + (" or null" if nullable else ""), value)
        return value

    def number(self, key: str, *, required: bool = True, default: float = 1.0) -> float:
        present, value = self._get(key, required, default)
        if not present:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._fail(key, "a number", value)
        return float(value)

    def boolean(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        present, value = self._get(key, required, default)
        if not present:
            return default
        if not isinstance(value, bool):
            raise self._fail(key, "true or false", value)
        return value

    def text(self, key: str, *, required: bool = True, nullable: bool = True,
             default: str | None = None) -> str | None:
        present, value = self._get(key, required, default)
        if not present or (value is None and nullable):
            return value if present else default
        if not isinstance(value, str):
            raise self._fail(key, "text" + (" or null" if nullable else ""), value)
        return value

    def name(self, key: str) -> str:
        value = self.text(key, nullable=False)
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
        present, value = self._get(key, required, [])
        if not present:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "a list of text", value)
        return list(value)

    def scores(self, key: str) -> dict[str, float]:
        present, value = self._get(key, False, {})
        if not present:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()
        ):
            raise self._fail(key, "an object of numbers", value)
        return {str(k): float(v) for k, v in value.items()}


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


def validate_collection(data: Any) -> Collection:
    """Check every field of a parsed collection file; raise ImportFormatError.

    Keys of the foundation schema are required; the later additions (text,
    notes, tags, edit marks…) are optional so older exports still import.
    One long function on purpose: it lists the file's fields in the order
    the format documents them, so the two can be read side by side.
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
            "title": r.text("title"),
            "source": r.text("source"),
            "path": r.text("path"),
            "published": r.iso_date("published"),
            "published_precision": r.choice("published_precision", PRECISIONS),
            "format": r.text("format", required=False),
            "imported_at": r.text("imported_at", required=False),
            "organisations": r.names("organisations", required=False),
            "people": r.names("people", required=False),
            "text": r.text("text", required=False),
        })
    ids = [d["id"] for d in documents]
    if len(set(ids)) != len(ids):
        raise ImportFormatError(f"{_DAMAGED}: two documents share the same id")

    known = set(ids)
    events = []
    for r in _records(data, "events", "event", required=True):
        event = {
            "id": r.integer("id"),
            "document_id": r.integer("document_id", nullable=True),
            "main": r.boolean("main"),
            "title": r.text("title", nullable=False),
            "kind": r.choice("kind", KINDS),
            "start": r.iso_date("start"),
            "end": r.iso_date("end"),
            "precision": r.choice("precision", PRECISIONS),
            "time": r.time_of_day("time"),
            "organisations": r.names("organisations"),
            "people": r.names("people"),
            "evidence": r.text("evidence"),
            "evidence_start": r.integer("evidence_start", required=False, nullable=True),
            "evidence_end": r.integer("evidence_end", required=False, nullable=True),
            "confidence": r.number("confidence"),
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
        events.append(event)

    organisations = [
        {"name": r.name("name"), "acronym": r.text("acronym"), "aliases": r.names("aliases")}
        for r in _records(data, "organisations", "organisation", required=False)
    ]
    people = [
        {"name": r.name("name"), "role": r.text("role")}
        for r in _records(data, "people", "person", required=False)
    ]
    aliases = [
        {
            "alias": r.name("alias"),
            "entity": r.choice("entity", tuple(EntityKind)),
            "canonical": r.name("canonical"),
        }
        for r in _records(data, "aliases", "alias", required=False)
    ]
    return Collection(documents, events, organisations, people, aliases)


def load_collection(path: Path) -> Collection:
    """Read, parse and check a collection file; raise ImportFormatError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{_NOT_OURS}: the file is not UTF-8 text") from None
    if not text.strip():
        raise ImportFormatError(f"{_NOT_OURS}: the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{_NOT_OURS}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ImportFormatError(f"{_NOT_OURS}: the JSON is nested too deeply") from None
    return validate_collection(data)


# ------------------------------------------------------------------ writing
def _stand_in_hash(doc: dict) -> str:
    """Identity of a document exported without its text (older exports):
    its metadata, marked so it can never equal the hash of a real text."""
    key = json.dumps([doc["title"], doc["source"], doc["path"], doc["published"]])
    return content_hash("\x00timeline-app document without text\x00" + key)


class _Writer:
    """Writes a checked collection inside the caller's transaction.

    Remembers the record of each name it has met, since a collection names
    the same organisations and people on many events.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.org_ids: dict[str, int] = {}
        self.person_ids: dict[str, int] = {}

    def organisation(self, name: str, acronym: str | None = None,
                     aliases: list[str] | None = None) -> int:
        """The record for ``name``, created or merged (aliases united)."""
        if name in self.org_ids and acronym is None and not aliases:
            return self.org_ids[name]
        found = self.store.organisation_for_key(normalise_name(name))
        if found is None:
            org_id = self.store.insert_organisation(
                name, acronym, sorted(set(aliases or ()) - {name}))
        else:
            org_id, stored_name, stored_acronym, stored_aliases = found
            known = (set(json.loads(stored_aliases or "[]")) | set(aliases or ())) - {stored_name}
            self.store.set_organisation_acronym_and_aliases(
                org_id, stored_acronym or acronym, sorted(known))
        self.org_ids[name] = org_id
        return org_id

    def person(self, name: str, role: str | None = None) -> int:
        if name in self.person_ids and role is None:
            return self.person_ids[name]
        found = self.store.person_for_key(normalise_name(name))
        if found is None:
            person_id = self.store.insert_person(name, role)
        else:
            person_id, stored_role = found
            if role and not stored_role:
                self.store.set_person_role(person_id, role)
        self.person_ids[name] = person_id
        return person_id

    def document(self, doc: dict) -> int | None:
        """Insert one document; None when the database already holds it."""
        text = doc["text"]
        digest = content_hash(text) if text is not None else _stand_in_hash(doc)
        if self.store.document_id_for_hash(digest) is not None:
            return None
        doc_id = self.store.insert_collection_document(doc, digest)
        self.store.link_document_entities(
            EntityKind.ORGANISATION, doc_id, sorted({self.organisation(n)
                                                     for n in doc["organisations"]}))
        self.store.link_document_entities(
            EntityKind.PERSON, doc_id, sorted({self.person(n) for n in doc["people"]}))
        return doc_id

    def event(self, e: dict, document_id: int | None) -> None:
        event_id = self.store.insert_collection_event(e, document_id)
        self.store.link_event_entities(
            EntityKind.ORGANISATION, event_id, sorted({self.organisation(n)
                                                       for n in e["organisations"]}))
        self.store.link_event_entities(
            EntityKind.PERSON, event_id, sorted({self.person(n) for n in e["people"]}))


@dataclass
class CollectionCounts:
    documents: int = 0
    already_present: int = 0
    events: int = 0


def write_collection(store: Store, collection: Collection) -> CollectionCounts:
    """Write a checked collection in one transaction; returns what was added."""
    counts = CollectionCounts()
    writer = _Writer(store)
    with store.write_transaction():
        for alias in collection.aliases:
            # The receiver's own alias choices win over the file's.
            store.add_alias_unless_known(alias["alias"], alias["entity"], alias["canonical"])
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
                if store.loose_event_exists(event):
                    continue
                writer.event(event, None)
            elif old_doc in new_ids:
                writer.event(event, new_ids[old_doc])
            else:
                continue  # its document was already here, with its own events
            counts.events += 1
    return counts


def import_collection_file(store: Store, path: Path) -> FileResult:
    """Import one collection JSON; a failed result changes nothing.

    Raises StoreError only when the database itself cannot be written
    (full, read-only, busy), as ``importing.import_one`` does.
    """
    name = str(path)
    try:
        collection = load_collection(Path(path))
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
