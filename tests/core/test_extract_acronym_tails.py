"""An acronym's definition names the body, not the small words before it."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def organisations(text: str) -> list[str]:
    return sorted(o.name for o in extract(ReadDocument(text=text, format="txt")).organisations)


@pytest.mark.parametrize("before", ["members of the", "a strike for the", "staff and", "the lecturers of"])
def test_a_definition_after_small_words_names_the_body_alone(before):
    text = f"Dockers at the Port of Westbrook, {before} Ostland Transport Workers Union (OTWU), walked out on Monday."
    assert "Ostland Transport Workers Union" in organisations(text)
    assert not any(name.split()[0] in ("of", "for", "and") for name in organisations(text))


def test_a_name_that_opens_with_the_in_capitals_keeps_it():
    text = "The walkout was called by The Harbourton Tenants Trust (THTT) on Monday, the trust said."
    assert any(name.endswith("Harbourton Tenants Trust") for name in organisations(text))


def test_a_lower_case_the_that_gives_the_first_letter_stays_with_the_name():
    found = extract(ReadDocument(text="On Monday the Westbrook Trust (TWT) bought the mill.", format="txt")).organisations
    assert [(o.name, o.acronym) for o in found] == [("the Westbrook Trust", "TWT")]
