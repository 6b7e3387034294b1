"""Bodies named only in apposition to a plural body noun (issue 16, stop 59): "ferry groups Kelvane and Moraig
will lead", "two youth groups, Tarn Circle and Brae Rising." After a comma the noun may be the first item of a
series ("talks between the unions, Ama Lind and the ministry"), so there the names must be as many as a count
before the noun says. Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import organisation_names

_APPOSED = [
    ("Ferry groups Kelvane and Moraig will halt every crossing to Kea Holm on Monday, and the tenant groups Harbour "
     "Homes Forum and Westbrook Renters stood with them.", {"Kelvane", "Moraig", "Westbrook Renters"}),
    ("The march through Harbourton was called by two youth groups, Tarn Circle and Brae Rising.",
     {"Tarn Circle", "Brae Rising"}),
]


@pytest.mark.parametrize(("sentence", "bodies"), _APPOSED)
def test_names_set_right_after_a_plural_body_noun_are_bodies(sentence: str, bodies: set[str]) -> None:
    found = set(organisation_names(f"Crossings\n\n{sentence}\n"))
    assert bodies <= found, found


def test_names_after_an_uncounted_noun_and_a_comma_are_not_taken_as_its_members() -> None:
    found = set(organisation_names(
        "Port talks\n\nTalks went on all week between the unions, Kelvane Freight and the ministry of ports.\n"))
    assert "Kelvane Freight" not in found, found
