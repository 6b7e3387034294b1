"""`timeline-app export` in every format, and its refusals (exit 2), plus
`timeline-app import` of a collection JSON (exit 1 when it is not ours)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pypdf
import pytest
from export_samples import build_sample
from icalendar import Calendar

from timeline_app.cli import main
from timeline_app.core.store import Store

ALL_FORMATS = ("json", "csv", "ics", "timelinejs", "png", "svg", "pdf")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "timeline.db"
    with Store.open(path) as store:
        build_sample(store)
    return path


def _counts(path: Path) -> tuple[int, int]:
    with Store.open(path) as store:
        return store.document_count(), store.event_count()


def _check_readable(fmt: str, path: Path) -> None:
    """Read the file back with the parser its users' tools would use."""
    data = path.read_bytes()
    if fmt in ("json", "timelinejs"):
        assert json.loads(data)["events"]
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))) == 9
    elif fmt == "ics":
        assert len(Calendar.from_ical(data).walk("VEVENT")) == 7
    elif fmt == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    elif fmt == "svg":
        assert b"<svg" in data
    else:
        assert len(pypdf.PdfReader(path).pages) == 1


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_format_exports_to_a_file(db, tmp_path, fmt, capsys):
    out = tmp_path / f"export.{fmt}"
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out)]) == 0
    _check_readable(fmt, out)
    assert f"wrote {out}" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.part"))


def test_text_formats_go_to_standard_output_without_o(db, capsysbinary):
    assert main(["export", "--db", str(db), "--format", "ics"]) == 0
    assert len(Calendar.from_ical(capsysbinary.readouterr().out).walk("VEVENT")) == 7


def test_filters_narrow_what_is_exported(db, capsysbinary):
    args = ["export", "--db", str(db), "--format", "csv", "--kind", "walkout", "--kind",
            "campaign", "--year", "2017", "--org", "NUS"]
    assert main(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8-sig"))))
    assert sorted(r["kind"] for r in rows) == ["campaign", "walkout"]
    # --search matches the words in an event's document, so all its events come along.
    assert main(["export", "--db", str(db), "--format", "json", "--search", "banner"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert {e["title"] for e in data["events"]} == {
        "Banner painted", "<script>alert('x')</script> & friends protest"}
    assert [d["title"] for d in data["documents"]] == ["Protest at the ministry"]


def test_an_unknown_format_exits_2_and_lists_every_format(db, capsys):
    assert main(["export", "--db", str(db), "--format", "docx"]) == 2
    err = capsys.readouterr().err
    assert "unknown export format 'docx'" in err
    for fmt in ALL_FORMATS:
        assert fmt in err


def test_the_format_help_lists_every_format(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for fmt in ALL_FORMATS:
        assert fmt in help_text


@pytest.mark.parametrize("fmt", ["png", "pdf"])
def test_binary_formats_need_an_output_file(db, fmt, capsysbinary):
    assert main(["export", "--db", str(db), "--format", fmt]) == 2
    captured = capsysbinary.readouterr()
    assert b"-o FILE" in captured.err
    assert captured.out == b""


def test_an_unwritable_path_exits_2_with_a_message(db, tmp_path, capsys):
    missing_folder = tmp_path / "no" / "such" / "folder" / "out.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(missing_folder)]) == 2
    assert f"cannot write {missing_folder}" in capsys.readouterr().err
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    under_a_file = a_file / "out.svg"
    assert main(["export", "--db", str(db), "--format", "svg", "-o", str(under_a_file)]) == 2
    assert f"cannot write {under_a_file}" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "json", "-o", str(tmp_path)]) == 2
    assert "it is a folder" in capsys.readouterr().err
    assert a_file.read_text() == "not a folder"


def test_a_refused_export_leaves_an_existing_file_alone(db, tmp_path, capsys):
    out = tmp_path / "export.csv"
    out.write_text("yesterday's export")
    assert main(["export", "--db", str(db), "--format", "csv", "--org", "Nobody",
                 "-o", str(out)]) == 2
    assert "no organisation called 'Nobody'" in capsys.readouterr().err
    assert out.read_text() == "yesterday's export"


# ---------------------------------------------------------- collection import
def test_an_exported_collection_imports_into_an_empty_database(db, tmp_path, capsys):
    collection = tmp_path / "collection.json"
    assert main(["export", "--db", str(db), "--format", "json", "-o", str(collection)]) == 0
    other = tmp_path / "other.db"
    assert main(["import", str(collection), "--db", str(other)]) == 0
    assert "1 imported, 0 duplicate, 0 failed" in capsys.readouterr().out
    assert _counts(other) == _counts(db)


@pytest.mark.parametrize(("content", "reason"), [
    ('{"name": "my notes", "items": []}', "not a Timeline collection"),
    ('{"format": "timeline-app", "version": 1, "documents": [', "not valid JSON"),
])
def test_a_json_that_is_not_ours_fails_with_its_reason_and_imports_nothing(
        db, tmp_path, seeds_dir, capsys, content, reason):
    bad = tmp_path / "other-tool.json"
    bad.write_text(content)
    before = _counts(db)
    assert main(["import", str(bad), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert f"failed     {bad}" in out and reason in out
    assert "0 imported, 0 duplicate, 1 failed" in out
    assert _counts(db) == before


def test_a_collection_with_a_wrong_typed_field_imports_nothing(db, tmp_path, capsys):
    collection = tmp_path / "collection.json"
    main(["export", "--db", str(db), "--format", "json", "-o", str(collection)])
    data = json.loads(collection.read_text(encoding="utf-8"))
    data["events"][-1]["confidence"] = "very"
    collection.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "other.db"
    assert main(["import", str(collection), "--db", str(other)]) == 1
    assert "should be a number" in capsys.readouterr().out
    assert _counts(other) == (0, 0)


def test_organised_by_exports_only_what_the_organisation_organised(db, capsysbinary):
    from timeline_app.core import editing
    from timeline_app.core.store import Store

    with Store.open(db) as store:
        nus = store.find_organisation_ids("NUS")[0]
        first = store.entity_event_ids("organisation", nus)[0]
        editing.set_link_role(store, "organisation", first, nus, "organiser")
        title = store.event_row(first)["title"]
    assert main(["export", "--db", str(db), "--format", "json", "--organised-by", "NUS"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert [e["title"] for e in data["events"]] == [title]
    assert any(r["role"] == "organiser" and r["edited"] for r in data["events"][0]["roles"])
    assert main(["export", "--db", str(db), "--format", "json", "--org", "NUS",
                 "--organised-by", "NUS"]) == 2
