"""Non-news genres (issue 16, round 11): letters signed with affiliations,
a strike vote under an archive banner, a year cut to "'03", and a
headline's year for an undated page's day-month. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ExtractedEvent, ReadDocument


def _main(text: str) -> ExtractedEvent:
    return next(event for event in extract(ReadDocument(text=text, format="txt")).events if event.main)


def _main_date(text: str) -> tuple[str | None, str]:
    """The main event's date and precision, as the timeline shows them."""
    main = _main(text)
    return main.start, main.precision


_LETTER_BODY = (
    "We stand with the students\n\n"
    "We support the students who will march against the cuts on Thursday. We are lecturers who see every day "
    "what the cuts will cost, and we will stand beside them on the march and in our classrooms.\n\n")
_SIGNERS = ("Dr Mary Holt, University of Northfield\n\nProfessor Omar Reyes, Eastvale College\n\n"
            "Dr Lena Park, Westbrook University,\n\nProfessor Ruth Quigley, Institute of Harbour Studies\n\n"
            "Sam Tully, Northfield Polytechnic\n\nProfessor Ahmed Farouk (Southgate University)\n\n"
            "Dr Ines Moura, Lakeside University\n")


def test_a_we_statement_signed_with_affiliations_is_a_letter():
    assert _main(_LETTER_BODY + _SIGNERS).kind == "letter"


def test_a_few_names_with_affiliations_do_not_make_a_letter():
    # a contact block after a "we" release: two names, a telephone between
    text = ("Cleaners strike at the depot\n\n"
            "We demand a living wage, and cleaners at the depot walked out on strike this morning.\n\n"
            "Contacts:\nAnna Bell, Branch Secretary\n0123 456 789\nTom Reid, Regional Organiser\n0123 987 654\n")
    assert _main(text).kind == "strike"


def test_a_strike_vote_under_an_archive_banner_is_a_vote():
    text = ("Archived page\n\n"
            "This page is from our archives. Newer content may exist. Search the site for it.\n"
            "HARBOURTON – Library workers at Harbourton College have now voted overwhelmingly in favour of "
            "industrial action after talks with management broke down. They could be in a legal strike position next "
            "month.\n\n“We do not want a strike,” said the branch chair. “But a strike is what we will have if "
            "the college does not move.”\n")
    assert _main(text).kind == "vote"


def test_a_strike_begun_after_a_vote_stays_a_strike():
    text = ("Archived page\n\n"
            "This page is from our archives. Newer content may exist. Search the site for it.\n"
            "HARBOURTON – Library workers went on strike on Monday, weeks after they voted overwhelmingly in favour "
            "of strike action when talks with management broke down.\n")
    assert _main(text).kind == "strike"


