"""Kinds, round 64 (w3): "protestors", the other spelling of those who protest, is a protest cue; a page whose
early paragraph condemns in the body's own voice, in the present tense ("The Harbourton Tenants' Union strongly
condemns ...", "We strongly deplore ..."), is that body's statement, a letter, unless its headline names a kind
or its opening states an act; a report that the body "condemned" something is not."""

from __future__ import annotations

import pytest

from extracted import main_kind

_TENANTS = ("The Harbourton Tenants' Union strongly condemns the arrest of nine of its members by the Westbrook "
            "police on Monday, and calls on the council to drop every charge against them at once.")


def test_protestors_is_a_protest_word() -> None:
    body = ("Hundreds of protestors filled the square in front of Harbourton town hall on Monday 3 March 2025, "
            "calling on the council to cut rents.")
    assert main_kind("", body) == "protest"


@pytest.mark.parametrize("crowd", ["Protesters", "Protestors"])
def test_protestors_inside_a_ministry_hold_it(crowd: str) -> None:
    body = (f"{crowd} inside the ministry of housing in Westbrook refused to leave on Monday 3 March 2025 until the "
            "minister met them.")
    assert main_kind("Westbrook ministry", body) == "occupation"


@pytest.mark.parametrize(("headline", "body"), [
    # the body's name, then the verb in the present tense, under a date line
    ("Harbourton tenants stand with evicted families", "Harbourton, 3 March 2025\n\n" + _TENANTS),
    # "we", under a line that introduces the statement
    ("Unions ask Ostland to free seven organisers",
     "Kea Holm Labour News is sharing this statement from the unions of Ostland.\n\nWe strongly deplore the night "
     "raids on the homes of seven union organisers in Westbrook and their arrest, and we ask the government to "
     "release them."),
])
def test_a_statement_in_its_own_voice_is_a_letter(headline: str, body: str) -> None:
    assert main_kind(headline, body) == "letter"


@pytest.mark.parametrize(("headline", "body", "kind"), [
    # told in the past, by a report about the statement
    ("Harbourton tenants stand with evicted families", _TENANTS.replace("condemns", "condemned").replace(
        "calls", "called"), "other"),
    # a headline that names a kind names the page's event
    ("Nurses strike at Lakeland General",
     "Lakeland, 3 March 2025\n\nThe Lakeland Nurses Union strongly condemns the management of Lakeland General for "
     "refusing to meet its members, who stopped work on Monday 3 March 2025 over unpaid overtime.", "strike"),
    # an opening that states an act of its own
    ("Statement on the fee rise",
     "The Ostland Students' Union condemns the fee rise announced by the Arlen University council on Friday. "
     "Students occupied the Arlen University library on Monday 3 March 2025 and say they will stay there until it "
     "is dropped.", "occupation"),
])
def test_condemning_leaves_other_pages_alone(headline: str, body: str, kind: str) -> None:
    found = main_kind(headline, body)
    assert found != "letter" and found == kind
