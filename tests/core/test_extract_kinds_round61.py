"""Kinds (issue 16, round 61), on texts written for the tests. A headline that
is an arrest ("Ostland arrests union leaders") was read as the protest its
background repeats; so was a page opening on people "arrested by police". A
"solidarity march" behind striking porters, on a page that says no one struck,
was read as the strike it backs; a union council that "will meet on Monday to
consider" an offer as the strike it may end. Mended after review: an opening
that states its act, an arrest made as people marched, "no arrests", the month
"March", and a meeting set to weigh the next strike days."""

from __future__ import annotations

import pytest

from extracted import main_kind


_READ_ANEW = [
    # arrests as the headline's news: what the police did, not the protests the arrested are charged over
    ("Ostland arrests five opposition veterans",
     "Police in Ostland arrested five opposition veterans on 4 May 2021 over rallies and protests in the capital "
     "the year before. The protests drew thousands to the squares of Harbourton. Protest leaders said the "
     "charges were meant to stop any further protest.", "other"),
    ("Lakeland union condemns its leader's arrest",
     "The Lakeland Workers Union on 2 March 2022 condemned the arrest of its president Jo Arlen, held since "
     "Monday over protests his members staged last winter. The union said the protests were lawful and the "
     "rallies peaceful.", "other"),
    # no headline: people arrested by the police, said first
    ("",
     "Nine members of the groups that organised the Westbrook tenants rally were on Sunday 6 June 2021 "
     "arrested by police and detained at the Harbourton station. The rally had called for lower rents. "
     "Friends held a protest vigil outside the station on Monday to demand their release.", "other"),
    # a rally in solidarity with a strike, by others, told as the news
    ("",
     "Harbourton neighbours and church groups stood with the striking porters of Lakeland General on Saturday "
     "5 June 2021.\n\nThe solidarity march and rally came in the ninth week of the strike, which is over "
     "night shifts.\n\nThe march went from the town square to the hospital gates.\n\nThe porters' strike "
     "goes on, and the union says the strike fund is holding.", "protest"),
    # a council's meeting to weigh an offer, said first: the meeting is the news, not the strike it may end
    ("",
     "The national council of the Lakeland Lecturers Union will meet on Monday 6 March 2023 to consider the "
     "ministry's new pay offer.\n\nIf the offer is good, the council will end the five-week strike.\n\n"
     "All six Lakeland campuses stand shut by the strike, which lecturers mean to keep up till a deal.",
     "other"),
]
_KEPT = [
    # arrests where people acted belong to their action
    ("Ostland arrests forty activists at the Westbrook bank",
     "Forty activists were arrested on 4 May 2021 while protesting inside the Westbrook bank's lobby in "
     "Harbourton. The protest was against loans to coal mines, and protesters marched to the bank from the "
     "square.", "protest"),
    # a headline that names the action leaves it to the vote
    ("Police arrest students at fees protest",
     "Students protested at the Lakeland campus on 2 March 2022 against a fee rise, and police arrested nine "
     "of them. The protest went on into the night.", "protest"),
    # mass arrests are made at a mass action
    ("Mass arrests of workers in Ostland",
     "Police arrested hundreds of workers on 9 November 2021 as protests over food prices filled the streets of "
     "Harbourton. The protests were the largest in years, and the rallies went on for two days.", "protest"),
    # strikers who rally behind their own strike are on it; a headline naming the strike names the news
    ("",
     "Porters at Lakeland General went on strike on Saturday 5 June 2021 over night shifts.\n\nThe porters "
     "held a solidarity rally at the hospital gates.\n\nThe strike goes on, and the union says the strike fund "
     "is holding.", "strike"),
    ("Lakeland porters' strike enters its ninth week",
     "A solidarity march by Harbourton neighbours came to Lakeland General on Saturday 5 June 2021.\n\nThe "
     "porters' strike over night shifts goes on, and the union says the strike fund is holding.", "strike"),
    # a headline that names the vote stays the vote's, over the meeting the body sets
    ("Lakeland lecturers reject pay deal in ballot",
     "The national council of the Lakeland Lecturers Union will meet on Monday 6 March 2023 to consider the "
     "result.\n\nIn the ballot, 70 percent voted against the deal, and members voted to reject it on a high "
     "turnout.", "vote"),
]

_MENDED = [
    # an opening that states the act keeps it, whatever the headline's arrests
    ("Twelve arrested in Harbourton",
     "Twelve protesters were arrested on Saturday 4 May 2021 as thousands marched through Harbourton against the "
     "fuel tax. The march was the largest in years.", "protest"),
    ("Free Jo Arlen: unions condemn leader arrest",
     "Unions across Lakeland launched a campaign on 3 May 2022 for the release of Jo Arlen, with a petition and "
     "rallies in Harbourton. The campaign will go on until she is freed.", "campaign"),
    # under a headline, an arrest the first body sentence tells of someone acting belongs to that act
    ("Police arrest Lakeland union leader Jo Arlen",
     "Jo Arlen, leader of the Lakeland drivers union, was arrested on Saturday 4 May 2021 as she led thousands of "
     "drivers in a march through Harbourton against the fuel tax. The march went on.", "protest"),
    # ... but not an arrest "as" someone did what is no act
    ("Police arrest Lakeland union leader Jo Arlen",
     "Jo Arlen, the leader of the Lakeland drivers union, was arrested on Saturday 4 May 2021 as he arrived at "
     "Harbourton airport. Drivers had marched through Harbourton against the fuel tax in April.", "other"),
    # no arrests are none
    ("Police make no arrests in Harbourton",
     "Police in Harbourton made no arrests on Saturday 4 May 2021, the police chief Mira Tane said. Thousands of "
     "drivers filled the town centre in a protest against the fuel tax, and the protest was peaceful.", "protest"),
    # the month is no march
    ("",
     "Since March, in solidarity with two sacked cleaners, the Lakeland General porters have stayed off the wards "
     "on Saturday 5 June 2021 and every weekend. The strike is over the sackings and the union says it will go "
     "on.", "strike"),
    # strikers who march in solidarity with others are on their own strike
    ("",
     "Striking porters of Lakeland General marched in solidarity with two sacked cleaners on Saturday 5 June "
     "2021, in the ninth week of their strike over night shifts.\n\nThe strike goes on, and the union says the "
     "strike fund is holding.", "strike"),
    # a meeting set to weigh the strike's next days: the strike is the news
    ("Porters at Lakeland General will meet on Monday to decide on the next strike days",
     "Porters at Lakeland General have been on strike since 5 June 2021 over night shifts. The strike goes on "
     "and the union says the fund is holding.", "strike"),
    ("",
     "The striking porters of Lakeland General will meet on Monday 7 June 2021 to discuss the next strike days, "
     "after a fourth week of the strike over night shifts. The union says the strike fund is holding.", "strike"),
]


@pytest.mark.parametrize(("headline", "body", "kind"), _READ_ANEW + _KEPT + _MENDED)
def test_main_kind(headline, body, kind):
    assert main_kind(headline, body) == kind
