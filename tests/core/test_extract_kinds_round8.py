"""Kinds, round 8 (issue 16): class boycotts and stop-work marches are
strikes in the word vote, a strike said to begin is the strike, a strike
refused ("no strike for you") or an agreement not reached is no act."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_class_boycott_outvotes_the_words_around_it():
    _, main = _main(
        "Sixth formers to join class boycott on Friday\n\n"
        "Pupils from forty schools have signed up for the class boycott, the organisers said after a vote "
        "of the pupils' council and a motion at the town council.\n\n"
        "Their class boycott follows a week of lecture boycotts at the university.\n")
    assert main.kind == "strike"


def test_a_strike_said_to_begin_is_the_strike_not_the_talks_that_failed():
    _, main = _main(
        "Classes halted as technicians' strike begins across the country\n\n"
        "The union said the walkout had to go ahead after it failed to reach an agreement with the ministry.\n\n"
        "Colleges were closed on Tuesday.\n")
    assert main.kind == "strike"


def test_a_strike_refused_in_the_headline_leaves_the_court_order():
    _, main = _main(
        "NO STRIKE FOR NURSES: judge sends hospital staff back to the wards\n\n"
        "A judge in the county court ordered the nurses' union to end its strike at four hospitals.\n\n"
        "The union said the strike had been solid and its members would appeal.\n")
    assert main.kind == "other"
