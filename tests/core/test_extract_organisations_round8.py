"""Organisations on fresh real pages (round 8): a region written before a
body's name is part of it, forces are bodies, and a name's dotted prefix
gives its acronym's letters. Every sentence here is written for the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ExtractedOrganisation, ReadDocument


def _found(text: str) -> tuple[ExtractedOrganisation, ...]:
    return extract(ReadDocument(text=text, format="txt")).organisations


def _names(text: str) -> set[str]:
    return {o.name for o in _found(text)}


def test_a_dotted_region_before_a_body_stays_in_its_name():
    names = _names("Members of the N.S. Nurses' Federation voted on Tuesday to walk out of the wards.")
    assert "N.S. Nurses' Federation" in names
    assert "Nurses' Federation" not in names


def test_a_dotted_region_gives_its_letters_to_the_acronym():
    found = _found("The S.F. Unified School District refused. Parents said SFUSD had not listened to them.")
    district = next(o for o in found if o.name == "S.F. Unified School District")
    assert district.acronym == "SFUSD"


def test_a_state_code_before_a_commission_stays_in_its_name():
    names = _names("Nurses defied an order of the QLD Industrial Relations Commission on Friday.")
    assert "QLD Industrial Relations Commission" in names
    assert "Industrial Relations Commission" not in names


def test_a_force_is_named_whole():
    names = _names("The Eastern Reserve Police Force was sent to the gates of the campus.")
    assert "Eastern Reserve Police Force" in names


def test_an_action_day_a_walkout_and_a_letter_are_no_bodies():
    names = _names("Pupils joined the National Pupil Walkout on the Global Day of Action and signed the "
                   "Staff Union Open Letter, while the Teachers Union spoke.")
    assert not {"National Pupil Walkout", "Staff Union Open Letter", "Global Day of Action"} & names
    assert "Teachers Union" in names


def test_a_court_named_as_a_party_is_a_body_and_so_is_a_university_court():
    # (stop 50) real pages' labels list a court a report names by which court it is
    names = _names("The Regional High Court ordered the Lecturers Union to call off the strike. "
                   "The University Court of Glenmoor will meet on Monday.")
    assert {"Regional High Court", "Lecturers Union"} <= names
    assert any(name.startswith("University Court") for name in names)


def test_a_court_of_labour_disputes_is_one_of_the_dispute_s_bodies():
    # (stop 35) unions and employers are called before it as to talks: real pages' labels name it
    names = _names("The Regional Labour Court ordered the Lecturers Union to call off the strike.")
    assert {"Regional Labour Court", "Lecturers Union"} <= names


def test_an_acronym_in_a_list_that_names_a_body_is_a_body():
    names = _names("Stalls were run by local groups, including the KWTU, Green Unity and the Harbour Workers Union.")
    assert "KWTU" in names


def test_an_office_after_a_body_in_the_same_list_item_is_no_body():
    names = _names("Ana Ruiz, Coastal Police PRO, said the road would reopen.")
    assert "PRO" not in names


def test_an_allegiance_word_inside_a_run_parts_two_bodies():
    names = _names("Members of the Green Party-aligned Harbour and Dock Workers Union marched on Friday.")
    assert {"Green Party", "Harbour and Dock Workers Union"} <= names
    assert not any("aligned" in name for name in names)


def test_a_union_of_students_in_a_country_is_named_whole():
    names = _names("The Federation of Students in Lowland and the Crisis in Hillside Coalition marched.")
    assert {"Federation of Students in Lowland", "Crisis in Hillside Coalition"} <= names


def test_a_town_after_in_is_no_part_of_the_university():
    names = _names("Students of the University of Glenmoor in Port Ellis walked out on Monday.")
    assert "University of Glenmoor" in names
    assert not any("Port Ellis" in name for name in names)


def test_a_one_word_group_after_a_kind_of_group_is_a_body():
    names = _names("Youth group Tambuli announced a march. It was joined by the artists' group Lakbay.")
    assert {"Tambuli", "Lakbay"} <= names


def test_an_outlet_cited_after_a_comma_starts_after_it():
    names = _names("Police used water cannon on students of Glenmoor University, The Harbour Express reports.")
    assert "The Harbour Express" in names or "Harbour Express" in names
    assert not any(name.startswith("University") for name in names)


def test_a_town_before_a_lower_case_university_after_at_is_that_university():
    names = _names("She is a union rep at Glenmoor university and spoke on Monday.")
    assert "Glenmoor University" in names


def test_a_nationality_before_a_lower_case_university_is_no_body():
    names = _names("Tens of thousands of Lowland university students marched.")
    assert not any("University" in name for name in names)


def test_a_list_of_groups_ending_before_a_dash_is_read():
    names = _names("The rally – organised by groups such as Tidewatch, Morrow and Lanternfolk – began at noon.")
    assert {"Tidewatch", "Morrow", "Lanternfolk"} <= names


def test_a_kind_of_government_or_university_alone_names_no_body():
    names = _names("The Federal Government met the union. Students of the Technical University marched.")
    assert not {"Federal Government", "Technical University"} & names


def test_a_centre_is_a_building_unless_named_for_its_work():
    names = _names("Students sat in at the Harbour Campus Centre, backed by the Centre for Coastal Labour Studies.")
    assert "Harbour Campus Centre" not in names
    assert "Centre for Coastal Labour Studies" in names


def test_a_definition_whose_letters_leave_out_a_final_head_word():
    found = _found("Members of the Coastal Federation of Port, Harbour and Dock Employees Union (CFPHDE) walked out.")
    assert ("Coastal Federation of Port, Harbour and Dock Employees", "CFPHDE") in [(o.name, o.acronym) for o in found]
    assert not any(o.name.startswith("Harbour") for o in found)
