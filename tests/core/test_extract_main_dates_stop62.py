"""Main dates, stop 62 (issue 16): the writing a letter answers ("in reply to
your letter dated ...") dates what it answers, not the reply; and a weekday
that owns an event told of in the present after "said" ("said Friday's rally
is ...") is the Friday to come; the day someone "was quoted in the press" is
the day of a report of words, never a letter's own; the day a ballot
"closes" on is when voting stops, not the act the page reports. Texts
written for the test."""

from __future__ import annotations

import pytest

from extracted import main_event, read_text

from timeline_app.core.extract.limit_dates import limits_an_act
from timeline_app.core.extract.told_weekdays import told_of_as_coming
from timeline_app.core.extract.writing_dates import dates_a_writing


# A reply to a council, its own day on top; the day of what it answers in its first line.
_REPLY = "\n\n".join([
    "September 12, 2024 Harbourton Ferry Workers Union Dear Councillors: The Harbourton Ferry Workers Union "
    "is writing in reply to your letter dated September 2, and in support of the Kea Holm crews.",
    "We ask the council to keep the winter crossings running and to meet the crews before any cut.",
    "We write today because the cuts would leave the island without a doctor for days.",
    "Yours sincerely,\nMira Tane\n",
])


def test_the_letter_a_reply_answers_does_not_date_the_reply():
    main = main_event(_REPLY)
    assert (main.kind, main.start) == ("letter", "2024-09-12")


@pytest.mark.parametrize(("sentence", "day", "cited"), [
    # the writing a letter answers, and the letter of its own
    ("The union is writing in reply to your letter dated September 2, and in support of the crews.",
     "September 2", True),
    ("The union sent a letter dated September 2 to the council.", "September 2", False),
    # the day someone was quoted is a report's, not an act's
    ("Yesterday, Tuesday May 6 2025, the rector of Westbrook College was quoted in the press as saying so.",
     "Tuesday May 6 2025", True),
    ("On Tuesday May 6 2025 the rector of Westbrook College was booed by staff.", "Tuesday May 6 2025", False),
    # ... but not when a clause of its own says so: the act's day stays
    ("Bus drivers in Westbrook walked out on 6 May after the depot manager was quoted in the Clarion.", "6 May", False),
    ("On 6 May the rector, who was quoted in the Clarion last week, suspended three lecturers.", "6 May", False),
    ("Bus drivers in Westbrook walked out on 6 May and the depot manager was quoted in the Clarion as calling them "
     "lazy.", "6 May", False),
    ("Bus drivers in Westbrook walked out on 6 May, although the depot manager was quoted in the Clarion.", "6 May",
     False),
])
def test_answered_or_quoted_writing_is_no_letter_pages_own(sentence: str, day: str, cited: bool) -> None:
    at = sentence.index(day)
    assert dates_a_writing(sentence, at, at + len(day), "letter") is cited


def test_a_weekday_owning_an_event_told_of_in_the_present_is_still_to_come():
    main = main_event(
        "Planned march to Westbrook town hall is backed by outsiders, says student group\n\n"
        "15 October 2025 - 18:10\n\n"
        "The Lakeland Students Congress said Friday’s mass student march to the town hall in Westbrook is being "
        "paid for by outsiders.\n\n"
        "Its chair, Jo Arlen, said buses had been hired to carry students to the town.\n")
    assert main.start == "2025-10-17"


