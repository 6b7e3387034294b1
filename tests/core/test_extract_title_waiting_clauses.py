"""Titles that end where the sentence still waits for something (issue 16).

A title ended at a clause boundary or before a modifier can be whole by the
ellipsis test yet end where a reader waits for more: inside a clause whose
verb has not come ("... a ten-day notice that its members | at the region's
clinics would ..."), before a vote's side ("have voted | in favour of ..."),
before what a describing verb calls something ("formerly known | as ..."), or
on a past that needs its object ("Leaders of teachers' unions have called |
for a strike"). The title is first made without ending at any such place; only
when that leaves nothing but a cut title is the old ending kept. Where the
people of a subject come from is dropped only when their verb follows the
place ("Nurses at the X | hospital have ..." kept whole)."""

from __future__ import annotations

import re

import pytest

from timeline_app.core.extract import title_compression
from timeline_app.core.extract.title_compression import shorter_wording
from timeline_app.core.extract.titles import event_title


@pytest.mark.parametrize(("sentence", "kind", "written", "title"), [
    ("OTU members at the Arlen Borough Council have voted in favour of a walkout, while talks on rotas stall.", "vote",
     (), "OTU members have voted in favour of a walkout"),
    # (without "the": the phrase fits whole before "while", the workplace kept)
    ("OTU members at Arlen Borough Council have voted in favour of a walkout, while talks on rotas stall.", "vote",
     (), "OTU members at Arlen Borough Council have voted in favour of a walkout"),
    ("LNU on Monday gave a ten-day notice that its members at the region's clinics would go on strike over late "
     "salaries.", "strike", (("Lakeland Nurses Union", "LNU"), ("LNU", "LNU")),
     "LNU gave ten-day notice that its members would go on strike"),
    ("An earlier strike was called in October, which saw rallies across Harbourton and the closure of several "
     "colleges.", "strike", (), "An earlier strike was called in October"),
    ("Leaders of teachers' unions in Ostland have called for a national strike in an effort to block the Westbrook "
     "Schools Bill.", "strike", (), "Leaders of teachers' unions have called for a national strike"),
    ("The Lakeland Civic Groups Alliance on Saturday called for a sit-in strike to take place on March 14 to press "
     "its case against exclusion.", "strike",
     (("Lakeland Civic Groups Alliance", "Lakeland Civic Groups Alliance"),),
     "Lakeland Civic Groups Alliance strike"),
    ("The OMA announced on Friday that trainee doctors – formerly known as house officers – across Ostland would "
     "walk out for four days in a row from 8am on June 12 over pay.", "walkout",
     (("Ostland Medical Association", "OMA"), ("OMA", "OMA")), "OMA walkout"),
])
def test_a_title_ends_where_nothing_still_waits(sentence: str, kind: str, written: tuple, title: str):
    assert event_title(sentence, None, kind, written) == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("At least 14 students were arrested while three others were reported injured when officers broke up a rally in "
     "Westbrook.", "At least 14 students were arrested"),
    # (without "others": the phrase fits whole before "when", its second clause kept)
    ("At least 14 students were arrested while three were reported injured when officers broke up a rally in "
     "Westbrook.", "At least 14 students were arrested while three were reported injured"),
    ("Hundreds of Lakeland nurses marched through the centre of Harbourton to the offices of the health board "
     "on Monday.", "Hundreds of Lakeland nurses marched"),
])
def test_a_passive_or_a_verb_that_stands_alone_still_ends_a_title(sentence: str, title: str):
    assert event_title(sentence, None, "protest") == title


def test_the_people_s_place_is_dropped_only_before_their_verb():
    text = "Nurses at the Harbourton Psychiatric hospital have declared an indefinite strike over unpaid allowances."
    assert shorter_wording(text) == "Nurses have declared an indefinite strike over unpaid allowances."
    assert shorter_wording("Residents of the Kea Holm region stormed the water works.") is None


def test_every_people_word_the_shortenings_need_passes_their_pre_test():
    # The people words written in the two patterns, each before where its people are, are read from the patterns
    # themselves: a word added to a pattern but not to the pre-test's words is never shortened, and fails here.
    patterns = title_compression._PEOPLE_FROM.pattern + title_compression._PEOPLE_WHERE.pattern
    groups = re.findall(r"\(\?i:([a-z|]+)\)\)?\[ \\t\]\+\(\?:(?:from|in)\|", patterns)
    assert len(groups) == 3
    for word in {word for group in groups for word in group.split("|")}:
        text = word.capitalize() + " in the Kea Holm valley have voted to walk out."
        assert shorter_wording(text) == word.capitalize() + " have voted to walk out.", word
