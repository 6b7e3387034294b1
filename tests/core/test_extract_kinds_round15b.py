"""Kinds, round 15b (issue 16): the kinds of a page's other events come
from their own verbs, not from a cause said after them. Every text here is
written for the test."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def _other_event(text: str, words: str):
    extraction, _ = _main(text)
    return next(e for e in extraction.events if not e.main and words in e.evidence)


_WALKOUT_PAGE = (
    "Pupils walk out over climate\n\n"
    "Pupils at Millbrook Academy walked out of lessons on 14 March 2024.\n\n"
    "The head teacher was removed in 2021 after facing a long campaign of complaints from parents.\n\n"
    "Pupils went back to class after the protest on 2 February 2024.\n")


def test_another_events_kind_is_its_verbs_not_a_cause_said_after_it():
    assert _other_event(_WALKOUT_PAGE, "removed in 2021").kind == "other"


def test_a_date_after_the_clause_of_cause_can_date_its_act_which_keeps_its_kind():
    assert _other_event(_WALKOUT_PAGE, "went back to class").kind == "protest"
