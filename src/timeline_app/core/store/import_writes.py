"""Writing one imported document with everything extracted from it.

Every imported document, with its events, organisations, people and links,
is written whole: in its own transaction, or as one savepoint of an import
batch (many documents per commit, because a commit costs more than a plain
document), so a crash leaves whole documents only. The organisations and
people already stored are mirrored in memory while an import runs, because
finding each name with SQL cost several statements.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlite_utils

from ..consolidation import mention_words_text, words_from_text
from ..models import Extraction, ExtractedOrganisation, ExtractedPerson, ReadDocument
from ..partial_dates import stored_span
from .link_roles import strongest_roles
from .consolidation_mirror import ConsolidationMirror
from .consolidation_mirror_writes import mirror_written
from .document_targets import DocumentTargets
from .names import normalise_name

#: One encoder for every event's field_confidence: json.dumps with options
#: builds a new encoder on every call.
_SORTED_JSON = json.JSONEncoder(sort_keys=True)
#: field_confidence texts by their (field, score) pairs: a few dozen score sets
#: recur across an import's events, so most are encoded once
_CONFIDENCE_TEXTS: dict[tuple[tuple[str, float], ...], str] = {}
_CONFIDENCE_TEXTS_MAX = 4096


def _confidence_json(scores: dict[str, float]) -> str:
    """``json.dumps(scores, sort_keys=True)``, remembered for scores that are
    non-zero floats (equal floats then print alike: 0.0 and -0.0 do not)."""
    if not all(type(v) is float and v for v in scores.values()):
        return _SORTED_JSON.encode(scores)  # 1 == 1.0 == True, 0.0 == -0.0: print apart
    key = tuple(scores.items())
    text = _CONFIDENCE_TEXTS.get(key)
    if text is None:
        if len(_CONFIDENCE_TEXTS) >= _CONFIDENCE_TEXTS_MAX:
            _CONFIDENCE_TEXTS.clear()
        text = _CONFIDENCE_TEXTS[key] = _SORTED_JSON.encode(scores)
    return text


#: The page cache (KiB) while importing: what a 10,000-document import's
#: indexes fill, a few tens of megabytes at most, given back when the store closes.
IMPORT_CACHE_KIB = 65536


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(slots=True)
class _Organisation:
    """An organisations row as add_document sees it (aliases parsed on first use)."""

    id: int
    name: str
    key: str
    acronym: str | None
    aliases_json: str
    aliases: set[str] | None = None
    #: aliases_json is exactly what this code would write for ``aliases``
    canonical: bool = False


class _Lookups:
    """Aliases, organisations and people held in memory while importing.

    Every document names organisations and people; finding each one with
    SQL cost several statements per name. This mirror answers those
    lookups from dicts, and holds the source keys the user decided about
    (few or none: a mention whose key is not among them needs no query).
    It is only trusted while nothing else has written:
    ``Store`` drops it when another connection committed (``PRAGMA
    data_version`` moved), when this connection wrote outside
    ``add_document`` (``total_changes`` moved) and when a document fails.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.aliases: dict[str, str] = dict(conn.execute("SELECT alias, canonical FROM aliases"))
        self.orgs_by_key: dict[str, _Organisation] = {}
        #: acronym -> the lowest-id organisation with it (what "ORDER BY id LIMIT 1" found)
        self.orgs_by_acronym: dict[str, _Organisation] = {}
        for row in conn.execute(
            "SELECT id, name, key, acronym, aliases FROM organisations ORDER BY id"
        ):
            self.add_organisation(_Organisation(row[0], row[1], row[2], row[3], row[4] or "[]"))
        self.people_by_key: dict[str, list] = {
            key: [person_id, role]
            for person_id, key, role in conn.execute("SELECT id, key, role FROM people")
        }
        #: source keys the user split, merged or moved: only these need their decisions read
        self.decided: set[str] = {
            key for pair in conn.execute(
                "SELECT source_key, other_key FROM consolidation_decisions")
            for key in pair if key is not None}
        #: the shown events consolidation compares mentions with, read on first need
        self.mirror = ConsolidationMirror(conn)
        #: undated pages' words by (document, names it names), found on first need
        self.page_words: dict[tuple[int, tuple[str, ...]], frozenset[str]] = {}
        #: the ids the next document's first event and source get (one past the
        #: largest), read on first need and moved on by each document written
        self.next_event_id: int | None = None
        self.next_source_id: int | None = None

    def add_organisation(self, org: _Organisation) -> None:
        self.orgs_by_key[org.key] = org
        self.note_acronym(org)

    def note_acronym(self, org: _Organisation) -> None:
        if org.acronym is None:
            return
        holder = self.orgs_by_acronym.get(org.acronym)
        if holder is None or holder.id > org.id:
            self.orgs_by_acronym[org.acronym] = org


