"""Schema versions of the Timeline database and the steps between them.

The version lives in ``PRAGMA user_version``. Each step is a function that
takes a database at version N-1 to N; all pending steps run in one exclusive
transaction so a database is never left half-upgraded. A database written by
a newer Timeline (a version above ``SCHEMA_VERSION``) is refused, because
guessing at a schema we do not know could lose the user's edits.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite3

import sqlite_utils

SCHEMA_VERSION = 5


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Execute a script statement by statement.

    ``executescript`` would COMMIT first and break the one-transaction
    promise of ``migrate``, so statements are split and run one at a time.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")


# long: the first schema, one statement per table
def _v1(db: sqlite_utils.Database) -> None:
    """The first schema: documents, events, organisations, people and links."""
    _run(
        db,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            source TEXT,
            path TEXT,
            format TEXT,
            published TEXT,
            published_precision TEXT NOT NULL DEFAULT 'unknown',
            text TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            main INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            start TEXT,
            "end" TEXT,
            precision TEXT NOT NULL DEFAULT 'unknown',
            time TEXT,
            t_start REAL,
            t_end REAL,
            year INTEGER,
            evidence TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            confidence REAL NOT NULL DEFAULT 1.0,
            field_confidence TEXT NOT NULL DEFAULT '{}',
            user_edited INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX idx_events_t_start ON events(t_start);
        CREATE INDEX idx_events_year ON events(year);
        CREATE INDEX idx_events_kind ON events(kind);
        CREATE INDEX idx_events_document ON events(document_id);
        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            acronym TEXT,
            aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX idx_organisations_acronym ON organisations(acronym);
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            role TEXT
        );
        CREATE TABLE event_organisations (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, organisation_id)
        );
        CREATE INDEX idx_event_organisations_org ON event_organisations(organisation_id);
        CREATE TABLE event_people (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, person_id)
        );
        CREATE INDEX idx_event_people_person ON event_people(person_id);
        CREATE TABLE document_organisations (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            PRIMARY KEY (document_id, organisation_id)
        );
        CREATE TABLE document_people (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (document_id, person_id)
        );
        """
    )
    # The same external-content FTS5 table and triggers that sqlite-utils'
    # enable_fts() makes, written out so they run inside the migration's
    # transaction; `sqlite-utils search` and Datasette detect it by this form.
    _run(
        db,
        """
        CREATE VIRTUAL TABLE "documents_fts" USING FTS5 (
            "title", "text",
            content="documents"
        );
        CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents" BEGIN
          INSERT INTO "documents_fts" (rowid, "title", "text")
          VALUES (new.rowid, new."title", new."text");
        END;
        CREATE TRIGGER "documents_ad" AFTER DELETE ON "documents" BEGIN
          INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text")
          VALUES ('delete', old.rowid, old."title", old."text");
        END;
        CREATE TRIGGER "documents_au" AFTER UPDATE ON "documents" BEGIN
          INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text")
          VALUES ('delete', old.rowid, old."title", old."text");
          INSERT INTO "documents_fts" (rowid, "title", "text")
          VALUES (new.rowid, new."title", new."text");
        END;
        """,
    )


def _v2(db: sqlite_utils.Database) -> None:
    """Notes, tags and per-field edit marks on events; the user's alias list."""
    _run(
        db,
        """
        ALTER TABLE events ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE events ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '[]';
        CREATE TABLE aliases (
            alias TEXT NOT NULL,
            entity TEXT NOT NULL CHECK (entity IN ('organisation', 'person')),
            canonical TEXT NOT NULL,
            PRIMARY KEY (alias, entity)
        );
        """
    )


