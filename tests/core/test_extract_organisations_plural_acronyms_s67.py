"""Organisations, stop 67: a set of local public bodies written once with its
plural and a plural acronym ("District Health Boards (DHBs)") is a body the
page names; a plural of a type noun in general ("Civil Society Organisations
(CSOs)") or of people is not."""

from __future__ import annotations

import pytest

from extracted import organisation_names


def _orgs(text: str) -> set[str]:
    return set(organisation_names(text))


@pytest.mark.parametrize(("text", "wanted"), [
    pytest.param("Nurses in Ostland will strike after talks with the District Health Boards (DHBs) broke down "
                 "on Monday. Most regions have one DHB.", "District Health Boards", id="capitalised boards"),
    pytest.param("Talks between the Westbrook Nurses Union and the Westbrook Health Boards (WHBs) broke down on "
                 "Monday.", "Westbrook Health Boards", id="a town the union before it shares"),
    pytest.param("Offices such as Harbourton, Lakeland and District Assemblies (HLDAs) will close during the "
                 "strike on Monday.", "Harbourton, Lakeland and District Assemblies", id="a comma list in the name"),
    pytest.param("Staff at the Westbrook Primary Care Trusts (PCTs) walked out on Monday.",
                 "Primary Care Trusts", id="a town before the name spells no letter"),
])
def test_a_set_of_public_bodies_with_its_plural_acronym_is_found(text: str, wanted: str) -> None:
    assert wanted in _orgs(text)


@pytest.mark.parametrize("text", [
    pytest.param("Leaders of Civil Society Organisations (CSOs) in Arlen met the minister on Monday.", id="a kind"),
    pytest.param("Doctors in Kea Holm boycotted the Outdoor Patient Departments (OPDs) on Monday.", id="wards"),
    pytest.param("Mira Tane said the Harbourton Boards (XYZs) had not replied by Monday.", id="letters spell nothing"),
    # a plural in lower case is a common noun: a kind of body, not a set the page names
    pytest.param("Tenants in Arlen formed one of the first community land trusts (CLTs) in Ostland.", id="land trusts"),
    pytest.param("The union wants works councils (WCs) in every Westbrook plant by Monday.", id="works councils"),
    pytest.param("Strikes by doctors hit health boards (DHBs) hard on Monday, said Kea Holm.", id="a verb before"),
])
def test_a_plural_that_names_a_kind_or_whose_letters_do_not_match_is_no_body(text: str) -> None:
    names = _orgs(text)
    assert not any(name.lower().endswith(("organisations", "departments", "boards", "trusts", "councils"))
                   for name in names), names


def test_a_union_named_before_the_boards_keeps_its_name() -> None:
    # the two share their town: the boards' name must not be taken from the union's words
    names = _orgs("Talks between the Westbrook Nurses Union and Westbrook Health Boards (WHBs) broke down on Monday.")
    assert {"Westbrook Nurses Union", "Westbrook Health Boards"} <= names, names
