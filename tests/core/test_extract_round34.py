"""Round 34 (issue 16), from real pages: universities named by their towns in
a list where students occupy, courts a report names as parties, the
writers' line that opens with the page's date, a weekday an action is
called for, weekdays a preposition governs kept in titles, acronyms that a
sentence treats as bodies, hospitals and schools written with a lower-case
head, and union branches named by a state, a province or a nation.
Each rule has guards: the same words where they say something else."""

from __future__ import annotations

import pytest

from extracted import organisation_names, read_text
from timeline_app.core.extract.title_openings import without_day_words

_UNIVERSITY_PAGE = "Westbrook University staff backed the students.\n\n"


def test_students_in_a_list_of_towns_occupying_name_their_universities():
    text = _UNIVERSITY_PAGE + ("Students in Harbourton, Lakeland and Arlen set up tents outside university "
                               "buildings on Monday.")
    found = organisation_names(text)
    assert {"University of Harbourton", "University of Lakeland", "University of Arlen"} <= set(found)


def test_occupations_in_a_list_of_towns_name_their_universities():
    text = _UNIVERSITY_PAGE + "There were also student occupations in Harbourton, Lakeland and Arlen on Tuesday."
    assert {"University of Harbourton", "University of Arlen"} <= set(organisation_names(text))


@pytest.mark.parametrize("text", [
    # visitors, not occupiers: nothing in the clause speaks of a campus
    _UNIVERSITY_PAGE + "Students from Harbourton, Lakeland and Arlen travelled by coach; the occupation went on.",
    # countries
    _UNIVERSITY_PAGE + "Students from Syria, Iraq and Yemen occupied the university library.",
    # one town alone is as often where the students live
    _UNIVERSITY_PAGE + "Students in Harbourton set up tents outside university buildings.",
    # a page about no university
    "Students in Harbourton, Lakeland and Arlen set up tents outside the town hall.",
])
def test_towns_and_countries_that_are_no_universities_stay_places(text):
    assert not any(name.startswith("University of") for name in organisation_names(text)
                   if name != "Westbrook University")


def test_countries_and_regions_are_places_and_towns_are_not():
    from timeline_app.core.extract.places import is_place  # (new in this round)

    assert is_place("Chile") and is_place("Hong Kong") and is_place("Latin America") and is_place("Wales")
    assert not is_place("Harbourton") and not is_place("Leeds")


@pytest.mark.parametrize("court", ["Harbourton High Court", "Constitutional Court", "International Criminal Court",
                                   "Ostland Court of Appeal"])
def test_a_court_a_report_names_as_a_party_is_a_body(court):
    text = f"Strike news\n\nThe union took its case to the {court}, which ruled on Monday."
    assert court in organisation_names(text)


@pytest.mark.parametrize("text", [
    "Strike news\n\nThe protest moved past Lakeland Court, a block of flats, on Monday.",
    "Strike news\n\nThe Supreme Court ruled on the right to strike years ago.",
    "Strike news\n\nThe Harbourton Party's High Court appeal failed on Monday.",
])
def test_a_building_a_supreme_court_cited_or_a_body_s_case_are_no_court_body(text):
    found = organisation_names(text)
    assert not any(name.endswith("Court") for name in found)


def test_a_date_line_going_on_with_its_writers_dates_the_page_and_is_no_title():
    text = ("News\nAugust 27, 2025 by Jo Writer, Harbourton, Ann Other, Lakeland, Sam Smith, Arlen, Kim Lee, "
            "Westbrook, Pat Doe, Ostland, Lee Roe and Ray Poe\nLecturers' strike: campuses grounded\n\n"
            "University teachers protested on campuses yesterday over unpaid allowances.")
    result = read_text(text)
    assert result.published == "2025-08-27"
    assert all("by Jo Writer" not in event.title for event in result.events)


def test_a_date_and_a_bar_before_the_writers_still_dates_the_page():
    text = ("Union calls strike over fuel prices\n\nOctober 05, 2003|By Wire services\n\n"
            "The union has now called a one-day strike for Thursday, its leader said.")
    assert read_text(text).published == "2003-10-05"


def test_a_date_before_a_by_election_is_no_writers_line():
    text = "Vote news\n\nMarch 3, 2020 by-election in Harbourton: turnout was low.\n"
    assert read_text(text).published != "2020-03-03"


def test_a_weekday_a_strike_is_called_for_is_still_to_come():
    text = ("Union calls strike over fuel prices\n\nOctober 05, 2003|By Wire services\n\n"
            "The Ostland Labour Congress has called a national strike for Thursday over fuel prices, "
            "its leader said.")
    starts = {event.start for event in read_text(text).events if event.kind == "strike"}
    assert "2003-10-09" in starts and "2003-10-02" not in starts


