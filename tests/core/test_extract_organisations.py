"""Organisations and people: definitions, aliases, and what is not a name."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _extract(text: str, aliases=None):
    return extract(ReadDocument(text=text, format="txt"), aliases)


def test_acronym_definition_makes_possessive_acronyms_the_same_organisation():
    result = _extract(
        "The National Union of Students (NUS) met today. The NUS’ board and NUS’s officers "
        "agreed, and NUS' president spoke."
    )
    assert [(o.name, o.acronym) for o in result.organisations] == [("National Union of Students", "NUS")]


def test_undefined_acronym_stays_an_acronym_unless_the_user_aliased_it():
    text = "The NUS is calling on students to walk out."
    assert [o.name for o in _extract(text).organisations] == ["NUS"]
    aliased = _extract(text, {"nus": "National Union of Students"})
    assert [o.name for o in aliased.organisations] == ["National Union of Students"]
    main = next(e for e in aliased.events if e.main)
    assert main.organisations == ("National Union of Students",)


def test_students_union_is_not_merged_into_its_university():
    result = _extract(
        "The campaign began between the University of Sheffield's Students' Union and the "
        "University of Sheffield. Later the Students' Union at the University of Sheffield said more."
    )
    assert sorted(o.name for o in result.organisations) == [
        "University of Sheffield", "University of Sheffield's Students' Union"
    ]


def test_photo_credits_headings_and_sentence_starts_are_not_organisations():
    result = _extract(
        "Students Walk Out Of University In Protest Of Cuts\n\n"
        "SAUL LOEB via Getty Images\n"
        "Students outside the building.\n\n"
        "Thousands of students took part. University staff joined them."
    )
    assert result.organisations == ()
    assert result.people == ()


def test_two_universities_joined_by_and_are_two_organisations():
    result = _extract("Lecturers at the University of Leeds and Leeds Beckett University went on strike.")
    assert [o.name for o in result.organisations] == ["University of Leeds", "Leeds Beckett University"]


def test_people_keep_roles_stated_before_or_after_their_name():
    result = _extract(
        "UCU general secretary Sally Hunt said the strike would go ahead.\n"
        "Antonia Listrat, Guild President at the University of Birmingham Guild of Students:\n"
        "We will push for disaffiliation."
    )
    roles = {p.name: p.role for p in result.people}
    assert roles == {
        "Sally Hunt": "UCU general secretary",
        "Antonia Listrat": "Guild President at the University of Birmingham Guild of Students",
    }


def test_names_mentioned_in_passing_are_not_people():
    result = _extract("Donald Trump signed an order after Theresa May invited him.")
    assert result.people == ()


def test_person_alias_gives_the_canonical_name():
    result = _extract("Organiser Matt Carr told reporters it would go ahead.", {"matt carr": "Matthew Carr"})
    assert [p.name for p in result.people] == ["Matthew Carr"]


def test_shouted_heading_words_are_not_acronyms():
    result = _extract(
        "DEMO 2012: EDUCATE, EMPOWER, EMPLOY\n\n"
        "The National Union of Students (NUS) national demonstration will take place in London."
    )
    assert [o.name for o in result.organisations] == ["National Union of Students"]


def test_wire_dateline_place_is_not_an_organisation():
    result = _extract("WASHINGTON — Several hundred students rallied outside the court.")
    assert result.organisations == ()


def test_bodies_without_an_organisational_word_are_found_from_their_context():
    result = _extract(
        "The strike was coordinated by Bristol Cut the Rent. Reclaim These Streets, the group "
        "organising the vigil, said it would appeal. The cleaners are supported by their union Unison."
    )
    assert [o.name for o in result.organisations] == ["Bristol Cut the Rent", "Reclaim These Streets", "Unison"]


def test_a_persons_title_and_a_union_officer_role_do_not_make_an_organisation():
    result = _extract(
        "It capitulated to the witch hunt of Muslim President Shaima Dallali, the anti-Zionist student movement said. "
        "\"We need change,\" says Kate Bell, the union's women's officer."
    )
    assert result.organisations == ()


def test_acronym_with_an_all_capitals_word_in_its_name_is_defined():
    result = _extract("The strikes were coordinated by the UK Student Climate Network (UKSCN).")
    assert [(o.name, o.acronym) for o in result.organisations] == [("UK Student Climate Network", "UKSCN")]


def test_regional_branch_acronym_is_the_branch_not_the_parent():
    result = _extract(
        "Students will walk out, NUS Scotland has announced. National Union of Students Scotland "
        "president Ellie Gomersall said it was needed."
    )
    assert [o.name for o in result.organisations] == ["National Union of Students Scotland"]
