"""Round 27 (issue 16), from real pages. Headlines: a saved page's own
labels ("Accessibility links", "Search icon", "Previous Thread", "Select
Page", "Join us on", a row of sharing buttons, "Tag Archives: ..."), a
search or sign-up prompt, an agency's or a paper's name on a line of its own
("Tribune News Service"), an outlet's name set above a headline ("Riverside
Daily News"), a dateline alone ("Harbourton, August 23"), a "From Name,
Place" byline and a site's name that a "Published on ..." line below repeats
are no headline; a site's "Home > " trail is no part of one. Words such
lines end with stay a headline's own when nothing else heads the page
("Teachers Get Good News", "Strike Is On"). Titles: an opening participle of
saying ("Saying they want a voice, ...") is dropped like one of protest.
Kinds: "activists arrested for spray painting" is a protest; practice
pickets make the page's pickets a rehearsal until its first strike cue; "a
78% majority in favour" is a ballot's result. Dates: a group that "plans a
rally on Thursday" holds it after the page; a dated page's photo caption told
in the present with its credit ("Members ... march ... on July 17, 2023. Jo
Cruz, City News") dates no event. A kicker over a headline with a cry in it
("Pay up, Jones! Pay up!") is passed over; a line ending on a year and a
clock time ("... 25 February 2025 | 8:43") is a stamp, not a headline.
From tune28: "won't" and "encouraging ... to" look ahead (not "said he won't
resign", not "encouraging results"); a petition site's count with its goal
("12 have signed. Let's get to 100!") makes the page a petition; a page that
opens by addressing "Your Excellency," is a letter (not a speech reported)."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.models import ReadDocument

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

STORY = ("Cleaners at the city hospital walk out over unpaid wages\n\n"
         "Cleaners at the city hospital walked out on Tuesday after three months of unpaid wages, their union "
         "said.\n\nThe walkout closed two wards for the afternoon.\n")


@pytest.mark.parametrize("furniture", [
    "Accessibility links", "Search icon", "Previous Thread", "Primary tabs", "Select Page", "Warning message",
    "Breaking News", "More on RiversideOnline", "Spread This News", "Riverside Daily News", "Tribune News Service",
    "Harbourton Web Feature", "Harbourton, August 23", "Facebook Instagram Twitter YouTube",
    "Tag Archives: hospital cleaners", "Hi, what are you looking for?",
    "Enter your email address to hear about our campaigns first",
])
def test_a_page_label_over_the_headline_is_not_its_title(furniture):
    result, main = _main(furniture + "\n12 April 2023\n" + STORY)
    assert result.title == "Cleaners at the city hospital walk out over unpaid wages"
    assert main.title != furniture


def test_a_forum_member_box_is_no_headline():
    """The member box under a forum post's own label ("Joined: Oct 1999") named no action and
    dated none: the page's story is dated by its own words."""
    text = ("Previous Thread\nNext Thread\nPrint Thread\nJoined: Oct 1999\nPosts: 1,204\n\n"
            "date 2021-04-27 Teachers across the district walked out of their schools on Monday over unpaid "
            "allowances, their union said.\n\nThe walkout is set to go on all week.\n")
    result, main = _main(text)
    assert "Joined" not in main.title and "Thread" not in main.title
    assert main.start == "2021-04-26"


def test_the_site_a_published_line_names_is_not_the_headline():
    text = ("Harbour Bulletin\nPublished on Harbour Bulletin (https://bulletin.example)\n"
            "Home > Dock workers vote to strike over pay\n\n"
            "Dock workers at the port voted on Monday to strike over pay, their union said.\n")
    result, _ = _main(text)
    assert result.title == "Dock workers vote to strike over pay"


@pytest.mark.parametrize(("trail", "headline"), [
    ("Home > ", "Porters stage a sit-in at the town hall"),
    ("Home » News/Views » ", "Porters stage a sit-in at the town hall"),
])
def test_a_sites_trail_is_no_part_of_the_headline(trail, headline):
    result, _ = _main(trail + headline + "\n\nPorters at the town hall began a sit-in on Monday.\n")
    assert result.title == headline


