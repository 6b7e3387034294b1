"""A year that says when a body was founded or a step of a person's life is
no event of the movement (issue 16: background dates cluttered the
timeline); history long before an undated report is left out as it is
before a dated one."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.entity_facts import describes_a_body_or_person
from timeline_app.core.models import ReadDocument

_HEAD = "Students occupy the finance office over rent rises\n\n"
_LEDE = "Students occupied the finance office of the university on Monday{day} over the rise in hall rents.\n\n"


def _events(*paragraphs: str, dated: bool = True) -> list[tuple[bool, str | None]]:
    text = _HEAD + ("Published 14 March 2023\n\n" if dated else "") + \
        _LEDE.format(day=" 13 March 2023" if dated else "") + "\n\n".join(paragraphs) + "\n"
    return [(e.main, e.start) for e in extract(ReadDocument(text=text, format="txt")).events]


@pytest.mark.parametrize("sentence", [
    "The students' union was first founded in 2016 and has campaigned on rents ever since.",
    "The coalition was formed in 2019 and we intend to honour its campaigns, said its president.",
    "Its convenor has served in the post since its foundation in 2017.",
    "The review panel was set up in early 2015 after the sit-ins.",
    "A scholar, who passed out in 2018, declined to attend the ceremony.",
    "She joined the union in 2004 and now chairs its branch.",
])
def test_a_founding_or_a_biography_is_a_fact_about_a_body_or_person(sentence):
    assert describes_a_body_or_person(sentence)


@pytest.mark.parametrize("sentence", [
    "Students occupied the library in 2020 over the closure of the night bus.",
    "Staff who joined the strike in 2019 lost a week's pay.",
    "The campaign was launched in 2021 by the union.",
    "The rent strike formed part of a national campaign.",
])
def test_an_action_is_no_fact_about_a_body_or_person(sentence):
    assert not describes_a_body_or_person(sentence)


def test_a_report_leaves_out_a_founding_year_and_a_speaker_s_biography():
    events = _events("The students' union was founded in 2016 and represents every student on the campus.",
                     "Its president, who graduated in 2019, spoke to the occupiers.",
                     "In 2020, students occupied the library over the closure of the night bus.")
    assert events == [(True, "2023-03-13"), (False, "2020")]


def test_history_long_before_an_undated_report_is_left_out():
    # The report is undated: its main event is "not before" 2021, the latest
    # year it mentions, so 1995 is a quarter of a century before it.
    events = _events("The union's rent campaign won a freeze in 2021, the officers said.",
                     "In 1995, students occupied the same office for a week over grants.", dated=False)
    assert [start for main, start in events if not main] == ["2021"]


def test_the_patterns_stay_linear_on_hostile_input():
    # 200 KB of near-misses: "who" and "since its" followed by endless
    # words, "founded in" never followed by a year (a quadratic search would not end).
    hostile = ("who " + "said " * 20) * 1500 + "since its " * 5000 + "founded in early " * 5000
    assert len(hostile) > 200_000
    assert not describes_a_body_or_person(hostile)
