"""Kinds that hold on pages the rules were not tuned on (issue 16, round 3):
a territory's occupation is no sit-in, a building taken over is held,
pupils who miss school for the climate are on strike, and the news that
someone has resigned is no vote or petition, even when one led to it."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_an_open_letter_against_a_territorys_occupation_is_a_letter():
    _, main = _main(
        "Lecturers urge universities to divest from the occupation of Palestine\n\n"
        "Forty lecturers have signed an open letter asking universities to sell their shares.\n\n"
        "The letter says the illegal occupation has lasted for decades and that military occupation "
        "is condemned by the United Nations.\n")
    assert main.kind == "letter"


def test_a_building_takeover_reported_as_a_protest_is_an_occupation():
    _, main = _main(
        "Students protest fee rise with building takeover\n\n"
        "Students began a protest in the main hall on Tuesday night and stayed there until morning.\n\n"
        "The protesters said the protest would go on until the fee rise is dropped.\n")
    assert main.kind == "occupation"


def test_pupils_missing_classes_over_the_climate_are_on_strike():
    _, main = _main(
        "Thousands of pupils miss classes to protest against climate change\n\n"
        "Pupils joined demonstrations in six towns, part of a movement of strikes over climate change.\n\n"
        "The protest in the capital was the largest, and the demonstrators marched to parliament.\n")
    assert main.kind == "strike"


def test_a_petition_that_ended_in_a_resignation_reports_the_resignation():
    _, main = _main(
        "The treasurer of the rowing club is to stand down, following a petition calling for his "
        "resignation.\n\n"
        "The petition gained 900 signatures in a week. The club said a new election would be held.\n")
    assert main.kind == "other"


def test_a_petition_calling_for_a_resignation_stays_a_petition():
    _, main = _main(
        "Students launch petition calling for the principal's resignation\n\n"
        "A petition calling for the principal to resign has gained 2,000 signatures.\n\n"
        "Organisers will hand the petition to the governors next week.\n")
    assert main.kind == "petition"


def test_a_report_that_closes_on_another_day_of_action_is_dated_by_its_own():
    extraction, main = _main(
        "Thousands of students rallied and marched on May 4 in a nationwide protest against the cuts.\n"
        "Members of the lecturers' union joined the marches in many cities.\n"
        "Work has begun on another national day of action against the cuts, due to take place on May 20.\n"
        "Published May 9, 2011.\n")
    assert main.start == "2011-05-04"
