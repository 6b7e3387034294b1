"""Names that the sentence itself marks as a body (rule 3 of ``organisations``).

A name without a head word is a body when the words around it say so: a
type noun in apposition ("the union Unite", "Reclaim These Streets, the
group organising the vigil"), "organised/coordinated/led by X", "X, which
organised", "spokesperson/co-founder/members of X", "employed by X",
"their landlord X", "Jo Arlen, executive director of X". Every rule is started
from plain words that ``str.find`` locates, never by a pattern run over
the whole text from each capital.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document_memo import asked_more_than
from .given_names import GIVEN_NAMES
from .name_tokens import ROMANCE_OF
from .organisation_cues import in_a_place
from .organisation_employers import employers
from .organisation_led_by_named import led_by_named, named_after_a_person
from .organisation_speakers import speaking_bodies
from .organisation_names import HEADS, is_role_word
from .person_cues import COMPANY_WORDS, PERSON_NOUNS, TITLES
from .prefilter import literal_starts, matches_starting_at
from .surname_hits import whole_word_starts

__all__ = ["called_a_body_after", "context_candidates", "starts_word"]

# A name that the sentence itself marks as a body (rule 3).
# A later word may be capitalised after a short prefix ("Friends of al-Aqsa", "Abahlali baseMjondolo"), or after
# a Romance "of" ("Unione Operaia di Arlen", "Sindicato de Kea").
_NAME = rf"(?:[A-Z][\w'’-]*)(?:[ \t]+(?:(?:the|of|for|and|&|{ROMANCE_OF})[ \t]+)*(?:[a-z]{{1,4}}-?)?[A-Z][\w'’-]*)*"
_TYPE_NOUN = (r"(?:group|union|charity|campaign|network|coalition|collective|movement|organi[sz]ation|"
              r"society|party|alliance|federation|committee|think[ -]tank|newspaper|magazine)")
# Kinds of body that name one only when written before its name ("the company X", "the student radio station,
# X,"): after it they describe ("is a firm believer", "X is a busy station").
_KIND_BEFORE_NAME = r"(?:company|firm|non-?profit|NGO|broadcaster|daycare|(?:radio|TV|television)[ \t]+station)"
# Words opening an office rather than a name: "the company Chief Executive Jane Doe" is the company's
# officer, named with her office, not a body called "Chief Executive Jane Doe".
_OFFICE_OPENERS = frozenset("chief executive ceo managing deputy acting interim vice boss owner general".split())
# A company's word written in lower case after its name ("Starling investments")
_COMPANY_WORD = r"(?:investments|properties|holdings|homes|living|group|management|ltd|limited|inc)"
# Each rule starts with a plain alternation of words; the rule is tried
# only where ``str.find`` sees one of the literal words listed with it
# (every match starts with one of them), and the word boundary in front is
# checked in code (``starts_word``).
_CONTEXT_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    # "the union Unite", "their union Unison", "the charity Student Minds", "The group, X,"
    (re.compile(rf"(?:{_TYPE_NOUN}|(?P<kind>{_KIND_BEFORE_NAME}))(?:[ \t]*,)?[ \t]+(?P<name>{_NAME})"),
     ("group", "union", "charity", "campaign", "network", "coalition", "collective", "movement", "organi",
      "society", "party", "alliance", "federation", "committee", "think", "newspaper", "magazine", "company", "firm",
      "nonprofit", "non-profit", "NGO", "broadcaster", "daycare", "radio", "TV", "television")),
    # "coordinated by X", "organised by the Sunrise Movement" (its starts are
    # found back from each "by", see ``_verb_starts_before_by``)
    (re.compile(rf"(?:organi[sz]ed|co-?ordinated|led|called|run|founded|set up|hosted|convened)[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})"),
     None),
    # "a spokesperson for X", "co-founder of X", "members of X"
    (re.compile(rf"(?:spokes(?:person|man|woman)|co-?founder|founder|co-?president|co-?chair|members?|activists|campaigners|"
                rf"supporters|volunteers)[ \t]+(?:of|for|from)[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})"),
     ("spokes", "founder", "president", "chair", "member", "activists", "campaigners", "supporters", "volunteers")),
    # "negotiations with employer X", "the pay offer from employer body X": the body a union bargains with
    (re.compile(rf"employers?[ \t]+(?:(?:body|bodies|organi[sz]ation|group|association)[ \t]+)?(?P<name>{_NAME})"),
     ("employer",)),
    # "bin workers employed by Westcorp", "the council's contractor Westcorp", "their landlord, Harbour Homes,":
    # the firm that employs, contracts or lets (a lower-case company word may end its name: "X investments")
    (re.compile(rf"(?:employed[ \t]+by|(?:sub-?)?contractors?|landlords?)(?:[ \t]*,)?[ \t]+(?:the[ \t]+)?"
                rf"(?P<name>{_NAME}(?:[ \t]+{_COMPANY_WORD})?)(?![\w'’-])"),
     ("employed", "contractor", "subcontractor", "sub-contractor", "landlord")),
    # "Mira Tane, executive director of Westbrook Renters Voice", "Convenor of the Harbourton Action Forum": one who
    # runs a body (not "Director of Public Prosecutions", "coordinator of Outreach": an office of a field)
    (re.compile(rf"(?:[Dd]irector|[Cc]onven[eo]r|[Cc]o-?ordinator)[ \t]+of[ \t]+(?:the[ \t]+)?"
                rf"(?P<name>{_NAME}(?:[ \t]+\d{{1,4}}(?![\w'’-]))?)"),
     ("director", "Director", "convener", "Convener", "convenor", "Convenor", "coordinator", "Coordinator",
      "co-ordinator", "Co-ordinator")),
)
# The endings of a field's word ("operations", "recruitment", "outreach" aside), in lower case.
_FIELD_ENDINGS = r"tions?|sions?|ments?|ing|ances?|ences?|ity|ies|ics"
# A field in lower case after the capitals, which then only say whose ("director of NASA Florida operations")
_FIELD_AFTER = re.compile(r"[ \t]+(?:[a-z]+(?:" + _FIELD_ENDINGS + r")|office|team|unit|"
                          r"desk|services|relations|affairs|programm?e?s?)\b")
# A person's name and comma before the office ("Mira Tane, executive director of X", "Jo Arlen, Lead Convenor of X")
_AFTER_A_NAMES_COMMA = re.compile(r"[A-Z][\w'’.-]*,[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}$")
# The last word of an office's field, which a director or a coordinator "of" heads within a body ("Director of
# Public Prosecutions", "Director of Human Resources", "Coordinator of Student Affairs").
_FIELD_END = re.compile(r"(?:[a-z](?:" + _FIELD_ENDINGS + r"|ure|ships?)|Affairs|Resources|"
                        r"Outreach|Research|Policy|Finance|Buses|Trains|Services|Programmes?|Programs?|Aid|Life|"
                        r"Budget|Safety|Health|Relations|Media|Staff|Personnel|Sales|Design|Art|Arts)$")


def _word_starts_and_co_forms(text: str, words: tuple[str, ...]) -> list[int]:
    """Where any of ``words`` begins, and where "co"/"co-" in front of one
    would begin ("cofounder", "co-chair"): one search serves both forms. The
    extra offsets are only candidates; the rule itself decides."""
    starts: set[int] = set()
    for at in literal_starts(text, words):
        starts.add(at)
        if at >= 2 and text[at - 2 : at] == "co":
            starts.add(at - 2)
        if at >= 3 and text[at - 3 : at] == "co-":
            starts.add(at - 3)
    return sorted(starts)


_BY_VERBS = ("organised", "organized", "coordinated", "co-ordinated", "led", "called", "run", "founded", "set up",
             "hosted", "convened")


def _verb_starts_before_by(text: str) -> list[int]:
    """Where "<verb> by" could begin: one plain search for "by", then each
    verb of the second context rule checked right before it (cheaper than
    searching the text for every verb)."""
    starts: set[int] = set()
    for by in literal_starts(text, ("by",)):
        end = by
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == by:
            continue  # the rule wants space between the verb and "by"
        for verb in _BY_VERBS:
            if text.endswith(verb, 0, end):
                starts.add(end - len(verb))
    return sorted(starts)


# The type noun of the first rule must follow a determiner ("the union") or a word saying
# what kind of group it is ("youth group Anakbayan", "student group X", "artists' group X",
# "campus group X", "solidarity group X", "trade union X", "the public sector union X").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Ii]ts)[ \t]+(?:[a-z'’-]+[ \t]+){0,2}$|(?:^|[\s(])(?i:youth|students?['’]?|campaign|"
    r"activist|protest|left-wing|right-wing|artists['’]|women['’]s|parents['’]?|teachers['’]?|workers['’]?|"
    r"civil[ \t]+society|labou?r|political|pressure|advocacy|rights|campus|grassroots|community|environmental|"
    r"climate|housing|tenants['’]?|renters['’]?|anti-war|solidarity|socialist|feminist|student-led|"
    r"youth-led|trade|sector)[ \t]+$")
# Rules whose name comes first are found from what follows the name (cheap
# to search for), and the name is then read backwards from there.
_CONTEXT_AFTER_NAME = (
    # "X, a student group", "X, the group organising", "X, an annual protest", "X, the student wing of Y"
    # ("X, official organ of Y": a party's paper, its article left out)
    re.compile(rf",[ \t]+(?:(?:a|an|the)[ \t]+|(?=official[ \t]))(?:[\w'’-]+[ \t]+){{0,3}}?(?:{_TYPE_NOUN}|protest|march|"
               r"(?:wing|arm|affiliate|organ)(?=[ \t]+of\b))(?![\w'’])"
               r"(?![ \t]+(?:sites?|venues?|grounds?|spots?|routes?|camps?|areas?|squares?)\b)"  # "X, a protest site"
               # "Jo Arlen, a union leader.", "X, a campaign organiser for Y": a person named by an office in a body
               # (not "X, a group members set up", "X, a group leader told us", "X, a union official at the depot
               # said": a clause about the body)
               r"(?![ \t]+(?:leader|official|organi[sz]er|activist|rep|representative|steward|"
               r"spokes(?:person|man|woman)|president|secretary|chair(?:person|man|woman)?|founder|co-?founder)"
               r"(?:[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:of|for|with|from|who)\b))"),
    # "The Maple Tour is a touring group"; not "the Housing is a Right campaign": a campaign is no body
    re.compile(rf"[ \t]+(?:is|was)[ \t]+(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?!campaign){_TYPE_NOUN}(?![\w'’])"),
    # "X, which organised the strike"
    re.compile(r"which[ \t]+(?:organi[sz]ed|organi[sz]es|is organi[sz]ing|called|led|co-?ordinated|represents|runs)\b"),
)
_NAME_ENDING_HERE = re.compile(rf"(?P<name>{_NAME}),?[ \t]*$")


def starts_word(text: str, at: int) -> bool:
    """Whether a word begins at ``at`` (no letter, digit, apostrophe, & or hyphen before it)."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_&'’-")


