"""More of what tells a person's name apart on real pages (issue 16).

``people`` reads a capitalised run as a person from its context. Real news
and campaign pages add shapes the first vocabulary missed, gathered here so
the person finder stays one reading of the text:

* nouns that describe a person and so mark the name beside them
  ("protester, Thenjiwe ...", "junior Kacie Fernandes said");
* titles and ranks glued to a name ("Brigadier Marinda Mills"), and an
  unlisted title in front of a known given name ("Taoiseach Brian Cowen"):
  the title becomes the role, never part of the name;
* words of place names that no person's name ends in ("United States",
  "Clark County", "Nelson Mandela Marg"), so neither a place nor a street
  named after someone is read as a person;
* an age, a class year or "(pictured)" after a name ("Natasha
  Abhayawickrama, 16, said"); "who" right after a name, or "reports", when
  the name opens with a given name;
* a signature: a name alone on its line above a short line naming a body
  or an office ("Anahid Kassabian" over "University of Liverpool");
* a list of names ("X, Y, Z and W") in which one is already a person is
  read by ``person_name_lists``.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .line_bounds import blank_between, lines_around
from .organisation_names import ROLE_WORDS

# Nouns naming what a person is or does, read as roles like "president".
PERSON_NOUNS = frozenset(
    """protester protestor demonstrator participant teacher worker nurse doctor resident pupil graduate
    senior junior sophomore freshman journalist writer photographer lawyer barrister solicitor candidate
    politician senator governor mayor premier volunteer supporter occupier striker tenant parent mother
    father official adviser advisor analyst economist historian scholar artist organizer organiser
    campaigners activists spokesperson lecturers teachers nurses teenager schoolgirl schoolboy
    naturalist conservationist environmentalist advocate commentator chairperson emir counterpart
    dictator ex-dictator figure lawmaker legislator diplomat tycoon businessman businesswoman entrepreneur
    billionaire actress rapper novelist philosopher cleric footballer comedian filmmaker musician
    whistleblower blogger actor singer poet regent owner shopkeeper trader vendor commuter passenger
    shopper customer employee cleaner pensioner retiree veteran survivor witness neighbour neighbor
    homeowner carer caregiver midwife paramedic firefighter publisher
    supervisor film-maker""".split()
    # (not driver, porter, farmer or miner: surnames too, "Stephen Driver", "Colm Porter")
)
# Those trades, a person's noun only in lower case after a name's comma and "a"/"the" (one lower-case word may
# stand between: "a bus driver"), and before the employer's preposition ("Kea Holm, a driver for ..."; "Jo
# Driver" a surname; "X, a miner based in ..." a firm)
_TRADE_APPOSITION = re.compile(r",[ \t]*(?:a|the)[ \t]+(?:[a-z]+[ \t]+)?(?:driver|farmer|miner|porter)[ \t]+"
                               r"(?:for|at|with)[ \t]+\S")
# A firm's last word, though no company word elsewhere: "Westbrook Resources, a miner with ..." names no person
_TRADE_FIRMS = frozenset("Resources Gold Copper Coal Metals Energy Farms".split())


def trade_in_apposition(name: str, after: str) -> bool:
    """Whether ``after``, the text right after ``name``, describes it by a trade that is a surname too (a
    driver, farmer, miner or porter "for", "at" or "with" someone): true of no name ending in a company word."""
    last = name.split()[-1]
    return _TRADE_APPOSITION.match(after) is not None and last not in COMPANY_WORDS and last not in _TRADE_FIRMS
# Titles and ranks that come before a name and never belong to it.
TITLES = frozenset(
    """Taoiseach Tánaiste Brigadier Commander Colonel Lieutenant Sergeant Constable Officer
    Congressman Congresswoman Assemblyman Assemblywoman Representative Rep Sen Gov Senator Lawmaker
    Ambassador Councilmember Alderman Superintendent Commissioner Inspector Chairman Chairwoman
    Minister Secretary Premier President Speaker Deputy Judge Justice Magistrate Dr Prof Mr Mrs Ms
    Miss Sir Dame Lord Lady Baroness Comrade Cde Cllr Cllrs Councillors Drs Profs Messrs MPs Rev Revd Reverend Fr
    Hon Honourable Honorable Excellency Sheikh Imam Rabbi Pastor Bishop Prince Princess King Queen Emir Crown Captain
    Corporal Admiral Commodore Marshal Major-General Brigadier-General Lieutenant-General Lieutenant-Colonel
    TD Otunba Oba Engineer Elder Brother Deacon Alhaji Alhaja Hajia Engr Barr Mallam Malam Atty Capt Maj Lt Col Gen Sgt
    Cr Datuk Datin Adv IGP ACP DCP SSP DIG""".split()  # ("Cr": an Australian councillor; "Datuk", "Datin":
    # Malaysian honours; "Adv": an advocate; "IGP", "ACP", "DCP", "SSP", "DIG": police ranks in South and South-East
    # Asia)
)
# Titles written out in full, besides ``TITLES`` (which has "Prof", "Dr", "Cllr"): "Professor X", "Father X".
SPELLED_OUT_TITLES = frozenset("Professor Doctor Councillor Father Sister Mx".split())
# The last word of a newspaper's, broadcaster's, agency's or blog's name: "told
# Trinity News", "Irish Times", "Daily Mail", "Lakeland Blog" are sources, never people.
MEDIA_WORDS = frozenset(
    """News Times Herald Gazette Tribune Journal Telegraph Chronicle Magazine Radio Television TV Guardian
    Observer Mirror Independent Express Examiner Bulletin Newsletter Podcast Broadcasting Agency Daily Eye Media
    Time Newsweek Blog Website Jazeera""".split()  # ("Al Jazeera": "Al" is a given name too)
)
# Words that end a company's name, never a person's ("Anlima Textile Limited", "Hyatt Hotels",
# "Fletcher Residential"); surnames spelled the same ("Power", "Mills", "Steel") are left out, and head words
# ("Airlines", "Group") are no name's words already (``HEADS``).
COMPANY_WORDS = frozenset(
    """Limited Ltd Inc Incorporated PLC Plc LLC LLP Corp Holdings Properties Residential Hotels Resorts Stores
    Supermarkets Textile Textiles Garments Apparel Motors Electronics Foods Beverages
    Mining Mines Minerals Cement Logistics Technologies Pharmaceuticals Petroleum Industries Enterprises
    Telecom Telecoms Healthcare Solutions Systems""".split()
)
# Words of a page's furniture ("More Information", "Related Articles",
# "Latest Posts"): a line of them above a list of names is no name.
FURNITURE_WORDS = frozenset(
    """More Information Related Latest Popular Recent Comments Comment Reply Previous Next Home Menu Search
    Skip Login Subscribe Newsletter Advertisement Sponsored Posts Articles Stories Links Tags Categories
    Print Thread""".split()
)
# Offices named by two words whose last is no role on its own:
# "secretary general", "director general", "attorney general", "president general" (a union's head in Trinidad).
COMPOUND_OFFICES = frozenset("secretary director attorney solicitor inspector auditor surgeon president".split())
# Words of place names: a run ending in one is a place, not a person.
PLACE_WORDS = frozenset(
    """United States Kingdom Nations Republic Africa America Australia Canada India Ireland Zealand
    County Valley District Province State City Town Village Island Islands Mountains River Beach
    Heights Hills Springs Falls Harbour Harbor Port Marg Drive Boulevard Highway Crescent Terrace Row Parade
    Hostel Bhawan Bhavan Nagar Chowk Memorial Monument Statue Reserve Side Circle Roundabout Chamber Zone
    Commune""".split()
)
# Fields of study, as a signatory's department follows the name ("Professor,
# Political Science"): never a word of a person's name.
ACADEMIC_FIELDS = frozenset(
    """Studies Science Sciences History Humanities Engineering Literature Politics Economics Sociology
    Anthropology Philosophy Physics Chemistry Biology Mathematics Geography Psychology Linguistics Medicine""".split()
)
# The portfolio of an office before a name ("Minister of Finance Malusi Gigaba").
PORTFOLIO_WORDS = frozenset(
    """Finance Health Defence Defense Treasury Transport Energy Agriculture Environment Housing Interior Affairs
    Foreign Tourism Commerce Industry Trade Sport Sports Culture Communications Infrastructure Presidency
    Aviation Immigration Investment Investments Petroleum Mining Mines Labour Labor Education Welfare Administration""".split()
)
# Portfolios that are given names or surnames too ("Dr Innovation Okoro"): no part of a name only after
# the "and" or "of" of an office ("Minister of ... Science and Technology Malakai Tabar").
PORTFOLIO_TAILS = frozenset("Technology Development Employment Planning Research Innovation Fisheries".split())
# Words that open a clause and so are never a name's first word, though a
# sentence may glue them to one ("But Fasiha Hassen, the deputy ...", "As
# Duncan told me"); and words of a group's name, never of a person's
# ("Women's group Gabriela Youth", "Youth Act Against Tyranny").
CLAUSE_OPENERS = frozenset(
    """But And As So Yet If When While Whilst Although Though Because Then Also Now Meanwhile However
    Still Even Only Just Thus Hence Indeed Perhaps Instead Besides Moreover Furthermore Nevertheless
    Nonetheless Otherwise Unlike Whereas Why What How Where Whither Plus""".split()
)
GROUP_WORDS = frozenset("Youth Brotherhood Sisterhood Against Unit Branch Squad Command Safety Platform".split())
# A role phrase after a name starts with a determiner or a describing word,
# never with a preposition: "the United States, with Swedish ... activist"
# is no role of "United States"; nor with "which" or "that", which tell
# of a thing ("Inland Revenue, which administers the student debt").
ROLE_AFTER_OPENERS_REFUSED = re.compile(
    r"^(?:with|in|on|at|from|to|into|across|over|under|after|before|during|as|while|where|when|and|or|but|"
    r"including|like|such|near|outside|inside|for|by|of|which|that)\b",
    re.IGNORECASE,
)
# A clause of doing after a thing an article names ("conduct a SU Governance Audit, using surveys and student
# panels"); after a person's name the clause may tell their office ("Ann Reid, following her election as chair").
_DOING_OPENER = re.compile(r"(?:using|making|taking|giving|asking|urging|demanding|calling|saying|citing|claiming|"
                           r"following|according)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|its|their)[ \t]+(?:[A-Z]{2,5}[ \t]+)?$")


def role_after_refused(role: str, before: str) -> bool:
    """Whether what follows a name after its comma opens as no office does."""
    return ROLE_AFTER_OPENERS_REFUSED.match(role) is not None or \
        _DOING_OPENER.match(role) is not None and _ARTICLE_BEFORE.search(before, max(0, len(before) - 12)) is not None


def signs_above_affiliation(text: str, start: int, end: int, affiliation_words: frozenset[str]) -> bool:
    """A name alone on its line, right above a line naming a body or an
    office: a signature ("Anahid Kassabian" over "University of Liverpool"),
    whatever the given name."""
    line_start, line_end = lines_around(text, start, end)
    if line_end == len(text) or not blank_between(text, line_start, start) or not blank_between(text, end, line_end):
        return False
    next_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if next_end == -1 else next_end]
    words = {w.strip(",.;:") for w in below.split()}
    return 0 < len(below.split()) <= 8 and not affiliation_words.isdisjoint(words)


# What only a person's name is followed by: an age in commas or brackets
# ("Natasha Abhayawickrama, 16, said", "Jo Hale (19)"), a school class year
# ("Dahlia Low ’20") or a picture's pointer ("(pictured)", "(left)").
PERSON_AFTER = re.compile(
    r"^(?:,[ \t]*\d{1,2}[ \t]*,|[ \t]*\(\d{1,2}\)|[ \t]+['’]\d\d(?![\w'’-])|,[ \t]*an?[ \t]+\d{1,2}-year-old\b|"
    r",?[ \t]*(?:[–—-][ \t]*)?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}\b|"  # "Name, (202) 297-4511": a press contact
    r"[ \t]*\((?:pictured|left|right|centre|center|above|below|inset)\))"
)


# "Name reports" / ", reports Name": a reporter; "who" right after it, with
# or without a comma ("justice for Ama Boateng who died", "greeted Ama
# Boateng, who led the march"). Groups report and are followed by
# "who" too ("Human Rights Watch reported", "the Green New Deal Rising who
# joined"): "reports" marks only a name that opens with a given name, "who"
# also a name that is a whole capitalised run (no word of a body's name
# such as "Green" was cut off before it).
_REPORTS_AFTER = re.compile(r"^[ \t]*(?:,[ \t]*)?report(?:s|ed)\b")
_REPORTS_BEFORE = re.compile(r"\breports[ \t]+$")
# "who are", "who were", "who have": a group's verb, for the body before the name ("members from X who are")
_WHO_AFTER = re.compile(r"^,?[ \t]+who[ \t]+(?!(?:are|were|have)\b)[a-z]")
# ", a consultant, who was ...": described as a person of a trade or a standing, then "who": a person even opening
# the sentence (clubs, firms and papers take "who" too: "Westbrook Rovers, a local club, who ..."; the kind is the
# word before any "of": "a maker of textiles"). The kinds are a list of their own, not ``PERSON_NOUNS``: that
# holds words a firm is described by too ("owner", "trader", "vendor", "employee"), and lacks trades that are
# surnames ("driver", "porter", "farmer", "miner"), which after "a" and before "who" are trades.
_DESCRIBED_WHO = re.compile(r"^,[ \t]+an?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?(?P<kind>[a-z][\w-]*)"
                            r"(?:[ \t]+of[ \t]+[^,\n]{1,40})?,[ \t]+who[ \t]+(?:is|was|has|had)\b")
_PEOPLE_KINDS = frozenset("""consultant pharmacist nurse doctor teacher lecturer student welder steward worker cleaner
    porter driver farmer lawyer engineer journalist mother father parent grandmother grandfather widow resident tenant
    miner midwife scientist volunteer survivor pensioner retiree graduate pupil nun priest pastor imam
    academic historian writer artist musician poet teenager veteran mechanic electrician carpenter labourer laborer
    accountant architect surgeon paramedic carer caregiver housewife homemaker cook chef waiter waitress""".split()) | \
    (ROLE_WORDS - {"member"})  # (a member of a league may be a club)


# An age right before a name that ends its phrase ("32-year-old Jo Arlen of Harbour Road", "... Jo Arlen was");
# not a thing's ("the 50-year-old Westbrook Bridge", "his 20-year-old Ostland car"), nor a firm's or a team's
# before the noun they describe ("a 45-year-old Royal Mail postman").
_AGE_BEFORE = re.compile(r"(?<![\w-])(?<!\b[Tt]he )(?<!\b[Ii]ts )(?<!\b[Hh]is )(?<!\b[Hh]er )(?<!\b[Oo]ur )"
                         r"(?<!\b[Tt]heir )\d{1,2}[ \t-]years?[ \t-]old[ \t]+$")
_PHRASE_ENDS = re.compile(r"[ \t]*(?:[,.;:()]|$)|[ \t]+(?:of|from|who|was|is|has|had|and|said|says|told|were|in|at|on|"
                          r"appeared|died)\b")
# What follows only a person after an age (a car "was torched", a festival "was held" on): without a given name.
_PERSON_AFTER_AGE = re.compile(r"[ \t]+(?:of|from|who|said|says|told|appeared|died|(?:was|were)[ \t]+"
                               r"(?:arrested|charged|detained|killed|injured|shot(?![ \t]+at)|hurt|jailed|sentenced|"
                               r"identified))\b")


def reporter_or_who(before: str, after: str, name: str, whole_run: bool) -> bool:
    """Whether a name reports what the text says or is followed by "who",
    as a person's name is (see above)."""
    if name.split()[-1] in MEDIA_WORDS:
        return False
    given = name.split()[0] in GIVEN_NAMES
    if _AGE_BEFORE.search(before[-24:]) and (_PERSON_AFTER_AGE.match(after) or given and _PHRASE_ENDS.match(after)):
        return True  # "identified as 32 year old Garfield Arlen of ..." (not "a 45-year-old Royal Mail postman")
    if whole_run and (described := _DESCRIBED_WHO.match(after)) and described["kind"] in _PEOPLE_KINDS:
        return True
    if _WHO_AFTER.match(after):
        # ", who" after a run opening its sentence may follow a describing word ("Center-left X, who");
        # "Jan" (no given name on its own: "Jan Aakrosh" is a Hindi rally's name) is one before ", who"
        return given or name.split()[0] == "Jan" or \
            whole_run and (not after.startswith(",") or bool(before.strip(" \t\n\"“‘'(")))
    return given and (_REPORTS_AFTER.match(after) is not None or _REPORTS_BEFORE.search(before[-12:]) is not None)
