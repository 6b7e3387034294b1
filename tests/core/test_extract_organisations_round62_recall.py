"""Organisations a reader knows though no head word names them (issue 16,
stop 62): firms listed after the plural noun of their kind and a verb
("the cleaning companies bargaining with the union are A, B and C"), and a
source named in the clause closing a sentence (", Ostland Today reported.").
Texts written for the test."""

from __future__ import annotations

import pytest
from timeline_app.core.extract.organisation_reported_by import outlets_reporting_after

from extracted import organisation_names

_CLEANERS = ("Cleaners walk out at Harbourton towers\n\nCleaners at the Harbourton office towers stopped work on "
             "Monday. ")


def test_firms_listed_after_their_kind_and_a_verb_are_bodies():
    found = organisation_names(_CLEANERS + "The three cleaning companies bargaining with the union are Westbrook "
                               "Floorcare, Kea Holm Upkeep and Arlen Brightwork.\n")
    assert {"Westbrook Floorcare", "Kea Holm Upkeep", "Arlen Brightwork"} <= set(found), found


def test_people_listed_after_a_firm_word_stay_people():
    found = organisation_names(_CLEANERS + "The owners of the three cleaning companies are Mira Tane, Jo Arlen "
                               "and Ama Lind.\n")
    assert not {"Mira Tane", "Jo Arlen", "Ama Lind"} & set(found), found


def test_a_source_named_in_a_closing_reporting_clause_is_an_outlet():
    found = organisation_names("Ferry crews strike in Harbourton\n\nFerry crews in Harbourton stopped work on Monday "
                               "over unpaid overtime, Ostland Today reported. Talks with the owners broke down "
                               "last week, KNA reported on Tuesday.\n")
    assert {"Ostland Today", "KNA"} <= set(found), found


def test_a_person_or_a_common_word_reporting_is_no_outlet():
    found = organisation_names("Ferry crews strike in Harbourton\n\nFerry crews in Harbourton stopped work on Monday, "
                               "Anna Holm reported. Few boats sailed, officials said; the crews were angry, "
                               "Officials reported.\n")
    assert not {"Anna Holm", "Officials"} & set(found), found


def test_towns_listed_after_employers_are_no_firms():
    text = _CLEANERS + "The largest employers in the region are Harbourton, Westbrook and Lakeland.\n"
    assert not {"Harbourton", "Westbrook", "Lakeland"} & set(organisation_names(text))


def test_people_places_and_groups_reporting_are_no_outlets():
    found = organisation_names("Ferry crews strike in Harbourton\n\nFerry crews stopped work on Monday, Dr Lind "
                               "reported. Few boats sailed, Police Chief Arlen reported. Twelve crews joined, Lakeland "
                               "reported. Pay was cut, Mayor Ama Tane reported. The owners refused to talk, Harbourton "
                               "Ferry Workers reported. Tane Westbrook said on Tuesday the crews were angry, Tane "
                               "Westbrook reported.\n")
    assert not {"Dr Lind", "Police Chief Arlen", "Lakeland", "Mayor Ama Tane", "Harbourton Ferry Workers",
                "Tane Westbrook"} & set(found), found


def test_an_owner_s_body_reporting_keeps_its_own_name():
    found = organisation_names("Ferry crews strike in Harbourton\n\nFerry crews stopped work on Monday, Ostland’s "
                               "Harbour Authority reported.\n")
    assert "Harbour Authority" in found and "Ostland's Harbour Authority" not in found, found


def test_a_place_reporting_is_no_outlet():
    found = organisation_names("Ferry crews strike\n\nFerry crews stopped work on Monday, Lakeland Province "
                               "reported.\n")
    assert "Lakeland Province" not in found, found


def test_a_region_reporting_is_no_outlet_of_the_closing_clause():
    # a region of two words (a province, a state) is no source's name; the outlets read it no further
    assert outlets_reporting_after("Ferry crews stopped work on Monday, Nova Scotia reported.") == []


@pytest.mark.parametrize("elsewhere", ["Mira Tane said the crews were angry.", "Later Dr Mira Tane spoke to them."])
def test_a_name_the_page_writes_as_a_person_s_is_no_outlet(elsewhere: str):
    found = organisation_names(f"Ferry crews strike\n\nFerry crews stopped work on Monday, Mira Tane reported. "
                               f"{elsewhere}\n")
    assert "Mira Tane" not in found, found


@pytest.mark.parametrize("outlet", ["Ostland Today", "Westbrook Evening Bulletin"])
def test_an_outlet_that_also_says_something_stays_an_outlet(outlet: str):
    # an outlet's word ("Today") or a name of three words before "said" is no person's
    found = organisation_names(f"Ferry crews strike\n\nFerry crews stopped work on Monday, {outlet} reported. "
                               f"Talks failed on Tuesday, {outlet} said.\n")
    assert outlet in found, found
