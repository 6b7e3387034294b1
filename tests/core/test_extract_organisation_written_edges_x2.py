"""Bodies' names the page writes in a form a run of capitals reads wrongly: a joining word with a capital
("Harbourton College Of Music") and a code in capitals joined by a hyphen ("ABC-Westbrook Hospital", "K-P Bar
Council")."""

from __future__ import annotations

from extracted import organisation_names

from timeline_app.core.extract.organisation_capital_joins import with_small_joins
from timeline_app.core.extract.organisation_code_prefix import with_code_before


def test_a_capital_of_after_a_head_goes_on_to_the_name():
    names = organisation_names("Porters at the Harbourton College Of Music walked out on Monday over unpaid hours.")
    assert "Harbourton College of Music" in names
    assert "Harbourton College" not in names


def test_a_capital_for_after_a_head_goes_on_to_the_name():
    names = organisation_names("Tutors at the Kea Holm Institute For Fair Housing voted to strike on Tuesday.")
    assert "Kea Holm Institute for Fair Housing" in names


def test_a_capital_join_not_after_a_head_or_not_before_a_name_is_left():
    assert with_small_joins(["Arlen", "Voices", "For", "Peace"]) == ["Arlen", "Voices", "For", "Peace"]
    assert with_small_joins(["Lakeland", "College", "Of"]) == ["Lakeland", "College", "Of"]


def test_a_code_glued_by_a_hyphen_opens_the_name():
    names = organisation_names("Cleaners at ABC-Westbrook St. Arlen Hospital in Lakeland began a strike on Friday.")
    assert "ABC-Westbrook St. Arlen Hospital" in names
    assert "Westbrook St. Arlen Hospital" not in names


def test_a_places_hyphened_initials_open_the_name():
    text = "The Ostland Lawyers Association and the K-P Bar Council boycotted the courts on Monday."
    names = organisation_names(text)
    assert "K-P Bar Council" in names
    assert "Bar Council" not in names


def test_a_word_of_capitals_before_the_name_with_a_blank_is_not_taken():
    text = "Staff of the KEA-ARL Lakeland Council met."
    start = text.index("Lakeland")
    assert with_code_before(text, "Lakeland Council", start) == ("Lakeland Council", start)
    glued = "Staff of pro-Lakeland Council met."
    assert with_code_before(glued, "Lakeland Council", glued.index("Lakeland"))[0] == "Lakeland Council"


def test_a_code_that_names_a_side_of_its_own_stays_apart():
    # a dispute or talks have two sides; a dateline opens its line; a code the page also writes alone is a body
    for text, name in (("Talks in the ARL-Harbourton University dispute broke down.", "Harbourton University"),
                       ("The KEA-Westbrook Council talks ended without a deal on Friday.", "Westbrook Council"),
                       ("ARLEN-Westbrook Teachers Union said on Monday that staff would strike.",
                        "Westbrook Teachers Union"),
                       ("Porters of OST-Lakeland College struck on Monday. The OST backed them.", "Lakeland College")):
        names = organisation_names(text)
        assert name in names
        assert not any(found.endswith("-" + name) for found in names)
