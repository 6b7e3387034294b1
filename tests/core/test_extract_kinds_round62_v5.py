"""Kinds (issue 16, round 62), on texts written for the tests. Staff "warned
to resume work", traders who "boycotted business", "industry action" and a
pledge to "shut down the economy" each name a withdrawal of work or trade, and
each page was read as the protest or the campaign its other words repeat. Going
back to work said alone, or a consumers' boycott of a business, names none, nor
do an ordinary return to the office or after an illness, an "industry action
plan", or an economy shut down by rules that were. A hashtag that tags a
headline ("#Tag: What happened") names no campaign; one heading its own call
("#Tag: join us") does."""

from __future__ import annotations

import pytest

from extracted import headed_page, main_event

from timeline_app.core.extract.kind_withheld_work import told_back_to_work, traders_stop_trade
from timeline_app.core.extract.kind_votes import cue_scores
from timeline_app.core.extract.kinds import _CUE_CHECKS, _CUE_LIST


_STRIKES = [
    # an order to go back to work: the staff are out of it
    ("Kea Holm tutors stay out",
     "The Kea Holm district board on Tuesday 4 May 2022 ordered its tutors back, telling them to return to duty "
     "by Friday.\n\nThe tutors have protested for nine days over their housing allowance."),
    # traders who stop trading over a levy
    ("",
     "No stall opened in Harbourton on Monday 6 June 2022: the Lakeland Traders Guild and its market women "
     "boycotted business in protest at a new stall levy.\n\nThe guild says the levy doubles their costs."),
    # "industry action", the other spelling of industrial action
    ("Arlen College tutors to take industry action",
     "Arlen College tutors will take industry action from Monday 6 March 2023 after a year of talks over "
     "workloads.\n\nTheir campaign for smaller classes goes on."),
    # a pledge to shut down a country's economy: its general strike
    ("Protests go on as Ostland unions pledge to shut down the economy",
     "The Ostland Labour Congress said on Tuesday 4 January 2022 that it would shut down the economy from "
     "Monday unless fuel prices fall.\n\nProtests over the prices went on in Harbourton."),
]


@pytest.mark.parametrize(("headline", "body"), _STRIKES)
def test_withdrawn_work_or_trade_is_a_strike(headline: str, body: str) -> None:
    assert main_event(headed_page(headline, body)).kind == "strike"


def test_going_back_to_work_alone_is_no_strike_cue() -> None:
    assert "strike" not in cue_scores("The nurses will return to work after the holiday in Westbrook.")
    assert "strike" not in cue_scores("Mira Tane wants to resume work on the Kea Holm bridge next spring.")
    assert "strike" in cue_scores("The board ordered the porters to return to work.")


def test_a_trade_boycott_needs_traders_before_it() -> None:
    text = "shoppers in westbrook boycotted business owners who raised prices."
    assert "strike" not in cue_scores(text)
    lowered = "the lakeland traders have boycotted business for a week."
    assert traders_stop_trade(lowered, lowered, lowered.index("boycotted"))
    told = "the ministry told all teachers to resume work."
    assert told_back_to_work(told, told, told.index("resume"))
    hope = "teachers hope to resume work."
    assert not told_back_to_work(hope, hope, len("teachers hope to "))


_NO_STRIKE_CUE = [
    # a trade boycott that is not the traders' own
    "shoppers in westbrook boycotted business at the new mall.",  # nobody withholds a trade
    "Market traders fear that shoppers will boycott business at the market.",  # the shoppers boycott
    "Harbourton traders said shoppers would boycott business in the town centre.",
    # an ordinary return to work
    "The site director expects to resume work on the Kea Holm bridge.",  # "director" orders nobody
    "The department urgently needs to resume work on the Westbrook wall.",
    "Managers told them to return to work in the office four days a week.",
    "The minister asked MPs to return to work on the budget bill.",
    "The ferry company ordered its crews to return to duty after the storm on Monday.",
    "Jo Arlen, who fell ill in January, was urged by colleagues to resume work only when she felt ready.",
    "Mira Tane was asked to return to work two weeks after surgery.",
    # an industry's plan, an economy shut down by rules
    "The Lakeland Tourism Board on Monday launched its industry action plan for the next five years.",
    "Westbrook Green Network members called for industry action on plastic waste.",
    "Lockdowns shut down the economy for months.",
    "Shops in Westbrook reopened after three months of rules that shut down the local economy.",
]


@pytest.mark.parametrize("text", _NO_STRIKE_CUE)
def test_other_boycotts_returns_plans_and_shutdowns_are_no_strike_cue(text: str) -> None:
    assert "strike" not in cue_scores(text)


