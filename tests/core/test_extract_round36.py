"""Round 36 (issue 16), from real pages: a weekday a body's name runs into,
a paper named by a Spanish article, five initials and a particle before a
surname, and an action counted "for a third day" to the day its sentence
names.
Each rule has guards: the same words where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names
from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _events(text: str, published: str | None = None):
    return extract(ReadDocument(text=text, format="txt", published=published)).events


@pytest.mark.parametrize("day", ["Wednesday", "Friday"])
def test_a_weekday_after_a_body_is_no_part_of_its_name(day):
    text = f"Teachers blocked the gates of the Harbourton Institute for Public Education {day}, and police watched."
    assert organisation_names(text) == ["Harbourton Institute for Public Education"]


def test_a_paper_on_sunday_keeps_its_day_out_of_any_body():
    text = "The Lakeland Nurses Union said on Sunday that wards would close, the Westbrook Mail on Sunday reported."
    assert "Lakeland Nurses Union" in organisation_names(text)
    assert not any(name.endswith("Sunday") for name in organisation_names(text))


@pytest.mark.parametrize("paper", ["La Gaceta", "El Heraldo"])
def test_a_paper_named_by_an_article_is_no_person(paper):
    text = f"Students marched through Ostland City on Thursday, and 12 were arrested, according to {paper}."
    assert paper not in person_names(text)


def test_a_person_whose_given_name_is_an_article_word_stays_a_person():
    text = "Teachers walked out on Monday. La Verne Simms, president of the Lakeland Teachers Union, led them."
    assert "La Verne Simms" in person_names(text)


@pytest.mark.parametrize("name", ["A.B.C.D. Weerasena", "K. L. M. N. Ratnayake", "W.A. de Vaz", "R.M.P. da Costa"])
def test_long_initials_and_a_particle_before_a_surname_make_a_name(name):
    text = f"The secretary of the Ostland Teachers Union, {name}, said the strike would go on."
    assert name in person_names(text)


def test_a_count_for_a_third_day_dates_the_action_from_the_day_it_names():
    text = "Nurses at Harbourton General stayed off the wards for a third day on Tuesday over unpaid overtime."
    events = _events(text, "2019-05-15")  # a Wednesday: Tuesday the 14th is the third day
    assert (events[0].start, events[0].precision) == ("2019-05-12", "day")
    assert [event.start for event in events].count("2019-05-14") == 0  # the day counted to is no second event


def test_a_count_after_its_weekday_counts_back_from_that_day():
    text = ("date 2020-02-08\nStudents of Westbrook College on Friday continued their sit-in at the "
            "registry for the second day, calling for the fee rise to be dropped.")
    assert _events(text)[0].start == "2020-02-06"


def test_a_count_with_no_day_named_counts_back_from_the_page():
    text = "Farmers blocked the Lakeland ring road for the third consecutive day, demanding fair milk prices."
    assert _events(text, "2021-03-10")[0].start == "2021-03-08"


def test_a_count_in_a_sentence_dated_some_other_way_is_no_count_of_today():
    text = "Farmers blocked the Lakeland ring road in March 2019 for the third consecutive day, the report recalls."
    assert _events(text, "2021-03-10")[0].start != "2021-03-08"


def test_the_nth_day_of_something_else_is_no_count():
    text = "Teachers will strike on Friday. Delegates met for the second day of the union conference."
    assert _events(text, "2021-03-10")[0].start == "2021-03-12"
