"""Round 20 (issue 16): a protest held for someone else's strike is a
protest. A body that "took its protest to" a parliament states its act, and a
strike only threatened ("threatens nationwide strike over pay") is no act
done, so the strike the page keeps naming no longer outvotes the protest."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.lede_action import act_in_opening


def test_a_protest_taken_to_parliament_in_support_of_a_strike_is_a_protest():
    _, main = _main(
        "Labour congress protests at parliament, seeks end to lecturers' strike\n\n"
        "The labour congress took its week-long protest in support of the striking lecturers to the parliament "
        "on Wednesday.\n\n"
        "The strike has shut the universities for months, and the striking lecturers say the strike goes on "
        "until the government pays. Members carried placards urging an end to the strike.\n")
    assert main.kind == "protest"


def test_a_protest_carried_somewhere_is_an_act_a_case_carried_to_court_is_not():
    assert act_in_opening(["The congress took its two-day protest to the National Assembly."]) == "protest"
    assert act_in_opening(["Nurses took their demonstration to the health ministry."]) == "protest"
    assert act_in_opening(["The union took its case to the high court."]) is None


def test_a_threatened_strike_or_walkout_is_no_act_done_but_a_headline_threat_names_the_act_to_come():
    assert act_in_opening(["Citizens speak out online", "Union threatens nationwide strike over unpaid wages"]) is None
    assert act_in_opening(["Citizens speak out online", "Lecturers threatened to walk out of the exam halls."]) is None
    assert act_in_opening(["Lecturers went on strike after the union threatened action."]) == "strike"
    assert act_in_opening(["Union threatens strike over pay cuts",
                           "Members held a rally outside the offices before the strike ballot."]) == "strike"
    assert act_in_opening(["Tenants threatened with eviction marched to the council offices."]) == "protest"


def test_a_protest_page_with_a_linked_strike_threat_stays_a_protest():
    _, main = _main(
        "Citizens protest online over closure of universities\n\n"
        "Citizens online have also protested about the long closure of the universities.\n\n"
        "Lecturers' union threatens nationwide strike over old agreement with government\n\n"
        "The strike has kept students at home. Users shared the protest hashtag, and the protest went on "
        "for days while the strike went on.\n")
    assert main.kind == "protest"


def test_an_act_on_a_condition_is_not_done():
    assert act_in_opening(["The union warned families to expect a strike on Thursday unless it "
                           "secures a tentative deal with the region."]) is None
    assert act_in_opening(["The union reached a tentative agreement with the province."]) == "other"


def test_workers_who_down_tools_are_on_strike_in_a_shutdown_called_a_protest():
    assert act_in_opening(["Thousands of miners will down tools in a national shutdown this Tuesday "
                           "in protest against fuel prices."]) == "strike"
    _, main = _main(
        "Workers to join national shutdown\n\n"
        "Thousands of members of the two federations will down tools in a national shutdown this "
        "Tuesday in protest against fuel prices and rising rents.\n\n"
        "The federation president called the shutdown the workers' protest against rising prices. Protests "
        "will be held in every city, and the protest marches will end at the legislature.\n")
    assert main.kind == "strike"


def test_the_words_of_other_englishes_for_starting_an_action_state_it():
    assert act_in_opening(["Council clerks have announced they will start striking on 14 March over pay."]) == "strike"
    assert act_in_opening(["The union embarked on an indefinite strike on Monday."]) == "strike"
    assert act_in_opening(["The federation intends to embark on a mass protest on the 12th."]) == "protest"
    assert act_in_opening(["Nurses will go on strike on Friday."]) == "strike"
    assert act_in_opening(["Teachers in Westbrook have voted to go on strike, the union said on Monday."]) != "strike"
