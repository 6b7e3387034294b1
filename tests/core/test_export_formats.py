"""The text exports (CSV, iCalendar, TimelineJS, JSON), each read back by a real parser."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date, datetime

import pytest
from export_samples import DATED_TITLES, NUS, UCU, WALKOUT_EVIDENCE, build_sample, event_id
from icalendar import Calendar

from timeline_app.core.export import FORMATS
from timeline_app.core.filters import EventFilter
from timeline_app.core.store import Store


@pytest.fixture
def sample(fresh_store: Store) -> Store:
    build_sample(fresh_store)
    return fresh_store


def _export(store: Store, fmt: str, event_filter: EventFilter | None = None) -> bytes:
    out = io.BytesIO()
    FORMATS[fmt](store, event_filter or EventFilter(), out)
    return out.getvalue()


def _csv_rows(store: Store, event_filter: EventFilter | None = None) -> list[dict[str, str]]:
    raw = _export(store, "csv", event_filter)
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _vevents(store: Store) -> dict[str, object]:
    calendar = Calendar.from_ical(_export(store, "ics"))
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


# ---------------------------------------------------------------------- CSV
def test_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_utf8(sample):
    assert _export(sample, "csv").startswith(b"\xef\xbb\xbf")


def test_csv_has_one_row_per_event_with_the_json_event_fields(sample):
    rows = _csv_rows(sample)
    stored = {e["id"]: e for e in sample.events()}
    assert sorted(int(r["id"]) for r in rows) == sorted(stored)
    json_event_keys = json.loads(_export(sample, "json"))["events"][0].keys()
    assert set(json_event_keys) - {"field_confidence"} <= set(rows[0])
    for row in rows:
        event = stored[int(row["id"])]
        assert row["kind"] == event["kind"]
        assert row["start"] == (event["start"] or "")
        assert row["precision"] == event["precision"]
        assert row["organisations"] == "; ".join(event["organisations"])
        assert row["tags"] == "; ".join(event["tags"])
        assert row["user_edited"] == ("true" if event["user_edited"] else "false")


def test_csv_joins_organisations_and_people_with_semicolons(sample):
    row = next(r for r in _csv_rows(sample) if r["title"] == "Spring campaign")
    assert row["organisations"] == f"{NUS}; {UCU}"
    walkout = next(r for r in _csv_rows(sample) if r["title"].startswith("Students walk out"))
    assert walkout["people"] == "Shelly Asquith"
    assert walkout["note"] == "Checked against the NUS archive, line 2"
    assert walkout["document_title"] == "Students walk out in solidarity"


def test_csv_keeps_a_line_break_in_evidence_inside_one_cell(sample):
    rows = _csv_rows(sample)
    walkout = next(r for r in rows if r["title"].startswith("Students walk out"))
    assert walkout["evidence"] == WALKOUT_EVIDENCE
    assert len(rows) == sample.event_count()


def test_csv_defuses_a_cell_a_spreadsheet_would_run_as_a_formula(sample):
    banner = next(r for r in _csv_rows(sample) if r["title"] == "Banner painted")
    assert banner["evidence"].startswith("'=HYPERLINK(")


def test_csv_exports_only_what_the_filter_passes(sample):
    rows = _csv_rows(sample, EventFilter(kinds=("walkout", "campaign")))
    assert {r["kind"] for r in rows} == {"walkout", "campaign"}
    assert len(rows) == 2


# --------------------------------------------------------------- iCalendar
def test_ics_has_one_vevent_per_dated_event_and_leaves_undated_out(sample):
    events = _vevents(sample)
    assert set(events) == DATED_TITLES
    assert "First sit-in" not in events and "Recurring sit-in" not in events


def test_ics_day_precision_is_an_all_day_event_ending_the_next_day(sample):
    walkout = _vevents(sample)["Students walk out across the UK"]
    start, end = walkout["DTSTART"].dt, walkout["DTEND"].dt
    assert not isinstance(start, datetime) and start == date(2017, 2, 20)
    assert end == date(2017, 2, 21)
    assert "10:30" in str(walkout["DESCRIPTION"])


def test_ics_month_and_year_precision_cover_the_whole_period_and_say_so(sample):
    events = _vevents(sample)
    campaign = events["Spring campaign"]  # March to May 2017
    assert (campaign["DTSTART"].dt, campaign["DTEND"].dt) == (date(2017, 3, 1), date(2017, 6, 1))
    assert "only to the month" in str(campaign["DESCRIPTION"])
    letter = events["Union writes to ministers"]
    assert (letter["DTSTART"].dt, letter["DTEND"].dt) == (date(2016, 1, 1), date(2017, 1, 1))
    assert "only to the year" in str(letter["DESCRIPTION"])
    vote = events["Vote again"]
    assert (vote["DTSTART"].dt, vote["DTEND"].dt) == (date(2025, 1, 1), date(2026, 1, 1))
    assert "approximate" in str(vote["DESCRIPTION"])


def test_ics_description_names_organisations_and_evidence_and_categories_is_the_kind(sample):
    walkout = _vevents(sample)["Students walk out across the UK"]
    description = str(walkout["DESCRIPTION"])
    assert NUS in description and "Shelly Asquith" in description
    assert WALKOUT_EVIDENCE in description
    assert [str(c) for c in walkout["CATEGORIES"].cats] == ["walkout"]
    assert walkout["DTSTAMP"].dt.year >= 2024


def test_ics_uids_are_stable_across_exports_and_unique(sample):
    first = {str(e["SUMMARY"]): str(e["UID"]) for e in _vevents(sample).values()}
    second = {str(e["SUMMARY"]): str(e["UID"]) for e in _vevents(sample).values()}
    assert first == second
    assert len(set(first.values())) == len(first)
    walkout = event_id(sample, "Students walk out across the UK")
    assert first["Students walk out across the UK"] == f"event-{walkout}@timeline-app"


# -------------------------------------------------------------- TimelineJS
def _timelinejs(store: Store) -> dict:
    return json.loads(_export(store, "timelinejs"))


def test_timelinejs_has_a_slide_per_dated_event_with_known_date_parts_only(sample):
    data = _timelinejs(sample)
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert len(by_id) == len(DATED_TITLES)
    walkout = by_id[f"event-{event_id(sample, 'Students walk out across the UK')}"]
    assert walkout["start_date"]["year"] == "2017"
    assert walkout["start_date"]["month"] == "2"
    assert walkout["start_date"]["day"] == "20"
    assert walkout["group"] == "walkout"
    assert walkout["text"]["headline"] == "Students walk out across the UK"
    campaign = by_id[f"event-{event_id(sample, 'Spring campaign')}"]
    assert campaign["start_date"] == {"year": "2017", "month": "3"}
    assert campaign["end_date"] == {"year": "2017", "month": "5"}
    letter = by_id[f"event-{event_id(sample, 'Union writes to ministers')}"]
    assert letter["start_date"] == {"year": "2016"}


def test_timelinejs_counts_undated_events_it_cannot_place(sample):
    intro = _timelinejs(sample)["title"]["text"]["text"]
    assert "2 undated events are not shown" in intro


def test_timelinejs_escapes_html_that_came_from_documents(sample):
    slides = _timelinejs(sample)["events"]
    protest = next(s for s in slides if s["group"] == "protest")
    assert "<script>" not in protest["text"]["headline"]
    assert protest["text"]["headline"] == (
        "&lt;script&gt;alert('x')&lt;/script&gt; &amp; friends protest"
    )
    assert "<script>" not in protest["text"]["text"]
    assert "&lt;script&gt;" in protest["text"]["text"]


# ------------------------------------------------------------------- JSON
def test_json_carries_document_text_edits_notes_and_tags(sample):
    data = json.loads(_export(sample, "json"))
    assert data["format"] == "timeline-app" and data["version"] == 1
    walkout_doc = next(d for d in data["documents"] if d["title"].startswith("Students walk"))
    assert WALKOUT_EVIDENCE in walkout_doc["text"]
    walkout = next(e for e in data["events"] if e["title"].startswith("Students walk out"))
    assert walkout["user_edited"] is True
    assert walkout["edited_fields"] == ["title", "note", "tags"]
    assert walkout["tags"] == ["verified", "national"]
    assert walkout["time"] == "10:30"
    assert data["organisations"][0] == {"name": NUS, "acronym": "NUS", "aliases": ["the NUS"]}
    assert {"alias": "edinburgh uni", "entity": "organisation",
            "canonical": "University of Edinburgh"} in data["aliases"]


def test_every_text_format_is_registered_under_its_public_name():
    assert {"json", "csv", "ics", "timelinejs"} <= set(FORMATS)


def test_core_exports_and_collection_import_never_load_qt():
    code = ("import sys, timeline_app.core.export, timeline_app.core.collection;"
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "False", result.stderr
