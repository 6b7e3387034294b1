"""Kinds, round 64 (a4): what those in charge did about an action, told as
the news, is no action of the kinds. Schools or a campus closed by a ministry
or a university's management after a strike or protests, under a headline
that names no action and an opening that states none, is ``other``; so is a
headline on people punished for acting ("to expel union leaders for
protesting"), where the opening states no act."""

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
])
def test_authority_act_not_the_news(headline: str, body: str, kind: str) -> None:
    assert main_kind(headline, body) == kind
