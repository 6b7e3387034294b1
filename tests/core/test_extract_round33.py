"""Round 33 (issue 16), from real pages: a union of office holders named with
what they hold ("Union of Clinical Officers"), a wire story's weekday after a
name ("Chairman X Y Tuesday said"), words that open no body's or person's name
("Any", "Statement", "Last Updated"), a day set off before the verb of
saying, a protest letter, a few bodies named without a head word and their
national branches ("Oxfam GB"), terms of service and a right that are no
bodies, a kind of body that opens a whole name, datelines set off by a bar,
a double dash or brackets, and a title for a body that announces a strike.
Each rule has guards: the same words where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text
from timeline_app.core.extract.titles import event_title


def test_a_union_of_officers_named_by_their_office_is_a_body():
    text = "The Lakeland Union of Clinical Officers said its members would down their tools on Monday."
    assert "Lakeland Union of Clinical Officers" in organisation_names(text)


@pytest.mark.parametrize("text", [
    "The Lakeland Union President said members would strike on Monday.",
    "Student Union Officers met the principal on Monday to discuss the walkout.",
])
def test_an_office_after_a_union_stays_no_body(text):
    found = organisation_names(text)
    assert "Lakeland Union President" not in found and "Student Union Officers" not in found


def test_a_weekday_after_a_name_dates_the_verb_and_the_name_is_a_person():
    text = ("Lakeland Union of Clinical Officers Chairman Peterson Okello Tuesday said the union's members "
            "would stop work unless the county paid their arrears.")
    assert "Peterson Okello" in person_names(text)
    assert "Lakeland Union of Clinical Officers" in organisation_names(text)


def test_any_and_statement_open_no_body_name():
    text = ('Lakeland: a stayaway is called Statement Lakeland Congress of Trade Unions 20.11.2003 '
            '"Lakeland Congress of Trade Unions leaders were held overnight." Any Union members willing '
            'to count the ballots should come to the office.')
    found = organisation_names(text)
    assert "Lakeland Congress of Trade Unions" in found
    assert not any(name.startswith(("Statement", "Any")) for name in found)


@pytest.mark.parametrize("text, not_a_person", [
    ("Comments\nLast Updated : 2021-04-09 10:12:00\nFour unions took their complaint to the ILO.",
     "Last Updated"),
    ("Friday, March 3, 2023\n\nWarm Backing from the Lakeland Labor Coalition for CHR Budget Increase, "
     "P5M for Families of slain organisers\n\nThe Lakeland Labor Coalition wants a larger budget for the "
     "Commission on Human Rights (CHR) next year.", "Budget Increase"),
])
def test_page_furniture_and_budget_words_are_no_people(text, not_a_person):
    assert not_a_person not in person_names(text)


def test_a_day_set_off_before_the_verb_of_saying_is_not_the_strikes():
    text = ("date 2020-01-07 The six federations on Monday, 6 January, said they expect millions of workers "
            "to join the general strike on 8 January against the new labour codes.")
    main = read_text(text).events[0]
    assert (main.kind, main.start) == ("strike", "2020-01-08")


def test_a_strike_dated_by_its_own_day_keeps_it():
    text = "date 2020-01-07 Nurses at Harbourton hospital went on strike on Monday, 6 January, over unpaid wages."
    main = read_text(text).events[0]
    assert (main.kind, main.start) == ("strike", "2020-01-06")


def test_a_protest_letter_is_a_letter():
    text = ("Protest Letter to Harbourton University over Attacks on Workers and Students\n\n"
            "The Westbrook Education Campaign writes to protest against the guards sent against protesting "
            "cleaners on your campus.")
    assert read_text(text).events[0].kind == "letter"


def test_a_protest_over_a_letter_stays_a_protest():
    text = ("Students protested outside Harbourton University on Monday after the vice-chancellor's letter "
            "announced a fee rise.")
    assert read_text(text).events[0].kind == "protest"


@pytest.mark.parametrize("text, body", [
    ("The unions took the ban on strikes to the United Nations on Monday.", "United Nations"),
    ("Jobs with Justice and the Communications Workers of America rallied in Harbourton on Saturday.",
     "Communications Workers of America"),
    ("Talks between the grocer and the United Food and Commercial Workers resumed on Saturday.",
     "United Food and Commercial Workers"),
    ("Baristas walked out in Harbourton, Workers United said in a statement.", "Workers United"),
    ("Rights groups including Labour Behind the Label backed the protests in Dhaka on Monday.",
     "Labour Behind the Label"),
    ("NZEI Te Riu Roa members will ballot next week on a longer stoppage.", "NZEI Te Riu Roa"),
])
def test_bodies_named_without_a_head_word(text, body):
    assert body in organisation_names(text)


def test_labour_behind_the_label_is_not_the_party():
    text = "Rights groups including Labour Behind the Label backed the protests in Dhaka on Monday."
    assert "Labour" not in organisation_names(text)


def test_a_national_branch_is_its_own_body():
    text = ("Amnesty International UK, Greenpeace UK and Oxfam GB wrote jointly to ministers on Monday "
            "about new limits on marches.")
    found = organisation_names(text)
    assert {"Amnesty International UK", "Greenpeace UK", "Oxfam GB"} <= set(found)
    assert "Oxfam" not in found


def test_a_country_word_beginning_a_longer_word_is_no_branch():
    text = "Greenpeace UK-wide actions began on Monday outside the ministry."
    assert "Greenpeace UK" not in organisation_names(text)


@pytest.mark.parametrize("text, not_a_body", [
    ("Teachers want the Scheme of Service for Teachers reviewed before the strike ends.",
     "Scheme of Service for Teachers"),
    ("The union said the ban breaks Freedom of Association and called a protest for Monday.",
     "Freedom of Association"),
])
def test_terms_of_service_and_a_right_are_no_bodies(text, not_a_body):
    assert not_a_body not in organisation_names(text)


def test_a_kind_of_body_opening_a_whole_name_keeps_it_whole():
    text = ("Mr Paddy Westbrook, who chairs the Local Authority and Harbour Boards Joint Group of Unions, "
            "called the ballot result close.")
    found = organisation_names(text)
    assert "Local Authority and Harbour Boards Joint Group of Unions" in found
    assert "Local Authority" not in found


@pytest.mark.parametrize("text, published", [
    ("Harbourton police detain activists\n\nLakeland | June 07, 2017: Around 2 PM, police arrested the "
     "activists at the border.", "2017-06-07"),
    ("Statement by the Lakeland Metalworkers Union\n\nNovember 9, 2014 -- Westbrook Journal -- What we "
     "warned the workers about has come to pass.", "2014-11-09"),
    ("(May 30, 2023) – Yesterday, the Lakeland Teachers' Union was invited to a meeting with the ministry.",
     "2023-05-30"),
    ("7 October 2002 On Saturday, members took part in the council's anniversary in Harbourton.", "2002-10-07"),
])
def test_datelines_that_open_a_page(text, published):
    assert read_text(text).published == published


def test_a_date_opening_a_sentence_is_no_dateline():
    text = "On 7 October 2002 members took part in the council's anniversary in Harbourton."
    assert read_text(text).published is None


def test_a_body_that_announces_a_strike_titles_it_when_nothing_shorter_stands():
    text = ("The Lakeland Medical Practitioners Union (LMPU) has resolved to issue a two-week strike notice "
            "to the Harbourton County Government after a long meeting with the county's hospital doctors.")
    assert read_text(text).events[0].title == "LMPU strike"


def test_a_body_that_announces_a_strike_keeps_a_whole_shorter_title():
    sentence = "Tenants' union Westbrook has vowed to back the students' rent strike for as long as it lasts."
    title = event_title(sentence, None, "strike", (("Westbrook", "Westbrook"),))
    assert title != "Westbrook strike" and not title.endswith("…")


@pytest.mark.parametrize("text, branch", [
    ("ACORN Harbourton has stopped a dozen evictions since the spring.", "ACORN Harbourton"),
    ("Tenants answered a call from ACORN Lakeland, where two members face eviction.", "ACORN Lakeland"),
    ("Members of UNISON West Lakeland voted in the consultative ballot.", "Unison West Lakeland"),
])
def test_a_union_branch_named_by_its_town_is_its_own_body(text, branch):
    assert branch in organisation_names(text)


@pytest.mark.parametrize("text, not_a_branch", [
    ("Unite Wayne Harbourton said the strike would go on.", "Unite Wayne"),
    ("ACORN Tenants marched to the council offices on Friday.", "ACORN Tenants"),
    ("ACORN Protests Government Cuts", "ACORN Protests"),
])
def test_a_name_or_a_word_after_a_union_is_no_branch(text, not_a_branch):
    assert not_a_branch not in organisation_names(text)


def test_a_day_before_an_inverted_speaker_is_the_events():
    text = "date 2020-01-07 Nurses will strike on Monday, 13 January, announced the Harbourton Nurses Union on 7 January."
    main = read_text(text).events[0]
    assert (main.kind, main.start) == ("strike", "2020-01-13")


def test_a_history_opening_on_an_old_date_has_no_publication_date_from_it():
    text = ("3 May 1926 The general strike began across the country and lasted nine days.\n\n"
            "Nurses in Harbourton are striking on 4 March 2021 in memory of it.")
    assert read_text(text).published is None


@pytest.mark.parametrize("text, wrong", [
    ("The Lakeland Employment and Labour Relations Court (LELRC) has issued a two-week strike injunction to the "
     "Lakeland Medical Practitioners Union after a long hearing held with both sides in the county capital.",
     "LELRC strike"),
    ("The Harbourton County Government (HCG) has issued a two-week strike notice to the doctors' union after a "
     "long meeting held with the hospital managers in the county capital on Monday.", "HCG strike"),
    ("The Lakeland Employers Federation (LEF) has warned that a two-week strike would close every factory in the "
     "county and cost the members of the federation their export orders for a year.", "LEF strike"),
])
def test_a_court_a_government_or_employers_announcing_strikes_nothing(text, wrong):
    assert read_text(text).events[0].title != wrong


@pytest.mark.parametrize("text, found, not_found", [
    ("Greenpeace UK Youth activists blocked the road on Monday.", "Greenpeace", "Greenpeace UK"),
    ("Baristas at Harbourton Cafe Workers United walked out on Monday.", None, "Workers United"),
    ("Farmers and Workers United Against Land Grabs", None, "Workers United"),
    ("Students of the Westbrook Model United Nations marched on Friday.", None, "United Nations"),
    ("The Scheme Members Association protested outside the ministry on Monday.", "Scheme Members Association", None),
    ("The Council of Ministers Press Officers said on Monday the strike was illegal.", None,
     "Council of Ministers Press Officers"),
])
def test_known_words_inside_other_names(text, found, not_found):
    names = organisation_names(text)
    assert found is None or found in names
    assert not_found is None or not_found not in names


def test_a_filipino_movement_is_a_body_not_a_person():
    text = "The Lakeland Jeepney Coalition, PISTON and Kilusang Mayo Uno declared the first day of the strike a success."
    assert "Kilusang Mayo Uno" in organisation_names(text)
    assert "Kilusang Mayo Uno" not in person_names(text)


def test_a_filipino_name_goes_on_after_its_of():
    text = "Farmers from Kilusang Magsasaka ng Lakeland marched to the agrarian reform office on Monday."
    assert "Kilusang Magsasaka ng Lakeland" in organisation_names(text)


def test_a_comma_list_beside_two_known_people_names_people():
    text = ("The retired officials who have signed the letter are Najeeb Harbourton, Harsh Mander, Shivshankar "
            "Lakeland, Aruna Westbrook, Julio Ribeiro, Jawhar Lakeland, and others have backed it since.")
    assert {"Najeeb Harbourton", "Shivshankar Lakeland", "Aruna Westbrook"} <= set(person_names(text))


def test_a_comma_list_of_places_beside_one_person_is_no_list_of_people():
    text = ("Signatories came from Lakeland Valley, Westbrook Heights, Harbourton Bay, Kilburn Vale, and Harsh "
            "Mander wrote the letter.")
    assert "Westbrook Heights" not in person_names(text)


@pytest.mark.parametrize("text, people", [
    ("Police arrested former councilors Yeung Lakeland and Sin Chung-kai on Saturday.",
     {"Yeung Lakeland", "Sin Chung-kai"}),
    ("Police arrested two leaders of the Civil Rights Front, Au Nok-hin and Figo Westbrook; three others were "
     "released.", {"Au Nok-hin", "Figo Westbrook"}),
])
def test_people_listed_after_their_office_or_their_body(text, people):
    assert people <= set(person_names(text))


def test_a_union_local_closing_a_sentence_keeps_its_number():
    text = "said Lynn Harbourton, a staffer for the Service Employees International Union Local 1021."
    assert "Service Employees International Union Local 1021" in organisation_names(text)


def test_a_decimal_after_local_is_no_local_number():
    text = "The Service Employees International Union Local 10.5 percent rise was rejected by members."
    assert "Service Employees International Union Local 10" not in organisation_names(text)


def test_all_trinidad_opens_a_unions_name():
    text = "Dockers marched to the ministry on Monday, backed by the All Trinidad Port Workers' Union."
    assert "All Trinidad Port Workers' Union" in organisation_names(text)


def test_a_photo_credited_in_brackets_under_the_headline_does_not_date_the_strike():
    text = ("Why the nurses' walkout could drag on for months\n\nBy Jo Harbourton | Aug 21, 2025\n\n"
            "LNU Secretary General Seth Lakeland talks to the press on the nurses strike, in Westbrook, on August 21, "
            "2025.  [Jenny Okello, Standard]\n\nCounty politics is why the strike may go on for weeks.\n\n"
            "The Lakeland Nurses Union (LNU) on Thursday said the nationwide strike goes on.\n\n"
            "Its leader said the strike, which started on August 8, has cost patients dearly.")
    main = read_text(text).events[0]
    assert (main.kind, main.start) == ("strike", "2025-08-08")


def test_a_sections_label_between_headline_and_byline_is_not_the_headline():
    text = ("Why the nurses' walkout could drag on for months\n\nHealth & Science\nBy Jo Harbourton | Aug 21, 2025\n\n"
            "The union said on Thursday that the strike goes on.")
    assert read_text(text).events[0].title == "Why the nurses' walkout could drag on for months"


@pytest.mark.parametrize("text, wrong", [
    ("Volunteers from Unison Westbrook Road depot handed out leaflets on Monday.", "Unison Westbrook Road"),
    ("Greenpeace Warns of Drilling in the Arctic", "Greenpeace Warns"),
    ("GMB Slams Bosses over Pay", "GMB Slams Bosses"),
    ("Read the Unison Survey of school staff, published on Monday.", "Unison Survey"),
    ("Staff at the GMB Harbourton Warehouse walked out on Monday.", "GMB Harbourton Warehouse"),
])
def test_a_word_after_a_union_that_names_no_town_is_no_branch(text, wrong):
    assert wrong not in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Two United Nations experts criticised the ban on strikes in Lakeland on Monday.",
    "Senior United Nations officials met the striking nurses in Harbourton on Monday.",
    "United Nations To Investigate Killings Of Strikers",
])
def test_the_united_nations_after_a_count_or_a_rank_or_in_a_headline(text):
    assert "United Nations" in organisation_names(text)


def test_an_office_ends_a_filipino_movements_name():
    text = "Kilusang Mayo Uno Chairperson Ramon Dela Harbourton said the strike would go on."
    assert "Kilusang Mayo Uno" in organisation_names(text)
    assert "Ramon Dela Harbourton" in person_names(text)


@pytest.mark.parametrize("text", [
    "The signatories are Harsh Mander, Julio Ribeiro, Lakeland Valley, Westbrook Heights, Harbourton Bay, "
    "Kilburn Vale, Marston Fields and others.",
    "Workers of the Harbourton Port Authority, Lakeland Vale and Westbrook Fields, walked out on Monday.",
    "The march drew students, Lakeland Vale and Westbrook Fields; the police watched.",
])
def test_places_listed_beside_people_or_after_a_label_are_no_people(text):
    found = person_names(text)
    assert not {"Kilburn Vale", "Marston Fields", "Lakeland Vale", "Westbrook Fields"} & set(found)


def test_a_signer_in_brackets_is_no_photo_credit():
    text = ("Nurses will strike on 3 March 2025 at every hospital in Harbourton. [Jo Cruz, Secretary]\n\n"
            "The union said the strike would last a week.")
    assert read_text(text).events[0].start == "2025-03-03"


def test_a_headline_of_two_words_joined_by_and_stays_the_headline():
    text = "Lakeland Evening Post\nBread & Roses\nBy Jo Harbourton | May 2, 2025\n\nThe union marched on Monday."
    assert read_text(text).events[0].title == "Bread & Roses"


def test_all_before_a_police_service_is_no_part_of_its_name():
    text = "All Trinidad Police Service officers were on duty at the march on Monday."
    assert "All Trinidad Police Service" not in organisation_names(text)
