"""Main-event dates on real pages (issue 16, round 14b): shapes of date a
reader reads without thinking, on pages nobody tuned on."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

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
