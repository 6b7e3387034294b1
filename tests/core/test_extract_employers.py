"""Round 20 (issue 16): employers named by their staff or their trade
("Starbucks workers", "Uber and Bolt drivers", "the outsourcing giant,
Serco"), never a town, a sector or a grade of staff; wire agencies cited
("told Reuters")."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _organisations(text: str) -> set[str]:
    return {org.name for org in extract(ReadDocument(text=text, format="txt")).organisations}


@pytest.mark.parametrize(("sentence", "employers"), [
    ("In the holiday rush, Starbucks workers have walked out in several cities.", {"Starbucks"}),
    ("A week-long strike by Uber and Bolt drivers began on Monday.", {"Uber", "Bolt"}),
    ("Pickets stood outside the stores of the retail giant Tesco on Monday.", {"Tesco"}),
    ("The cleaners were moved to the outsourcing giant, Serco, last month.", {"Serco"}),
    ("It is no longer good enough for Penneys and Dunnes Stores workers to wait.", {"Penneys", "Dunnes Stores"}),
])
def test_an_employer_named_by_its_staff_or_its_trade_is_a_body(sentence: str, employers: set[str]):
    assert employers <= _organisations(f"Strike news\n\n{sentence}\n")


@pytest.mark.parametrize("text", [
    "Strike news\n\nThe strike spread fast, and many Lagos workers joined the march in Lagos on Monday.\n",
    "Strike news\n\nThe union said that Healthcare workers will strike on Monday.\n",
    "Strike news\n\nStriking workers marched on Monday, and many workers joined them.\n",
    "Strike news\n\nThe union said the Kent staff will strike on Monday.\n",
    "Strike news\n\nThe union said Office and Educational Assistants staff will strike on Monday.\n",
    "Strike news\n\nThe union says that Contract staff will strike. Staff on contract are paid less.\n",
])
def test_a_town_a_sector_or_a_grade_of_staff_is_no_employer(text: str):
    assert _organisations(text) == set()


@pytest.mark.parametrize("sentence", ["Mary Njoroge, a parent, told Reuters outside a school in the capital.",
                                      "The strike was called off on Friday, Reuters reported."])
def test_a_wire_agency_cited_is_a_body(sentence: str):
    assert _organisations(f"Strike news\n\n{sentence}\n") == {"Reuters"}


def test_a_wire_agency_only_credited_in_a_caption_is_not_cited():
    assert _organisations("Strike news\n\nPickets outside the gates. Reuters photographers were there.\n") == set()


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("The strike was the first in decades, according to Local 26 of the Service Employees International Union.",
     {"Local 26", "Service Employees International Union"}),
    ("The union said the employer offered nothing new at talks with Acas last week.", {"Acas"})])
def test_a_union_local_of_its_union_and_the_conciliation_service_are_bodies(sentence: str, bodies: set[str]):
    assert _organisations(f"Strike news\n\n{sentence}\n") == bodies


def test_a_person_described_in_apposition_to_a_group_is_no_body():
    result = extract(ReadDocument(text="Walkout news\n\nOne of the leaders of the group, Sophomore Violet Pearcy, "
                                       "says she was nervous no one would come.\n", format="txt"))
    assert not result.organisations and [p.name for p in result.people] == ["Violet Pearcy"]