# long: one schema step: its tables, triggers and indexes read together
def _v3(db: sqlite_utils.Database) -> None:
    """Search over event titles and notes; cheaper writes; indexes that answer filters.

    ``events_fts`` has the same external-content shape as ``documents_fts``
    (so `sqlite-utils search` finds it) and is filled from the existing
    rows here. Its update trigger fires only when a title or note changes,
    so editing a date or kind leaves the index alone; ``columnsize=0``
    because nothing ranks events by length.

    The four link tables become WITHOUT ROWID tables keyed by their pair,
    so every imported document writes one b-tree less per link table. The
    event links get the reverse (entity, event) index that answers "the
    events of this organisation" from the index alone. The document links
    get none: only a rare merge of two organisations reads them that way,
    and such an index costs about two page writes per imported document.
    ``idx_events_t_start`` goes: no query can use it (the time order puts
    undated events last, an expression it does not hold) and it cost a
    page write per imported event.
    """
    _run(
        db,
        """
        CREATE VIRTUAL TABLE "events_fts" USING FTS5 (
            "title", "note",
            content="events",
            columnsize=0
        );
        INSERT INTO "events_fts" ("events_fts") VALUES ('rebuild');
        CREATE TRIGGER "events_ai" AFTER INSERT ON "events" BEGIN
          INSERT INTO "events_fts" (rowid, "title", "note")
          VALUES (new.rowid, new."title", new."note");
        END;
        CREATE TRIGGER "events_ad" AFTER DELETE ON "events" BEGIN
          INSERT INTO "events_fts" ("events_fts", rowid, "title", "note")
          VALUES ('delete', old.rowid, old."title", old."note");
        END;
        CREATE TRIGGER "events_au" AFTER UPDATE OF "title", "note" ON "events" BEGIN
          INSERT INTO "events_fts" ("events_fts", rowid, "title", "note")
          VALUES ('delete', old.rowid, old."title", old."note");
          INSERT INTO "events_fts" (rowid, "title", "note")
          VALUES (new.rowid, new."title", new."note");
        END;
        DROP INDEX idx_events_t_start;
        """,
    )
    links = {  # table: (left column, its table, right column, its table, reverse index?)
        "event_organisations": ("event_id", "events", "organisation_id", "organisations", True),
        "event_people": ("event_id", "events", "person_id", "people", True),
        "document_organisations": ("document_id", "documents", "organisation_id",
                                   "organisations", False),
        "document_people": ("document_id", "documents", "person_id", "people", False),
    }
    for table, (left, left_table, right, right_table, reverse) in links.items():
        _run(
            db,
            f"""
            CREATE TABLE {table}_v3 (
                {left} INTEGER NOT NULL REFERENCES {left_table}(id) ON DELETE CASCADE,
                {right} INTEGER NOT NULL REFERENCES {right_table}(id) ON DELETE CASCADE,
                PRIMARY KEY ({left}, {right})
            ) WITHOUT ROWID;
            INSERT INTO {table}_v3 ({left}, {right}) SELECT {left}, {right} FROM {table};
            DROP TABLE {table};
            ALTER TABLE {table}_v3 RENAME TO {table};
            """,
        )
        if reverse:
            _run(db, f"CREATE INDEX idx_{table}_{right}_{left} ON {table}({right}, {left});")


def _v4(db: sqlite_utils.Database) -> None:
    """An index that finds an event without a document by its title and kind.

    Importing a collection skips each document-less ("loose") event that is
    already stored, so the same file imported twice adds nothing. With only
    the kind index that check read every loose event of the kind, and a
    collection of 40,000 such events took minutes holding the write lock.
    Partial (``WHERE document_id IS NULL``): the events of imported
    documents, nearly all of them, cost no index write at all.
    """
    _run(
        db,
        """
        CREATE INDEX idx_events_loose ON events(title, kind) WHERE document_id IS NULL;
        """,
    )


def _v5(db: sqlite_utils.Database) -> None:
    """The role each organisation and person plays in an event, and whether the user set it.

    Links made before roles were read stay ``mentioned`` (the text named
    them; nothing more is known). ``role_by_user`` marks a role the user
    chose, which re-import and re-extraction leave alone.
    """
    for table in ("event_organisations", "event_people"):
        _run(
            db,
            f"""
            ALTER TABLE {table} ADD COLUMN role TEXT NOT NULL DEFAULT 'mentioned'
                CHECK (role IN ('organiser', 'supporter', 'target', 'mentioned'));
            ALTER TABLE {table} ADD COLUMN role_by_user INTEGER NOT NULL DEFAULT 0;
            """,
        )


#: Step N takes a database from version N-1 to N.
STEPS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5,
}


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> list[int]:
    """Bring ``db`` up to ``target``; returns the versions applied.

    Runs in one transaction: if any step fails the database stays exactly
    as it was.
    """
    current = user_version(db)
    pending = [v for v in sorted(STEPS) if current < v <= target]
    if not pending:
        return []
    db.conn.execute("BEGIN EXCLUSIVE")
    try:
        for version in pending:
            STEPS[version](db)
            db.conn.execute(f"PRAGMA user_version = {version:d}")
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    return pending