_NAME_LOOKBACK = 80


def _names_its_officer(name: str) -> bool:
    """Whether a name written after a kind of body opens with an office or a title ("Chief
    Executive Jane Doe", "Director Tom Hill"): the body's officer, not the body's name."""
    first = name.split()[0]
    return is_role_word(first) or first.lower() in _OFFICE_OPENERS or first in TITLES


def _a_described_person(words: list[str]) -> bool:
    """Whether a name is a person's given name and surname after what the person is ("Sophomore Maya
    Corran", "Organiser Mary Jones")."""
    return len(words) == 3 and words[1] in GIVEN_NAMES and (is_role_word(words[0]) or words[0] in TITLES or
                                                             words[0].lower() in PERSON_NOUNS)


_ARTICLES = frozenset(("the", "their", "our", "its"))
# "Secretary General of the ", "the spokesperson to the ": an office held in the body written before its kind
_OFFICE_OF_BEFORE = re.compile(r"([A-Za-z-]+)[ \t]+([A-Za-z-]+)[ \t]+(?:of|to)[ \t]+(?:the|their|our|its)[ \t]+$")
# Posts one person holds in a body; not "member", "leader", "head" or "founder", which a body can be of a
# coalition ("the newest member of the coalition, Westbrook Renters Voice")
_POSTS = frozenset("""president vice-president secretary general-secretary treasurer chair chairperson chairman
    chairwoman director spokesperson spokesman spokeswoman organiser organizer coordinator co-ordinator convenor
    convener officer representative rep""".split())


