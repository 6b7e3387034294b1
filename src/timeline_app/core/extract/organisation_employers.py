"""Employers named by their staff or their trade ("Starbucks workers" on
a page where Starbucks also speaks, "Boeing factory workers", "the
outsourcing giant, Serco").

Strikes are fought with companies whose names are one bare word: no head
word marks them, and a single capitalised word before "said" is as often a
person. What marks an employer is what only a body has: a word of its trade
in front of its name ("retailer Tesco", "coffee chain Starbucks"), or its
staff after it. Towns, peoples, faiths, sectors and surnames have workers
and staff too ("Toronto workers", "Black workers", "Tech workers", "Musk's
staff"), so a name read from its staff needs a second sign that it is a
company: its workplace between ("Woolworths warehouse workers"), or the page
letting it speak or run something elsewhere ("Starbucks said", "Tesco
bosses", "Amazon stores"). It must also stand mid-sentence somewhere on the
page, never be written in lower case there, never stand where a place does
("in Lagos", "the city of Boston"), and never follow a given name ("Elon
Musk"). Each name's page-wide tests are made once per page.
"""

from __future__ import annotations

import re
from itertools import islice

from .document_memo import remembered
from .given_names import GIVEN_NAMES
from .nationalities import NATIONALITIES
from .organisation_names import CONTEXT_STOP, GENERIC, NOT_ORGANISATIONS, PEOPLE_OF, PLACE_NOUNS, is_role_word
from .person_cues import TITLES
from .prefilter import literal_starts

__all__ = ["employers"]

# The people a company employs, said after its name; a word of the workplace may come between (the
# search starts at either, so "Boeing factory workers" is read from "factory").
_STAFF = ("workers", "employees", "staff", "drivers", "baristas", "cleaners")
_WORKPLACES = ("warehouse", "factory", "store", "shop", "plant")
# A company's sites after its name, its staff before: "workers at seven Amazon facilities".
_SITES = ("facilities", "warehouses", "stores", "plants", "factories", "locations")
_STAFF_AT = re.compile(rf"\b(?:{'|'.join(_STAFF)})[ \t]+at[ \t]+(?:(?:the|its|\d+|two|three|four|five|six|seven|eight|"
                       r"nine|ten|several|many|some|all|dozens[ \t]+of|hundreds[ \t]+of)[ \t]+)?$", re.IGNORECASE)
_STAFF_AFTER = re.compile(rf"(?P<place>(?:{'|'.join(_WORKPLACES)})[ \t]+)?(?:{'|'.join(_STAFF)})\b")
# A word of trade in front of a name: "retailer Tesco", "coffee chain Starbucks", "the outsourcing giant, Serco";
# a "giant" only of a trade ("the economic giant China", "labour giant Cesar Chavez" name no company).
_TRADE_WORDS = ("giant", "chain", "retailer", "brand", "carmaker", "automaker", "multinational", "conglomerate",
                "supermarket", "outsourcer")
# (each a look-behind of its own: the engine needs fixed widths)
_GIANTS = ("retail", "tech", "mining", "oil", "outsourcing", "e-commerce", "fashion", "food", "energy", "logistics",
           "delivery", "pharmaceutical")
_CHAINS = ("coffee", "restaurant", "supermarket", "fast-food", "retail", "hotel", "grocery", "fashion")
_TRADE = re.compile("(?:" + "|".join(rf"(?<={trade}[ \t])" for trade in _GIANTS) + ")giant|(?:" +
                    "|".join(rf"(?<={trade}[ \t])" for trade in _CHAINS) + ")chain|retailer|brands?|carmaker|"
                    "automaker|multinational|conglomerate|supermarket|outsourcer")  # (not "a human chain Around")