def test_a_few_words_leading_into_the_next_line_are_no_headline():
    result, main = _main("Join us on\nSaturday 18 March 2023\n\nTeachers will march through the city centre on "
                         "Saturday against the closure of the music school.\n")
    assert result.title != "Join us on" and main.title != "Join us on"


def test_a_long_line_that_runs_on_is_still_read_as_before():
    """A hard-wrapped paragraph's first line also ends on "to": it is no short lead-in, and is not skipped
    for the next line (which would begin mid-sentence)."""
    text = ("Three hundred porters at the central hospital voted overwhelmingly last month to\n"
            "authorise their union to call a strike over the new rota, and walked out on 3 May 2023.\n")
    assert extract(ReadDocument(text=text, format="txt")).title.startswith("Three hundred porters")


@pytest.mark.parametrize(("sentence", "title"), [
    ("Saying they want more of a say over the rota, 600 porters at the central hospital went on a one-day strike "
     "on Wednesday.", "600 porters at the central hospital went on a one-day strike"),
    # "Warning strikes" are the subject, not a participle opening the sentence
    ("Warning strikes, called by the transport union at six airports, halted flights across the country on Friday "
     "and left thousands of passengers stranded.", "Warning strikes"),
])
def test_an_opening_participle_of_saying_is_dropped_from_the_title(sentence, title):
    assert _main("date 2023-05-10 " + sentence + "\n")[1].title.startswith(title)


@pytest.mark.parametrize(("text", "protest"), [
    ("Climate activists arrested for spray painting bank branches\n\nPolice officers detained two climate "
     "activists early in the morning after slogans were painted on the windows of three branches.\n", True),
    # not for what they did in protest: charged, or arrested for striking
    ("Two activists arrested on fraud charges\n\nPolice officers detained two men in the city on Monday.\n", False),
    ("Union activists arrested after striking\n\nFive union activists were detained on Monday after a day-long "
     "strike at the port.\n", False),
])
def test_activists_arrested_for_what_they_did_protested(text, protest):
    assert (_main(text)[1].kind == "protest") is protest


PRACTICE = ("Drivers hold practice pickets at the depot\n\n"
            "Drivers at the parcel depot held practice pickets on Thursday as talks over pay went on.\n\n"
            "The pickets ran from 8 a.m. to 10 a.m. so that both shifts could join the picket.\n\n"
            "The union says its members are ready to strike next month.\n")


def test_a_page_of_practice_pickets_reports_a_protest():
    assert _main(PRACTICE)[1].kind == "protest"


def test_practising_picketing_is_a_rehearsal():
    _, main = _main("Drivers are already practising picketing\n\nAbout 30 drivers at the depot were practising "
                    "picketing on Friday.\n\nThe union says a walkout is likely next month.\n")
    assert main.kind == "protest"


def test_pickets_after_the_strike_began_are_the_strikes():
    """A rehearsal first, then the strike: the pickets that stand once it has begun are its own."""
    result = extract(ReadDocument(text=(
        "Porters rehearse, then strike\n\nPorters at the central hospital held a practice picket on 1 March 2023.\n\n"
        "They began a 48-hour strike on 3 March 2023 after talks failed.\n\n"
        "On 4 March 2023 pickets stood at all four gates of the hospital.\n"), format="txt"))
    kinds = {event.start: event.kind for event in result.events}
    assert kinds["2023-03-01"] == "protest" and kinds["2023-03-04"] == "strike"


def test_pickets_on_a_page_without_practice_are_still_the_strikes():
    text = PRACTICE.replace("practice pickets", "pickets")
    assert _main(text)[1].kind == "strike"



