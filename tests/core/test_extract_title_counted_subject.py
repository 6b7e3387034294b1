"""A count of people opening a sentence is its subject: a title keeps it and drops what describes it."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    # an aside after the counted people, before their verb, goes; the count stays
    ("At least a dozen tutors of the Harbourton Academy, including guild chair Mira Tane, were held by "
     "the police overnight on Tuesday.",
     "At least a dozen tutors of the Harbourton Academy were held"),
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


def test_a_time_counted_still_opens_a_clause() -> None:
    # ("Nearly two weeks after ...": a stretch of time, not people; the opening clause still goes)
    title = event_title("Nearly two weeks after the vote at the Harbourton depot, the drivers walked out of "
                        "the yard on Monday.")
    assert title == "The drivers walked out of the yard on Monday"
