"""Titles that end where the sentence still waits for something (issue 16).

A title ended at a clause boundary or before a modifier can be whole by the
ellipsis test yet end where a reader waits for more: inside a clause whose
verb has not come ("... a one-week notice that its members | at the county's
hospitals would ..."), before a vote's side ("have voted | in favour of ..."),
before what a describing verb calls something ("formerly known | as ..."), or
on a past that needs its object ("Leaders of teachers' unions have called |
for a strike"). The title is first made without ending at any such place; only
when that leaves nothing but a cut title is the old ending kept. Where the
people of a subject come from is dropped only when their verb follows the
place ("Nurses at the X | hospital have ..." kept whole)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract.title_compression import shorter_wording
from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "kind", "written", "title"), [
    ("OTU members at Arlen and Kea Holm City Council have voted in favour of industrial action, as the row over "
     "pay and conditions continues.", "vote", (), "OTU members have voted in favour of industrial action"),
    ("LNU on Thursday issued a one-week notice that its members at the county's hospitals would go on strike "
     "over unpaid allowances.", "strike", (("Lakeland Nurses Union", "LNU"), ("LNU", "LNU")),
     "LNU issued one-week notice that its members would go on strike"),
    ("A similar strike was called in May, which saw protests across the capital and the closure of many schools.",
     "strike", (), "A similar strike was called in May"),
    ("Leaders of teachers' unions in Ostland have called for a nationwide strike in a bid to prevent the passing "
     "of the Harbourton Omnibus Bill.", "strike", (),
     "Leaders of teachers' unions have called for a nationwide strike"),
    ("The Ostland Civil Society Consortium on Wednesday called for a sit-in strike to be held on January 9 to "
     "continue the fight against marginalisation.", "strike",
     (("Ostland Civil Society Consortium", "Ostland Civil Society Consortium"),),
     "Ostland Civil Society Consortium strike"),
    ("The OMA announced last week that resident doctors – formerly known as junior doctors – in Ostland would "
     "walk out for five consecutive days from 7am on July 25 amid a pay dispute.", "walkout",
     (("Ostland Medical Association", "OMA"), ("OMA", "OMA")), "OMA walkout"),
])
def test_a_title_ends_where_nothing_still_waits(sentence: str, kind: str, written: tuple, title: str):
    assert event_title(sentence, None, kind, written) == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("At least 28 students were arrested while five were reported injured when police broke up the march in "
     "Harbourton on the campus.", "At least 28 students were arrested"),
    ("Hundreds of Lakeland nurses marched through the centre of Harbourton to the offices of the health board "
     "on Monday.", "Hundreds of Lakeland nurses marched"),
])
def test_a_passive_or_a_verb_that_stands_alone_still_ends_a_title(sentence: str, title: str):
    assert event_title(sentence, None, "protest") == title


def test_the_people_s_place_is_dropped_only_before_their_verb():
    text = "Nurses at the Harbourton Psychiatric hospital have declared an indefinite strike over unpaid allowances."
    assert shorter_wording(text) == "Nurses have declared an indefinite strike over unpaid allowances."
    assert shorter_wording("Residents of the Kea Holm region stormed the water works.") is None
