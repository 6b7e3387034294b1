"""Organisations on unseen real pages (round 5): what a reader counts as a
body and what only looks like one. Every sentence here is written for the
test (acronym_links, acronym_uses, organisation_shapes, organisation_names)."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _found(text: str):
    return extract(ReadDocument(text=text, format="txt")).organisations


def _orgs(text: str) -> set[str]:
    return {o.name for o in _found(text)}


def test_an_undefined_acronym_spelling_a_named_body_is_that_body():
    found = _found("The Canadian Federation of Students has paid for the tour. Organisers wrote to the CFS "
                   "on Monday asking for more.")
    assert [o.name for o in found] == ["Canadian Federation of Students"]
    assert found[0].acronym == "CFS"


def test_a_scheme_defined_by_its_acronym_is_no_body():
    orgs = _orgs("Marchers demanded the end of the Graduate Loan Payment Scheme (GLPS) on Friday. "
                 "Speakers said GLPS debts hurt the poorest.")
    assert not orgs & {"Graduate Loan Payment Scheme", "GLPS"}


def test_an_opening_acronym_before_a_role_or_another_acronym_is_a_body():
    orgs = _orgs("FEDRA president Ana Ruiz spoke first.\n\nThe KOLA and MSF organised a second march.")
    assert {"FEDRA", "KOLA", "MSF"} <= orgs


def test_an_opening_word_in_capitals_before_ordinary_words_stays_a_word():
    assert "HUNDREDS" not in _orgs("HUNDREDS of students marched through the city on Monday.")


def test_an_acronym_before_a_word_of_allegiance_is_a_body():
    assert "KDS" in _orgs("Students from the KDS-affiliated union marched in the town on Monday.")


def test_two_acronyms_joined_by_and_after_called_by_are_two_bodies():
    orgs = _orgs("A lobby of the council was called by PTU and NSA on Monday.")
    assert {"PTU", "NSA"} <= orgs
    assert "PTU and NSA" not in orgs


def test_a_member_of_two_groups_joined_by_and_the_names_both():
    orgs = _orgs("The rally was led by Ana Ruiz, a member of the Green Sparrow & the Riverside Action Group.")
    assert {"Green Sparrow", "Riverside Action Group"} <= orgs


def test_a_name_said_to_be_a_group_is_a_body():
    assert "Paper Lantern Tour" in _orgs("The Paper Lantern Tour is a touring group of former strikers.")


def test_a_think_tank_and_a_committee_named_after_their_type_are_bodies():
    orgs = _orgs("The independent think tank Ardent estimated the cost. The action committee Women's Strike "
                 "is calling on pupils to join.")
    assert {"Ardent", "Women's Strike"} <= orgs


def test_a_party_name_after_a_minister_is_a_portfolio():
    assert "Labour" not in _orgs("Students blocked the office of the Minister of Labour on Monday.")


def test_roads_and_buildings_named_after_a_body_are_places():
    orgs = _orgs("Traffic on Kenyatta Road and College Way stopped. Students met at the State Government House.")
    assert not any("Way" in o or "Government" in o for o in orgs)


def test_plural_union_words_without_a_name_are_no_body():
    assert not any("Unions" in o for o in _orgs("The national union and affiliated Students' Unions joined."))


def test_an_office_after_an_acronym_is_no_campus():
    assert not any(o.startswith("USI ") for o in _orgs("USI Vice President Ana Ruiz spoke to the march."))


def test_a_branch_named_by_its_area_follows_its_unions_acronym():
    assert "UCU Midlands Region" in _orgs("The walkout was backed by UCU Midlands Region, which sent speakers.")


def test_an_acronym_led_name_ends_at_its_comma():
    assert "KLU Climate Action Group" in _orgs("Members of the KLU Climate Action Group, and others, marched.")


def test_a_committee_after_an_acronym_is_no_shouted_name():
    assert "PCS" in _orgs("Signed: Ana Ruiz, PCS NEC; Tom Berry, PCS NEC.")


def test_a_hashtag_naming_a_protest_is_no_campaign_group():
    assert "StopTheCuts" not in _orgs("Students joined the ongoing #StopTheCuts protest on Monday.")


def test_news_outlets_cited_as_sources_are_bodies():
    orgs = _orgs("On Sunday the Valley Post reported on the leak. According to Campus News, the president "
                 "said more. In a letter to the Guardian, six unions backed the march.")
    assert {"Valley Post", "Campus News", "Guardian"} <= orgs


def test_a_media_word_without_a_citing_verb_is_no_outlet():
    orgs = _orgs("The Morning Star rose over the camp as students packed up. Breaking News spread fast.")
    assert not orgs & {"Morning Star", "Breaking News"}


def test_a_source_credited_after_the_last_sentence_is_an_outlet():
    assert "Prairie Post" in _orgs("The tour starts at the university on Monday.\nThe tour ends on Friday. Prairie Post")


def test_a_branch_of_a_union_in_the_capital_keeps_its_area():
    assert "UCU London Region" in _orgs("The demonstration was called by UCU London Region on Monday.")


def test_a_month_word_inside_a_named_group_keeps_the_group():
    assert "Women's March" in _orgs("The political action committee Women's March has asked pupils to walk out.")


def _people(text: str) -> set[str]:
    return {p.name for p in extract(ReadDocument(text=text, format="txt")).people}


def test_a_school_named_without_its_head_word_is_no_person():
    text = ("Students at Cedar Ridge High School walked out on Monday. Teachers at Cedar Ridge "
            "said the protest was calm.")
    assert "Cedar Ridge" not in _people(text)


def test_a_newsroom_byline_is_no_person():
    assert "Valley Team" not in _people("By Valley Team\nStudents walked out of class on Monday over fees.")


def test_a_name_ending_in_high_is_a_high_school():
    orgs = _orgs("Ana Ruiz, a junior at Cedar Ridge High in Mesa, organised the rally.")
    assert "Cedar Ridge High" in orgs


def test_high_before_a_capitalised_word_is_not_that_shape():
    orgs = _orgs("Marchers passed the Old Town High Street and the High Court on Monday.")
    assert not any(o.endswith(" High") for o in orgs)


def test_schools_sharing_a_plural_head_are_each_a_school():
    orgs = _orgs("Pupils at Lakeside and Pine Hollow high schools walked out on Monday.")
    assert {"Lakeside High School", "Pine Hollow High School"} <= orgs


def test_a_town_opening_a_list_of_schools_is_no_school():
    orgs = _orgs("Pupils in central Tempe, Lakeside and Pine Hollow preparatory schools walked out.")
    assert "Tempe Preparatory School" not in orgs


def test_a_place_owning_a_named_body_is_not_part_of_its_name():
    orgs = _orgs("Ana Ruiz, a student of Pune's Tilak Vidyapeeth University, joined the march on Monday.")
    assert "Tilak Vidyapeeth University" in orgs
    assert not any(o.startswith("Pune") for o in orgs)


def test_a_possessive_that_is_part_of_a_name_stays():
    assert "King's College London" in _orgs("Students at King's College London walked out on Monday.")


def test_a_one_word_group_named_by_its_member_is_a_body():
    orgs = _orgs("Webb, also a Solidarity activist, spoke. Ember member Paul Howes spoke next.")
    assert {"Solidarity", "Ember"} <= orgs


def test_a_nationality_or_collective_before_member_is_no_group():
    orgs = _orgs("A Kenyan activist spoke, then a Cabinet member. Faculty member Paul Howes agreed.")
    assert not orgs & {"Kenyan", "Cabinet", "Faculty"}


def test_a_head_word_on_a_topic_is_one_body():
    orgs = _orgs("In July the National Council on Higher Education warned that fees could rise.")
    assert "National Council on Higher Education" in orgs


def test_a_town_before_and_a_school_is_not_part_of_the_school():
    orgs = _orgs("Pupils in central Tempe and Cedar Ridge High School walked out at 10 a.m.")
    assert "Cedar Ridge High School" in orgs
    assert not any(o.startswith("Tempe") for o in orgs)


def test_a_steering_committee_after_a_body_ends_its_name():
    orgs = _orgs("The letter was also signed by Ana Ruiz, a member of the Coalition of Defiance Steering Cttee "
                 "and a teacher in the city.")
    assert "Coalition of Defiance" in orgs


def test_a_hyphenated_acronym_defines_a_campaign_named_with_its_university():
    orgs = _orgs("Activists from UCL Stop the Hike (UCL-STH) will host a training weekend in May.")
    assert "UCL Stop the Hike" in orgs
    assert "UCL Stop" not in orgs


def test_a_day_owning_a_meeting_is_no_part_of_a_body():
    assert not any(o.startswith("Friday") for o in _orgs("The decision came after Friday's University Council meeting."))


def test_a_hashtag_naming_a_day_of_action_is_no_body():
    assert "ClimateStrike" not in _orgs("Come along to our Global #ClimateStrike on March 20.")


def test_a_school_named_x_elementary_is_a_school():
    assert "Smyth Elementary" in _orgs("Outside Smyth Elementary, a teacher said the strike was about the kids.")


def test_a_paper_whose_story_is_answered_is_an_outlet():
    assert "Daily Courier" in _orgs("In response to today's story in the Daily Courier, strikers issued a statement.")


def test_an_outlet_trying_to_reach_someone_is_cited():
    assert "Island News" in _orgs("The president resigned on Monday. Island News is attempting to reach him.")


def test_a_campaign_named_after_the_fees_it_fights_is_a_body():
    found = _found("The protest was organised by Campaign Against Rent Fees (CARF) on Monday.")
    assert [(o.name, o.acronym) for o in found] == [("Campaign Against Rent Fees", "CARF")]


def test_the_place_students_are_at_is_their_institution():
    orgs = _orgs("Students at Wexham took a room on Monday. Students at Dunmore university joined them.")
    assert {"Wexham", "Dunmore University"} <= orgs


def test_students_at_a_festival_or_a_person_name_no_institution():
    orgs = _orgs("Students at Christmas went home. Students at Anna's house stayed.")
    assert not orgs & {"Christmas", "Anna"}


def test_students_at_a_town_whose_union_is_named_add_no_body():
    orgs = _orgs("Students at Wexham have voted to stay. Wexham Students' Union said turnout was high.")
    assert "Wexham" not in orgs


def test_a_scheme_run_by_a_body_keeps_its_acronym():
    found = _found("Talks with employers over the Universities Pension Scheme (UPS) broke down last week.")
    assert ("Universities Pension Scheme", "UPS") in [(o.name, o.acronym) for o in found]
