"""Round 39 (issue 16), from real pages: an office after a name that holds an abbreviation's full stop, a given
name that is also a day opening a caption, a generation written as an ordinal, a union's branch after an office
of it, streets written short, the note of where a page first appeared, acronyms with small letters and the
members' bodies named after a definition, ministries named by their field, a broadcast's name, and buildings
defined with an acronym. Each rule has guards: the same words where they say something else, many of them from two
reviews of invented probes."""

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


@pytest.mark.parametrize("text", [
    "“We marched,” Westbrook Rovers, a club with a long history, said on Monday.",
    "Harbourton Rovers, a club who sacked their manager last year, backed the strike on Monday.",
    "Lakeland Quay, a market and meeting place of union leaders, was closed during the strike.",
    "Harbourton Rovers, a 3rd-tier U.K. club whose president backed the walkout, said it would help.",
])
def test_a_description_with_no_office_before_its_stop_still_marks_no_person(text):
    assert person_names(text) == []


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
    "Sunday Mass, said by the bishop, was followed by a protest march.",
    "Sunday Ledger, editor Mira Tane wrote, backs the strike.",
    "Sunday Harbourton, a regional weekly whose editor backs the union, said the strike goes on.",
    "Sunday Ledger, the paper's editor said, would back the strike.",
    "Sunday Shift, steward rota for the Westbrook picket line.",
    "Friday Column, president's view on the Lakeland strike.",
    "Friday Deadline, president and secretary to meet the board.",
])
def test_a_day_before_a_comma_is_still_no_given_name(text):
    assert not any(name.startswith(("Sunday", "Friday")) for name in person_names(text))


# -- a generation as an ordinal -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Benigno Aquino 3rd said the walkout was illegal.",
    "The students thanked Benigno Aquino 3rd, the president.",
])
def test_a_generation_written_as_an_ordinal_is_part_of_the_name(text):
    assert person_names(text) == ["Benigno Aquino 3rd"]


@pytest.mark.parametrize("text", [
    "Union president Kea Holm 2nd from left, Mira Tane 3rd from left, at the rally on Monday.",
    "Results of the branch ballot: Kea Holm 1st, Mira Tane 2nd, Jo Arlen 3rd.",
    "Posted by Kea Holm 3rd March 2024\n\nNurses walked out on Monday.",
    "Secretary Mira Tane 2nd, March 2024: the strike goes on.",
    "By Kea Holm 2nd.\nMay 2024\n\nNurses walked out on Monday.",
    "Union steward Mira Tane 3rd shift workers walked out on Monday.",
    "Steward Kea Holm 2nd and steward Mira Tane 4th were elected to the strike committee.",
    "The rankings put organiser Mira Tane 2nd, behind convenor Jo Arlen, in the strike ballot.",
    "Comment by steward Kea Holm 3rd: Jan 2024\n\nNurses walked out on Monday.",
])
def test_an_ordinal_of_a_row_a_placing_a_date_or_a_shift_is_no_generation(text):
    assert not any(name.endswith(("2nd", "3rd")) for name in person_names(text))


# -- a union's branch after an office of it -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mira Tane, President of CUPE Ontario, said the walkout would go ahead.",
    "The walkout was backed by Mira Tane, President of CUPE Ontario\n\nStudents marched on Monday.",
])
def test_an_acronym_and_a_province_after_an_office_of_it_are_the_branch(text):
    assert "CUPE Ontario" in organisation_names(text)


@pytest.mark.parametrize("text", [
    "The launch of NASA Florida rockets was delayed by the strike.",
    "Kea Holm, director of NASA Florida operations, said the strike was over.",
    "The director of the OBI Texas was at the rally on Monday.",
])
def test_an_acronym_and_a_state_with_no_mark_of_a_branch_stay_apart(text):
    assert "NASA Florida" not in organisation_names(text)


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


@pytest.mark.parametrize("text", [
    "Students stay put\n\nNote: the occupation appeared in the news on April 4, 2014, and students stayed on."
    "\n\nStudents occupied the office.",
    "Harbourton Herald, 10 March 2014\n\nNote: report appeared on Radio Lakeland on 4 April 2014 that the strike "
    "was off\n\nNurses walked out yesterday.",
    "Dockers walk out\n\nNote: Article first appeared in the Arlen Courier, which strikers shut down on 4 April 2014."
    "\n\nDockers walked out.",
    "Dockers walk out\n\nThis story first appeared in the Courier's special edition on the strike of 4 April 2014."
    "\n\nDockers walked out.",
    "Dockers walk out\n\nThis story first appeared in the Courier after the ballot on 4 April 2014.\n\nDockers "
    "walked out.",
])
def test_a_note_of_another_report_or_going_on_with_the_story_does_not_date_the_page(text):
    assert read_text(text).published != "2014-04-04"