class DocumentImportWrites(DocumentTargets):
    """The store's writes for ``importing``: one document at a time."""

    db: sqlite_utils.Database
    _lookups: _Lookups | None = None
    #: (PRAGMA data_version, conn.total_changes) when _lookups was last known good
    _lookups_stamp: tuple[int, int] = (-1, -1)
    #: an import batch's transaction is open (begin_import_batch .. commit_import_batch)
    _batch_open: bool = False
    #: the page cache was enlarged for importing (once per connection)
    _import_cache_set: bool = False
    #: PRAGMA data_version read in the open batch: it cannot move while the batch
    #: holds the write lock, so each document need not read it again
    _batch_data_version: int | None = None

    def begin_import_batch(self) -> None:
        """Open one transaction for the documents that follow, until ``commit_import_batch``.

        Each ``add_document`` then writes a savepoint inside it, so a failed
        document rolls back alone, and the in-memory lookups stay valid from
        one document to the next. Takes the write lock (IMMEDIATE) at once.
        Inside a caller's transaction there is no batch of our own: each
        document is a savepoint of that transaction, as without a batch.
        Raises sqlite3.OperationalError when the database cannot be written.
        """
        if self._batch_open or self.db.conn.in_transaction:
            return
        if not self._import_cache_set:
            # The indexes every document touches (events, sources, links, the
            # full-text index) outgrow SQLite's default 2 MB page cache after a
            # few thousand documents; a larger cache keeps them in memory.
            self.db.conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
            # Each document's savepoint copies the pages it first changes to a
            # sub-journal: in memory, not a temporary file written per document.
            self.db.conn.execute("PRAGMA temp_store = MEMORY")
            self._import_cache_set = True
        self.db.conn.execute("BEGIN IMMEDIATE")
        self._batch_open = True
        self._batch_data_version = None

    def commit_import_batch(self) -> bool:
        """Commit the batch; False if SQLite had already rolled it back (a full disk).

        On a failed commit the batch is rolled back and the error raised:
        none of its documents are stored.
        """
        if not self._batch_open:
            return True
        self._batch_open = False
        self._batch_data_version = None
        conn = self.db.conn
        if not conn.in_transaction:
            self._lookups = None  # they may hold rows that are gone
            return False
        try:
            conn.execute("COMMIT")
        except BaseException:
            self._lookups = None
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return True

    @property
    def in_import_batch(self) -> bool:
        return self._batch_open and self.db.conn.in_transaction

    def add_document(
        self,
        read: ReadDocument,
        extraction: Extraction,
        *,
        path: str,
        content_hash: str,
        mention_words: Sequence[str] | None = None,
    ) -> tuple[int, int]:
        """Store one document and everything extracted from it, atomically.

        Returns (document id, number of events). Raises sqlite3.IntegrityError
        if a document with the same content hash is already stored.
        ``mention_words``: each event's words as ``PreparedFile`` carries them
        (found in a reader process); without them they are found here.
        """
        conn = self.db.conn
        batched = self.in_import_batch
        savepoint = conn.in_transaction
        foreign = savepoint and not batched
        if foreign:
            # Inside someone else's transaction: read the lookups afresh
            # within it, and forget them after (it may still roll back).
            self._lookups = None
        changes_before = conn.total_changes
        # BEGIN IMMEDIATE (here or when the batch began) takes the write lock
        # first, so no other connection can commit between checking the
        # in-memory lookups and using them.
        conn.execute("SAVEPOINT add_document" if savepoint else "BEGIN IMMEDIATE")
        try:
            lookups = self._current_lookups(conn, changes_before, batched)
            result = self._write_document(conn, lookups, read, extraction, path, content_hash,
                                         mention_words)
            conn.execute("RELEASE add_document" if savepoint else "COMMIT")
        except BaseException:
            # The lookups may hold rows (and renamed organisations) being
            # rolled back: the next document reads them again, in the batch.
            self._lookups = None
            if conn.in_transaction:
                if savepoint:
                    conn.execute("ROLLBACK TO add_document")
                    conn.execute("RELEASE add_document")
                else:
                    conn.execute("ROLLBACK")
            raise
        if foreign:
            self._lookups = None
        else:
            self._lookups_stamp = (self._lookups_stamp[0], conn.total_changes)
        return result

    def _current_lookups(self, conn: sqlite3.Connection, changes_before: int,
                         batched: bool) -> _Lookups:
        """The in-memory lookups, reloaded if anything else wrote since the last document.

        Call with the write lock held (after BEGIN IMMEDIATE) and with this
        connection's ``total_changes`` from before the document began. In a
        batch, ``data_version`` is read once: no other connection can commit
        while the batch holds the write lock.
        """
        version = self._batch_data_version if batched else None
        if version is None:
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
            if batched:
                self._batch_data_version = version
        stamp = (version, changes_before)
        if self._lookups is None or stamp != self._lookups_stamp:
            self._lookups = _Lookups(conn)
        self._lookups_stamp = stamp
        return self._lookups

    # long: reads top to bottom as the transaction writes: document, names, events, links
    def _write_document(
        self,
        conn: sqlite3.Connection,
        lookups: _Lookups,
        read: ReadDocument,
        extraction: Extraction,
        path: str,
        content_hash: str,
        mention_words: Sequence[str] | None,
    ) -> tuple[int, int]:
        # One piece, longer than usual: it reads top to bottom as the
        # transaction writes (document, names, events, links), the hot path
        # of every import.
        added_at = _now()
        cursor = conn.execute(
            """INSERT INTO documents (content_hash, title, source, path, format, published,
                   published_precision, text, imported_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                content_hash,
                extraction.title or read.title,
                extraction.source or read.source,
                path,
                read.format,
                extraction.published,
                extraction.published_precision if extraction.published else "unknown",
                read.text,
                added_at,
            ),
        )
        document_id = int(cursor.lastrowid)
        org_ids = {org.name: self._organisation_id(conn, lookups, org)
                   for org in extraction.organisations}
        person_ids = {person.name: self._person_id(conn, lookups, person)
                      for person in extraction.people}
        self._link("document_organisations", "document_id", "organisation_id",
                   [(document_id, org_id) for org_id in set(org_ids.values())])
        self._link("document_people", "document_id", "person_id",
                   [(document_id, person_id) for person_id in set(person_ids.values())])
        if not extraction.events or extraction.reports_no_event:
            return document_id, 0
        # Ids given explicitly (what SQLite would pick: one past the largest)
        # so all events, sources and links go in a few executemany calls.
        # Every mention keeps its own row; one that joins a stored event is
        # hidden behind it (consolidated_into) and becomes one of its sources.
        if lookups.next_event_id is None or lookups.next_source_id is None:
            lookups.next_event_id = int(conn.execute(
                "SELECT coalesce(max(id), 0) FROM events").fetchone()[0]) + 1
            lookups.next_source_id = self.next_source_id()
        next_id, source_id = lookups.next_event_id, lookups.next_source_id
        event_rows = []
        source_rows = []
        joined: list[int] = []
        event_orgs: list[tuple[int, int, str]] = []
        event_people: list[tuple[int, int, str]] = []
        if mention_words is None or len(mention_words) != len(extraction.events):
            mention_words = [mention_words_text(e.title, e.evidence, e.organisations)
                             for e in extraction.events]
        planned = []
        for event, words_text in zip(extraction.events, mention_words):
            # Each linked id with the strongest role the text gives it.
            orgs = strongest_roles(
                (org_ids[n] if n in org_ids else self._organisation_id(
                    conn, lookups, ExtractedOrganisation(n)), event.roles.get(n, "mentioned"))
                for n in event.organisations)
            people = strongest_roles(
                (person_ids[n] if n in person_ids else self._person_id(
                    conn, lookups, ExtractedPerson(n)), event.roles.get(n, "mentioned"))
                for n in event.people)
            words = words_from_text(words_text)
            target = self.mention_target(document_id, content_hash, event, orgs, joined,
                                         decided=lookups.decided, words=words, mirror=lookups.mirror)
            if target is not None:
                joined.append(target)
            planned.append([event, orgs, people, words_text, target, words])
        followed = self.document_target(document_id, content_hash, extraction.events,
                                        [p[4] for p in planned],
                                        range(next_id, next_id + len(planned)),
                                        set(planned[0][1]), joined,
                                        lookups.decided, read.text, lookups.mirror,
                                        main_words=planned[0][5])
        if followed is not None:  # a main mention standing for the document: second look
            planned[0][4] = followed
            joined.append(followed)
        for event_id, (event, orgs, people, words_text, target, _) in enumerate(planned, start=next_id):
            if target is not None:
                event_orgs.extend((target, org_id, role) for org_id, role in orgs.items())
                event_people.extend((target, person_id, role) for person_id, role in people.items())
            t_start, t_end, year = stored_span(event.start, event.end, event.precision)
            event_rows.append((
                event_id, document_id, int(event.main), event.title, event.kind, event.start,
                event.end, event.precision, event.time, t_start, t_end, year, event.evidence,
                event.evidence_start, event.evidence_end, event.confidence,
                _confidence_json(event.field_confidence), target, 1,
                # what json.dumps({...}, sort_keys=True) writes, without the encoder
                f'{{"date": {source_id}, "kind": {source_id}, "title": {source_id}}}',
            ))
            source_rows.append(self.source_tuple(source_id, target or event_id, event_id,
                                                 document_id, content_hash, event, orgs,
                                                 people, added_at, words_text))
            source_id += 1
            event_orgs.extend((event_id, org_id, role) for org_id, role in orgs.items())
            event_people.extend((event_id, person_id, role) for person_id, role in people.items())
        conn.executemany(
            """INSERT INTO events (id, document_id, main, title, kind, start, "end", precision,
                   time, t_start, t_end, year, evidence, evidence_start, evidence_end,
                   confidence, field_confidence, consolidated_into, source_count,
                   field_sources)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            event_rows[1:] + event_rows[:1],  # the main one may hide behind a new one of these
        )
        self.insert_source_rows(source_rows)
        lookups.next_event_id, lookups.next_source_id = next_id + len(event_rows), source_id
        self._link("event_organisations", "event_id", "organisation_id, role", event_orgs)
        self._link("event_people", "event_id", "person_id, role", event_people)
        for event_id in dict.fromkeys(joined):
            self.refresh_event_fields(event_id)
        if lookups.mirror.loaded:
            mirror_written(lookups.mirror, event_rows, source_rows, event_orgs, joined)
        event, orgs, _, _, target, words = planned[0]  # pages stored before it that tell it
        # After each pull the pages are hidden behind the event, which has their sources.
        pulled = self.pull_in_pages(document_id, event, target or next_id, set(orgs), words,
                                    lookups.mirror)
        lookups.mirror.sources_moved([*pulled, target or next_id] if pulled else ())
        pulled = self.pull_in_undated_pages(document_id, event, target or next_id, set(orgs),
                                            lookups.mirror, lookups.page_words)
        lookups.mirror.sources_moved([*pulled, target or next_id] if pulled else ())
        return document_id, len(source_rows)

    def _link(self, table: str, left: str, right: str, pairs: Sequence[tuple]) -> None:
        """Insert link rows not there yet; ``right`` may name more columns
        ("organisation_id, role") when each row carries more values."""
        if pairs:
            marks = ", ".join("?" * len(pairs[0]))
            self.db.conn.executemany(
                f"INSERT OR IGNORE INTO {table} ({left}, {right}) VALUES ({marks})", pairs
            )

    # long: each step is one way a name matches, in the order they are tried
    def _organisation_id(
        self, conn: sqlite3.Connection, lookups: _Lookups, org: ExtractedOrganisation
    ) -> int:
        """Find or create the one record for ``org``.

        Merges only on exact evidence: the same normalised name, a user
        alias, or an acronym-only mention of an organisation whose acronym is
        known. Never on similarity, which would fold a students' union into
        its university; two different names sharing an acronym stay apart.
        Kept whole (past 60 lines): each step is one way a name matches, in
        the order they are tried.
        """
        name = lookups.aliases.get(normalise_name(org.name), org.name)
        key = normalise_name(name)
        acronym = org.acronym
        record = lookups.orgs_by_key.get(key)
        if record is None:
            # "NUS" alone: the organisation that defined NUS as its acronym.
            record = lookups.orgs_by_acronym.get(name)
        if record is None and acronym:
            # A full name arriving for an organisation stored as its acronym only.
            record = lookups.orgs_by_key.get(normalise_name(acronym))
        if record is None:
            aliases = sorted(set(org.aliases) - {name})
            aliases_json = json.dumps(aliases)
            cursor = conn.execute(
                "INSERT INTO organisations (name, key, acronym, aliases) VALUES (?, ?, ?, ?)",
                (name, key, acronym, aliases_json),
            )
            lookups.add_organisation(_Organisation(
                int(cursor.lastrowid), name, key, acronym, aliases_json, set(aliases), True))
            return int(cursor.lastrowid)
        if record.aliases is None:
            record.aliases = set(json.loads(record.aliases_json))
            record.canonical = record.aliases_json == json.dumps(sorted(record.aliases))
        known = record.aliases | set(org.aliases)
        new_name = record.name
        if acronym and normalise_name(record.name) == normalise_name(acronym) and name != acronym:
            new_name = name  # the acronym-only record learns its full name
        known.add(name)
        known.add(record.name)
        known.discard(new_name)
        new_acronym = acronym if record.acronym is None else record.acronym
        if (new_name == record.name and new_acronym == record.acronym
                and known == record.aliases and record.canonical
                and record.key == normalise_name(record.name)):
            return record.id  # nothing new learnt: the usual case, no write
        new_key = normalise_name(new_name)
        new_json = json.dumps(sorted(known))
        if (new_name, new_key, new_acronym, new_json) != (
            record.name, record.key, record.acronym, record.aliases_json
        ):
            conn.execute(
                "UPDATE organisations SET name = ?, key = ?, acronym = ?, aliases = ?"
                " WHERE id = ?",
                (new_name, new_key, new_acronym, new_json, record.id),
            )
            if new_key != record.key:
                del lookups.orgs_by_key[record.key]
                lookups.orgs_by_key[new_key] = record
            record.name, record.key, record.acronym = new_name, new_key, new_acronym
            record.aliases_json, record.aliases, record.canonical = new_json, known, True
            lookups.note_acronym(record)
        return record.id

    def _person_id(
        self, conn: sqlite3.Connection, lookups: _Lookups, person: ExtractedPerson
    ) -> int:
        name = lookups.aliases.get(normalise_name(person.name), person.name)
        key = normalise_name(name)
        record = lookups.people_by_key.get(key)
        if record is None:
            cursor = conn.execute(
                "INSERT INTO people (name, key, role) VALUES (?, ?, ?)", (name, key, person.role)
            )
            lookups.people_by_key[key] = [int(cursor.lastrowid), person.role]
            return int(cursor.lastrowid)
        if person.role and not record[1]:
            conn.execute("UPDATE people SET role = ? WHERE id = ?", (person.role, record[0]))
            record[1] = person.role
        return int(record[0])
