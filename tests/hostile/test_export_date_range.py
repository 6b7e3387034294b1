"""Every export format handles every date the app accepts (years 1 to 9999)."""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree

import pytest
from icalendar import Calendar

from timeline_app.core import editing
from timeline_app.core.export import FORMATS
from timeline_app.core.filters import EventFilter

EDGE_DATES = [
    ("9999-12-31", None, "day"),
    ("9999-12", None, "month"),
    ("9999", None, "year"),
    ("9999", None, "approximate"),
    ("9998-01-01", "9999-12-31", "day"),
    ("9999-12", "9999-12", "month"),
    ("0001-01-01", None, "day"),
    ("0001", None, "year"),
    ("0001", "9999", "approximate"),
]


@pytest.fixture
def edge_store(fresh_store):
    for start, end, precision in EDGE_DATES:
        editing.add_event(fresh_store, title=f"{start} to {end} ({precision})",
                          start=start, end=end, precision=precision)
    return fresh_store


def exported(store, fmt: str) -> bytes:
    out = io.BytesIO()
    FORMATS[fmt](store, EventFilter(), out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_exports_the_first_and_last_dates_the_app_accepts(edge_store, fmt):
    data = exported(edge_store, fmt)

    if fmt in ("json", "timelinejs"):
        assert len(json.loads(data)["events"]) == len(EDGE_DATES)
    elif fmt in ("graphml", "gexf"):
        # These dates name no organisation: a well-formed, empty network.
        assert ElementTree.fromstring(data).tag.endswith(fmt)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert {row["start"] for row in rows} == {start for start, _, _ in EDGE_DATES}
    else:
        assert len(Calendar.from_ical(data).walk("VEVENT")) == len(EDGE_DATES)


def test_an_event_on_the_last_day_of_9999_lasts_one_day_in_the_calendar(fresh_store):
    editing.add_event(fresh_store, title="The end", start="9999-12-31")

    (event,) = Calendar.from_ical(exported(fresh_store, "ics")).walk("VEVENT")

    start = event.decoded("dtstart")
    assert start.isoformat() == "9999-12-31"
    assert "dtend" not in event and event.decoded("duration").days == 1


def test_a_year_known_event_in_9999_covers_the_whole_year(fresh_store):
    editing.add_event(fresh_store, title="Far future", start="9999")

    (event,) = Calendar.from_ical(exported(fresh_store, "ics")).walk("VEVENT")

    assert event.decoded("dtstart").isoformat() == "9999-01-01"
    assert event.decoded("duration").days == 365
