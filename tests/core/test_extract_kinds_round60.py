"""Kinds (issue 16, round 60), on texts written for the tests. Porters "set to
strike on Wednesday" in a page's first sentence were read as the ballots other
branches held, voted further down; midwives "protesting inside the ministry
building" as a protest outside it; "a Fair Rent campaign will be launched at"
a May Day rally as the rally."""

from __future__ import annotations

import pytest

from extracted import main_kind


_READ_ANEW = [
    # a strike booked for a day, said first, is the page's act; other branches' ballots are its background
    ("",
     "Porters at Lakeland General were set to strike on Wednesday 9 December 2020 over cuts to night shifts.\n\n"
     "They plan more days out next week.\n\nThe porters say the cuts would leave wards without cover at night.\n\n"
     "Cleaners at Westbrook held a ballot on action last month, and "
     "cleaners at Arlen have voted by 70 percent for strikes on a 60 percent turnout. The ballot result was "
     "welcomed by the branch, and members at Ostland voted for strikes too.", "strike"),
    ("",
     "Two one-day strikes are set for 3 May and 7 May 2021 at the Harbourton depot, over a pay freeze.\n\n"
     "The drivers work for a contractor.\n\nThey say the freeze leaves them far behind staff hired directly.\n\n"
     "Guards at the Arlen depot have voted unanimously to strike, and "
     "members at Kea Holm voted 80 percent for strikes in a ballot. The ballot result came on Monday.",
     "strike"),
    # people protesting inside a building hold it
    ("",
     "From 3 to 9 May 2019, a protest by Lakeland midwives was held outside and inside the Harbourton ministry. "
     "The midwives asked for better pay. The union said the rights of six midwives protesting inside the ministry "
     "building were breached. Guards kept food from the midwives protesting inside the ministry offices until the "
     "minister agreed to talks.", "occupation"),
    # a campaign said to be launched, in the passive, at a rally: the launch is the news
    ("\"Fair Rent\" May Day Rally",
     "A \"Fair Rent\" campaign will be launched at a Harbourton tenants' May Day rally in the town square at "
     "noon on Tuesday 1 May 2001. Ama Lind, who chairs the tenants' council, sees the launch as a happy day.",
     "campaign"),
]
_KEPT = [
    # people who protest outside a building hold nothing
    ("",
     "Dozens of tenants protested outside the Westbrook council offices on Monday 4 March 2024 over the rent "
     "rise, and more protests are planned.", "protest"),
    # a campaign told of as launched before is no launch in the news
    ("Tenants march in Harbourton",
     "Hundreds of tenants marched through Harbourton on Saturday 7 March 2020. On the day the campaign was "
     "launched, the council raised rents; the marchers want the rise reversed.", "protest"),
    ("Tenants march in Harbourton",
     "Our campaign was launched in 2019 by the tenants' council. Tenants marched through Harbourton on Saturday "
     "7 March 2020 against the rent rise.", "protest"),
    # people who protest inside a hall or a chamber at a meeting or a speech hold nothing
    ("",
     "Tenants protesting inside the town hall shouted down the rent plan at the council meeting in Harbourton on "
     "Monday 4 March 2024.", "protest"),
    ("Tenants heckle council",
     "Protesters inside the council chamber heckled the mayor during the budget meeting in Westbrook on Monday 4 "
     "March 2024.", "protest"),
]


@pytest.mark.parametrize("headline, body, kind", _READ_ANEW + _KEPT)
def test_the_act_a_reader_names_and_the_shapes_it_leaves(headline, body, kind):
    """The first list was read otherwise before this round; the second keeps its kind."""
    assert main_kind(headline, body) == kind
