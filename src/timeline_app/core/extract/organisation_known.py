"""The short curated list of movement bodies whose names carry no
organisational word (rule 4 of ``organisations``), and the cues that tell
such a name used as a word ("Unite against racism", "Minister of Labour")."""

from __future__ import annotations

import re
from collections import Counter

from .document_memo import remembered
from .given_names import GIVEN_NAMES
from .literal_trie import alternation
from .nationalities import NATIONALITIES
from .organisation_names import GENERIC, HEADS, NUMBER_WORDS, PEOPLE_OF, PLACE_NOUNS, is_role_word, opens_sentence

# Well-known movement bodies whose names have no organisational word, so no
# general rule can tell them from ordinary capitalised words. Kept short and
# limited to national unions, campaigns and parties that student and labour
# movement sources name constantly; everything else must come from a rule.
KNOWN_MOVEMENT_BODIES: dict[str, str] = {
    "Unite": "Unite", "Unite Here": "Unite Here", "UNITE HERE": "UNITE HERE", "Unison": "Unison", "UNISON": "Unison",
    "GMB": "GMB",
    "Greenpeace": "Greenpeace", "Friends of the Earth": "Friends of the Earth",
    "Black Lives Matter": "Black Lives Matter", "People & Planet": "People & Planet",
    "People and Planet": "People & Planet", "Extinction Rebellion": "Extinction Rebellion",
    "Amnesty International": "Amnesty International", "Oxfam": "Oxfam", "Stop the War": "Stop the War",
    "ACORN": "ACORN", "Momentum": "Momentum", "Fridays for Future": "Fridays for Future",
    "Labour": "Labour", "Labor": "Labor", "Conservatives": "Conservatives", "Liberal Democrats": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats", "Greens": "Greens", "Plaid Cymru": "Plaid Cymru", "SNP": "SNP",
    "Tories": "Conservatives", "Liberals": "Liberals", "Democrats": "Democrats", "Republicans": "Republicans",
    "Social Democrats": "Social Democrats",
    "Gardaí": "Gardaí", "Gardai": "Gardaí", "Garda Síochána": "Gardaí",
    # a party named as an adjective ("a Liberal Democrat MP") or without its accents ("Fianna Fail")
    "Liberal Democrat": "Liberal Democrats", "Lib Dem": "Liberal Democrats",
    "Fianna Fáil": "Fianna Fáil", "Fianna Fail": "Fianna Fáil", "Fine Gael": "Fine Gael",
    "Sinn Féin": "Sinn Féin", "Sinn Fein": "Sinn Féin", "People Before Profit": "People Before Profit",
    # Unions and federations elsewhere that their own press writes as words, not capitals ("Cosatu
    # and Saftu marched", "Kuppet officials"): a national labour movement's names, from public facts.
    # Not those that are also words or other names: "Forsa" unaccented (a German pollster), "Karapatan"
    # and "Kabataan" (Filipino for "rights" and "youth"), "Knut" (a given name).
    "Aslef": "Aslef", "Usdaw": "Usdaw", "Acas": "Acas", "Nipsa": "Nipsa", "Siptu": "Siptu", "Fórsa": "Fórsa",
    "Cosatu": "Cosatu", "Saftu": "Saftu", "Numsa": "Numsa", "Amcu": "Amcu", "Nehawu": "Nehawu", "Sadtu": "Sadtu",
    "Samwu": "Samwu", "Satawu": "Satawu", "Popcru": "Popcru", "Denosa": "Denosa", "Fedusa": "Fedusa", "Sasco": "Sasco",
    "Nactu": "Nactu", "Kuppet": "Kuppet", "Cotu": "Cotu", "Kmpdu": "Kmpdu", "Uasu": "Uasu",
    "Asuu": "Asuu", "Ssanu": "Ssanu", "Nupeng": "Nupeng", "Pengassan": "Pengassan", "Artuz": "Artuz",
    "Ptuz": "Ptuz", "Zimta": "Zimta", "Zctu": "Zctu", "Anakbayan": "Anakbayan",
    "Manibela": "Manibela", "Teamsters": "Teamsters", "Unifor": "Unifor", "Ucatt": "Ucatt", "UCATT": "Ucatt",
    "Demosisto": "Demosisto", "Scholarism": "Scholarism",
    # North America's industrial unions and coalitions named without a head word, and the United Nations that
    # movements appeal to (a longer name, "United Nations Human Rights Council", is read first by its head)
    "Communications Workers of America": "Communications Workers of America",
    "United Food and Commercial Workers": "United Food and Commercial Workers", "Workers United": "Workers United",
    "Jobs with Justice": "Jobs with Justice", "Jobs With Justice": "Jobs with Justice",
    "United Nations": "United Nations",
    # a campaign whose name opens with the party's word, and New Zealand's teachers' union by its own name
    "Labour Behind the Label": "Labour Behind the Label", "NZEI Te Riu Roa": "NZEI Te Riu Roa",
    # Zimbabwe's ruling party, as its own and its opponents' press spell it (no spelling is another's)
    "ZANU-PF": "ZANU-PF", "Zanu-PF": "Zanu-PF", "ZANU PF": "ZANU PF", "Zanu PF": "Zanu PF", "Zanu-Pf": "Zanu-Pf",
}
# The parties above named by their members' plural ("the Greens said", "14 Greens voted"), which are also words
PARTY_PLURALS = frozenset("Democrats Republicans Liberals Conservatives Greens Tories".split())
# The same unions in capitals, as most of their own releases write them ("the SIPTU trade union", "COSATU said"):
# acronyms no other body or word has, so they need no evidence around them (``organisations``), as the words do not.
KNOWN_CAPITALS = frozenset(word.upper() for word in """Aslef Usdaw Nipsa Siptu Cosatu Saftu Numsa Amcu Nehawu Sadtu
    Samwu Satawu Popcru Denosa Fedusa Sasco Nactu Kuppet Kmpdu Uasu Asuu Ssanu Nupeng Pengassan Artuz Ptuz Zimta
    Zctu""".split())
