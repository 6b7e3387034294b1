"""Generic rules for real pages: organisations by shape, people by name
shape, titles as phrases. Every example is written here."""

from timeline_app.core.extract import extract
from timeline_app.core.extract.title_phrases import phrase_title
from timeline_app.core.models import ReadDocument


def _extract(text: str):
    return extract(ReadDocument(text=text, format="txt"))


def _orgs(text: str) -> set[str]:
    return {o.name for o in _extract(text).organisations}


def test_a_union_branch_keeps_its_institution():
    assert "Northfield UCU" in _orgs("Staff in Northfield UCU voted to strike over pay last week.")


def test_a_union_local_keeps_its_number_but_a_year_is_no_local():
    names = _orgs("Members of ABCU 4417 walked out, and ABCU 2019 figures were cited.")
    assert "ABCU 4417" in names and "ABCU 2019" not in names


def test_a_hashtag_campaign_and_a_must_fall_name_are_organisations():
    names = _orgs("Students joined #FreeTuitionNow while Statue Must Fall activists marched.")
    assert {"FreeTuitionNow", "Statue Must Fall"} <= names


def test_a_group_against_something_keeps_its_first_word():
    assert "Parents Against Closures" in _orgs("The campaign Parents Against Closures held a rally.")


def test_a_shared_plural_head_names_each_university():
    names = _orgs("Staff from Riverton, Hillcrest and Lake Vale universities marched.")
    assert {"Riverton University", "Hillcrest University", "Lake Vale University"} <= names


def test_bare_towns_in_a_list_with_a_university_are_universities():
    names = _orgs("Occupations were held at the University of Bristol, Exeter, Bath and Plymouth.")
    assert {"University of Exeter", "University of Bath", "University of Plymouth"} <= names


def test_a_shouted_opening_word_and_a_caption_word_are_no_acronyms():
    names = _orgs("HUNDREDS of students marched through the town.\nPHOTO: a reader")
    assert "HUNDREDS" not in names and "PHOTO" not in names


def test_a_police_station_is_a_place_not_a_body():
    assert not any("Police" in n for n in _orgs("They marched to the Easton Police Station on foot."))


def test_a_name_shaped_as_a_name_is_a_person_without_a_role_cue():
    people = {p.name for p in _extract("The minister met students, and Margaret Okafor spoke to the crowd.").people}
    assert "Margaret Okafor" in people


def test_a_title_glued_to_a_name_is_not_part_of_it():
    people = {p.name for p in _extract("The protest was ended by Chancellor Peter Lindqvist on Monday.").people}
    assert people == {"Peter Lindqvist"}


def test_campaign_words_never_make_a_person():
    people = {p.name for p in _extract("Students say the Rent Strike will go on, and the Rent Strike grows.").people}
    assert not people


def test_a_long_title_ends_at_a_clause_boundary_after_a_verb():
    title = phrase_title("Students occupied the library on Monday morning, demanding that the university "
                         "cut its ties with arms companies")
    assert title == "Students occupied the library on Monday morning"


def test_an_opening_clause_is_dropped_from_a_long_title():
    title = phrase_title("Following a week of teach-ins and rallies across the campus, students voted "
                         "to occupy the main hall")
    assert title == "Students voted to occupy the main hall"


def test_a_title_without_a_boundary_never_ends_on_a_hanging_word():
    # (round 12: a sentence with a modifier after its verb now ends before it, whole:
    # "Thousands of school students marched"; this one has none to end before)
    title = phrase_title("Thousands of school students and their teachers marched the length of the capital's "
                         "longest avenue")
    assert len(title) <= 70 and title.endswith("…") and title.split()[-1].rstrip("…") not in ("the", "of", "to")
