"""Stop 58 (issue 16), from real pages: the main event's day. "The Nth day of" an action counted to the weekday
its sentence names ("As Wednesday marks the 3rd day of the walkout": it began on the Monday); an action only
planned for "next week" is dated, like an undated one, about the page's date; a page's appeal ("Join us
today!") and a day inside a condition ("if tomorrow, all the staff decide to strike") date nothing; "the union
on Thursday issued a notice" dates the notice, not the strike; a headline about a further action ("Walking Out
Again") makes the sentence naming it the news."""

from __future__ import annotations

import pytest

from extracted import read_text


def _main(text: str) -> tuple[str | None, str]:
    main = read_text(text).events[0]
    return main.start, main.precision


# -- "the Nth day of" an action, counted to the weekday its sentence names ----------------------------------------

@pytest.mark.parametrize("text", [
    "Lakeland walkout enters day three\n\n2022-03-30\n\nAs Wednesday marks the 3rd day of the walkout, dockers "
    "in Harbourton kept the gates shut.",
    "Lakeland walkout enters day three\n\n2022-03-30\n\nWednesday marked the third day of the dockers' walkout "
    "in Harbourton, and the gates stayed shut.",
])
def test_the_nth_day_of_an_action_counts_back_from_its_weekday(text):
    assert _main(text) == ("2022-03-28", "day")


@pytest.mark.parametrize("text", [
    # the weekday the strike began on, not the one its count runs to
    "Lakeland strike enters day two\n\n2022-03-29\n\nThe gates stayed shut as the dockers entered the second day of "
    "the strike that began on Monday.",
])
def test_a_count_s_first_weekday_is_not_what_it_runs_to(text):
    assert _main(text) == ("2022-03-28", "day")  # the Monday it began, not a day counted back from it


# -- an action only "next week": about the page's date ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lakeland sick-out likely next week\n\nPublished: January 5, 2018\n\nNurses in Lakeland could stage a sick-out "
    "next week, the Harbourton Nurses Association said.",
    "Westbrook porters to strike next week\n\n2018-01-05\n\nPorters at Westbrook hospital will strike next week "
    "over unpaid wages.",
])
def test_an_action_only_next_week_takes_the_page_s_date(text):
    assert _main(text) == ("2018-01-05", "approximate")


def test_an_action_only_next_week_is_no_other_event_of_its_own():
    text = ("Westbrook porters to strike next week\n\n2018-01-05\n\nPorters at Westbrook hospital will strike next "
            "week over unpaid wages.")
    assert [(e.start, e.precision) for e in read_text(text).events] == [("2018-01-05", "approximate")]


def test_next_week_s_own_day_still_dates_it():
    text = ("Westbrook porters to strike next week\n\n2018-01-05\n\nPorters at Westbrook hospital will strike next "
            "week over unpaid wages. The one-day strike will be held next Wednesday at the main gate.")
    assert _main(text) == ("2018-01-10", "day")


# -- "Join us today!": a page's appeal dates nothing --------------------------------------------------------------

@pytest.mark.parametrize("appeal", ["Join the Westbrook Workers Party Join us today!", "Subscribe today.",
                                    "Donate today"])
def test_a_page_s_appeal_today_dates_no_event(appeal):
    text = (f"{appeal}\n\nFrom the Westbrook Worker, 31 March 2020\n\nOn 23 March the workforce at Harbourton "
            "Motors decided to withdraw its labour until the company settled the pay claim.")
    assert _main(text)[0] == "2020-03-23"


@pytest.mark.parametrize("text", [
    "Lakeland nurses rally\n\n31 March 2020\n\nNurses will rally at Westbrook town hall today. Join us today at noon!",
    "Lakeland nurses rally\n\n31 March 2020\n\nThe union urged nurses to join us today.",
])
def test_a_today_that_dates_an_act_is_kept(text):
    assert _main(text)[0] == "2020-03-31"


# -- a day inside a condition dates no event --------------------------------------------------------------------

def test_a_day_inside_a_condition_dates_no_event():
    text = ("Lakeland students issue ultimatum\n\n2022-02-21\n\n\"If the council does not settle this between today "
            "and Friday, students will take to the streets,\" the union said. A day of mass action by Lakeland "
            "students has been fixed for February 28.")
    events = read_text(text).events
    assert (events[0].start, events[0].precision) == ("2022-02-28", "day")
    assert "2022-02-25" not in [e.start for e in events]


def test_a_day_before_its_condition_still_dates_the_act():
    text = ("Westbrook porters to strike\n\n2022-02-21\n\nPorters at Westbrook hospital will strike on Friday, if "
            "the talks fail.")
    assert _main(text) == ("2022-02-25", "day")


@pytest.mark.parametrize("page_date, lede, expected", [
    # the main clause has begun before the date: the strike is the news, not its condition
    ("2024-03-03", "The Lakeland Nurses Union said that if no agreement is reached its members will strike on "
     "12 March.", "2024-03-12"),
    ("2024-03-03", "If talks fail the dockers will walk out on 12 March, the Harbourton Dockers Union said.",
     "2024-03-12"),
    # an "if" that asks whether: the date is what happened
    ("2024-03-08", "It is unclear if the strike Westbrook cleaners began on 4 March will end soon.", "2024-03-04"),
    ("2024-03-08", "Organisers asked if students who walked out on 4 March would face punishment.", "2024-03-04"),
])
def test_a_day_after_if_still_dates_the_act_when_no_condition_holds_it(page_date, lede, expected):
    assert _main(f"Lakeland action\n\n{page_date}\n\n{lede}") == (expected, "day")


# -- "The union on Thursday issued a notice": the notice's day, not the strike's ------------------------------------

@pytest.mark.parametrize("verb", ["issued a one-week notice", "announced"])
def test_a_day_right_before_a_verb_of_notice_dates_the_notice(verb):
    text = (f"Lakeland nurses to strike\n\n2020-03-26\n\nThe Lakeland Nurses Union on Thursday {verb} that its "
            "members in Westbrook would strike from next week Saturday.")
    assert _main(text) == ("2020-04-04", "day")


def test_the_day_people_were_told_something_is_a_statement_s_day():
    text = ("Lakeland students set up camp\n\n2024-05-04\n\nStudents at Lakeland University have set up an "
            "encampment on the main lawn. Later, students were told on Friday that their cards would be checked at "
            "every entrance to the grounds.")
    assert _main(text) == ("2024-05-04", "approximate")


# -- a headline about the further action: its sentence is the news -------------------------------------------------

@pytest.mark.parametrize(("text", "main"), [
    ("Lakeland Students Are Walking Out Again\n\nBy Jo Arlen, April 19, 2018\n\nStudents at Westbrook High School "
     "joined the nationwide protest held across Lakeland on March 14. A second nationwide walkout by students is "
     "planned for Friday to draw attention to school safety.", ("2018-04-20", "day")),
    # a headline that does not announce it: the second walkout stays a later event
    ("Lakeland Students Walk Out\n\nBy Jo Arlen, March 14, 2018\n\nStudents at Westbrook High School walked out of "
     "class today over school safety. Teachers said little had changed since. A second walkout is planned for "
     "Friday, March 16.", ("2018-03-14", "day")),
])
def test_a_further_action_the_headline_announces_is_the_main_event(text, main):
    assert _main(text) == main
