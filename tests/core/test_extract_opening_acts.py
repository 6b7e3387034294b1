"""Round 6 (issue 16): acts a report opens with that the word vote missed —
people protesting somewhere while a strike is only what they protest, and
acts that are none of the kinds (an agreement signed, a meeting held, a
speaking tour, an appointment), which make the report ``other``; signed
statements; dates on undated pages and agency datelines."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.lede_action import act_in_opening

_NAMES = "\n".join(f"{first} {last}" for first, last in zip(
    ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal"],
    ["Example", "Sample", "Person", "Name", "Writer", "Teacher", "Reader", "Author"]))


def test_pupils_protesting_in_a_city_over_a_strike_are_on_a_protest():
    _, main = _main(
        "Pupils protest in the capital over teachers' strike\n\n"
        "Pupils on Monday took to the main roads of the capital, angry at the long strike by the "
        "teachers' union.\n\n"
        "The strike has closed schools for months. The union says the strike goes on until pay improves.\n")
    assert main.kind == "protest"


def test_protest_as_a_verb_or_a_street_act_is_an_act_but_the_noun_is_not():
    assert act_in_opening(["Nurses were protesting at the health department on Friday."]) == "protest"
    assert act_in_opening(["Residents took to the roads across the region."]) == "protest"
    assert act_in_opening(["Activists stormed the front gates of the college."]) == "protest"
    assert act_in_opening(["A picture of the students' protest at the college."]) is None
    assert act_in_opening(["There was a major protest in the great hall."]) is None
    assert act_in_opening(["Nurses went on strike in protest at the cuts."]) == "strike"


def test_an_agreement_signed_is_no_protest_however_often_campaigns_are_named():
    _, main = _main(
        "Union and council sign joint work agreement\n\n"
        "The students' union and the trades council yesterday signed a partnership agreement on shared "
        "campaigns, weeks after a demonstration.\n\n"
        "The campaigns will cover fees and wages, and the demonstration showed what joint protests can do.\n")
    assert main.kind == "other"


def test_a_meeting_a_tour_or_an_appointment_said_first_is_other():
    assert act_in_opening(["The society held its launch event in the town hall."]) == "other"
    assert act_in_opening(["Strike leaders tour the country to talk about their movement."]) == "other"
    assert act_in_opening(["The activist was reappointed as chair of the society."]) == "other"
    assert act_in_opening(["The secretary will stay on as treasurer next year."]) == "other"


def test_an_occupation_that_ended_is_still_the_act_before_a_meeting_inside():
    assert act_in_opening(["The occupation of the library building ended on Friday.",
                           "Students held a meeting inside."]) == "occupation"


def test_a_bare_year_in_the_background_of_an_undated_page_does_not_date_its_news():
    _, main = _main(
        "Teachers strike across the city\n\n"
        "Teachers on strike picketed dozens of schools on Thursday.\n\n"
        "The union says the strike goes on. It is the first strike since 1998, and the union was "
        "formed in 1937.\n")
    assert main.kind == "strike"
    assert main.precision == "unknown"


def test_an_agency_credited_dateline_is_the_publication_but_an_opening_on_date_is_not():
    result, main = _main(
        "Police break up a sit-down protest on campus\n"
        "(WIRE) – Lagos, 4 June 2015 – A rights group condemned the police.\n\n"
        "Students organised a sit-down protest on 3 June 2015 against the administration.\n")
    assert result.published == "2015-06-04"
    assert main.start == "2015-06-03"
    result, _ = _main(
        "The council meeting\n"
        "On 3 May 2019, the council held a meeting with parents about fees.\n\n"
        "Students asked parents to leave the venue.\n")
    assert result.published is None


def test_a_statement_speaking_as_we_with_its_signatures_is_a_letter():
    _, main = _main(
        "We back the strikers\n\n"
        "Staff have been on strike for three weeks and students marched with them.\n\n"
        "We call on every union to support the strike and the protests.\n\n"
        "Signatories (personal capacity):\n\n"
        "Ann Example, lecturer; Bob Sample, branch secretary\n")
    assert main.kind == "letter"
    _, main = _main("We the staff of this college condemn the arrests of striking students.\n\n" + _NAMES + "\n")
    assert main.kind == "letter"


def test_a_report_listing_people_without_speaking_as_we_is_no_letter():
    _, main = _main("Students strike over rents\n\nStudents went on strike over rents on Monday. The speakers were:\n\n"
                    + _NAMES + "\n")
    assert main.kind == "strike"


def test_on_the_publication_weekday_is_that_day_whatever_the_tense_nearby():
    _, main = _main(
        "Students march to the gates\n"
        "6 March 2017\n\n"
        "Students marched to the campus gates after their leader asked for a total shutdown of all the "
        "university's teaching operations on Monday, and "
        "they say the march will go on.\n")
    assert main.start == "2017-03-06"
