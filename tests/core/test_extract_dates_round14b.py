"""Main-event dates on real pages (issue 16, round 14b): shapes of date a
reader reads without thinking, on pages nobody tuned on."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.wish_dates import dates_a_wish
from timeline_app.core.extract.writing_dates import dates_a_writing


def _dates_writing(sentence: str, date_text: str, kind: str = "letter") -> bool:
    at = sentence.index(date_text)
    return dates_a_writing(sentence, at, at + len(date_text), kind)


def test_a_reply_dated_earlier_is_the_replys_date_not_the_letters():
    assert _dates_writing("In your reply, dated the 2nd of May 2023, you said the cuts were needed.",
                          "2nd of May 2023")
    assert _dates_writing("Their answer, dated 9 June 2021, came too late.", "9 June 2021", "strike")


def test_a_letter_dated_on_a_letter_page_keeps_its_date():
    assert not _dates_writing("This letter, dated 3 May 2023, is sent to every member.", "3 May 2023")


def test_a_six_digit_stamp_glued_to_the_title_dates_the_letter():
    result, main = _main(
        "230912 Open Letter from the Branch Committee\n\n"
        "Dear Principal,\n\n"
        "We write again about the planned closure of the library at the college.\n\n"
        "In your reply, dated the 2nd of August 2023, to our first letter, you said the savings were needed.\n\n"
        "We ask you to withdraw the plan and meet the branch.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2023-09-12", "day")


def test_a_mail_dates_the_letter_it_carries_to_the_day():
    result, main = _main(
        "Council mail archive\n\n"
        "Keep the library open\n\n"
        "From: a resident <Sam>\n"
        "Date: Tue, 14 Apr 2020 10:02:11 -0700\n\n"
        "Dear Mayor and Council Members:\n\n"
        "Please vote to keep the branch library open and to restore its hours.\n\n"
        "Sam Reader\n")
    assert result.published == "2020-04-14"
    assert main.kind == "letter"
    assert (main.start, main.precision) == ("2020-04-14", "day")


def test_a_day_someone_would_like_an_act_done_on_is_a_wish():
    sentence = "The council says it would like the police to clear the hall on Sunday."
    assert dates_a_wish(sentence, sentence.index("Sunday"))
    assert not dates_a_wish("Students would like more seats, and marched on Sunday.",
                            len("Students would like more seats, and marched on "))


def test_an_occupation_is_dated_by_its_day_not_the_clock_line_or_a_wish():
    result, main = _main(
        "3 Mar 2019\n\n"
        "Students occupy college hall\n\n"
        "8:15 am on 3 March 2019\n\n"
        "Students occupying a college hall in the city are spending a second night inside.\n\n"
        "About twenty students moved into the hall on Saturday afternoon.\n\n"
        "They are angry at the closure of the hall, which the college plans to sell.\n\n"
        "A college spokesperson says the college will not accept students occupying its hall "
        "and would like police to act on Sunday.\n")
    assert result.published == "2019-03-03"
    assert (main.start, main.precision) == ("2019-03-02", "day")


def test_what_comes_next_after_a_done_strike_does_not_date_it():
    result, main = _main(
        "Union pleased with strike turnout\n\n"
        "DATE: 12 May 2011\n\n"
        "The one day strike in the print industry has received strong support from members across the region. "
        "The strikers will return to work tomorrow. Both sides will meet again tomorrow.\n")
    assert result.published == "2011-05-12"
    assert (main.start, main.precision) == ("2011-05-12", "approximate")


def test_a_plan_in_the_lede_keeps_its_day():
    result, main = _main(
        "Print workers to strike\n\n"
        "DATE: 12 May 2011\n\n"
        "Print workers will strike tomorrow over pay, their union said.\n"
        "Members will gather outside the works at dawn.\n")
    assert (main.start, main.precision) == ("2011-05-13", "day")


_MARCH_BODY = (
    "\nThousands of pupils marched through the city on Wednesday, leaving lessons to demand climate action, "
    "in a day of school strikes that ministers had condemned.\n"
    "Crowds filled the square outside the town hall as pupils chanted and sang, and organisers struggled "
    "to keep a path clear through the crowd for the speakers and the stewards.\n"
    "At one point the crowd was given the phone number of a minister's office, and hundreds rang it at once "
    "to leave messages asking what the government would do.\n"
    "Some carried home-made banners and others painted their faces, and a band played on the steps.\n"
    "Teachers watched from the side and said most pupils had told them in advance.\n")


def test_an_undated_pages_bare_weekday_is_the_one_day_it_writes_on_that_weekday():
    result, main = _main(_MARCH_BODY + "— a marcher (@marcher) October 9, 2019\n"
                         "In the north of the country, pupils also marched in three towns, organisers said.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2019-10-09", "day")


def test_an_undated_pages_weekday_stays_undated_when_no_written_day_fits():
    # (posts signed on two days lend the page no day of its own: round 20's ``day_of_posts``)
    result, main = _main(_MARCH_BODY + "— a marcher (@marcher) October 10, 2019\n"
                         "In the north of the country, pupils also marched in three towns, organisers said.\n"
                         "— a teacher (@teacher) October 11, 2019\n")
    assert main.precision != "day"


def test_an_undated_pages_past_lede_day_takes_the_year_its_other_days_are_in():
    result, main = _main(
        "\nOn 4 May the branch secretary handed a petition from nurses to the health minister's office in town.\n"
        "Over 300 nurses have now signed it. The branch backed it in a vote on 20 April 2022.\n"
        "The nurses ask for safe staffing on every ward by 2030.\n")
    assert result.published is None
    assert (main.start, main.precision) == ("2022-05-04", "day")


def test_an_undated_pages_planned_lede_day_stays_undated():
    result, main = _main(
        "\nFrom 20 to 27 September pupils across the country will leave school to join the climate strike.\n"
        "The first global strike of this kind was held on 15 March 2019 in many cities.\n")
    assert main.start != "2019-09-20"


def test_a_dotted_date_line_before_an_empty_byline_is_the_publication():
    result, _ = _main(
        "Open letter to the Minister for Health\n\n"
        "04.08.21 By\n\n"
        "The council invites nurses and doctors to sign the letter below in support of safe staffing.\n\n"
        "Dear Minister,\n\nWe ask you to fund safe staffing on every ward.\n")
    assert result.published == "2021-08-04"


def test_a_dotted_number_inside_a_sentence_is_no_date_line():
    result, _ = _main(
        "Nurses vote on pay offer\n\n"
        "The offer of 04.08.21 percent was put to members, who will vote next month on whether to accept it.\n")
    assert result.published is None
