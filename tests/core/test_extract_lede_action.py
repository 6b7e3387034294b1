"""The act the headline and lede state decides the kind over the words a
report repeats (issue 16, round 5): students protesting someone else's strike
are protesting, a letter reported with protest words is a letter, a building
stormed while others rally is occupied, and a school strike stays a strike."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.lede_action import act_in_opening


def test_students_protesting_against_a_lecturers_strike_are_on_a_protest():
    _, main = _main(
        "date 2021-05-04 The Federation of Pupils and Students yesterday took to the streets of the capital to "
        "protest the continuing strike by the lecturers' union.\n\n"
        "The strike, now in its sixth week, has closed every campus. The lecturers say the strike will go on "
        "until the pay offer improves, and the strike committee meets on Friday.\n\n"
        "Students said the strike had cost them a semester.\n")
    assert main.kind == "protest"
    assert main.start == "2021-05-03"


def test_a_letter_reported_among_protest_words_is_a_letter():
    _, main = _main(
        "Around 150 scholars today asked the minister to release the students detained after a protest.\n\n"
        "In a letter to the minister, they condemned the violence against protesting students.\n\n"
        "The letter asks for the charges to be dropped; the protesters say they acted peacefully.\n")
    assert main.kind == "letter"


def test_a_building_stormed_while_others_rally_is_an_occupation():
    _, main = _main(
        "Two hundred students stormed the administration building on Tuesday, while students elsewhere held "
        "rallies against the fee rise.\n\n"
        "The rallies drew thousands; at the largest rally speakers called for more protests.\n\n"
        "Protesters say the protest movement will grow.\n")
    assert main.kind == "occupation"


def test_an_exam_boycott_is_a_students_strike():
    _, main = _main(
        "date 2024-04-10 Protesting students on Tuesday announced a boycott of the final exams, starting "
        "April 15, until the fee rise is withdrawn.\n\n"
        "The protest committee said protests would continue on campus.\n")
    assert main.kind == "strike"


def test_pupils_who_walk_out_on_a_school_climate_strike_stay_on_strike():
    _, main = _main(
        "Pupils walk out for the climate\n\n"
        "Thousands of pupils walked out of lessons on Friday as part of the school climate strike.\n\n"
        "They marched to parliament and rallied outside.\n")
    assert main.kind == "strike"


def test_lecturers_who_walk_out_are_on_strike():
    _, main = _main(
        "Lecturers begin two-day stoppage\n\n"
        "Lecturers at the university walked out on Monday over pay, the union said, with picket lines at "
        "every entrance.\n\n"
        "The strike continues on Tuesday; the strike committee said more strike days could follow.\n")
    assert main.kind == "strike"


def test_strikers_who_march_are_still_on_strike():
    _, main = _main(
        "Staff strike across the region\n\n"
        "Striking staff marched through the city centre on Wednesday as the strike entered its second day.\n\n"
        "Picket lines stood at twelve campuses and the strike rally heard from the union's leader.\n")
    assert main.kind == "strike"


def test_a_purpose_or_an_intention_is_no_act():
    assert act_in_opening(["Students voted on Tuesday to go on strike next month."]) is None
    assert act_in_opening(["Nurses will not be able to strike over staffing this year."]) is None
    assert act_in_opening(["Following our ballot result, the branch agreed three strike days."]) is None


def test_a_vice_chancellor_surrounded_yesterday_dates_the_protest():
    result, main = _main(
        "date 2019-05-22 Students locked the campus gate and gheraoed the vice-chancellor yesterday over the "
        "fee hike.\n\n"
        "The university said in a notice that exams due to be held on May 22, 2019 were put off.\n\n"
        "Students have been agitating against the hike for ten days.\n")
    assert main.kind == "protest"
    assert (main.start, main.precision) == ("2019-05-21", "day")


def test_acts_said_in_other_words_are_found():
    assert act_in_opening(["Students entered the third day of their sit-in in the registry."]) == "occupation"
    assert act_in_opening(["The occupation ended on Friday after talks."]) == "occupation"
    assert act_in_opening(["Cleaners took strike action over pay on Monday."]) == "strike"
    assert act_in_opening(["Members voted to take strike action."]) is None
    assert act_in_opening(["The president survived a vote of no confidence at the council."]) == "vote"
    assert act_in_opening(["Students voted to disaffiliate from the national union."]) == "vote"
    assert act_in_opening(["Pupils walk out over the new uniform rules."]) == "walkout"


def test_a_march_defers_to_the_words_a_report_uses():
    assert act_in_opening(["Students marched through the city on Saturday."]) == "protest"
    _, main = _main(
        "Occupation enters second week\n\n"
        "Students marched from the library to the occupied hall, where the sit-in continues.\n\n"
        "The occupation began when students took over the hall; occupiers say the occupation will go on.\n")
    assert main.kind == "occupation"


def test_a_protest_made_by_walking_out_is_a_walkout():
    assert act_in_opening(["Students staged a protest, by walking out of lessons on Monday."]) == "walkout"
    assert act_in_opening(["Students staged a protest by occupying the administration building."]) == "occupation"
    assert act_in_opening(["Students staged a protest outside the ministry."]) == "protest"


def test_a_letter_met_in_passing_does_not_make_a_strike_report_a_letter():
    _, main = _main(
        "Strike closes campuses\n\n"
        "Lecturers at twelve universities were on the picket lines today as the pensions strike continued.\n\n"
        "In a letter to students, the vice-chancellor said strike days would not be made up.\n\n"
        "The union said the strike would run until Friday, with picket lines at every entrance and a strike "
        "rally at noon.\n")
    assert main.kind == "strike"


def test_leaving_a_room_is_no_walkout_and_a_hunger_strike_is_reported_as_a_strike():
    assert act_in_opening(["The president stormed out of the room after the vote."]) is None
    assert act_in_opening(["Student representatives walked out of the meeting with the principal."]) is None
    assert act_in_opening(["Five students launched a hunger strike outside the senate house."]) is None
    _, main = _main(
        "Students refuse food over fee rise\n\n"
        "Five students began a hunger strike on Monday outside the senate house, demanding that the fee rise be "
        "withdrawn.\n\n"
        "The hunger strikers say they will drink only water until the university talks to them.\n")
    assert main.kind == "strike"  # as the pages that report one label it (round 40)


def test_barricades_and_encampments_are_occupations():
    assert act_in_opening(["Protesters barricaded themselves early Wednesday in the president's office."]) == "occupation"
    assert act_in_opening(["Students nationwide are staging encampments to protest investments."]) == "occupation"
    assert act_in_opening(["Students set up an encampment on the main lawn on Monday."]) == "occupation"


def test_the_fast_search_finds_what_the_plain_pattern_finds():
    from timeline_app.core.extract import lede_action
    from timeline_app.core.extract.lede_act_patterns import ACT

    sentences = [
        "Students staged a protest, by walking out of lessons on Monday.",
        "In a letter to the minister, 200 scholars condemned the arrests.",
        "Lecturers who had voted to take strike action went on strike on Monday.",
        "The petition has garnered 650 signatures; students also blocked the main gate.",
        "HSU HAS TODAY LAUNCHED THE FAIR RENT FOR ALL CAMPAIGN.",
        "Ünïversity staff walked off the job and İstanbul students marched to the square.",
        "Nothing happened here at all.",
    ]
    for sentence in sentences:
        plain = ACT.search(sentence)
        fast, _ = lede_action._search_act(sentence)
        assert (plain and (plain.start(), plain.lastgroup)) == (fast and (fast.start(), fast.lastgroup))
