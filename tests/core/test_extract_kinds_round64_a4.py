"""Kinds, round 64 (a4): what those in charge did about an action, told as
the news, is no action of the kinds. Schools or a campus closed by a ministry
or a university's management after a strike or protests, under a headline
that names no action and an opening that states none, is ``other``; so is a
headline on people punished for acting ("to expel union leaders for
protesting"), where the opening states no act. Mended: a university, college
or council inside another body's name closes nothing as those who run it, nor
does a closure whose "but" or "while" clause tells of the act; a sanction
counts only on people and as the news (no kind cue outside its ground, no "as"
or "after" before it, those punished not acting after it)."""

from __future__ import annotations

import pytest

from extracted import main_kind

_CLOSED = ("The Ostland education ministry has ordered a nationwide closure of every state school, citing the "
           "teachers' long strike. Its spokesman said pupils would stay home from Monday 3 March "
           "2025 until the strike ends. The strike by the Westbrook Teachers Union is in its third week, and its "
           "leaders say the strike will go on.")

_EXPELLED = ("The management of Lakeland College has decided to expel nine members of the students' union executive "
             "for taking part in the protest over the rent rise, staff at the college said on Monday 3 March 2025. "
             "The protest had blocked the main gate for two days. Protesters said the protest would resume.")


@pytest.mark.parametrize(("headline", "body", "kind"), [
    # the ministry closes the schools: its act, the strike its cause
    ("Ostland shuts every school", _CLOSED, "other"),
    # a campus closed by those who run it after protests, under a headline on the injured
    ("Nine hurt as unrest spreads",
     "The senate of Harbourton University on Monday 3 March 2025 shut its campuses until further notice, when "
     "protests over fees turned violent. Protesters said the protests would go on off campus, "
     "and more protests are called for Friday.", "other"),
    # the college's expulsion of the union's leaders is the news
    ("Lakeland College to expel union leaders for protesting against rent rise", _EXPELLED, "other"),
    # "The university", its article capitalised, is no name around it
    ("Nine hurt at Harbourton",
     "The university shut its campuses on Monday 3 March 2025 when protests over fees turned violent. Protesters "
     "said the protests would go on.", "other"),
    # "Nurses sacked for striking at ...": the sanction, said after those it fell on, is the news
    ("Nurses sacked for striking at Lakeland General",
     "The Lakeland General board dismissed forty nurses on Monday 3 March 2025, Mira Tane said. The strike at the "
     "hospital had lasted a week.", "other"),
])
def test_authority_act_is_the_news(headline: str, body: str, kind: str) -> None:
    assert main_kind(headline, body) == kind


@pytest.mark.parametrize(("headline", "body", "kind"), [
    # a headline on the protests keeps them the news, though the campus was closed after them
    ("Growing protests by Harbourton students over fees",
     "On Monday 3 March 2025 Harbourton University was shut down by its management after a protest by students "
     "over fees. Protesters said the protests would go on.", "protest"),
    # students who shut their campus act themselves
    ("Unrest at Harbourton",
     "Harbourton University students shut down the campus on Monday 3 March 2025 in a protest over fees. "
     "Protesters said the protest would go on until the fees are cut.", "protest"),
    # expelled students who march again are on a protest
    ("Lakeland College expels union leaders for protesting",
     "Students marched to the gates of Lakeland College on Monday 3 March 2025 after the management expelled nine "
     "members of the union executive. The protest closed the main road.", "protest"),
    # a headline on the protests keeps them the news over a closure the rule reads (the headline's cue)
    ("Protests grow at Harbourton",
     "The management of Harbourton University shut the campus on Monday 3 March 2025 after a week of unrest over "
     "fees. Students said they would go on.", "protest"),
    # an opening that states the act keeps it the news, though the senate shut the campus after it
    ("Unrest at Harbourton",
     "Students marched through Harbourton on Monday 3 March 2025, and the senate shut the campus the next day over "
     "the protest.", "protest"),
    # a council inside a body's name, a capitalised word before it: that body acts, it runs no schools
    ("Westbrook schools shut",
     "The Westbrook Trades Council shut every school in Westbrook on Monday 3 March 2025 in a general stoppage over "
     "the new labour law. The union said the strike would go on.", "strike"),
    # a university inside a body's name, a capitalised word after it
    ("Campus shut in Harbourton",
     "The University Guild of Harbourton shut down the campus on Monday 3 March 2025 in a protest over rents, "
     "blocking every gate.", "protest"),
    # the authority and the closure in two clauses: the strike shut the schools
    ("Westbrook schools stay shut",
     "The council met on Monday 3 March 2025, but the strike has shut every school in Westbrook for a week.",
     "strike"),
    # a clause after the closure that tells of the act
    ("Teachers defy ministry",
     "The minister closed all schools in Westbrook on Monday 3 March 2025, but teachers on strike held classes in "
     "the market square.", "strike"),
    # a kind cue in the headline outside the sanction's ground: the act is the news
    ("Strike goes on: Westbrook board sacks forty nurses for striking",
     "The Westbrook board dismissed forty nurses on Monday 3 March 2025, Mira Tane said.", "strike"),
    ("Lakeland College expels nine for protesting; rally called for Friday",
     "Lakeland College expelled nine students on Monday 3 March 2025, a week after a protest over rents.",
     "protest"),
    # those punished act again after it
    ("Lakeland nurses fired for striking vow to fight on",
     "Forty nurses fired for striking at Lakeland General said on Monday 3 March 2025 that they would take the "
     "board to court.", "strike"),
    # what is suspended is no people
    ("Lakeland College suspends lectures for rally",
     "Hundreds of students gathered on the lawns of Lakeland College on Monday 3 March 2025.", "protest"),
    # the sanction is the cause of what the headline names first
    ("Anger as Westbrook council sacks cleaners for striking",
     "Hundreds of cleaners gathered outside Westbrook town hall on Monday 3 March 2025.", "strike"),
])
def test_authority_act_not_the_news(headline: str, body: str, kind: str) -> None:
    assert main_kind(headline, body) == kind
