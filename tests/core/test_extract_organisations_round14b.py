"""Organisations, round 14b (precision): names a reader would not call a
body, names cut mid-word, and bodies read as people."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _read(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _read(text).organisations}


def test_a_group_named_after_a_politics_is_no_person():
    people = {p.name for p in _read("One of the protesters, Socialist Westbrook spokesperson Dana Oyelaran, "
                                   "says about 10 people stayed in the house overnight.").people}
    assert "Socialist Westbrook" not in people
    assert "Dana Oyelaran" in people
