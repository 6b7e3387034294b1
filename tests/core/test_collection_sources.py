"""Exports carry each event's sources; a collection restores events, sources
and the user's splits and merges exactly, and CSV keeps one row per event."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

from timeline_app.core import editing
from timeline_app.core.collection import import_collection_file
from timeline_app.core.export import FORMATS
from timeline_app.core.export.json_export import collection_dict, write_json
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

REPORTS = {
    "a.txt": "Fees march in London\n\nOn 10 November 2010 the National Union of Students "
             "marched through London against tuition fees.\n",
    "b.txt": "Thousands join fees march\n\nIn November 2010 the National Union of Students "
             "led a march through London against higher tuition fees.\n",
    "c.txt": "Fees march remembered\n\nOn 10 November 2010 students of the National Union "
             "of Students marched in London against tuition fees, a blog recalls.\n",
    "d.txt": "Rent strike begins\n\nOn 24 November 2010 the National Union of Students began "
             "a rent strike in the halls of residence in Leeds.\n",
}


def _curated(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_paths(store, [folder])
    march = next(e for e in store.events(event_filter=EventFilter()) if e["source_count"] == 3)
    third = store.event_sources(march["id"])[2]["id"]
    editing.split_source(store, third)
    strike = next(e["id"] for e in store.events(event_filter=EventFilter())
                  if e["start"] == "2010-11-24")
    editing.merge_events(store, march["id"], strike)


def _comparable(data: dict) -> dict:
    """The export with database ids replaced by what they point at."""
    data = copy.deepcopy(data)
    text_of = {d["id"]: d["text"] for d in data["documents"]}
    for doc in data["documents"]:
        del doc["id"]
    for event in data["events"]:
        del event["id"]
        event["document_id"] = text_of.get(event["document_id"])
        for source in event["sources"]:
            source["document_id"] = text_of.get(source["document_id"])
    data["events"].sort(key=lambda e: (e["title"], e["start"] or ""))
    return data


def _export(store: Store, tmp_path: Path) -> Path:
    out = io.BytesIO()
    write_json(store, EventFilter(), out)
    path = tmp_path / "collection.json"
    path.write_bytes(out.getvalue())
    return path


def test_the_json_export_lists_each_source_with_the_date_it_states(fresh_store, tmp_path):
    _curated(fresh_store, tmp_path)
    data = json.loads(_export(fresh_store, tmp_path).read_text(encoding="utf-8"))
    march = next(e for e in data["events"] if e["source_count"] == 3)
    assert [s["start"] for s in march["sources"]] == ["2010-11-10", "2010-11", "2010-11-24"]
    assert march["date_conflict"] is True
    assert {d["action"] for d in data["decisions"]} == {"split", "merge"}
    assert all({"document_id", "evidence", "start", "precision"} <= set(s)
               for e in data["events"] for s in e["sources"])


def test_a_collection_restores_events_sources_and_decisions_exactly(fresh_store, tmp_path):
    _curated(fresh_store, tmp_path)
    path = _export(fresh_store, tmp_path)
    with Store.open(tmp_path / "empty.db") as target:
        result = import_collection_file(target, path)
        assert result.status == "imported", result.reason
        assert _comparable(collection_dict(target)) == _comparable(collection_dict(fresh_store))
        assert target.event_count() == fresh_store.event_count()
        # The decisions came along: re-importing the documents replays them.
        for document in target.documents():
            editing.delete_document(target, document["id"])
        import_paths(target, [tmp_path / "docs"])
        assert sorted(e["source_count"] for e in target.events(event_filter=EventFilter())) \
            == sorted(e["source_count"] for e in fresh_store.events(event_filter=EventFilter()))


def test_csv_and_icalendar_write_one_row_per_consolidated_event(fresh_store, tmp_path):
    _curated(fresh_store, tmp_path)
    shown = fresh_store.events(event_filter=EventFilter())
    out = io.BytesIO()
    FORMATS["csv"](fresh_store, EventFilter(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert sorted(int(r["id"]) for r in rows) == sorted(e["id"] for e in shown)
    march = next(r for r in rows if r["source_count"] == "3")
    assert march["date_conflict"] == "true" and march["sources"].count(";") == 2
    out = io.BytesIO()
    FORMATS["ics"](fresh_store, EventFilter(), out)
    dated = [e for e in shown if e["precision"] != "unknown" and e["start"]]
    assert out.getvalue().count(b"BEGIN:VEVENT") == len(dated)


def test_the_command_line_exports_only_well_attested_events(fresh_store, tmp_path, capsys):
    from timeline_app.cli import main

    _curated(fresh_store, tmp_path)
    path = fresh_store.path
    fresh_store.close()
    assert main(["export", "--db", str(path), "--format", "json", "--min-sources", "3",
                 "-o", str(tmp_path / "out.json")]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [e["source_count"] for e in data["events"]] == [3]
