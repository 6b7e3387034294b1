"""Round 20 (issue 16): employers named by their trade ("the outsourcing
giant, Serco") or by their staff with a second sign ("Starbucks workers"
where Starbucks also speaks, "Woolworths warehouse workers"), never a town,
a faith, a sector, a grade of staff or a surname; wire agencies cited
("told Reuters"), not a body named after one ("the Reuters Institute")."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


@pytest.mark.parametrize(("sentence", "employers"), [
    ("In the holiday rush, Starbucks workers have walked out. Starbucks said it respects its workers.",
     {"Starbucks"}),
    ("A strike by 1,500 Woolworths warehouse workers began on Monday.", {"Woolworths"}),
    ("A week-long strike by Uber and Bolt drivers began. Uber said it would talk; Bolt management refused.",
     {"Uber", "Bolt"}),
    ("Pickets stood outside the stores of the retail giant Tesco on Monday.", {"Tesco"}),
    ("The cleaners were moved to the outsourcing giant, Serco, last month.", {"Serco"}),
    ("It was backed on Monday by retailer Walmart CEO Doug McMillon.", {"Walmart"}),
])
def test_an_employer_named_by_its_trade_or_by_its_staff_and_a_second_sign_is_a_body(sentence: str,
                                                                                   employers: set[str]):
    assert employers <= _organisations(f"Strike news\n\n{sentence}\n")


@pytest.mark.parametrize("text", [
    "Strike news\n\nThe strike spread fast, and many Lagos workers joined the march in Lagos on Monday.\n",
    "Strike news\n\nThe union said that Healthcare workers will strike on Monday.\n",
    "Strike news\n\nStriking workers marched on Monday, and many workers joined them.\n",
    "Strike news\n\nThe union said the Kent staff will strike on Monday.\n",
    "Strike news\n\nThe union said Office and Educational Assistants staff will strike on Monday.\n",
    "Strike news\n\nThe union says that Contract staff will strike. Staff on contract are paid less.\n",
    # (round 20's review: towns, faiths, sectors and surnames have workers and staff too)
    "Strike news\n\nMore than 5,000 Toronto workers could strike next week, said the union.\n",
    "Strike news\n\nMany Catholic and Protestant workers marched together on Monday.\n",
    "Strike news\n\nAbout 30 Starmer staff walked out on Monday. Keir Starmer said he understood.\n",
    "Protest news\n\nStudents formed a human chain Around the campus on Monday.\n",
    "Protest news\n\nThe economic giant China said nothing about the protest on Monday.\n",
])
def test_a_town_a_faith_a_sector_a_grade_or_a_surname_is_no_employer(text: str):
    assert _organisations(text) == set()


def test_a_service_word_before_its_staff_is_no_employer_beside_the_company_it_names():
    # (round 24: Network Rail is one of the railway's companies, named as such; "Rail" is still none)
    assert _organisations("Strike news\n\nRail workers walk out on Monday, said the union at Network Rail.\n") == \
        {"Network Rail"}


def test_a_page_of_thousands_of_employers_costs_bounded_work():
    text = "Strike news\n\n" + "".join(f"The retail giant Shop{n:05d}x cut pay. " for n in range(5000))
    assert len(_organisations(text)) <= 60


@pytest.mark.parametrize("sentence", ["Grace Wanjiru, a mother of three, told Reuters at a school gate in the city.",
                                      "The strike was called off on Friday, Reuters reported."])
def test_a_wire_agency_cited_is_a_body(sentence: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == {"Reuters"}


def test_a_body_named_after_a_wire_agency_keeps_its_name():
    assert _organisations("Letter news\n\nMore than 300 journalists signed a letter on Monday, according to the "
                          "Reuters Institute.\n") == {"Reuters Institute"}


def test_a_wire_agency_only_credited_in_a_caption_is_not_cited():
    assert _organisations("Strike news\n\nPickets outside the gates. Reuters photographers were there.\n") == set()


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("It was the first walkout in twenty years, according to Local 114 of the Service Employees International Union.",
     {"Local 114", "Service Employees International Union"}),
    ("The union said the employer offered nothing new at talks with Acas last week.", {"Acas"})])
def test_a_union_local_of_its_union_and_the_conciliation_service_are_bodies(sentence: str, bodies: set[str]):
    assert _organisations(f"Strike news\n\n{sentence}\n") == bodies


def test_a_person_described_in_apposition_to_a_group_is_no_body():
    result, _ = _main("Walkout news\n\nOne of the organisers of the group, Sophomore Hazel Brandt, "
                      "says she worried nobody would show up.\n")
    assert not result.organisations and [p.name for p in result.people] == ["Hazel Brandt"]
