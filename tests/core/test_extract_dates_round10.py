"""Main-event dates on real pages (issue 16, round 10): a day that dates a
piece of writing the report cites ("in a Jan. 26 article", "a message from
the Vice Chancellor 28th February 2019") is background, not the event."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.limit_dates import limits_an_act
from timeline_app.core.extract.writing_dates import dates_a_writing


def _dates_writing(sentence: str, date_text: str, kind: str = "strike") -> bool:
    at = sentence.index(date_text)
    return dates_a_writing(sentence, at, at + len(date_text), kind)


def test_a_vote_reported_through_an_earlier_article_is_dated_by_the_page():
    result, main = _main(
        "Teaching assistants back strike mandate\n\n"
        "Published March 9, 2018\n\n"
        "Teaching assistants at the college have voted to give their union a strike mandate.\n"
        "A union organiser said in a March 4 article in the campus weekly that the vote does not mean "
        "a strike is certain.\n")
    assert result.published == "2018-03-09"
    assert (main.start, main.precision) == ("2018-03-09", "approximate")


def test_a_letter_answering_a_dated_message_is_not_dated_by_that_message():
    result, main = _main(
        "Branch letter to the Principal\n\n"
        "Dear Principal,\n\n"
        "A message from the Principal 14th January 2020\n\n"
        "Our members are alarmed by the plans for cuts set out in your message, and we ask for talks.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2020", "unknown")  # "not before 2020", no made-up day


def test_a_memorandum_submitted_earlier_does_not_date_the_picket():
    result, main = _main(
        "date 2021-06-14 Porters picket the town hall over pay\n\n"
        "Porters picketed the town hall, saying the council had ignored them.\n"
        "\"We are protesting because the mayor has not answered the memorandum that we submitted on "
        "2 June,\" the branch chair said.\n")
    assert result.published == "2021-06-14"
    assert main.start == "2021-06-14"


def test_the_shapes_of_a_cited_writings_date():
    assert _dates_writing("She said in a Jan. 26 article that the vote was close.", "Jan. 26")
    assert _dates_writing("So it was in Tuesday's call from three groups.", "Tuesday")
    assert _dates_writing("The stoppage notice, issued on December 12, 2024, gave seven days.", "December 12, 2024")
    assert _dates_writing("A message from the Vice Chancellor 28th February 2019", "28th February 2019")
    assert _dates_writing("They condemned threats made in messages sent on 1 March 2018.", "1 March 2018")


def test_the_act_of_a_sentence_that_also_names_writing_keeps_its_date():
    assert not _dates_writing("Students marched on Friday after the article appeared.", "Friday")
    assert not _dates_writing("The union will strike on 4 May, its statement said.", "4 May")


def test_a_letters_own_sending_dates_the_letter():
    assert not _dates_writing("In a letter sent on 3 May, 200 academics urged the council to act.", "3 May",
                              kind="letter")
    assert _dates_writing("In a letter sent on 3 May, the minister refused to meet the strikers.", "3 May")


def test_a_caption_credited_to_a_news_agency_dates_no_event():
    result, main = _main(
        "date 2023-05-12 Nurses march past the ministry in the capital, May 9, 2023. — Reuters\n\n"
        "Nurses end their strike after pay deal\n\n"
        "Nurses on Thursday called off their strike after the ministry agreed to raise night-shift pay.\n")
    assert result.published == "2023-05-12"
    assert main.start == "2023-05-11"


def test_a_file_photo_credit_closes_a_caption():
    result, main = _main(
        "date 2020-10-02 The polytechnic's lecturers on March 3, 2016. Ana Reyes, Metro News/File\n\n"
        "Polytechnic lecturers condemn the rector\n\n"
        "Lecturers at the polytechnic on Thursday condemned the rector's memo on unpaid wages.\n")
    assert result.published == "2020-10-02"
    assert main.start == "2020-10-01"


def test_an_agency_credit_closing_the_story_keeps_its_dates():
    _, main = _main(
        "Students rally against fee rise\n\n"
        "Published 2 March 2022\n\n"
        "The union said the rally would go ahead whatever the council decided.\n\n"
        "Thousands of students will rally outside the council on 9 March to oppose the rise. — AFP\n")
    assert main.start == "2022-03-09"


def test_an_undated_pages_past_month_after_the_lede_is_background():
    result, main = _main(
        "Staff strike closes the college\n\n"
        "Staff at the college walked out over the new contracts, their union said.\n"
        "Turnout was high. The last strike, in October 2019, closed the college for a week.\n")
    assert result.published is None
    assert main.precision == "unknown"


def test_an_undated_pages_planned_month_still_dates_the_act():
    result, main = _main(
        "Staff strike threat at the college\n\n"
        "Staff at the college are angry about the new contracts, their union said.\n"
        "Turnout was high. The union will strike in October 2019 unless the contracts are withdrawn.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2019-10", "month")


def test_a_deadline_in_an_occupation_report_is_not_its_day():
    result, main = _main(
        "Occupiers served with eviction papers\n\n"
        "Published 12 May 2015\n\n"
        "We are still in the council chamber, now in our fifth day of occupation.\n"
        "Security told us the council will go to court against us if we are not out by 10am tomorrow morning.\n")
    assert result.published == "2015-05-12"
    assert (main.start, main.precision) == ("2015-05-12", "approximate")


def _limits(sentence: str, date_text: str) -> bool:
    at = sentence.index(date_text)
    return limits_an_act(sentence, at, at + len(date_text))


def test_the_shapes_of_a_deadline():
    assert _limits("They will stay until Saturday night.", "Saturday")
    assert _limits("The ultimatum expired on December 17, 2024, unanswered.", "December 17, 2024")
    assert _limits("Leave by 9am tomorrow or face court.", "tomorrow")
    assert not _limits("The march was led by Monday's strikers.", "Monday")
    assert not _limits("The law was passed by parliament on Friday.", "Friday")
    assert not _limits("Students walked out on Friday.", "Friday")


def _strike_notice(start_day: str):
    """An undated strike notice that states one full date, in 2019."""
    return _main(
        "Lecturers serve strike notice\n\n"
        "The lecturers' union says the government has not paid the allowances agreed on 20 January 2019.\n"
        f"The strike is set to begin on {start_day} and last until the allowances are paid.\n")


def test_an_undated_pages_weekday_gives_a_yearless_date_its_year():
    result, main = _strike_notice("Wednesday, February 6")
    assert result.published is None
    assert (main.start, main.precision) == ("2019-02-06", "day")


def test_an_undated_pages_weekday_that_fits_no_stated_year_leaves_the_date_undated():
    result, _ = _strike_notice("Saturday, February 6")  # a Saturday in 2021, not in 2019 or 2020
    assert not any(event.start.startswith("2021") for event in result.events if event.start)


def test_a_named_weekday_picks_the_year_of_a_yearless_date():
    result, main = _main(
        "Porters' strike dates announced\n\n"
        "Published 1 July 2019\n\n"
        "Strike day for the porters: Friday, January 10, at the main gate of the hospital.\n")
    assert result.published == "2019-07-01"
    assert main.start == "2020-01-10"  # 10 January 2019 was a Thursday


def test_an_act_begun_last_week_told_after_the_lede_is_dated_by_the_report():
    result, main = _main(
        "Cleaners' strike spreads to three more campuses\n\n"
        "Published 14 March 2019\n\n"
        "Cleaners at three more campuses have joined the strike over unpaid overtime.\n"
        "The strike, which started last week at the city campus, is the first by the cleaners' union.\n")
    assert result.published == "2019-03-14"
    assert (main.start, main.precision) == ("2019-03-14", "approximate")


def test_a_published_line_with_its_clock_time_outranks_the_sites_date_of_today():
    result, _ = _main(
        "Harbourtown,   Friday 3 May 2030\n\n"
        "Nurses to march on the ministry\n\n"
        "Published: 09:40, 12 March 2021\n\n"
        "Nurses will march on the ministry on Tuesday over unpaid night-shift allowances.\n")
    assert result.published == "2021-03-12"


def test_an_updated_line_with_its_clock_time_is_not_the_publication():
    result, _ = _main(
        "Nurses to march on the ministry\n\n"
        "Updated: 10:02, 14 March 2021\n\n"
        "Nurses will march on the ministry on Tuesday over unpaid night-shift allowances.\n")
    assert result.published is None


def test_a_bare_weekday_after_a_place_of_several_words_dates_the_rally():
    result, main = _main(
        "Students begin week of class boycotts\n\n"
        "Published 16 October 2019\n\n"
        "Hundreds of students rallied at the Northern Technical College Tuesday at the start of a week of "
        "class boycotts against the fee rise.\n"
        "The union hopes to hold a second rally outside the assembly on Friday.\n")
    assert result.published == "2019-10-16"
    assert main.start == "2019-10-15"


def test_a_date_set_off_by_a_dash_at_the_end_of_the_headline_is_the_publication():
    result, _ = _main(
        "Skip to content\n\n"
        "Porters end strike, accept new pay offer - Mar. 3, 2021\n\n"
        "Porters at the hospital voted this week to accept the new pay offer, ending their strike.\n")
    assert result.published == "2021-03-03"


def test_the_date_under_a_sites_weather_reading_is_not_the_publication():
    result, main = _main(
        "31.2 C\n"
        "Harbourtown\n"
        "Monday, June 3, 2030\n\n"
        "Students walk out over fees\n\n"
        "Hundreds of pupils on Wednesday walked out of lessons to protest against the fee rise.\n")
    assert result.published is None
    assert main.precision == "unknown"


def test_a_date_line_without_a_weather_reading_above_stays_the_publication():
    result, _ = _main(
        "Harbourtown\n"
        "Monday, June 3, 2030\n\n"
        "Students walk out over fees\n\n"
        "Hundreds of pupils on Wednesday walked out of lessons to protest against the fee rise.\n")
    assert result.published == "2030-06-03"