_AFTER_TRADE = re.compile(r"(?:[ \t]*,)?[ \t]+(?=[A-Z])")
# A name of one to three capitalised words ("Dunnes Stores", "Marks & Spencer", "H&M"), read backwards
# from its staff, or forwards from its trade up to a possessive, an office or a person's name ("retailer
# Walmart CEO Doug McMillon" is Walmart).
_WORD = r"(?:[A-Z][\w'’-]*|[A-Z]+&[A-Z]+)"
_NAME = rf"{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,2}}"
_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-])(?P<name>{_NAME})[ \t]+$")
_AND_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-])(?P<name>{_NAME})[ \t]+and[ \t]+$")
_NAME_AFTER = re.compile(rf"(?P<name>{_NAME})(?![\w'’&-])")
_POSSESSIVE = re.compile(r"['’]s?$")
#: Fields of public work, capitalised in headlines ("Healthcare workers", "Rail workers" beside "Network Rail"); a
#: service named by them alone is a sector (``organisation_sectors``).
FIELDS_OF_WORK = frozenset("Healthcare Health Care Education Educational Transport Postal Hospital Rail Bus".split())
# Words of a sector, a grade, a time, a faith or a people, capitalised in headlines and lists ("Night staff",
# "Catholic workers").
_SECTORS = FIELDS_OF_WORK | frozenset("""Public Private Government Council
    Municipal Agency Contract Casual Temporary Senior Junior Graduate Professional Support Frontline Essential
    Academic Admin Administrative Clerical Technical Hotel Factory Farm Garment Textile Retail
    Warehouse Delivery Mine Mining Sanitation Security Domestic Migrant Local Federal State Striking Water
    Steel Airport Mail Bank Tech Gig Taxi Ambulance Key Weekend Night Day Christmas Hospitality Big Band Black White
    Latino Latina Indigenous Maori Catholic Protestant Muslim Sikh Hindu Jewish Christian Trans Disabled Young Older
    Women Men Union Party""".split())
# Plural nouns of people ("Assistants", "Specialists", "Teachers"): staff, not their employer.
_PEOPLE_ENDINGS = ("ants", "ists", "ers", "ors")


def employers(text: str) -> list[tuple[int, str]]:
    """(start, name) of each employer named by its trade or by its staff."""
    return remembered(_employers, text)


