"""Bodies no rule found at all (issue 16, stop 59): a union named after "trade union" or a sector's union
("the dockers' trade union Kestrel", "a public sector union Marlow"); the firm staff work at, before its town
("drivers at Brenton Fleet Systems in Harbourton"); a word of "and other unions" the page
writes in lower case is people, not a body. And the mends of these rules: a person after a sector's union,
people and a sentence's opening word before "and other groups", a possessive "unions'", and a place or a site
before a town. Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names
from test_extract_organisation_recall_h6 import _reads  # the bodies a text names hold some, lack others


def test_a_name_after_trade_union_or_a_sector_union_is_a_body():
    orgs = set(organisation_names(
        "Dock stoppage\n\nTrade union Kestrel says the port owners offered too little.\nThe Ostland trade union "
        "Brennow called on Tuesday for a two-day stoppage, and the public sector union Marlow backed it.\n"))
    assert {"Kestrel", "Brennow", "Marlow"} <= orgs, orgs


def test_a_word_written_in_lower_case_before_and_other_unions_is_no_body():
    orgs = set(organisation_names(
        "Pay march\n\nTeachers, Porters and other unions walked through Harbourton on Friday. The porters want a "
        "rise of six per cent.\n"))
    assert "Porters" not in orgs, orgs


def test_the_firm_staff_work_at_before_its_town_is_a_body():
    orgs = set(organisation_names(
        "Depot walkout\n\nOn Monday the drivers at Brenton Fleet Systems in Harbourton stopped work, and workers at "
        "Ostra Cold Storage, in Lakeland, joined them on Tuesday.\n"))
    assert {"Brenton Fleet Systems", "Ostra Cold Storage"} <= orgs, orgs



def test_a_person_after_a_sector_union_is_no_body():
    _reads("Strike backed\n\nEvery public sector union Mira Tane spoke to backed the strike in Harbourton on Monday. "
           "Tane said the vote was clear.\n", set(), {"Mira Tane"})


def test_people_and_a_sentences_opening_word_before_and_other_bodies_are_no_body():
    _reads("Rally\n\nThen Ama Lind, Kea Holm and other unions' officers spoke. Later Ama Lind, Jo Arlen and other "
           "groups joined. Later Ostwork, Arlen Tenants and other groups joined too.\n",
           {"Ostwork", "Arlen Tenants"}, {"Then Ama Lind", "Later Ama Lind", "Ama Lind", "Jo Arlen", "Later Ostwork"})


def test_a_place_or_a_site_staff_work_at_before_its_town_is_no_body():
    _reads("Depot walkout\n\nDrivers at Kea Holm in Ostland walked out on Monday, and staff at Arlen Vale, in "
           "Lakeland, joined them. Workers at Port Arlen Harbour in Westbrook followed.\n",
           set(), {"Kea Holm", "Arlen Vale", "Port Arlen Harbour"})
