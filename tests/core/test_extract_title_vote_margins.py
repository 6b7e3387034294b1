"""A title that would be cut drops the adverb that says by how much a vote went (issue 16): "voted
overwhelmingly to ..." reads "voted to ...", "narrowly failed to ..." reads "failed to ...": the side the
members took stays, and the title can end whole. A title that fits keeps the adverb. Every text here is
written for the test."""

from __future__ import annotations

from timeline_app.core.extract.title_tightening import tightened
from timeline_app.core.extract.titles import event_title


def test_a_vote_margin_goes_from_a_title_that_would_be_cut():
    assert event_title("Kea Holm porters who met online over three evenings have voted overwhelmingly to open "
                       "a ballot for strike action.") == \
        "Kea Holm porters have voted to open a ballot for strike action"
    assert event_title("The Westbrook branch executive agreed unanimously to declare a day of strike action on "
                       "Wednesday 9th March.") == "Westbrook branch executive agreed to declare a day of strike action"


def test_the_margin_stays_where_the_title_fits_and_before_a_noun():
    assert event_title("Westbrook tutors voted unanimously to strike.") == "Westbrook tutors voted unanimously to strike"
    assert tightened("The narrowly won ballot at Arlen College was a surprise to the Ostland board.") == \
        "The narrowly won ballot at Arlen College was a surprise to the Ostland board."
