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


@pytest.mark.parametrize("sentence", ["The Labour ministry was named in the dispute over pay.",
                                      "The Labour court will decide on the dispute over pay.",
                                      "Labour bills were passed before the dispute over pay.",
                                      "A student of Labour studies, she joined the picket."])
def test_labour_as_a_field_is_not_the_party(sentence):
    assert "Labour" not in organisation_names(f"Nurses will strike in Ostland. {sentence}")


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


def test_a_joining_word_glued_to_a_name_is_no_part_of_it():
    text = "Health groups like Lakeland Doctors for Medicare andWestbrook Federation of Nurses Unions will march."
    names = organisation_names(text)
    assert "Westbrook Federation of Nurses Unions" in names and not any(n.startswith("and") for n in names)


def test_a_place_prefix_glued_to_a_name_stays_part_of_it():
    assert "eThekweni Social Forum" in organisation_names("Members of the eThekweni Social Forum marched on Monday.")


@pytest.mark.parametrize("text", ["Police sealed off the market, diverting traffic to Harbourton and Jo Arlen roads.",
                                  "The march ended at Ama Boateng stadium on Saturday."])
def test_a_name_before_a_kind_of_place_names_the_place(text):
    assert person_names(text) == []


def test_a_name_before_a_kind_of_place_in_capitals_is_still_the_persons_own_mention_elsewhere():
    text = "Jo Arlen, the union's president, said the march would end at the stadium."
    assert person_names(text) == ["Jo Arlen"]


def test_a_blogs_name_is_no_person():
    text = "Women marched to the gate\n\nSource:\nHarbourton Ama Blog\n\nWomen from the party marched yesterday."
    assert person_names(text) == []


def test_a_days_ending_a_blank_apart_still_dates_the_page():
    text = "PRESS RELEASE: ARRESTS CONTINUE\nHarbourton, 7 th July 2021\nPolice arrested ten defenders on Monday."
    assert read_text(text).published == "2021-07-07"


def test_a_date_then_a_bracketed_place_and_a_dash_dates_the_page():
    text = ("Nurses plan strike\nSource: Lakeland Alerts\n06/22/2018 (Ostland) - Local media report that nurses "
            "have called a strike.")
    assert read_text(text).published == "2018-06-22"


def test_a_date_then_a_bracket_without_a_dash_is_no_date_line():
    text = "Nurses plan strike\n\n06/22/2018 (the day the ballot closed) was a long day for the union officers."
    assert read_text(text).published is None



# The second review's probes: each must read as the base read it.
@pytest.mark.parametrize("text, name", [("Volunteers from Perhaps Theatre Company joined the march.",
                                         "Perhaps Theatre Company"),
                                        ("Members of the Earlier Days Trust joined the march.", "Earlier Days Trust")])
def test_a_sentence_adverb_inside_a_name_stays(text, name):
    assert name in organisation_names(text)


@pytest.mark.parametrize("sentence", ["Labour courts swing voters before the vote.",
                                      "Labour studies proposals from the unions.",
                                      "The first Labour ministry fell in 1924."])
def test_labour_courting_studying_or_governing_is_the_party(sentence):
    assert "Labour" in organisation_names(f"Nurses struck in Harbourton. {sentence}")


@pytest.mark.parametrize("text, name", [
    ("Momentum and Change Youth Network members joined the strike.", "Momentum and Change Youth Network"),
    ("Democrats and Republicans Unity Caucus members backed the strike.", "Democrats and Republicans Unity Caucus"),
])
def test_a_party_or_a_words_name_opening_a_longer_name_stays_whole(text, name):
    assert name in organisation_names(text)


def test_a_closing_mark_used_as_an_opening_one_keeps_the_role():
    text = "Jo Arlen, leader of the ”Fair Pay” campaign, said the strike would go on."
    assert read_text(text).people[0].role is not None


@pytest.mark.parametrize("text", ["Miners in Black Coal towns and Soft Coal pits struck on Monday.",
                                  "Workers in Appalachian Coal country struck on Monday."])
def test_a_grade_or_a_regions_coal_is_no_firm(text):
    assert not any(name.endswith("Coal") for name in organisation_names(text))


def test_a_dharna_in_an_email_address_is_no_protest():
    text = "Write to dharna.mehta@lakeland.example with questions about the school's reopening on Monday."
    assert read_text(text).events[0].kind != "protest"


