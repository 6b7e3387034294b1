"""Main-event dates on real pages (issue 16, round 15b): a year to come, a
picture's caption above the story, and the day its date tells; a
petition's own page."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_year_after_the_pages_own_is_a_plan_and_the_page_date_dates_the_report():
    result, main = _main(
        "Students win their fees campaign\n\n"
        "31 October 2016\n\n"
        "Our officers explain how the union's campaign got the college to freeze its charges.\n\n"
        "Ministers have said that colleges will be allowed to charge more from 2017-18 under the new rules.\n")
    assert result.published == "2016-10-31"
    assert (main.start, main.precision) == ("2016-10-31", "approximate")


def test_a_year_before_the_pages_own_is_still_read_as_before():
    _, main = _main(
        "Looking back: the 1968 occupation\n\n"
        "31 October 2016\n\n"
        "Fifty years on, former students remember the occupation of 1968 and what it won.\n")
    assert (main.start, main.precision) == ("1968", "year")


_CAPTIONED = (
    "Nurses' union calls walkout\n\n"
    "Union secretary Jo Doe (centre) speaks to reporters outside the ministry on March 3, 2014. "
    "Photo/SAM ROE\n\n"
    "The nurses' union on Monday called a national walkout over overdue shift pay.\n\n"
    "It is the fourth walkout the nurses have called since 2009.\n")


def test_a_pictures_caption_above_the_story_is_not_its_lede():
    _, main = _main(_CAPTIONED)
    assert "called a national walkout" in main.evidence



def test_an_undated_ledes_weekday_is_the_day_a_caption_writes_on_that_weekday():
    result, main = _main(_CAPTIONED)
    assert result.published is None
    assert (main.start, main.precision) == ("2014-03-03", "day")


def test_a_petitions_own_signing_page_is_dated_to_the_day_at_its_top():
    result, main = _main(
        "Freeze rents for students now\n\n"
        "4 May 2021\n"
        "Signatures: 212Next Goal: 500\n"
        "Support now\n\n"
        "Why this petition matters\n\n"
        "Students in the city's hostels still pay full rent while their campuses stay shut. We ask the "
        "council to freeze rents until the campuses open again.\n")
    assert (result.published, main.kind) == ("2021-05-04", "petition")
    assert (main.start, main.precision) == ("2021-05-04", "day")


def test_a_news_page_about_a_petition_keeps_its_own_date_approximate():
    result, main = _main(
        "Students petition council over rents\n\n"
        "4 May 2021\n\n"
        "More than two hundred students have signed an online petition asking the council to freeze "
        "hostel rents while campuses stay shut, organisers said.\n")
    assert result.published == "2021-05-04"
    assert main.precision != "day" or main.start != "2021-05-04"


def test_on_a_vote_page_the_later_days_a_plan_will_happen_on_are_what_was_voted_for():
    _, main = _main(
        "Librarians vote for more strikes\n\n"
        "8 March 2022\n\n"
        "Members of the librarians' union have voted for three more strikes over pay.\n\n"
        "The walkouts are to be held on March 21, April 4 and April 18, and members will picket each site. "
        "Voting ended at noon on Monday 7 March.\n")
    assert main.kind == "vote"
    assert (main.start, main.precision) == ("2022-03-07", "day")


def test_on_a_vote_page_the_day_the_ballot_itself_will_open_may_still_date_it():
    _, main = _main(
        "Lecturers to ballot on industrial action\n\n"
        "13 May 2021\n\n"
        "The tribunal has agreed that our members may hold a vote on industrial action.\n\n"
        "Voting packs will go out to members' homes on Wednesday 19 May; the poll will close on 31 May.\n")
    assert main.kind == "vote"
    assert main.start == "2021-05-19"


def test_a_vote_pages_plan_is_read_only_in_the_words_right_before_its_day(monkeypatch):
    # a sentence of many days (or a long run of blanks) is not re-read whole for each day
    from timeline_app.core.extract import main_date_exclusions
    read: list[int] = []

    def recording(clause: str) -> bool:
        read.append(len(clause))
        return True

    monkeypatch.setattr(main_date_exclusions, "is_future_tense", recording)
    days = ", ".join(f"{day} June 2021" for day in range(2, 28))
    _main("Members vote for more strikes\n\n1 May 2021\n\nMembers of the union have voted for strikes over pay.\n\n"
          f"The walkouts will be held on {days}.\n")
    assert read and max(read) <= 200


@pytest.mark.parametrize("caption", [
    "File photo: nurses march through the city centre during the strike of March 3, 2014. Photo/SAM ROE",
    "Nurses marched through the city centre on March 3, 2014. Photo/SAM ROE",
])
def test_an_earlier_days_caption_does_not_date_an_undated_ledes_weekday(caption: str):
    result, main = _main(
        "Nurses' union calls walkout\n\n"
        f"{caption}\n\n"
        "The nurses' union on Monday called a national walkout over overdue shift pay.\n\n"
        "It is the fourth walkout the nurses have called since 2009.\n")
    assert result.published is None
    assert (main.start, main.precision) != ("2014-03-03", "day")