def test_a_from_line_naming_the_writer_is_a_byline():
    result, _ = _main("From Ada Obi, Harbourton\n\nDate 2022-07-27 Members of the dockers' union marched through "
                      "Harbourton on Wednesday to demand the payment of arrears.\n")
    assert not result.title.startswith("From Ada Obi")


def test_a_visit_our_home_page_line_is_no_title():
    text = ("Thousands of students rallied outside parliament on 10 August 2005 against the fees bill.\n"
            "They were joined in several towns by lecturers from the staff union.\n"
            "In the capital the crowd held its ground until police let the march go on.\n"
            "The students' president said the turnout showed how angry campuses were.\n"
            "Another day of action is planned for the end of the month.\n"
            "From Campus Left Weekly, August 17, 2005.\n"
            "Visit the Campus Left Weekly home page.\n")
    assert "home page" not in _main(text)[1].title


@pytest.mark.parametrize("headline", [
    "Workers Face Hard Times", "Teachers Get Good News", "University Lectures Go Online", "Strike Is On",
    "Dispute Over", "Count Us In", "Teachers Walk Out, 3 March", "Picket Line Rally, Friday 3 March",
])
def test_headlines_that_look_like_page_labels_stay_headlines(headline):
    """Words a site's label or a dateline also ends with are a headline's own when nothing else heads the page."""
    result, _ = _main(headline + "\n\nTeachers at the city's twelve schools walked out on Tuesday over the new pay "
                      "scales, their union said.\n")
    assert result.title == headline


def test_a_headline_repeated_in_the_posted_by_line_stays_the_headline():
    result, _ = _main("Rent Strike\nPosted by Rent Strike London on 3 March 2023\n\nTenants in four blocks withheld "
                      "their rent on Monday.\n")
    assert result.title == "Rent Strike"


def test_a_majority_in_favour_is_a_ballots_result():
    _, main = _main("Union responds to reports from the bus depot\n\nDrivers at the depot were balloted over Monday "
                    "and Tuesday, and the count gave a 78% majority in favour of industrial action, the union said.\n")
    assert main.kind == "vote"


def test_a_group_that_plans_a_rally_on_a_weekday_holds_it_after_the_page():
    """Published on a Wednesday: the rally it "plans" on Thursday is the next day, not last week's."""
    result = extract(ReadDocument(text="date 2018-04-25 Teachers hold walk-ins before the walkout\n\nThe group "
                                  "plans a rally outside the assembly building on Thursday, its organisers said.\n",
                                  format="txt"))
    assert any(event.start == "2018-04-26" for event in result.events)
    assert all(event.start != "2018-04-19" for event in result.events)


CAPTIONED = ("Members of the drivers' group Lakbay march toward the bridge on July 17, 2023, calling for the "
             "end of the phase-out. Jo Cruz, City News\n"
             "The drivers' group Lakbay said it would go ahead with a three-day transport strike from Monday, "
             "the day of the President's address.\n")


def test_a_photo_caption_told_in_the_present_dates_no_event_of_a_dated_page():
    """The picture was taken at an earlier march: the page's news is the strike it announces."""
    _, main = _main("date 2023-07-23 " + CAPTIONED)
    assert main.start == "2023-07-24"


def test_an_undated_page_keeps_its_present_captions_day():
    """Without a date of its own, the caption's day is the only one the page's weekdays can be read from."""
    _, main = _main(CAPTIONED.replace("from Monday,", "on Monday, July 24, 2023,"))
    assert main.start == "2023-07-24"
    result = extract(ReadDocument(text=CAPTIONED, format="txt"))
    assert any(event.start == "2023-07-17" for event in result.events)


@pytest.mark.parametrize(("text", "day"), [
    # a lede told in the present, with no photographer's credit after it, is the news
    ("date 2023-07-25 Farmers block the motorway on July 24, 2023. The blockade lasted all day, police said.\n",
     "2023-07-24"),
    # "plans" a noun: the weekday is the one before the page
    ("date 2023-07-25 Last week the group unveiled plans a day after its rally on Thursday was broken up.\n",
     "2023-07-20"),
])
def test_present_ledes_and_plans_as_nouns_keep_their_days(text, day):
    assert _main(text)[1].start == day


