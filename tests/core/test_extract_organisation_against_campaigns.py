"""Campaigns named by a kind word, "Against" and what they oppose (issue 16, stop 66): "the National Campaign
Against Cuts and Fees", "the Coalition Against Cuts in Education", a signatory line "United Against Racism"; not a
headline's verb before it, an act a day holds, a call or a slogan, nor people who stand "United Against" something.
Texts written for the test."""

from __future__ import annotations

import pytest

from extracted import organisation_names

_NAMED = [
    ("Harbourton walkout\n\nStudents in Harbourton walked out on Monday, with the National Campaign Against Rents "
     "and Fees asking staff to join them.\n", "National Campaign Against Rents and Fees"),
    ("Sit-in ends\n\nThe sit-in drew students from six Lakeland colleges and members of the Coalition Against "
     "Cuts in Education.\n", "Coalition Against Cuts in Education"),
    ("Open letter to Ostland council\n\nWe ask the council to act.\n\nSigned:\n- Kea Holm Tenants Union,\n"
     "- United Against Evictions,\n- Mira Tane\n", "United Against Evictions"),
]
# Near cases: people who stand united, a day of action, a headline's verb before "Campaign".
_NOT_NAMED = [
    ("Harbourton rally\n\n\"We are United Against Hate,\" said Jo Arlen at the rally in Harbourton on Monday.\n",
     "United Against Hate"),
    ("Lakeland strike\n\nUnions in Lakeland marked a National Day of Action Against Closures on Monday.\n",
     "Action Against"),
    ("Westbrook Students Launch Campaign Against Rent Rise\n\nStudents in Westbrook met on Monday.\n",
     "Campaign Against"),
    ("Harbourton vigil\n\nHarbourton Council issued a Call to Action Against Hate on Friday after the attack.\n",
     "Action Against"),
    ("Save our homes\n\nTake Action Against Evictions: sign the petition to Lakeland Council today.\n",
     "Action Against"),
    ("Westbrook march\n\nProtesters carried placards reading \"Action Against Austerity\" through Westbrook.\n",
     "Action Against"),
    ("Arlen students\n\nStudents at Arlen said they would stand together and remain\nUnited Against Racism, "
     "whatever the college decided on Monday.\n", "United Against"),
]


@pytest.mark.parametrize(("text", "name"), _NAMED)
def test_a_kind_word_against_a_cause_names_a_body(text: str, name: str) -> None:
    assert name in organisation_names(text)


@pytest.mark.parametrize(("text", "part"), _NOT_NAMED)
def test_near_cases_name_no_body(text: str, part: str) -> None:
    assert not [org for org in organisation_names(text) if part in org]
