"""Round 21 (issue 16): a vote reported with its margin ("voted by 88% to
12% in favour of taking strike action from Thursday, March 9") is a vote held
when the page says, not the strike it allows; a ballot under way is a vote;
a threat told of someone in a relative clause, or a vote told as the cause
("following the referendum where ..."), is not the page's act."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_vote_with_its_margin_is_the_vote_on_the_day_reported_not_the_strike_voted_for():
    _, main = _main(
        "Hospital porters vote for strike\n\n"
        "Published 15 February 2017\n\n"
        "Porters and cleaners working in the Harbourton hospitals have voted by 88% to 12% in favour of taking "
        "strike action at three sites from Thursday, March 9, their union said late this afternoon.\n\n"
        "The count of the ballot of some 4,000 members ended today.\n")
    assert (main.kind, main.start) == ("vote", "2017-02-15")


def test_a_ballot_under_way_is_a_vote():
    _, main = _main(
        "Teachers confident of majority vote for proposed strike\n\n"
        "June 13, 2024\n\n"
        "The Lakeland Teachers Association expects to win the 51 percent majority it needs from members in the "
        "ongoing secret ballot process on whether to go ahead with a proposed strike.\n")
    assert main.kind == "vote"


def test_a_threat_told_of_someone_in_a_relative_clause_is_not_the_pages_act():
    _, main = _main(
        "THE Minister of Higher Learning has told the council of Westbrook university to discipline leaders of the "
        "student union who lately threatened to strike unless their bursaries were paid.\n\n"
        "The students issued a 48-hour ultimatum on Tuesday calling for the bursaries to be paid.\n")
    assert main.kind != "strike"


def test_members_voting_for_industrial_and_strike_action_is_a_vote():
    _, main = _main("Civil servants vote for industrial and strike action by wide margin\n\n"
                    "In the spring, the Ostland Public Employees Union won broad mandates to pursue industrial action "
                    "and strike action to enforce the pay deal.\n\n"
                    "The motion asked members to renew their backing for industrial action and strike action.\n")
    assert main.kind == "vote"


def test_an_issue_put_to_a_secret_ballot_is_a_vote():
    _, main = _main("Whether to strike was the question put to the vote by secret ballot as the Arlen teachers "
                    "union held urgent meetings on Thursday.\n\nTeachers gathered in Arlen to vote on whether they "
                    "backed strike action.\n")
    assert main.kind == "vote"


def test_a_bill_put_to_a_vote_while_people_march_is_no_vote_of_theirs():
    _, main = _main(" date 2024-03-12 \nBill put to a vote\n\nThousands marched on Parliament on Wednesday as the bill "
                    "was put to the vote.\nThe march was called by the Trades Union Congress.\n")
    assert main.kind == "protest"
