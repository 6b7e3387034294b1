"""An event named for every school of a level is no school's own event (issue 16, stop 64): in "the National
High School Walkout" the words before the walkout are a describer and a level of schooling, so no body is cut
from it; "the Harbourton High School Walkout" still names the school that walks out. Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names


def test_a_walkout_of_every_school_of_a_level_gives_no_school():
    found = organisation_names("Lakeland pupils join the National High School Walkout\n\n3 May 2021\n\n"
                               "Pupils in Lakeland joined the National High School Walkout on Friday, said Mira "
                               "Tane of the Westbrook Students Union.\n")
    assert "National High School" not in found, found
    assert "Westbrook Students Union" in found, found


def test_a_named_schools_walkout_still_gives_the_school():
    found = organisation_names("Pupils walk out in Harbourton\n\n3 May 2021\n\nPupils joined the Harbourton "
                               "High School Walkout on Friday, said Mira Tane of the Westbrook Students Union.\n")
    assert "Harbourton High School" in found, found
