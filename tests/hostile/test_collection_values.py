"""Hostile values in a collection: one failed file with a reason, never a traceback.

Each case is a valid collection with one value replaced by raw JSON text
(a 5,000-digit integer, ``1e400``, ``NaN``, a lone surrogate…). The file must
fail with one line that names the field, the database must not change, and
the files after it in the same run must still be imported. Short fields are
capped and cleaned rather than refused, and the JSON export never writes
anything but JSON.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.collection import import_collection_file
from timeline_app.core.collection_checks import SHORT_FIELD_CHARS
from timeline_app.core.export.json_export import write_json
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Tenants began a rent strike on 3 March 2021 across the city."
PLACEHOLDER = "@@HOSTILE@@"


def collection(**changes: dict) -> dict:
    """A small valid collection; ``changes`` maps "documents"/"events"/… to field updates."""
    data = {
        "format": "timeline-app", "version": 1,
        "documents": [{
            "id": 1, "title": "Rent strike", "source": "Tenants Union", "path": "/a/rent.txt",
            "published": "2021-03-03", "published_precision": "day", "text": TEXT,
            "organisations": ["Tenants Union"], "people": ["Ada Organiser"],
        }],
        "events": [{
            "id": 1, "document_id": 1, "main": True, "title": "Rent strike begins",
            "kind": "strike", "start": "2021-03-03", "end": None, "precision": "day",
            "organisations": ["Tenants Union"], "people": ["Ada Organiser"],
            "evidence": "began a rent strike on 3 March 2021",
            "evidence_start": 8, "evidence_end": 43, "confidence": 0.9,
            "field_confidence": {"date": 0.8}, "tags": ["rent"],
        }],
        "organisations": [{"name": "Tenants Union", "acronym": "TU", "aliases": []}],
        "people": [{"name": "Ada Organiser", "role": "organiser"}],
    }
    for section, fields in changes.items():
        data[section][0].update(fields)
    return data


def write_with_raw(path: Path, data: dict, raw: str) -> Path:
    """Write ``data`` as JSON with the placeholder string replaced by raw JSON text."""
    text = json.dumps(data)
    assert f'"{PLACEHOLDER}"' in text
    path.write_text(text.replace(f'"{PLACEHOLDER}"', raw), encoding="utf-8")
    return path


def _counts(store: Store) -> tuple[int, ...]:
    return tuple(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("documents", "events", "organisations", "people", "aliases"))


HOSTILE_VALUES = [
    # (section, field, raw JSON, words the reason must hold)
    ("events", "evidence_start", "1e20", '"evidence_start" should be a whole number'),
    ("events", "evidence_start", str(10**20), '"evidence_start" should be from 0 to'),
    ("events", "evidence_end", "-5", '"evidence_end" should be from 0 to'),
    ("events", "evidence_end", "5000", '"evidence_end" (5000) is past the end'),
    ("events", "evidence_start", "9" * 5000, "thousands of digits"),
    ("events", "confidence", str(10**400), '"confidence" should be from 0 to 1'),
    ("events", "confidence", "1e400", '"confidence" should be from 0 to 1'),
    ("events", "confidence", "-0.5", '"confidence" should be from 0 to 1'),
    ("events", "confidence", "NaN", "NaN is not a JSON number"),
    ("events", "confidence", "Infinity", "Infinity is not a JSON number"),
    ("events", "confidence", "-Infinity", "-Infinity is not a JSON number"),
    ("events", "field_confidence", '{"date": 1e400}', '"field_confidence.date" should be from'),
    ("events", "id", str(2**64), '"id" should be from 0 to'),
    ("documents", "id", "-1", '"id" should be from 0 to'),
    ("events", "title", '"Rent \\ud800 strike"', '"title" is not valid Unicode'),
    ("documents", "text", '"\\udfff"', '"text" is not valid Unicode'),
    ("events", "tags", '["ok", "\\ud800"]', '"tags" is not valid Unicode'),
    ("organisations", "name", '"Union \\udbff"', '"name" is not valid Unicode'),
]


@pytest.mark.parametrize(("section", "field", "raw", "expected"), HOSTILE_VALUES,
                         ids=[f"{s}.{f}={r[:12]}" for s, f, r, _ in HOSTILE_VALUES])
def test_a_hostile_value_fails_the_file_naming_the_field(fresh_store, tmp_path,
                                                         section, field, raw, expected):
    path = write_with_raw(tmp_path / "bad.json", collection(**{section: {field: PLACEHOLDER}}),
                          raw)
    before = _counts(fresh_store)
    result = import_collection_file(fresh_store, path)
    assert result.status == "failed"
    assert expected in result.reason
    assert "\n" not in result.reason and len(result.reason) < 300
    result.reason.encode("utf-8")  # printable on any terminal
    assert _counts(fresh_store) == before


def test_a_valid_collection_still_imports(fresh_store, tmp_path):
    path = tmp_path / "good.json"
    path.write_text(json.dumps(collection()), encoding="utf-8")
    result = import_collection_file(fresh_store, path)
    assert result.status == "imported", result.reason
    assert fresh_store.event_count() == 1


def test_evidence_start_after_its_end_is_refused(fresh_store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(collection(events={"evidence_start": 30, "evidence_end": 10})))
    result = import_collection_file(fresh_store, path)
    assert result.status == "failed"
    assert '"evidence_start" (30) is after "evidence_end" (10)' in result.reason


def test_a_bad_collection_is_one_failure_and_the_run_goes_on(fresh_store, tmp_path):
    bad = write_with_raw(tmp_path / "a_bad.json", collection(events={"confidence": PLACEHOLDER}),
                         "1e400")
    good = tmp_path / "b_good.txt"
    good.write_text("Students walked out on 17 November 2015 over fees.\n", encoding="utf-8")
    summary = import_paths(fresh_store, [bad, good])
    assert (summary.count("failed"), summary.count("imported")) == (1, 1)
    assert summary.results[0].path == str(bad)
    assert '"confidence"' in summary.results[0].reason


def test_the_command_line_reports_a_hostile_collection_without_a_traceback(tmp_path):
    bad = write_with_raw(tmp_path / "a_bad.json", collection(events={"title": PLACEHOLDER}),
                         '"\\ud800"')
    digits = write_with_raw(tmp_path / "b_digits.json",
                            collection(events={"evidence_end": PLACEHOLDER}), "7" * 5000)
    good = tmp_path / "c_good.txt"
    good.write_text("Students walked out on 17 November 2015 over fees.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run(
        [sys.executable, "-m", "timeline_app", "import", str(bad), str(digits), str(good),
         "--db", str(tmp_path / "t.db"), "--jobs", "0"],
        capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[-1] == "1 imported, 0 duplicate, 2 failed"
    assert any(line.startswith("failed") and "a_bad.json" in line and '"title"' in line
               for line in lines)
    assert any(line.startswith("failed") and "b_digits.json" in line for line in lines)


def test_short_fields_are_capped_and_stripped_of_control_characters(fresh_store, tmp_path):
    huge = "Rent strike " * 200_000  # 2.4 MB
    path = tmp_path / "long.json"
    path.write_text(json.dumps(collection(
        documents={"title": "Rent\x00strike\x1b[31m\nupdate", "source": huge},
        events={"title": huge, "organisations": ["Tenants\tUnion", "x" * 50_000]},
    )), encoding="utf-8")
    result = import_collection_file(fresh_store, path)
    assert result.status == "imported", result.reason
    title, source = fresh_store.db.execute("SELECT title, source FROM documents").fetchone()
    assert title == "Rent strike [31m update"
    assert len(source) == SHORT_FIELD_CHARS
    (event_title,) = fresh_store.db.execute("SELECT title FROM events").fetchone()
    assert len(event_title) == SHORT_FIELD_CHARS
    names = {row[0] for row in fresh_store.db.execute("SELECT name FROM organisations")}
    assert "Tenants Union" in names
    assert max(len(n) for n in names) <= SHORT_FIELD_CHARS


def _strict_json(raw: bytes) -> dict:
    def refuse(token: str):
        raise AssertionError(f"the export wrote {token}, which is not JSON")

    return json.loads(raw, parse_constant=refuse)


def test_the_json_export_never_writes_non_json(fresh_store, tmp_path):
    path = tmp_path / "good.json"
    path.write_text(json.dumps(collection()), encoding="utf-8")
    assert import_collection_file(fresh_store, path).status == "imported"
    # As an older version stored confidence 1e400: infinity in the database.
    fresh_store.db.execute("UPDATE events SET confidence = 9e999, "
                           "field_confidence = '{\"date\": NaN, \"kind\": -Infinity}'")
    fresh_store.db.conn.commit()
    out = io.BytesIO()
    write_json(fresh_store, EventFilter(), out)
    data = _strict_json(out.getvalue())
    event = data["events"][0]
    assert event["confidence"] == 1.0
    assert event["field_confidence"] == {"date": 0.0, "kind": 0.0}
