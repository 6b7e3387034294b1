"""A count of people opening a sentence is its subject: a title keeps it and drops what describes it."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    # an aside after the counted people, before their verb, goes; the count stays
    ("At least a dozen lecturers of the Harbourton Academy, including guild chair Mira Tane, were held by "
     "the police overnight on Tuesday.",
     "At least a dozen lecturers of the Harbourton Academy were held"),
    # a list of places after the count is no clause's end
    ("At least 300 nurses from Westbrook, Ostland and Arlen walked out of the wards on Monday morning to "
     "demand safer rosters.",
     "At least 300 nurses from Westbrook, Ostland and Arlen walked out"),
    # a wire dateline before the count: the aside still goes
    ("Kea Holm [Ostland], June 3 (OPA): At least 40 porters of the Lakeland General Hospital (LGH), "
     "including branch chair Ama Lind, were locked out on Sunday evening after a sit-in at the gates, "
     "the hospital's managers said.",
     "At least 40 porters of LGH were locked out after a sit-in at the gates"),
])
def test_counted_people_stay_the_subject(sentence: str, title: str) -> None:
    assert event_title(sentence) == title


@pytest.mark.parametrize(("sentence", "title"), [
    # ("Nearly two weeks after ...": a stretch of time, not people; the opening clause still goes)
    ("Nearly two weeks after the vote at the Harbourton depot, the drivers walked out of the yard on Monday.",
     "The drivers walked out of the yard on Monday"),
    # a unit of time and a preposition before the people: "teachers" is no one counted
    ("Nearly two years without teachers, the village school at Kea Holm finally closed its doors on Monday morning.",
     "The village school at Kea Holm finally closed its doors"),
    # a preposition before the people: "the nurses' picket" is where, not who
    ("Nearly a hundred metres from the nurses' picket, the Westbrook board met the Arlen union on Monday to talk "
     "about the pay.",
     "The Westbrook board met the Arlen union to talk about the pay"),
])
def test_a_time_counted_still_opens_a_clause(sentence: str, title: str) -> None:
    assert event_title(sentence) == title


@pytest.mark.parametrize(("sentence", "title"), [
    # "At least" before a stretch of time opens a clause: the subject after it stays, its aside goes
    ("At least two weeks after the walkout, the nurses, angry at the board, returned to the wards at Westbrook "
     "General on Monday.",
     "The nurses, angry at the board, returned to the wards"),
    ("At least once a week, the tutors, led by Mira Tane, have picketed the Lakeland College gates since March.",
     "The tutors, led by Mira Tane, have picketed the Lakeland College gates"),
])
def test_at_least_a_time_keeps_the_subject_after_it(sentence: str, title: str) -> None:
    assert event_title(sentence) == title
