"""Round 24 (issue 16), from real pages and the last round's notes. Bodies:
a name never starts inside a word ("MPs of the Labour Party" names the
Labour Party, not "Ps of the Labour Party"); "Our Lady of Lourdes Hospital"
keeps "Our Lady"; a union's numbered council keeps its number ("District
Council 37"); a local numbered before its union ("1199SEIU", "32BJ SEIU");
two trades joined inside an acronym-led name ("NSW Nurses and Midwives'
Association"); the company a CEO runs ("Canada Post CEO Jessica McDonald");
an outlet that "obtained" a statement; "A&E" is a hospital's unit, "Labour
Director" an office. People: a name never starts inside a word ("JPMorgan
Chase" is no "Morgan Chase"); a minister's portfolio is no part of the name
("Minister of Aviation Chester Cooper"). Kinds: members who voted "by a
majority of 95% for industrial and strike action" voted; occupying a floor
is an occupation; activists arrested were protesting. Dates: "is holding
... this Sunday" is the coming Sunday."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_bodies_round21 import _people  # the names of the people a text names
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


@pytest.mark.parametrize(("sentence", "wanted", "refused"), [
    ("Several MPs of the Labour Party joined the picket on Monday.", "Labour Party", "Ps of the Labour Party"),
    ("NGOs Coalition for Fair Pay and Unite organised the rally.", "Coalition for Fair Pay", "Os Coalition for Fair Pay"),
    ("The MSPs of the Scottish Green Party backed the strike.", "Scottish Green Party", "SPs of the Scottish Green Party"),
])
def test_a_name_never_starts_inside_a_word(sentence, wanted, refused):
    found = _organisations(sentence)
    assert refused not in found
    assert wanted in found


@pytest.mark.parametrize("sentence", [
    "Protesters blocked the doors of JPMorgan Chase and Citibank on Monday.",
    "Climate activists set up a boat outside the office of JPMorgan Chase, urging the bank to act.",
])
def test_a_person_never_starts_inside_a_word(sentence):
    assert "Morgan Chase" not in _people(sentence)


def test_a_person_after_a_capitalised_word_is_still_found():
    assert "Ged Kearney" in _people("Labor MPs Ged Kearney and Julie Owens joined the strikers on Friday.")


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Nurses protested outside Our Lady of Lourdes Hospital in Drogheda on Thursday.", "Our Lady of Lourdes Hospital"),
    ("Pupils at Our Lady of Mercy College staged a walkout on Friday.", "Our Lady of Mercy College"),
    ("Tenants rallied alongside workers from District Council 37, the city's biggest union.", "District Council 37"),
    ("Teamsters Joint Council 25 backed the strike at the warehouse.", "Teamsters Joint Council 25"),
    ("1199SEIU members marched through Times Square on Friday.", "1199SEIU"),
    ("Cleaners from 32BJ SEIU walked out of the towers on Monday.", "32BJ SEIU"),
    ("Members of the NSW Nurses and Midwives' Association from 150 hospitals will walk out.",
     "NSW Nurses and Midwives' Association"),
    ("The postal union asked why the minister did not direct Canada Post CEO Jessica McDonald to negotiate.",
     "Canada Post"),
    ("The union president said in a statement obtained by NBC News that the vote showed resolve.", "NBC News"),
])
def test_bodies_read_whole(sentence, wanted):
    assert wanted in _organisations(sentence)


@pytest.mark.parametrize(("sentence", "refused"), [
    ("The Mid Sussex District Council 2023 budget was cut again.", "District Council 2023"),
    ("About 30 SEIU members rallied outside the hospital on Monday.", "30 SEIU"),
    ("The INO said the A&E unit at Beaumont Hospital was full. The HSE met the INO on Monday. INO members will "
     "protest at A&E departments next month.", "A&E"),
    ("Labour Director Robert Farquarsaon says most workers showed up for their shifts.", "Labour"),
    ("Former CEO Jane Smith joined the picket line on Monday.", "Former"),
    ("The NEU Executive and National Union of Students met on Monday.", "NEU Executive and National Union"),
])
def test_words_that_are_no_body_or_no_whole_name(sentence, refused):
    assert refused not in _organisations(sentence)


def test_labour_is_still_the_party_before_a_lower_case_office():
    assert "Labour" in _organisations("Labour director of campaigns Jane Smith joined the picket line on Monday.")


@pytest.mark.parametrize(("sentence", "wanted", "refused"), [
    ("The Minister of Aviation Chester Cooper said the sick-out was illegal.", "Chester Cooper", "Aviation Chester Cooper"),
    ("Minister of Immigration Chester Cooper says a deal is near.", "Chester Cooper", "Immigration Chester Cooper"),
])
def test_a_ministers_portfolio_is_no_part_of_the_name(sentence, wanted, refused):
    people = _people(sentence)
    assert wanted in people and refused not in people


@pytest.mark.parametrize(("text", "kind"), [
    ("Bus drivers back action\n\nBus drivers have voted by a majority of 95% for industrial and strike action in the "
     "pay dispute. Clerical members also voted to support industrial action by 87%.\n", "vote"),
    ("Students claim occupation victory\n\nOn Wednesday students protesting for free education succeeded "
     "in occupying C Floor of the Students' Union as part of an organised peaceful protest.\n", "occupation"),
    ("Climate activists arrested at bank offices\n\nAt least 30 climate activists were arrested on Friday at the "
     "offices of two banks in the city, organisers said.\n", "protest"),
])
def test_kinds_read_from_the_act(text, kind):
    _, main = _main(text)
    assert main.kind == kind


@pytest.mark.parametrize(("sentence", "start"), [
    ("The tenants' union is holding a press conference this Sunday in support of illegally evicted tenants.",
     "2025-08-31"),
    ("This Sunday, there was a walkout by students who are protesting fees.", "2025-08-24"),
])
def test_this_weekday_after_a_present_progressive_is_to_come(sentence, start):
    result, _ = _main(f" date 2025-08-29 Tenants\n\n{sentence}\n")
    assert start in {event.start for event in result.events}


def test_train_operators_listed_in_a_rail_dispute_are_bodies():
    found = _organisations("RMT members were balloted at Avanti West Coast, c2c, Greater Anglia, LNER, "
                           "TransPennine Express and Great Western Railway, the union said on Monday.")
    assert {"Avanti West Coast", "c2c", "Greater Anglia", "LNER", "TransPennine Express",
            "Great Western Railway"} <= found


@pytest.mark.parametrize(("sentence", "refused"), [
    ("Students at Southeastern University walked out on Monday.", "Southeastern"),
    ("The Thameslink Programme was delayed again as engineers struck on Monday.", "Thameslink"),
    ("Protesters marched along Railway Road to the Great Western Railway museum on Monday.", "Railway Road"),
])
def test_an_operators_name_inside_another_name_is_not_the_operator(sentence, refused):
    assert refused not in _organisations(sentence)
