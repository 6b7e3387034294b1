"""Schema versions of the Timeline database and the steps between them.

The version lives in ``PRAGMA user_version``. Each step is a function that
takes a database at version N-1 to N; all pending steps run in one exclusive
transaction so a database is never left half-upgraded. A database written by
a newer Timeline (a version above ``SCHEMA_VERSION``) is refused, because
guessing at a schema we do not know could lose the user's edits.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite3

import sqlite_utils

from .consolidation import (
    Candidate, Mention, best_match, content_words, mention_span, mention_words_text,
)
from .consolidation.candidate_index import CandidateIndex
from .source_refresh import refresh_event_from_sources

SCHEMA_VERSION = 6


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


def _fill_source_words(conn: sqlite3.Connection) -> None:
    """Each source's content words, kept so matching never re-reads its sentences."""
    rows = conn.execute(
        """SELECT s.id, s.title, s.evidence,
                  (SELECT json_group_array(o.name) FROM event_organisations l
                    JOIN organisations o ON o.id = l.organisation_id
                    WHERE l.event_id = s.mention_id)
           FROM event_sources s""").fetchall()
    conn.executemany("UPDATE event_sources SET words = ? WHERE id = ?", [
        (mention_words_text(title, evidence, tuple(json.loads(names))), sid)
        for sid, title, evidence, names in rows])


def consolidate_existing(conn: sqlite3.Connection) -> int:
    """Join the stored per-document events that describe the same event, once.

    Events in id (import) order, each against the ones kept before it, by
    the same rules as an import. An event the user edited is never joined
    into another (it may receive sources). A joined event's row stays, as
    the record of what its document said, hidden behind the event it
    joined (``consolidated_into``). Returns how many were joined.
    """
    kept = CandidateIndex()  # by week: each report meets only events near its days
    joined = 0
    rows = conn.execute(
        """SELECT e.id, e.kind, e.start, e."end", e.precision, e.title, e.evidence,
                  e.document_id, e.user_edited,
                  (SELECT json_group_array(organisation_id) FROM event_organisations
                    WHERE event_id = e.id),
                  (SELECT json_group_array(o.name) FROM event_organisations l
                    JOIN organisations o ON o.id = l.organisation_id WHERE l.event_id = e.id)
           FROM events e WHERE e.document_id IS NOT NULL ORDER BY e.id""").fetchall()
    for (event_id, kind, start, end, precision, title, evidence, document_id, edited,
         org_json, names_json) in rows:
        orgs = frozenset(json.loads(org_json or "[]"))
        words = content_words(title, evidence, names=tuple(json.loads(names_json or "[]")))
        t_start, t_end = mention_span(start, end, precision)
        target = None
        if not edited and t_start is not None:
            mention = Mention("", kind, start, precision, t_start, t_end, words, orgs,
                              document_id)
            target = best_match(mention, kept.near(t_start, t_end))
        if target is None:
            kept.put(Candidate(event_id, kind, start, end, precision, words, orgs,
                               frozenset({document_id})))
            continue
        conn.execute("UPDATE event_sources SET event_id = ? WHERE event_id = ?",
                     (target, event_id))
        conn.execute("UPDATE events SET consolidated_into = ? WHERE id = ?", (target, event_id))
        refresh_event_from_sources(conn, target, relink=True)
        old = kept[target]
        now = conn.execute('SELECT kind, start, "end", precision FROM events WHERE id = ?',
                           (target,)).fetchone()
        kept.put(Candidate(target, *now, old.words | words, old.organisation_ids | orgs,
                           old.document_ids | {document_id},
                           source_words=(old.source_words or frozenset({old.words})) | {words}))
        joined += 1
    return joined


# long: one schema step: two tables, four columns, indexes and the backfill read together
def _v6(db: sqlite_utils.Database) -> None:
    """One event, many sources: ``event_sources`` and the user's consolidation decisions.

    Every event of an imported document stays a row (what that document says)
    and also becomes a source row (document, evidence, date as stated). Joined
    reports point at the event shown (``consolidated_into``) and are hidden.
    Shown events gain their source count, which source each field came from
    and whether the sources' dates conflict. ``idx_events_kind_span`` answers
    "events of this kind near this day" and replaces its prefix
    ``idx_events_kind`` (one index write per event; a month-only event two:
    the partial ``idx_events_month``). Sources keep their content words, so
    matching never re-reads sentences. Split/merge/move decisions are keyed by
    document hash and evidence span, so re-importing never undoes them. Last,
    the existing events are consolidated once; edited ones are never joined away.
    """
    _run(
        db,
        """
        CREATE TABLE event_sources (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            mention_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            source_key TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            start TEXT,
            "end" TEXT,
            precision TEXT NOT NULL DEFAULT 'unknown',
            time TEXT,
            evidence TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            confidence REAL NOT NULL DEFAULT 1.0,
            main INTEGER NOT NULL DEFAULT 0,
            organisation_ids TEXT NOT NULL DEFAULT '[]',
            person_ids TEXT NOT NULL DEFAULT '[]',
            added_at TEXT NOT NULL,
            attached TEXT NOT NULL DEFAULT 'import' CHECK (attached IN ('import', 'user')),
            words TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_event_sources_event ON event_sources(event_id);
        CREATE INDEX idx_event_sources_mention ON event_sources(mention_id);
        CREATE INDEX idx_event_sources_document ON event_sources(document_id);
        CREATE INDEX idx_event_sources_key ON event_sources(source_key);
        CREATE TABLE consolidation_decisions (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('split', 'merge', 'move')),
            source_key TEXT NOT NULL,
            other_key TEXT,
            made_at TEXT NOT NULL
        );
        CREATE INDEX idx_decisions_source ON consolidation_decisions(source_key);
        CREATE INDEX idx_decisions_other ON consolidation_decisions(other_key);
        ALTER TABLE events ADD COLUMN consolidated_into INTEGER
            REFERENCES events(id) ON DELETE SET NULL;
        ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN field_sources TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE events ADD COLUMN date_conflict INTEGER NOT NULL DEFAULT 0;
        DROP INDEX idx_events_kind;
        CREATE INDEX idx_events_kind_span ON events(kind, t_start, t_end);
        CREATE INDEX idx_events_month ON events(kind, t_start) WHERE precision = 'month';
        INSERT INTO event_sources (id, event_id, mention_id, document_id, source_key, title,
            kind, start, "end", precision, time, evidence, evidence_start, evidence_end,
            confidence, main, organisation_ids, person_ids, added_at, attached)
        SELECT e.id, e.id, e.id, e.document_id,
            d.content_hash || ':' || coalesce(e.evidence_start, '') || ':'
                || coalesce(e.evidence_end, ''),
            e.title, e.kind, e.start, e."end", e.precision, e.time, e.evidence,
            e.evidence_start, e.evidence_end, e.confidence, e.main,
            (SELECT json_group_array(organisation_id) FROM event_organisations
              WHERE event_id = e.id),
            (SELECT json_group_array(person_id) FROM event_people WHERE event_id = e.id),
            d.imported_at, 'import'
        FROM events e JOIN documents d ON d.id = e.document_id;
        UPDATE events SET source_count = 1,
            field_sources = json_object('date', id, 'kind', id, 'title', id)
        WHERE document_id IS NOT NULL;
        """,
    )
    _fill_source_words(db.conn)
    consolidate_existing(db.conn)

#: Step N takes a database from version N-1 to N.
STEPS: dict[int, Callable[[sqlite_utils.Database], None]] = {
    1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5, 6: _v6,
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
