"""Round 20 (issue 16): a date its sentence puts after "followed by" dates
a later action, in the lede too: the report's event is the first one; a page
that says "This letter was written by ..." is the letter."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_the_action_first_in_a_followed_by_sequence_is_the_main_event():
    text = (" date 2017-07-03 Cleaners, porters and security staff at four London hospitals are to stage a three-day "
            "strike in a dispute over pay.\n\nMembers of the union employed by the contractor will walk out on "
            "Tuesday, followed by a seven-day stoppage from July 11 and a 14-day strike starting on July 25.\n\n"
            "Further strike action will also be planned for August and September.\n")
    _, main = _main(text)
    assert (main.start, main.precision) == ("2017-07-04", "day")


def test_a_page_that_says_it_is_a_letter_is_one():
    text = ("Students Stand in Solidarity with No Vote\n\nThis letter was written and circulated by the National "
            "Campaign Against Fees and Cuts, a coalition of students and activists.\n\nWe are students who have "
            "witnessed the strike action of our lecturers. The strike has been the most extraordinary strike, and "
            "we back the strike and the strikers.\n")
    assert _main(text)[1].kind == "letter"


def test_a_report_on_a_letter_is_no_letter_itself():
    text = ("Lecturers strike for a third week\n\nLecturers walked out on Monday in the third week of the strike. "
            "The strike has closed the campus and the strikers held a rally.\n\nThis letter was mentioned by the "
            "vice-chancellor at the rally.\n")
    assert _main(text)[1].kind == "strike"


def test_a_year_a_comparison_reaches_back_to_after_since_the_dates_no_event():
    text = ("Students back the strike\n\nThe recent four weeks of strike action have shown the power of industrial "
            "action.\n\nThousands have joined picket lines, and we have witnessed the biggest wave of student "
            "occupations since the 2010 student movement.\n")
    dated = [(e.start, e.precision) for e in _main(text)[0].events
             if e.precision != "unknown"]  # (an undated page's event may say "not before 2010")
    assert ("2010", "year") not in dated, dated


def test_a_news_sites_credit_in_brackets_and_its_dash_open_no_title():
    text = ("Teachers in Western Jamaica Back at School\n\nJamaica News, March 15, 2018 – Teachers in Western Jamaica "
            "Back at School\n\n(Mckoy’s News) – Several thousand teachers from dozens of schools around western "
            "Jamaica stayed home yesterday in a sickout over pay and conditions, and returned to class today after "
            "three days.\n")
    titles = [e.title for e in _main(text)[0].events]
    assert not any(t.startswith(("(", "–")) for t in titles), titles
