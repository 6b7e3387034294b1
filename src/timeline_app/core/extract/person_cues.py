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
* a list of names ("Alok Pandey and Susheel Kumar", "X, Y, Z and W") in
  which one is already a person: the others, shaped the same, are people
  too; so are the items of a list of four names or more, half of them
  opening with a common given name, when a word beside it says it names
  people ("students suspended include A B, C D, E F and G H").
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES, mostly_given_names
from .line_bounds import blank_between, line_around, lines_around
from .prefilter import folded
from .name_tokens import AFTER_CAPITAL, GLUED_NAME, NAME_TOKEN, NEXT_TOKEN, STARTS_WORD, UPPER
from .organisation_names import ROLE_WORDS
from .title_given_names import TITLE_GIVEN_NAMES, opens_with_given_title

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


# An item: a name of two or three words, with any title ("Cllr Mili
# Patel", taken off later), before any bracket ("Iman Ahmadi Moghaddam
# (Wembley Park)").
# A name written glued ("FirstnameSurname") is an item too.
_LIST_ITEM = rf"(?:{NAME_TOKEN}(?:{NEXT_TOKEN}){{1,3}}|{GLUED_NAME})(?:[ \t]*\([^()\n]{{1,40}}\))?"
# Items separated by commas with "and"/"&" before the last, or two items
# joined by "and": "A, B and C", "A and B". A comma alone is no list ("In an
# interview with X, Y, the ..." is an apposition).
# The first item must start a word: written as a capital, then that test
# (``STARTS_WORD``), then the rest of a name word or of a glued name.
_FIRST_ITEM = (rf"[{UPPER}]{STARTS_WORD}(?:{AFTER_CAPITAL}(?:{NEXT_TOKEN}){{1,3}}|(?<=[A-Z])[a-z]{{3,}}[A-Z][a-z]{{3,}}(?![\w'’-]))"
               rf"(?:[ \t]*\([^()\n]{{1,40}}\))?")
_NAME_LIST = re.compile(rf"{_FIRST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM})*(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+"
                        rf"{_LIST_ITEM}(?![\w'’-])")
# After a caption's label the first name may be glued to it: no word start asked.
_CAPTION_LIST = re.compile(_NAME_LIST.pattern.replace(STARTS_WORD, "", 1))
# What every list holds before its last item ("and" or "&" between blanks,
# then the item's capital): a line without it is not searched for lists.
_AND_ITEM = re.compile(rf"[ \t](?:and|&)[ \t]+[{UPPER}]")
_ITEM_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_BRACKET = re.compile(r"\([^()\n]*\)")


# How many known people a page is searched for (in name order): each search reads the text, and no real page
# names more than about 60 people (a hostile list of thousands cost its length squared).
_KNOWN_SEARCHED = 400


def _lists_holding(text: str, known: set[str]) -> list[re.Match[str]]:
    """Name lists on the lines where a known person is named (only those
    lines are searched: the pattern is costly over a whole text)."""
    lines: set[tuple[int, int]] = set()
    for name in sorted(filter(None, known))[:_KNOWN_SEARCHED]:
        at = text.find(name)
        while at != -1:
            line = line_around(text, at)
            lines.add(line)
            # the name again on this line adds nothing: look on from the line's end
            at = text.find(name, at + len(name) if "\n" in name else max(at + len(name), line[1]))
    matches: list[re.Match[str]] = []
    for start, end in sorted(lines):
        for low, high in _stretches(text, start, end):
            if _AND_ITEM.search(text, low, high):  # no list without one
                matches.extend(_NAME_LIST.finditer(text, low, high))
    return matches


_LIST_STRETCH = 10_000  # (about 450 names: no real list of people on one line is longer)
_SENTENCE_END = re.compile(r"[a-z][.!?][ \t]")  # (not an initial's full stop: "Jo A. Smith")


