"""Round 35 (issue 16), from real pages: words that open a sentence kept out
of a body's name, labour as a ministry's or a court's field, a known body
and another joined by "and", roles that never reach across a quotation's
end, coal, steel and cement firms, the "dharna", strike ballots worded at
length, a date a strike is called for, titles without the count that opens
their sentence, slogans in hashtags, and people named by a possessive, an
apposition before "who" or bare initials.
Each rule has guards: the same words where they say something else, many
of them a review's probes that found the rules' first versions too wide."""

from __future__ import annotations

import pytest

from extracted import organisation_names, person_names, read_text
from timeline_app.core.extract import extract
from timeline_app.core.extract.titles import event_title
from timeline_app.core.models import ReadDocument


@pytest.mark.parametrize("opening", ["Even the", "Except", "Earlier,"])
def test_a_word_opening_the_sentence_is_no_part_of_a_body(opening):
    text = f"Nurses marched on Monday. {opening} Lakeland Teachers Association (LTA) backed the march."
    names = organisation_names(text)
    assert "Lakeland Teachers Association" in names
    assert not any(name.startswith(opening.split()[0]) for name in names)


def test_a_sentence_opening_adverb_alone_is_no_body():
    text = "Women marched on State House on Monday. Earlier, the same group had appeared in court."
    assert "Earlier" not in organisation_names(text)


@pytest.mark.parametrize("field", ["ministry", "court", "bills", "studies"])
def test_labour_as_a_field_is_not_the_party(field):
    text = f"Nurses will strike in Ostland. The Labour {field} was named in the dispute over pay."
    assert "Labour" not in organisation_names(text)


def test_labour_the_party_stays_a_body():
    text = "Nurses will strike in Lakeland. Labour said the government must pay them."
    assert "Labour" in organisation_names(text)


def test_social_democrats_are_one_party():
    text = "Speakers at the Harbourton rally included Jo Arlen, Social Democrats TD, and others."
    names = organisation_names(text)
    assert "Social Democrats" in names and "Democrats" not in names


@pytest.mark.parametrize("known, other", [("Unifor", "Lakeland Union of Public Employees"),
                                          ("Greenpeace", "Westbrook Wildlife Foundation")])
def test_a_known_body_and_another_joined_by_and_are_two(known, other):
    text = f"Groups like {known} and {other} will join the march on Saturday."
    names = organisation_names(text)
    assert known in names and other in names
    assert f"{known} and {other}" not in names


def test_two_words_of_one_name_joined_by_and_stay_one_body():
    text = "The Labour and Co-operative Party said it backs the strike."
    assert "Labour and Co-operative Party" in organisation_names(text)


def test_a_name_closing_a_quotation_is_not_the_speaker():
    text = "“We will not give in to Lakeland Gate,” a member said on the picket line."
    assert person_names(text) == []


def test_a_speaker_after_a_quotation_is_still_read():
    text = "“We will not give in,” said Jo Arlen, a member of the union."
    assert person_names(text) == ["Jo Arlen"]


@pytest.mark.parametrize("firm", ["Harbourton Met Coal", "Lakeland Steel", "Westbrook Cement"])
def test_a_coal_steel_or_cement_firm_is_a_body(firm):
    text = f"Miners have been on strike against {firm} since April."
    assert firm in organisation_names(text)


@pytest.mark.parametrize("text", ["The plant buys Stainless Steel from abroad, workers said during the strike.",
                                  "Workers at the site mix Portland Cement by hand, the strikers said."])
def test_a_kind_of_goods_is_no_firm(text):
    assert not any(name.endswith(("Steel", "Cement")) for name in organisation_names(text))


def test_a_short_name_of_a_coal_firm_is_no_person():
    text = "“Nobody here will bow to Lakeland Met,” picket captain Jo Arlen told the paper."
    assert person_names(text) == ["Jo Arlen"]


