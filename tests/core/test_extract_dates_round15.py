"""Main-event and publication dates on real pages (issue 16, round 15):
shapes of date a reader reads without thinking, on pages nobody tuned on."""

from __future__ import annotations

from datetime import date

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.dates import find_dates, resolve
from timeline_app.core.extract.lede_years import dated_by_the_pages_year


def _resolved(sentence: str, reference: date) -> str | None:
    found = resolve(find_dates(sentence)[0], reference, sentence)
    return found.iso if found is not None else None


def test_this_weekday_in_a_sentence_without_a_past_verb_is_still_to_come():
    wednesday = date(2021, 3, 10)
    assert _resolved("The teach-in and march is this Friday on the main lawn at noon.", wednesday) == "2021-03-12"
    assert _resolved("Join the sit-in this Monday!", wednesday) == "2021-03-15"


def test_this_weekday_in_a_sentence_told_in_the_past_is_the_one_gone_by():
    wednesday = date(2021, 3, 10)
    assert _resolved("This Monday, there was a walkout outside the library.", wednesday) == "2021-03-08"


def test_a_date_label_with_only_a_year_and_month_dates_the_page_to_that_month():
    result, main = _main(
        " date 2016-05 Several thousand students marched through the city centre against the new loans, "
        "the federation said.\n\n"
        "The march, the first of the year, set off from the square at eleven and ended early.\n")
    assert (result.published, main.start, main.precision) == ("2016-05", "2016-05", "approximate")
    assert not main.title.lower().startswith("date")


def test_a_date_label_with_a_year_and_a_month_out_of_range_dates_nothing():
    result, _ = _main(" date 2016-13 Several thousand students marched through the centre against the new loans.\n")
    assert result.published is None


def test_a_lede_day_that_the_pages_one_year_lacks_stays_undated():
    lede = "On 29 February the branch delivered a letter to the rector. We signed it on 23 March 2023."
    mentions = find_dates(lede)
    assert dated_by_the_pages_year(mentions[0], mentions, lede) is None
    leap = lede.replace("2023", "2024")
    mentions = find_dates(leap)
    assert dated_by_the_pages_year(mentions[0], mentions, leap).iso == "2024-02-29"


def test_an_undated_pages_later_plan_for_something_else_does_not_date_the_act_under_way():
    _, main = _main(
        "Students occupy library over arms investments\n\n"
        "About twenty students are occupying the ground floor of the college library in protest at its "
        "investments in arms companies.\n\n"
        "They began the occupation after a graduation ceremony on Thursday evening.\n\n"
        "A spokeswoman for the college said: \"A consultation evening will be held in early March 2019 "
        "and will include students from the campaign.\"\n")
    assert main.precision == "unknown"


def test_an_undated_pages_plan_of_its_own_act_still_dates_it():
    _, main = _main(
        "Lecturers announce strike over pay\n\n"
        "The lecturers' union at the college has announced a strike over pay.\n\n"
        "The strike will begin in March 2019 unless the college makes a better offer.\n")
    assert (main.start, main.precision) == ("2019-03", "month")


def test_a_past_verb_outside_the_weekdays_clause_leaves_this_weekday_to_come():
    wednesday = date(2021, 3, 10)
    assert _resolved("The walkout is this Friday at noon, organisers said.", wednesday) == "2021-03-12"
    assert _resolved("Join us this Friday, when lecturers who voted for action walk out.", wednesday) == "2021-03-12"
    assert _resolved("The sit-in is this Friday, the branch told members.", wednesday) == "2021-03-12"


def test_a_past_verb_in_the_weekdays_own_clause_still_makes_it_gone_by():
    wednesday = date(2021, 3, 10)
    assert _resolved("This Monday, hundreds marched to the library, the union said.", wednesday) == "2021-03-08"
    assert _resolved("Lecturers who voted for action walked out this Monday.", wednesday) == "2021-03-08"
