"""Organisations, round 15 (precision): names a reader would not call a
body, found on pages nobody had tuned on."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _read(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _read(text).organisations}


def _assert_kept_and_dropped(text: str, kept: set[str], dropped: set[str]) -> None:
    """The bodies ``kept`` are found in ``text``; none of the names ``dropped`` is."""
    orgs = _orgs(text)
    assert kept <= orgs
    assert not orgs & dropped


def test_a_state_code_and_zip_code_in_an_address_are_no_union_local():
    orgs = _orgs("The Westbrook Teachers Union stands with the graduate workers.\n"
                 "Dr. Dana Reed, Provost\n5801 South Elm Avenue\nSpringfield, IL 62704\n")
    assert "Westbrook Teachers Union" in orgs
    assert not any("62704" in name for name in orgs)


def test_an_adjustment_a_region_or_a_form_of_action_defined_by_an_acronym_are_no_bodies():
    _assert_kept_and_dropped(
        "The Westbrook Faculty Association asks for a Housing Cost Adjustment (HCA) this year. Schools in the "
        "Northern Coastal Region (NCR) joined. Members also voted on Action Short of Strikes (ASOS) over workloads.",
        {"Westbrook Faculty Association"},
        {"Housing Cost Adjustment", "HCA", "Northern Coastal Region", "NCR", "Action Short of Strikes", "ASOS"})


def test_levels_of_study_and_a_citys_district_are_no_bodies():
    _assert_kept_and_dropped(
        "There is no grant left for PG students, and HS students lose their bus passes. Members of the Westbrook "
        "Students Union marched through the CBD, joined by staff from the KL campus.",
        {"Westbrook Students Union"}, {"PG", "HS", "CBD", "KL"})


def test_an_acronyms_board_or_council_is_that_body():
    _assert_kept_and_dropped(
        "The WFA Board is in constant contact with the strikers, and the WFA Executive Council will meet on "
        "Monday to decide.",
        {"WFA"}, {"WFA Board", "WFA Executive Council"})


def test_a_person_in_apposition_to_a_body_is_no_body():
    result = _read("The Ostland Lecturers Union will appeal the ruling. The counsel to the union, Femi Adeyemi, "
                   "disclosed this in an interview on Monday. One of the organisers of the youth campaign, "
                   "Nadia Karim, announced a march.")
    orgs = {o.name for o in result.organisations}
    people = {p.name for p in result.people}
    assert "Ostland Lecturers Union" in orgs
    assert {"Femi Adeyemi", "Nadia Karim"} <= people
    assert not orgs & {"Femi Adeyemi", "Nadia Karim"}


def test_a_numbered_gathering_of_a_body_is_that_body():
    orgs = _orgs("Students protested as the minister arrived for the 3rd Convocation of Westbrook Valley "
                 "University. Speaking at the 3rd Convocation of Westbrook Valley University, he praised them.")
    assert "Westbrook Valley University" in orgs
    assert not any(name.startswith("Convocation") for name in orgs)


def test_a_bonus_or_a_labour_agreement_is_no_body():
    _assert_kept_and_dropped(
        "Members of the Alliance of Westbrook Teachers (AWT) said the ministry must release the Performance-Based "
        "Bonus (PBB) now. Governor Ann Ruto said the CBA would be honoured.",
        {"Alliance of Westbrook Teachers"}, {"Performance-Based Bonus", "PBB", "CBA"})


def test_what_a_school_charges_or_gives_is_no_body():
    _assert_kept_and_dropped(
        "Parents asked the Westbrook City Council to scrap the Other School Fees and to keep Free School Meals. "
        "The Westbrook Campaign Against Fees (WCAF) backed them.",
        {"Westbrook City Council", "Westbrook Campaign Against Fees"}, {"Other School Fees", "Free School Meals"})


def test_a_quotation_mark_after_an_acronym_is_no_possessive():
    _assert_kept_and_dropped(
        "Graduates said they would boycott the ceremony using slogans like ‘Withdraw PRB’ and ‘Withdraw CLA’. "
        "The Westbrook Students Union backed them.",
        {"Westbrook Students Union"}, {"PRB", "CLA"})


def test_an_acronym_ending_in_s_keeps_its_bare_possessive():
    assert "WUS" in _orgs("Members cheered the WUS’ decision to strike on Monday.")
