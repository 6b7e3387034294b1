"""Kinds, main-event dates and titles as a reader of real reports tells them
(issue 16): the action a report names over the umbrella word it repeats, a
resignation that is no vote, dates resolved the way the report's tense says."""

from __future__ import annotations

from test_extract_kinds_and_main import _main  # the document's extraction and its main event


def test_a_sit_in_reported_as_a_protest_is_an_occupation():
    _, main = _main(
        "Students stay put with no end in view\n\n"
        "Students demanding a new bursary scheme have entered the third day of their sit-in at the "
        "college's finance office.\n\n"
        "The protest began when students marched from the library to the office and refused to leave.\n\n"
        "Students sang songs inside while staff worked from home.\n\n"
        "The protest was peaceful, with protesters singing outside.\n\n"
        "Management said the office would stay closed.\n")
    assert main.kind == "occupation"


def test_a_walkout_called_a_demonstration_throughout_stays_a_walkout():
    _, main = _main(
        "Pupils walk out over climate inaction\n\n"
        "Pupils at three schools walked out of lessons at noon to demand action on climate change.\n\n"
        "The demonstration filled the square. Demonstrators said the protest was the first of many.\n\n"
        "Teachers watched the protest from the gates, and the protesters went back after an hour.\n")
    assert main.kind == "walkout"


def test_a_report_on_a_resignation_is_not_a_vote():
    _, main = _main(
        "Students' union president resigns after no-confidence vote\n\n"
        "The president of the students' union has resigned after members voted in a motion of "
        "no confidence at an emergency meeting.\n\n"
        "The vote followed weeks of complaints. Turnout for the vote was the highest in years.\n")
    assert main.kind != "vote"


def test_a_protest_that_mentions_an_old_occupation_in_passing_stays_a_protest():
    _, main = _main(
        "Hundreds rally against fee rise\n\n"
        "Hundreds of students rallied outside the council offices against the planned fee rise.\n\n"
        "Speakers at the protest recalled the occupation of the library ten years ago.\n\n"
        "The demonstration ended with a march to the station, and organisers promised more protests.\n")
    assert main.kind == "protest"


def test_a_yearless_date_in_a_past_tense_report_is_the_one_before_publication():
    _, main = _main(
        "Occupation ends after six months\n\n"
        "Published 10 June 2019\n\n"
        "Students who occupied the library on 1 December have left the building after the university "
        "agreed to their demands.\n")
    assert main.start == "2018-12-01"


def test_a_yearless_date_a_report_announces_is_the_one_after_publication():
    _, main = _main(
        "Union plans national march\n\n"
        "Published 10 June 2019\n\n"
        "The union will march through the capital on 20 January against the new funding rules.\n")
    assert main.start == "2020-01-20"


def test_a_wire_style_bare_weekday_dates_the_event():
    _, main = _main(
        "Sit-in at records office ends\n\n"
        "date 2011-11-29 A student occupation of the records office ended about noon Tuesday after "
        "administrators agreed to meet the students.\n\n"
        "Both doors had been barred early Monday morning while scores of students met inside.\n")
    assert (main.start, main.precision) == ("2011-11-29", "day")


def test_a_weekday_inside_a_name_or_a_routine_dates_nothing():
    from timeline_app.core.extract.bare_weekdays import bare_weekdays

    text = ("The Good Friday agreement was cited. Volunteers meet every Monday. "
            "The Sunday Times reported it. Police said Thursday that no one was hurt.")
    assert [m.text for m in bare_weekdays(text)] == ["Thursday"]


def test_a_photo_caption_date_is_not_the_main_event():
    _, main = _main(
        "Schools respond in different ways to climate strike\n\n"
        "By Staff - September 15, 2019\n"
        "City School Climate Strike - March 15, 2019\n\n"
        "City School Climate Strike, March 15, 2019. (photo by A. Reader)\n\n"
        "On Friday, September 20, pupils across the region will walk out of class to demand real "
        "action on the climate crisis. Rallies are planned in five cities.\n\n"
        "Last March, a comparable climate strike took place around the globe.\n")
    assert main.start == "2019-09-20"


def test_a_byline_is_not_the_headline_and_the_dated_act_named_next_is_the_main_event():
    result, main = _main(
        "BY A. WRITER\n"
        "HILLTOWN — Students from three universities surrounded the council building on August 12. "
        "The 300-strong protest, organised by the student union, tried to stop the vote on fees.\n"
        "Students now plan to rally again on August 21 to get the vote reversed.\n"
        "From The Weekly, August 21, 2002.\n")
    assert result.published == "2002-08-21"
    assert (main.start, main.kind) == ("2002-08-12", "protest")
    assert "WRITER" not in main.title


