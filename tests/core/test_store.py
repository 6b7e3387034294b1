"""The store: opening files safely, migrations, whole-document writes, FTS."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from timeline_app.core import migrations
from timeline_app.core.errors import StoreError
from timeline_app.core.filters import EventFilter
from timeline_app.core.models import (
    EntityKind,
    ExtractedEvent,
    ExtractedOrganisation,
    ExtractedPerson,
    Extraction,
    ReadDocument,
)
from timeline_app.core.store import Store


def _event(title: str, start: str | None, precision: str = "day", **kw) -> ExtractedEvent:
    return ExtractedEvent(
        title=title, kind=kw.pop("kind", "walkout"), start=start, precision=precision,
        evidence=title, evidence_start=0, evidence_end=len(title), **kw,
    )


def _add(store: Store, text: str, extraction: Extraction) -> int:
    read = ReadDocument(text=text, format="txt")
    digest = hashlib.sha256(text.encode()).hexdigest()
    return store.add_document(read, extraction, path=f"/tmp/{digest[:8]}.txt", content_hash=digest)[0]


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_current_schema_in_wal_mode(tmp_path):
    with Store.open(tmp_path / "t.db") as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.is_empty()


def test_a_file_that_is_not_sqlite_is_refused_with_a_message_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 10)
    before = _file_digest(path)
    with pytest.raises(StoreError, match="not a Timeline database"):
        Store.open(path)
    assert _file_digest(path) == before


def test_another_programs_sqlite_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = _file_digest(path)
    with pytest.raises(StoreError, match="not a Timeline database"):
        Store.open(path)
    assert _file_digest(path) == before


def test_a_database_from_a_newer_timeline_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _file_digest(path)
    with pytest.raises(StoreError, match="newer version of Timeline"):
        Store.open(path)
    assert _file_digest(path) == before


def test_a_folder_given_as_database_gets_a_message(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_version_1_database_migrates_to_current_keeping_its_data(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migrations.migrate(db, target=1)
    assert migrations.user_version(db) == 1
    db.execute(
        "INSERT INTO documents (content_hash, title, text, imported_at) VALUES"
        " ('h1', 'Walkout', 'Students walk out today', '2024-01-01T00:00:00')"
    )
    db.execute(
        "INSERT INTO events (document_id, main, title, kind, start, precision, year)"
        " VALUES (1, 1, 'Walkout', 'walkout', '2015-11-17', 'day', 2015)"
    )
    conn.close()

    with Store.open(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        event = store.events()[0]
        assert event["title"] == "Walkout"
        assert event["note"] == "" and event["tags"] == [] and event["edited_fields"] == []
        assert store.aliases() == {}
        # FTS made in version 1 still finds the old document.
        assert store.matching_event_ids(EventFilter(text="students")) == [event["id"]]


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migrations.migrate(db, target=1)

    def broken(db):
        db.conn.execute("ALTER TABLE events ADD COLUMN half_done TEXT")
        raise RuntimeError("disk pulled out mid-upgrade")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    with pytest.raises(RuntimeError):
        migrations.migrate(db)
    assert migrations.user_version(db) == 1
    columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    assert "half_done" not in columns
    conn.close()


def test_document_and_its_events_are_written_together(fresh_store):
    extraction = Extraction(
        published="2017-02-07", published_precision="day", title="NUS walkout",
        events=(
            _event("Walkout", "2017-02-20", main=True, organisations=("NUS",), people=("Mostafa Rajaai",)),
            _event("Executive order", "2017-01", "month", kind="other"),
        ),
        organisations=(ExtractedOrganisation("NUS"),),
        people=(ExtractedPerson("Mostafa Rajaai", "NUS international students' officer"),),
    )
    doc_id = _add(fresh_store, "The NUS is calling on students to walk out.", extraction)
    events = fresh_store.events()
    assert [e["title"] for e in events] == ["Executive order", "Walkout"]
    assert all(e["document_id"] == doc_id for e in events)
    walkout = events[1]
    assert walkout["organisations"] == ["NUS"] and walkout["people"] == ["Mostafa Rajaai"]
    assert walkout["year"] == 2017 and walkout["t_end"] - walkout["t_start"] == 1
    month = events[0]
    assert month["t_end"] - month["t_start"] == 31  # January covers the whole month


def test_a_failure_mid_document_leaves_no_part_of_it(fresh_store, monkeypatch):
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("One", "2015"), _event("Two", "2016")),
    )
    original = fresh_store._link
    calls = {"n": 0}

    def failing_link(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 3:
            raise sqlite3.OperationalError("simulated crash")
        return original(*args, **kwargs)

    monkeypatch.setattr(fresh_store, "_link", failing_link)
    with pytest.raises(sqlite3.OperationalError):
        _add(fresh_store, "Some text", extraction)
    assert fresh_store.document_count() == 0
    assert fresh_store.event_count() == 0


def test_acronym_mentions_merge_into_the_organisation_that_defined_it(fresh_store):
    first = Extraction(
        published=None, published_precision="unknown",
        events=(_event("A", "2015", organisations=("NUS",)),),
        organisations=(ExtractedOrganisation("NUS"),),
    )
    second = Extraction(
        published=None, published_precision="unknown",
        events=(_event("B", "2016", organisations=("National Union of Students",)),),
        organisations=(ExtractedOrganisation("National Union of Students", "NUS"),),
    )
    third = Extraction(
        published=None, published_precision="unknown",
        events=(_event("C", "2017", organisations=("NUS",)),),
        organisations=(ExtractedOrganisation("NUS"),),
    )
    for i, extraction in enumerate((first, second, third)):
        _add(fresh_store, f"document {i}", extraction)
    orgs = fresh_store.organisations()
    assert [(o["name"], o["acronym"], o["events"]) for o in orgs] == [
        ("National Union of Students", "NUS", 3)
    ]


def test_a_students_union_is_never_merged_into_its_university(fresh_store):
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("Campaign", "2016", organisations=(
            "University of Sheffield's Students' Union", "University of Sheffield")),),
        organisations=(
            ExtractedOrganisation("University of Sheffield's Students' Union"),
            ExtractedOrganisation("University of Sheffield"),
        ),
    )
    _add(fresh_store, "We Are International", extraction)
    names = sorted(o["name"] for o in fresh_store.organisations())
    assert names == ["University of Sheffield", "University of Sheffield's Students' Union"]


def test_user_aliases_map_future_imports_to_the_chosen_name(fresh_store):
    fresh_store.set_alias("NUS", "National Union of Students")
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("A", "2015", organisations=("NUS",)),),
        organisations=(ExtractedOrganisation("NUS"),),
    )
    _add(fresh_store, "text", extraction)
    assert [o["name"] for o in fresh_store.organisations()] == ["National Union of Students"]


def test_undated_events_have_no_span_and_match_no_year(fresh_store):
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("Open letter", "2022", "unknown", kind="letter", main=True),),
    )
    _add(fresh_store, "An open letter", extraction)
    event = fresh_store.events()[0]
    assert event["t_start"] is None and event["start"] == "2022"
    assert fresh_store.matching_event_ids(EventFilter(year_from=2022, year_to=2022)) == []
    assert fresh_store.matching_event_ids(EventFilter(hide_undated=True)) == []


@pytest.mark.parametrize(
    "typed",
    ['"', "*", "AND", "OR (", "((", 'walk" NEAR', "NOT", "-", "^", "col:umn", "a AND OR b", "'"],
)
def test_anything_a_person_types_in_search_is_safe(fresh_store, typed):
    extraction = Extraction(
        published=None, published_precision="unknown", events=(_event("Walkout", "2015"),)
    )
    _add(fresh_store, "students walk out in solidarity", extraction)
    fresh_store.matching_event_ids(EventFilter(text=typed))  # must not raise


def test_search_finds_words_and_phrases_in_document_text(fresh_store):
    extraction = Extraction(
        published=None, published_precision="unknown", events=(_event("Walkout", "2015"),)
    )
    _add(fresh_store, "students walk out in solidarity with migrants", extraction)
    (event_id,) = fresh_store.matching_event_ids()
    assert fresh_store.matching_event_ids(EventFilter(text="solidarity migrants")) == [event_id]
    assert fresh_store.matching_event_ids(EventFilter(text='"walk out"')) == [event_id]
    assert fresh_store.matching_event_ids(EventFilter(text="solid")) == [event_id]  # while typing
    assert fresh_store.matching_event_ids(EventFilter(text='"out walk"')) == []
    assert fresh_store.matching_event_ids(EventFilter(text="strike")) == []


def test_filter_groups_combine_and_describe_themselves(fresh_store):
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("Walkout", "2015-11-17"), _event("Campaign", "2016", "year", kind="campaign")),
    )
    _add(fresh_store, "text", extraction)
    f = EventFilter(kinds=("campaign",), year_from=2016, year_to=2016, text="text")
    assert len(fresh_store.matching_event_ids(f)) == 1
    assert f.active_count == 3
    assert f.describe() == "2016–2016 · kind: campaign · text: “text”"
    assert fresh_store.matching_event_ids(f.with_changes(kinds=("walkout",))) == []


def _org_event(title: str, *orgs: str) -> Extraction:
    return Extraction(
        published=None, published_precision="unknown",
        events=(_event(title, "2016", organisations=orgs),),
        organisations=tuple(ExtractedOrganisation(o) for o in orgs),
    )


def _organisations_of(store: Store, title: str) -> list[str]:
    return next(e["organisations"] for e in store.events() if e["title"] == title)


def test_a_merge_made_in_the_window_during_an_import_applies_to_the_next_document(tmp_path):
    from timeline_app.core import editing

    path = tmp_path / "t.db"
    with Store.open(path) as importer, Store.open(path) as window:
        _add(importer, "first", _org_event("A", "National Union of Students", "NUS UK"))
        keep = window.find_organisation_ids("National Union of Students")[0]
        gone = window.find_organisation_ids("NUS UK")[0]
        # on the other connection
        editing.merge_entities(window, EntityKind.ORGANISATION, keep, gone)
        _add(importer, "second", _org_event("B", "NUS UK"))
        assert _organisations_of(importer, "B") == ["National Union of Students"]
        assert [o["name"] for o in importer.organisations()] == ["National Union of Students"]


def test_a_rename_on_the_same_connection_between_documents_is_seen_by_the_next(fresh_store):
    from timeline_app.core import editing

    _add(fresh_store, "first", _org_event("A", "Sheffield SU"))
    org_id = fresh_store.find_organisation_ids("Sheffield SU")[0]
    editing.rename_entity(
        fresh_store, EntityKind.ORGANISATION, org_id, "Sheffield Students' Union")
    _add(fresh_store, "second", _org_event("B", "Sheffield Students' Union"))
    _add(fresh_store, "third", _org_event("C", "Sheffield SU"))  # the old name is now an alias
    assert [o["name"] for o in fresh_store.organisations()] == ["Sheffield Students' Union"]
    assert _organisations_of(fresh_store, "C") == ["Sheffield Students' Union"]


def test_an_organisation_created_by_a_failed_document_is_not_reused_afterwards(
    fresh_store, monkeypatch
):
    original = fresh_store._link

    def fail_on_event_links(table, *args):
        if table == "event_organisations":
            raise sqlite3.OperationalError("simulated crash")
        return original(table, *args)

    monkeypatch.setattr(fresh_store, "_link", fail_on_event_links)
    with pytest.raises(sqlite3.OperationalError):
        _add(fresh_store, "first", _org_event("A", "Renters Union"))
    monkeypatch.undo()
    assert fresh_store.db.execute("SELECT count(*) FROM organisations").fetchone()[0] == 0
    _add(fresh_store, "second", _org_event("B", "Renters Union"))
    assert _organisations_of(fresh_store, "B") == ["Renters Union"]


def test_unordered_ids_are_the_same_events_in_id_order(fresh_store):
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("Late", "2019"), _event("Early", "2001"), _event("Undated", None, "unknown"),
                _event("Middle", "2010")),
    )
    _add(fresh_store, "text", extraction)
    ordered = fresh_store.matching_event_ids()
    assert [e["title"] for e in fresh_store.events(ids=ordered)] == [
        "Early", "Middle", "Late", "Undated"]
    assert fresh_store.matching_event_id_array(EventFilter()).tolist() == sorted(ordered)


def test_timeline_columns_name_each_events_organisations_in_name_order(fresh_store):
    extraction = Extraction(
        published=None, published_precision="unknown",
        events=(_event("Both", "2015", organisations=("Zeta Union", "Alpha Collective")),
                _event("One", "2016", organisations=("Zeta Union",)),
                _event("None", "2017")),
        organisations=(ExtractedOrganisation("Zeta Union"),
                       ExtractedOrganisation("Alpha Collective")),
    )
    _add(fresh_store, "text", extraction)
    columns = fresh_store.timeline_columns()
    assert columns["titles"] == ["Both", "One", "None"]
    assert columns["orgs"] == ["Alpha Collective; Zeta Union", "Zeta Union", ""]
    assert columns["lanes_org"] == ["Alpha Collective", "Zeta Union", None]
    zeta = tuple(fresh_store.find_organisation_ids("Zeta Union"))
    only_zeta = fresh_store.timeline_columns(EventFilter(organisation_ids=zeta))
    assert only_zeta["titles"] == ["Both", "One"]
    assert only_zeta["orgs"] == ["Alpha Collective; Zeta Union", "Zeta Union"]


def _make_unwritable(path: Path) -> None:
    """Unwritable even for root: `chattr +i` (root ignores file modes)."""
    import os
    import subprocess

    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    assert done.returncode == 0, "cannot make a read-only file here (need chattr as root)"


def _make_writable(path: Path) -> None:
    import os
    import subprocess

    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    else:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_database_file_is_refused_when_opened_for_writing(tmp_path):
    path = tmp_path / "t.db"
    Store.open(path).close()
    before = _file_digest(path)
    _make_unwritable(path)
    try:
        with pytest.raises(StoreError, match="read-only: Timeline cannot write to it"):
            Store.open(path)
        with Store.open(path, readonly=True) as store:  # reading it is still fine
            assert store.is_empty()
    finally:
        _make_writable(path)
    assert _file_digest(path) == before


def test_a_database_in_a_read_only_folder_is_refused_with_the_folder_named(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    _make_unwritable(folder)
    try:
        with pytest.raises(StoreError, match="folder .*shared is read-only"):
            Store.open(folder / "new.db")
    finally:
        _make_writable(folder)


def test_every_filter_finds_the_same_events_whether_ordered_or_not(fresh_store):
    first = Extraction(
        published=None, published_precision="unknown",
        events=(_event("Walkout", "2015-11-17", organisations=("NUS", "UCU"),
                       people=("Amira Begum",)),
                _event("Ballot", "2016", "year", kind="vote", organisations=("UCU",)),
                _event("Letter", None, "unknown", kind="letter", organisations=("NUS",))),
        organisations=(ExtractedOrganisation("NUS"), ExtractedOrganisation("UCU")),
        people=(ExtractedPerson("Amira Begum"),),
    )
    _add(fresh_store, "students walk out in solidarity", first)
    nus, ucu = (fresh_store.find_organisation_ids(n)[0] for n in ("NUS", "UCU"))
    person = fresh_store.db.execute("SELECT id FROM people").fetchone()[0]
    filters = [
        EventFilter(organisation_ids=(nus,)), EventFilter(organisation_ids=(nus, ucu)),
        EventFilter(person_ids=(person,)), EventFilter(organisation_ids=(ucu,), year_from=2016),
        EventFilter(organisation_ids=(nus,), hide_undated=True),
        EventFilter(text="ballot"), EventFilter(text="solidarity", kinds=("vote",)),
    ]
    expected = [{"Letter", "Walkout"}, {"Walkout", "Ballot", "Letter"}, {"Walkout"}, {"Ballot"},
                {"Walkout"}, {"Ballot"}, {"Ballot"}]
    for event_filter, titles in zip(filters, expected, strict=True):
        ordered = fresh_store.matching_event_ids(event_filter)
        assert {e["title"] for e in fresh_store.events(ids=ordered)} == titles, event_filter
        assert fresh_store.matching_event_id_array(event_filter).tolist() == sorted(ordered)