def test_a_weekday_that_a_strike_happened_on_is_still_past():
    text = ("Strike news\n\nOctober 05, 2003|By Wire services\n\n"
            "Workers went on strike on Thursday over fuel prices, the union said.")
    starts = {event.start for event in read_text(text).events if event.kind == "strike"}
    assert "2003-10-02" in starts


@pytest.mark.parametrize("sentence, expected", [
    ("Nurses will strike from Monday over pay", "Nurses will strike from Monday over pay"),
    ("Members will use between Sunday and Wednesday to withdraw funds",
     "Members will use between Sunday and Wednesday to withdraw funds"),
    ("The strike runs until Friday when talks resume", "The strike runs until Friday when talks resume"),
    ("At Westbrook staff walked out on Monday and Tuesday", "At Westbrook staff walked out"),
    ("Students, on Tuesday, staged a sit-in", "Students staged a sit-in"),
])
def test_a_weekday_a_preposition_governs_stays_and_a_pair_of_them_goes_whole(sentence, expected):
    assert without_day_words(sentence) == expected


@pytest.mark.parametrize("text, acronym", [
    ("The ministry kept ordering the TSC to stop payment of teachers' salaries.", "TSC"),
    ("Most members said they do not want OSU to support the walkout.", "OSU"),
    ("The strike mandate was counted in front of our LCPE National Representative.", "LCPE"),
    ("Talks broke down when OUK attempted to end the strike through a deal.", "OUK"),
])
def test_an_acronym_the_sentence_treats_as_a_body_is_one(text, acronym):
    assert acronym in organisation_names("Strike news\n\n" + text)


@pytest.mark.parametrize("text, acronym", [
    ("The council ordered pizza to feed the pickets, the KCSE results aside.", "KCSE"),
    ("The students sat the KCSE to qualify for university places.", "KCSE"),
])
def test_an_acronym_no_sentence_treats_as_a_body_stays_none(text, acronym):
    assert acronym not in organisation_names("Strike news\n\n" + text)


def test_a_known_union_s_acronym_opening_a_line_before_trade_union_is_that_union():
    text = ("Union consults over escalation of strike\n\n\n"
            "The SIPTU trade union is organising meetings at every station.")
    assert "SIPTU" in organisation_names(text)


@pytest.mark.parametrize("text, name", [
    ("Nurses stood on the picket line outside Harbourton hospital on Monday.", "Harbourton hospital"),
    ("Teachers at Lakeland primary school joined the go-slow on Monday.", "Lakeland primary school"),
    ("Staff at Saint Arlen hospital walked out on Monday.", "Saint Arlen hospital"),
])
def test_a_hospital_or_school_named_with_a_lower_case_head_is_a_body(text, name):
    assert name in organisation_names("Strike news\n\n" + text)


@pytest.mark.parametrize("text", [
    "The minister will visit the Harbourton hospital next month.",
    "Pupils at a Lakeland primary school walked out on Monday.",
    "Nurses at every Westbrook hospital walked out on Monday.",
    "A South-East hospital closed two wards on Monday.",
])
def test_a_hospital_or_school_after_an_article_or_a_region_is_no_named_body(text):
    found = organisation_names("Strike news\n\n" + text)
    assert not any(name.endswith(("hospital", "school")) for name in found)


@pytest.mark.parametrize("text, branch", [
    ("Pickets were joined by OSEU Ontario President Jo Arlen on Monday.", "OSEU Ontario"),
    ("The rally was backed by churches and OSEU Iowa members.", "OSEU Iowa"),
    ("Pickets cheered when OSEU Iowa's president spoke.", "OSEU Iowa"),
    ("The strike goes ahead, said OSEU Nova Scotia President Kim Lee.", "OSEU Nova Scotia"),
])
def test_a_union_s_acronym_before_a_state_or_province_is_its_branch_there(text, branch):
    assert branch in organisation_names("Strike news\n\n" + text)


def test_a_state_that_opens_a_longer_name_after_an_acronym_is_no_branch():
    text = "Strike news\n\nIn Harbourton, OSEU Florida Public Services Union staff joined the rally."
    assert "OSEU Florida" not in organisation_names(text)


# The review of part 1 (invented probes): each of these read a body, a date or a title wrongly at 4edc83f.
_PAGE = "Campus news roundup for the week\nPublished 6 March 2024\n"


@pytest.mark.parametrize("sentence", [
    "Students from Gaza, Kashmir and Tibet joined the university encampment.",
    "Students in Texas, Ohio and Florida occupied campus buildings at the university.",
    "Students in Medicine, Law and Engineering occupied the university senate.",
    "Troops occupied villages in Arlen, Ostland and Harbourton, the university said.",
    "The occupied territories in Ostland and Arlen were discussed at the university.",
    "Students in Year Ten and Year Eleven occupied the university library.",
    "The university library was occupied on and off in Spring and Summer.",
    "Students from Ostland and Arlen studied at the university before the occupation ended.",
])
def test_review_places_seasons_and_fields_in_lists_stay_no_universities(sentence):
    assert not any(name.startswith("University of") for name in organisation_names(_PAGE + sentence))


