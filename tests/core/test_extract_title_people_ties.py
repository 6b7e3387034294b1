"""A title that would be cut drops the tie between the people it names and a body, as it drops who represents
them (issue 16): "teachers | associated with the Lakeland federation | continued ..." reads "Teachers
continued ...", as "nurses | represented by the union | went ..." reads "Nurses went ...". The tie is no
description when a word that opens a clause follows it. Every text here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract.title_headline import without_described_people
from timeline_app.core.extract.titles import event_title


def test_a_tie_to_a_body_goes_from_a_title_that_would_be_cut():
    assert event_title("Teachers associated with the Lakeland Federation of College Staff continued their sit-in "
                       "against the new marking rules for a fifth straight day.") == \
        "Teachers continued their sit-in against new marking rules"
    assert event_title("Lecturers affiliated to the Westbrook branch of the Ostland tutors guild staged a second "
                       "walkout over the marking rota on the Arlen campus.") == \
        "Lecturers staged second walkout over marking rota on Arlen campus"


def test_the_tie_is_said_without_it_when_a_name_holds_and():
    assert without_described_people("Nurses allied with the Kea and Arlen Guild held a picket.") == \
        "Nurses held a picket."


def test_the_tie_stays_before_a_clause_of_its_own():
    text = "Teachers associated with the clinic as it was being closed were told to stay home."
    assert without_described_people(text) == text


def test_the_tie_stays_before_a_verb_of_saying():
    # the tie says whose claim it is
    text = ("Officials allied to the governor of Lakeland said on Monday that the striking porters had attacked two "
            "police officers at the gate.")
    assert without_described_people(text) == text
    assert event_title(text).startswith("Officials allied to the governor of Lakeland said")
    text = "Officials associated with the Harbourton port authority have claimed that the dockers blocked every gate."
    assert without_described_people(text) == text
