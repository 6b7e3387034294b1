"""A signatory's line opening with a professor's grade ("Assistant
Professor X, Westbrook University") is a person's line, not a title-case
heading, whatever the given name; an advocate's "Adv." and a police rank's
letters ("IGP") before a name are titles, not the name's words."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_professors_grade_opens_a_signatorys_line():
    text = "Signatories:\n\nAssistant Professor Oyelu Arlen, Westbrook University\n"
    assert _people(text) == {"Oyelu Arlen"}


@pytest.mark.parametrize("text, name", [
    ("Counsel for the forum, Adv. Ilan Arlen, requested a ruling on costs.", "Ilan Arlen"),
    ("IGP Khalid Abu Arlen confirmed that the rally organisers did not comply.", "Khalid Abu Arlen"),
])
def test_an_advocate_and_a_police_rank_are_titles(text, name):
    assert _people(text) == {name}


def test_a_professors_grade_keeps_a_block_of_signatories_whole():
    text = ("We call for sanctions.\n\nSignatures\nProfessor Gilbert Arlen, Westbrook University\n"
            "Jo Tane, Lakeland University\nOyelu Brack, Westbrook University\n"
            "Associate Professor Tamsa Holm, Ostland University\nSaiu Dunmore, Lakeland University\n"
            "Associate Professor Mary Kea, Harbourton University\n")
    assert {"Oyelu Brack", "Saiu Dunmore"} <= _people(text)