def test_a_comma_inside_a_ballots_words_ends_them():
    text = "Union news\n\nThe leadership ballot closes Friday, with nurses on strike over pay across Harbourton."
    assert read_text(text).events[0].kind == "strike"


@pytest.mark.parametrize("sentence", ["Unions have called for a strike on 20 March, and thousands walked out.",
                                      "Unions have called for a strike on 20 March; the strike was solid.",
                                      "Unions have called for a strike on 20 March in the past, but never struck."])
def test_a_call_whose_clause_goes_on_in_the_past_dates_a_strike_gone(sentence):
    events = extract(ReadDocument(text=sentence, format="txt", published="2024-03-06")).events
    assert events[0].start.startswith("2023")


@pytest.mark.parametrize("sentence", [
    "Over 10,000 acres of farmland owned by absentee landlords were occupied by landless families across Ostland.",
    "At least 2 striking dockers at the Harbourton terminal were injured when police charged the picket line today.",
])
def test_a_count_of_things_or_a_toll_stays_in_a_cut_title(sentence):
    assert event_title(sentence, kind="occupation").split()[0] == sentence.split()[0]


@pytest.mark.parametrize("text", ["Jobs were lost after Thomas Cook's administration in 2019.",
                                  "Shares rose after Morgan Stanley's rally on Monday."])
def test_a_firms_administration_or_a_shares_rally_names_no_person(text):
    assert person_names(text) == []


@pytest.mark.parametrize("text", ["Lakeland Mills, a maker of textiles, who had promised a rise, cut wages instead.",
                                  "The Harbourton Echo, a local newspaper, who had backed the strikers, closed."])
def test_a_firm_or_a_paper_described_before_who_is_no_person(text):
    assert person_names(text) == []


@pytest.mark.parametrize("text, tag", [("Members of #CancelRent said the rent strike would go on.", "CancelRent"),
                                       ("The coalition #StopTheCuts said it backs the strike.", "StopTheCuts")])
def test_a_slogan_tag_named_as_a_group_is_a_body(text, tag):
    assert tag in organisation_names(text)


@pytest.mark.parametrize("sentence", [
    "Over 1,000 more nurses at Harbourton General Hospital voted to join the strike over pay and staffing this week.",
    "Some 500 tonnes of grain meant for striking farmers were seized by police at the Lakeland depot this morning.",
])
def test_a_count_of_more_people_or_of_goods_stays_in_a_cut_title(sentence):
    assert event_title(sentence, kind="strike").split()[0] == sentence.split()[0]


def test_workers_of_a_slogan_tag_are_a_bodys():
    text = "Workers of #FightFor15 struck at fast-food outlets in Harbourton on Monday."
    assert "FightFor15" in organisation_names(text)


# The third review's probes: each must read as the base read it.
@pytest.mark.parametrize("name", ["inVista Health Workers Union", "onTrack Lakeland Youth Trust"])
def test_a_name_glued_to_in_or_on_keeps_it(name):
    assert name in organisation_names(f"Members of the {name} joined the strike on Monday.")


@pytest.mark.parametrize("text", ["Drivers loyal to Sam Reed park their lorries at the depot every night.",
                                  "Pickets who back Sam Reed station themselves at the gate each morning."])
def test_a_place_word_used_as_a_verb_after_a_name_leaves_the_person(text):
    assert "Sam Reed" in person_names(text)


@pytest.mark.parametrize("line", ["15 March 2024 (Friday) - Strike day at the depot",
                                  "12/03/2024 (Photo: Jo Arlen) - Pickets"])
def test_a_day_or_a_picture_in_brackets_after_a_date_is_no_date_line(line):
    text = f" date 2024-03-06 Depot strike\n{line}\nWorkers struck at the depot on Monday."
    assert read_text(text).published == "2024-03-06"


@pytest.mark.parametrize("sentence", [
    "About 25 striking Westbrook miners, surface workers and their wives were killed when the shaft collapsed there.",
    "About 300 chartered coaches carried striking Lakeland workers and their families to the capital for the rally.",
])
def test_a_toll_or_a_count_of_things_before_people_stays_in_a_cut_title(sentence):
    assert event_title(sentence, kind="strike").split()[0] == "About"


def test_a_slogan_on_placards_is_no_body():
    text = "Workers with #StopTheCuts placards marched through Harbourton on Saturday."
    assert "StopTheCuts" not in organisation_names(text)
