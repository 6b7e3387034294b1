"""The other words for withholding work, and a building taken over (issue 16,
round 18: a "sick-out", "downed tools", a "go-slow", a "stayaway" and
"withdrew their services" were read as no kind at all, "other"; "took over
the administration building" too). Texts written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main_kind(headline: str, body: str) -> str | None:
    events = extract(ReadDocument(text=f"{headline}\n\n{body}\n", format="txt")).events
    main = next((e for e in events if e.main), None)
    return main.kind if main else None


@pytest.mark.parametrize("headline, body", [
    ("Teachers begin sick-out over pay",
     "Teachers across the island stayed home on Monday 12 March 2018 in a sick-out over unpaid allowances."),
    ("Nurses down tools over allowances",
     "Nurses at the county hospital downed tools on Tuesday 4 June 2019, demanding unpaid allowances."),
    ("Lecturers begin go-slow", "Lecturers began a go-slow on Monday 3 February 2020 to press for better pay."),
    ("Workers stage stayaway",
     "Workers stayed away from work on Wednesday 5 May 2021 in a national stayaway called by the federation."),
    ("Junior doctors act over salaries",
     "Junior doctors withdrew their services on Monday 2 March 2020 over unpaid salaries."),
])
def test_other_words_for_withholding_work_are_a_strike(headline, body):
    assert _main_kind(headline, body) == "strike"


def test_a_firm_withdrawing_its_services_is_no_strike():
    kind = _main_kind("Ride firm leaves the city",
                      "The ride-hailing firm withdrew its services from the city on Monday 2 March 2020.")
    assert kind != "strike"


def test_a_building_taken_over_is_an_occupation():
    assert _main_kind("Students take over admin building",
                      "Students took over the administration building on Monday 6 May 2024 and vowed to stay "
                      "until their demands were met.") == "occupation"
