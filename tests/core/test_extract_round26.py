"""Round 26 (issue 16), from real pages. Kinds: "down tools in protest
of" is a strike done in protest, not a protest; students "still refusing to
go to class" are on a class boycott; "after three months of protests" is the
setting, not the news; "walk out on strike" is the strike, and said "this
week" beside the strike's own day it is no second event. People: "D'Angelo" and "D'Souza" are surnames; the office before a name
ends at a preposition ("outside MP Jane Dodds" gives "MP"). Bodies:
"New Zealand police" keeps its "New"; a list of universities that lost its
commas ("Leeds Beckett University University of Leeds") is parted. Titles: a title-case line of names
that keep their capitals ("McKay O'Neill") is cut, where it once recursed
without end."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.title_phrases import EVENT_TITLE_CHARS
from timeline_app.core.models import ReadDocument

from test_extract_kinds_and_main import _main  # the document's extraction and its main event
from test_extract_bodies_round21 import _people  # the names of the people a text names
from test_extract_organisation_parts import _organisations  # the names of the bodies a text names


@pytest.mark.parametrize(("after", "kind"), [
    # the act is downing tools; "in protest of" says why, and a shutdown named later does not outweigh it
    ("The shutdown went on into the night.", "strike"),
    # a demonstration is an act of protest of its own: the page reports one
    ("Their demonstration went on into the night.", "protest"),
])
def test_in_protest_says_why_an_act_was_done(after, kind):
    _, main = _main("date 2024-03-05 Work at the port authority came to a halt on Tuesday.\n\n"
                    "The federation had told its members across the region to down tools in protest of the "
                    "assault on its leader.\n\n" + after + "\n")
    assert main.kind == kind


def test_gathering_in_protest_is_a_protest():
    _, main = _main("date 2024-03-05 Hundreds of parents gathered outside the town hall in protest at the closure "
                    "of the library.\n\nThe shutdown went on into the night.\n")
    assert main.kind == "protest"


# A group's refusal to go to class is its class boycott; a refusal of something else withholds nothing.
REFUSALS = {
    "Campus walk-away enters its second week\n\n"
    "Most students at the polytechnic are still refusing to go to class this week, ignoring a warning from the "
    "council.\n\n"
    "They had planned to hold a referendum on the boycott last week, but it never happened.\n\n"
    "The protests have spread to two other campuses.\n": "strike",
    "Council workers refuse to go to the new depot\n\n"
    "Workers said they were refusing to go to the depot until it was made safe, and held a rally outside.\n":
    "protest",
}


@pytest.mark.parametrize("text", REFUSALS)
def test_refusing_to_go_to_class_is_a_boycott_of_it(text):
    assert _main(text)[1].kind == REFUSALS[text]


def test_months_of_protests_are_the_setting_of_a_class_boycott():
    _, main = _main("Campus union leaders talk to reporters on Thursday. Photo: Jo Marlowe\n\n"
                    "Campus union leaders announced a fortnight-long class boycott, hoping to keep protesters in the "
                    "streets and the council under pressure after three months of protests over the new "
                    "security law.\n\n"
                    "The call on Thursday comes a fortnight before term starts, against the wishes of the "
                    "education chief.\n\n"
                    "Leaders from nine colleges said they would organise a boycott of classes across the city.\n")
    assert main.kind == "strike"


@pytest.mark.parametrize("name", ["Michael D'Angelo", "Natalie D’Souza"])
def test_a_d_apostrophe_surname_is_part_of_the_name(name):
    assert name in _people(f"The hotel group's head of labour relations, {name}, said talks would go on.")


def test_new_zealand_police_keep_their_new():
    bodies = _organisations("Marchers said New Zealand police had blocked the road to the parliament on Friday.")
    assert "New Zealand Police" in bodies
    assert "Zealand Police" not in bodies


def test_a_title_case_run_of_names_that_keep_their_capitals_is_cut_not_a_crash():
    # lower-casing such a line changes nothing, which once sent the title back to be cut again for ever
    result = extract(ReadDocument(text="McKay O'Neill McDonald DeVos " * 30 + "\n", format="txt"))
    assert all(len(event.title) <= EVENT_TITLE_CHARS + 1 for event in result.events)  # (+1: the "…")


@pytest.mark.parametrize(("text", "kind"), [
    # a vote before a comma is no act that "in protest" gives the reason of: the gathering is the news
    ("Swimmers angry at pool closure\n\nAfter the council voted to close the lido, about 300 swimmers gathered in "
     "protest outside the civic centre on Saturday.\n", "protest"),
    # no group withholds anything: a child's refusal, a commuter's, and a vote to refuse (the vote is the news)
    ("The number of children refusing to go to school because of anxiety has doubled, a charity said on "
     "Tuesday.\n", "other"),
    ("Teachers in Dunmere voted by 80% to refuse to go to work from next month unless the roof is mended.\n",
     "vote"),
])
def test_what_the_backdrop_rules_leave_alone(text, kind):
    _, main = _main("date 2023-03-08 " + text)
    assert main.kind == kind


@pytest.mark.parametrize(("sentence", "force"), [
    ("Nurses struck at two hospitals on Friday, and New York police were called to clear a picket line.",
     "New York Police"),
    # "New" as the adjective: a new chief of the Met
    ("New Met police chief Ana Ruiz met the marchers on Monday.", "Met Police"),
])
def test_new_opens_a_place_only_where_the_place_is_named_so(sentence, force):
    assert force in _organisations(sentence)


def test_a_list_of_universities_that_lost_its_commas_is_parted():
    bodies = _organisations("Support staff have voted to walk out at these campuses: Ashby Vale University Upton Hill "
                            "University University of Northmoor University of Eastleigh Kings Park University.")
    # (where "University of Eastleigh" ends and "Kings Park University" begins no rule can tell)
    assert {"Ashby Vale University", "Upton Hill University", "University of Northmoor"} <= bodies


def test_universities_joined_by_and_are_no_list_that_lost_its_commas():
    bodies = _organisations("Staff at Ashby University Press and Upton University Press and Kings University Press "
                            "walked out.")
    assert not any(body.startswith("Press") for body in bodies)


def test_a_pledged_target_year_dates_no_event():
    result, main = _main("Forty climate campaigners were arrested on Friday at the offices of three banks.\n\n"
                         "Despite the banks' net-zero by 2050 pledges, the petition says, they are still lending "
                         "to new oil fields.\n")
    assert all(event.start != "2050" for event in result.events)


def test_walking_out_on_strike_this_week_is_the_strike_not_a_second_event():
    result = extract(ReadDocument(
        text="date 2022-08-17 Over 5,000 porters at the city's hospitals will walk out on strike this week, after "
             "talks broke down.\n\nStrike action will take place at the hospitals today and on Saturday, the union "
             "said.\n", format="txt"))
    assert [(event.start, event.precision, event.kind) for event in result.events] == [
        ("2022-08-17", "day", "strike"), ("2022-08-20", "day", "strike")]


@pytest.mark.parametrize(("sentence", "wanted"), [
    # names joined by "and" are parted by "and", as before (parting before "University of" once left an "and"
    # at a piece's end, and the document failed to import)
    ("Staff at University of Ashby and University of Upton and Kings Park University walked out on Thursday.",
     {"University of Ashby", "University of Upton", "Kings Park University"}),
    # "National" opens the name: nothing before "University of" holds a university of its own
    ("Students from the National University of Northmoor University of Eastleigh University of Upton marched "
     "on Saturday.", {"National University of Northmoor", "University of Eastleigh", "University of Upton"}),
])
def test_what_the_list_parting_leaves_alone(sentence, wanted):
    assert wanted <= _organisations(sentence)


def test_a_year_the_campaign_looked_back_to_still_dates_it():
    _, main = _main("Campaigners recall a long fight\n\nBy 2015 the campaign had won commitments from the "
                    "council after a month-long occupation of the town hall.\n")
    assert main.start == "2015"


@pytest.mark.parametrize("text", [
    "date 2023-05-02 Fans walk out\n\nFans walked out on striker Dan Moss's farewell match on Saturday.\n",
    "date 2023-05-02 Pupils walk out\n\nSixth-formers walked out on strike day in support of their teachers on "
    "Monday.\n",
])
def test_on_strike_must_be_the_strike_itself(text):
    assert _main(text)[1].kind == "walkout"


def test_another_places_action_the_same_week_is_its_own_event():
    result = extract(ReadDocument(
        text="date 2023-03-08 Nurses in Ashby walked out on Wednesday over staffing.\n\n"
             "Hospital managers said wards stayed open.\n\n"
             "Nurses in Upton will also walk out this week, their branch said.\n", format="txt"))
    assert len([event for event in result.events if event.kind == "walkout"]) == 2


@pytest.mark.parametrize(("sentence", "role"), [
    ("Protesters gathered outside MP Jane Dodds's office on Monday.", "MP"),
    ("Speakers at the rally, including union president Ann Lee, called for a ballot.", "union president"),
    # a preposition in a body's name, capitalised, is the name's: the office keeps it
    ("Campaign Against Fees organiser Ann Lee said the march would go ahead.", "Campaign Against Fees organiser"),
])
def test_an_office_before_a_name_ends_where_the_sentence_begins(sentence, role):
    roles = {person.name: person.role for person in extract(ReadDocument(text=sentence, format="txt")).people}
    assert roles["Jane Dodds" if "Dodds" in sentence else "Ann Lee"] == role
