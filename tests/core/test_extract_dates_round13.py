"""Main-event dates on real pages (issue 16, round 13): a month shortened
with an apostrophe before a whole year ("3rd Feb’ 2020") is a full date."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_an_apostrophe_after_a_short_month_keeps_the_whole_year():
    _result, main = _main(
        "UNION ISSUES STRIKE NOTICE : Staff to strike from 3rd Feb’ 2020\n"
        "Families expect a long wait after the union announced that staff will go on strike "
        "beginning February 3rd, the day the offices reopen for the new term.\n")
    assert (main.start, main.precision) == ("2020-02-03", "day")


def test_a_day_named_in_the_headlines_week_dates_the_event():
    _result, main = _main(
        "date 2024-05-10 Ward nurses will strike again next week.\n\n"
        "Union members around the region “voted overwhelmingly” for further industrial action, "
        "including a one-day nationwide strike next Tuesday, in support of their pay claim.\n\n"
        "Theatre nurses will not join the strike action.\n")
    assert (main.start, main.precision) == ("2024-05-14", "day")


def test_the_date_under_the_byline_is_the_publication_not_the_sites_today():
    result, main = _main(
        "• Thu. June 6th, 2024\n\n"
        "Students occupy the main library\n\n"
        "ByJo Writer\n\n"
        "Oct 9, 2019\n\n"
        "Students have occupied the main library in support of striking staff.\n")
    assert result.published == "2019-10-09"
    assert main.start == "2019-10-09"


def test_a_notices_when_line_dates_its_event_not_the_notice():
    result, main = _main(
        "Striking council workers will rally at the town hall tomorrow [Thursday]\n"
        "When: 1pm Thursday 14th March 2024\n"
        "Where: Town Hall Square\n"
        "The trades council is hosting a rally at the town hall tomorrow to demand fair pay.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2024-03-14", "day")


def test_a_day_in_the_week_for_another_event_leaves_the_week():
    # The meeting on Thursday falls in the strike's week but is a different event: the strike stays dated
    # "next week", which names no day, so about the page's date (stop 58).
    _result, main = _main(
        "date 2024-05-10 Ward nurses will walk out next week over staffing, their union said. "
        "Hospital managers will meet union leaders on Wednesday to try to settle the dispute.\n")
    assert (main.start, main.precision) == ("2024-05-10", "approximate")


def test_a_sentence_opening_with_by_is_no_byline():
    # "By September 2026, ..." and "By The close of ..." open sentences; they name no writer.
    for line in ("By September 2026, rents will double", "By The close of term the hall was shut"):
        result, _main_event = _main(
            "• Thu. June 6th, 2024\n\n"
            "Tenants strike over rents\n\n"
            f"{line}\n\n"
            "4 April 2021\n\n"
            "Tenants have stopped paying rent in protest at the rises.\n")
        assert result.published == "2024-06-06", line


def test_a_byline_line_with_a_comma_then_lower_case_words_is_sentence_text():
    from timeline_app.core.extract.byline_dates import byline_line_index
    from timeline_app.core.extract.sentences import Span

    lines = [Span(0, 8, "Headline"), Span(9, 40, "By Kent Road, the march went on"), Span(41, 53, "By Jo Writer")]
    assert byline_line_index(lines, 0) == 2
