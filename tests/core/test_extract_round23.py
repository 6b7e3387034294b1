"""Round 23 (issue 16), from real pages. Bodies: councils and hospitals
listed before one plural head word are each a council or a hospital
("Argyll and Bute, Moray and Orkney Islands councils"), a service's chief
shows it is a body ("Network Rail's chief negotiator"), "Men of the X
Police" are the X Police; a figure's expansion ("Net Operating Income
(NOI)") is no body. People: "According Wesonga" is no name. Kinds: a
"practice" picket is a protest; staff who "walk off jobs" strike. Dates: a
year-less date something "begins on" is not put in the past by a past verb
earlier in the sentence."""

from __future__ import annotations

import pytest

from test_extract_bodies_round21 import _people  # the names of the people a text names
from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Bin workers at Argyll and Bute, Moray and Orkney Islands councils voted to strike, the union said.",
     {"Argyll and Bute Council", "Moray Council", "Orkney Islands Council"}),
    ("Nurses at the Cornwall Regional, May Pen and Spanish Town hospitals stayed home on Monday.",
     {"Cornwall Regional Hospital", "May Pen Hospital", "Spanish Town Hospital"}),
    # a capitalised plural after a list that names a hospital in full
    ("Abbott Northwestern Hospital, Mercy and Unity Hospitals will be hit by the strike.",
     {"Abbott Northwestern Hospital", "Mercy Hospital", "Unity Hospital"}),
    ("Students at Exeter and Warwick universities walked out.", {"Exeter University", "Warwick University"}),
])
def test_bodies_listed_before_a_shared_plural_head_are_each_named(sentence, wanted):
    assert wanted <= _organisations(sentence)


@pytest.mark.parametrize(("sentence", "refused"), [
    # a listed place that a month's name opens is not cut to its last word
    ("Nurses at the Cornwall Regional, May Pen and Spanish Town hospitals stayed home on Monday.", "Pen"),
    ("Staff at Oxford and Cambridge colleges signed the letter.", "Oxford College"),
    ("The Association of Nigerian Universities and Polytechnics Councils met.", "Polytechnics Council"),
    ("In May Leeds and York councils voted to close libraries.", "May Leeds Council"),
])
def test_a_shared_plural_head_is_not_given_to_what_is_no_listed_body(sentence, refused):
    assert refused not in _organisations(sentence)


def test_a_services_chief_shows_it_is_a_body():
    text = ("A strike by rail workers will go ahead next week, the union said. But Network Rail's chief "
            "negotiator said the union had walked away from talks.")
    assert "Network Rail" in _organisations(text)


def test_the_men_of_a_police_force_are_the_force():
    orgs = _organisations("Men of the Nigeria Police were deployed at the venue of the protest on Tuesday.")
    assert "Nigeria Police" in orgs
    assert "Men of the Nigeria Police" not in orgs


def test_a_figures_expansion_is_no_body():
    text = "Tenants rallied on Monday. The owners' Net Operating Income (NOI) has gone up for the eighth year."
    assert "Net Operating Income" not in _organisations(text)


def test_according_without_to_opens_no_name():
    text = "Lecturers will strike from Monday. According Wesonga, the lecturers are owed arrears by the employer."
    assert "According Wesonga" not in _people(text)


@pytest.mark.parametrize("headline", ["Teamsters mount ‘practice’ pickets at UPS depots",
                                      "Drivers hold practice strike pickets before the contract expires"])
def test_a_practice_picket_is_a_protest(headline):
    _, main = _main(f"{headline}\n\nSome 30 members of the union rallied in front of the depot on June 30 "
                    "while talks on a new contract went on.\n")
    assert main.kind == "protest"


def test_staff_who_walk_off_jobs_strike():
    _, main = _main("Education support workers will walk off jobs on Oct. 7, says union\n\n"
                    "A work-to-rule campaign began a week ago. The union gave five days' notice.\n")
    assert main.kind == "strike"


def test_a_date_the_term_begins_on_is_not_put_in_the_past():
    _, main = _main(" date 2018-08-10 Teachers could begin the year on strike\n\n"
                    "The union decided to begin industrial action in the pre-term, which begins on August 27th.\n")
    assert main.start == "2018-08-27"


def test_a_date_the_term_began_on_stays_in_the_past():
    _, main = _main(" date 2018-08-10 Teachers struck at the start of the year\n\n"
                    "The strike, which began on September 3rd, closed every school in the region.\n")
    assert main.start == "2017-09-03"


@pytest.mark.parametrize(("text", "wanted"), [
    ("Students in Leeds, Newcastle and Bristol set up tents outside university buildings on Wednesday. "
     "Bristol students said they would stay.", {"University of Leeds", "University of Newcastle", "University of Bristol"}),
    # an institution's acronym in the list ties it to campuses
    ("Students in Leeds, Bristol and UCL say they will stay until they see action.",
     {"University of Leeds", "University of Bristol", "UCL"}),
])
def test_campus_action_lists_name_universities_by_their_towns(text, wanted):
    assert wanted <= _organisations(text)


def test_a_list_of_countries_students_come_from_names_no_universities():
    orgs = _organisations("Students from Kenya, Uganda and Tanzania joined the march at the University of Nairobi.")
    assert not {"University of Kenya", "University of Uganda", "University of Tanzania"} & orgs


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Kevin Moore, president of the International Brotherhood of Teamsters Local 299, said no.",
     {"International Brotherhood of Teamsters Local 299"}),
    ("Members of the Brotherhood of Locomotive Engineers and Trainmen voted to strike.",
     {"Brotherhood of Locomotive Engineers and Trainmen"}),
    # an owner's possessive before "and": the owner, then its one party
    ("MPs affiliated with the Muslim Brotherhood’s Freedom and Justice Party brought in students.",
     {"Muslim Brotherhood", "Freedom and Justice Party"}),
])
def test_brotherhoods_are_bodies(sentence, wanted):
    assert wanted <= _organisations(sentence)


def test_a_given_name_like_a_plural_pronoun_is_kept():
    assert "Wes Streeting" in _people("Doctors will strike on Friday. Health Secretary Wes Streeting will meet them.")
