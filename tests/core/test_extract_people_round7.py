"""People named the way pages from Kenya, the Philippines, Chile and Hong
Kong name them (round 7 of issue 16): an apostrophe inside a Kikuyu
surname, an abbreviated office before the name, a dictator or a figure as
a role, a four-word Hong Kong name, a list after plural school years; and
what is never a person: a clause word glued to a name, a group's name
ending in "Youth", a district ending in "Side"."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}


def test_an_apostrophe_inside_a_surname_keeps_the_whole_name():
    people = _people("“We cannot pay,” said Wanjiru Kamau’s classmate Peter Ng’ang’a, a law student, on Monday.")
    assert "Peter Ng’ang’a" in people
    assert "Peter Ng" not in people


def test_a_possessive_is_still_no_part_of_the_name():
    people = _people("Union organiser Tom Baxter's speech opened the rally.")
    assert "Tom Baxter" in people


def test_an_abbreviated_office_does_not_end_the_sentence_before_the_name():
    people = _people("Youth Bloc Rep. Mara Quilang criticised the plan in a statement.")
    assert "Mara Quilang" in people


def test_a_dictator_and_a_figure_are_roles():
    people = _people("The system dates from the rule of ex-dictator Tomas Arrieta. "
                     "The march was joined by Ines Maldonado, the best-known figure of the movement.")
    assert {"Tomas Arrieta", "Ines Maldonado"} <= set(people)


def test_a_hong_kong_name_of_four_words_after_a_role():
    people = _people("Pupils at the school, where the city's leader Gloria Tam Wing Suk-man studied, walked out.")
    assert "Gloria Tam Wing Suk-man" in people


def test_a_list_after_plural_school_years_is_a_list_of_people():
    people = _people("Seniors Kayla Brooks and Tiernan Voss along with juniors Lucy Hart and Ava Moreno planned it.")
    assert {"Kayla Brooks", "Tiernan Voss", "Lucy Hart", "Ava Moreno"} <= set(people)


def test_a_clause_word_glued_to_a_name_is_left_out():
    people = _people("But Kwanele Mthembu, the deputy secretary of the union, told the panel that fees must fall.")
    assert "Kwanele Mthembu" in people
    assert "But Kwanele Mthembu" not in people


def test_a_group_ending_in_youth_and_a_district_ending_in_side_are_no_people():
    people = _people("Women's group Martha Youth said it would join. At a school on the near West Side, "
                     "art teacher Joe Pinto said classes had stopped. The Youth Bloc Against Hunger, Campus Workers "
                     "Union, marched too.")
    assert not {"Martha Youth", "West Side", "Bloc Against Hunger"} & set(people)
    assert "Joe Pinto" in people


def test_every_name_of_a_semicolon_parted_signatory_line_is_a_person():
    text = ("We stand with the students.\n\nSigned:\n\n"
            "Dr Helen Marsh; Odile Ferrand MP; Tiago Brennan QC; Rhiannon Pask, UCU NEC; "
            "Yusra Halloran Chair Northern Tenants Network\n")
    people = _people(text)
    assert {"Helen Marsh", "Odile Ferrand", "Tiago Brennan", "Rhiannon Pask", "Yusra Halloran"} <= set(people)
    assert people["Tiago Brennan"] is None  # "MP;" is the item before's, not this name's office


def test_a_semicolon_parted_line_without_a_known_person_names_nobody():
    people = _people("Venue: Abbey Hall; Bring: Water Bottles; Contact: Front Desk\n")
    assert not people


def test_a_quoted_nickname_inside_a_name_after_an_office():
    people = _people('Masks showed Interior Secretary Lito Sarmiento and Police Chief Ramon "Tikboy" De Vera.')
    assert 'Ramon "Tikboy" De Vera' in people


def test_who_right_after_a_name_marks_a_person_and_reports_is_a_speech_verb():
    people = _people("They marched for justice for Tendai Moyo who died in custody. "
                     "In Perth, Ngaire Colquhoun reports, hundreds joined the rally.")
    assert {"Tendai Moyo", "Ngaire Colquhoun"} <= set(people)


def test_a_newspaper_that_reports_is_no_person():
    people = _people("The strike went ahead on Monday, the Western Examiner reports, with pickets at every gate. "
                     "Arrests followed, Human Rights Watch reported, and the march went on, Business Insider reported.")
    assert not people


def test_latin_american_and_arabic_given_names_open_a_name_without_a_cue():
    people = _people("The march was led through the square by students and Ximena Urrutia, and later Hisham Qandil spoke.")
    assert {"Ximena Urrutia", "Hisham Qandil"} <= set(people)


def test_an_age_in_brackets_a_class_year_and_a_picture_pointer_mark_a_person():
    people = _people("The occupation was joined by Tamsin Oduya (19), by Brecken Hollis ’21 and by "
                     "Quillon Mbatha (pictured), who spoke first.")
    assert {"Tamsin Oduya", "Brecken Hollis", "Quillon Mbatha"} <= set(people)


def test_nigerian_and_military_titles_are_no_part_of_a_name():
    people = _people("The rally was addressed by Alhaji Sule Garba and Engr. Chuka Obiora said fees must fall.")
    assert people.get("Sule Garba") == "Alhaji"
    assert not {"Alhaji Sule Garba", "Engr Chuka Obiora"} & set(people)


def test_who_after_a_group_whose_name_lost_a_word_marks_nobody():
    people = _people("The Green New Deal Rising who joined the march were thanked.")
    assert not people
