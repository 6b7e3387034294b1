"""Round 36 (issue 16), from real pages: a weekday a body's name runs into,
a paper named by a Spanish article, five initials and a particle before a
surname, and an action counted "for a third day" to the day its sentence
names.
Each rule has guards: the same words where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text
from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _events(text: str, published: str | None = None):
    return extract(ReadDocument(text=text, format="txt", published=published)).events


@pytest.mark.parametrize("day", ["Wednesday", "Friday"])
def test_a_weekday_after_a_body_is_no_part_of_its_name(day):
    text = f"Teachers blocked the gates of the Harbourton Institute for Public Education {day}, and police watched."
    assert organisation_names(text) == ["Harbourton Institute for Public Education"]


def test_a_paper_on_sunday_keeps_its_day_out_of_any_body():
    text = "The Lakeland Nurses Union said on Sunday that wards would close, the Westbrook Mail on Sunday reported."
    assert "Lakeland Nurses Union" in organisation_names(text)
    assert not any(name.endswith("Sunday") for name in organisation_names(text))


@pytest.mark.parametrize(("sentence", "paper"), [
    ("Students marched through Ostland City on Thursday, and 12 were arrested, according to La Gaceta.", "La Gaceta"),
    ("Students marched through Ostland City on Thursday, and 12 were arrested, according to El Heraldo.", "El Heraldo"),
    ("Protesters rallied in Ostland City on Monday in support of Al Jazeera journalists held since June.",
     "Al Jazeera"),
])
def test_a_paper_named_by_an_article_is_no_person(sentence, paper):
    assert paper not in person_names(sentence)


def test_a_person_whose_given_name_is_an_article_word_stays_a_person():
    text = "Teachers walked out on Monday. La Verne Simms, president of the Lakeland Teachers Union, led them."
    assert "La Verne Simms" in person_names(text)


@pytest.mark.parametrize("name", ["A.B.C.D. Weerasena", "K. L. M. N. Ratnayake", "W.A. de Vaz", "R.M.P. da Costa"])
def test_long_initials_and_a_particle_before_a_surname_make_a_name(name):
    text = f"The secretary of the Ostland Teachers Union, {name}, said the strike would go on."
    assert name in person_names(text)


def test_a_count_for_a_third_day_dates_the_action_from_the_day_it_names():
    text = "Nurses at Harbourton General stayed off the wards for a third day on Tuesday over unpaid overtime."
    events = _events(text, "2019-05-15")  # a Wednesday: Tuesday the 14th is the third day
    assert (events[0].start, events[0].precision) == ("2019-05-12", "day")
    assert [event.start for event in events].count("2019-05-14") == 0  # the day counted to is no second event


def test_a_count_after_its_weekday_counts_back_from_that_day():
    text = ("date 2020-02-08\nStudents of Westbrook College on Friday continued their sit-in at the "
            "registry for the second day, calling for the fee rise to be dropped.")
    assert _events(text)[0].start == "2020-02-06"


def test_a_count_with_no_day_named_counts_back_from_the_page():
    text = "Farmers blocked the Lakeland ring road for the third consecutive day, demanding fair milk prices."
    assert _events(text, "2021-03-10")[0].start == "2021-03-08"


def test_a_count_in_a_sentence_dated_some_other_way_is_no_count_of_today():
    text = "Farmers blocked the Lakeland ring road in March 2019 for the third consecutive day, the report recalls."
    assert _events(text, "2021-03-10")[0].start != "2021-03-08"


def test_the_nth_day_of_something_else_is_no_count():
    text = "Teachers will strike on Friday. Delegates met for the second day of the union conference."
    assert _events(text, "2021-03-10")[0].start == "2021-03-12"


def _kind(text: str) -> str:
    return read_text(text).events[0].kind


def test_students_who_occupy_a_venue_stage_an_occupation():
    text = ("Harbourton Students Storm University Council Meeting\n26 OCT 2015 13:29\nOSTLAND NEWS AGENCY\n"
            "Students occupied the venue at Harbourton University that was to set a date for exams, while protests "
            "went on at other campuses in Ostland.\n"
            "A council meeting in Harbourton was adjourned after protesting students took part.\n"
            "Lakeland stays shut as #FeesDown protests continue\n"
            "The protests have spread to five campuses, and the protest leaders say the protests will go on.\n")
    assert _kind(text) == "occupation"


def test_a_rally_outside_a_meeting_is_no_occupation():
    text = "Students rallied outside the council meeting at Harbourton University on Monday over fees."
    assert _kind(text) == "protest"


def test_blockades_set_up_by_striking_teachers_are_the_protest_reported():
    text = ("Teachers of the Ostland union block access to a fuel depot in Harbourton.\n\n"
            "Striking teachers set up more blockades on Thursday, as their strike over the reform went on. "
            "The strike has lasted 40 days, and union leaders vow to keep striking.\n")
    assert _kind(text) == "protest"


@pytest.mark.parametrize("name", ["Harbourton Chhatra Andolon", "Ostland Muktijoddha Sontan Sangsad",
                                  "Lakeland Krishak Samity"])
def test_bodies_named_by_bengali_head_words(name):
    assert name in organisation_names(f"Members of the {name} blocked the road to the capital on Monday.")


def test_a_petition_page_names_its_starter_and_whom_it_petitions():
    text = ("Petitioning Maria Castellano, Tom Oduya\n\nStop the closure of Harbourton library!\n\n"
            "Petition by Anna Verhoeven\nHarbourton, Ostland\n\nSign now\n")
    assert {"Maria Castellano", "Anna Verhoeven"} <= set(person_names(text))


def test_petitioning_is_no_part_of_a_body_petitioned():
    text = "Petitioning Harbourton Council: Stop the closure of Harbourton library!"
    assert organisation_names(text) == ["Harbourton Council"]


@pytest.mark.parametrize("phrase", ["Conditions of Service", "Terms of Service"])
def test_terms_of_service_name_no_body(phrase):
    text = f"Nurses of the Lakeland Nurses Union struck on Monday over the {phrase} for health workers."
    assert phrase not in organisation_names(text)


def test_an_officer_commanding_a_town_is_no_person():
    text = "Riot police ran through the streets on orders of their Officer Commanding Harbourton, who stood by."
    assert not any(name.startswith("Commanding") for name in person_names(text))


def test_a_ministry_and_its_minister_with_an_unlisted_given_name_are_two():
    text = "Teachers stayed home on Monday. There was no word from the Ministry of Education and Minister Ysolde Varga."
    assert "Ministry of Education" in organisation_names(text)
    assert "Ysolde Varga" in person_names(text)


@pytest.mark.parametrize("name", ["Harbourton Alliance for Free Sunday", "Westbrook Committee for Good Friday",
                                  "Ostland Campaign for Car-Free Sunday"])
def test_a_named_day_ending_a_body_stays_in_its_name(name):
    assert name in organisation_names(f"Campaigners from the {name} held a rally on Tuesday.")


@pytest.mark.parametrize(("sentence", "person"), [
    ("Dr El Fassi, president of the Lakeland Doctors Union, said the strike would go ahead on Friday.", "El Fassi"),
    ("Councillor La Torre, who chairs the Westbrook housing committee, joined the protest on Tuesday.", "La Torre"),
    ("Mr La Rosa, the union's treasurer, told reporters the vote was 90 per cent in favour on Tuesday.", "La Rosa"),
    ('"The strike is legal," El Masri, the union\'s lawyer, told reporters on Tuesday.', "El Masri"),
])
def test_a_surname_opening_with_an_article_stays_a_person_with_a_title_or_a_role(sentence, person):
    assert person in person_names(sentence)


def test_glued_initials_are_never_cut_at_the_front():
    names = person_names("The secretary, A.B.C.D.E.F. Voss, said the strike would go on.")
    assert not [name for name in names if name.endswith("Voss") and not name.startswith("A.")]


@pytest.mark.parametrize("sentence", [
    "Nurses at Lakeland General plan to strike for a second day on Thursday.",
    "Nurses at Lakeland General are set to strike for a second day on Thursday, the union said.",
    "Cleaners at Arlen station are expected to walk out for a second day on Thursday.",
])
def test_a_planned_count_is_no_count_back_from_a_day_to_come(sentence):
    assert _events(sentence, "2024-03-06")[0].start == "2024-03-07"


@pytest.mark.parametrize(("sentence", "first_day"), [
    ("The strike by Ostland bus drivers, which began on Monday, continued for a third day.", "2024-03-04"),
    ("Bus drivers in Westbrook have been on strike since Monday and stayed off the roads for a third day.",
     "2024-03-04"),
    ("Nurses, who met ministers on Monday, stayed off the wards for the second day.", "2024-03-05"),
    ("The strike continued for a third day, the Westbrook Mail on Sunday reported.", "2024-03-04"),
    ("For the second day, hundreds of students blocked the gates of Arlen University on Tuesday.", "2024-03-04"),
])
def test_a_count_runs_to_a_weekday_of_its_own_clause_only(sentence, first_day):
    assert _events(sentence, "2024-03-06")[0].start == first_day


@pytest.mark.parametrize("sentence", [
    "Rail workers in Lakeland walked out on Tuesday for a third day in two weeks.",
    "The union is pushing for a second day off each week, and members walked out on Tuesday.",
    "Rail workers in Lakeland walked out for a second day this month on Tuesday.",
    '"Nobody can stand out here for a fifth day," said a picket, as the strike began on Tuesday.',
    "Protesters gathered outside parliament on Tuesday. The building has been closed for a third day.",
])
def test_a_day_that_counts_no_run_of_an_action_is_no_count(sentence):
    assert _events(sentence, "2024-03-06")[0].start == "2024-03-05"


@pytest.mark.parametrize(("text", "kind"), [
    ("Police seized the premises of the Harbourton Students Union on Monday and arrested four activists.", "other"),
    ("Police set up blockades on the road to Harbourton on Monday as striking miners tried to reach the capital. "
     "The miners' strike is in its second week.", "strike"),
    ("The navy set up a blockade of the port of Arlen on Monday, and shipping firms sent their ships elsewhere.",
     "other"),
    ("Farmers clashed with police and set up new blockades on the Lakeland ring road on Monday.", "protest"),
    ("After a storm flooded the venue on Friday, students rallied in Westbrook Square on Saturday against the fee "
     "rise.", "protest"),
    ("Police said the man refused to leave the premises and was arrested on Monday.", "other"),
    ("Workers at the Lakeland bottling plant refused to leave company premises on Wednesday to press for unpaid "
     "wages.", "occupation"),
])
def test_blockades_and_places_held_are_protesters_acts_only(text, kind):
    assert _events(text, "2024-03-06")[0].kind == kind


@pytest.mark.parametrize("text", [
    "Petitioning Harbourton Rail\n\nBring back the late train\n\nSign now\n",
    "The petition by Lakeland Ferries passengers has 3,000 signatures, organisers said on Monday.",
])
def test_a_body_petitioned_or_petitioning_is_no_person(text):
    assert person_names(text) == []


def test_a_committee_on_conditions_of_service_is_a_body():
    text = "The Conditions of Service Committee of the Lakeland Teachers Union met on Monday and backed a strike."
    assert any("Committee" in name for name in organisation_names(text))


@pytest.mark.parametrize("office", ["Elect", "Without Portfolio", "Counselor"])
def test_a_ministers_office_word_is_no_part_of_a_persons_name(office):
    text = f"Strikers met the Ministry of Mines and Minister {office} Oren Vasko in Arlen on Monday."
    assert not any(name.split()[0] in ("Elect", "Without", "Counselor") for name in person_names(text))


@pytest.mark.parametrize("sentence", [
    "Meanwhile, Labour Director Ama Osei said most of the staff did not report for work.",
    "Recall that the Labour had directed its affiliates to shut down every office in Abuja.",
])
def test_labours_director_and_a_countrys_unions_are_not_the_party(sentence):
    assert "Labour" not in organisation_names(f"Airport workers stayed home on Monday. {sentence}")


@pytest.mark.parametrize("text", [
    "Nurses marched on Monday. The Labour leader joined them, and Labour said it backed the strike.",
    "Both the Conservatives and the Labour have promised a vote on the nurses' pay before the strike.",
    "Labour Director of Campaigns Sam Keld said the party backed the striking nurses.",
])
def test_the_labour_party_stays_the_party(text):
    assert "Labour" in organisation_names(text)


def test_a_known_bodys_director_keeps_the_body():
    assert "Greenpeace" in organisation_names("Greenpeace Director Jo Arlen said the march would go on.")


def test_a_practice_of_doctors_or_lawyers_is_a_body():
    text = "Doctors at Harbourton Medical Practice (HMP) walked out."
    assert "Harbourton Medical Practice" in organisation_names(text)


def test_an_unfair_labour_practice_is_no_body():
    text = ("Lakeland cleaners voted to strike over an Unfair Labor Practice (ULP) by their employer, the "
            "Westbrook Cleaning Company.")
    assert not any(name.startswith("Unfair") for name in organisation_names(text))
