"""Organisations a reader knows though no head word names them (issue 16,
stop 62): firms listed after the plural noun of their kind and a verb
("the cleaning companies bargaining with the union are A, B and C"), and a
source named in the clause closing a sentence (", Ostland Today reported.").
Texts written for the test."""

from __future__ import annotations

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
