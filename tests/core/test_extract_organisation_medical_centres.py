"""A medical centre is a hospital whose nurses and doctors strike, so it names a body like "... Hospital" does
(issue 16, stop 66); a centre named by no work ("the Arlen Student Centre") is still a building, and
so is a medical centre with no name of its own ("the Medical Centre"). Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names


def test_a_medical_center_where_nurses_strike_is_a_body() -> None:
    orgs = organisation_names("Nurses strike\n\nNurses walked out at Harbourton Medical Center and Lakeland "
                              "General Hospital on Monday, the union said.\n")
    assert "Harbourton Medical Center" in orgs


def test_a_centre_without_a_name_or_work_stays_a_building() -> None:
    orgs = organisation_names("Sit-in\n\nStudents from Westbrook held a sit-in at the Arlen Student Centre on "
                              "Monday and met outside the Medical Centre later.\n")
    assert not [org for org in orgs if org.endswith("Centre")]
