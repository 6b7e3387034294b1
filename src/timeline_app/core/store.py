"""The Timeline database: opening it safely and writing imported documents.

One ``Store`` wraps one SQLite connection (sqlite-utils on top). Writers and
readers on other threads open their own ``Store`` on the same file; WAL mode
lets the window read while an import writes. Every imported document, with
all that was extracted from it, is written in one transaction, so a crash
leaves whole documents only.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import numpy as np
import sqlite_utils

from .errors import StoreError
from .filters import EventFilter
from .migrations import SCHEMA_VERSION, migrate, user_version
from .models import Extraction, ExtractedOrganisation, ExtractedPerson, ReadDocument
from .partial_dates import stored_span

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 30_000
_CHECKPOINT_PAGES = 10_000
#: One encoder for every event's field_confidence: json.dumps with options
#: builds a new encoder on every call.
_SORTED_JSON = json.JSONEncoder(sort_keys=True)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


@lru_cache(maxsize=8192)  # imports normalise the same few hundred names again and again
def normalise_name(name: str) -> str:
    """The key two spellings of one name share: case, quotes, spaces, a leading "the"."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,;:")
    return re.sub(r"^the ", "", text)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _check_is_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except PermissionError as exc:
        raise StoreError(f"Cannot read {path}: permission denied.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if header and header != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a Timeline database (it is not an SQLite file).")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while reading many rows.

    Each row is a new tuple, and every few hundred of them the collector
    walks all tracked objects, including the window's columns of every
    event: at 100,000 events that nearly doubles the time of a large read.
    The rows form no cycles, so nothing is lost by collecting afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _id_arrays(
    conn: sqlite3.Connection, sql: str, params: Sequence[object], width: int
) -> list[np.ndarray]:
    """The integer columns of ``sql`` as int64 arrays, read in one row.

    SQLite joins each column into one comma-separated string and numpy
    parses it. Reading a row per id instead costs far more (about half a
    microsecond each in Python), which at 100,000 events is most of a filter.
    """
    names = ", ".join(f"c{i}" for i in range(width))
    aggregates = ", ".join(f"group_concat(c{i})" for i in range(width))
    # A CTE names the columns whatever the inner SELECT calls them.
    row = conn.execute(
        f"WITH q({names}) AS ({sql}) SELECT {aggregates} FROM q", list(params)
    ).fetchone()
    return [np.fromstring(text or "", dtype=np.int64, sep=",") for text in row]