KNOWN = re.compile(r"(?P<base>" + alternation(sorted(KNOWN_MOVEMENT_BODIES, key=len, reverse=True))
                    + r")(?![\w&-])(?P<branch>[ \t]+(?:Youth|Scotland|Wales|Cymru|Northern Ireland|UK|GB)(?![\w&-]))?")
# Imperatives at a line start ("Unite against racism") are slogans, not the union.
SLOGAN_AFTER = re.compile(r"[ \t]+(?:against|for|to|with|behind|the|now|together)\b")
# "Unions, Students and Tenants Unite to Call for ...": the verb of a headline's plural people; "the Unite against
# Lakeland Cuts march", "the Unite for Quality Schooling campaign": a campaign's name (the union "meets with Unite
# to settle", "asks Unite to talk", "a ballot called by Unite against the offer", "Harbourton Docks Unite to ballot").
_PLURAL_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+(?:ers|ists|ants|ents|ives|ians)|Nurses|Unions|"
                            r"Organi[sz]ations|Groups|Doctors|Communities|Women|People|Academics)[ \t]+$")
_CAMPAIGN_AFTER = re.compile(r"[ \t]+(?:against|for)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}"
                             r"(?:march|rally|campaign|coalition|movement)\b")


def unite_as_a_verb(text: str, start: int, end: int) -> bool:
    """Whether "Unite" at ``text[start:end]`` is the verb, not the union: after a capitalised plural of people
    and before a slogan's word, or a campaign's name: after "the", before "against" or "for", a capitalised
    run and the campaign's noun (not "the Unite against Westbrook Buses protest": the union's own)."""
    return text[start:end] == "Unite" and (
        _CAMPAIGN_AFTER.match(text, end) is not None and
        _THE_BEFORE.search(text, max(0, start - 8), start) is not None or
        SLOGAN_AFTER.match(text, end) is not None and
        _PLURAL_BEFORE.search(text, max(0, start - 30), start) is not None)


# "the Minister of Labour", "Department for Labour", "the Committee on Labour": a portfolio, not the party.
# (Also after "the": a curated name here is one that doubles as a field, "Minister for the Labour market". The
# two readings of "Minister for the X" differ on purpose: ``organisation_named_body.names_a_ministers_portfolio``
# reads a whole run, and keeps "Minister for the Cabinet Office" as the body the minister leads.)
PORTFOLIO_BEFORE = re.compile(r"\b(?:(?:Minister|Ministry|Department|Secretary|Shadow|Spokesperson)[ \t]+(?:of|for)|"
                              r"(?:Committee|Commission)[ \t]+on)[ \t]+(?:the[ \t]+)?$")