@pytest.mark.parametrize(("text", "expected"), [
    ("The group said Friday's march is being paid for by outsiders.", True),
    ("Organisers said Friday's march through Westbrook will start at the station.", True),
    ("The group said Friday's march was paid for by outsiders.", False),
    ("The group said Friday that the march is paid for by outsiders.", False),
    # a plain present describes the march told of; a relative clause's verb is not the march's
    ("Police said Friday's march to the Westbrook town hall is now the subject of an inquiry.", False),
    ("The union said Friday's walkout by porters who are paid less than cleaners had closed two wards.", False),
    ("The union said Friday's march by porters who are to be paid extra was cancelled.", False),
    # the other words of telling
    ("Organisers announced Friday's march through Westbrook will start at noon at the town hall.", True),
    ("The union warned Friday's strike at Harbourton port will close the ferry terminal.", True),
    ("Jo Arlen claimed Friday's rally is set to be the largest in Lakeland.", True),
])
def test_the_told_clause_decides_the_weekday(text: str, expected: bool) -> None:
    at = text.index("Friday")
    assert told_of_as_coming(text, at, at + len("Friday")) is expected


def test_a_letter_is_dated_by_its_own_day_over_the_day_its_target_was_quoted():
    main = main_event("\n\n".join([
        "Free speech at Westbrook College",
        "From the staff and students of Westbrook College, May 7 2025",
        "A letter to the press from 140 staff and students of Westbrook College, May 7, 2025",
        "Yesterday, Tuesday May 6 2025, the rector of Westbrook College was quoted in the press as saying that "
        "free speech at the college has limits and staff who speak to reporters will face discipline.",
        "We the undersigned reject this threat and ask the college council to withdraw it.",
        "Ama Lind, Jo Arlen and 138 others\n",
    ]))
    assert main.start == "2025-05-07"


def test_the_day_a_ballot_closes_on_is_no_acts_day():
    main = main_event(
        "date 2025-03-04 Some 900 porters at Harbourton and Westbrook hospitals are to be balloted for strike "
        "action over pay, the Ostland Porters Union said.\n\n"
        "The union said the trust had offered a one per cent rise after two years of frozen pay. The ballot opens "
        "next week and closes 9 April 2025.\n\n"
        "If members back action, the first walkouts would close both hospitals.\n")
    assert main.start == "2025-03-04"


@pytest.mark.parametrize(("sentence", "closing"), [
    ("The ballot, which opens on 10 March and closes on 9 April, covers 900 porters.", True),
    ("The petition will close on 9 April, its organisers said.", True),
    ("The depot closes on 9 April, the council said.", False),
    ("The ballot closed on 9 April with a large yes vote.", False),
    # the vote is no subject of "closes" here: the library is
    ("Following a council vote, the Westbrook library closes on 9 April, and residents plan to occupy it.", False),
    ("Following a council vote, Westbrook library closes on 9 April, and residents plan to occupy it that day.", False),
    ("After the vote residents say the library closes on 9 April, and they plan to occupy it.", False),
    ("The poll of Lakeland nurses closes at noon on 9 April, and a strike could start in May.", True),
])
def test_a_ballots_closing_day_limits_the_vote(sentence: str, closing: bool) -> None:
    at = sentence.index("9 April")
    assert limits_an_act(sentence, at, at + len("9 April")) is closing


def test_a_replys_thanks_for_the_letter_it_answers_is_no_event():
    events = read_text("Open letter to the Harbourton council\n12 September 2024\nDear Councillors,\n"
                       "Thank you for your letter of 2 September. We, the residents of Kea Holm, ask you to keep "
                       "the ferry running.\nYours sincerely,\nMira Tane\n").events
    assert [(event.start, event.main) for event in events] == [("2024-09-12", True)]


@pytest.mark.parametrize(("text", "main_day"), [
    ("Published Monday 13 October 2025\n\nOrganisers announced Friday's march through Westbrook will start at noon at "
     "the town hall.\n", "2025-10-17"),
    ("Published 12 May 2025\n\nBus drivers in Westbrook walked out on 6 May and the depot manager was quoted in the "
     "Clarion as calling them lazy.\n", "2025-05-06"),
    ("Published 4 March 2025\n\nFollowing a council vote, Westbrook library closes on 22 March, and residents plan to "
     "occupy it that day.\n", "2025-03-22"),
])
def test_the_main_day_a_narrower_date_rule_had_lost(text: str, main_day: str) -> None:
    assert main_event(text).start == main_day
