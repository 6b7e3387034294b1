"""A run of capitals that names a harm after the kind of body doing it is no body (issue 16, stop 64):
"Condemnation of Police Brutality" in a statement's heading names what is condemned, not a police force
called "Condemnation of Police". Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names

_STATEMENT = ("Release of Westbrook Marchers and Condemnation of Police Brutality\n\n3 May 2021\n\n"
              "The Lakeland Teachers Union met Jo Arlen on Monday. Ama Lind asked about the Police Oversight "
              "Board and the raids in Harbourton.\n")


def test_a_harm_named_after_its_doers_is_no_body():
    found = organisation_names(_STATEMENT)
    assert not any(name.startswith("Condemnation") for name in found), found


def test_bodies_beside_the_harm_stay():
    found = organisation_names(_STATEMENT)
    assert {"Lakeland Teachers Union", "Police Oversight Board"} <= set(found), found
