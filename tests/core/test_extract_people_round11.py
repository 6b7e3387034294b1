"""People in contact blocks, after offices and around cue words (issue 16,
round 11): a contact line whose number sits on the next line, a surname
that is a plural word ("Banks"), a given name that is also a title after an
office, and pairs a cue catches that name no one (a place's adjective
opening a role, a song's title). Every text here is written for the test."""

from __future__ import annotations

import pytest

from test_extract_people_round10 import _people


@pytest.mark.parametrize(("text", "person", "not_people"), [
    # the number under the name is the cue; a desk's name above a number is none
    ("Tutors voted to strike.\n\nFor more information contact:\nMarguerite Oduya, Local 77 Media\n555-201-3344\n"
     "Press Desk Services\n555-201-0000\n", "Marguerite Oduya", {"Press Desk Services"}),
    ("The picket grew. Plus Delia Banks, a former branch secretary, came to help.", "Delia Banks", {"Plus Delia Banks"}),
    ("“We will not be silenced,” said South Australian youth organiser Tamsin Groves.", "Tamsin Groves",
     {"South Australian"}),
])
def test_the_person_is_found_and_the_near_misses_are_not(text: str, person: str, not_people: set[str]):
    people = _people(text)
    assert person in people
    assert not_people.isdisjoint(people)


def test_a_given_name_that_is_also_a_title_after_an_office_is_the_name():
    assert _people("Guild President Dean Ofori said the sleep-out would go ahead.").get("Dean Ofori") == "Guild President"


def test_a_song_after_a_performance_word_is_no_person():
    assert _people("The picket closed with a rendition of Rosa Linda and everyone went home.") == {}


def test_a_lower_case_role_before_a_name_on_a_short_line_is_no_heading():
    people = _people("We want a general election now.\n\nStatement from FEE DCU activist Aoibhinn Brannock;\n")
    assert people.get("Aoibhinn Brannock") == "FEE DCU activist"
