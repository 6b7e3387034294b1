"""Round 7 (issue 16): reports *about* an action are not the action — a survey of
opinion on a strike, a court order to end it, talks to settle it — while a
campaign launched, a vote taken part in, a petition delivered at a rally and
pupils who "walked out" are the acts a reader would name."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.lede_action import act_in_opening


def test_a_survey_of_opinion_on_a_strike_is_other():
    _, main = _main(
        "What do students think of the strike?\n\n"
        "Last week the paper conducted an online survey of students about the lecturers' strike.\n\n"
        "The survey found most support the strike. The strike continues next week, and pickets will "
        "stand at every gate while the strike lasts.\n")
    assert main.kind == "other"
    assert act_in_opening(["In a survey of 300 students by the paper, most backed the strike."]) == "other"
    assert act_in_opening(["The poll found that many staff would strike again."]) == "other"


def test_a_court_order_or_an_appeal_against_it_is_other():
    _, main = _main(
        "Judge orders staff back to work\n\n"
        "A judge in the capital ordered the staff union to suspend its strike on Friday.\n\n"
        "The strike had run for three weeks. Union leaders said the strike would resume if talks failed.\n")
    assert main.kind == "other"
    assert act_in_opening(["The union says it will appeal the ruling that ended its strike."]) == "other"


def test_talks_or_a_meeting_to_end_a_strike_are_other():
    assert act_in_opening(["The striking teachers' union is to meet with ministers on Monday."]) == "other"
    assert act_in_opening(["Both sides held fresh talks over the strike."]) == "other"
    assert act_in_opening(["The union and the employers reached a new agreement on pay."]) == "other"
    assert act_in_opening(["Pay terms they reach agreement on are never kept, the union says."]) is None


def test_a_statement_issued_in_reply_is_other():
    assert act_in_opening(["School strikers have issued the following statement in reply."]) == "other"


def test_a_campaign_launched_is_a_campaign_even_among_strike_words():
    _, main = _main(
        "Students back striking staff\n\n"
        "Students held the launch of the Support Our Strikers campaign on Tuesday, backing staff on strike.\n\n"
        "The strike is the longest in years, and students joined the strike pickets. Staff said the strike "
        "would go on.\n")
    assert main.kind == "campaign"


def test_taking_part_in_a_vote_on_a_strike_is_a_vote():
    assert act_in_opening(["Thank you to everyone who took part in this all-member vote on strike action."]) == "vote"


def test_a_petition_delivered_at_a_rally_is_the_petition():
    _, main = _main(
        "Support our staff: the petition\n\n"
        "On Friday students held a rally and delivered a petition signed by 300 people to the principal.\n\n"
        "This petition extends the one delivered that day. Sign the petition to back our staff.\n")
    assert main.kind == "petition"


def test_walked_out_at_the_end_of_a_headline_is_a_walkout_and_compound_adjectives_are_no_act():
    assert act_in_opening(["Why local pupils walked out"]) == "walkout"
    assert act_in_opening(["Student-organised protests drew hundreds."]) is None
    assert act_in_opening(["Miners across the region walked out."]) == "walkout"


def test_miners_who_walk_out_are_on_strike():
    _, main = _main(
        "When the pits closed\n\n"
        "In the spring the coal board announced closures, and within days miners across the coalfield had walked out.\n\n"
        "The strike that followed lasted a year, and the strike shaped the region.\n")
    assert main.kind == "strike"


def test_gathering_somewhere_to_oppose_something_is_a_protest():
    assert act_in_opening(["Ninety students gathered at the college to oppose the annual rent rise."]) == "protest"
    assert act_in_opening(["Ninety students gathered at the college for a quiz night."]) is None


def test_a_year_that_kicks_off_with_a_conference_is_other():
    assert act_in_opening(["The union's jubilee year kicks off with the National Students' Conference this week."]) == "other"


def test_a_one_line_menu_and_a_paywall_notice_are_no_headline():
    _, main = _main(
        "This site has a paywall\n"
        "Buy a licence to read on Learn More\n\n"
        "News | Politics | Education | Search\n\n"
        "Students gather to oppose the rent rise\n\n"
        "Ninety students gathered at the college on Monday to oppose the annual rent rise, and a vote "
        "on the rise was put off.\n\n"
        "The council's vote is now due in spring, and a motion on rents will come to the vote then.\n")
    assert main.kind == "protest"
    assert "paywall" not in main.title.lower() and "|" not in main.title


def test_arrests_after_a_protest_are_news_of_their_own_but_arrests_for_one_are_the_protest():
    assert act_in_opening(["Police on Tuesday arrested three student leaders following a demonstration on Monday."]) == "other"
    assert act_in_opening(["Police arrested ten students for staging a demonstration at the gate."]) == "protest"
    _, main = _main(
        "Students arrested at fees protest\n\n"
        "Twelve students were arrested on Tuesday for staging a demonstration at the campus gate against "
        "the lecturers' strike.\n\n"
        "The strike has run for weeks, and students say the strike leaves them without classes.\n")
    assert main.kind == "protest"


def test_a_strike_suspended_is_the_strike_and_a_signed_agreement_named_in_passing_is_no_act():
    assert act_in_opening(["The lecturers' union has suspended the five weeks old strike."]) == "strike"
    assert act_in_opening(["The ministers urged the union to suspend the strike at once."]) is None
    assert act_in_opening(["They will resume if the government breaks the signed agreement on pay."]) is None
    assert act_in_opening(["The union and the council signed a new agreement on pay."]) == "other"
