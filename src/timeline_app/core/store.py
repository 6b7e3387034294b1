"""The Timeline database: opening it safely and writing imported documents.

One ``Store`` wraps one SQLite connection (sqlite-utils on top). Writers and
readers on other threads open their own ``Store`` on the same file; WAL mode
lets the window read while an import writes. Every imported document, with
all that was extracted from it, is written in one transaction, so a crash
leaves whole documents only.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from .errors import StoreError
from .filters import EventFilter
from .migrations import SCHEMA_VERSION, migrate, user_version
from .models import Extraction, ExtractedOrganisation, ExtractedPerson, ReadDocument
from .partial_dates import event_span, year_of

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 30_000
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


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


class Store:
    """A Timeline database. Use ``Store.open(path)``; close it when done."""

    def __init__(self, db: sqlite_utils.Database, path: str, readonly: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly

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
            # Recommended with WAL: durable at commit of each document, cheaper fsyncs.
            conn.execute("PRAGMA synchronous = NORMAL")
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
        row = self.db.execute(
            "SELECT id FROM documents WHERE content_hash = ?", [content_hash]
        ).fetchone()
        return int(row[0]) if row else None

    # -------------------------------------------------------------- aliases
    def aliases(self) -> dict[str, str]:
        """The user's alias list as extraction wants it: alias -> canonical."""
        return {
            row[0]: row[1] for row in self.db.execute("SELECT alias, canonical FROM aliases")
        }

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
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO documents (content_hash, title, source, path, format, published,
                       published_precision, text, imported_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    content_hash,
                    extraction.title or read.title,
                    extraction.source or read.source,
                    path,
                    read.format,
                    extraction.published,
                    extraction.published_precision if extraction.published else "unknown",
                    read.text,
                    _now(),
                ],
            )
            document_id = int(cursor.lastrowid)
            org_ids = {
                org.name: self._organisation_id(org) for org in extraction.organisations
            }
            person_ids = {person.name: self._person_id(person) for person in extraction.people}
            self._link("document_organisations", "document_id", "organisation_id",
                       document_id, set(org_ids.values()))
            self._link("document_people", "document_id", "person_id",
                       document_id, set(person_ids.values()))
            for event in extraction.events:
                t_start, t_end = event_span(event.start, event.end, event.precision)
                year = year_of(event.start)
                if event.precision == "unknown":
                    # "Not before 2022" is a bound, not a date: the event goes
                    # on the Undated shelf and matches no year range.
                    t_start = t_end = year = None
                cursor = self.db.execute(
                    """INSERT INTO events (document_id, main, title, kind, start, "end", precision,
                           time, t_start, t_end, year, evidence, evidence_start, evidence_end,
                           confidence, field_confidence)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [
                        document_id,
                        int(event.main),
                        event.title,
                        event.kind,
                        event.start,
                        event.end,
                        event.precision,
                        event.time,
                        t_start,
                        t_end,
                        year,
                        event.evidence,
                        event.evidence_start,
                        event.evidence_end,
                        event.confidence,
                        json.dumps(event.field_confidence, sort_keys=True),
                    ],
                )
                event_id = int(cursor.lastrowid)
                self._link("event_organisations", "event_id", "organisation_id", event_id,
                           {org_ids[n] if n in org_ids else self._organisation_id(
                               ExtractedOrganisation(n)) for n in event.organisations})
                self._link("event_people", "event_id", "person_id", event_id,
                           {person_ids[n] if n in person_ids else self._person_id(
                               ExtractedPerson(n)) for n in event.people})
        return document_id, len(extraction.events)

    def _link(self, table: str, left: str, right: str, left_id: int, right_ids: Iterable[int]) -> None:
        self.db.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({left}, {right}) VALUES (?, ?)",
            [(left_id, rid) for rid in right_ids],
        )

    def _organisation_id(self, org: ExtractedOrganisation) -> int:
        """Find or create the one record for ``org``.

        Merges only on exact evidence: the same normalised name, a user
        alias, or an acronym-only mention of an organisation whose acronym is
        known. Never on similarity, which would fold a students' union into
        its university; two different names sharing an acronym stay apart.
        """
        name = self.aliases().get(normalise_name(org.name), org.name)
        key = normalise_name(name)
        acronym = org.acronym
        row = self.db.execute(
            "SELECT id, name, acronym, aliases FROM organisations WHERE key = ?", [key]
        ).fetchone()
        if row is None:
            # "NUS" alone: the organisation that defined NUS as its acronym.
            row = self.db.execute(
                "SELECT id, name, acronym, aliases FROM organisations"
                " WHERE acronym = ? ORDER BY id LIMIT 1",
                [name],
            ).fetchone()
        if row is None and acronym:
            # A full name arriving for an organisation stored as its acronym only.
            row = self.db.execute(
                "SELECT id, name, acronym, aliases FROM organisations WHERE key = ?",
                [normalise_name(acronym)],
            ).fetchone()
        if row is None:
            cursor = self.db.execute(
                "INSERT INTO organisations (name, key, acronym, aliases) VALUES (?, ?, ?, ?)",
                [name, key, acronym, json.dumps(sorted(set(org.aliases) - {name}))],
            )
            return int(cursor.lastrowid)
        org_id, stored_name, stored_acronym, stored_aliases = row
        known = set(json.loads(stored_aliases or "[]")) | set(org.aliases)
        new_name = stored_name
        if acronym and normalise_name(stored_name) == normalise_name(acronym) and name != acronym:
            new_name = name  # the acronym-only record learns its full name
        known.add(name)
        known.add(stored_name)
        known.discard(new_name)
        self.db.execute(
            "UPDATE organisations SET name = ?, key = ?, acronym = coalesce(acronym, ?),"
            " aliases = ? WHERE id = ?",
            [new_name, normalise_name(new_name), acronym, json.dumps(sorted(known)), org_id],
        )
        return int(org_id)

    def _person_id(self, person: ExtractedPerson) -> int:
        name = self.aliases().get(normalise_name(person.name), person.name)
        key = normalise_name(name)
        row = self.db.execute("SELECT id, role FROM people WHERE key = ?", [key]).fetchone()
        if row is None:
            cursor = self.db.execute(
                "INSERT INTO people (name, key, role) VALUES (?, ?, ?)", [name, key, person.role]
            )
            return int(cursor.lastrowid)
        if person.role and not row[1]:
            self.db.execute("UPDATE people SET role = ? WHERE id = ?", [person.role, row[0]])
        return int(row[0])

    # ------------------------------------------------------------- reading
    def matching_event_ids(self, event_filter: EventFilter | None = None) -> list[int]:
        """Ids of events passing ``event_filter``, in time order (undated last)."""
        where, params = (event_filter or EventFilter()).to_sql()
        rows = self.db.execute(
            f"SELECT e.id FROM events e WHERE {where}"
            " ORDER BY e.t_start IS NULL, e.t_start, e.id",
            params,
        )
        return [row[0] for row in rows]

    def timeline_columns(self, event_filter: EventFilter | None = None) -> dict[str, list]:
        """Columns for the canvas: one list per field, aligned by event.

        Keys: ids, titles, kinds, starts, ends, precisions, lanes_org, orgs.
        """
        where, params = (event_filter or EventFilter()).to_sql()
        rows = self.db.execute(
            f"""SELECT e.id, e.title, e.kind, e.t_start, e.t_end, e.precision,
                       (SELECT group_concat(name, '; ') FROM (
                            SELECT o.name FROM event_organisations eo
                            JOIN organisations o ON o.id = eo.organisation_id
                            WHERE eo.event_id = e.id ORDER BY o.name))
                FROM events e WHERE {where}
                ORDER BY e.t_start IS NULL, e.t_start, e.id""",
            params,
        ).fetchall()
        columns: dict[str, list] = {
            key: [] for key in ("ids", "titles", "kinds", "starts", "ends", "precisions",
                                "lanes_org", "orgs")
        }
        for row in rows:
            orgs = row[6] or ""
            columns["ids"].append(row[0])
            columns["titles"].append(row[1])
            columns["kinds"].append(row[2])
            columns["starts"].append(row[3])
            columns["ends"].append(row[4])
            columns["precisions"].append(row[5])
            columns["lanes_org"].append(orgs.split("; ")[0] if orgs else None)
            columns["orgs"].append(orgs)
        return columns

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
        where, params = (event_filter or EventFilter()).to_sql()
        if ids is not None:
            where = f"e.id IN ({','.join('?' * len(ids))})"
            params = list(ids)
        rows = list(
            self.db.query(
                f"SELECT e.* FROM events e WHERE {where}"
                " ORDER BY e.t_start IS NULL, e.t_start, e.id",
                params,
            )
        )
        if not rows:
            return rows
        orgs = self._names_by_event("event_organisations", "organisations", "organisation_id")
        people = self._names_by_event("event_people", "people", "person_id")
        for row in rows:
            row["organisations"] = orgs.get(row["id"], [])
            row["people"] = people.get(row["id"], [])
            row["tags"] = json.loads(row.get("tags") or "[]")
            row["field_confidence"] = json.loads(row.get("field_confidence") or "{}")
            row["edited_fields"] = json.loads(row.get("edited_fields") or "[]")
        return rows

    def _names_by_event(self, link: str, table: str, column: str) -> dict[int, list[str]]:
        result: dict[int, list[str]] = {}
        for event_id, name in self.db.execute(
            f"SELECT l.event_id, t.name FROM {link} l JOIN {table} t ON t.id = l.{column}"
            " ORDER BY t.name"
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