# "his Labour counterpart", "the Labour portfolio", "Labour Minister Mallikarjun Kharge", "Labour and Social
# Protection Cabinet Secretary": an office's field, not the party (a lower-case "Labour minister" is the party's).
# ("Labour and Green Cabinet members", "Labour Minister for Health Wes Streeting": the party's; "Labour Minister
# of State X", "Labour Minister for Karnataka X" are the portfolio's.)
_FIELDS = (r"(?:Health|Education|Transport|Housing|Work|Pensions|Schools|Skills|Culture|Women|Equalities|Science|"
           r"Justice|Defence|Finance|Trade|Business|Energy|Environment|Employment|Children|Families|Security|Policing|"
           r"Immigration|Europe|Foreign|Home)")
PORTFOLIO_AFTER = re.compile(
    r"[ \t]+(?:counterparts?|portfolios?|(?:and[ \t]+(?!(?:Green|Greens|Conservative|Conservatives|Tory|Liberal|Lib|SNP|"
    r"Plaid|Alliance|Reform|Co-operative|Cooperative|Labour|Labor|Democratic|Democrat)\b)(?:[A-Z][\w'’-]*[ \t]+){1,3})?"
    r"(?:Minister(?![ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?" + _FIELDS + r"\b)|Ministry|Commissioner|Cabinet[ \t]+Secretary)"
    r"(?![\w'’-]))\b")
# "Labour unions", "Labour advocates": the word; "Organised Labour" is a country's unions together.
# "the Labour ministry", "the Labour court will decide", "Labour bills were passed", "(MA, Labour studies)": the
# field's office, court, law or subject (a plural only before a stop, a helping verb or a preposition: "Labour
# courts swing voters", "Labour studies proposals" are the party's verbs; "the first Labour ministry" its government)
_LABOUR_AS_A_WORD = re.compile(r"[ \t]+(?:unions?|advocates?|movements?|rights|laws?|markets?|relations|disputes?|"
                               r"(?P<ministry>ministry\b)|(?:department|court|bill)\b|"
                               r"(?:courts|bills|studies)(?=[ \t]*[,.;:)]|[ \t]+"
                               r"(?:were|are|have|had|will|would|could|may|must|in|on|of|for|to)\b))\b")
_GOVERNMENT_BEFORE = re.compile(r"\b(?:first|second|third|new|last|previous|former|next|future|a|another)[ \t]+$",
                                re.IGNORECASE)
_ORGANISED_BEFORE = re.compile(r"\b(?i:organi[sz]ed)[ \t]+$")
# "the Labour had directed its affiliates": a country's unions together, as Nigerian pages say (elsewhere
# "the Labour had won every seat" is the party)
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
_ACTS_AFTER = re.compile(r"[ \t]+(?:has|had|have|is|was|were|will|would|said|says|also|insists?|insisted|directed|"
                         r"called|declared|threatened|vowed|warned)\b")
_NIGERIAN = re.compile(r"\b(?:Nigeria|Nigerian|Abuja|Lagos|NLC|naira|Organi[sz]ed[ \t]+Labour)\b")
# "Labour Secretary", "U.S. Labor Secretary X", "Labour Director X", "the Labour Department", "a Labour Inspector":
# labour's offices (not "Secretary of State", "Secretary General", "Labour Director of Campaigns": the party's)
_LABOURS_OFFICE_AFTER = re.compile(r"[ \t]+(?:Secretary\b(?![ \t]+(?:of[ \t]+State|General)\b)|"
                                   r"(?:Director|Department|Inspector)\b(?![ \t]+(?:of|for)\b))")
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+of[ \t]+$")
# "Labor" is Australia's party: on an Australian page, after a lower-case word or a stop ("the federal Labor
# government", "Greens, Labor"); not after a capitalised word ("Socialist & Labor activist", "Shame Labor shame",
# "via Analy Labor": a name's word, a chant, a surname), and elsewhere labour ("organized Labor", "Labor leaders").
# (Places that are also given names, "Sydney" and "Adelaide", or words, "Victorian", tell no page's country.)
_AUSTRALIAN = re.compile(r"\b(?:Australian?|Canberra|Melbourne|Brisbane|Perth|Hobart|Queensland|New[ \t]+South[ \t]+Wales|"
                         r"Tasmania|ACTU|CFMEU|NTEU)\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b[A-Z][\w'’-]*[ \t]+(?:&[ \t]+)?$")
