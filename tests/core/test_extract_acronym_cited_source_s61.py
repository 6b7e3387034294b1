"""An acronym cited as a source is a body (stop 61): "According to" opening a sentence, as well as in
lower case, and "as reported in" before a name in capitals ("According to HNB, ...", "as reported in KTV").
Only a comma or "that" right after the acronym makes it a cited source: a capitalised word makes it part of a
longer name ("According to HNB Radio"), a lower-case noun a statistic ("According to CPI figures"), and
"reported in" without "as" reads a place ("reported in KH and Arlen", "reported in KH, where ...")."""

from __future__ import annotations

import pytest
from extracted import organisation_names


def _bodies(text: str) -> set[str]:
    return set(organisation_names(text))


@pytest.mark.parametrize("text, body", [
    ("Porters at Harbourton walked out on Monday. According to HNB, the walkout closed two wards.", "HNB"),
    ("Porters at Harbourton walked out on Monday. Their leader, as reported in KTV, said pay was too low.",
     "KTV"),
    ("Tutors at Westbrook marched on Friday. According to the LWG, nine campuses shut their gates.", "LWG"),
])
def test_an_acronym_cited_as_a_source_is_a_body(text, body):
    assert body in _bodies(text)


@pytest.mark.parametrize("text, not_alone", [
    ("Porters at Harbourton walked out on Monday. According to HNB Radio, the walkout closed two wards.", "HNB"),
    ("Tutors at Westbrook marched on Friday. As reported in KTV Lakeland, nine campuses shut their gates.",
     "KTV"),
])
def test_a_longer_name_after_the_cue_leaves_the_acronym_alone(text, not_alone):
    assert not_alone not in _bodies(text)


@pytest.mark.parametrize("text, not_a_body", [
    ("Prices up\n\nAccording to CPI figures published on Monday, Lakeland prices rose.", "CPI"),
    ("Walkouts were reported in KH and Arlen on Monday as Lakeland Teachers Union members struck.", "KH"),
    # without "as", a comma after the acronym is no citation either: the place goes on to a clause
    ("Walkouts were reported in KH, where Lakeland Teachers Union members struck on Monday.", "KH"),
])
def test_a_statistic_or_a_place_after_the_cue_is_no_source(text, not_a_body):
    assert not_a_body not in _bodies(text)