def test_a_kicker_over_a_headline_with_a_cry_in_it_is_passed_over():
    result, main = _main("South Coast\n\nDockers march, Harbour Road: Pay up, Jones! Pay up!\n\nBy Ann Lee 25 April 2013"
                         "\n\nThousands of dockers marched to the port offices on Wednesday over unpaid bonuses.\n")
    assert result.title == main.title == "Dockers march, Harbour Road: Pay up, Jones! Pay up!"



def test_a_line_ending_on_a_year_and_a_clock_time_is_a_stamp_not_a_headline():
    result, _ = _main("Ada Obi and Ben Tau25 February 2025 | 8:43\n\nOpen letter to the Minister: help students now\n\n"
                      "Two students on hunger strike at the university appeal to the minister to act on funding.\n")
    assert result.title == "Open letter to the Minister: help students now"


def test_a_lede_that_says_what_wont_happen_is_told_in_the_future():
    """"Bins won't be emptied for a month" looks ahead: the strike it announces from Monday is the news, not
    an earlier action the page recalls."""
    _, main = _main("date 2022-07-23 Industrial action at the district council means most bins won't be emptied "
                    "for a whole month.\n\nThe strike by refuse workers is due to begin on Monday over pay.\n\n"
                    "The workers had previously taken industrial action in March over an earlier offer.\n")
    assert main.start == "2022-07-25"


def test_a_group_encouraging_pupils_to_walk_out_on_a_later_day_means_this_year():
    _, main = _main("date 2018-02-19 Districts weigh up school walkouts\n\nThe youth branch, a group dedicated to "
                    "pupils' voices, is urging pupils and staff to join in a school walkout on March 21 "
                    "at 11 a.m.\n")
    assert main.start == "2018-03-21"


def test_a_petition_sites_count_and_goal_make_the_page_a_petition():
    _, main = _main("Protect the market traders of the old town\n\n12 have signed. Let's get to 100!\n\n"
                    "TO: The Mayor\n\nWe, the traders of the old town, are alarmed by the clearances planned for "
                    "our streets and ask that no stall be removed without notice.\n")
    assert main.kind == "petition"


def test_a_head_of_state_addressed_as_your_excellency_is_written_to():
    _, main = _main("Pay the new teachers, a teacher asks the president\n\nYour Excellency, kindly allow me to "
                    "reach you through this page.\n\nYour Excellency, the teachers recruited last year have not "
                    "been paid since December, and #StayAtHome finds them in want.\n")
    assert main.kind == "letter"


@pytest.mark.parametrize(("text", "start", "kind"), [
    # what someone said they won't do, and "encouraging" results, tell no future
    ("date 2023-07-25 Minister stays on\n\nOn Monday, the minister said he won't resign, after thousands of "
     "protesters marched on his office.\n", "2023-07-24", None),
    ("date 2023-07-25 Turnout report\n\nA protest on 20 March drew 5,000 people, and organisers report "
     "encouraging results from the march.\n", "2023-03-20", None),
    # a count of signatures in a news story, and a speech reported, make no petition and no letter
    ("date 2023-07-25 Employers sign up to pay deal\n\nThe council announced the pay deal on Monday.\n\n"
     "How many employers have signed?\n\n12 have signed.\n", None, "other"),
    ("date 2023-07-25 Ambassador welcomes dockers' leaders\n\nYour Excellency, she said, it is an honour to meet "
     "the union on Monday after the strike.\n", None, "strike"),
])
def test_what_someone_wont_do_and_counts_and_speeches_keep_their_reading(text, start, kind):
    _, main = _main(text)
    assert (start is None or main.start == start) and (kind is None or main.kind == kind)
