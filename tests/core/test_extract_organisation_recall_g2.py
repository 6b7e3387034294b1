"""Bodies no rule found at all (issue 16, stop 59): a word of "and other unions" the page writes in lower case
is people, not a body. Texts written for the test."""

from __future__ import annotations

from extracted import organisation_names


def test_a_word_written_in_lower_case_before_and_other_unions_is_no_body():
    orgs = set(organisation_names(
        "Pay march\n\nTeachers, Porters and other unions walked through Harbourton on Friday. The porters want a "
        "rise of six per cent.\n"))
    assert "Porters" not in orgs, orgs
