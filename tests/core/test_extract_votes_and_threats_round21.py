"""Round 21 (issue 16): a vote reported with its margin ("voted by 94% to
6% in favour of taking strike action from Tuesday, March 7") is a vote held
when the page says, not the strike it allows; a ballot under way is a vote;
a threat told of someone in a relative clause, or a vote told as the cause
("following the referendum where ..."), is not the page's act."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_vote_with_its_margin_is_the_vote_on_the_day_reported_not_the_strike_voted_for():
    _, main = _main(
        "Health support staff vote for strike\n\n"
        "Published 13 February 2017\n\n"
        "Union members employed as health service support staff have voted by 94% to 6% in favour of taking "
        "strike action in selected hospitals from Tuesday, March 7, the union announced this afternoon.\n\n"
        "The ballot of the over 10,000 members was counted today.\n")
    assert (main.kind, main.start) == ("vote", "2017-02-13")


def test_a_ballot_under_way_is_a_vote():
    _, main = _main(
        "Teachers confident of majority vote for proposed strike\n\n"
        "June 13, 2024\n\n"
        "The Teachers Association is confident it will secure a 51 percent majority from its members during the "
        "ongoing secret ballot process to proceed with a proposed strike.\n")
    assert main.kind == "vote"


def test_a_threat_told_of_someone_in_a_relative_clause_is_not_the_pages_act():
    _, main = _main(
        "THE Minister for Education has directed the management of the university to punish leaders of the "
        "students' organisation who recently threatened to strike if they were not given loans.\n\n"
        "The students issued a 72-hour ultimatum on Monday demanding to be paid loans.\n")
    assert main.kind != "strike"


def test_members_voting_for_industrial_and_strike_action_is_a_vote():
    _, main = _main("Public Service members vote for industrial and strike action by large majority\n\n"
                    "Earlier this year, the union obtained extensive mandates to promote industrial action and strike "
                    "action in pursuit of the terms of the agreement.\n\n"
                    "The proposition sought renewed approval for the promotion of industrial action and strike action.\n")
    assert main.kind == "vote"


def test_an_issue_put_to_a_secret_ballot_is_a_vote():
    _, main = _main("To strike or not was the issue put to the vote by secret ballot when the teachers union held emergency "
                    "meetings on Thursday.\n\nTeachers met in the city to vote on whether they supported strike "
                    "action.\n")
    assert main.kind == "vote"


def test_a_bill_put_to_a_vote_while_people_march_is_no_vote_of_theirs():
    _, main = _main(" date 2024-03-12 \nBill put to a vote\n\nThousands marched on Parliament on Wednesday as the bill "
                    "was put to the vote.\nThe march was called by the Trades Union Congress.\n")
    assert main.kind == "protest"
