"""Publication and main-event dates on unseen pages (issue 16, round 5): a
date line glued to the section name before it, and a vague "last month" that
is background rather than the news."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.dates import find_dates


def test_a_date_glued_to_the_section_name_before_it_is_read():
    found = [(m.year, m.month, m.day) for m in find_dates("NewsApril 2, 2021")]
    assert found == [(2021, 4, 2)]
    assert find_dates("file.March 3, 2019") == []  # a full stop before it still rules it out


def test_a_page_whose_date_line_runs_into_its_section_name_is_dated():
    result, main = _main(
        "Local news\nEducationApril 2, 2021\n\n"
        "Pupils strike for the climate tomorrow\n\n"
        "Thousands of pupils are expected to skip classes tomorrow as part of a school strike for the climate.\n")
    assert result.published == "2021-04-02"
    assert (main.start, main.precision) == ("2021-04-03", "day")


def test_last_month_in_a_later_paragraph_does_not_date_an_undated_lede():
    result, main = _main(
        "date 2024-12-04 A petition asking the students' union to hold a referendum on divestment has "
        "gathered more than 600 signatures.\n\n"
        "The organisers say 400 signatures are enough to put the question on the ballot.\n\n"
        "The union's council rejected a similar motion in the autumn.\n\n"
        "Last month, the group asked students online to sign the petition.\n")
    assert main.kind == "petition"
    assert (main.start, main.precision) == ("2024-12-04", "approximate")


def test_a_last_updated_line_without_a_colon_is_not_the_publication():
    result, main = _main(
        "Students walk out over fees\nLast updated 12 May 2020\n\n"
        "Hundreds of students walked out of classes on Friday.\n")
    assert result.published is None
    assert main.precision == "unknown"


def test_a_retrieved_line_is_not_the_publication():
    result, _ = _main(
        "Students walk out over fees\n\nHundreds of students walked out of classes yesterday.\n\n"
        "Retrieved 5 May 2021.\n")
    assert result.published is None


def test_a_numeric_date_on_a_page_set_in_an_american_state_is_month_first():
    result, _ = _main(
        "High school students walk out\nPosted on 03/04/2019\n\n"
        "Hundreds of students at two high schools in Ohio walked out of classes on Friday.\n")
    assert result.published == "2019-03-04"


def test_a_numeric_date_without_american_signs_stays_day_first():
    result, _ = _main(
        "Students walk out\nPosted on 03/04/2019\n\n"
        "Hundreds of students at two colleges in Leeds walked out of classes on Friday.\n")
    assert result.published == "2019-04-03"


def test_a_year_first_date_with_slashes_is_read_but_not_inside_a_url():
    assert [(m.year, m.month, m.day) for m in find_dates("Posted 2019/03/14 by the editor")] == [(2019, 3, 14)]
    assert find_dates("Read it at https://example.org/2019/03/14/students-walk-out") == []
    result, _ = _main("Students walk out\n2019/03/14\n\nHundreds of students walked out of classes yesterday.\n")
    assert result.published == "2019-03-14"


def test_last_week_in_the_lede_still_dates_the_action_over_next_week():
    _, main = _main(
        "Lecturers strike\nPublished 1 March 2019\n\n"
        "Lecturers at the university went on strike last week over pensions. The strike will continue next week.\n")
    assert main.start < "2019-03-01"


def test_last_week_outside_the_lede_does_not_date_an_undated_report():
    _, main = _main(
        "date 2024-04-22 Students at a dozen universities are staging encampments against their universities' "
        "investments.\n\n"
        "The encampments have led to arrests, including at one college where students were arrested last week "
        "after occupying a lawn.\n\n"
        "The occupations appear peaceful, with teach-ins and vigils.\n")
    assert main.kind == "occupation"
    assert (main.start, main.precision) == ("2024-04-22", "approximate")


def test_a_weekday_after_a_place_name_dates_the_report_wire_style():
    _, main = _main(
        "Students mobilize in largest demonstration\n\nMarch 23, 2012\n\n"
        "Tens of thousands of students poured into downtown Montreal Thursday for the biggest of a string of "
        "protests against fee increases.\n")
    assert (main.start, main.precision) == ("2012-03-22", "day")
    names = [m.text for m in find_dates("Shops opened on Good Friday and Black Friday.")]
    assert "Friday" not in names


def test_a_past_verb_after_the_weekday_puts_it_in_the_past():
    _, main = _main(
        "Massive protest against fee rise\n\n1:21 am - 03/23/2012\n\n"
        "MONTREAL - The message was delivered by thousands of university students on Thursday, as they marched "
        "through the streets to denounce the government's plan to raise fees.\n")
    assert (main.start, main.precision) == ("2012-03-22", "day")
