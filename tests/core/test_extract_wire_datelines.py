"""A wire dateline that brackets its own date ("HARBOURTOWN, (Agency - 16th
Feb, 2023 ) :Several hundred ...") dates the wire, not the act the sentence reports
(issue 16, round 17). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def test_the_date_in_a_wire_datelines_bracket_is_no_events_date():
    result = extract(ReadDocument(text=(
        "date 2023-02-16 HARBOURTOWN, (Eastland Wire Service - 16th Feb, 2023 ) :Several hundred people held a "
        "rally Wednesday in Harbourtown to back the striking nurses.\n\n"
        "Marching towards the town hall, nurses and supporters demanded a pay rise.\n"), format="txt"))
    main = next(event for event in result.events if event.main)
    assert (main.start, main.precision) == ("2023-02-15", "day")
    assert main.title.startswith("Several hundred people held a rally"), main.title


def test_a_bracket_that_is_no_dateline_keeps_its_date():
    result = extract(ReadDocument(text=(
        "Harbourtown nurses strike\n\n"
        "Nurses at Harbourtown General (the town's largest employer) walked out on 12 March 2023 over pay.\n"),
        format="txt"))
    main = next(event for event in result.events if event.main)
    assert main.start == "2023-03-12"
