"""Organisations a reader knows from cues the rules did not read (issue 16,
stop 58): a union local written "HTU local 5120", a bare "Local 612"
opening a sentence, a local written "HTU #58" in a union coalition's list,
an "infirmary" named like a hospital, a paper cited by its title ("told
The Lakeland Clarion"), brands listed after their kind, and an acronym
that acts ("the HKL still has") or stands in brackets after a lower-case
type noun ("the dockers' union (OSN)"). Texts written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_lower_case_local_after_a_union_acronym_is_the_unions_local():
    orgs = _orgs("Picket at the council\n\nJo Arlen is with HTU local 5120, which speaks for the caretakers of "
                 "Harbourton schools. The union says the new law takes away its right to bargain.\n")
    assert any(name.lower() == "htu local 5120" for name in orgs), orgs


def test_a_bare_local_opening_a_sentence_or_after_from_is_a_local_on_a_union_page():
    orgs = _orgs("Messages of support\n\nDrivers at the Harbourton depot want to join the union. "
                 "Some of the messages follow.\nMira Tane: Stand firm! Local 612 is with you!\n"
                 "Kea Holm: Greetings from local 377.\n")
    assert "Local 612" in orgs and any(name.lower() == "local 377" for name in orgs), orgs


def test_a_bare_local_before_a_measure_opening_a_sentence_is_no_union():
    orgs = _orgs("Strike day\n\nThe union called a strike in Harbourton on Monday. Local 24 hour shops stayed "
                 "open.\nLocal 7 day markets opened too.\n")
    assert not {"Local 24", "Local 7"} & set(orgs), orgs


def test_a_lower_case_local_of_shops_or_hours_is_no_union():
    orgs = _orgs("Union backs market\n\nThe union said money from local 20 businesses kept the Harbourton "
                 "market open, and the local 24 hour shop stayed shut.\n")
    assert not any("local" in name.lower() for name in orgs), orgs


def test_a_local_written_with_a_sign_of_number_after_its_acronym_is_a_local():
    orgs = _orgs("Harbourton city unions wrote to the council on Monday. The letter was signed by LWA #9 "
                 "and HTU #58.\n")
    assert {"LWA #9", "HTU #58"} <= orgs, orgs


def test_a_number_after_an_acronym_on_a_page_naming_no_union_is_no_local():
    orgs = _orgs("Harbourton library reopens\n\nThe library reopened on Monday, as PR #70 on the city's site "
                 "explains.\n")
    assert "PR #70" not in orgs, orgs


def test_an_infirmary_named_after_at_is_a_body():
    orgs = _orgs("Porters to walk out\n\nPorters and cooks at Westbrook infirmary will walk out next week over "
                 "weekend pay, their union said on Monday.\n")
    assert "Westbrook infirmary" in orgs, orgs


def test_a_paper_cited_by_its_title_is_a_body():
    orgs = _orgs("Nurses walk out\n\nNurses in Harbourton walked out on Monday. Mira Tane told The Lakeland "
                 "Clarion this morning that the strike would go on. According to The Westbrook Beacon, talks "
                 "failed.\n")
    assert {"The Lakeland Clarion", "The Westbrook Beacon"} <= orgs, orgs


def test_brands_listed_after_their_kind_are_bodies():
    orgs = _orgs("Garment factories shut\n\nThe factories of Ostland sell to big brands like Arlenwear, "
                 "Kea & Co, and Dunmore Apparel. Clothing brands, including Holm Outfitters and Westbrook Togs, "
                 "have been asked to pay.\n")
    assert {"Arlenwear", "Kea & Co", "Dunmore Apparel", "Holm Outfitters", "Westbrook Togs"} <= orgs, orgs


def test_an_acronym_that_still_has_or_admitted_or_acts_for_others_is_a_body():
    orgs = _orgs("Nurses protest\n\nNurses in Harbourton protested on Friday. After the HKL admitted its error, "
                 "the HKL still has no budget for Harbourton. Students spoke on behalf of WTA. OSNU directs its "
                 "members to stay home.\n")
    assert {"HKL", "WTA", "OSNU"} <= orgs, orgs


def test_an_acronym_in_brackets_after_a_lower_case_type_noun_is_a_body():
    orgs = _orgs("Ferries stay in harbour\n\nFerries stayed in harbour during the dockers' union (OSN) walkout. "
                 "The ruling party (KLP) said nothing.\n")
    assert {"OSN", "KLP"} <= orgs, orgs