# "Labor groups call for a wage rise": labour's groups ("Labour groups on the council" are the party's).
_GROUPS_AFTER = re.compile(r"[ \t]+groups\b")


def labour_as_a_word(text: str, start: int, end: int) -> bool:
    """"Labour unions", "Organised Labour", "Labour Secretary": labour itself, not the party; "the Commissioner of
    Labour (COL)" ends an office's or a body's name; "Labor" off an Australian page, or after a capitalised word;
    "Labour" on a Zimbabwean, Kenyan, Canadian ... page that speaks of no party ("Labour is protesting")."""
    word = text[start:end]
    if word not in ("Labour", "Labor"):
        return False
    if word == "Labor" and (_CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is not None or
                            _GROUPS_AFTER.match(text, end) is not None or not remembered(_australian, text)):
        return True
    as_a_word = _LABOUR_AS_A_WORD.match(text, end)
    if as_a_word is not None and as_a_word["ministry"] and \
            _GOVERNMENT_BEFORE.search(text, max(0, start - 12), start):
        as_a_word = None  # "the first Labour ministry": the party's government
    return as_a_word is not None or _LABOURS_OFFICE_AFTER.match(text, end) is not None or \
        _ORGANISED_BEFORE.search(text, max(0, start - 12), start) is not None or \
        _ACTS_AFTER.match(text, end) is not None and \
        _THE_BEFORE.search(text, max(0, start - 5), start) is not None and remembered(_nigerian, text) or \
        _NAME_OF_BEFORE.search(text, max(0, start - 30), start) is not None or \
        word == "Labour" and remembered(_organised_labours_page, text)


def _organised_labours_page(text: str) -> bool:
    """Whether the page is from a country where "Labour" names organised labour, and speaks of no Labour party
    nor of parties and parliaments where one stands (asked through ``remembered``): "Labour is protesting the
    wage freeze" in Harare is the unions."""
    named = Counter(match.lastgroup for match in _NO_LABOUR_PARTY.finditer(text, 0, _COUNTRY_READ))
    return bool(named) and max(named.values()) >= 2 and _PARTY_SIGNS.search(text) is None


# Countries whose pages say "Labour" for their unions, with no Labour party in their news: one of them named twice
# at least in the page's opening is the page's own (not a "Canadian-owned" firm, nor nurses "from Kenya and
# Ghana"). Not Nigeria: its Labour Party stands in its news.
_NO_LABOUR_PARTY = re.compile(r"\b(?:(?P<zw>Zimbabwe|Harare|Bulawayo|ZCTU)|(?P<lk>Sri[ \t]+Lanka|Colombo)|"
                              r"(?P<ke>Kenya|Nairobi|COTU)|(?P<gh>Ghana|Accra)|(?P<zm>Zambia|Lusaka)|"
                              r"(?P<ug>Uganda|Kampala)|(?P<mw>Malawi)|(?P<ca>Canada|Ontario))\b")
_COUNTRY_READ = 2000


# The party itself, its people, its rivals and its house ("Labour Party", "Labour MPs", "the Tories", "Westminster"),
# or a country where a Labour party stands.
_PARTY_SIGNS = re.compile(
    r"\bLabour(?:[ \t]+(?i:Party|MPs?|leader|leadership|government|councill?ors?|council|candidates?|ministers?|"
    r"peers?|whip|conference|manifesto|voters|Students|activists|HQ|headquarters|position|policy|cabinet|ticket|"
    r"caucus|flagbearer|chieftain|governorship|senators?|lawmakers?|spokes(?:person|man|woman)|deputy|TDs?|MSPs?|"
    r"(?:and|&)[ \t]+Greens?)\b|['’]s[ \t])|"
    r"\b(?:Tory|Tories|Conservatives?|Lib[ \t]+Dems?|Liberal[ \t]+Democrats?|Green[ \t]+Party|SNP|Plaid|"
    r"Sinn[ \t]+F[ée]in|Fianna[ \t]+F[áa]il|Fine[ \t]+Gael|MPs?|Westminster|Starmer|Corbyn|Blair|Miliband|Shadow|"
    r"shadow|Dáil|Taoiseach|Britain|British|UK|England|Scotland|Scottish|Wales|Welsh|London|Ireland|Irish|"
    r"New[ \t]+Zealand|NZ|Aotearoa|Dublin|Edinburgh|Cardiff|Holyrood|Senedd|Wellington|NHS)\b|£")


