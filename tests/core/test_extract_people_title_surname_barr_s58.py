""""Barr", a barrister's title before a name, is a surname after a given
name ("the host Helen Barr summed up"), as "King" and "May" are."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def test_barr_after_a_given_name_ends_the_name():
    text = "The introduction by the host Helen Barr summed up the case that will be made against the strike."
    assert {p.name for p in extract(ReadDocument(text=text, format="txt")).people} == {"Helen Barr"}
