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
