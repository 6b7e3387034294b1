"""Round 32 (issue 16), from real pages: firms named by their trade's word
("Binny Garments", "Kia Motors"), Australia's Labor party, offices named
after two fields ("Department of Employment and Labour"), bureaus and
treasuries as bodies, a bill's number that is no person's name, and "sues"
as a headline's verb. Each rule has guards: the same words where they name
no such body (an event, a fuel, labour itself, a chant, an office's holder)."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text
from timeline_app.core.extract.titles import event_title


def test_garment_factories_named_by_their_trade_are_organisations_not_people():
    text = ("Workers of Lakeland Garments blocked the Harbourton road on Monday, while workers of Westbrook "
            "Apparels and Hamid Fashion walked out over unpaid wages.")
    found = organisation_names(text)
    assert {"Lakeland Garments", "Westbrook Apparels", "Hamid Fashion"} <= set(found)
    assert "Hamid Fashion" not in person_names(text)


def test_two_carmakers_joined_by_and_are_both_found():
    text = "Some 40,000 workers from Harbourton Motors and Lakeland Motor will join the general strike on Friday."
    assert {"Harbourton Motors", "Lakeland Motor"} <= set(organisation_names(text))


@pytest.mark.parametrize("text, not_a_firm", [
    ("The Harbourton Garments and Allied Workers Federation called the strike on Monday.", "Harbourton Garments"),
    ("Drivers protested the hike in the price of Premium Motor Spirit on Monday.", "Premium Motor"),
    ("Students marched past the Lakeland Fashion Week venue on Saturday.", "Lakeland Fashion"),
])
def test_a_trade_word_inside_a_longer_name_is_no_firm(text, not_a_firm):
    assert not_a_firm not in organisation_names(text)


def test_labor_on_an_australian_page_is_the_party():
    text = ("Construction workers marched through Melbourne on Wednesday against Labor's new law on the union, "
            "and the Greens said they would oppose it in Canberra.")
    assert "Labor" in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Organized Labor rallied in Harbourton on Labor Day, and Labor leaders marched with the nurses.",
    "In Melbourne, a long-time Socialist & Labor activist addressed the rally on Sunday.",
    "In Brisbane, former Labor Secretary Ana Westbrook spoke to the striking nurses on Monday.",
])
def test_labor_as_a_word_a_name_or_an_office_is_no_party(text):
    assert "Labor" not in organisation_names(text)


def test_a_union_written_as_a_word_is_known_in_capitals_too():
    text = "Firefighters in Harbourton will strike on Monday. The SIPTU trade union is organising the pickets."
    assert "SIPTU" in organisation_names(text)


def test_a_union_in_capitals_beside_its_name_stays_one_body():
    text = ("Universities Academic Staff Union – UASU members at Lakeland University served a strike notice on "
            "Friday.\n\nUASU secretary Ana Westbrook said classes would stop on Monday.")
    assert [name for name in organisation_names(text) if "Staff" in name or "UASU" in name] == \
        ["Universities Academic Staff Union"]


def test_an_office_named_after_employment_and_labour_is_one_body():
    text = "Officials of the Department of Employment and Labour met the Harbourton unions on Tuesday."
    assert organisation_names(text) == ["Department of Employment and Labour"]


def test_a_university_and_the_labour_party_stay_two_bodies():
    text = "Students from the University of Harbourton and Labour councillors marched on Tuesday."
    assert {"University of Harbourton", "Labour"} <= set(organisation_names(text))


def test_an_office_named_after_public_service_and_administration_is_one_body():
    text = "The Department of Public Service and Administration said talks with the Lakeland unions would resume."
    assert "Department of Public Service and Administration" in organisation_names(text)


@pytest.mark.parametrize("text, bodies", [
    ("The Department of Public Service and Cosatu met on Monday.", {"Department of Public Service", "Cosatu"}),
    ("The Department of Public Service and Lakeland University met on Monday.",
     {"Department of Public Service", "Lakeland University"}),
])
def test_an_office_and_a_body_after_and_stay_two(text, bodies):
    assert bodies <= set(organisation_names(text))


@pytest.mark.parametrize("text, body", [
    ("Workers marched to the National Treasury in Harbourton on Friday to hand over a memorandum.",
     "National Treasury"),
    ("The Lakeland Parking and Traffic Bureau managed the traffic during the march on Monday.",
     "Lakeland Parking and Traffic Bureau"),
])
def test_a_bureau_and_a_treasury_are_bodies(text, body):
    assert body in organisation_names(text)


def test_a_bills_number_is_no_persons_name():
    text = "Lawmakers passed Bill No. 11376 on Monday, said Ana Westbrook, a spokesperson for the Harbourton union."
    assert person_names(text) == ["Ana Westbrook"]


def test_a_surname_no_before_no_number_is_still_a_name():
    text = "Former minister No Harbourton-jin said on Monday that the strike was justified."
    assert "No Harbourton-jin" in person_names(text)


def test_a_headline_that_sues_ends_at_its_comma():
    sentence = ("Lakeland Air sues cabin crew union, blames walkout for three weeks of cancelled flights and lost "
                "fares over the holidays")
    assert event_title(sentence, None, "strike") == "Lakeland Air sues cabin crew union"


# Guards from the review: each came out wrong in the rules' first version.
@pytest.mark.parametrize("text, not_a_firm", [
    ("Critics say the rise of Fast Fashion has hurt garment workers in Harbourton.", "Fast Fashion"),
    ("The Lakeland Apparel sector lost 2,000 jobs in May, said the Westbrook union.", "Lakeland Apparel"),
    ("Harbourton Fashion designers backed the models' strike on Monday.", "Harbourton Fashion"),
    ("Electric Motors are replacing diesel engines, the Westbrook Engineering Union said.", "Electric Motors"),
])
def test_a_kind_of_goods_or_a_trade_is_no_firm(text, not_a_firm):
    assert not_a_firm not in organisation_names(text)


@pytest.mark.parametrize("text, body", [
    ("Cosatu Secretary General Ana Westbrook said the march in Harbourton would go ahead.", "Cosatu"),
    ("Unison Secretary General Ana Westbrook said the strike in Harbourton would go ahead.", "Unison"),
])
def test_a_unions_secretary_keeps_the_union(text, body):
    assert body in organisation_names(text)


def test_labor_on_a_page_that_only_names_a_person_sydney_is_labour():
    text = "Sydney Harbourton said organized Labor rallied in Westbrook on Monday, and Labor leaders marched."
    assert "Labor" not in organisation_names(text)


@pytest.mark.parametrize("text, bodies", [
    ("Talks between the Department of Health and Labour ended on Monday without a deal.",
     {"Department of Health", "Labour"}),
    ("On Monday the Ministry of Education and Labour MPs met the Harbourton teachers.",
     {"Ministry of Education", "Labour"}),
])
def test_a_department_and_the_labour_party_stay_two(text, bodies):
    assert bodies <= set(organisation_names(text))


def test_an_office_and_people_after_and_stay_apart():
    text = "On Monday the Ministry of Health Services and Nurses met in Westbrook."
    assert "Ministry of Health Services and Nurses" not in organisation_names(text)


@pytest.mark.parametrize("text, surname", [
    ("Premier Harbourton refused to meet the striking teachers on Monday.", "Harbourton"),
    ("The union wrote to Mayor Lakemore asking her to freeze the rents.", "Lakemore"),
    ("The occupiers asked Justice Westbrook-Okafor to order an independent inquiry.", "Westbrook-Okafor"),
])
def test_a_surname_after_a_premier_a_mayor_or_a_judge_is_a_person(text, surname):
    assert surname in person_names(text)


@pytest.mark.parametrize("text, people", [
    ("Mayor Ana Westbrook said the depot would reopen on Monday.", ["Ana Westbrook"]),
    ("The Justice Department sued the Harbourton union on Monday.", []),
    ("Premier Lakemore spoke on Monday. Dana Lakemore, who has led the province since 2019, said so.",
     ["Dana Lakemore"]),
])
def test_an_office_before_a_whole_name_or_a_body_adds_no_surname(text, people):
    assert person_names(text) == people


def test_a_bulleted_list_of_bodies_is_read_though_it_is_in_title_case():
    text = ("The shutdown reached these campuses on Monday:\n\n● University of Lakeland\n\n"
            "● University of Fort Westbrook\n\n● Harbourton Metropolitan University\n")
    assert {"University of Fort Westbrook", "Harbourton Metropolitan University"} <= set(organisation_names(text))


def test_a_bulleted_list_of_headlines_names_no_body():
    text = ("Read more:\n\n● Lakeland Students Walk Out Over Fees At Harbourton College Today\n\n"
            "● Westbrook Nurses Union Calls Strike Over Pay Cuts In Lakeland Hospitals\n")
    assert organisation_names(text) == []