def test_a_dharna_is_a_protest():
    text = "Members of the Lakeland growers' union began a dharna by the collector's gate early on Friday."
    assert read_text(text).events[0].kind == "protest"


def test_a_ballot_of_members_for_industrial_action_is_a_vote():
    text = ("Union update\n\nThe executive agreed that a ballot of all nurses will open for industrial action. "
            "Stoppages would last a day each.")
    assert read_text(text).events[0].kind == "vote"


def test_a_strike_called_for_a_day_ahead_is_that_year():
    text = "Miners' unions have called for a strike on October 2, asking the government to drop the plan."
    events = extract(ReadDocument(text=text, format="txt", published="2019-09-20")).events
    assert events[0].start == "2019-10-02"


def test_a_strike_called_on_a_day_gone_stays_in_the_past():
    text = "The federations called a strike on September 24 last year, and it went ahead."
    events = extract(ReadDocument(text=text, format="txt", published="2019-09-06")).events
    assert events[0].start == "2018-09-24"


@pytest.mark.parametrize("sentence, title", [
    ("Hundreds of Harbourton nurses union members voted to give their committee power to call a strike if the "
     "talks with the board break down.", "Harbourton nurses union members voted to give their committee power"),
    ("More than 3,000 drivers at Lakeland Buses are to be balloted for strike action over the pay offer made by "
     "the company last month.", "Drivers at Lakeland Buses are to be balloted for strike action"),
])
def test_a_count_opening_a_cut_title_goes(sentence, title):
    assert event_title(sentence, kind="vote") == title


@pytest.mark.parametrize("sentence", [
    "Thousands of nurses marched through Harbourton on Monday.",  # fits whole: the count stays
    "Some 300 out of 450 porters backed the walkout and on Friday the union said that more of them would join it soon.",
    "10 Downing Street said the strike called by the rail unions was unjustified and would cost a great deal.",
])
def test_a_count_that_fits_or_is_no_count_of_people_stays(sentence):
    assert event_title(sentence, kind="strike").split()[0] == sentence.split()[0]


def test_a_leaders_rally_names_a_person_even_after_at():
    text = "The teachers would stage a protest at Jo Arlen's rally in Harbourton on February 23."
    assert "Jo Arlen" in person_names(text)


def test_a_place_after_at_stays_a_place():
    text = "Students set up a camp at Brent Cross on Monday and held a rally there."
    assert person_names(text) == []


def test_a_name_described_before_who_is_a_person():
    text = "Women marched on Monday.\n\nTolani Abuke, a pharmacist, who was among the marchers, said they would return."
    assert "Tolani Abuke" in person_names(text)


def test_a_body_described_before_which_is_no_person():
    text = "Lakeland Wildlife, a charity, which was part of the march said it would return."
    assert person_names(text) == []


def test_bare_initials_before_a_surname_and_a_role_name_a_person():
    text = ("“Every union is behind the call,” K R Venkatesan, the general secretary of the Harbourton Dock "
            "Workers Federation, told reporters.")
    assert "K R Venkatesan" in person_names(text)


@pytest.mark.parametrize("text", ["Students Hold A Rally At Lakeland Campus On Monday",
                                  "The grades were B C Lakeland and D E Westbrook in the list."])
def test_capitals_without_a_comma_after_are_no_initials(text):
    assert not any(name.startswith(("A ", "B ", "D ")) for name in person_names(text))


def test_a_slogan_hashtag_is_no_body_and_a_movements_is():
    text = "Tenants marched on Monday under the banner #CancelRent, as #HarbourtonMustFall activists looked on."
    names = organisation_names(text)
    assert "CancelRent" not in names and "HarbourtonMustFall" in names


def test_a_strike_ballot_of_thousands_of_members_is_a_vote():
    text = "Union news\n\nThe union will ballot its 60,000 hospital members for industrial action unless talks begin."
    assert read_text(text).events[0].kind == "vote"


