"""Event titles that used to be cut with "…" (issue 16): a headline's kicker ("Victory: ") no longer keeps the
headline from ending before the phrase that only adds to it. Every text here is written for the test."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.titles import event_title


def test_a_sentence_that_opens_without_a_dateline_keeps_its_subject():
    # a place and a name in the subject, no date: the sentence's own words
    assert event_title("Harbourton Tenants Union members marched to the council offices on Monday to demand a rent "
                       "freeze").startswith("Harbourton Tenants Union members")
    # an ordinal date inside the subject's own phrase, no dash after it: no dateline
    assert event_title("Westbrook Dockers of March 3rd fame walked out again at the Arlen yard over the loss of "
                       "their overtime pay").startswith("Westbrook Dockers")


@pytest.mark.parametrize(("headline", "kept"), [
    ("Victory: Cleaning staff strike at Harbourton College wins major concessions on pay and conditions",
     "Cleaning staff strike at Harbourton College wins major concessions"),
    ("Update from the picket: Dozens of Arlen College cleaners have walked out in protest at the new rota and "
     "the loss of their pay", "Dozens of Arlen College cleaners have walked out"),
])
def test_a_headline_under_a_kicker_ends_before_what_only_adds(headline: str, kept: str):
    title = event_title(headline)
    assert title.startswith(kept)
    assert not title.endswith("…")
    assert ":" not in title


def test_a_colon_inside_the_sentence_is_no_kicker_when_the_sentence_ends_whole():
    # the words before the colon carry the news: the title keeps them
    title = event_title("The union has two demands: higher pay for all cleaners at Harbourton College and an end "
                        "to the outsourcing of their jobs")
    assert title.startswith("The union has two demands")
