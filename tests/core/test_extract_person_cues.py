"""People on real pages: names set apart by a comma, titles cut off, places
and prepositions never making a person, lists of names (person_cues, person_name_lists)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_name_opening_its_sentence_and_set_apart_by_a_comma_is_a_person():
    people = _people("The march was large.\nJohn Rowley, one of the first occupiers, spoke at the rally.")
    assert "John Rowley" in people


def test_a_name_opening_its_sentence_without_a_comma_is_still_left_out():
    assert _people("Donald Trump signed an order on Friday.") == {}


def test_a_name_opening_its_sentence_before_a_verb_of_saying_is_a_person():
    # round 18: "Niall Shananhan explains ..." names someone speaking; "John Deere workers walked out" does not
    people = _people("Rail strike\n\nWorkers will strike on Sunday. Niall Shananhan explains that staff are angry. "
                     "John Deere workers walked out too.")
    assert "Niall Shananhan" in people and "John Deere" not in people, people


def test_a_describing_noun_before_a_comma_marks_the_name_after_it():
    people = _people("During the sit-in, one protester, Nandipha Zulu confronted the security guards.")
    assert "Nandipha Zulu" in people


def test_an_unlisted_title_before_a_given_name_is_cut_off():
    people = _people("The march passed the Dáil. Taoiseach Brian Cowen refused to comment on the protest.")
    assert "Brian Cowen" in people
    assert not any(name.startswith("Taoiseach") for name in people)


def test_a_rank_before_a_name_is_its_role_not_part_of_it():
    people = _people("“Police fired rubber bullets,” said Brigadier Thandi Mokoena on Wednesday.")
    assert people == {"Thandi Mokoena": "Brigadier"}


def test_a_place_before_a_role_phrase_is_no_person():
    people = _people("Walkouts were planned across the United States, with climate activist Greta Lindqvist "
                     "leading the way in New York.")
    assert "United States" not in people


def test_a_list_of_names_holding_one_known_person_gives_the_others_too():
    people = _people("The letter was signed by organiser Kate Barlow, Pravin Okafor and Tomasz Ruddle.")
    assert {"Kate Barlow", "Pravin Okafor", "Tomasz Ruddle"} <= set(people)


def test_a_list_of_bodies_or_places_gives_no_people():
    people = _people("Organiser Kate Barlow said students from Leeds University, Sheffield Hallam and "
                     "York St John joined.")
    assert set(people) == {"Kate Barlow"}


def test_an_apposition_after_a_comma_is_no_list():
    people = _people("In an interview with Campus Radio, Fasiha Hassan, the union's secretary general, said so.")
    assert "Campus Radio" not in people


def test_a_sentence_listing_names_is_no_heading():
    people = _people("The demands were read out.\n– Remove the culprits (Devraj Pillai, Kiran Naidoo, Mohan Rao "
                     "and Sunita Reddy).")
    assert {"Devraj Pillai", "Kiran Naidoo", "Mohan Rao", "Sunita Reddy"} <= set(people)


def test_ordinary_words_and_parties_in_a_list_make_no_people():
    people = _people("The Liberals, Democrats and Republicans met Kiran Naidoo.")
    assert set(people) <= {"Kiran Naidoo"}


def test_a_name_inside_an_organisations_name_is_no_person():
    people = _people("Members of the RSS-affiliated Akhil Bharatiya Vidyarthi Parishad (ABVP) marched.")
    assert people == {}


def test_organised_by_is_no_byline():
    people = _people("The rent strike was organised by Bristol Cut the Rent last spring.")
    assert people == {}


def test_a_byline_opening_its_line_or_after_photos_is_still_read():
    assert "Katy Murphy" in _people("Teachers vote\nBy Katy Murphy\nThe vote is in.")
    assert "Sam Okoro" in _people("The march went ahead. Photos by Sam Okoro.")


def test_a_street_named_after_a_person_is_no_person():
    people = _people("Officers put up barriers on Nelson Mandela Marg on Friday to halt the march.")
    assert people == {}


def test_a_reserve_named_after_someone_is_no_person():
    people = _people("Protesters spilled onto the steps and the Gordon Reserve, said organiser Kate Barlow.")
    assert "Gordon Reserve" not in people


def test_an_age_in_commas_or_according_to_marks_a_person():
    people = _people("At the rally, Ntokozo Abhayaratne, 16, said the youth walked out. The march was "
                     "peaceful, according to Tshepiso Mahlangu.")
    assert {"Ntokozo Abhayaratne", "Tshepiso Mahlangu"} <= set(people)


def test_a_name_alone_on_its_line_is_a_signature():
    people = _people("Well done, students! Keep going.\n\nJohn Chalcraft\nReader, Dept of Government\n")
    assert "John Chalcraft" in people


def test_a_name_above_its_affiliation_is_a_signature_whatever_the_given_name():
    people = _people("Stay strong, occupiers!\n\nAnahid Kassabian\nUniversity of Liverpool\n")
    assert "Anahid Kassabian" in people


def test_an_owner_or_a_neighbour_named_after_a_verb_of_saying_is_a_person():
    # round 20: "said bakery owner Rose Tallis" (no common given name in the list: "Rose" rises too)
    people = _people("Strike day\n\n\"It's empty. Empty,\" said bakery owner Rose Tallis.\n")
    assert "Rose Tallis" in people


def test_a_surname_that_is_also_a_trade_stays_part_of_the_name():
    people = _people("Ballot news\n\nThe union's organiser Colm Porter said members backed action. "
                     "The letter was signed by Professor Stephen Driver.\n")
    assert {"Colm Porter", "Stephen Driver"} <= set(people), people


def test_a_name_given_as_identified_is_a_person_but_a_union_stays_a_body():
    people = _people("Camp news\n\nTheir manager, identified as Marit Velloso, has done nothing for the staff. "
                     "The union, identified as Ostland Teachers Union, backed them.\n")
    assert "Marit Velloso" in people and "Ostland Teachers Union" not in people, people


def test_a_plural_office_before_a_body_is_no_persons_office():
    # round 20: "Members of Tucson Tenants Union, Poder Casas Moviles, and Casa Maria" lists bodies
    people = _people("Housing news\n\nMembers of Tucson Tenants Union, Poder Casas Moviles, and Casa Maria "
                     "attempted to deliver a letter.\n")
    assert "Poder Casas Moviles" not in people, people
    assert "Jo Bloggs" in _people("Strike news\n\nThe President of the Tucson Tenants Union, Jo Bloggs, said "
                                  "the strike would go on.\n")
