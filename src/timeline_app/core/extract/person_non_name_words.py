"""Capitalised words that are no part of a person's name.

Sentence openers, days and months, offices and titles, words of bodies, campaigns, places named after people,
laws and prizes: a capitalised run holding one is cut there (or is no name), however a name's cue reads it.
``people`` adds the offices' own spellings (capitalised, hyphenated, plural) and the cue lists' words.
"""

from __future__ import annotations

from .organisation_names import HEADS
from .person_cues import PORTFOLIO_WORDS

NON_NAME_WORDS = frozenset(
    """The This That These Those In On At By For From To With Since During After Before Despite
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Today Yesterday Tomorrow Students Student
    National International Education Vice President Officer Secretary Chair Director Guild
    Organiser Organizer Spokesperson Campaign Campaigns Notes Editors Contact Press Release Day
    Action Palestine Israel Gaza Britain England Scotland Wales London Europe European British
    Muslim Jewish Black White Higher Further Community City General Executive Welfare Equality
    Democracy Activities Opportunities Liberation Women Disabled Trans Postgraduate Undergraduate
    Dear Yours Sincerely Regards Best Kind Thank Thanks Follow Share Email Phone Twitter
    Facebook Instagram Photo Image Getty Images Featured Honorary Former Interim Acting Deputy
    Senior Chief Head Leader Member Members Lecturer Professor Dr Mr Mrs Ms Labour Conservative
    Green Liberal Democrat Democrats Tory Tories Parliament Government Minister Prime Home Office
    Our Their We They It Its He She His Her Join Support Stand Solidarity Justice Climate Free
    Open Letter Statement Update Breaking Street Road Square Hall Library Building Campus House
    Week Month Year Term Semester Spring Summer Autumn Winter Christmas Easter Ramadan Eid Among Amongst""".split()
) | HEADS | frozenset(
    # titles and offices glued to names ("Chancellor George Blumenthal"),
    # words of campaign and action names ("Rent Strike", "Activism Revival")
    # and of places named after people ("Victoria Park")
    """Chancellor Vice-Chancellor Provost Dean Premier Senator Governor Mayor Judge Justice Inspector
    Superintendent Sergeant Constable Commissioner Detective Chief Bishop Archbishop Father Rabbi Imam
    Pastor Reverend King Queen Prince Princess Campaigner Activist Organiser Coordinator Councillor MP VP
    President Secretary Spokesman Spokeswoman Editor Reporter Correspondent Researcher Founder Co-founder
    Strike Strikes Revival Rebellion Uncut Rent Activism Walkout Occupation Protest Protests Rally Vigil
    Movement Matter Lives Must Fall Occupy Cuts Fees Park Palace Bay Bridge Gardens Avenue Lane Place
    Stadium Airport Station Centre Center Tower Museum Gallery Theatre Cathedral Temple Mosque Shrine Hospital Principal
    Headteacher Teacher Captain Colonel General Lieutenant High Primary Grammar Management Promenade Boy Girl""".split()
) | PORTFOLIO_WORDS | frozenset(
    # the last word of a plan's or a law's name ("Student Financial Aid Scheme", "Higher Education Act"), a
    # chamber before a senator's name ("Senate Saleem ..."), a byline's "Posted on" after a writer's, an
    # office's field ("Director of Public Prosecutions"), a prize's last word ("Goldman Environmental Prize"),
    # a retired professor's title after the office ("Professor Emerita"), a bus company's first word ("Bus Éireann"),
    # a petition page's "Petitioning" before those it is addressed to, an "Officer Commanding" a place
    """Scheme Programme Program Policy Act Agreement Allowance Amendment Transportation Senate Posted Updated Budget
    Prosecutions Prize Award Awards Medal Emerita Emeritus Bus Petitioning Commanding Annual Financial Abroad""".split()
) | frozenset(
    # the common noun that ends a charity's, a campaign's or a landlord's name and no surname ("Ostland Relief",
    # "Tenant Rights", "Harbourton Living", "Westbrook Properties")
    """Rights Relief Advocacy Housing Living Properties Realty""".split()
)
# Words that end a street's or a broadcast's name, never a person's ("St. Ostland Ave", "the Dan Breakfast Show"),
# though a name may open with them ("Ave Kask")
RUN_ENDING_NON_NAMES = frozenset("Ave Boulevard Blvd Show Podcast".split())
# Words that open a place's or a body's name ("New Ostland", "Third Level"), as a run's last word a surname
_PLACE_OPENERS = frozenset("New First Second Third Fourth Fifth".split())


def opens_a_place(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` opens a place's or a body's name in a run ("New Ostland", "Third Level"): a capitalised
    word follows it; a run's last word it may be a surname ("Ama New", "said nurse Jo First")."""
    return at + 1 < len(words) and words[at] in _PLACE_OPENERS