def _stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line ``text[start:end]`` in stretches of at most ``_LIST_STRETCH`` characters, each ending at a
    sentence's end where its second half holds one: the list pattern, tried at each name of a list that
    never ends as one, costs a stretch its length squared (one line of 14,000 names took 80 s whole)."""
    stretches = []
    low = start
    while low < end:
        high = min(end, low + _LIST_STRETCH)
        if high < end:
            last = None
            for last in _SENTENCE_END.finditer(text, low + _LIST_STRETCH // 2, high):
                pass
            high = last.end() if last else high
        stretches.append((low, high))
        low = high
    return stretches


# A list of four names or more (three commas at least): long enough that
# its shape and its given names vouch for it without a known person in it.
# Such a list may end without "and" once it has five names ("A B, C D, E F, G H, I J in the morning").
_GIVEN_NAMES_LIST = re.compile(rf"{_FIRST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM}){{2,}}"
                               rf"(?:(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM}|(?<=[\w)])(?:[ \t]*,[ \t]*{_LIST_ITEM})+)"
                               rf"(?![\w'’-])")


def _lists_of_given_names(text: str) -> list[re.Match[str]]:
    """Lists of four names or more on lines with three commas or more and
    an "and" before a capital (only those lines are searched); whether most
    items open with a given name is asked of the items (``mostly_given_names``)."""
    matches: list[re.Match[str]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if (commas := line.count(",")) >= 3 and (commas >= 4 or _AND_ITEM.search(line)):
            matches.extend(_GIVEN_NAMES_LIST.finditer(text, start, end))
        start = end + 1
    return matches


# Words saying a list names people: what they did or had done to them, or what they are.
_OF_PEOPLE = re.compile(
    r"\b(?:signed|signatories|signatory|undersigned|speakers|panell?ists|arrest(?:ed|s)?|detain(?:ed|s)?|"
    r"charged|suspended|expelled|rusticated|jailed|released|elected|activists|students|leaders|organi[sz]ers|"
    r"members|writers|artists|academics|authors|musicians|actors|scholars|professors|lecturers|teachers|workers|"
    r"officials|councillors|defenders|journalists|campaigners|protesters|figures|personalities|people)\b",
    re.IGNORECASE)
# Before the list, such a word then at most eight words ending as a list is introduced ("students
# the university is set to suspend include", "nine Human Rights Defenders (HRDs)-", "signed by:"):
# "Protesters targeted A, B and C" says who acted on the list, not what it lists.
_INTRODUCING = r"(?:includ(?:e|es|ed|ing)|are|were|namely|by|such[ \t]+as)"
_INTRODUCED = re.compile(rf"(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*(?:[\w'’-]+[ \t]+){{0,8}}?{_INTRODUCING}?[ \t]*[:,–—-]?[ \t]*$")
_SAID_BEFORE = 150  # characters of the list's line before it where such a word is looked for
_SAID_AFTER = 60  # and after it ("... and G H are among those who signed")


def _said_of_people(text: str, start: int, end: int) -> bool:
    """Whether a word on the list's line says it names people: shortly
    before it, introducing it, or shortly after it."""
    line_start, line_end = line_around(text, start)
    for word in _OF_PEOPLE.finditer(text, max(line_start, start - _SAID_BEFORE), start):
        introduced = _INTRODUCED.match(text, word.end(), start)
        between = introduced.group().strip() if introduced and introduced.end() == start else None
        # the word right before the list ("arrested A B, C D ..."), or words ending as a list is introduced
        if between is not None and (not between or between[-1] in ":,–—-" or _ENDS_INTRODUCING.search(between)):
            return True
    return _OF_PEOPLE.search(text, end, min(line_end, end + _SAID_AFTER)) is not None


_ENDS_INTRODUCING = re.compile(rf"\b{_INTRODUCING}[ \t]*$")


def listed_with_people(text: str, known: set[str], refused: frozenset[str]) -> list[tuple[str, int]]:
    """(name, offset) of each two- or three-word item of a list of names in
    which at least one item is a person already known; items holding a
    refused word (organisational, place or title words) are left out, and
    so is a list that holds one."""
    found: list[tuple[str, int]] = []
    labelled = _labelled_lists(text) + _lists_of_given_names(text)
    if not known and not labelled:
        return found
    unlabelled = _lists_holding(text, known) if known else []
    spans = {match.span() for match in unlabelled}
    held = set(map(id, unlabelled))  # (asked of each list: a list of thousands cost its length squared)
    for match in unlabelled + [match for match in labelled if match.span() not in spans]:
        items = _list_items(match, refused)
        if id(match) not in held and match.re is _GIVEN_NAMES_LIST:
            given = mostly_given_names(name for name, _ in items)
            if not (given or sum(name in known for name, _ in items) >= 2) or \
                    not _said_of_people(text, match.start(), match.end()):
                continue  # a list of places, brands or schools (not two people already known), or one no word
                # says is of people
            kept = [item for item in items if not refused.intersection(_named_words(item[0]))]
            if len(kept) * 2 <= len(items) or not given and len(kept) < len(items):
                continue  # half its items hold a place's or a body's word: not a list of people (nor one that only
                # two known people vouch for and that holds any such word: "A B, C D, Lakeland Valley, ...")
            items = kept  # an item with a refused word is left out, not the list
        member_before = len(items) > 2 and refused.intersection(items[0][0].split()) and \
            _member_before(text, match.start(), known)
        if member_before:
            items = items[1:]  # "A B of the X Council, C D and E F": the first item ends the body A B is of
        if any(refused.intersection(_named_words(name)) for name, _ in items):
            continue  # a list of bodies or places, or a title in it
        if id(match) in held and not member_before and not any(name in known for name, _ in items):
            continue  # a list no label introduces needs a known person
        found.extend((name, offset) for name, offset in items if name not in known)
    return found


# "of the" and any capitalised words of the body's name before a list's first item
_OF_BODY = re.compile(r"[ \t](?:of|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,6}$")


def _member_before(text: str, start: int, known: set[str]) -> bool:
    """Whether a known person and "of the" stand before the body's name that
    opens a list at ``start`` ("A B of the X Council, C D and E F")."""
    of = _OF_BODY.search(text, max(0, start - 80), start)
    return of is not None and text[max(0, of.start() - 40) : of.start()].endswith(tuple(filter(None, known)))


def _named_words(item: str) -> list[str]:
    """An item's words that must be no refused word: a title that is also a
    given name opening a two-word item ("Prince Dove") is the given name."""
    words = item.split()
    return words[1:] if len(words) == 2 and words[0] in TITLE_GIVEN_NAMES or opens_with_given_title(words) else words


# A label that says the list after it names people: "Speakers: A, B and C",
# "speakers included A and B", "signed by A, B and C", "two students, A and B,".
# A picture's caption "from left" or "(l-r)" names the people in it, in the
# order they stand; a page's text often glues its first name to the label
# ("from leftAnna Byrne, ..."), where a caption line broke.
_NAMING_LABELS = ("speakers", "signatories", "panellists", "panelists", "signed by")
_CAPTION_LABELS = ("from left", "left to right", "(l-r)", "(l to r)")
_AFTER_CAPTION = re.compile(r"[ \t]*(?:[:,][ \t]*)?")
_PLURAL_LABELS = ("students", "activists", "protesters", "organisers", "organizers", "leaders", "campaigners",
                  "lecturers", "teachers", "workers", "officials", "officers", "journalists", "members")
_AFTER_NAMING = re.compile(r"(?:[ \t]+(?:included|include|were|are|will[ \t]+be))?(?:[ \t]*:)?[ \t]+")
# (the body they belong to may stand between: "two leaders of the Lakeland Front, A B and C D, were")
_AFTER_PLURAL = re.compile(r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*"
                           r"[A-Z][\w'’&-]*){0,6})?[ \t]*[,:–—][ \t]*")


# A count before a plural label ("two leaders", "three student activists"): the list that follows is the people
# counted, even after the body they belong to or closed by a semicolon ("workers of the X, A B and C D;" may go on
# listing what they are workers of).
_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t]+(?:[a-z'’-]+[ \t]+)?$")


def _apposition_closed(text: str, lowered: str, at: int, gap: re.Match[str], match: re.Match[str]) -> bool:
    """Whether the list ``match`` after the plural label at ``at`` is an apposition that a comma or a dash
    closes ("two students, A and B, were"), or, after a count ("two leaders"), a semicolon too, and then also
    when the body they belong to stands in ``gap`` ("two leaders of the X, A and B;")."""
    closing = text[match.end() : match.end() + 1]
    if closing in (",", "—", "–") and "of" not in gap.group().split():
        return True
    return closing in (",", "—", "–", ";") and _COUNT_BEFORE.search(lowered, max(0, at - 30), at) is not None


def _labelled_lists(text: str) -> list[re.Match[str]]:
    """Name lists right after a label that says they name people, found
    from the labels' words in the lower-cased text (a few substring
    searches, no pattern run over the whole text)."""
    lowered = folded(text)
    if lowered is None or len(lowered) != len(text):
        return []  # a case trap: offsets of the lower-cased text may differ
    found: list[re.Match[str]] = []
    for labels, after in ((_NAMING_LABELS, _AFTER_NAMING), (_PLURAL_LABELS, _AFTER_PLURAL),
                          (_CAPTION_LABELS, _AFTER_CAPTION)):
        names = _CAPTION_LIST if labels is _CAPTION_LABELS else _NAME_LIST
        for label in labels:
            at = lowered.find(label)
            while at != -1:
                end = at + len(label)
                if (at == 0 or not lowered[at - 1].isalpha()) and (gap := after.match(text, end)):
                    match = names.match(text, gap.end())
                    if match and (labels is not _PLURAL_LABELS or _apposition_closed(text, lowered, at, gap, match)):
                        found.append(match)
                at = lowered.find(label, end)
    return found


def _list_items(match: re.Match[str], refused: frozenset[str]) -> list[tuple[str, int]]:
    """(name, offset) of each item of a matched list, its brackets and
    leading titles and roles ("Organisers A B and C D") left out."""
    flat = _BRACKET.sub(lambda bracket: " " * len(bracket.group()), match.group())
    items: list[tuple[str, int]] = []
    at = 0
    for part in _ITEM_SPLIT.split(flat):
        offset = flat.find(part, at)
        at = offset + len(part)
        words = part.split()
        while len(words) > 2 and not opens_with_given_title(words) and (
                words[0].rstrip(".") in TITLES or words[0] in refused or
                words[0].endswith("s") and words[0][:-1] in refused):  # "Seniors A B and C D"
            offset = flat.find(words[1], offset + len(words[0]))
            words = words[1:]
        items.append((" ".join(words), match.start() + offset))
    return items