def test_an_order_to_return_on_a_day_is_still_a_strike_cue() -> None:
    assert cue_scores("The board ordered the porters to return  to work on Monday.").get("strike") == 2.5
    assert cue_scores("Westbrook tutors will take industry  action from Monday.").get("strike") == 2.5


def test_every_checked_cue_keeps_its_check() -> None:
    assert len(_CUE_CHECKS) == sum(len(cue) > 3 for cue in _CUE_LIST) == 4


def test_a_headline_tag_is_no_campaign_cue() -> None:
    assert "campaign" not in cue_scores("#KeaHolmFees: Students vow to close the campus")
    assert "campaign" not in cue_scores("Ostland news\n#Westbrook2030 : Council delays the ring road")
    assert cue_scores("Students in Kea Holm back #FreeTheFive: join them").get("campaign") == 1.0


def test_a_tag_heading_its_own_call_is_a_campaign_cue() -> None:
    assert cue_scores("#KeepKeaHolmFerry: join us").get("campaign") == 1.0
    assert cue_scores("#KeepKeaHolmFerry: Sign now").get("campaign") == 1.0
    page = ("#KeepKeaHolmFerry: join us\nPublished 3 March 2025\nIslanders are asking everyone who uses the Kea Holm "
            "ferry to share their story online before the council meets on 20 March.\n")
    assert main_event(page).kind == "campaign"


# Pages whose withheld work a narrower cue had lost: industry action "on" a day, an order to the wards, traders
# who said "that they" boycotted, workers who shut an economy down.
_STRIKES_KEPT = [
    "Dockers\nPublished 12 May 2025\n\nWestbrook dockers took industry action on 9 May over pay, the Harbourton port "
    "said.\n",
    "Nurses told to go back\nPublished 12 May 2025\n\nThe Westbrook health ministry on 12 May ordered nurses to return "
    "to work on the wards within 48 hours. The nurses have stayed at home since 6 May over unpaid wages.\n",
    "Stall levy\nPublished 12 May 2025\n\nMarket traders in Harbourton said on 12 May that they had boycotted "
    "business since 8 May over the new stall levy.\n",
    "Ostland shutdown\nPublished 12 May 2025\n\nWorkers across Ostland shut down the economy on 9 May over fuel "
    "prices; ports, shops and buses stood still.\n",
]


@pytest.mark.parametrize("page", _STRIKES_KEPT)
def test_withheld_work_told_in_its_usual_words_is_a_strike(page: str) -> None:
    assert main_event(page).kind == "strike"


@pytest.mark.parametrize("text", [
    # "industry action" goes on with a day, a cause or an aim
    "Westbrook dockers took industry action on Monday over pay.",
    "Dockers took industry action on Sept. 9 over pay.",
    "Dockers began industry action for better pay.",
    "Dockers voted for industry action to win back pay.",
    # an order to go back to a workplace, or after a holiday on pain of pay
    "The ministry ordered the nurses to return to work on the wards by Friday.",
    "The board ordered the crews to return to work on the ferries at once.",
    "The board ordered the drivers to return to work on their routes.",
    "The ministry ordered the teachers to resume work after the Easter holiday or lose their pay.",
    # the traders' own boycott, told after "that"
    "Market traders said that they would boycott business from 14 May.",
])
def test_withheld_work_in_its_usual_words_is_a_strike_cue(text: str) -> None:
    assert cue_scores(text).get("strike") == 2.5


@pytest.mark.parametrize("text", [
    "Harbourton traders fear that visitors will boycott business in the town.",  # the visitors' boycott
    "The ferry company ordered its crews to return to duty after the holiday on Monday.",
    "Dockers took industry action on marine waste.",
    "Lockdowns will shut down the economy for months.",
])
def test_a_boycott_others_fear_a_return_after_a_holiday_a_topic_and_rules_are_no_strike_cue(text: str) -> None:
    assert "strike" not in cue_scores(text)


def test_a_headline_tag_before_news_that_opens_with_a_call_word_is_no_campaign_cue() -> None:
    assert "campaign" not in cue_scores("#Harbourton2030: Support grows for the ring road")
    assert cue_scores("#KeepTheHarbourtonFerry: Support us").get("campaign") == 1.0
    page = ("#Harbourton2030: Support grows for the ring road\nPublished 12 May 2025\n\nThe Harbourton council met on "
            "9 May to discuss the ring road.\n")
    assert main_event(page).kind != "campaign"