def test_a_share_of_the_vote_reports_a_ballot_result():
    _, main = _main(
        "Teachers give union leaders the go-ahead\n\n"
        "Tuesday, May 4, 2010\n\n"
        "Union leaders can now call a strike once each school's representatives approve it. "
        "The plan won 68 percent approval last night.\n")
    assert main.kind == "vote"
    assert (main.start, main.precision) == ("2010-05-03", "day")


def test_a_percentage_that_is_no_vote_is_no_vote_cue():
    from timeline_app.core.extract.kind_votes import cue_scores

    assert cue_scores("Rents rose by 5% last year and 40 per cent of members are women.") == {}
    assert cue_scores("62% voted in favour") == {"vote": 4.0}


def test_an_updated_or_byline_date_is_no_event_and_this_year_is_no_date():
    result, main = _main(
        "Students occupy library over cuts\n"
        "By Jane Smith | Published 3 March 2021 | Updated 9 March 2021\n"
        "Students have occupied the main library in protest at cuts to staff, the union said.\n"
        "The occupation is the third this year.\n")
    assert result.published == "2021-03-03"
    assert (main.start, main.precision) == ("2021-03-03", "approximate")
    assert "2021-03-09" not in [e.start for e in result.events]


def test_a_line_opening_with_by_that_is_a_sentence_keeps_its_date():
    _, main = _main(
        "Walkout called over pay\n\n"
        "By the end of the meeting on 12 May 2022, staff had voted to walk out on 19 May 2022.\n")
    assert main.start in ("2022-05-12", "2022-05-19")


def test_members_voting_to_strike_is_the_vote_being_reported():
    _, main = _main(
        "Teaching assistants vote to strike\n\n"
        "Teaching assistants voted on Tuesday to go on strike if the university does not improve its pay offer, "
        "the union said.\n\n"
        "A strike would begin next month and could close tutorials across campus.\n")
    assert main.kind == "vote"


def test_an_emailed_open_letter_is_the_letter():
    _, main = _main(
        "From: Staff Network <network@example.org>\n"
        "Sent: 12 March 2020\n"
        "To: All members\n"
        "Subject: Open letter: stop the course closures\n\n"
        "Dear Vice-Chancellor,\n\n"
        "We, the staff of the faculty, ask you to halt the closures. The campaign against them has grown, "
        "and the student union will vote on a motion of support next week. Our campaign will go on.\n\n"
        "Signed,\nThe Staff Network\n")
    assert main.kind == "letter"


def test_a_report_mentioning_a_letter_later_is_not_a_letter():
    _, main = _main(
        "Students march on parliament\n\n"
        "Thousands of students marched on parliament on 4 May 2021 against rising fees.\n\n"
        "Letter to the minister: the union later wrote to the minister asking for a meeting.\n")
    assert main.kind == "protest"


def test_bare_date_lines_and_quoted_forecasts_make_no_timeline_entries():
    result, main = _main(
        "Students march against fees\n\n"
        "Published 12 October 2008\n\n"
        "Thousands of students marched through the city on 10 October 2008 against the return of fees.\n\n"
        "“I think fees could be brought in as early as September 2009,” one organiser said.\n\n"
        "Wednesday, May 18, 2022\n")
    assert main.start == "2008-10-10"
    assert {e.start for e in result.events} == {"2008-10-10"}


def test_a_weekday_naming_a_kind_of_day_dates_nothing():
    from timeline_app.core.extract.bare_weekdays import bare_weekdays

    assert list(bare_weekdays("September 20 is the third Friday count, and a Friday lecture is cancelled.")) == []


def test_a_kind_word_inside_a_groups_name_does_not_vote():
    _, main = _main(
        "Forty colleges join national action on fees\n\n"
        "The Harbourton Campaign Against Fees and Cuts said students at forty colleges walked out at noon.\n\n"
        "A spokesperson for the Harbourton Campaign Against Fees and Cuts said the walkouts were a success. "
        "The Harbourton Campaign Against Fees and Cuts will meet next week. "
        "Members of the Campaign Against Fees in the city joined them.\n")
    assert main.kind == "walkout"


def test_a_day_of_action_called_by_a_strike_network_is_a_protest():
    _, main = _main(
        "Why join the Rent Strike Day of Action?\n\n"
        "On 16 October the Rent Strike network of students has called a Day of Action over soaring rents. "
        "Students will hold rallies and stalls on campuses across the country.\n")
    assert main.kind == "protest"


def test_cue_words_in_a_capitalised_name_are_dropped_but_not_in_a_headline():
    from timeline_app.core.extract.kind_names import without_name_cues
    from timeline_app.core.extract.kinds import cue_matches
    from timeline_app.core.extract.sentences import lines

    text = ("Students Campaign For Free Education\n"
            "The Harbourton Campaign Against Fees and Cuts backed the campaign for free education.\n")
    kept = without_name_cues(text, cue_matches(text), lines(text))
    assert [text[offset:offset + 8] for offset, _, _ in kept] == ["Campaign", "campaign"]
    assert kept[0][0] < text.index("\n")
