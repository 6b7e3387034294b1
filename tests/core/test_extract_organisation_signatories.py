"""A letter's signers listed one a line, each with where they come from: the column after the names holds bodies,
even those no organisational word marks ("Index on Censorship", "English PEN"), and the letter's event names
them (issue 16, stop 74). Texts written for the test."""

from __future__ import annotations

from extracted import main_event, organisation_names

_LETTER = ("Charities write to the minister\n\n"
           "We, the undersigned, call on the minister to keep the advice service open, as we said on 3 March 2025.\n\n"
           "{signatures}\n")


def _letter(*signatures: str) -> str:
    return _LETTER.format(signatures="\n".join(signatures))


def test_bodies_beside_signers_are_found_and_on_the_letter() -> None:
    text = _letter("Anna Kowalski, Chief Executive, Harbourton Rights Watch",
                   "Tom Reyes, Director, Index on Kestrel Housing",
                   "Maria Lind, Partner, Arlen Brothers LLP",
                   "Jo Arlen, Chair, Westbrook Renters Association")
    orgs = organisation_names(text)
    assert {"Index on Kestrel Housing", "Arlen Brothers LLP"} <= set(orgs)
    assert "Index on Kestrel Housing" in main_event(text).organisations


def test_campuses_and_capitals_in_a_column_are_bodies() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, UC Lakeland", "Tom Reyes, UCLW", "Maria Lind, UC Lakeland",
                                      "Jo Arlen, SOAW"))
    assert {"UC Lakeland", "UCLW", "SOAW"} <= set(orgs)


def test_bracketed_and_dashed_affiliations_are_bodies() -> None:
    orgs = organisation_names(_letter("Dr Anna Kowalski (Harbourton Food Bank)", "Tom Reyes (Kea Holm Climate Action)",
                                      "Maria Lind – Westbrook Tenants Union", "Jo Arlen – Friends of Arlen Park",
                                      "Imam Yusuf Okoro (Harbourton Central Mosque Trust)",
                                      "Kay Ng – Lakeland Trades Council", "Ade Bello (Kestrel Valley Trust)",
                                      "Lin Chow – Arlen Hospice Group", "Sam Reid (Westbrook Credit Union)"))
    assert {"Harbourton Food Bank", "Kea Holm Climate Action", "Friends of Arlen Park",
            "Harbourton Central Mosque Trust"} <= set(orgs)


def test_a_column_mostly_unmarked_gives_only_its_marked_bodies() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, South Harbourton", "Tom Reyes, Upper Marsh",
                                      "Maria Lind, Westbrook Tenants Union", "Jo Arlen, Kea Holm Lido"))
    assert orgs == ["Westbrook Tenants Union"]


def test_two_bodies_joined_by_and_are_two() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, Harbourton Migrant Solidarity and Kea Holm Refugee Welcome",
                                      "Tom Reyes, Westbrook Tenants Union", "Maria Lind, Arlen Valley Trust"))
    assert {"Harbourton Migrant Solidarity", "Kea Holm Refugee Welcome"} <= set(orgs)


def test_letters_after_names_codes_and_posts_before_a_body_are_no_bodies() -> None:
    orgs = organisation_names(_letter("Jo Arlen, OBE, Orrin Youth Theatre",
                                      "Dr Ellen Maitland, MBBS, MRCGP, Arlen Surgery",
                                      "Tom Reyes, Managing Partner, Lightfoot & Crane LLP", "Kay Ng, Harbourton NSW",
                                      "Sam Reid, Union Organiser, Westbrook Trades Council"))
    assert not {"OBE", "MBBS", "MRCGP", "Managing Partner", "Harbourton NSW", "Union Organiser"} & set(orgs)
    assert {"Lightfoot & Crane LLP", "Westbrook Trades Council"} <= set(orgs)


def test_a_post_at_a_body_gives_the_body_and_a_wrapped_body_is_not_cut() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, Policy Adviser at Westbrook Housing Trust",
                                      "Tom Reyes, Caseworker at Arlen Law Centre",
                                      "Maria Lind, Lakeland Trades Council",
                                      "Jo Arlen, Kea Holm Community Food", "Bank"))
    assert {"Westbrook Housing Trust", "Arlen Law Centre"} <= set(orgs)
    assert not [org for org in orgs if org.startswith(("Policy", "Caseworker")) or org.endswith("Food")]


def test_posts_towns_and_telephones_in_the_column_are_no_bodies() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, Reader in Public Health, Lakeland University",
                                      "Tom Reyes, Vice President Education, Lakeland SU",
                                      "Maria Lind, Arlen Falls Birth Centre, Arlen Falls",
                                      "Jo Arlen, Westbrook Tenants Union, 0141 496 0372",
                                      "Kay Ng, Head of the School of Ocean Sciences, Lakeland University"))
    assert not {"Reader in Public Health", "Vice President Education", "Arlen Falls", "0141 496 0372"} & set(orgs)
    assert not [org for org in orgs if org.startswith("Head")]


def test_a_column_of_towns_names_no_body() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, Cape Arlen", "Tom Reyes, New Westbrook",
                                      "Maria Lind, Port Kestrel", "Jo Arlen, South Harbourton"))
    assert orgs == []


def test_two_signers_are_no_list() -> None:
    orgs = organisation_names(_letter("Anna Kowalski, Index on Kestrel Housing", "Tom Reyes, UC Lakeland"))
    assert "Index on Kestrel Housing" not in orgs


def test_signers_named_with_particles_keep_the_list_going() -> None:
    orgs = organisation_names(_letter("Prof. Dr. Marieke van den Berk (Kestrel Institute of Social Studies)",
                                      "Dr. Ana de la Vega (Harbourton Gender Studies Network)",
                                      "Dr. Pieter de Wit (Arlen University)",
                                      "Dr. Sara Lind (Westbrook Feminist Archive)"))
    assert {"Harbourton Gender Studies Network", "Westbrook Feminist Archive"} <= set(orgs)