def _an_office_of_it_before(text: str, at: int) -> bool:
    """Whether an office of the body stands right before its kind ("the Secretary General of the union, X"):
    the name after the comma is then the officer's, not the body's (the office's last two words are read)."""
    before = _OFFICE_OF_BEFORE.search(text, max(0, at - 50), at)
    return before is not None and (before[1].lower() in _POSTS or before[2].lower() in _POSTS)


def _kind_said_before(text: str, match: re.Match[str]) -> bool:
    """Whether a determiner or a word for the kind of group stands before the first rule's type noun; after a
    bare "trade" or "sector" ("Trade union Kestrel says") the name must not be a person's ("every public sector
    union Ama Lind spoke to": a given name first, or called by the surname alone)."""
    before = _DETERMINER_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if before is None:
        return False
    words = before.group().lower().split()
    if words[-1] not in ("trade", "sector") or words[0] in _ARTICLES:
        return True
    return not (match["name"].split()[0] in GIVEN_NAMES or _called_by_surname(text, match["name"]))


def called_a_body_after(text: str, end: int) -> bool:
    """Whether the words after a name ending at ``end`` call it a body ("X, a debating society", "X is a group")."""
    return any(rule.match(text, end) for rule in _CONTEXT_AFTER_NAME[:2])


def context_candidates(text: str) -> list[tuple[int, str, bool]]:
    """(start, captured name, is an apposition) for every context rule's
    match, in text order."""
    named: list[tuple[int, str, bool]] = []
    for number, (rule, first_words) in enumerate(_CONTEXT_RULES):
        starts = _word_starts_and_co_forms(text, first_words) if first_words else _verb_starts_before_by(text)
        for match in matches_starting_at(rule, text, starts):
            if not starts_word(text, match.start()):
                continue
            if number == 0 and not _kind_said_before(text, match):
                continue
            if number == 0 and match["kind"] and "," not in text[match.end("kind"):match.start("name")] and \
                    _names_its_officer(match["name"]):
                continue  # no comma, so no apposition: "the company Chief Executive Jane Doe" is a person
            if number == 4 and (match["name"].split()[0] in GIVEN_NAMES or _called_by_surname(text, match["name"])):
                continue  # "their landlord Mary Jones": a person lets too ("landlord Zalmen B ... B has a history")
            if number == 0 and "," in text[match.end("kind") if match["kind"] else match.start():match.start("name")] \
                    and _an_office_of_it_before(text, match.start()):
                continue  # "the general secretary of the union, Ama Lind said": its officer, named after a comma
            if number == 0 and _a_described_person(match["name"].split()):
                continue  # "one of the walkout's organisers, Sophomore Maya Corran, says": a person
            if number == 5 and (_FIELD_END.search(match["name"].split()[-1]) or _FIELD_AFTER.match(text, match.end())
                                or not _AFTER_A_NAMES_COMMA.search(text, max(0, match.start() - 30), match.start())):
                continue  # "the Director of Public Prosecutions", "of X Florida operations": an office of its field
            if number == 2 and _no_body_after_members(text, match):
                continue  # "the member for Harbourton North", "members from Arlen to Westbrook": a seat, places
            named.append((match.start("name"), match["name"], number in (0, 3, 4)))  # an apposition: one word will do
    for number, rule in enumerate(_CONTEXT_AFTER_NAME):
        # "X is a group" is tried only where " is a"/" was a" stands
        for match in rule.finditer(text) if number != 1 else \
                matches_starting_at(rule, text, literal_starts(text, (" is a", " was a"))):
            before = _NAME_ENDING_HERE.search(text, max(0, match.start() - _NAME_LOOKBACK), match.start())
            if before and not in_a_place(text, before.start("name"), before["name"]):
                named.append((before.start("name"), before["name"], number < 2))  # an apposition or "X is a group"
    named += [(start, name, True) for start, name in led_by_named(text)]  # "Congress leader Rahul Gandhi"
    named += [(start, name, True) for start, name in named_after_a_person(text)]  # "Ann Bo, X spokesperson"
    named += [(start, name, True) for start, name in _municipalities(text)]  # "the City of Toronto passed"
    named += [(start, name, False) for start, name in speaking_bodies(text)]  # "Irish Rail says"
    named += [(start, name, True) for start, name in employers(text)]  # "Starbucks workers", "retailer Tesco"
    return sorted(named)


