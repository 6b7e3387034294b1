"""Organisations, round 15b (precision): names a reader would not call a
body, in the shapes seen on pages nobody had tuned on."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def _assert_kept_and_dropped(text: str, kept: set[str], dropped: set[str]) -> None:
    """The bodies ``kept`` are found in ``text``; no name holding a word of ``dropped`` is."""
    orgs = _orgs(text)
    assert kept <= orgs
    assert not [name for name in orgs if any(word in name.split() for word in dropped)]


def test_a_campaign_named_by_a_sentence_or_called_so_is_no_body():
    _assert_kept_and_dropped(
        "The Westbrook Students Union spoke about the Housing is a Right campaign at the rally. The union also "
        "started a campaign called “Rent Is…” to show what students pay.",
        {"Westbrook Students Union"}, {"Housing", "Rent"})


def test_a_group_called_so_is_still_a_body():
    assert "Renters Together" in _orgs("Tenants formed a group called Renters Together last spring.")


def test_an_acronym_joined_by_and_to_a_name_is_a_body_of_its_own():
    orgs = _orgs("The national march was called by the WTC and Rise Up for Tenants. Thousands are expected.")
    assert "WTC" in orgs
    assert not [name for name in orgs if " and " in name]


def test_an_action_word_opening_a_sentence_is_no_part_of_the_body_after_it():
    orgs = _orgs("Students are out again.\n\nProtesting University of Westbrook students have given management until "
                 "noon. Striking Ostland College Union members joined them.")
    assert {"University of Westbrook", "Ostland College Union"} <= orgs
    assert not [name for name in orgs if name.startswith(("Protesting", "Striking"))]


def test_a_party_named_with_and_without_its_word_party_is_one_body():
    orgs = _orgs("Unite suspended the Westbrook Labour councillors and may cut funding for the Labour Party. "
                 "The Greens said the Green Party backs the strikers.")
    assert {"Labour Party", "Green Party"} <= orgs
    assert not orgs & {"Labour", "Greens"}


def test_a_clause_after_an_acronym_and_a_comma_that_names_a_union_is_no_apposition():
    orgs = _orgs("The Westbrook Graduate Union wants a contract. The board will not meet with KTA, ignoring the "
                 "union's vote. The LWU, the union of library workers, backs the students.")
    assert {"Westbrook Graduate Union", "LWU"} <= orgs
    assert "KTA" not in orgs


def test_an_organ_named_only_by_its_task_is_no_body_but_a_council_named_by_its_place_is():
    orgs = _orgs("Members of the Westbrook Tenants Union will discuss the survey in our Branch Committee, and the "
                 "Trustee Board meets on Monday. Ostland City Council has not replied.")
    assert {"Westbrook Tenants Union", "Ostland City Council"} <= orgs
    assert not orgs & {"Branch Committee", "Trustee Board"}


def test_a_hashtag_the_page_calls_a_campaign_is_no_body_anywhere_on_the_page():
    orgs = _orgs("The Westbrook Students Union launched the #CapTheRent campaign in May. Members posted photos "
                 "with our #CapTheRent sign. The #TenantsUnited movement joined them.")
    assert {"Westbrook Students Union", "TenantsUnited"} <= orgs
    assert "CapTheRent" not in orgs


def test_a_police_force_named_for_two_places_is_named_whole():
    orgs = _orgs("Westshire and Ostby police said six people were arrested. Students and police met later.")
    assert "Westshire and Ostby Police" in orgs
    assert "Ostby Police" not in orgs


def test_an_institutions_union_spelled_out_and_named_with_the_institution_is_one_body():
    result = extract(ReadDocument(text=(
        "The Student Representative Council (SRC) says it will not back down. A video shows the WSU SRC president "
        "urging students to block the gate."), format="txt"))
    councils = [o for o in result.organisations if "SRC" in {o.name, o.acronym, *o.aliases}]
    assert len(councils) == 1
    assert {"WSU SRC", "Student Representative Council"} <= {councils[0].name, *councils[0].aliases}


def test_two_institutions_unions_keep_the_spelled_out_one_apart():
    orgs = _orgs("The Student Representative Council (SRC) met the WSU SRC and the KTU SRC on Monday.")
    assert {"Student Representative Council", "WSU SRC", "KTU SRC"} <= orgs
