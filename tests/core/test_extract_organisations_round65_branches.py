"""Stop 65: a union branch named by its members' workplace keeps its closing "Branch" (invented text only)."""

from __future__ import annotations

import pytest

from extracted import organisation_names

_OPENING = "On 3 May 2024 workers marched in Harbourton"


@pytest.mark.parametrize("rest", [
    ", joined by the Lakeland Care Services Branch and the Westbrook Union.",
    ". Supported by:\n- Lakeland Care Services Branch\n- Westbrook Union,\n",
])
def test_a_branch_keeps_its_last_word(rest: str) -> None:
    names = organisation_names(_OPENING + rest)
    assert "Lakeland Care Services Branch" in names
    assert "Lakeland Care Services" not in names


def test_a_service_alone_and_a_branch_office_are_left_as_they_are() -> None:
    alone = organisation_names(_OPENING + ", joined by staff of Lakeland Care Services and the Westbrook Union.")
    assert "Lakeland Care Services" in alone
    office = organisation_names(_OPENING + ". The Lakeland Care Services Branch Secretary Jo Arlen spoke.")
    assert not any(name.endswith("Branch Secretary") for name in office)
