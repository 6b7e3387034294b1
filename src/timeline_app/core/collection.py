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

from .collection_checks import Collection, load_collection, validate_collection
from .collection_sources import write_decisions, write_event_sources
from .errors import ImportFormatError, store_write_error
from .models import EntityKind, FileResult
from .prepared import content_hash
from .readers import DEFAULT_MAX_BYTES
from .store import Store, normalise_name

__all__ = ["Collection", "CollectionCounts", "import_collection_file", "load_collection",
           "validate_collection", "write_collection"]


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
        #: the file's document id -> its content hash (stored or not)
        self.digests: dict[int, str] = {}

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
        self.digests[doc["id"]] = digest
        if self.store.document_id_for_hash(digest) is not None:
            return None
        doc_id = self.store.insert_collection_document(doc, digest)
        self.store.link_document_entities(
            EntityKind.ORGANISATION, doc_id, sorted({self.organisation(n)
                                                     for n in doc["organisations"]}))
        self.store.link_document_entities(
            EntityKind.PERSON, doc_id, sorted({self.person(n) for n in doc["people"]}))
        return doc_id

    def event(self, e: dict, document_id: int | None, new_documents: dict[int, int]) -> int:
        """Write one event with its sources; how many event rows that added."""
        event_id = self.store.insert_collection_event(e, document_id)
        self.store.link_event_entities(
            EntityKind.ORGANISATION, event_id, sorted({self.organisation(n)
                                                       for n in e["organisations"]}))
        self.store.link_event_entities(
            EntityKind.PERSON, event_id, sorted({self.person(n) for n in e["people"]}))
        for link in e.get("roles", ()):
            kind = EntityKind(link["kind"])
            entity_id = (self.organisation(link["name"]) if kind is EntityKind.ORGANISATION
                         else self.person(link["name"]))
            self.store.set_link_role(kind, event_id, entity_id, link["role"], link["edited"])
        return 1 + write_event_sources(self.store, e, event_id, new_documents, self.digests,
                                       self.organisation, self.person)


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
                counts.events += writer.event(event, None, new_ids)
            elif old_doc in new_ids:
                counts.events += writer.event(event, new_ids[old_doc], new_ids)
            # else: its document was already here, with its own events
        write_decisions(store, collection.decisions)
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