def _nigerian(text: str) -> bool:
    """Whether the page is Nigerian (asked through ``remembered``, as ``_australian``)."""
    return _NIGERIAN.search(text) is not None


def _australian(text: str) -> bool:
    """Whether the page is Australian (asked through ``remembered``: read once a page, however often it
    says "Labor")."""
    return _AUSTRALIAN.search(text) is not None


_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")


def inside_a_longer_name(text: str, end: int) -> bool:
    """"the Labour Relations Act", "the BC Labour Relations Board": a known
    name followed by another capitalised word is part of a longer name (an
    act, a board), not the party; "Labour Councillor X" is still the party."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and not is_role_word(after[1]) and not opens_sentence(after[1])


# Bodies whose local branches are named by their town or county ("ACORN Harbourton", "Unison West Lakeland"; not
# Unite's: "Unite Harbourton bin workers" are its members there), and the one or two capitalised words of such a
# place: not followed by another capitalised word (a longer name), not a body's, a person's, a nation's or an
# office's word, nor what the branch does ("Protest", "Action").
_TOWN_BRANCHES = frozenset({"ACORN", "Unison", "UNISON", "GMB", "Greenpeace", "Extinction Rebellion"})
_PLACE_AFTER = re.compile(r"[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]+[a-z]|[ \t]*[,.;:!?)]|[ \t]*$)")
_NO_PLACES = frozenset("""Protest Protests Action Actions Strike Strikes Rally March Campaign Campaigns Members
    Tenants Activists Here
    Says Warns Slams Calls Demands Urges Backs Blocks Wins Welcomes Condemns Launches Vows Rejects Joins Hits
    Report Survey Press Admin Website Facebook Instagram Twitter Christmas Conference Congress Day Week Volunteers
    Supporters Warehouse Depot""".split())  # a headline's verb, a body's page, papers, events and sites


def town_branch(text: str, base: str, end: int) -> tuple[str, int] | None:
    """The town or county after ``base`` that names its local branch ("ACORN Harbourton said") and where
    it ends, or None."""
    if base not in _TOWN_BRANCHES:
        return None
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return None
    words = after["place"].split()
    if any(w in HEADS or w in GENERIC or w in GIVEN_NAMES or w in PEOPLE_OF or w in _NO_PLACES or w in NATIONALITIES or
           w in PLACE_NOUNS or is_role_word(w) or opens_sentence(w) for w in words):
        return None
    return after["place"], after.end()


def known_branch(text: str, match: re.Match[str]) -> tuple[str, int]:
    """The branch after a ``KNOWN`` body's name and where its mention ends: the nation or country the pattern
    read ("Unison Scotland", "Oxfam GB") unless a longer name goes on after it ("Greenpeace UK Youth
    Network"), else a town (``town_branch``), else none."""
    if match["branch"] and not inside_a_longer_name(text, match.end()):
        return match["branch"], match.end()
    town = town_branch(text, match["base"], match.end("base"))
    return (f" {town[0]}", town[1]) if town else ("", match.end("base"))


# Known names made of common words, which other names and headlines hold ("Harbourton Cafe Workers United",
# "Farmers and Workers United Against Land Grabs", "Model United Nations").
_COMMON_WORD_NAMES = frozenset({"Workers United", "United Nations", "Jobs with Justice", "Jobs With Justice"})
_CAPITALISED_BEFORE_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+$")
# a count or a rank before the name, not another name's word ("Two United Nations experts", "Senior ... officials")
_RANKS_BEFORE = frozenset("Senior Junior Top Local Regional Visiting".split())
_HEADLINE_WORD_AFTER = re.compile(r"[ \t]+(?:Against|For|To|In|On|At|With)\b")


def common_words_in_a_name(text: str, start: int, end: int, base: str) -> bool:
    """Whether a known name of common words at ``text[start:end]`` is part of another name or a headline."""
    if base not in _COMMON_WORD_NAMES:
        return False
    before = _CAPITALISED_BEFORE_NAME.search(text, max(0, start - 30), start)
    return before is not None and before[1] not in ("The", "THE") and not opens_sentence(before[1]) and \
        before[1] not in NUMBER_WORDS and before[1] not in _RANKS_BEFORE or \
        base != "United Nations" and _HEADLINE_WORD_AFTER.match(text, end) is not None
