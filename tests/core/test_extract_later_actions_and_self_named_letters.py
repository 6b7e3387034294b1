"""Round 20 (issue 16): a date its sentence puts after "followed by" dates
a later action, in the lede too: the report's event is the first one; a page
that says "This letter was written by ..." is the letter."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_the_action_first_in_a_followed_by_sequence_is_the_main_event():
    text = (" date 2018-09-10 Kitchen, laundry and cleaning staff at three Harbourton care homes are to hold a "
            "two-day strike over unpaid breaks.\n\nMembers of the care workers union working for the operator will "
            "stop work on Tuesday, followed by a five-day stoppage from September 18 and a 10-day strike from "
            "October 2.\n\nMore strike days are being drawn up for November and December.\n")
    _, main = _main(text)
    assert (main.start, main.precision) == ("2018-09-11", "day")


def test_a_page_that_says_it_is_a_letter_is_one():
    text = ("Students Stand with Striking Staff\n\nThis letter was written and passed around by Arlen Students "
            "Against Debt, a network of students and campaigners.\n\nWe are students who have watched our "
            "lecturers take strike action. The strike has been a remarkable strike, and we back the strike and "
            "the strikers.\n")
    assert _main(text)[1].kind == "letter"


def test_a_report_on_a_letter_is_no_letter_itself():
    text = ("Lecturers strike for a third week\n\nLecturers walked out on Monday in the third week of the strike. "
            "The strike has closed the campus and the strikers held a rally.\n\nThis letter was mentioned by the "
            "vice-chancellor at the rally.\n")
    assert _main(text)[1].kind == "strike"


def test_a_year_a_comparison_reaches_back_to_after_since_the_dates_no_event():
    text = ("Students back the strike\n\nThe recent four weeks of strike action have shown the power of industrial "
            "action.\n\nThousands have stood on picket lines, and we have seen the largest run of student "
            "occupations since the 2010 student movement.\n")
    dated = [(e.start, e.precision) for e in _main(text)[0].events
             if e.precision != "unknown"]  # (an undated page's event may say "not before 2010")
    assert ("2010", "year") not in dated, dated


def test_a_news_sites_credit_in_brackets_and_its_dash_open_no_title():
    text = ("Nurses in North Ostland Back on Wards\n\nOstland News, April 9, 2019 – Nurses in North Ostland "
            "Back on Wards\n\n(Kessel’s News) – Several hundred nurses from a dozen clinics across northern "
            "Ostland stayed home yesterday in a sickout over staffing, and went back to work today after "
            "two days.\n")
    titles = [e.title for e in _main(text)[0].events]
    assert not any(t.startswith(("(", "–")) for t in titles), titles
