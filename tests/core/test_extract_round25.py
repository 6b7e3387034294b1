"""Round 25 (issue 16), from real pages. Dates: a byline with a long
writer's name still dates the page ("By Talitiga Faleolo'o-Mataafaleupolu 15
December 2018, 12:00AM"); a ballot the union "expects to open on 20
October" is the coming October. Kinds: "a campaign of industrial action" is
strikes, not a campaign; workers called on to "remain off the jobs" strike.
Bodies: "Tonight" opens a sentence, it names no body; "the Ministry of
Education and Minister Anna Belmar" is a body and a person; "Manila Police
District" is read whole; large companies named bare ("Citibank", "General
Motors"). People: "Mohamad" is a given name, not an office."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_bodies_round21 import _people  # the names of the people a text names
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


@pytest.mark.parametrize("byline", [
    "By Talitiga Faleolo’o-Mataafaleupolu 15 December 2018, 12:00AM",
    "By Annabelle Tuimavave-Fonoti and Kalolaine Ofa, 15 December 2018",
])
def test_a_long_byline_dates_the_page(byline):
    result, main = _main("Marchers call on the government to repeal a land law\n\n" + byline + "\n\n"
                         "Members of a solidarity group held a peaceful march yesterday through the capital.\n")
    assert result.published == "2018-12-15"
    assert main.start == "2018-12-14"


def test_a_sentence_opening_with_by_is_no_byline():
    result, _ = _main("Marchers call on the government to repeal a land law\n\n"
                      "By March 2019 the fees had doubled 15 December 2018, 12:00AM\n\n"
                      "Members of a solidarity group held a peaceful march through the capital.\n")
    assert result.published is None


def test_a_ballot_the_union_expects_to_open_is_still_to_come():
    _, main = _main("date 2025-09-08 Lecturers are to be balloted over pay.\n\n"
                    "The union said it had begun work on a national ballot, which it expects to open on 20 October.\n")
    assert main.start == "2025-10-20"


def test_a_past_date_the_union_did_not_expect_stays_past():
    _, main = _main("date 2025-09-08 Lecturers balloted over pay.\n\n"
                    "The union said members voted in a national ballot that opened on July 20.\n")
    assert main.start == "2025-07-20"


@pytest.mark.parametrize(("text", "kind"), [
    ("date 2025-09-08 Lecturers are to be balloted for strikes.\n\n"
     "The union said members will vote on launching a campaign of industrial action.\n", "vote"),
    ("date 2025-09-08 Porters walk out over pay.\n\n"
     "The porters launched a campaign of strikes over pay on Monday.\n", "strike"),
    ("date 2018-11-13 Civil servants urged by their union to stay off the jobs\n\n"
     "On Monday the union asked its members in the civil service to remain off the jobs until Wednesday.\n",
     "strike"),
])
def test_the_kind_a_reader_gives(text, kind):
    _, main = _main(text)
    assert main.kind == kind


def test_a_campaign_launched_is_still_a_campaign():
    _, main = _main("date 2025-09-08 Students launch housing campaign\n\n"
                    "The students' union launched a campaign for cheaper rents on Monday.\n")
    assert main.kind == "campaign"


def test_tonight_opening_a_sentence_names_no_body():
    found = _organisations("Extinction Rebellion marched to the bank. Tonight, the group blocked a street near "
                           "the station with bamboo structures.")
    assert "Tonight" not in found
    assert "Extinction Rebellion" in found


@pytest.mark.parametrize(("sentence", "body", "person"), [
    ("Teachers heard nothing from the Ministry of Education and Minister Anna Belmar about the sick-out.",
     "Ministry of Education", "Anna Belmar"),
    ("The strike was backed by the National Union of Students and President Sarah Kennelly on Friday.",
     "National Union of Students", "Sarah Kennelly"),
])
def test_a_body_and_an_office_holder_joined_by_and_are_told_apart(sentence, body, person):
    assert body in _organisations(sentence)
    assert person in _people(sentence)


@pytest.mark.parametrize(("sentence", "whole"), [
    ("The University and College Union called the strike on Monday.", "University and College Union"),
    ("The Irish Nurses and Midwives Organisation held a protest on Monday.", "Irish Nurses and Midwives Organisation"),
])
def test_names_joined_by_and_without_a_person_stay_whole(sentence, whole):
    assert whole in _organisations(sentence)


def test_a_police_district_is_read_whole():
    found = _organisations("Officers of the Manila Police District said some students had marched to the palace.")
    assert "Manila Police District" in found
    assert "Manila Police" not in found


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Climate activists blocked the doors of Citibank and Wells Fargo on Friday.", {"Citibank", "Wells Fargo"}),
    ("Workers at General Motors, UPS and Verizon backed the union.", {"General Motors", "UPS", "Verizon"}),
    ("Rebels glued themselves to the windows of Standard Chartered on Monday.", {"Standard Chartered"}),
])
def test_large_companies_named_bare_are_bodies(sentence, wanted):
    assert wanted <= set(_organisations(sentence))


@pytest.mark.parametrize(("sentence", "refused"), [
    ("Fans filled the Wells Fargo Center for the final on Friday.", "Wells Fargo"),
    ("Workers at the Volkswagen Arena waited at the gates.", "Volkswagen"),
])
def test_a_company_inside_a_longer_name_is_not_named_bare(sentence, refused):
    assert refused not in _organisations(sentence)


@pytest.mark.parametrize(("sentence", "person"), [
    ("When Mohamad Khalil Aldroubi heard of the rent rise, he knocked on his neighbours' doors.",
     "Mohamad Khalil Aldroubi"),
    ("Muhammed Salah Yusuf said the tenants would not pay.", "Muhammed Salah Yusuf"),
])
def test_spellings_of_a_given_name_open_a_name(sentence, person):
    assert person in _people(sentence)


def test_an_unlisted_title_is_still_taken_off():
    assert "Brian Cowen" in _people("Taoiseach Brian Cowen said the strike would cost the state dearly.")


# What the first review of invented probes found, each now mended.

@pytest.mark.parametrize(("text", "start"), [
    ("date 2019-07-10 Strike news\n\nThe union expects to hear the outcome of the talks that ended on Monday.\n",
     "2019-07-08"),
    ("date 2019-07-10 Strike news\n\nThe branch is expecting to be paid for Monday's strike.\n", "2019-07-08"),
    ("date 2019-07-10 Union talks\n\nThe union expects to hear about the talks that collapsed on June 3.\n",
     "2019-06-03"),
])
def test_what_a_body_expects_does_not_move_a_past_date(text, start):
    _, main = _main(text)
    assert main.start == start


@pytest.mark.parametrize("sentence", [
    "Laid-off workers were told to stay off the jobs until the plant reopens on 3 March 2020.",
    "Contractors will remain off the job site after the crane fell on 3 March 2020.",
    "The two players will remain off the jobs list until 3 March 2020.",
])
def test_staying_off_a_job_for_other_reasons_is_no_strike(sentence):
    _, main = _main("Factory news\n\n" + sentence + "\n")
    assert main.kind != "strike"


@pytest.mark.parametrize("line", [
    "By Christopher Montgomery-Richardson Rally Saturday 14 March 2020 10am",
    "By Christopher Montgomery-Richardson Photo Reuters 2 March 2017",
    "By Midsummer Thousands Of Striking Teachers Return 21 June 2019",
])
def test_a_date_after_other_words_than_writers_names_is_no_date_line(line):
    result, _ = _main("Strike news\n\n" + line + "\n\nWorkers walked out on Monday over pay.\n")
    assert result.published is None


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("The Tonight Foundation said it backed the strike.", "Tonight Foundation"),
    ("Tonight Alliance members marched on Friday.", "Tonight Alliance"),
])
def test_a_body_named_tonight_keeps_its_name(sentence, wanted):
    assert wanted in _organisations(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister drove a Rolls-Royce to the picket and took an Uber home.",
    "Nurse Maria Uber said the ward was short of staff.",
    "Jane Morrisons, a porter, said the strike would go on.",
])
def test_a_firms_name_as_a_thing_or_a_surname_is_no_body(sentence):
    assert not {"Rolls-Royce", "Uber", "Morrisons"} & set(_organisations(sentence))


def test_a_campaign_of_something_other_than_strikes_is_a_campaign():
    _, main = _main("Union news\n\nThe union launched a campaign of industrial democracy on 3 March 2020.\n")
    assert main.kind == "campaign"


@pytest.mark.parametrize(("sentence", "refused"), [
    ("Officials of the Department of Mines and Minister Responsible Jo met on Monday.", "Responsible Jo"),
    ("Staff met the Ministry of Works and Director Human Resources on Monday.", "Human Resources"),
])
def test_an_office_before_words_that_are_no_names_is_no_office_holder(sentence, refused):
    assert not any(refused in person for person in _people(sentence))


# What the second review found, each now mended.

@pytest.mark.parametrize(("sentence", "refused"), [
    ("Party leader Mary Lou McDonald's speech opened the rally.", "McDonald's"),
    ("Lord Sainsbury's foundation paid for the hall.", "Sainsbury's"),
])
def test_a_surname_shared_with_a_firm_is_no_body(sentence, refused):
    assert refused not in _organisations(sentence)


@pytest.mark.parametrize(("sentence", "whole"), [
    ("Wells Fargo & Company said the branch would close.", "Wells Fargo & Company"),
    ("Walmart & Sam's Club workers walked out on Friday.", "Walmart & Sam's Club"),
])
def test_a_firms_longer_name_with_an_ampersand_is_kept_whole(sentence, whole):
    assert whole in _organisations(sentence)


@pytest.mark.parametrize(("sentence", "person"), [
    ("The federation's president According Mwale said the strike would go on.", "According Mwale"),
    ("Report Ochieng, a student leader, said the march would go ahead.", "Report Ochieng"),
])
def test_given_names_that_are_also_words_stay_names(sentence, person):
    assert person in _people(sentence)


def test_a_long_chain_of_bodies_joined_by_and_is_read_without_failing():
    text = "Strike news\n\n" + "Council of Ministers and Minister Ann and Head Start and " * 400 + "Council said.\n"
    result, _ = _main(text)
    assert result.events
