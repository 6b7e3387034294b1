"""Round 39 (issue 16), from real pages: an office after a name that holds an abbreviation's full stop, a name
given whole once and by its opening words after, a given name that is also a day opening a caption, a
generation written as an ordinal, a union's branch after an office of it, streets written short, the note of
where a page first appeared, a counted day closed by "yesterday" or a weekday, acronyms with small letters
and the members' bodies named after a definition, ministries named by their field, a broadcast's name,
buildings defined with an acronym, and "Platform" as a body's head word. Each rule has guards: the same words
where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text

# -- an office with an abbreviation ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“We are ready to bargain,” Kea Holm, a third-year Ph.D. candidate on the Westbrook committee, wrote.",
    "“The talks have stalled,” Kea Holm, a second-year M.A. student, said on Monday.",
])
def test_an_office_after_a_name_may_hold_an_abbreviation(text):
    assert person_names(text) == ["Kea Holm"]


def test_a_description_with_no_office_still_marks_no_person():
    assert person_names("“We marched,” Westbrook Rovers, a club with a long history, said on Monday.") == []


# -- a name given whole, then by its opening words ------------------------------------------------------------

@pytest.mark.parametrize(("text", "person"), [
    ("Alumni president Datuk Mira Holm Tane told reporters the petition would go on. “We will deliver it,” "
     "said Mira Holm.", "Mira Holm Tane"),
    ("Convenor Jo Arlen Kea-ting called on residents to join. Later, Jo Arlen said the boycott would go on.",
     "Jo Arlen Kea-ting"),
])
def test_a_name_s_opening_words_are_the_person_named_in_full(text, person):
    assert person_names(text) == [person]


# -- a given name that is also a day ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "From Left: Sunday Okoro, 1st deputy president TUC, Musa Bello, Secretary General TUC",
    "Sunday Okoro, deputy president of the Harbourton Union, said the strike would go on.",
])
def test_a_day_opening_a_caption_before_an_office_is_a_given_name(text):
    assert "Sunday Okoro" in person_names(text)


@pytest.mark.parametrize("text", [
    "Sunday March, the big day, came and went without a strike.",
    "Friday Prayers, held at the mosque, ended before the march.",
])
def test_a_day_before_a_comma_is_still_no_given_name(text):
    assert person_names(text) == []


# -- a generation as an ordinal -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Benigno Aquino 3rd said the walkout was illegal.",
    "The students thanked Benigno Aquino 3rd, the president.",
])
def test_a_generation_written_as_an_ordinal_is_part_of_the_name(text):
    assert person_names(text) == ["Benigno Aquino 3rd"]


def test_an_ordinal_of_a_row_or_a_year_is_no_generation():
    assert "Kea Holm 2nd" not in person_names("Kea Holm 2nd from left, said the strike would go on.")


# -- a union's branch after an office of it -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mira Tane, President of CUPE Ontario, said the walkout would go ahead.",
    "The walkout was backed by Mira Tane, President of CUPE Ontario\n\nStudents marched on Monday.",
])
def test_an_acronym_and_a_province_after_an_office_of_it_are_the_branch(text):
    assert "CUPE Ontario" in organisation_names(text)


def test_an_acronym_and_a_state_with_no_mark_of_a_branch_stay_apart():
    assert "NASA Florida" not in organisation_names("The launch of NASA Florida rockets was delayed by the strike.")


# -- streets written short ------------------------------------------------------------------------------------

def test_a_street_written_short_is_no_person_and_no_body():
    text = ("The students marched along Harbourton College Ave. and then down St. Catherine Ave. to the "
            "campus on Monday.")
    result = read_text(text)
    assert [p.name for p in result.people] == []
    assert "Harbourton College Ave" not in [o.name for o in result.organisations]


# -- where a page first appeared ----------------------------------------------------------------------------------

_APPEARED = ("Students stay put in the Senate House\n\nNOTE: Article first appeared in The Westbrook Citizen "
             "newspaper on April 4, 2014.\n\n")


def test_a_note_of_where_a_page_first_appeared_dates_the_page():
    text = _APPEARED + "Students of the Westbrook branch on Wednesday occupied the vice-chancellor's office."
    result = read_text(text)
    assert result.published == "2014-04-04"
    assert result.events[0].start == "2014-04-02"


def test_a_note_that_goes_on_with_the_story_is_no_page_line():
    text = ("Students stay put\n\nNote: the occupation appeared in the news on April 4, 2014, and students "
            "stayed on.\n\nStudents occupied the office.")
    assert read_text(text).published != "2014-04-04"


# -- a counted day closed by "yesterday" or a weekday ------------------------------------------------------------

_DATED = "Friday, 4 April 2014\n\nStudents occupy Senate House\n\n"


@pytest.mark.parametrize(("text", "start"), [
    (_DATED + "Students went into their second day of occupation on the top floor of the Westbrook building "
     "yesterday.", "2014-04-02"),
    (_DATED + "Students went into their second day of occupation on Wednesday.", "2014-04-01"),
])
def test_a_count_closed_by_yesterday_or_a_weekday_counts_back_from_it(text, start):
    assert read_text(text).events[0].start == start


@pytest.mark.parametrize(("text", "start"), [
    (_DATED + "Students went into their second day of occupation of the library, and the dean met them "
     "yesterday.", "2014-04-03"),
    (_DATED + "Students went into their second day of occupation of the library since Wednesday.", "2014-04-03"),
])
def test_a_day_in_another_clause_or_the_day_it_began_is_not_counted_to(text, start):
    assert read_text(text).events[0].start == start


# -- acronyms with small letters, and the members' bodies after a definition -----------------------------------

def test_an_acronym_with_small_letters_defines_the_body_its_capitals_spell():
    text = ("The Universiti Teknologi Harbourton (UiTH) Alumni Association (PAUiTH) has garnered 10,000 "
            "signatures for its petition.")
    assert organisation_names(text) == ["Universiti Teknologi Harbourton",
                                        "Universiti Teknologi Harbourton Alumni Association"]


def test_a_students_union_after_a_definition_is_the_university_s_union():
    text = "The Lakeland State University (LSU) Students Union called a protest on Monday."
    assert organisation_names(text) == ["Lakeland State University", "Lakeland State University Students Union"]


def test_a_word_in_brackets_still_defines_no_body_without_a_head_word():
    assert organisation_names("Students marched from the Westbrook Lawn (Park) to the hall on Monday.") == []


# -- ministries named by their field -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "ministry"), [
    ("Striking nurses were warned of dismissal by the Health ministry.", "Health ministry"),
    ("The Education ministry said teachers who strike will lose a day's pay.", "Education ministry"),
    ("Unions rejected the Labour ministry’s offer on Monday.", "Labour ministry"),
])
def test_a_field_before_ministry_in_small_letters_names_the_ministry(text, ministry):
    assert ministry in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Nurses rejected the Ostland ministry plan on Monday.",
    "Teachers marched against the Education ministry-backed plan on Monday.",
])
def test_other_words_before_ministry_name_no_ministry(text):
    assert organisation_names(text) == []


# -- a broadcast's name, a building's acronym, "Platform" -------------------------------------------------------

def test_a_broadcast_s_name_is_no_person():
    assert person_names("Speaking on the Dan Breakfast Show, Mira Tane said the strike goes on.") == ["Mira Tane"]


def test_a_building_defined_with_an_acronym_is_no_body():
    text = "Students overturned election tables outside the Westbrook Sciences Building (WSB) on Monday."
    assert organisation_names(text) == []


def test_a_platform_of_unions_is_a_body():
    text = "The Joint Platform of Lakeland Trade Unions called a general strike for Monday."
    assert organisation_names(text) == ["Joint Platform of Lakeland Trade Unions"]
