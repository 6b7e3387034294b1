"""A press release announcing an action for a day ahead dates the action on that day, in the page's year, though
the verb is past; a US release's datelines ("WASHINGTON, D.C. (March 4, 2019) –", "NEW YORK, March 4, 2019
/PRNewswire/ --") date the page and leave the titles (issue 16, stop 76). Texts written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _events(text: str, published: str | None = None):
    return extract(ReadDocument(text=text, format="txt", published=published)).events


def _main(text: str):
    return next(event for event in _events(text) if event.main)


@pytest.mark.parametrize(("sentence", "day"), [
    ("The Ostland Union of Students has today announced a national walkout on 14 March.", "2019-03-14"),
    ("The Ostland Union of Students today confirmed a strike on 14 March after talks failed.", "2019-03-14"),
    ("Unite yesterday announced a 48-hour strike by bus drivers in Harbourton from 14 March.", "2019-03-14"),
    ("The lecturers' union has announced 14 days of strikes starting on 14 March.", "2019-03-14"),
    ("The nurses' union today gave notice of strike action at three hospitals on 14 March.", "2019-03-14"),
    ("The Harbourton Teachers Association today announced support for a walkout by students at Lincoln High School "
     "on March 14.", "2019-03-14"),
])
def test_an_action_announced_today_for_a_day_ahead_is_this_years(sentence: str, day: str) -> None:
    assert _main(f"Union news\n\n4 March 2019\n\n{sentence}").start == day


@pytest.mark.parametrize("sentence", [
    "The Ostland Union of Students has today confirmed that students walked out on 14 March.",
    "Last year the Ostland Union of Students announced a national walkout on 14 March.",
    "The Ostland Union of Students announced a national walkout on 14 March, and thousands walked out.",
    "The employer has today announced legal action over the strike on 14 March.",
])
def test_an_action_told_as_gone_stays_in_the_year_before(sentence: str) -> None:
    days = [event.start for event in _events(f"Union news\n\n4 March 2019\n\n{sentence}")]
    assert "2018-03-14" in days and "2019-03-14" not in days


@pytest.mark.parametrize("dateline", [
    "NEW YORK, March 4, 2019 /PRNewswire/ --",
    "AUSTIN, Texas, March 4, 2019 (GLOBE NEWSWIRE) --",
    "HARBOURTON, 4 March 2019 –",
    "March 4, 2019 --",
    "SACRAMENTO, Calif. (March 4, 2019) –",
])
def test_a_datelines_year_does_not_put_an_announced_day_in_the_past(dateline: str) -> None:
    text = f"Nurses to strike\n\n{dateline} The Harbourton nurses' union today announced a strike on March 14."
    assert _main(text).start == "2019-03-14"


@pytest.mark.parametrize("dateline", [
    "WASHINGTON, D.C. (March 4, 2019) –",
    "Austin, Texas (Monday, March 4, 2019) –",
    "PHOENIX, Ariz. (March 4, 2019) –",
])
def test_a_bracketed_dateline_after_a_place_and_its_region_dates_the_page(dateline: str) -> None:
    text = f"Teachers rally\n\n{dateline} Teachers rallied at the Capitol for higher pay."
    assert extract(ReadDocument(text=text, format="txt")).published == "2019-03-04"


def test_a_headings_bracketed_date_does_not_date_the_page() -> None:
    text = "Teachers rally\n\nStrike Notice, Update (March 4, 2019) – Teachers rallied at the Capitol for higher pay."
    assert extract(ReadDocument(text=text, format="txt")).published is None


def test_a_datelines_place_and_date_stay_out_of_the_events_titles() -> None:
    text = ("Press releases\n\nThe Harbour Road Tenants Union organises renters in Springvale.\n\n"
            "SPRINGVALE, January 17th, 2018 - Tenants from three blocks on Harbour Road marched to the city hall to "
            "demand rent controls.\n\n"
            "SPRINGVALE, 2 March 2018 - Hundreds of tenants occupied the lobby of the landlord's office on Harbour "
            "Road.\n\n"
            "NEW YORK, March 9, 2018 /PRNewswire/ -- Tenants from Harbour Road picketed the offices of their "
            "landlord's bank in Manhattan.")
    titles = [event.title for event in _events(text)]
    assert titles and not any(title.startswith(("SPRINGVALE", "NEW YORK")) for title in titles)


def test_a_newswires_dateline_dates_the_page_and_leaves_the_title() -> None:
    text = ("Nurses to strike\n\nSAN FRANCISCO--(BUSINESS WIRE)--Oct. 2, 2018--Nurses at three Harbourton hospitals "
            "will walk off the job on October 16 after talks over staffing broke down.")
    extraction = extract(ReadDocument(text=text, format="txt"))
    assert extraction.published == "2018-10-02"
    assert [event.start for event in extraction.events if event.main] == ["2018-10-16"]


def test_a_states_short_name_in_a_dateline_ends_no_sentence() -> None:
    text = ("Nurses to strike\n\nThe hospital said it was disappointed.\n\n"
            "SACRAMENTO, Calif. (AP) — Nurses at Valley General Hospital walked out on 4 March 2019 over staffing.")
    titles = [event.title for event in _events(text)]
    assert titles and not any(title.startswith(("(AP)", "SACRAMENTO", "–", "—")) for title in titles)


@pytest.mark.parametrize(("sentence", "words"), [
    ("Teamsters Local 42 May Day march shuts the Port of Harbourton for eight hours as dockers join the protest.",
     "Teamsters Local 42"),
    ("Year 11 March Out Over Exam Changes at Harbourton Academy, as pupils leave their classrooms.", "Year 11"),
])
def test_a_number_before_a_month_that_is_no_dateline_stays_in_the_title(sentence: str, words: str) -> None:
    text = f"News\n\nHARBOURTON, May 2, 2018 – {sentence}\n\nAround 3,000 people took part."
    assert any(words in event.title for event in _events(text))
