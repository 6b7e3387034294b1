""""King" before a known given name and a surname is a given name, not a
royal's title ("King Ali Arlen, President, Lakeland Teachers"); a royal is
named by one regnal name."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_king_before_a_given_name_and_a_surname_is_a_given_name():
    text = ("Today, the President of the Coalition of Lakeland Teachers, Ostland, King Ali Arlen, stressed "
            "that employers must act.")
    assert _people(text) == {"King Ali Arlen"}

