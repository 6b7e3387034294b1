"""Organisations, round 15b (recall): names a reader finds from how the
sentence speaks of them, with no head word in the name."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


@pytest.mark.parametrize("text", [
    "Last month Congress leader Arun Mehta visited the hostel and met the students.",
    "Hostel fees must be rolled back, Vikram Sethi, Congress spokesperson, said on Monday.",
])
def test_congress_before_a_leaders_office_is_the_party(text: str) -> None:
    assert "Congress" in _orgs(text)


def test_a_member_of_congress_sits_in_the_chamber() -> None:
    assert "Congress" not in _orgs("The bill was backed by Congress member Dana Price and two senators.")


def test_a_word_ending_like_a_nationality_before_a_bodys_office_is_the_body() -> None:
    orgs = _orgs("“Fees keep the poor out of school,” said Rosa Dimalanta, Kalayaan deputy spokesperson. "
                 "Ben Cruz, Bigkisan secretary general, joined the rally.")
    assert {"Kalayaan", "Bigkisan"} <= orgs


def test_a_nationality_before_president_after_a_person_is_no_body() -> None:
    assert "Kenyan" not in _orgs("The fees were cut, said Ruth Wanjiku, Kenyan president, at the summit.")


def test_an_acronym_and_a_name_after_a_cue_are_two_bodies() -> None:
    orgs = _orgs("A national march, organised by the TUC and Stand Up to hate, sets off on Saturday.")
    assert "TUC" in orgs and not any(name.startswith("TUC and") for name in orgs)


def test_the_firm_that_employs_contracts_or_lets_is_a_body() -> None:
    orgs = _orgs("Bin workers employed by Westcorp voted to strike, after the council's contractor Norvale "
                 "refused to talk. Tenants say their landlord Harbour investments raised the rent twice.")
    assert {"Westcorp", "Norvale", "Harbour investments"} <= orgs


def test_a_landlord_with_a_given_name_is_a_person() -> None:
    assert "Mary" not in _orgs("Tenants say their landlord Mary raised the rent twice.")
