"""A page whose headline reports a vote on a strike reports a vote, however
much its text says about the strike (issue 16, round 9: strike votes from
New Zealand and Canada came out as strikes). Every text here is written for
the test."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument


def _main_kind(text: str) -> str:
    return next(event.kind for event in extract(ReadDocument(text=text, format="txt")).events if event.main)


def test_members_voting_to_strike_is_a_vote():
    assert _main_kind(
        "Harbour teachers vote to strike\n\n"
        "Teachers in the Harbour region have strongly endorsed strike action over pay. The strike would close "
        "schools for a day. Strike action will be notified next week, and the union says the strike is a last "
        "resort.\n") == "vote"


def test_a_call_for_a_strike_vote_is_a_vote():
    assert _main_kind(
        "Lecturers call for strike vote\n\n"
        "The lecturers' union announced today that members have called for a strike vote over class sizes. "
        "A strike could follow within 90 days of the vote.\n") == "vote"


def test_a_strike_under_a_headline_without_a_vote_stays_a_strike():
    assert _main_kind(
        "Harbour teachers strike over pay\n\n"
        "Teachers in the Harbour region went on strike on Monday after members had voted to strike last "
        "month. Schools were closed for the day.\n") == "strike"


def test_a_vote_for_a_walkout_is_a_vote():
    # round 14b: "for a walkout", with its article, was read as the walkout itself
    assert _main_kind(
        "Valley nurses vote for a walkout; strike begins Monday\n\n"
        "Nurses in the Valley district voted by a wide margin on Tuesday night to walk out of their wards "
        "over staffing. The strike will begin on Monday, March 3. The walkout will last two days, and "
        "the strike committee says more strikes may follow.\n") == "vote"


def test_words_between_the_vote_and_its_strike_still_make_it_a_vote():
    # round 17: "vote 'overwhelmingly' for", "voted to authorize a strike", "failed to approve ... industrial action"
    assert _main_kind(
        "Union members at Harbour Rail vote 'overwhelmingly' for industrial action\n\n"
        "Commuters could face disruption before the holidays if a strike goes ahead. Members backed action by "
        "84%, and the union says the strike would close every line for a day.\n") == "vote"
    assert _main_kind(
        "Lakeland College research assistants have voted to authorize a strike.\n"
        "The bargaining committee said on Sunday that 87% of the members voted in favour. It says the strike "
        "could begin if the university keeps blocking a union election, and a strike fund is ready.\n") == "vote"
    assert _main_kind(
        "Members of the Harbour public service union have narrowly failed to approve taking part in next week's "
        "national day of industrial action.\n"
        "A total of 65 per cent of members approved of the one-day strike, but the union's rules ask for two "
        "thirds. The strike is organised by the national congress of unions.\n") == "vote"


def test_a_vote_to_end_a_strike_is_no_vote_for_one():
    assert _main_kind(
        "Harbour teachers strike over pay\n\n"
        "Teachers in the Harbour region stayed on strike on Monday. Schools were closed for a third day, and the "
        "strike committee says the strike will go on until members vote to end the strike.\n") == "strike"


def test_walking_out_in_a_labor_strike_is_a_strike():
    assert _main_kind(
        "Westbrook University teaching assistants plan to walk out of lecture halls and labs today in a labor "
        "strike over pay.\n"
        "The strike is the first to involve many students in the sciences, and the union says the strike will "
        "last until the university agrees to bargain.\n") == "strike"


def test_a_march_in_a_series_of_school_walkouts_is_a_walkout():
    assert _main_kind(
        "Pupils leave their desks in protests against the war\n\n"
        "Some 800 secondary pupils marched through town centres yesterday in a series of nationwide school "
        "walkouts against the war. Pupils downed their books before lunch to join noisy demonstrations in "
        "Harbourtown, and the protest ended outside the parliament.\n") == "walkout"


def test_taking_part_in_a_school_strike_hashtag_is_a_strike():
    assert _main_kind(
        "Thousands of pupils in many countries are taking part in #schoolstrike4climate, a protest movement "
        "that wants governments to act on the climate.\n\n"
        "Rallies and protests were held in every capital, and protesters blocked streets in Harbourtown.\n") == "strike"


def test_a_sit_in_outside_a_building_is_a_protest():
    assert _main_kind(
        "date 2021-01-13 HARBOURTOWN: Civil servants on Monday staged a sit-in outside the Assembly building, "
        "and called for a pay rise in line with inflation.\n\n"
        "Staff of the Harbour Secretariat and the Harbour Institute of Medicine staged sit-ins outside the "
        "building.\n") == "protest"
    assert _main_kind(
        "Students occupy the library\n\n"
        "Students on Tuesday staged a sit-in inside the university library and said they would stay until "
        "the fees were cut.\n") == "occupation"