def test_review_a_hall_occupied_in_two_towns_names_their_universities():
    text = _PAGE + "Students occupied the main hall in Harbourton and Lakeland as the university refused to divest."
    assert {"University of Harbourton", "University of Lakeland"} <= set(organisation_names(text))


@pytest.mark.parametrize("sentence", [
    "The Court of Public Opinion has already ruled against the cuts.",
    "Students held a sit-in at the Food Court of the Lakeland Mall.",
    "The Court of King Arthur is a pub in Lakeland where strikers meet.",
])
def test_review_a_court_of_no_law_is_no_body(sentence):
    assert not any("Court" in name for name in organisation_names(_PAGE + sentence))


@pytest.mark.parametrize("line", ["March 3, 2020 by Tuesday the strike had spread to four schools.",
                                  "March 3, 2020 by Noon the picket had grown to 300 workers."])
def test_review_a_date_before_by_and_a_time_is_no_writers_line(line):
    assert read_text(f"Lakeland strike diary\n{line}\nTeachers walked out on Monday.").published is None


@pytest.mark.parametrize("sentence, past_day", [
    ("The walkout for Tuesday went ahead with most staff out.", "2024-03-05"),
    ("Thousands joined a march for Monday's victims on Tuesday.", "2024-03-05"),
    ("The protest for Friday prayers drew crowds last week.", "2024-03-01"),
    ("The boycott for Sunday ended in arrests.", "2024-03-03"),
])
def test_review_an_action_for_a_weekday_without_a_call_keeps_its_past(sentence, past_day):
    starts = {event.start for event in read_text(_PAGE + sentence).events}
    assert past_day in starts and not any(start and start > "2024-03-06" for start in starts)


def test_review_a_picket_demanded_for_a_weekday_is_still_to_come():
    starts = {event.start for event in read_text(_PAGE + "We demand a picket for Saturday!").events}
    assert "2024-03-09" in starts


@pytest.mark.parametrize("sentence, expected", [
    ("Nurses struck and on Monday marched to the council", "Nurses struck and marched to the council"),
    ("Workers walked out Monday and on Tuesday over pay", "Workers walked out over pay"),
    ("Nurses marched or on Tuesday rallied", "Nurses marched or rallied"),
])
def test_review_and_on_a_weekday_goes_whole(sentence, expected):
    assert without_day_words(sentence) == expected


@pytest.mark.parametrize("sentence, word", [
    ("The KZN Regional Chair of the teachers' union spoke.", "KZN"),
    ("Campaigners want DEI to stay in the curriculum.", "DEI"),
    ("The TFR recently fell, the report said.", "TFR"),
    ("The NDA refused to let staff speak.", "NDA"),
    ("Strikers asked the AI to write a poem.", "AI"),
    ("The PFI recently cost the trust millions.", "PFI"),
])
def test_review_an_acronym_that_is_a_thing_or_a_place_stays_none(sentence, word):
    assert word not in organisation_names(_PAGE + sentence)


@pytest.mark.parametrize("sentence", [
    "Catholic secondary school teachers voted to strike.",
    "Irish secondary school students marched on the Dail.",
    "Gaza hospital staff were evacuated on Monday.",
    "Ukrainian hospital workers joined the march.",
    "Ontario hospital workers walked out.",
    "Nurses at another Harbourton hospital joined the strike.",
    "Labour hospital cuts were condemned by the union.",
    "Nurses rallied at Harbourton's hospital.",
    "Tory primary school cuts angered parents.",
    "Jo Bloggs hospital visit angered strikers.",
    "Christmas hospital closures were blamed on the strike.",
    "Parents at this Lakeland primary school joined.",
    "Two Harbourton hospital porters were sacked.",
    "Strikers gathered at Harbourton hospital porters' lodge.",
])
def test_review_a_lower_case_head_after_a_kind_a_place_or_an_owner_names_none(sentence):
    assert not any(name.endswith(("hospital", "school")) for name in organisation_names(_PAGE + sentence))


@pytest.mark.parametrize("sentence, name", [
    ("Nurses at St Mary's hospital walked out.", "St Mary's hospital"),
    ("Strikers marched past Harbourton General hospital.", "Harbourton General hospital"),
])
def test_review_a_saint_s_or_a_general_hospital_is_named(sentence, name):
    assert name in organisation_names(_PAGE + sentence)


@pytest.mark.parametrize("over", ["Latest: Lakeland council budget approved", "Most read: Lakeland mayor quits",
                                  "Tags: health, strikes, Harbourton, nurses", "Home News Health Education Opinion",
                                  "Share this article on social media",
                                  "Harbourton Gazette news and views for the bay area"])