def _employers(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    verdicts: dict[str, tuple[bool, bool]] = {}  # a name's page-wide tests, made once per page
    page: list[_Page] = []  # the page's word index, built at the first candidate

    def employs(name: str, at_workplace: bool) -> bool:
        if name not in verdicts:
            if not page:
                page.append(_Page(text))
            company = _names_a_body(name) and page[0].stands_as_a_company(name)
            verdicts[name] = company, company and page[0].speaks_or_runs(name)
        company, runs = verdicts[name]
        return company and (at_workplace or runs)

    for at in literal_starts(text, _STAFF + _WORKPLACES):
        staff = _STAFF_AFTER.match(text, at)
        if staff is None or at and text[at - 1] not in " \t":
            continue
        before = _NAME_BEFORE.search(text, max(0, at - 60), at)
        if before is None or _AFTER_THE.search(text, max(0, before.start() - 5), before.start()):
            continue  # "the Kent staff": a place's or an institution's staff
        start, name = before.start("name"), before["name"]
        if " " in name and not _AFTER_A_WORD.search(text, max(0, start - 2), start):
            continue  # a longer run may have been read from the middle of a name
        if employs(name, staff["place"] is not None):
            found.append((start, name))
        also = _AND_NAME_BEFORE.search(text, max(0, start - 60), start)  # "Uber and Bolt drivers": both employ
        if also is not None and employs(also["name"], staff["place"] is not None):
            found.append((also.start("name"), also["name"]))
    for at in literal_starts(text, _SITES):  # "Workers at seven Amazon facilities" where "Amazon said" too
        before = _NAME_BEFORE.search(text, max(0, at - 60), at) if at and text[at - 1] == " " else None
        if before is not None and _STAFF_AT.search(text, max(0, before.start() - 40), before.start()) and \
                employs(before["name"], True) and page[0].speaks_or_runs(before["name"], besides=before.start("name")):
            # (a town has sites too: "staff at two Leeds stores"; a company also speaks or runs things elsewhere)
            found.append((before.start("name"), before["name"]))
    for at in literal_starts(text, _TRADE_WORDS):
        trade = _TRADE.match(text, at)
        if trade is None or at and text[at - 1].isalnum():
            continue
        gap = _AFTER_TRADE.match(text, trade.end())
        after = _NAME_AFTER.match(text, gap.end()) if gap is not None else None
        if after is not None and (name := _up_to_an_office(after["name"])) and _names_a_body(name):
            found.append((after.start(), name))
    for at in literal_starts(text, (" CEO ",)):  # "Canada Post CEO Jessica McDonald": the company she runs
        before = _NAME_BEFORE.search(text, max(0, at - 60), at + 1)
        head = _WORD_AFTER.match(text, at + 5)
        if before is not None and head is not None and head[0] in GIVEN_NAMES and \
                _CEO_TITLES.isdisjoint(before["name"].split()) and \
                (" " not in before["name"] or _AFTER_A_WORD.search(text, max(0, before.start() - 2), before.start())) \
                and employs(before["name"], True):
            found.append((before.start("name"), before["name"]))
    return sorted(set(found))[:_MOST_EMPLOYERS]


_WORD_AFTER = re.compile(r"[A-Z][a-z]+")
# Words of a CEO's own title, not a company's ("Acting CEO", "Global CEO", "Joint CEO").
_CEO_TITLES = frozenset("""Acting Interim Joint Global Regional Retired Former Deputy Group Founding Incoming Outgoing
    New Senior Executive Chief Associate Assistant Co Country Divisional""".split())


#: No page names more employers than this; a hostile one ("The retail giant Abc ..." thousands of times)
#: costs no more than a page that does.
_MOST_EMPLOYERS = 60


def _up_to_an_office(name: str) -> str:
    """A name read after a word of trade, up to a possessive, an office or a person's given name."""
    kept: list[str] = []
    for word in name.split():
        if is_role_word(word) or word in TITLES or word in GIVEN_NAMES or word in ("CEO", "AG"):
            break
        kept.append(_POSSESSIVE.sub("", word))
        if _POSSESSIVE.search(word):
            break
    return " ".join(kept)


def _names_a_body(name: str) -> bool:
    """Whether ``name`` can be a company's: no given name, nationality, place
    word, sector or common word in it, not people ("Educational Assistants"),
    not two bodies joined ("NZEI & PPTA"), no word glued to a lower-case one
    ("Gucci-wearing", "H-1B")."""
    words = name.split()
    return bool(words) and not (
        words[0] in GIVEN_NAMES or any(w in NATIONALITIES or w in PLACE_NOUNS or w in CONTEXT_STOP or w in _SECTORS
                                       for w in words) or
        all(w in GENERIC for w in words) or name.upper() in NOT_ORGANISATIONS or
        _POSSESSIVE.sub("", words[-1]).endswith(_PEOPLE_ENDINGS) or words[-1] in PEOPLE_OF or
        "&" in words and words[0].isupper() and words[-1].isupper() or
        any(part[:1].islower() or part[:1].isdigit() for w in words for part in w.split("-")[1:]) or
        any(w.split("-")[0] in NATIONALITIES for w in words))


class _Page:
    """Where each capitalised word stands on a page, and its lower-case words: every test of a
    name is made at the name's own occurrences, so a page of many names costs each a bounded look."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = {}
        for match in _CAPITALISED.finditer(text):
            self.starts.setdefault(match.group(), []).append(match.start())
        self.lower = set(_LOWER.findall(text))
        self.signs: dict[str, list[int]] = {}

    def occurrences(self, name: str) -> list[int]:
        """Where ``name`` stands as whole words."""
        text, first = self.text, name.split()[0]
        return [at for at in self.starts.get(first, ()) if text.startswith(name, at) and
                not (at + len(name) < len(text) and (text[at + len(name)].isalnum()))]

    def stands_as_a_company(self, name: str) -> bool:
        """The page-wide tests of a name read from its staff: somewhere mid-sentence, never in
        lower case, never where a place stands, never after a given name nor as the last word of
        a speaker's two (a surname: "Elon Musk", "Keir Starmer said")."""
        text, bare = self.text, _POSSESSIVE.sub("", name)
        seen = self.occurrences(bare)
        if not any(_MID_SENTENCE.search(text, max(0, at - 2), at) for at in seen):
            return False  # "Striking workers", "Many workers": any word opens a sentence capitalised
        if " " not in bare and bare.lower() in self.lower:
            return False  # "Contract staff" beside "on contract"
        for at in seen:
            if _PLACE_ENDING_HERE.search(text, max(0, at - 30), at):
                return False  # "in Lagos", "the city of Boston"
            before = _WORD_ENDING_HERE.search(text, max(0, at - 30), at)
            if before and (before.group(1) in GIVEN_NAMES or _SAID_AFTER.match(text, at + len(bare))):
                return False
        return True

    def speaks_or_runs(self, name: str, besides: int = -1) -> bool:
        """Whether the page has ``name`` speak, act or run something ("Starbucks said", "Tesco bosses",
        "Starbucks cafes"), or names staff of it ("workers at Starbucks"), other than at ``besides``."""
        signs = self.signs.get(name)
        if signs is None:  # the first two places that show it, found once per name
            text, bare = self.text, _POSSESSIVE.sub("", name)
            signs = self.signs[name] = list(islice(
                (at for at in self.occurrences(bare) if _COMPANY_AFTER.match(text, at + len(bare)) or
                 _STAFF_OF_ENDING.search(text, max(0, at - 30), at)), 2))
        return any(at != besides for at in signs)


# (the look-behind written after the capital: a search then skips from capital to capital)
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’&.-].)[\w'’&-]*")
_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_MID_SENTENCE = re.compile(r"[a-z,\d][ \t]$")
# Where a place stands: after these words ("in Lagos", "from Toronto", "the city of Boston").
_PLACE_ENDING_HERE = re.compile(r"\b(?:in|from|across|near|throughout|around|outside|"
                                r"(?:city|town|state|province|county)[ \t]+of)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_WORD_ENDING_HERE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_SAID_AFTER = re.compile(r"[ \t]+(?:said|says|told)\b")
# What only a company does or has, said right after its name elsewhere on the page ...
_COMPANY_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:said|says|announced|confirmed|declined|denied|refuses|refused|employs|"
                            r"owns|operates|management|bosses|spokes(?:person|man|woman)|stores|shops|cafes|restaurants|"
                            r"outlets|branches|warehouses?|factory|factories|plant|mine|depot|headquarters|executives|"
                            r"shareholders|CEO|chief[ \t]+executive)\b")
# ... or its staff named with it elsewhere: "workers at Starbucks", "staff of Goldfields" (these words also
# name the services their staff work at: ``organisation_speakers``).
STAFF_BEFORE_NAME = ("workers", "staff", "employees", "drivers")
STAFF_PREPOSITIONS = ("at", "of", "for")
_STAFF_OF_ENDING = re.compile(rf"\b(?:{'|'.join(STAFF_BEFORE_NAME)})[ \t]+(?:{'|'.join(STAFF_PREPOSITIONS)})[ \t]+$",
                              re.IGNORECASE)


# "the X staff": the staff of a place or an institution more often than of a company.
_AFTER_THE = re.compile(r"\b[Tt]he[ \t]+$")
# A lower-case word right before a name of two words or more: its first word is the name's.
_AFTER_A_WORD = re.compile(r"[a-z][ \t]$")
