"""Organisations on pages tuned for other fields (round 6): small cues
around a name that settle whether it is a body. Every sentence here is
written for the test (organisation_cues, organisation_names)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_signature_lines_name_their_signatories_institutions():
    orgs = _orgs("Open letter to the council\n\nWe oppose the closure of the library.\n\n"
                 "Dr Mary Hollis, University of Dunmore\nProf Ian Keel, Westbrook Hallam University (retd.)\n")
    assert {"University of Dunmore", "Westbrook Hallam University"} <= orgs


def test_a_title_case_heading_still_names_no_body():
    assert not _orgs("Why The University Of Dunmore Must Listen Now\n\nIt is time.")


def test_a_union_local_keeps_its_number_after_local():
    assert "Allied Union of Porters Local 812" in _orgs("Members of Allied Union of Porters Local 812 walked out.")


def test_new_opens_a_place_name_but_not_a_head_word():
    assert "New Harbor University" in _orgs("Students at New Harbor University camped outside on Monday.")


def test_a_town_based_prefix_is_no_part_of_the_name():
    assert _orgs("Staff at the Dunmore-based University of Westbrook struck.") == {"University of Westbrook"}


def test_a_tail_word_after_of_is_no_office():
    assert "League for the Defence of Virtue and Prevention of Vice" in _orgs(
        "The League for the Defence of Virtue and Prevention of Vice broke up the rally.")


def test_datelines_state_codes_and_photo_credits_are_no_bodies():
    text = (" date 2020-01-02 DUNMORE, Ore. (AP) — Pupils walked out.\nWESTBROOK - Hundreds marched.\n"
            "Springfield, IL\nThe march ended peacefully. (XT Photo)\n")
    assert not _orgs(text) & {"DUNMORE", "WESTBROOK", "IL", "XT"}


def test_a_radio_station_cited_is_a_body():
    assert "Harbour FM" in _orgs("According to a Harbour FM report, the cleaners went on strike.")


def test_an_office_before_a_body_is_no_part_of_it():
    orgs = _orgs("The General Secretary of the Association, Kofi Mensah, said the strike goes on. "
                 "Speaking at the rally, President Student Union, Dunmore Poly, spoke too.")
    assert not any(o.startswith(("General", "President")) for o in orgs)


def test_a_role_before_a_university_in_a_signature_leaves_the_university():
    orgs = _orgs("Open letter\n\nWe demand action.\n\nAnna Pike, Senior Researcher University of Westbrook\n"
                 "Tom Reed, Dunmore Primary School Student\n")
    assert {"University of Westbrook", "Dunmore Primary School"} <= orgs


def test_led_by_an_honorific_and_a_surname_is_a_person():
    assert not _orgs("The students, led by Mr Okafor, marched from the fountain to the ministry.")


def test_a_saint_name_keeps_its_abbreviation_and_a_place_before_and_stays_out():
    orgs = _orgs("the students said walkouts took place at many schools, including St. Anselm University – "
                 "Dunmore and University of Westbrook in the city.")
    assert {"St. Anselm University", "University of Westbrook"} <= orgs
    assert not any("Dunmore" in o for o in orgs)


def test_a_street_abbreviation_before_a_sentence_is_no_saint():
    assert _orgs("They met on Harbour St. The University of Westbrook said no.") == {"University of Westbrook"}


def test_page_furniture_and_office_abbreviations_are_no_bodies():
    orgs = _orgs("STATEMENT: Dunmore students call for a shutdown\nPUBLISHED : Sunday, 4 May, 2015\n"
                 "Pupils in NZ schools marched to the Education CS office over the CE election.")
    assert not orgs & {"STATEMENT", "PUBLISHED", "NZ", "CS", "CE"}


def test_a_bargaining_agreement_defined_by_its_acronym_is_no_body():
    assert not _orgs("Porters want the Collective Bargaining Agreement (CBA) honoured. The CBA expired.")


def test_a_photo_credit_names_no_outlet():
    assert not _orgs("The college will cut 40 jobs. Photograph: Jane Doe/The Dunmore Post\nMore follows.")


def test_a_short_opening_acronym_acting_as_a_body_is_one():
    assert "DCHE" in _orgs("Fees rose again this year.\nDCHE has also been approving fee increases for schools.")


def test_a_nation_after_a_definition_names_the_branch():
    orgs = _orgs("Members of the Dunmore Union of Pupils (DUP) Scotland will gather outside the parliament.")
    assert orgs == {"Dunmore Union of Pupils Scotland"}


def test_a_department_or_union_keeps_the_subjects_its_name_lists():
    orgs = _orgs("Cuts fall on the School of Arts, Crafts and Music and on the Dunmore Union of Porters, Cooks "
                 "and Allied Workers, whose members struck.")
    assert {"School of Arts, Crafts and Music", "Dunmore Union of Porters, Cooks and Allied Workers"} <= orgs


def test_a_body_after_a_comma_stays_a_body_of_its_own():
    orgs = _orgs("Staff at the School of Law, University of Dunmore and Westbrook College struck.")
    assert {"School of Law", "University of Dunmore", "Westbrook College"} <= orgs


def test_four_towns_after_at_on_a_line_naming_a_university_are_institutions():
    orgs = _orgs("Westbrook University Students' Union left the federation, with votes still due at Dunmore, "
                 "Harlow, Kesteven, Ambridge and Fenwick.")
    assert {"University of Dunmore", "University of Fenwick"} <= orgs


def test_towns_after_at_on_a_line_naming_no_university_are_places():
    assert not _orgs("The tour stopped at Dunmore, Harlow, Kesteven, Ambridge and Fenwick last summer.")


def test_a_town_opening_a_sentence_before_an_apposition_is_a_place():
    orgs = _orgs("In Dunmore, the protest was led by the Dunmore Union of Pupils on Monday.")
    assert "Dunmore" not in orgs and "Dunmore Union of Pupils" in orgs


def test_one_word_and_a_head_after_and_end_one_name():
    assert "Fair Rents and Wages Commission" in _orgs("Porters wrote to the Fair Rents and Wages Commission.")


def test_a_town_before_a_school_strike_group_joins_its_name():
    assert _orgs("The Dunmore Schools Strike for Climate wrapped up after pupils lay down.") == \
        {"Dunmore Schools Strike for Climate"}


def test_two_groups_joined_by_and_stay_two():
    orgs = _orgs("Protests began after the groups Dunmore Students for Justice in Westbrook and Harbour Youth "
                 "Movement put out a call.")
    assert {"Dunmore Students for Justice in Westbrook", "Harbour Youth Movement"} <= orgs


def test_the_body_a_convenor_convenes_is_one_even_in_one_word():
    assert "Pupilism" in _orgs("Kit Lam, 18, was reappointed as convenor of Pupilism, a post he has held since 2011.")


def test_a_convenor_of_protests_names_no_body():
    assert not _orgs("He was convenor of Dunmore Harbour protests last year.")
