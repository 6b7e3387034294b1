"""Importing our own JSON: a lossless round trip, and a refusal that changes nothing."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest
from export_samples import NUS, build_sample

from timeline_app.core.collection import import_collection_file
from timeline_app.core.export.json_export import collection_dict, write_json
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_one, import_paths
from timeline_app.core.store import Store


@pytest.fixture
def sample(fresh_store: Store) -> Store:
    build_sample(fresh_store)
    return fresh_store


@pytest.fixture
def target(tmp_path: Path):
    store = Store.open(tmp_path / "target.db")
    yield store
    store.close()


def _write(tmp_path: Path, data: object, name: str = "collection.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _export_file(store: Store, tmp_path: Path, name: str = "collection.json") -> Path:
    out = io.BytesIO()
    write_json(store, EventFilter(), out)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def _comparable(data: dict) -> dict:
    """The export without database ids: documents keyed by their text, events
    by their document's text, both in a stable order."""
    data = copy.deepcopy(data)
    text_of = {d["id"]: d["text"] for d in data["documents"]}
    for doc in data["documents"]:
        del doc["id"]
    for event in data["events"]:
        del event["id"]
        event["document_id"] = text_of.get(event["document_id"])
    data["events"].sort(key=lambda e: (e["title"], e["start"] or ""))
    return data


def _counts(store: Store) -> tuple[int, ...]:
    return tuple(
        store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "events", "organisations", "people", "event_organisations",
                      "event_people", "document_organisations", "aliases")
    )


# --------------------------------------------------------------- round trip
def test_round_trip_through_an_empty_database_is_lossless(sample, target, tmp_path):
    path = _export_file(sample, tmp_path)
    result = import_collection_file(target, path)
    assert result.status == "imported", result.reason
    assert result.events == sample.event_count()
    assert _comparable(collection_dict(target)) == _comparable(collection_dict(sample))


def test_restored_edits_notes_tags_and_times_are_the_users(sample, target, tmp_path):
    import_collection_file(target, _export_file(sample, tmp_path))
    walkout = next(e for e in target.events() if e["title"] == "Students walk out across the UK")
    assert walkout["user_edited"] == 1
    assert walkout["edited_fields"] == ["title", "note", "tags"]
    assert walkout["note"] == "Checked against the NUS archive, line 2"
    assert walkout["tags"] == ["verified", "national"]
    assert walkout["time"] == "10:30"
    assert walkout["field_confidence"] == {"date": 0.9, "kind": 0.8}
    document_text = target.db.execute(
        "SELECT text FROM documents WHERE id = ?", [walkout["document_id"]]).fetchone()[0]
    assert document_text[walkout["evidence_start"]:walkout["evidence_end"]] == walkout["evidence"]


def test_restored_organisations_keep_acronym_aliases_and_people_their_roles(sample, target,
                                                                            tmp_path):
    import_collection_file(target, _export_file(sample, tmp_path))
    nus = next(o for o in target.organisations() if o["name"] == NUS)
    assert nus["acronym"] == "NUS" and json.loads(nus["aliases"]) == ["the NUS"]
    assert target.find_organisation_ids("NUS") == [nus["id"]]
    assert [(p["name"], p["role"]) for p in target.people()] == [
        ("Shelly Asquith", "Vice-President Welfare")]
    assert target.aliases() == {"edinburgh uni": "University of Edinburgh"}


def test_restored_events_sit_on_the_timeline_and_documents_are_searchable(sample, target,
                                                                          tmp_path):
    import_collection_file(target, _export_file(sample, tmp_path))
    restored = target.timeline_columns()
    original = sample.timeline_columns()
    for key in ("titles", "kinds", "starts", "ends", "precisions", "lanes_org", "orgs"):
        assert restored[key] == original[key], key
    found = target.events(event_filter=EventFilter(text="ministers"))
    assert {e["title"] for e in found} == {e["title"] for e in sample.events(
        event_filter=EventFilter(text="ministers"))}
    assert found


def test_round_trip_of_the_real_seeds_is_lossless(fresh_store, target, tmp_path, seeds_dir):
    import_paths(fresh_store, [seeds_dir])
    assert fresh_store.document_count() == 4
    result = import_one(target, _export_file(fresh_store, tmp_path))  # the CLI's route
    assert result.status == "imported", result.reason
    assert _comparable(collection_dict(target)) == _comparable(collection_dict(fresh_store))


def test_a_document_that_reports_no_event_travels_with_the_collection(fresh_store, target,
                                                                      tmp_path, seeds_dir):
    about = tmp_path / "about.txt"
    about.write_text("Who we are\n\nWe are the students' union of a small college. Our "
                     "officers represent every student, and our societies meet every week.\n",
                     encoding="utf-8")
    import_paths(fresh_store, [seeds_dir, about])
    assert fresh_store.document_count() == 5
    exported = collection_dict(fresh_store)
    assert any(d["text"].startswith("Who we are") for d in exported["documents"])
    result = import_one(target, _export_file(fresh_store, tmp_path))
    assert result.status == "imported", result.reason
    assert target.document_count() == 5
    assert _comparable(collection_dict(target)) == _comparable(exported)
    # A filter narrows by events: the page with none is not among what it passes.
    narrowed = collection_dict(fresh_store, EventFilter(kinds=("walkout",)))
    assert not any(d["text"].startswith("Who we are") for d in narrowed["documents"])


