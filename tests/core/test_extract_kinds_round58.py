"""Kinds (issue 16, round 58), on texts written for the tests. An occupation
that "ended following intensive negotiations" was read as talks ended; an
ultimatum "or face nationwide strikes" as a demand alone; teachers who report
for work but stage sit-ins as holding a building; students who "occupy
university campuses" as a protest; a junior medics' union that boycotted the
outpatient departments "as a protest" as a protest, its cue dropped as a word
of the union's name; nurses who "have rejected the latest offer" as the strikes
the offer puts back on the table; "student demonstrators marched" after a
strike vote as the strike; "a sit-in protest in Harbourton" as holding a
building; a headline's "won't vote on a strike" or "head to the polls on
strike action" as the strike; "urged the regions to embark on a peaceful protest" as a
protest done; striking cleaners who "picketed at the port" as those who "blocked
entrances" in protest; a page that reports "a joint statement" by 26 signatories
as the protests it speaks of. Mended after review: soldiers who "occupied the
campus" as students holding it; "police urged them to leave, students went on to
occupy" as an occupation urged, not done; "teachers and protesters marched" in a
strike as a demonstration; nurses "who rejected the latest pay offer" and walked
out as a vote; a headline's strike "after vote on strike action" as the vote."""

from __future__ import annotations

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.extract.strike_votes import headline_names_strike_vote
from timeline_app.core.models import ReadDocument


def _main_kind(headline: str, body: str) -> str | None:
    events = extract(ReadDocument(text=f"{headline}\n\n{body}\n", format="txt")).events
    main = next((e for e in events if e.main), None)
    return main.kind if main else None


@pytest.mark.parametrize("headline, body, kind", [
    # an act that ended after talks keeps its kind
    ("Harbourton occupation over",
     "The nine-day occupation of the Harbourton University library by students ended following intensive "
     "negotiations with the university's managers. The occupation began on 3 March 2024, when students "
     "took over the building. The occupation drew support from staff at Lakeland too.", "occupation"),
    # an ultimatum that names its strike sets the strike
    ("Lecturers issue ultimatum",
     "The Ostland Lecturers Union has issued a new 21-day ultimatum to the ministry to meet its demands or face "
     "a further round of nationwide strikes. The ultimatum came after the union's council met on "
     "Sunday 28 September 2025 in Harbourton.", "strike"),
    # teachers who clock in but sit idle withhold their work
    ("Ostland teachers on go-slow",
     "Most teachers at Ostland's state schools reported for work as the 2020 school year began, but they are "
     "staging sit-ins and no lessons are being taught. The teachers had sworn not to go back to work when the "
     "term opened on Tuesday 14 January 2020.", "strike"),
    # students who occupy campuses hold them
    ("Students occupy Ostland university campuses in protest against war",
     "Students have gathered in protest at several Ostland universities after violent demonstrations at "
     "campuses abroad. Students in Harbourton and Lakeland set up tents beside the library on Wednesday 1 May 2024 "
     "in protest against the war. The protests were peaceful, the protesters said.", "occupation"),
    # medics who boycott the outpatient departments "as a protest" withhold their work
    ("",
     "The Lakeland Junior Medics Union (LJMU) boycotted the outpatient departments of the Westbrook clinic as a "
     "protest against unpaid wages on Monday 11 March 2024.\n\nThe head of the union said the boycott would go on "
     "until the wages are paid.\n\nThe delay set off a protest today by other staff as well.", "strike"),
    # members who turn an offer down decide on it, whatever strikes it puts back on the table
    ("Ostland nurses turn down pay offer",
     "Nurses have rejected the latest offer from the health boards, and the strikes set for August and September "
     "are back on the table. The offer was rejected in a ballot which closed on Monday 9 July 2018. Strikes on "
     "19 August and 9 September will go ahead unless a better offer is made, and a strike notice stands.", "vote"),
    # a march by demonstrators after a strike vote is their demonstration
    ("Students march for Arlen strike",
     "On Monday 14 February 2022, approximately 300 student demonstrators marched through the Westbrook campus "
     "following the Arlen students' vote for an unlimited strike. Several student unions have now voted to go on "
     "an indefinite strike against the fee rise, and over 60,000 students were on strike by the end of the month.",
     "protest"),
    # a sit-in protest in a town holds no building
    ("Forum members arrested during sit-in protests in Harbourton",
     "A sit-in protest in Harbourton by the Westbrook Women's Forum ended with the arrest of 85 of the forum's "
     "members on Wednesday 27 June 2012. The protests were organised to push for the release of the new "
     "constitution, and the protesters sat down in the main street.", "protest"),
    # a headline's vote on a strike, whichever way it goes, is the vote
    ("Graduate students won't vote on a statewide pay strike",
     "The union's bargaining team voted 10-8 on Tuesday 2 June 2020 not to call a strike vote. Members had asked "
     "for a strike over pay, and wildcat strikes go on at two campuses, where strikers held the line.", "vote"),
    ("Harbourton dockers and nurses head to the polls on general strike action",
     "The first-ever referendum will decide whether Harbourton is ready to go on strike against the new law. A "
     "coalition of 30 unions will host the referendum today, setting up a general strike on Monday 22 June 2020 "
     "if the strike wins.", "vote"),
    # an act others are urged to do is not done: the strike the page calls is the news
    ("",
     "A Harbourton civic consortium has urged the northern regions to embark on a peaceful protest till the "
     "teachers' and lawyers' demands are met.\n\nOn Wednesday the consortium called for a sit-in strike on "
     "9 January 2017 to carry on the fight. Shops and schools are to stay shut during the strike.",
     "strike"),
    # a picket held somewhere on a strike page is the strike's
    ("Harbourton port disrupted by striking cleaners",
     "Cleaners and porters picketed on Tuesday at the Harbourton port, stopping trucks from loading goods. "
     "Hundreds of angry workers blocked entrances throughout the one-day protest over contract talks that have "
     "stalled, on Tuesday 20 November 2018.", "strike"),
    # a joint statement is the signatories' letter, whatever protests it speaks of
    ("Ostland elders press president over unrest",
     "Twenty-six senior Ostlanders, among them the lawyer Mira Tane and the writer Jo Arlen, on Thursday "
     "22 October 2020 pressed the president to meet the demands of the students on the streets.\n\nIn a joint "
     "statement headed \"A Word for the Young\", the 26 signatories also asked the president to hear out the "
     "students. They called for the release of those held at the protests.", "letter"),
    # soldiers who occupy a campus are no occupiers: the students' protest is the news
    ("Students protest against fees at Arlen University",
     "Soldiers occupied the Arlen University campus on Tuesday 4 March 2025 after students protested against the fee "
     "rise. The protest drew hundreds of students, and the protesters marched to the gates.", "protest"),
    # an urging in its own clause, or one whose "to" is not the act's, leaves the act done
    ("Fees row at Westbrook University",
     "Although police urged them to leave, students went on to occupy the library on Monday 3 March 2025. The "
     "protest against fees drew hundreds of protesters. Protesters said the protests would go on, with a protest "
     "rally planned for Friday.", "occupation"),
    ("Fees row at Westbrook University",
     "Police urged the students to leave but they went on to occupy the library on Monday 3 March 2025. The "
     "protest against fees drew hundreds of protesters. Protesters said the protests would go on, with a protest "
     "rally planned for Friday.", "occupation"),
    # teachers among the marchers make the march the strike's
    ("Lakeland teachers strike enters third day",
     "Teachers and protesters marched through Lakeland on Wednesday 5 March 2025 as the teachers strike entered its "
     "third day. The strike over pay goes on, and strikers say more strike days are planned.", "strike"),
    # nurses who rejected an offer and then walked out are on strike
    ("",
     "Nurses who rejected the latest pay offer walked out of five Lakeland hospitals on Monday 3 March 2025. The "
     "strike will last three days.", "strike"),
    # a vote on a strike that went before the headline's strike is no vote the page reports
    ("Lakeland nurses strike after vote on strike action",
     "Nurses at five Lakeland hospitals went on strike on Monday 3 March 2025 over pay. The strike will last three "
     "days, and the union said more strike days would follow.", "strike"),
    ("Harbourton dockers strike despite court ruling on vote on strike action",
     "Dockers at Harbourton went on strike on Monday 3 March 2025 over pay. The strike will last three days, and the "
     "union said more strike days would follow.", "strike"),
])
def test_the_act_the_opening_states_decides(headline, body, kind):
    assert _main_kind(headline, body) == kind


