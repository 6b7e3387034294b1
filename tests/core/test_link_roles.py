"""Roles on event links: stored at import, upgraded from older databases,
exported, read back from a collection, and set by the user undoably."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from timeline_app.core import editing, migrations
from timeline_app.core.collection import import_collection_file
from timeline_app.core.export.json_export import write_json
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

PRESS_RELEASE = (
    "Tenants occupy council offices over rents\n\n"
    "Published 3 March 2021\n\n"
    "Tenants began an occupation on 4 March 2021 in an action organised by Fair Rent Now "
    "against Greyfield Council. The Marsh Lane Union backed the occupation.\n"
)


def _old_database(path: Path, version: int) -> None:
    """A database as Timeline wrote it at ``version``: one event with two links."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(sqlite_utils.Database(conn), target=version)
    conn.executescript(
        """
        INSERT INTO events (id, title, kind, precision) VALUES (1, 'Rally', 'protest', 'unknown');
        INSERT INTO organisations (id, name, key) VALUES (1, 'Fair Rent Now', 'fair rent now');
        INSERT INTO people (id, name, key) VALUES (1, 'Ann Cole', 'ann cole');
        INSERT INTO event_organisations (event_id, organisation_id) VALUES (1, 1);
        INSERT INTO event_people (event_id, person_id) VALUES (1, 1);
        """
    )
    conn.close()