def test_a_note_of_first_appearance_with_two_dates_keeps_the_page_s_own():
    text = ("Strike goes on\n\nThis article first appeared in the Westbrook Courier on 10 March 2014, a week after the "
            "strike of 3 March 2014.\n\nWorkers marched.")
    assert read_text(text).published == "2014-03-10"


# -- acronyms with small letters, and the members' bodies after a definition -----------------------------------

def test_an_acronym_with_small_letters_defines_the_body_its_capitals_spell():
    text = ("The Universiti Teknologi Harbourton (UiTH) Alumni Association (PAUiTH) has garnered 10,000 "
            "signatures for its petition.")
    assert organisation_names(text) == ["Universiti Teknologi Harbourton",
                                        "Universiti Teknologi Harbourton Alumni Association"]


def test_a_students_union_after_a_definition_is_the_university_s_union():
    text = "The Lakeland State University (LSU) Students Union called a protest on Monday."
    assert organisation_names(text) == ["Lakeland State University", "Lakeland State University Students Union"]


@pytest.mark.parametrize("text", [
    "Students marched from the Westbrook Lawn (Park) to the hall on Monday.",
    "Unions called a Cost of Living Crisis (CoLC) day of action on Monday.",
    "Staff passed a Motion of No Confidence (MoNC) in the principal on Monday.",
])
def test_a_word_or_a_small_lettered_acronym_in_brackets_defines_no_body_without_a_head_word(text):
    assert organisation_names(text) == []


@pytest.mark.parametrize(("text", "bodies"), [
    ("The Lakeland Council Cost of Living Payment (LCCoLP) was cut on Monday, and staff walked out.",
     ["Lakeland Council"]),
    ("The Westbrook University Code of Conduct (WUCoC) bans the strike, staff were told on Monday.",
     ["Westbrook University"]),
])
def test_a_small_lettered_acronym_defines_no_name_that_only_opens_with_a_body(text, bodies):
    assert organisation_names(text) == bodies


def test_a_members_body_named_again_by_its_acronym_is_one_body():
    text = ("Harbourton University (HU) Students Union called a walkout. The HU Students Union has 4,000 members, "
            "and they marched on Monday.")
    assert organisation_names(text) == ["Harbourton University", "Harbourton University Students Union"]


@pytest.mark.parametrize("text", [
    "The Lakeland State University (LSU) Students Union (sic) called a protest on Monday.",
    "The Lakeland State University (LSU) Students Union (UK) called a protest on Monday.",
])
def test_a_word_in_brackets_after_a_members_body_is_not_its_acronym(text):
    result = read_text(text)
    union = [o for o in result.organisations if o.name.endswith("Students Union")]
    assert [o.acronym for o in union] == [None]


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
    "Under the Westbrook Labour ministry of the 1960s, dockers struck twice.",
    "The Shadow Health ministry team met striking nurses on Monday.",
    "The Sports ministry at Harbourton Baptist Church runs a league for the strikers' children.",
    "The Labour ministry fell in 1931, after the dockers' strike.",
    "Nurses met at the Health ministry at Westbrook Gospel Tabernacle before the strike.",
    "The Labour ministry that took office after the general strike lasted only nine months.",
])
def test_other_words_before_ministry_name_no_ministry(text):
    assert not any(name.lower().endswith("ministry") for name in organisation_names(text))


@pytest.mark.parametrize(("text", "ministry"), [
    ("The Ministry of Health said nurses must return. The Health ministry also warned them on Monday.",
     "Ministry of Health"),
    ("The Ministry of Public Health said nurses must return. The Health ministry also warned them on Monday.",
     "Ministry of Public Health"),
])
def test_a_ministry_named_with_capitals_too_is_one_body(text, ministry):
    assert organisation_names(text) == [ministry]


# -- a broadcast's name, a building's acronym ------------------------------------------------------------------

def test_a_broadcast_s_name_is_no_person():
    assert person_names("Speaking on the Dan Breakfast Show, Mira Tane said the strike goes on.") == ["Mira Tane"]


def test_a_building_defined_with_an_acronym_is_no_body():
    text = "Students overturned election tables outside the Westbrook Sciences Building (WSB) on Monday."
    assert organisation_names(text) == []


@pytest.mark.parametrize(("text", "body"), [
    ("Harbourton Peace Building (HPB), a charity, backed the strike.", "Harbourton Peace Building"),
    ("Workers at Ostland Buildings (OB), the construction firm, struck on Monday.", "Ostland Buildings"),
])
def test_peace_building_or_a_firm_called_buildings_is_a_body(text, body):
    assert organisation_names(text) == [body]
