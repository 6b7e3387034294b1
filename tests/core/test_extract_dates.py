"""Dates: formats, the day-first rule, relative phrases and look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.dates import find_dates, resolve
from timeline_app.core.extract.times_of_day import find_times
from timeline_app.core.models import ReadDocument


def _published(text: str, metadata: str | None = None) -> str | None:
    return extract(ReadDocument(text=text, format="txt", published=metadata)).published


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("Tuesday 17 November 2015", "2015-11-17"),
        ("07/02/2017 16:47 GMT", "2017-02-07"),
        ("September 22, 2016", "2016-09-22"),
        ("2016-09-22", "2016-09-22"),
        ("22nd Sept 2016", "2016-09-22"),
        ("17.11.2015", "2015-11-17"),
        ("Posted on 1 February 2021 by Ailsa Munro", "2021-02-01"),
        ("02/20/2017", "2017-02-20"),  # day-first impossible, so month-first
    ],
)
def test_publication_dateline_formats_are_read(dateline, expected):
    text = f"Students occupy the library\n\n{dateline}\n\nStudents occupied the library in protest at cuts."
    assert _published(text) == expected


def test_metadata_date_is_used_when_the_text_has_no_dateline():
    assert _published("Students walked out today over cuts to courses.", "2022-11-24") == "2022-11-24"


def test_document_without_any_date_has_no_publication_date():
    result = extract(ReadDocument(text="We, the undersigned, ask the university to divest.", format="txt"))
    assert result.published is None
    main = next(e for e in result.events if e.main)
    assert main.precision == "unknown" and main.start is None


@pytest.mark.parametrize(
    "phrase, expected, precision",
    [
        ("today", "2017-02-07", "day"),
        ("yesterday", "2017-02-06", "day"),
        ("last month", "2017-01", "month"),
        ("next month", "2017-03", "month"),
        ("earlier in the year", "2017", "year"),
        ("last year", "2016", "year"),
        ("on February 20", "2017-02-20", "day"),
        ("on 3 January", "2017-01-03", "day"),
        ("on 28 December", "2016-12-28", "day"),  # nearest to publication: the previous December
        ("in 2022", "2022", "year"),
    ],
)
def test_relative_and_partial_dates_resolve_against_publication(phrase, expected, precision):
    mentions = find_dates(f"Students said it happened {phrase}.")
    assert len(mentions) == 1
    resolved = resolve(mentions[0], date(2017, 2, 7))
    assert resolved is not None
    assert (resolved.iso, resolved.precision) == (expected, precision)


def test_weekday_follows_tense_of_its_sentence():
    reference = date(2017, 2, 8)  # a Wednesday
    past = find_dates("Students walked out on Monday.")[0]
    future = find_dates("Students will walk out on Monday.")[0]
    assert resolve(past, reference, "Students walked out on Monday.").iso == "2017-02-06"
    assert resolve(future, reference, "Students will walk out on Monday.").iso == "2017-02-13"


def test_relative_dates_stay_unresolved_without_a_publication_date():
    assert resolve(find_dates("It happened last month.")[0], None) is None


@pytest.mark.parametrize(
    "text",
    [
        "We may walk out if we are ignored, and we want change now.",
        "Theresa May's decision angered students.",
        "International students are around 20% of the student population.",
        "More than 180 elected officers from 52 campuses signed.",
        "Call the press office on 07866 695010 or 020 7756 2500.",
        "Section 1.2.3 of the report covers 2,000 students.",
        "a march through the city",
    ],
)
def test_words_and_numbers_that_only_look_like_dates_are_not_dates(text):
    assert find_dates(text) == []


def test_times_of_day_are_kept_in_24_hour_form():
    assert [t[2] for t in find_times("at 10.30am, then 2pm, then 12 noon and 16:47")] == [
        "10:30", "14:00", "12:00", "16:47"
    ]


def test_day_range_keeps_its_end_date():
    result = extract(ReadDocument(
        text="13 February 2023\n\nStudents will walk out of classes from 20-24 February in a week of action.",
        format="txt",
    ))
    main = next(e for e in result.events if e.main)
    assert (main.start, main.end, main.kind) == ("2023-02-20", "2023-02-24", "walkout")


def test_ambiguous_numeric_date_from_a_us_source_is_read_month_first():
    us = extract(ReadDocument(
        text="Posted 4/5/2023\n\nWASHINGTON — Students rallied on Tuesday. The rally was organized by a coalition.",
        format="txt",
    ))
    uk = extract(ReadDocument(text="Posted 4/5/2023\n\nStudents rallied on Tuesday, organised by the union.", format="txt"))
    assert us.published == "2023-04-05"
    assert uk.published == "2023-05-04"


def test_a_number_before_a_date_is_not_read_as_the_start_of_a_range():
    result = extract(ReadDocument(text="Members' Bulletin No. 14 - 3 March 2022\n\nStrike dates confirmed.", format="txt"))
    assert result.published == "2022-03-03"


def test_weekday_takes_the_tense_of_its_own_clause():
    reference = date(2020, 11, 27)  # a Friday
    sentence = "The occupation began on Wednesday evening and the group say they will stay."
    mention = next(m for m in find_dates(sentence) if m.relative)
    assert resolve(mention, reference, sentence).iso == "2020-11-25"


def test_retrospective_headline_makes_the_year_it_looks_back_to_the_main_event():
    result = extract(ReadDocument(
        text="1 May 2018\n\nFifty years on: remembering the occupations of 1968\n\n"
             "In May 1968, students across Europe occupied their universities.\n\n"
             "An exhibition on the occupations opens at the library on 14 May.",
        format="txt",
    ))
    main = next(e for e in result.events if e.main)
    assert (main.start, main.precision) == ("1968-05", "month")


def test_a_year_running_into_more_digits_is_not_a_date_even_next_to_a_real_date():
    # "in 20192" is no year; a date just before it must not make it look like one
    assert [m.text for m in find_dates("2019-03-04 notes, in 20192 files")] == ["2019-03-04"]


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def test_relative_dates_count_days_and_months_as_the_calendar_does():
    # "next Friday" is strictly after the publication day, "last Friday"
    # strictly before, "three months ago" crosses year ends: checked over
    # years of publication days against dateutil's relativedelta.
    from datetime import timedelta

    from dateutil.relativedelta import relativedelta, weekday

    from timeline_app.core.extract.dates import DateMention

    reference = date(2015, 12, 1)
    while reference < date(2017, 3, 1):
        for target, name in enumerate(_WEEKDAY_NAMES):
            for direction, step in (("next", +1), ("last", -1)):
                mention = DateMention(0, 1, f"{direction} {name}", relative=f"{direction} {name}",
                                      weekday_direction=direction)
                expected = reference + relativedelta(days=step, weekday=weekday(target)(step))
                assert resolve(mention, reference).iso == expected.isoformat()
        for count in (1, 3, 11, 14):
            mention = DateMention(0, 1, f"{count} months ago", relative=f"{count} months ago")
            shifted = reference + relativedelta(months=-count)
            assert resolve(mention, reference).iso == f"{shifted.year:04d}-{shifted.month:02d}"
        reference += timedelta(days=5)