@pytest.mark.parametrize("version", [3, 4])
def test_links_from_an_older_database_open_as_mentioned_and_can_be_given_a_role(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    _old_database(path, version)
    with Store.open(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert [(r["name"], r["role"], r["by_user"]) for r in store.event_link_roles(1)] == [
            ("Fair Rent Now", "mentioned", False), ("Ann Cole", "mentioned", False)]
        editing.set_link_role(store, "organisation", 1, 1, "organiser")
        assert store.link_role("organisation", 1, 1) == ("organiser", True)


def _import(store: Store, tmp_path: Path) -> int:
    source = tmp_path / "release.txt"
    source.write_text(PRESS_RELEASE, encoding="utf-8")
    import_paths(store, [source])
    return next(e["id"] for e in store.events() if e["main"])


def _roles(store: Store, event_id: int) -> dict[str, str]:
    return {r["name"]: r["role"] for r in store.event_link_roles(event_id)}


def test_an_import_stores_who_organised_who_backed_and_who_was_targeted(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    assert _roles(fresh_store, main) == {"Fair Rent Now": "organiser", "Greyfield Council": "target",
                                         "Marsh Lane Union": "supporter"}


def test_the_json_export_lists_roles_and_a_collection_import_reads_them_back(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    council = next(r["id"] for r in fresh_store.event_link_roles(main) if r["name"] == "Greyfield Council")
    editing.set_link_role(fresh_store, "organisation", main, council, "supporter")
    out = io.BytesIO()
    write_json(fresh_store, EventFilter(), out)
    data = json.loads(out.getvalue())
    event = next(e for e in data["events"] if e["main"])
    assert event["organisations"] == ["Fair Rent Now", "Greyfield Council", "Marsh Lane Union"]
    assert {"name": "Fair Rent Now", "kind": "organisation", "role": "organiser",
            "edited": False} in event["roles"]
    assert {"name": "Greyfield Council", "kind": "organisation", "role": "supporter",
            "edited": True} in event["roles"]
    path = tmp_path / "collection.json"
    path.write_bytes(out.getvalue())
    with Store.open(tmp_path / "other.db") as other:
        assert import_collection_file(other, path).status == "imported"
        copied = next(e["id"] for e in other.events() if e["main"])
        assert {(r["name"], r["role"], r["by_user"]) for r in other.event_link_roles(copied)} == {
            ("Fair Rent Now", "organiser", False), ("Greyfield Council", "supporter", True),
            ("Marsh Lane Union", "supporter", False)}


def test_a_role_the_user_set_is_undone_redone_and_survives_importing_the_document_again(
        fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    union = next(r["id"] for r in fresh_store.event_link_roles(main) if r["name"] == "Marsh Lane Union")
    edit = editing.set_link_role(fresh_store, "organisation", main, union, "organiser")
    assert edit.changes.events == frozenset({main})
    editing.undo_role_edit(fresh_store, edit)
    assert fresh_store.link_role("organisation", main, union) == ("supporter", False)
    editing.redo_role_edit(fresh_store, edit)
    assert fresh_store.link_role("organisation", main, union) == ("organiser", True)
    summary = import_paths(fresh_store, [tmp_path / "release.txt"])
    assert summary.count("duplicate") == 1
    assert fresh_store.link_role("organisation", main, union) == ("organiser", True)


def test_editing_an_events_organisations_keeps_the_roles_of_those_that_stay(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    editing.set_event_organisations(fresh_store, main, ["Fair Rent Now", "Tenants Forum"])
    assert _roles(fresh_store, main) == {"Fair Rent Now": "organiser", "Tenants Forum": "mentioned"}


def test_an_unknown_role_or_a_link_that_is_gone_is_refused(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    with pytest.raises(editing.EditError, match="not a role"):
        editing.set_link_role(fresh_store, "organisation", main, 1, "sponsor")
    with pytest.raises(editing.EditError, match="no longer linked"):
        editing.set_link_role(fresh_store, "person", main, 999, "organiser")


def test_the_filter_asks_for_organised_by_as_well_as_involving(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    union = fresh_store.find_organisation_ids("Marsh Lane Union")
    organiser = fresh_store.find_organisation_ids("Fair Rent Now")
    assert main in fresh_store.matching_event_ids(EventFilter(organisation_ids=tuple(union)))
    assert fresh_store.matching_event_ids(
        EventFilter(organisation_ids=tuple(union), organisers_only=True)) == []
    assert fresh_store.matching_event_ids(
        EventFilter(organisation_ids=tuple(organiser), organisers_only=True)) == [main]
    assert list(fresh_store.matching_event_id_array(
        EventFilter(organisation_ids=tuple(organiser), organisers_only=True))) == [main]
    assert EventFilter(organisation_ids=tuple(organiser), organisers_only=True,
                       labels={f"org:{organiser[0]}": "Fair Rent Now"}).describe() == \
        "organised by: Fair Rent Now"


def test_lanes_by_organisation_use_the_organiser(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    columns = fresh_store.timeline_columns()
    at = columns["ids"].index(main)
    assert columns["orgs"][at] == "Fair Rent Now; Greyfield Council; Marsh Lane Union"
    assert columns["organisers"][at] == "Fair Rent Now"
    assert columns["lanes_org"][at] == "Fair Rent Now"


def test_context_events_pass_only_when_asked_for(fresh_store):
    from timeline_app.core.event_columns import EventColumns
    from timeline_app.core.filters import WINDOW_DEFAULT

    walkout = editing.add_event(fresh_store, title="Walkout", kind="walkout", start="2017-02-20",
                                precision="day").event_id
    order = editing.add_event(fresh_store, title="Executive order", kind="context",
                              start="2017-01-27", precision="day").event_id
    assert fresh_store.matching_event_ids(EventFilter()) == [order, walkout]
    assert fresh_store.matching_event_ids(WINDOW_DEFAULT) == [walkout]
    columns = EventColumns.load(fresh_store)
    assert columns.select(fresh_store, WINDOW_DEFAULT).lists["ids"] == [walkout]
    assert columns.select(fresh_store, EventFilter()).lists["ids"] == [order, walkout]
    assert EventFilter.from_dict(WINDOW_DEFAULT.to_dict()) == WINDOW_DEFAULT


def test_deleting_and_restoring_an_event_keeps_its_roles(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    before = _roles(fresh_store, main)
    editing.restore_event(fresh_store, editing.delete_event(fresh_store, main))
    assert _roles(fresh_store, main) == before
    document = fresh_store.event_row(main)["document_id"]
    editing.restore_document(fresh_store, editing.delete_document(fresh_store, document))
    assert _roles(fresh_store, main) == before


def test_merging_organisations_carries_roles_over_and_undo_puts_them_back(fresh_store, tmp_path):
    main = _import(fresh_store, tmp_path)
    organiser = fresh_store.find_organisation_ids("Fair Rent Now")[0]
    other = fresh_store.find_organisation_ids("Marsh Lane Union")[0]
    lone = editing.add_event(fresh_store, title="Picket", kind="protest", start=None,
                             precision="unknown").event_id
    editing.set_event_organisations(fresh_store, lone, ["Fair Rent Now"])
    editing.set_link_role(fresh_store, "organisation", lone, organiser, "organiser")
    edit = editing.merge_entities(fresh_store, "organisation", other, organiser)
    assert fresh_store.link_role("organisation", main, other) == ("supporter", False)
    assert fresh_store.link_role("organisation", lone, other) == ("organiser", True)
    editing.undo_entity_edit(fresh_store, edit)
    assert fresh_store.link_role("organisation", lone, organiser) == ("organiser", True)
    assert fresh_store.link_role("organisation", main, organiser) == ("organiser", False)
    assert fresh_store.link_role("organisation", main, other) == ("supporter", False)


def test_asking_for_the_context_kind_shows_context_events_even_when_hidden(fresh_store):
    from timeline_app.core.filters import WINDOW_DEFAULT

    order = editing.add_event(fresh_store, title="Executive order", kind="context",
                              start="2017-01-27", precision="day").event_id
    assert fresh_store.matching_event_ids(WINDOW_DEFAULT.with_changes(kinds=("context",))) == [order]
