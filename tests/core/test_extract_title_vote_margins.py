"""A title that would be cut drops the adverb that says by how much a vote went (issue 16): "voted
overwhelmingly to ..." reads "voted to ...", "have narrowly rejected ..." reads "have rejected ...": the side
the members took stays, and the title can end whole. The adverb goes with the dates and the other hedges of a
sentence tightened; a sentence whose title fits as written keeps it, and so does one where it describes no
vote: after "was" or "were" it goes only before a participle ("were overwhelmingly young" keeps it). Every
text here is written for the test."""

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
    assert event_title("Westbrook tutors voted unanimously to strike.") == \
        "Westbrook tutors voted unanimously to strike"
    assert tightened("The narrowly won ballot at Arlen College was a surprise to the Ostland board.") == \
        "The narrowly won ballot at Arlen College was a surprise to the Ostland board."


def test_the_margin_stays_where_it_describes_no_vote():
    assert tightened("The crowd that marched to the Lakeland parliament on Saturday was overwhelmingly young.") == \
        "The crowd that marched to the Lakeland parliament was overwhelmingly young."
    assert tightened("The tutors who occupied the Arlen College library on Monday were overwhelmingly women.") == \
        "The tutors who occupied the Arlen College library were overwhelmingly women."
    assert tightened("Support for the strike in Westbrook has narrowly fallen below half since Monday.") == \
        "Support for the strike in Westbrook has fallen below half since Monday."
