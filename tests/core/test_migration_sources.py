"""Schema 5: a version 4 database gains one source per event, and its
per-document reports of one event are joined once, never an edited event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from timeline_app.core import migrations
from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store


def _version_4_database(path: Path) -> None:
    """Three reports of the 10 November 2010 march (one edited by hand), a
    distractor on 24 November by the same union, and an event added by hand."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    migrations.migrate(db, target=4)
    conn.executescript(
        """
        INSERT INTO documents (id, content_hash, title, text, imported_at) VALUES
          (1, 'h1', 'Release', 'NUS march against tuition fees', '2024-01-01T00:00:00'),
          (2, 'h2', 'Article', 'the November fees march in London', '2024-01-02T00:00:00'),
          (3, 'h3', 'Blog', 'the fees march on 10 November', '2024-01-03T00:00:00'),
          (4, 'h4', 'Rent', 'rent strike in the halls', '2024-01-04T00:00:00');
        INSERT INTO events (id, document_id, main, title, kind, start, precision, year,
                            t_start, t_end, evidence, evidence_start, evidence_end,
                            user_edited, edited_fields) VALUES
          (1, 1, 1, 'March against tuition fees', 'protest', '2010-11-10', 'day', 2010,
           14923, 14924, 'NUS march against tuition fees', 0, 30, 0, '[]'),
          (2, 2, 1, 'Fees march in London', 'protest', '2010-11', 'month', 2010,
           14914, 14944, 'the November fees march in London', 0, 33, 0, '[]'),
          (3, 3, 1, 'My day at the fees march', 'protest', '2010-11-10', 'day', 2010,
           14923, 14924, 'the fees march on 10 November', 0, 29, 1, '["title"]'),
          (4, 4, 1, 'Rent strike in the halls', 'protest', '2010-11-24', 'day', 2010,
           14937, 14938, 'rent strike in the halls', 0, 24, 0, '[]'),
          (5, NULL, 0, 'Rally added by hand', 'protest', NULL, 'unknown', NULL, NULL, NULL,
           NULL, NULL, NULL, 1, '["title"]');
        INSERT INTO organisations (id, name, key) VALUES
          (1, 'National Union of Students', 'national union of students');
        INSERT INTO event_organisations (event_id, organisation_id)
          VALUES (1, 1), (2, 1), (3, 1), (4, 1);
        """
    )
    conn.close()


def test_upgrading_joins_reports_of_one_event_and_keeps_edited_ones_apart(tmp_path):
    path = tmp_path / "v4.db"
    _version_4_database(path)
    with Store.open(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        shown = {e["id"]: e for e in store.events(event_filter=EventFilter())}
        # The month-only article joined the release; the edited blog event and
        # the rent strike on another day stayed; the hand-added event has no source.
        assert sorted(shown) == [1, 3, 4, 5]
        assert shown[1]["source_count"] == 2 and shown[1]["start"] == "2010-11-10"
        assert shown[3]["title"] == "My day at the fees march"
        assert shown[5]["source_count"] == 0
        sources = store.event_sources(1)
        assert [(s["document_id"], s["start"]) for s in sources] == [(1, "2010-11-10"),
                                                                     (2, "2010-11")]
        assert sources[0]["source_key"] == "h1:0:30"
        # Every document keeps its own report, hidden behind the event it joined.
        assert store.event_count() == 5


def test_upgrading_from_schema_5_keeps_the_roles_of_a_joined_event(tmp_path):
    """The release's own link was set by hand (a target), the article's report
    named the union as organiser: the joined event keeps both, not "mentioned"."""
    path = tmp_path / "v5.db"
    _version_4_database(path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(sqlite_utils.Database(conn), target=5)
    conn.executescript(
        """
        INSERT INTO organisations (id, name, key) VALUES (2, 'Met Police', 'met police');
        INSERT INTO people (id, name, key) VALUES (1, 'Aaron Porter', 'aaron porter');
        INSERT INTO event_organisations (event_id, organisation_id, role, role_by_user)
          VALUES (1, 2, 'target', 1);
        UPDATE event_organisations SET role = 'organiser' WHERE event_id = 2;
        INSERT INTO event_people (event_id, person_id, role) VALUES (2, 1, 'supporter');
        """
    )
    conn.close()
    with Store.open(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert store.event_row(2)["consolidated_into"] == 1
        roles = {(r["name"], r["role"], r["by_user"]) for r in store.event_link_roles(1)}
        assert roles == {("National Union of Students", "organiser", False),
                         ("Met Police", "target", True),
                         ("Aaron Porter", "supporter", False)}
