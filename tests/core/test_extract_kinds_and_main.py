"""Kinds and the main event as a reader of real pages would tell them:
a letter that is the document, school strikes, ballot results, "updated"
lines, closing source lines, DD-MM-YYYY dates and "said on Thursday"."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main(text: str):
    result = extract(ReadDocument(text=text, format="txt"))
    return result, next(e for e in result.events if e.main)


def test_a_document_that_opens_as_a_letter_is_the_letter_dated_at_its_top():
    result, main = _main(
        "Letter to the Principal, 04/03/2015\n\n"
        "Dear Principal,\n\n"
        "We write about the disciplinary case brought against a student after the protest "
        "and occupation that took place on 12 November 2014 in the main hall.\n\n"
        "The protest was peaceful and the occupation ended the same night. We ask you to drop the case.\n")
    assert main.kind == "letter"
    assert (main.start, main.precision) == ("2015-03-04", "day")


def test_a_report_about_a_letter_is_not_dated_by_its_page():
    _, main = _main(
        "Staff sign letter against course closures\n\n"
        "Published on 3 May 2018\n\n"
        "More than 200 lecturers signed an open letter on 30 April 2018 asking the board to "
        "keep the languages department open.\n")
    assert main.start == "2018-04-30"


def test_a_school_climate_strike_reported_as_rallies_is_a_strike():
    _, main = _main(
        "Hundreds of pupils gathered outside the town hall on Friday as part of the global "
        "school strike for climate.\n\n"
        "The lunchtime demonstration was one of 30 rallies held across the country.\n\n"
        "Speakers called on the council to declare a climate emergency.\n")
    assert main.kind == "strike"


def test_a_ballot_that_missed_its_turnout_is_a_vote():
    _, main = _main(
        "Lecturers' strike plan fails on ballot turnout\n\n"
        "Lecturers will not strike this term after the turnout in the union's ballot fell "
        "below the legal threshold, although most who voted backed strike action.\n")
    assert main.kind == "vote"


def test_an_updated_line_is_not_the_publication_date():
    result, _ = _main(
        "City News | Updated: 20-06-2022 09:15 | Created: 14-06-2022 18:02\n\n"
        "Students march against library cuts\n\n"
        "Students marched through the city centre on Tuesday against cuts to library hours.\n")
    assert result.published == "2022-06-14"


def test_a_latest_news_line_is_not_the_publication_date():
    result, _ = _main(
        "Walkout against fees next week\n\n"
        "LATEST NEWS 22/11/2012: more colleges have joined the walkout.\n\n"
        "Students will walk out of lectures on Wednesday 28 November 2012 against fees.\n")
    assert result.published is None


def test_a_labelled_publication_beats_the_pages_own_date_line():
    result, _ = _main(
        "Daily Campus\n\nMonday, 6 March 2023\n\nStudents occupy finance office\n\n"
        "Published 12 Oct 2016\n\n"
        "Students occupied the finance office on Tuesday to demand a rent freeze.\n")
    assert result.published == "2016-10-12"


def test_a_closing_source_line_gives_the_publication_and_the_year():
    result, main = _main(
        "BY A REPORTER\n"
        "Students from three colleges surrounded the council building on August 12 to protest "
        "against the closure of the night bus service.\n"
        "They plan to rally again on August 21 if the council does not change its mind.\n"
        "From The Campus Weekly, August 21, 2002.\n")
    assert result.published == "2002-08-21"
    assert main.start == "2002-08-12"


def test_a_day_written_with_dashes_is_read_day_first():
    result, _ = _main("Monday 14-10-2019 - 09:25\n\nTenants will hold a day of action against rent rises.\n")
    assert result.published == "2019-10-14"


def test_said_on_the_weekday_it_was_published_means_that_day():
    _, main = _main(
        "Thursday 12 January 2023\n\n"
        "Union ballot result announced\n\n"
        "The union said on Thursday that nine in ten members who voted in its ballot backed strike action.\n")
    assert main.start == "2023-01-12"


def test_a_posts_own_date_line_is_not_its_main_event():
    _, main = _main(
        "Latest from the Campus\n\n"
        "Tuesday, May 4, 2021\n\n"
        "Tenants back rent strike\n\n"
        "Tuesday, May 4th, 2021 at 5:46 pm in housing, rent strike, tenants\n"
        "The vote is in: tenants voted yesterday to start a rent strike in June.\n")
    assert main.start == "2021-05-03"


def test_last_night_is_the_day_before_publication():
    from timeline_app.core.extract.dates import find_dates, resolve
    from datetime import date

    mention = find_dates("The motion passed last night by 40 votes.")[0]
    assert resolve(mention, date(2021, 5, 4), "The motion passed last night.").iso == "2021-05-03"
