"""Bodies no rule found at all (issue 16, stop 59): a union named after "trade union" or a sector's union
("the dockers' trade union Kestrel", "a public sector union Marlow"); the firm staff work at, before its town
("drivers at Brenton Fleet Systems in Harbourton"); a word of "and other unions" the page
writes in lower case is people, not a body. Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names


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
