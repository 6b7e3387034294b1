"""Round 28 (issue 16), from real pages. Kinds: a "satyagraha" (in lower
case) is a protest; a sit-in carried out in front of a building is a
protest, one inside it an occupation; industrial action deferred or
postponed is the strike's news (not when it waits for a ballot); an opening
sentence that begins "In recent weeks," tells background, not the act;
refuse collectors who walk out on a strike page are on strike; "Your
Excellency," under the writer's place and date makes the page a letter.
Titles: a headline repeated under a trail of links run into its front
("HomeRegion" + the headline) is the headline. Names: "X Garments and
Industrial Workers Federation" is one body; "the Office of the Prime
Minister" is a body (not "Office of the Prime"); "Ucatt" is a union;
"Teachers Unions and Lakeland Nurses Association" names one body, after a
kind of body; "Q&A sessions" name none; "DeLuca" is one name word; "Public
Prosecutions" is no person.
Dates: capital ordinals ("9TH August, 2015"); a date alone under a line that
announces it ("... stop working on:") or in a headline that acts on it ("We
Start Striking on ...") is not the page's date, while a letter's date before
"Dear ..." and a "Submitted by ... on" line are; a dateline with its day in
brackets dates the page; a decision to act ("voted Friday to stage a strike
from Oct. 13") looks ahead, and then a wire dateline's day is the
day of telling."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def _orgs(text: str) -> list[str]:
    return [org.name for org in extract(ReadDocument(text=text, format="txt")).organisations]


def _people(text: str) -> list[str]:
    return [person.name for person in extract(ReadDocument(text=text, format="txt")).people]


@pytest.mark.parametrize(("text", "kind"), [
    ("Growers keep up satyagraha at the district office\n\nGrowers from six villages began a satyagraha "
     "outside the district office on Monday over unpaid crop support.\n", "protest"),
    # a name or a title in capitals is no protest of the page's ("the Salt Satyagraha")
    ("Museum opens a Salt Satyagraha gallery\n\nThe city museum opened a gallery on Monday about the Salt "
     "Satyagraha of 1930.\n", "other"),
])
def test_a_satyagraha_in_lower_case_is_a_protest(text, kind):
    assert _main(text)[1].kind == kind


@pytest.mark.parametrize(("place", "kind"), [
    ("in front of the ministry of education", "protest"),
    ("inside the office of the vice-chancellor", "occupation"),
])
def test_a_sit_in_carried_out_in_front_of_a_building_is_a_protest(place, kind):
    text = (f"date 2020-08-03 Dozens of teachers carried out a sit-in late Sunday evening {place}.\n\n"
            "They said they would return every week until the arrested union leaders are freed.\n")
    assert _main(text)[1].kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("date 2017-03-04\nMidwives at the regional hospitals have deferred industrial action that was planned for "
     "Thursday, March 9.\n\nTheir board chose to put the new staffing proposals to a members' ballot and to hold off "
     "while the ballot runs.\n\nThe ballot closes on the last day of the month, the board said.\n",
     "strike"),
    # a strike put off until a ballot closes: the ballot is the news
    ("date 2017-03-04\nThe ballot of rail workers on the new pay offer opened on Monday. The union has "
     "postponed the strike until the ballot closes on 20 March.\n", "vote"),
])
def test_industrial_action_deferred_is_the_strikes_news(text, kind):
    assert _main(text)[1].kind == kind


def test_the_opening_sentences_background_is_not_the_act():
    text = ("Porters and cleaners at the city's hospitals have voted decisively to pursue industrial action over "
            "unfilled posts.\nIn recent weeks, members have held lunchtime protests at four sites.\n"
            "The union's executive will meet next week to decide the next steps.\n"
            "Porters voted 94% in favour in the ballot, on a turnout of 61%, and cleaners voted 91% in favour.\n")
    assert _main(text)[1].kind == "vote"


@pytest.mark.parametrize(("who", "kind"), [
    ("refuse collectors", "strike"),
    # collectors of art are no staff: they leave a room
    ("art collectors", "walkout"),
])
def test_refuse_collectors_who_walk_out_on_a_strike_page_are_on_strike(who, kind):
    text = ("Rubbish piles up during two-week strike\n- Published\n"
            f"Rubbish will not be collected in the borough during a two-week strike as {who} walk out "
            "in a row over pay.\nUnion members at the borough council are taking industrial action until "
            "18 October.\n")
    assert _main(text)[1].kind == kind


def test_your_excellency_under_the_writers_place_and_date_is_a_letter():
    text = ("Harbourton, Lake County\n12TH June, 2016\nYour Excellency,\nRE: THE NURSES' PAY\n"
            "I write about the nurses who have withdrawn their services over unpaid allowances.\n")
    _, main = _main(text)
    assert main.kind == "letter"
    assert main.start == "2016-06-12"


def test_a_reported_your_excellency_under_a_dateline_is_no_letter():
    text = ("Nurses appeal to the president\n\nHARBOURTON, July 24 (Wire) -\n"
            "Your Excellency, the nurses wrote, we have not been paid since March.\n")
    assert _main(text)[1].kind != "letter"


def test_a_headline_repeated_under_a_trail_run_into_it_is_the_headline():
    text = ("HomeRegionGrowers to Besiege the Farm Ministry on Friday\n\n"
            "Growers to Besiege the Farm Ministry on Friday\n\n"
            "Growers from six districts will besiege the farm ministry on Friday over crop prices.\n")
    assert extract(ReadDocument(text=text, format="txt")).title == "Growers to Besiege the Farm Ministry on Friday"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Rafiq Ahmed, president of the Harbourton Garments and Industrial Workers Federation, said workers would "
     "stay out.", "Harbourton Garments and Industrial Workers Federation", "Industrial Workers Federation"),
    ("A letter to the Office of the Prime Minister was delivered on Monday by the teachers.",
     "Office of the Prime Minister", "Office of the Prime"),
    ("The builders' unions GMB, Ucatt and Unite confirmed that their members would strike.", "Ucatt", None),
    ("Whereas all Teachers Unions and Lakeland Nurses Association met today in the capital.",
     "Lakeland Nurses Association", "Teachers Unions and Lakeland Nurses Association"),
])
def test_names_of_bodies_read_whole_and_alone(text, present, absent):
    found = _orgs(text)
    assert present in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("text", "name"), [
    ("Members were consulted at every level, from branch surveys, through Q&A evenings, and talks among the "
     "Strike Committee and Executive Board officers.", None),
    ("The Q&A Society held a debate on the strike on Monday.", "Q&A Society"),
    ("The Office of the Director of Public Prosecutions said it would not act.", None),
])
def test_words_that_stand_alone_name_no_body(text, name):
    found = _orgs(text)
    assert "Q&A" not in found and "Office of the Director" not in found
    assert name is None or name in found


@pytest.mark.parametrize(("text", "person", "not_person"), [
    ("Ambassador Ann DeLuca said the shutdown had hurt families.", "Ann DeLuca", "Ann De"),
    ("The Director of Public Prosecutions said the case would go ahead.", None, "Public Prosecutions"),
])
def test_names_of_people_read_whole(text, person, not_person):
    found = _people(text)
    assert not_person not in found
    assert person is None or person in found


@pytest.mark.parametrize(("text", "published"), [
    # the date under a line that announces it is the strike's, and so is the headline's
    ("Porters Start Striking on October 19, 2022\n\nBuild the Resistance\n\n"
     "After months of talks our members will down tools at the college from:\n\n"
     "October 19, 2022\n\nThis decision was not made lightly.\n", None),
    ("Published by the union press office on:\nMarch 3, 2021\nTeachers walked out on Monday.\n", "2021-03-03"),
    ("Teachers Union Statement on March 3, 2021\nTeachers walked out on Monday.\n", "2021-03-03"),
    ("June 9, 2020 Dear Mayor Lindqvist, We, the members of the city's equity team, write to ask for a "
     "meeting.\n", "2020-06-09"),
    ("Unions unite to fight cuts\n\nSubmitted by Robin on 23 September, 2010 - 10:08 Author: Sam Okoro, "
     "Harbourton NUT\n\nDelegates from five unions met.\n", "2010-09-23"),
    ("Doctors start hunger strike\n\nCategory: Health, News\n\nHarbourton (Monday, February 4, 2013) – "
     "Members of the doctors' association began a hunger strike on Monday.\n", "2013-02-04"),
    # a heading's words in front of the bracket are no place: the day is the strike's
    ("Porters to walk out\n\nStrike Notice (March 10, 2019) – All members must report to the picket line at "
     "6 a.m.\n", None),
])
def test_the_pages_date_line(text, published):
    assert extract(ReadDocument(text=text, format="txt")).published == published


def test_a_decision_to_act_looks_ahead_and_the_datelines_day_is_when_it_was_told():
    text = ("Teachers set to strike\n\nSource: Wire 2016-10-01\n\n"
            "HARBOURTON, Sept. 30 (Wire) -- Nurses voted Friday to stage an indefinite strike from Oct. 13 over "
            "unfilled posts on the wards.\n")
    assert _main(text)[1].start == "2016-10-13"


def test_a_decision_about_a_strike_already_started_looks_back():
    text = ("Lecturers end their strike\n\nSource: Wire 2016-09-30\n\n"
            "The lecturers decided to call off the strike they started on Nov. 1 after a new offer.\n")
    starts = {event.start for event in extract(ReadDocument(text=text, format="txt")).events}
    assert "2016-11-01" not in starts


def test_a_wire_datelines_day_stays_the_news_when_nothing_was_decided():
    text = ("HARBOURTON, July 24 (Wire) - Dockers struck at the port on Monday, the first walkout since "
            "May 5.\n\nSource: Wire 2023-07-24\n")
    assert _main(text)[1].start == "2023-07-24"


# From tune32: a weekday after "next week" (as West African English writes it), a headline's "to kick off on
# Monday", a letter's head of a date and the addressee's office, "write to the Prime Minister", and "Newsweek".

@pytest.mark.parametrize(("sentence", "start"), [
    ("The porters' union says its strike will commence next week Monday across all the wards.",
     "2020-06-15"),
    # counted from a time in the story, not from the page: left to the tense
    ("In a statement issued the following week Monday, the association said the strike was over.", "2020-06-08"),
])
def test_next_week_monday_is_the_monday_of_next_week(sentence, start):
    _, main = _main("date 2020-06-08\n" + sentence + "\n")
    assert main.start == start


def test_a_headline_that_says_a_strike_is_to_kick_off_on_monday_looks_ahead():
    text = ("date 2019-02-03\n\nCLEANERS STRIKE TO KICK OFF ON MONDAY\n\nCleaners at the county hospitals say "
            "they will stay away from work until their allowances are paid.\n")
    assert _main(text)[1].start == "2019-02-04"


@pytest.mark.parametrize(("head", "letter"), [
    ("7th May 2016\n\nProf. Jo Mwangi\nVice Chancellor,\nLakeside University\n\n\nDear Professor Mwangi,\n", True),
    # a bare office right above the salutation, under a news label, heads no letter
    ("BREAKING\n1 May 2022\nThe President\nDear President Osei,\n", False),
])
def test_a_salutation_under_the_letters_date_and_its_addressees_office(head, letter):
    text = (head + "\nThe porters' union met on 6th May 2016 to consider your reply to our demands. We ask you "
            "once more to meet us before the strike that the porters voted for begins, and to answer us in "
            "writing within seven days.\n")
    assert (_main(text)[1].kind == "letter") is letter


@pytest.mark.parametrize(("headline", "kind"), [
    ("Unions write to PM over testing", "letter"),
    # a letter written before the strike the page reports
    ("Academics wrote to Vice-Chancellor before strike", "strike"),
])
def test_writing_to_the_prime_minister_is_a_letter(headline, kind):
    text = (headline + "\n\nThe council of unions sent the Prime Minister a list of demands last night and asked "
            "for a meeting with the leaders of essential workers. Academics began a strike on Tuesday.\n")
    assert _main(text)[1].kind == kind


def test_a_weeklys_name_is_no_person():
    text = "Maya Newsweek, 26 May, 2021\n\nBy Jo Dube\n\nHARBOURTON – Teachers were blocked from the offices today.\n"
    assert "Maya Newsweek" not in _people(text)


# From tune33 and a look at the window: a letter's place line over its date is no headline; the items of a
# bulleted list are names, not title-case headings.

@pytest.mark.parametrize(("text", "title"), [
    ("Harbourton, Lake County\n12TH June, 2016\nYour Excellency,\nRE: PAYING THE PORTERS\n"
     "I write about the porters who have withdrawn their services over unpaid allowances.\n", "RE: PAYING THE PORTERS"),
    # a headline with a comma over the page's date is still the headline
    ("Teachers Strike, Schools Close\nJuly 24, 2023\nTeachers walked out on Monday and six schools closed.\n",
     "Teachers Strike, Schools Close"),
])
def test_a_letters_place_line_over_its_date_is_no_headline(text, title):
    assert extract(ReadDocument(text=text, format="txt")).title == title


@pytest.mark.parametrize(("text", "names"), [
    ("The march will be backed by more than 20 groups, including:\n- Lakeland Council of Trade Unions,\n"
     "- Harbourton Housing Action Coalition,\n- Riverside Pensioners Association\nThe march starts at noon.\n",
     {"Lakeland Council of Trade Unions", "Harbourton Housing Action Coalition", "Riverside Pensioners Association"}),
])
def test_the_items_of_a_bulleted_list_are_names(text, names):
    assert names <= set(_orgs(text))


def test_a_bulleted_list_of_demands_names_no_body():
    text = ("The branch agreed to:\n- Oppose The Closure Of Harbourton Library\n- Lobby The County Council\n"
            "- Support The Porters Strike Fund\nThe next meeting is on Monday.\n")
    assert "Lobby The County Council" not in _orgs(text)


def test_a_lone_bulleted_heading_is_still_a_heading():
    text = ("• Signed Open Letter to Presidents of Lakeland Universities\n\nWe, the undersigned students, ask the "
            "presidents to meet us before the end of term.\n")
    assert "Presidents of Lakeland Universities" not in _orgs(text)