# The review's probes that found the rules' first versions too wide: each must read as the base read it.
def test_a_names_own_first_word_stays():
    assert "Even Keel Trust" in organisation_names("Volunteers from the Even Keel Trust held a vigil on Monday.")


@pytest.mark.parametrize("sentence", ["Labour bills itself as the party of working people.",
                                      "Labour courts the nurses' vote but has not backed the strike.",
                                      "Labour studies the union's proposals, a spokesperson said.",
                                      "Local Labour officers joined the picket line, the party said."])
def test_labour_doing_something_is_the_party(sentence):
    assert "Labour" in organisation_names(f"Nurses went on strike in Harbourton on Monday. {sentence}")


@pytest.mark.parametrize("text, name", [
    ("MEPs from the Liberals and Democrats Alliance backed the strike on Monday.", "Liberals and Democrats Alliance"),
    ("Oxfam and Partners Trust staff walked out on Monday.", "Oxfam and Partners Trust"),
    ("Unite and Fight Campaign members held a rally in Westbrook on Saturday.", "Unite and Fight Campaign"),
])
def test_a_known_word_and_two_more_may_be_one_name(text, name):
    assert name in organisation_names(text)


@pytest.mark.parametrize("text", ["Miners rallied against Big Coal in Harbourton on Monday.",
                                  "Dockers refused to unload Coking Coal from Ostland on Monday.",
                                  "The price of Met Coal fell sharply before the miners' strike on Monday.",
                                  "Smelter workers in Arlen protested against cheap Crude Steel imports on Monday.",
                                  "Lorry drivers carrying White Cement to Ostland struck on Monday."])
def test_an_industry_or_a_grade_of_goods_is_no_firm(text):
    assert not any(name.endswith(("Coal", "Steel", "Cement")) for name in organisation_names(text))


def test_dharna_as_a_given_name_is_no_protest():
    text = "Dharna Mehta, a teacher in Arlen, said the school would reopen on Monday."
    assert read_text(text).events[0].kind != "protest"


@pytest.mark.parametrize("sentence", [
    "In the spring, the Lakeland dockers' union called for a strike on April 2, which shut the port for a day.",
    "Unions called for a strike on March 20 and thousands walked out across Ostland.",
    "A year ago, unions have called for a strike on March 20, and it was widely observed.",
])
def test_a_call_told_in_the_past_dates_a_strike_gone(sentence):
    events = extract(ReadDocument(text=sentence, format="txt", published="2024-03-06")).events
    assert events[0].start.startswith("2023")


@pytest.mark.parametrize("sentence", [
    "Some 2 million public sector workers are to be balloted for strike action over the pay offer made by the "
    "government.",
    "About 3 in 10 public sector workers are to be balloted for strike action over the pay offer made by the "
    "government.",
    "About 35% of the nurses at Harbourton General voted to give their committee power to call a strike if talks fail.",
    "Some 2,000 nurses at Harbourton General Hospital will be balloted on strike action over the pay offer made by "
    "the board.",
])
def test_a_count_that_is_a_share_or_a_larger_number_or_leaves_a_title_waiting_stays(sentence):
    assert event_title(sentence, kind="vote").split()[0] == sentence.split()[0]


@pytest.mark.parametrize("text", ["Workers protested against Morgan Stanley's visit to Westbrook on Monday.",
                                  "Workers picketed John Deere's visit to the Lakeland plant on Monday."])
def test_a_firms_visit_names_no_person(text):
    assert person_names(text) == []


@pytest.mark.parametrize("text", ["Westbrook Rovers, a local club, who had backed the strikers, paid for the buses.",
                                  "Ostland Mills, a textile supplier, who had promised a pay rise, cut wages instead.",
                                  "Harbourton Rail, a private operator, who was fined last year, faces a strike."])
def test_a_body_described_by_its_kind_before_who_is_no_person(text):
    assert person_names(text) == []
