"""A title that would be cut drops an office run into the name that holds it, with no comma between (issue 16):
"The Lakeland deputy minister Ama Lind urged ..." becomes "Ama Lind urged ...". Only a whole phrase is kept, and
a plural ("members", "leaders") names no one. The office may be of a body ("The Deputy Minister of
Lakeland Transport Ama Lind visited ..."). Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_frames import without_frame
from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Lakeland deputy minister Ama Lind urged the ferry crews of Kea Holm to return to work as talks on the "
     "winter rota resumed in Arlen", "Ama Lind urged the ferry crews of Kea Holm to return to work"),
    ("Former Ostland Guild leader and peer Jo Arlen has joined the tutors of Westbrook in protest at the closure "
     "of the night classes", "Jo Arlen has joined the tutors of Westbrook in protest"),
    ("Harbourton Dockers general secretary Mira Tane said the crews would stay out until the port board drops its "
     "plan for the night shifts", "Mira Tane said the crews would stay out"),
    # the office of a body, the body ending on its head noun
    ("The Deputy Minister of Lakeland Transport Ama Lind visited the Kea Holm ferry depot in Arlen yesterday to "
     "meet the crews and the port board", "Ama Lind visited the Kea Holm ferry depot in Arlen"),
])
def test_a_title_drops_an_office_run_into_the_name(sentence: str, title: str):
    named = title.split(" ", 2)
    assert without_frame(sentence).startswith(f"{named[0]} {named[1]} ")  # the name opens what is left
    assert event_title(sentence) == title


@pytest.mark.parametrize("sentence", [
    "Union members Ama Lind and Jo Arlen walked out of the Harbourton depot",
    "The Lakeland Minister Says Ferries Will Sail",
    "The Minister of Lakeland Transport said that Jo Arlen would go",
])
def test_no_office_is_dropped_where_none_is_run_into_a_name(sentence: str):
    assert without_frame(sentence) == sentence
