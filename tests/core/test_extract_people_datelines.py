"""An agency's dateline names the town it filed from ("New Delhi, March 7
(PTI) ..."): seen in the window as "New Delhi" in the People filter after
importing fresh real pages. The town is no person; a byline's writer before
a date, and a person named before a date in a sentence, still are. Every
text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> list[str]:
    return [p.name for p in extract(ReadDocument(text=text, format="txt")).people]


def test_a_town_before_an_agency_dateline_is_not_a_person():
    people = _people("New Delhi, March 7 (PTI) Platforms of workers and students backed the strike called by the "
                     "unions. Rahul Gandhi said the strike would go on.")
    assert people == ["Rahul Gandhi"]


def test_a_dateline_behind_a_metadata_date_and_with_a_dash_is_still_a_town():
    assert "New Delhi" not in _people(" date 2024-03-08 New Delhi, March 7 (PTI) Workers backed the strike.")
    assert "Port Elizabeth" not in _people("Port Elizabeth, 21 October 2015 - Students marched on the campus.")


def test_a_bylined_writer_before_a_date_stays_a_person():
    assert _people("By Jane Doe, March 7, 2020 - Students walked out of lectures at Leeds.") == ["Jane Doe"]


def test_a_person_with_an_appositive_role_is_still_found():
    assert _people("Jane Doe, a student organiser, said the walkout on March 7 was the biggest yet.") == ["Jane Doe"]