def _id_array(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> np.ndarray:
    return _id_arrays(conn, sql, params, 1)[0]


def _positions(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """For each of ``values``, its index in ``keys`` (distinct ints), or -1."""
    if not len(keys):
        return np.full(len(values), -1, dtype=np.int64)
    low, high = int(keys.min()), int(keys.max())
    if high - low <= 4 * len(keys) + 1024:
        # Ids are nearly dense: a lookup table beats sorting.
        table = np.full(high - low + 1, -1, dtype=np.int64)
        table[keys - low] = np.arange(len(keys))
        inside = (values >= low) & (values <= high)
        found = np.full(len(values), -1, dtype=np.int64)
        found[inside] = table[values[inside] - low]
        return found
    order = np.argsort(keys)
    sorted_keys = keys[order]
    where = np.minimum(np.searchsorted(sorted_keys, values), len(keys) - 1)
    return np.where(sorted_keys[where] == values, order[where], -1)


def _check_writable(path: Path) -> None:
    """Refuse up front a database Timeline could open but never write.

    SQLite would open such a file quietly and fail only at the first
    import, after the person has chosen files and waited. In WAL mode it
    also needs to create ``-wal`` and ``-shm`` files beside the database.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            f"{path} is read-only: Timeline cannot write to it. Change its permissions, "
            "or work on a copy."
        )
    folder = path.parent
    companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    for companion in companions:
        if companion.exists() and not os.access(companion, os.W_OK):
            raise StoreError(
                f"{companion} is read-only: Timeline cannot write to {path.name} beside it."
            )
    if not os.access(folder, os.W_OK | os.X_OK) and not all(c.exists() for c in companions):
        raise StoreError(
            f"The folder {folder} is read-only: Timeline cannot write its database "
            f"{path.name} there. Choose a folder you can write to."
        )


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
    lookups from dicts. It is only trusted while nothing else has written:
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

    def add_organisation(self, org: _Organisation) -> None:
        self.orgs_by_key[org.key] = org
        self.note_acronym(org)

    def note_acronym(self, org: _Organisation) -> None:
        if org.acronym is None:
            return
        holder = self.orgs_by_acronym.get(org.acronym)
        if holder is None or holder.id > org.id:
            self.orgs_by_acronym[org.acronym] = org


class Store:
    """A Timeline database. Use ``Store.open(path)``; close it when done."""

    def __init__(self, db: sqlite_utils.Database, path: str, readonly: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self._lookups: _Lookups | None = None
        #: (PRAGMA data_version, conn.total_changes) when _lookups was last known good
        self._lookups_stamp: tuple[int, int] = (-1, -1)

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Store:
        """Open (creating and migrating if needed) the database at ``path``.

        Raises StoreError with a sentence for the user when the file is not
        SQLite, not ours, from a newer Timeline, or cannot be written.
        """
        memory = str(path) == ":memory:"
        target = Path(path)
        if not memory:
            if target.is_dir():
                raise StoreError(f"{target} is a folder, not a database file.")
            if target.exists():
                _check_is_sqlite(target)
            elif readonly:
                raise StoreError(f"{target} does not exist.")
            else:
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"Cannot create the folder for {target}: {exc.strerror or exc}."
                    ) from exc
            if not readonly:
                _check_writable(target)
        try:
            if readonly and not memory:
                conn = sqlite3.connect(
                    f"{target.resolve().as_uri()}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    timeout=_BUSY_TIMEOUT_MS / 1000,
                    check_same_thread=False,
                )
            else:
                conn = sqlite3.connect(
                    ":memory:" if memory else str(target),
                    isolation_level=None,
                    timeout=_BUSY_TIMEOUT_MS / 1000,
                    check_same_thread=False,
                )
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open {target}: {exc}.") from exc
        store = cls(sqlite_utils.Database(conn), ":memory:" if memory else str(target), readonly)
        try:
            store._prepare()
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            message = str(exc)
            if "not a database" in message or "malformed" in message:
                raise StoreError(
                    f"{target} is not a Timeline database (the file is damaged or not SQLite)."
                ) from exc
            if "readonly" in message or "read-only" in message:
                raise StoreError(f"{target} is read-only: Timeline cannot write to it.") from exc
            raise StoreError(f"Cannot open {target}: {message}.") from exc
        return store

    def _prepare(self) -> None:
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        version = user_version(self.db)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer version of Timeline (database version "
                f"{version}; this version reads up to {SCHEMA_VERSION}). Update Timeline to open it."
            )
        if version == 0 and self.db.table_names():
            raise StoreError(
                f"{self.path} is an SQLite database but not a Timeline database; "
                "it was left unchanged."
            )
        if self.readonly:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} needs upgrading to this version of Timeline but is read-only."
                )
            return
        if self.path != ":memory:":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path} is read-only: Timeline cannot write to it.")
            # With WAL, NORMAL never fsyncs at commit, only at checkpoints: a
            # crash of Timeline (even SIGKILL) loses nothing committed; a power
            # cut may lose the last few documents, never corrupt the file.
            conn.execute("PRAGMA synchronous = NORMAL")
            # Checkpoint every ~40 MB of WAL rather than SQLite's 4 MB: an
            # import commits once per document, and each checkpoint costs two
            # fsyncs; pages rewritten by many documents are copied once.
            conn.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
        migrate(self.db)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- counting
    def document_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def event_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM events").fetchone()[0])

    def is_empty(self) -> bool:
        """True for a database with nothing in it yet (the first start)."""
        return (
            self.db.execute(
                "SELECT EXISTS(SELECT 1 FROM documents) OR EXISTS(SELECT 1 FROM events)"
            ).fetchone()[0]
            == 0
        )

    def document_id_for_hash(self, content_hash: str) -> int | None:
        row = self.db.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return int(row[0]) if row else None

    # -------------------------------------------------------------- aliases
    def aliases(self) -> dict[str, str]:
        """The user's alias list as extraction wants it: alias -> canonical."""
        return dict(self.db.conn.execute("SELECT alias, canonical FROM aliases"))

    def set_alias(self, alias: str, canonical: str, entity: str = "organisation") -> None:
        """Remember that ``alias`` means ``canonical`` in future imports."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO aliases (alias, entity, canonical) VALUES (?, ?, ?)",
                [normalise_name(alias), entity, canonical],
            )

    # ------------------------------------------------------------- writing
    def add_document(
        self,
        read: ReadDocument,
        extraction: Extraction,
        *,
        path: str,
        content_hash: str,
    ) -> tuple[int, int]:
        """Store one document and everything extracted from it, atomically.

        Returns (document id, number of events). Raises sqlite3.IntegrityError
        if a document with the same content hash is already stored.
        """
        conn = self.db.conn
        nested = conn.in_transaction
        if nested:
            # Inside someone else's transaction: read the lookups afresh
            # within it, and forget them after (it may still roll back).
            self._lookups = None
        changes_before = conn.total_changes
        # BEGIN IMMEDIATE takes the write lock first, so no other connection
        # can commit between checking the in-memory lookups and using them.
        conn.execute("SAVEPOINT add_document" if nested else "BEGIN IMMEDIATE")
        try:
            lookups = self._current_lookups(conn, changes_before)
            result = self._write_document(conn, lookups, read, extraction, path, content_hash)
            if nested:
                conn.execute("RELEASE add_document")
            else:
                conn.execute("COMMIT")
        except BaseException:
            self._lookups = None  # it may hold ids of rows that are being rolled back
            if conn.in_transaction:
                if nested:
                    conn.execute("ROLLBACK TO add_document")
                    conn.execute("RELEASE add_document")
                else:
                    conn.execute("ROLLBACK")
            raise
        if nested:
            self._lookups = None
        else:
            self._lookups_stamp = (self._lookups_stamp[0], conn.total_changes)
        return result

    def _current_lookups(self, conn: sqlite3.Connection, changes_before: int) -> _Lookups:
        """The in-memory lookups, reloaded if anything else wrote since the last document.

        Call with the write lock held (after BEGIN IMMEDIATE) and with this
        connection's ``total_changes`` from before the document began.
        """
        stamp = (int(conn.execute("PRAGMA data_version").fetchone()[0]), changes_before)
        if self._lookups is None or stamp != self._lookups_stamp:
            self._lookups = _Lookups(conn)
        self._lookups_stamp = stamp
        return self._lookups

    def _write_document(
        self,
        conn: sqlite3.Connection,
        lookups: _Lookups,
        read: ReadDocument,
        extraction: Extraction,
        path: str,
        content_hash: str,
    ) -> tuple[int, int]:
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
                _now(),
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
        if not extraction.events:
            return document_id, 0
        # Ids given explicitly (what SQLite would pick: one past the largest)
        # so all events and their links go in three executemany calls.
        next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]) + 1
        event_rows = []
        event_orgs: list[tuple[int, int]] = []
        event_people: list[tuple[int, int]] = []
        for event_id, event in enumerate(extraction.events, start=next_id):
            t_start, t_end, year = stored_span(event.start, event.end, event.precision)
            event_rows.append((
                event_id, document_id, int(event.main), event.title, event.kind, event.start,
                event.end, event.precision, event.time, t_start, t_end, year, event.evidence,
                event.evidence_start, event.evidence_end, event.confidence,
                _SORTED_JSON.encode(event.field_confidence),
            ))
            orgs = {org_ids[n] if n in org_ids else self._organisation_id(
                conn, lookups, ExtractedOrganisation(n)) for n in event.organisations}
            people = {person_ids[n] if n in person_ids else self._person_id(
                conn, lookups, ExtractedPerson(n)) for n in event.people}
            event_orgs.extend((event_id, org_id) for org_id in orgs)
            event_people.extend((event_id, person_id) for person_id in people)
        conn.executemany(
            """INSERT INTO events (id, document_id, main, title, kind, start, "end", precision,
                   time, t_start, t_end, year, evidence, evidence_start, evidence_end,
                   confidence, field_confidence)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            event_rows,
        )
        self._link("event_organisations", "event_id", "organisation_id", event_orgs)
        self._link("event_people", "event_id", "person_id", event_people)
        return document_id, len(event_rows)

    def _link(self, table: str, left: str, right: str, pairs: Sequence[tuple[int, int]]) -> None:
        if pairs:
            self.db.conn.executemany(
                f"INSERT OR IGNORE INTO {table} ({left}, {right}) VALUES (?, ?)", pairs
            )

    def _organisation_id(
        self, conn: sqlite3.Connection, lookups: _Lookups, org: ExtractedOrganisation
    ) -> int:
        """Find or create the one record for ``org``.

        Merges only on exact evidence: the same normalised name, a user
        alias, or an acronym-only mention of an organisation whose acronym is
        known. Never on similarity, which would fold a students' union into
        its university; two different names sharing an acronym stay apart.
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

    # ------------------------------------------------------------- reading
    def matching_event_ids(self, event_filter: EventFilter | None = None) -> list[int]:
        """Ids of events passing ``event_filter``, in time order (undated last).

        A caller that holds events in time order already (the window) should
        use ``matching_event_id_array``, which skips the sort.
        """
        where, params = (event_filter or EventFilter()).to_sql()
        rows = self.db.conn.execute(
            f"SELECT e.id FROM events e WHERE {where}"
            " ORDER BY e.t_start IS NULL, e.t_start, e.id",
            params,
        )
        return [row[0] for row in rows]

    def matching_event_id_array(self, event_filter: EventFilter | None = None) -> np.ndarray:
        """Ids of events passing ``event_filter`` as a sorted int64 array (each once)."""
        sql, params = (event_filter or EventFilter()).ids_sql()
        return np.unique(_id_array(self.db.conn, sql, params))

    def timeline_columns(self, event_filter: EventFilter | None = None) -> dict[str, list]:
        """Columns for the canvas: one list per field, aligned by event, in time order.

        Keys: ids, titles, kinds, starts, ends, precisions, lanes_org, orgs.
        ``orgs`` joins the event's organisation names in name order with
        "; " ('' when none); ``lanes_org`` is the first of them (None when none).
        """
        event_filter = event_filter or EventFilter()
        where, params = event_filter.to_sql()
        keys = ("ids", "titles", "kinds", "starts", "ends", "precisions")
        with _collector_paused():
            # SQLite sorts: the row objects are then made in time order, and
            # the canvas, which walks them in that order, reads memory in sequence.
            rows = self.db.conn.execute(
                f"SELECT e.id, e.title, e.kind, e.t_start, e.t_end, e.precision"
                f" FROM events e WHERE {where} ORDER BY e.t_start IS NULL, e.t_start, e.id",
                params,
            ).fetchall()
            if not rows:
                return {key: [] for key in (*keys, "lanes_org", "orgs")}
            columns: dict[str, list] = {
                key: list(values) for key, values in zip(keys, zip(*rows), strict=True)
            }
            del rows
        link_sql = "SELECT event_id, organisation_id FROM event_organisations"
        link_params: list[object] = []
        if event_filter != EventFilter():
            ids_sql, link_params = event_filter.ids_sql()
            link_sql += f" WHERE event_id IN ({ids_sql})"
        columns["lanes_org"], columns["orgs"] = self._organisation_columns(
            np.asarray(columns["ids"], dtype=np.int64), link_sql, link_params)
        return columns

    def _organisation_columns(
        self, ids: np.ndarray, link_sql: str, params: Sequence[object]
    ) -> tuple[list[str | None], list[str]]:
        """Per event (in ``ids`` order): its first organisation name and all joined.

        The links come as two int arrays in one query and are grouped with
        numpy; only events with several organisations cost a Python join.
        """
        n = len(ids)
        lanes = np.full(n, None, dtype=object)
        joined = np.full(n, "", dtype=object)
        link_events, link_orgs = _id_arrays(self.db.conn, link_sql, params, 2)
        # Each link's event as a position in ``ids`` (links of other events dropped).
        link_pos = _positions(link_events, ids)
        keep = link_pos >= 0
        link_pos, link_orgs = link_pos[keep], link_orgs[keep]
        if not len(link_pos):
            return lanes.tolist(), joined.tolist()
        org_ids = np.unique(link_orgs)
        names = dict(self.db.conn.execute(
            "SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(org_ids.tolist())],
        ))
        # Rank the organisations by name: SQLite's BINARY order is code point order.
        by_name = sorted(org_ids.tolist(), key=lambda org_id: names.get(org_id, ""))
        ranked_names = np.array([names.get(org_id, "") for org_id in by_name], dtype=object)
        link_rank = _positions(link_orgs, np.asarray(by_name, dtype=np.int64))
        # Links grouped by event, each event's names in name order.
        order = np.argsort(link_pos * len(by_name) + link_rank)
        ranks = link_rank[order]
        link_names = ranked_names[ranks]
        counts = np.bincount(link_pos, minlength=n)
        first = np.cumsum(counts) - counts
        has = counts > 0
        lanes[has] = link_names[first[has]]
        joined[has] = lanes[has]
        # Two organisations is the common "several": join each distinct pair once.
        pairs = np.flatnonzero(counts == 2)
        if len(pairs):
            codes = ranks[first[pairs]] * len(by_name) + ranks[first[pairs] + 1]
            distinct, which = np.unique(codes, return_inverse=True)
            texts = np.array(
                ["; ".join((ranked_names[c // len(by_name)], ranked_names[c % len(by_name)]))
                 for c in distinct.tolist()], dtype=object)
            joined[pairs] = texts[which]
        more = np.flatnonzero(counts > 2)
        if len(more):
            name_list = link_names.tolist()
            starts = first[more].tolist()
            ends = (first[more] + counts[more]).tolist()
            for i, lo, hi in zip(more.tolist(), starts, ends, strict=True):
                joined[i] = "; ".join(name_list[lo:hi])
        return lanes.tolist(), joined.tolist()

    def documents(self, ids: Sequence[int] | None = None) -> list[dict]:
        """Document rows (without the full text) in id order."""
        sql = ("SELECT id, title, source, path, format, published, published_precision,"
               " imported_at FROM documents")
        rows = self.db.query(sql + " ORDER BY id")
        if ids is None:
            return list(rows)
        # A set lookup rather than "IN (?, ?, …)": exports may name more
        # documents than SQLite allows parameters.
        wanted = set(ids)
        return [row for row in rows if row["id"] in wanted]

    def events(
        self, ids: Sequence[int] | None = None, event_filter: EventFilter | None = None
    ) -> list[dict]:
        """Full event rows with organisation and people names, in time order.

        Either a few ``ids`` (the detail pane, the table's visible rows) or a
        filter (exports), never both.
        """
        if ids is not None:
            # One JSON parameter rather than "IN (?, ?, …)": no limit on how many.
            selected = "SELECT value FROM json_each(?)"
            params: list[object] = [json.dumps([int(i) for i in ids])]
        else:
            where, params = (event_filter or EventFilter()).to_sql()
            selected = f"SELECT e.id FROM events e WHERE {where}"
        rows = list(
            self.db.query(
                f"SELECT e.* FROM events e WHERE e.id IN ({selected})"
                " ORDER BY e.t_start IS NULL, e.t_start, e.id",
                params,
            )
        )
        if not rows:
            return rows
        orgs = self._names_by_event("event_organisations", "organisations", "organisation_id",
                                    selected, params)
        people = self._names_by_event("event_people", "people", "person_id", selected, params)
        for row in rows:
            row["organisations"] = orgs.get(row["id"], [])
            row["people"] = people.get(row["id"], [])
            row["tags"] = json.loads(row.get("tags") or "[]")
            row["field_confidence"] = json.loads(row.get("field_confidence") or "{}")
            row["edited_fields"] = json.loads(row.get("edited_fields") or "[]")
        return rows

    def _names_by_event(self, link: str, table: str, column: str, selected: str,
                        params: Sequence[object]) -> dict[int, list[str]]:
        """Names linked to the events ``selected`` (a SELECT of event ids) picks."""
        result: dict[int, list[str]] = {}
        for event_id, name in self.db.conn.execute(
            f"SELECT l.event_id, t.name FROM {link} l JOIN {table} t ON t.id = l.{column}"
            f" WHERE l.event_id IN ({selected}) ORDER BY t.name",
            params,
        ):
            result.setdefault(event_id, []).append(name)
        return result

    def organisations(self) -> list[dict]:
        """Organisations with their event counts, most events first."""
        return list(
            self.db.query(
                """SELECT o.id, o.name, o.acronym, o.aliases,
                          (SELECT count(*) FROM event_organisations eo
                           WHERE eo.organisation_id = o.id) AS events
                   FROM organisations o ORDER BY events DESC, o.name"""
            )
        )

    def people(self) -> list[dict]:
        """People with their roles and event counts, most events first."""
        return list(
            self.db.query(
                """SELECT p.id, p.name, p.role,
                          (SELECT count(*) FROM event_people ep WHERE ep.person_id = p.id)
                          AS events
                   FROM people p ORDER BY events DESC, p.name"""
            )
        )

    def find_organisation_ids(self, name: str) -> list[int]:
        """Organisations a person may mean by ``name``: name, acronym or alias."""
        key = normalise_name(name)
        canonical = self.aliases().get(key)
        ids = []
        for row in self.db.execute("SELECT id, name, acronym, aliases FROM organisations"):
            names = {normalise_name(row[1])}
            if row[2]:
                names.add(normalise_name(row[2]))
            names.update(normalise_name(a) for a in json.loads(row[3] or "[]"))
            if key in names or (canonical and normalise_name(canonical) in names):
                ids.append(int(row[0]))
        return ids
