"""Kinds (issue 16, stop 59, g5), on texts written for the tests. A call to shun
a country's or a chain's goods was read as nothing or as the rallies beside it,
not as the consumers' campaign it is; a picket outside a parliament, on a page
that also says "picket line", as a strike; a cue word inside a web address's
slug (the first line of a saved page) as a word the report says."""

from __future__ import annotations

import pytest
from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.kind_votes import cue_scores


@pytest.mark.parametrize("headline, body, kind", [
    # shoppers asked to shun a firm's goods: a consumers' campaign
    ("Lakeland unions call shoppers to shun Westbrook Foods",
     "The Lakeland Federation of Unions on Monday asked its members to boycott the products of Westbrook Foods "
     "for a month, saying the firm sacked forty packers at Harbourton. The union said a boycott of goods from "
     "the firm would go on until the packers are taken back. A small rally was held at the gates on Tuesday.",
     "campaign"),
    # a picket at the gates of a parliament, on a page that also says "picket line": a protest
    ("Ostland nurses picket outside Parliament",
     "About eighty nurses held a picket outside Parliament in Harbourton on 3 May 2024 against the new staffing "
     "bill. Their leader, Mira Tane, handed a note to the minister at the picket line and said the nurses would "
     "picket outside the parliament again next week.", "protest"),
])
def test_the_main_event_is_of_the_kind(headline: str, body: str, kind: str) -> None:
    assert _main(f"{headline}\n\n{body}\n")[1].kind == kind


def test_a_web_address_slug_says_no_act() -> None:
    # a saved page's first line is its address, whose slug words are no report of an act
    assert cue_scores("https://example.org/2024/harbourton-students-occupying-office-of-dean") == {}
    assert cue_scores("Students held a sit-in at Harbourton. See www.example.org/sit-in-news") == {"occupation": 2.5}


@pytest.mark.parametrize("text", [
    # the firms' meetings or talks are boycotted, not their goods: work withheld, no consumers' campaign
    "Lecturers at Westbrook College boycotted the firms' consultation meetings on the new contracts.",
    "The Harbourton unions decided to boycott the companies' pay talks over the offer.",
    "The Lakeland unions boycotted the shops consultations with the council over the new rosters.",
])
def test_a_boycott_of_a_firms_meetings_is_no_campaign(text: str) -> None:
    assert "campaign" not in cue_scores(text)


def test_a_business_boycott_asked_of_in_passing_yields_to_a_strike() -> None:
    body = "A business boycott? Mira Tane said on 3 May 2024 that the Lakeland nurses would strike instead."
    assert _main(f"Lakeland nurses\n\n{body}\n")[1].kind == "strike"
