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
    # a campaign's tag under it
    ("Nine tenants held in Westbrook",
     "Harbourton, 3 March 2025\n\nThe Westbrook Defenders Coalition strongly condemns the arrest of nine tenants by "
     "the Westbrook police on Monday, and asks the council to drop every charge against them.\n\n"
     "#FreeTheWestbrookNine"),
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


_DATED = "Tuesday 4 March 2025\n\n"
_FREE = ("We condemn the arrest of nine tenants in Westbrook on Monday 3 March 2025 and call on all residents to "
         "stand with them.")


@pytest.mark.parametrize(("headline", "body", "kind"), [
    # a report: the statement's words, then who said them
    ("Westbrook arrests", _DATED + "The Harbourton Tenants' Union condemns the arrest of nine of its members by the "
     "Westbrook police on Monday, its secretary Mira Tane said in a statement on Tuesday 4 March 2025.", "other"),
    ("Westbrook evictions", _DATED + "The Harbourton Tenants' Union condemns the eviction of six families from the "
     "Westbrook estate, saying the council broke its own rules. Union secretary Mira Tane told reporters more "
     "evictions were planned.", "other"),
    # a person, or "It", is no body speaking for itself
    ("Westbrook mosque attack", _DATED + "Mayor Jo Arlen strongly condemns the attack on the Westbrook mosque on "
     "Monday night and has asked residents to stay calm, a council spokesperson said.", "other"),
    ("Westbrook arrests", _DATED + "Mira Tane condemns the arrest of nine tenants in Westbrook on Monday and says she "
     "will raise it in the assembly.", "other"),
    ("Westbrook arrests", _DATED + "Jo Arlen, who chairs the union, said on Monday 3 March 2025 that police had held "
     "nine tenants.\n\nIt condemns the arrest of nine tenants in Westbrook and will ask the courts to free them.",
     "other"),
    # a newspaper's "we", its editorial
    ("Our view: free the Westbrook nine", _DATED + "We condemn the arrest of nine tenants in Westbrook on Monday. The "
     "police had no grounds to hold them, and this newspaper has said so for years.", "other"),
    # a government condemning the page's act
    ("Ostland dockers stay out", _DATED + "The Ostland Government condemns the action of Lakeland dockers, who have "
     "stopped work at every quay since Friday 28 February 2025 over pay.", "other"),
    # a strike notice, a rally call and a petition stay what they call for
    ("Lakeland nurses stand firm", _DATED + "The Lakeland Nurses Union condemns the refusal of the Lakeland General "
     "board to meet its members over unpaid overtime, and announces a 24-hour strike on Friday 7 March 2025.",
     "strike"),
    ("Lakeland nurses stand firm", _DATED + "The Lakeland Nurses Union condemns the refusal of the Lakeland General "
     "board to meet its members over unpaid overtime.\n\nMembers will stop work for 24 hours on Friday 7 March 2025, "
     "and picket the main gate.", "protest"),
    ("Free the Westbrook nine", _DATED + _FREE + "\n\nJoin us at a rally outside Westbrook police station on Saturday "
     "8 March 2025 at noon.", "protest"),
    ("Free the Westbrook nine", _DATED + _FREE + "\n\nSign our petition to the Ostland minister of justice: we need "
     "5,000 signatures by Friday.", "petition"),
])
def test_a_report_or_a_call_to_act_is_no_statement(headline: str, body: str, kind: str) -> None:
    assert main_kind(headline, body) == kind


_EVICTED = "Six families were evicted from the Westbrook estate on Monday 3 March 2025, and the union has asked the " \
    "council to meet them."


@pytest.mark.parametrize("subhead", [
    # long, but no full stop: a subheading
    "The Harbourton Tenants' Union strongly condemns the eviction of six families from the Westbrook estate",
    # a full stop, but short: a standfirst
    "The Harbourton Tenants' Union strongly condemns the evictions.",
])
def test_a_line_short_of_a_paragraph_is_no_statement(subhead: str) -> None:
    assert main_kind("Westbrook evictions", f"{subhead}\n\n{_EVICTED}") == "other"