def test_review_a_label_a_menu_or_a_masthead_over_a_listing_headline_is_no_title(over):
    text = (f"{over}\n\nNurses, porters, cleaners walk out at Harbourton hospital over pay, rotas, and staffing\n\n"
            "Published 6 March 2024\n\nNurses walked out on Monday.")
    main = next(event for event in read_text(text).events if event.main)
    assert main.title.startswith("Nurses, porters, cleaners")


# The review of parts 2 and 3 (invented probes): each of these went wrong at 3fae12b.
@pytest.mark.parametrize("sentence, name", [
    ("The NASA Florida launch was delayed by the strike.", "NASA Florida"),
    ("TSA Texas checkpoints were closed during the strike.", "TSA Texas"),
    ("Strikers waved SAVE Ontario placards.", "SAVE Ontario"),
])
def test_review_an_acronym_before_a_state_with_nothing_of_a_body_is_no_branch(sentence, name):
    assert name not in organisation_names("Strike news\n\n" + sentence)


@pytest.mark.parametrize("sentence", [
    "Students from Leeds, York and Hull joined the march in London.",
    "School students in Leeds, York and Hull staged a walkout.",
    "Students in Form Four and Form Five occupied the university library.",
    "Students in Drama and Dance occupied the university theatre.",
    "Activists occupied the council offices in Leeds and York on Monday.",
    "Factory occupations in Leeds and Sheffield spread in the 1970s.",
])
def test_review_visitors_pupils_forms_and_others_occupying_name_no_universities(sentence):
    text = _UNIVERSITY_PAGE + sentence
    assert not any(name.startswith("University of") for name in organisation_names(text))


@pytest.mark.parametrize("sentence", [
    "Students ate at the Food Court of Canada Place before the march.",
    "The Tennis Court of Wales hosted the rally.",
    "The Royal Court of Spain was in the news.",
])
def test_review_a_court_for_games_food_or_a_monarch_is_no_body(sentence):
    assert not any("Court" in name for name in organisation_names(_PAGE + sentence))


@pytest.mark.parametrize("words", ["by Christmas, the strike had ended", "by Spring, the strike had spread",
                                   "by Dusk, the picket had grown", "by Parliament, the strike law was passed",
                                   "by Easter Sunday the picket had grown"])
def test_review_a_date_then_a_season_or_a_holiday_is_no_writers_line(words):
    from timeline_app.core.extract.byline_dates import writers_after_date  # (new in this round)

    line = f"March 3, 2020 {words}."
    assert not writers_after_date(line, len("March 3, 2020"))
    assert writers_after_date("March 3, 2020 by Jo Writer, Harbourton", len("March 3, 2020"))


@pytest.mark.parametrize("sentence, past_day", [
    ("The planned strike for Monday went ahead.", "2024-03-04"),
    ("Teachers called the strike for Monday a success.", "2024-03-04"),
    ("Last week the union called a strike for Monday, which went ahead.", "2024-03-04"),
    ("Students organised a sit-in for Monday, which police broke up.", "2024-03-04"),
])
def test_review_an_action_called_for_a_weekday_that_happened_keeps_its_past(sentence, past_day):
    starts = {event.start for event in read_text(_PAGE + sentence).events}
    assert past_day in starts and not any(start and start > "2024-03-06" for start in starts)


def test_review_and_late_on_a_weekday_goes_whole():
    assert without_day_words("Nurses struck and late on Monday marched") == "Nurses struck and marched"


@pytest.mark.parametrize("sentence, word", [
    ("Staff want the PFI to end.", "PFI"), ("Drivers want the ULEZ to end.", "ULEZ"),
    ("Students want the HECS to stop rising.", "HECS"), ("Workers want the GST to drop.", "GST"),
])
def test_review_a_scheme_wanted_to_end_is_no_body(sentence, word):
    assert word not in organisation_names(_PAGE + sentence)


@pytest.mark.parametrize("sentence", [
    "Nurses spoke of Covid hospital admissions.", "Aid came for Ebola hospital cases.",
    "Medics worked at Field hospital tents.",
])
def test_review_an_illness_or_a_kind_before_hospital_names_none(sentence):
    assert not any(name.endswith("hospital") for name in organisation_names(_PAGE + sentence))


@pytest.mark.parametrize("sentence, name", [
    ("At Harbourton hospital, nurses walked out on Monday.", "Harbourton hospital"),
    ("Porters at John Hunter hospital walked out on Monday.", "John Hunter hospital"),
    ("Nurses at Lakeland County hospital walked out on Monday.", "Lakeland County hospital"),
])
def test_review_a_hospital_named_at_a_sentence_s_start_after_a_person_or_a_county(sentence, name):
    assert name in organisation_names(_PAGE + sentence)
