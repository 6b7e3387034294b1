"""Organisations, round 12: names listed among bodies already found are bodies
(organisation_list_members), but not a body's town, a hard-wrapped fragment,
or a list of places with one body in it."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.extract.organisation_list_members import listed_members
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_name_listed_among_found_bodies_is_a_body():
    orgs = _orgs("On Friday, Westbrook Academy, Hollin Grammar School, Tarnside Academy and Ostland "
                 "Rising all closed for the strike.")
    assert "Ostland Rising" in orgs


def test_a_listed_name_with_a_head_word_is_named_as_written():
    orgs = _orgs("On Friday, Westbrook Academy, Hollin Grammar School, Tarnside College and Ostland "
                 "Rising all closed for the strike.")
    assert "Westbrook Academy" in orgs
    assert "Westbrook Academy University" not in orgs


def test_a_campaign_listed_among_found_bodies_is_a_body():
    orgs = _orgs("The rally was backed by Teachers Union of Ostland, Nurses Federation and "
                 "Fair Rent Now, who marched together.")
    assert "Fair Rent Now" in orgs


def test_a_list_of_towns_with_one_body_stays_towns():
    orgs = _orgs("Marches were held in Arlen, Brede, Corby Green and at Tarnside College on Friday.")
    assert not {"Arlen", "Brede", "Corby Green"} & orgs


def test_a_bodys_town_after_a_comma_is_no_member():
    orgs = _orgs("Students of Tarnside College, Arlen, Hollin University and Westbrook Academy protested.")
    assert "Arlen" not in orgs


def test_a_name_inside_a_found_body_is_its_town():
    orgs = _orgs("Staff from Arlen University, Hollin College and Arlen joined the picket.")
    assert "Arlen" not in orgs


def test_a_hard_wrapped_fragment_is_no_member():
    text = ("Staff at Westbrook Academy, Hollin College, Brackenby Green, College of St.\n"
            "Benedict, Tarnside College and Ostland College joined.")
    orgs = _orgs(text)
    assert "Benedict" not in orgs
    assert "Brackenby Green" in orgs


def test_listed_members_asks_only_about_lists_of_three():
    asked: list[str] = []
    text = "Arlen and Brede met. Then Corby, Dunmore and Eskby came."

    def found(start: int, end: int) -> bool:
        asked.append(text[start:end])
        return False

    assert list(listed_members(text, [(26, 31)], found)) == []
    assert asked == ["Then Corby", "Dunmore", "Eskby"]



def test_a_listed_name_spaced_out_is_mentioned_whole():
    from timeline_app.core.extract.organisations import find_organisations
    from timeline_app.core.extract.sentences import lines
    text = ("The rally was backed by Teachers Union of Ostland, Nurses Federation and "
            "Fair  Rent  Now, who marched together.")
    found = find_organisations(text, lines(text))
    spans = [text[m.start:m.end] for m in found.mentions if m.name == "Fair Rent Now"]
    assert spans == ["Fair  Rent  Now"]
