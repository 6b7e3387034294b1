"""A name followed by a bracketed acronym of its own initials ("the
owners' Westbrook Operating Income (WOI)") names a body, a scheme or a measure,
never a person, whatever cue reads it as one."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_name_with_its_own_acronym_is_no_person():
    text = ("As tenants' rents rose, the owners' Westbrook Operating Income (WOI) has gone up for the "
            "eighth year, tenant leader Mira Tane said.")
    assert _people(text) == {"Mira Tane"}
