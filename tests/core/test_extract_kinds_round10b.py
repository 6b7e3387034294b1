"""Kinds, round 10b (issue 16): a ballot that gives a mandate for a strike,
people who stay inside a building, a rally hosted or announced by strikers,
a crowd that gathers to hand over a letter, and staff who walk out."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_ballot_result_giving_a_mandate_for_a_strike_is_the_vote():
    _, main = _main(
        "Ballot gives porters a clear mandate for strike action over rotas\n\n"
        "Hospital porters have backed strike action over new rotas by a wide margin, the union said, "
        "with 88% in favour.\n\n"
        "The union said a strike is the last resort and urged the trust to return to talks before any "
        "strike dates are set.\n")
    assert main.kind == "vote"


def test_students_who_remain_in_a_hall_they_hold_are_on_an_occupation_not_a_protest():
    _, main = _main(
        "Students remain in the Great Hall after a day of protest\n\n"
        "Students are still in the building tonight, after security staff tried to clear it during the "
        "protest.\n\n"
        "Protesters outside chanted in support, and the protest drew speakers from other colleges.\n")
    assert main.kind == "occupation"


def test_staying_in_their_rooms_is_no_occupation():
    _, main = _main(
        "Students remained in their rooms as the protest went on outside\n\n"
        "Hundreds joined the protest against the closure of the sports centre on Saturday.\n\n"
        "Protest organisers said they would return next week.\n")
    assert main.kind == "protest"


def test_strikers_who_will_rally_at_city_hall_are_holding_a_rally():
    _, main = _main(
        "Striking nurses and porters will rally at the city hall on Friday\n\n"
        "The trades council is hosting a 'Fair Pay Now' rally on Friday at the city hall to back the "
        "staff on strike.\n\n"
        "The rally falls on the third day of strike action by health workers, and more strikes are "
        "planned.\n")
    assert main.kind == "protest"


def test_a_crowd_that_assembles_to_hand_over_an_open_letter_is_a_rally():
    _, main = _main(
        "Our message heard at the assembly\n\n"
        "Hundreds of library workers assembled outside the assembly building on Monday and delivered "
        "their demands to ministers.\n\n"
        "An open letter on library funding, signed by two thousand staff, was accepted by the minister.\n\n"
        "The open letter asks for a funding review.\n")
    assert main.kind == "protest"


def test_teachers_who_walk_out_over_pay_in_industrial_action_are_on_strike():
    _, main = _main(
        "Schools close as teachers walk out\n\n"
        "Most schools in the county closed today as teachers in the union walk out over pay.\n\n"
        "It is the first of three days of industrial action, with more walk-outs planned for March.\n\n"
        "Parents were told of the walkouts last week.\n")
    assert main.kind == "strike"


def test_pupils_who_walk_out_of_lessons_stay_a_walkout():
    _, main = _main(
        "Pupils walk out of lessons over uniform rules\n\n"
        "Hundreds of pupils walked out of lessons on Tuesday over the new uniform rules.\n\n"
        "The head said the walkout disrupted the morning.\n")
    assert main.kind == "walkout"


def test_a_photo_credit_line_is_not_taken_for_the_headline():
    _, main = _main(
        "Photo credit: A. Fotografer/Agency\n\n"
        "Nurses at the county hospital went on strike on Monday over staffing levels.\n\n"
        "The strike is the first at the hospital in twenty years.\n")
    assert "credit" not in main.title.lower()


def test_a_decision_whose_photo_caption_shows_a_protest_is_not_the_protest():
    _, main = _main(
        "Borough council votes to divest pension fund from arms companies\n\n"
        "Protesters rally outside the town hall ahead of the meeting. Photo: A. Fotografer\n\n"
        "Councillors voted by 31 to 12 on Tuesday night to sell the fund's holdings in arms makers within "
        "two years.\n\n"
        "Campaigners, who had held protests at every council meeting since the spring, welcomed the decision.\n")
    assert main.kind == "vote"


def test_a_letter_laid_out_as_a_memo_is_the_letter():
    _, main = _main(
        "MEMORANDUM\n"
        "To: The Vice-Chancellor and the Council\n"
        "From: The Students' Union executive\n"
        "Re: Our campaign against the closure of the nursery\n\n"
        "We write on behalf of the student parents whose campaign to keep the campus nursery open has "
        "gathered support across the university.\n\n"
        "The campaign asks the Council to reverse its decision before the summer.\n")
    assert main.kind == "letter"


def test_an_email_with_sent_and_subject_lines_is_not_taken_for_a_memo():
    _, main = _main(
        "From: Branch Secretary\n"
        "Sent: 4 May 2021 09:12\n"
        "To: All members\n"
        "Subject: Re: Campaign update\n\n"
        "Our campaign for fair workloads continues, and the campaign team will meet on Friday to plan "
        "the next steps of the campaign.\n")
    assert main.kind == "campaign"