def test_importing_the_same_collection_twice_adds_nothing(sample, target, tmp_path):
    path = _export_file(sample, tmp_path)
    import_collection_file(target, path)
    before = _counts(target)
    again = import_collection_file(target, path)
    assert again.status == "duplicate"
    assert _counts(target) == before


def test_documents_already_present_are_skipped_with_their_events(sample, target, tmp_path,
                                                                 seeds_dir):
    import_paths(sample, [seeds_dir])
    import_paths(target, [seeds_dir])
    seeds_events = target.event_count()
    result = import_collection_file(target, _export_file(sample, tmp_path))
    assert result.status == "imported"
    assert "4 documents were already here" in result.reason
    assert target.document_count() == sample.document_count()
    assert target.event_count() == sample.event_count()
    assert result.events == sample.event_count() - seeds_events


def test_an_export_without_document_text_still_restores_its_events(sample, target, tmp_path):
    data = collection_dict(sample)
    for doc in data["documents"]:  # as the foundation's first exports wrote them
        for key in ("text", "organisations", "people", "format", "imported_at"):
            del doc[key]
    result = import_collection_file(target, _write(tmp_path, data))
    assert result.status == "imported", result.reason
    assert target.event_count() == sample.event_count()
    assert target.document_count() == sample.document_count()


# ----------------------------------------------------------------- refusals
NOT_OURS = [
    ({"hello": "world"}, "not a Timeline collection"),
    ([1, 2, 3], "not a Timeline collection: the JSON is a list"),
    ({"format": "someone-else", "version": 1, "documents": [], "events": []},
     "not a Timeline collection"),
    ({"events": [], "documents": []}, "not a Timeline collection"),
]


@pytest.mark.parametrize(("data", "message"), NOT_OURS)
def test_a_json_that_is_not_ours_is_refused_and_changes_nothing(sample, tmp_path, data, message):
    before = _counts(sample)
    result = import_collection_file(sample, _write(tmp_path, data))
    assert result.status == "failed"
    assert result.reason.startswith(message)
    assert _counts(sample) == before


def test_malformed_json_is_refused_with_where_it_breaks(sample, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "timeline-app",\n "version": 1,\n "documents": [,]}')
    before = _counts(sample)
    result = import_collection_file(sample, path)
    assert result.status == "failed"
    assert "not valid JSON (line 3" in result.reason
    assert _counts(sample) == before


def _with(data: dict, section: str, index: int, key: str, value: object) -> dict:
    changed = copy.deepcopy(data)
    changed[section][index][key] = value
    return changed


@pytest.mark.parametrize(("section", "key", "value", "expected"), [
    ("events", "confidence", "high", '"confidence" should be a number, not text'),
    ("events", "main", 1, '"main" should be true or false, not a number'),
    ("events", "tags", "verified", '"tags" should be a list of text, not text'),
    ("events", "start", "20/02/2017", '"start" should be a date like 2017-02-20'),
    ("events", "kind", "sit-in", '"kind" is \'sit-in\', not one of'),
    ("events", "time", "half ten", '"time" should be a time like 10:30'),
    ("events", "document_id", 999, "belongs to document 999, which is not in the file"),
    ("documents", "title", 42, '"title" should be text or null, not a number'),
    ("documents", "published_precision", "week", '"published_precision" is \'week\''),
    ("organisations", "aliases", None, '"aliases" should be a list of text, not null'),
    ("people", "name", "", '"name" is empty'),
])
def test_a_wrong_typed_field_anywhere_refuses_the_whole_file(target, sample, tmp_path,
                                                             section, key, value, expected):
    data = collection_dict(sample)
    last = len(data[section]) - 1  # the last record: everything before it was valid
    result = import_collection_file(target, _write(tmp_path, _with(data, section, last, key,
                                                                    value)))
    assert result.status == "failed"
    assert result.reason.startswith("damaged Timeline collection")
    assert expected in result.reason
    assert _counts(target) == (0,) * 8


def test_a_missing_required_key_is_named(target, sample, tmp_path):
    data = collection_dict(sample)
    del data["events"][0]["title"]
    result = import_collection_file(target, _write(tmp_path, data))
    assert result.reason == 'damaged Timeline collection: event 1 has no "title"'
    assert target.is_empty()


def test_a_collection_from_a_newer_timeline_is_refused(target, sample, tmp_path):
    data = collection_dict(sample)
    data["version"] = 99
    result = import_collection_file(target, _write(tmp_path, data))
    assert result.status == "failed"
    assert "newer Timeline" in result.reason
    assert target.is_empty()


def test_a_file_that_is_not_text_is_refused(target, tmp_path):
    path = tmp_path / "photo.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    result = import_collection_file(target, path)
    assert result.status == "failed"
    assert result.reason.startswith("not a Timeline collection")
    assert target.is_empty()


def test_restored_documents_are_found_by_sqlite_utils_search(sample, target, tmp_path):
    import sqlite_utils

    import_collection_file(target, _export_file(sample, tmp_path))
    tool = sqlite_utils.Database(target.path)  # what `sqlite-utils search` runs
    try:
        assert tool["documents"].detect_fts() == "documents_fts"
        found = [row["title"] for row in tool["documents"].search('"walk out"')]
    finally:
        tool.close()
    assert found == ["Students walk out in solidarity"]
