"""An acronym's definition names the body, not the small words before it."""

from __future__ import annotations

import pytest

from extracted import organisation_names as organisations
from extracted import read_text


@pytest.mark.parametrize("before", ["members of the", "a strike for the", "staff and", "the lecturers of"])
def test_a_definition_after_small_words_names_the_body_alone(before):
    text = f"Dockers at the Port of Westbrook, {before} Ostland Transport Workers Union (OTWU), walked out on Monday."
    assert "Ostland Transport Workers Union" in organisations(text)
    assert not any(name.split()[0] in ("of", "for", "and") for name in organisations(text))


def test_a_name_that_opens_with_the_in_capitals_keeps_it():
    text = "The walkout was called by The Harbourton Tenants Trust (THTT) on Monday, the trust said."
    assert any(name.endswith("Harbourton Tenants Trust") for name in organisations(text))


def test_a_lower_case_the_that_gives_the_first_letter_stays_with_the_name():
    found = read_text("On Monday the Westbrook Trust (TWT) bought the mill.").organisations
    assert [(o.name, o.acronym) for o in found] == [("the Westbrook Trust", "TWT")]