# "from Arlen to Westbrook": the first of a span of places
_TO_A_PLACE = re.compile(r"[ \t]+to[ \t]+[A-Z]")


def _no_body_after_members(text: str, match: re.Match[str]) -> bool:
    """Whether the words after "members" name no body: one is a member *of* a body, but a "member for" a seat or
    a cause, and members come "from" a span of places ("from Arlen to Westbrook")."""
    cue = text[match.start() : match.start("name")].split()
    if cue[0].startswith("member") and cue[1] == "for":
        return True
    return cue[1] == "from" and _TO_A_PLACE.match(text, match.end("name")) is not None


def _called_by_surname(text: str, name: str) -> bool:
    """Whether a two- or three-word name with no head word or company word is called by its last word
    alone elsewhere on the page, as a person is by a surname ("landlord Zalmen Biederman. Biederman has
    ..."), and never by its first ("Grainger Homes ... Grainger said" is a firm); a last word the page
    also writes in lower case ("Management did not respond" beside "the management") is a common noun.
    Asked for a page's first few landlords only: a page of thousands asks no more."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not HEADS.isdisjoint(words) or words[-1] in _FIRM_ENDINGS or \
            asked_more_than(_LANDLORDS_ASKED, _called_by_surname):
        return False
    first, last = words[0], words[-1]
    return _stands_alone(text, last, lambda at: not text.endswith(words[-2], 0, max(0, at - 1))) and \
        not _stands_alone(text, first, lambda at: not text.startswith(words[1], at + len(first) + 1)) and \
        not _stands_alone(text, last.lower(), lambda at: True)


def _stands_alone(text: str, word: str, elsewhere: Callable[[int], bool]) -> bool:
    """Whether ``word`` stands as a whole word somewhere ``elsewhere`` accepts."""
    return any(map(elsewhere, whole_word_starts(text, word)))


_LANDLORDS_ASKED = 8
# The last words of firms' names, letting firms' too ("Sterling Management", "Clarion Housing", "Dolphin Living").
_FIRM_ENDINGS = COMPANY_WORDS | frozenset("""Management Housing Living Homes Capital Lettings Estates Estate
    Companies Property Partners Investments Realty Associates Developments Apartments Residences Rentals""".split())


# "the City of Westbrook passed a motion", "City of Westbrook funds": a city acting or paying is its
# government; "in the City of London" is where something happens (a place), as is a longer name
# ("City of Westbrook College" is the college's, found by its head word).
_MUNICIPALITY = re.compile(r"(?:City|Town)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?![ \t]*[A-Z]|[\w'’-])")
# A place's preposition before it, or a capitalised word ("Quezon City of ...": a longer name)
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|to|from|into|across|around|throughout|near|of|within|outside|inside)"
                           r"[ \t]+(?:the[ \t]+)?|(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*[ \t]+|\w)$")


def _municipalities(text: str) -> list[tuple[int, str]]:
    """(start, name) of each city or town government acting or spending, not a place named."""
    found = []
    for at in literal_starts(text, ("City of ", "Town of ")):
        match = _MUNICIPALITY.match(text, at)
        if match and not _PLACE_BEFORE.search(text, max(0, at - 20), at):
            found.append((at, match.group()))
    return found