def _extraction(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def test_a_quoted_email_dates_its_today_by_its_own_date_line():
    text = ("From: Ann (ann@example.org)\n"
            "Date: Fri Apr 11 2003 - 09:12:40 EDT\n"
            "From: \"Campaign\" <news@example.org>\n"
            "> Date: Thu, 10 Apr 2003 18:02:11 -0000\n"
            "> Subject: Campus boycott wins\n"
            ">\n"
            "> We are glad to announce that today the boycott campaign\n"
            "> won at three more campuses, where students voted to\n"
            "> remove the brand from their dining halls.\n")
    extraction = _extraction(text)
    main = next(event for event in extraction.events if event.main)
    assert extraction.published == "2003-04-11"
    assert (main.start, main.precision) == ("2003-04-10", "day")


def test_hours_counted_as_a_span_date_nothing():
    text = ("Petition passes 5,000 signatures\n\nMay 5, 2022\n\n"
            "The petition against the library cuts gathered 5,000 signatures in 48 hours. It will be handed to "
            "the council next month.\n")
    assert all(event.start != "2022-05-07" for event in _extraction(text).events)


# The copy put the body first: the post's date line closes the page, far below its top.
_LONG_BODY = ("The union will meet the employer this afternoon to agree the next steps in the dispute over "
              "pay, which has gone on for more than a year without an offer the members could accept.\n") * 10
# What the page shows, and the publication date a reader reads on it.
_PUBLISHED = {
    "a_dateline_glued_to_a_repeated_headline": (
        "Union backs striking nurses at Harbour Hospital\n\n"
        "Union backs striking nurses at Harbour HospitalHarbourton – April 3, 2019 – The union stands in "
        "full solidarity with the striking nurses at Harbour Hospital.\n", "2019-04-03"),
    "a_post_meta_line_closing_the_page": (
        "Porters voted by a large majority for industrial action in a ballot counted today.\n" + _LONG_BODY +
        "Porters vote for industrial action\nNov 8, 2016 | News, PressArchive2016\n", "2016-11-08"),
    "no_date_from_a_list_of_related_posts": (
        "Porters voted by a large majority for industrial action in a ballot counted today.\n\n"
        "Related posts\nCleaners win pay rise\nNov 8, 2016 | News\nLibrary staff ballot\nOct 2, 2016 | News\n", None),
}


@pytest.mark.parametrize("case", sorted(_PUBLISHED))
def test_the_publication_date_a_reader_reads(case):
    text, expected = _PUBLISHED[case]
    assert _extraction(text).published == expected


def test_an_announcement_in_the_lede_leaves_the_forecast_its_weight():
    # "Yesterday the union announced strikes": the strike to come is still the news
    from datetime import date

    from timeline_app.core.extract.dates import find_dates, resolve
    from timeline_app.core.extract.forecast_dates import Forecasts
    from timeline_app.core.extract.sentences import Span

    lede = Span(0, 70, "Yesterday the lecturers' union announced strike action over pay.")
    later = Span(80, 150, "The strike is expected to start on Monday 21 June.")
    reference = date(2021, 6, 14)
    forecasts = Forecasts((lede.start,), reference)
    assert forecasts.penalty(resolve(find_dates(lede.text)[0], reference, lede.text), lede) == 0.0
    assert forecasts.penalty(resolve(find_dates(later.text)[0], reference, later.text), later) == 0.0


def test_a_delegation_that_hands_over_a_letter_and_a_petition_is_a_protest():
    text = ("Nurses will take their pay claim to the Assembly\n\n"
            "A delegation of nurses' union members will gather outside the Assembly building at noon on Monday "
            "to demand fair pay. After short speeches, the branch secretary will present an open letter to the "
            "health minister and a petition signed by 4,000 nurses. The letter asks the minister to fund the "
            "pay offer, and the petition calls for safe staffing.\n")
    assert _main(text).kind == "protest"


def test_a_report_of_an_open_letter_without_a_gathering_stays_a_letter():
    text = ("Nurses write to the health minister\n\n"
            "Nurses' union members have sent an open letter to the health minister about pay. The branch "
            "secretary will present the letter and a petition signed by 4,000 nurses to the minister's office. "
            "The letter asks the minister to fund the pay offer.\n")
    assert _main(text).kind != "protest"


# What the page shows, and the main event's date and precision a reader gives it.
_MAIN_DATES = {
    "a_year_after_an_apostrophe_dates_the_rally": (
        ("Back to home page\n\nJoin our list\n\n"
         "Speech given at the March 14th, '04, rally outside the company offices\n\n"
         "We are here today to stand with the pickers, who are paid too little for their work.\n"),
        ("2004-03-14", "day")),
    "the_headline_month_and_year_date_a_yearless_day_on_an_undated_page": (
        ("Report from the campus protest, March 2011\n\n"
         "A protest was held on March 9th on the campus to greet the minister, who cancelled his visit at "
         "the last minute. Around 200 students came to the rally in the courtyard.\n"),
        ("2011-03-09", "day")),
    "the_headline_day_dates_the_strike_over_a_repost_dated_later": (
        ("Friday, May 12, 2017\n\n"
         "Lecturers' strike on May 10 2017\n\n"
         "The college regrets any disruption caused to students by today's strike by lecturers. "
         "We expect the impact of this one-day strike to be small.\n"),
        ("2017-05-10", "day")),
    "an_event_listing_date_line_is_no_email_header": (
        ("Rally for fair pay\n\nDate: 3 May 2019\n\n"
         "Join the rally for fair pay outside the town hall today. Speakers from three unions will address "
         "the rally.\n\nDate: 10 May 2019\n\nA second rally is planned for the following week.\n"),
        ("2019-05-03", "day")),
    "an_expected_later_day_does_not_outrank_the_past_act_of_the_lede": (
        ("14 June 2021\n\n"
         "Last Friday, the tribunal ordered the strike ballot that the branch had applied for.\n\n"
         "Management had objected to the strike ballot at the last minute.\n\n"
         "We expect the strike ballot will likely open to members on Wednesday, 23 June.\n"),
        ("2021-06-11", "day")),
    "a_count_of_hours_from_the_post_dates_the_coming_strike": (
        ("Strike update for members\n\nMay 5, 2022\n\n"
         "We are now just 48 hours away from a possible strike by the library workers' union. Members "
         "rejected the latest offer at a meeting. We will post updates on the strike over the weekend.\n"),
        ("2022-05-07", "day")),
}


@pytest.mark.parametrize("case", sorted(_MAIN_DATES))
def test_the_main_event_date_a_reader_gives(case):
    text, expected = _MAIN_DATES[case]
    assert _main_date(text) == expected
