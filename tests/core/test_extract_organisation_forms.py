"""Organisations on real pages: campuses named by acronym and town, shouted
openings, campaign names that hold "the", places and titles that only look
like bodies (organisation_forms, organisation_names)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract(ReadDocument(text=text, format="txt")).organisations}


def test_a_campus_named_by_its_systems_acronym_and_town_is_one_body():
    orgs = _orgs("Students at UC Merced joined those pepper-sprayed at UC Davis last week.")
    assert {"UC Merced", "UC Davis"} <= orgs
    assert "UC" not in orgs


def test_a_campus_stays_named_inside_its_police_department():
    orgs = _orgs("No one was arrested, said UC Santa Cruz Police Chief Ana Ruiz on Tuesday.")
    assert "UC Santa Cruz" in orgs


def test_an_acronym_before_a_role_or_given_name_is_no_campus():
    orgs = _orgs("USI President Kate Byrne spoke. The march was large.")
    assert not any(name.startswith("USI ") for name in orgs)


def test_a_shouted_opening_head_word_names_the_university():
    orgs = _orgs("UNIVERSITY of Harbourton students held a rally on the lawns today against the cuts.")
    assert "University of Harbourton" in orgs


def test_a_campaign_name_holding_the_keeps_its_first_word():
    orgs = _orgs("Students from Protect the Public University marched to the hall on Monday.")
    assert "Protect the Public University" in orgs
    assert "Public University" not in orgs


def test_an_adverb_before_the_is_still_cut_off():
    orgs = _orgs("The vote was held on Monday. Later the University of Leeds said it would talk.")
    assert "University of Leeds" in orgs


def test_a_room_inside_a_building_named_by_a_head_word_is_a_place():
    orgs = _orgs("The occupation of the Arts Centre Seminar Room was over by Thursday evening.")
    assert orgs == set()


def test_a_head_word_then_one_word_is_a_place():
    orgs = _orgs("The march went down O'Connell Street, through College Green and past the banks.")
    assert "College Green" not in orgs


def test_a_university_followed_by_its_town_is_the_university():
    orgs = _orgs("Students at Massey University Wellington walked out of lectures.")
    assert "Massey University" in orgs


def test_a_speech_title_ending_in_of_university_is_no_body():
    orgs = _orgs("The minister abandoned a speech on the Idea of University after students heckled him.")
    assert orgs == set()


def test_a_college_followed_by_its_city_keeps_the_city():
    assert "King's College London" in _orgs("Students at King's College London walked out on Monday.")


def test_offices_categories_and_qualifications_are_no_acronyms():
    orgs = _orgs("The VC met TDs and an NGO about OBC students' GCSE results and the CCTV.")
    assert orgs == set()


def test_a_party_named_by_its_members_is_the_party():
    assert "Liberals" in _orgs("Students vowed to keep the strike up and risk helping to re-elect the Liberals.")


def test_an_ampersand_joins_one_name():
    orgs = _orgs("Durham University People & Planet Society are calling on the university to divest.")
    assert "Durham University People & Planet Society" in orgs
    assert "Planet Society" not in orgs


def test_a_definition_may_begin_with_a_word_that_opens_sentences():
    orgs = _orgs("The All India Students' Association (AISA) said students were beaten. Later the "
                 "All India Students Association marched again.")
    assert "All India Students' Association" in orgs
    assert not any(name.startswith("India") for name in orgs)


def test_people_counted_before_of_are_not_part_of_the_name():
    orgs = _orgs("Scores of Jawaharlal Nehru University students staged a protest on Monday.")
    assert orgs == {"Jawaharlal Nehru University"}


def test_colleges_shared_by_two_towns_are_no_colleges_of_those_names():
    orgs = _orgs("Activists signed up hundreds of students at Oxford and Cambridge colleges last week.")
    assert "Oxford College" not in orgs and "Cambridge College" not in orgs


def test_university_of_x_and_x_university_are_one_body():
    result = extract(ReadDocument(text="Staff at the University of Sydney voted to strike. Sydney University "
                                       "said it would talk.", format="txt"))
    assert len(result.organisations) == 1


def test_an_acronym_before_university_of_x_is_its_own_body():
    orgs = _orgs("NTEU University of Melbourne branch members will strike for a week on Monday.")
    assert "University of Melbourne" in orgs
    assert "NTEU University" not in orgs


def test_an_office_after_of_x_ends_the_name():
    orgs = _orgs("Staff are angry, NTEU University of Melbourne Acting Branch Secretary Chloe Mackenzie said.")
    assert "University of Melbourne" in orgs
    assert not any("Mackenzie" in name for name in orgs)


def test_a_campus_town_may_end_in_a_given_name():
    assert "UC Santa Barbara" in _orgs("Pickets are planned at UC Davis and UC Santa Barbara on Friday.")


def test_each_name_in_a_list_of_companies_is_a_body():
    orgs = _orgs("These corporations, such as Caterpillar, Hewlett-Packard and Lockheed Martin, supply weapons.")
    assert {"Caterpillar", "Hewlett-Packard", "Lockheed Martin"} <= orgs


def test_a_lower_case_type_noun_marks_the_name_before_it():
    orgs = _orgs("The student Rent Freeze/Halt the Rise network has announced a week of pickets. The council "
                 "approved fees, a move that the HU student union is contesting.")
    assert {"Rent Freeze", "Halt the Rise", "HU student union"} <= orgs


def test_a_platforms_group_or_a_place_before_a_type_noun_is_no_body():
    orgs = _orgs("They organised through the Facebook group and the Leeds campaign on Monday.")
    assert orgs == set()


def test_a_force_named_by_its_place_with_lower_case_police():
    orgs = _orgs("The Metropolitan police said baton rounds could be used. Riot police then charged.")
    assert "Metropolitan Police" in orgs
    assert "Riot Police" not in orgs


def test_a_police_station_named_by_its_place_is_no_force():
    assert _orgs("They walked on to the Kessel Park North police station on Saturday.") == set()


def test_a_definition_may_end_in_a_capitals_word():
    result = extract(ReadDocument(text="The work with Universities UK (UUK) goes on. UUK said so.", format="txt"))
    assert [(o.name, o.acronym) for o in result.organisations] == [("Universities UK", "UUK")]


def test_a_head_word_that_opens_a_name_in_its_language():
    assert "Université Laval" in _orgs("The strike began at the Université Laval in Quebec City on Tuesday.")


def test_a_word_before_a_for_or_against_name_belongs_to_it():
    orgs = _orgs("The march was organised by School Strike 4 Climate after the budget.")
    assert "School Strike 4 Climate" in orgs
    assert "Strike 4 Climate" not in orgs


def test_school_and_event_abbreviations_are_no_bodies():
    assert _orgs("The principal used the PA system; the event MC thanked the AP English class.") == set()


def test_a_hashtag_and_the_spaced_name_are_one_body():
    result = extract(ReadDocument(text="Fees Must Fall protests went on. #FeesMustFall trended all day.", format="txt"))
    assert len(result.organisations) == 1


def test_an_engines_span_naming_a_town_or_people_is_no_body():
    from timeline_app.core.extract.organisations import find_organisations
    from timeline_app.core.extract.sentences import lines

    text = "Students in Palmerston North met the Education Report Teachers and the Quiet Harbour Trust."
    spans = [(text.find(n), text.find(n) + len(n)) for n in ("Palmerston North", "Education Report Teachers")]
    names = {o.name for o in find_organisations(text, lines(text), proposed=spans).organisations}
    assert "Palmerston North" not in names and "Education Report Teachers" not in names
    assert "Quiet Harbour Trust" in names


def test_an_adverb_before_lower_case_police_is_no_force():
    assert _orgs("The crowd grew. Then police arrived and later police left.") == set()


def test_a_union_branch_word_after_an_acronym_is_no_campus():
    assert "UCU Branch" not in _orgs("The UCU Branch meeting voted to strike on Monday.")


def test_a_head_word_shared_out_as_a_name_in_a_list():
    orgs = _orgs("Workers from Harbourton, Lakeland, Westbrook and Arlen universities marched on Friday.")
    assert "Arlen University" in orgs


def test_an_occupy_group_keeps_its_whole_name():
    assert "Occupy Columbia University General Assembly" in _orgs(
        "The members of the Occupy Columbia University General Assembly are holding a week of action.")


def test_a_possessive_before_a_bracketed_acronym_is_not_part_of_the_name():
    text = ("Students ended their occupation of the University of Westmarch’s (UW) "
            "administration building on Friday. UW said talks would continue.")
    names = _orgs(text)
    assert "University of Westmarch" in names
    assert not any(n.endswith(("’s", "'s")) for n in names)