@pytest.mark.parametrize("headline, body, kind", [
    # talks ended are still no action
    ("Talks end without deal",
     "The union ended two days of talks with the Harbourton council on Monday 4 March 2024 without a deal. The "
     "strike that began in January goes on, and further strike days are planned.", "other"),
    # an ultimatum about another group's strike stays a demand
    ("Teachers give ultimatum",
     "The Ostland Union of Teachers has given a ten-day ultimatum to the government and the lecturers' union to "
     "settle the strike that university lecturers embarked upon. The teachers met in Harbourton on Sunday "
     "28 September 2025.", "other"),
    # a sit-in protest in the administrative block holds it
    ("Students hold the administrative block",
     "Students of Harbourton University continued with their sit-in protest in the administrative block for the "
     "second day on Friday 7 February 2020, demanding a rollback of the fee increase.", "occupation"),
    # striking workers who march are on strike
    ("Dock strike enters second week",
     "Striking dock workers marched through Harbourton on Monday 14 February 2022 as their strike entered its "
     "second week. The strike over pay goes on, and strikers say more strike days are planned.", "strike"),
    # an urging that is the act's own leaves the act undone
    ("Fees row at Westbrook University",
     "The union urged students to occupy the library on Monday 3 March 2025. The protest against fees drew "
     "hundreds of protesters. Protesters said the protests would go on, with a protest rally planned for Friday.",
     "protest"),
    # a picket held somewhere on a page of no strike is a protest
    ("Tenants picket letting agency",
     "Tenants picketed on Saturday outside the Westbrook letting agency over the eviction of a family on "
     "Saturday 7 March 2020. The tenants' union said more protests would follow.", "protest"),
    # students who sit in hold the building, lecturers' strike or not
    ("Students hold sit-in",
     "Students staged a sit-in in the administration building at Harbourton University on Monday 3 March 2025 "
     "against the fee rise, and many lecturers on strike came to support them.", "occupation"),
])
def test_the_same_shapes_elsewhere_keep_their_kind(headline, body, kind):
    assert _main_kind(headline, body) == kind


@pytest.mark.parametrize("headline, named", [
    ("Nurses vote on strike action next week", True),
    ("MPs vote on strike ban bill", False),
    ("Senate vote on strike laws delayed", False),
    ("Lakeland nurses strike after vote on strike action", False),
    ("Harbourton dockers strike despite court ruling on vote on strike action", False),
    ("Westbrook porters walk out following vote on a strike", False),
])
def test_a_headline_vote_on_a_strike(headline, named):
    assert headline_names_strike_vote(headline) is named
