"""Employers named by their staff or their trade ("Starbucks workers",
"Uber and Bolt drivers", "the outsourcing giant Serco").

Strikes are fought with companies whose names are one bare word: no head
word marks them and a single capitalised word before "said" is as often a
person. What marks an employer is what only a body has: people working for
it ("Woolworths workers", "Boeing factory workers") or a word of its trade
in front of its name ("retailer Tesco", "coffee chain Starbucks"). A town
has workers too ("Lagos workers"), so a name read from its staff must
never stand where a place does elsewhere on the page ("in Lagos", "from
Toronto"), nor be a nationality, a given name or a common word that opens
the sentence ("Striking workers", "Many workers").
"""

from __future__ import annotations

import re

from .document_memo import remembered
from .given_names import GIVEN_NAMES
from .nationalities import NATIONALITIES
from .organisation_names import CONTEXT_STOP, GENERIC, NOT_ORGANISATIONS, PEOPLE_OF, PLACE_NOUNS
from .prefilter import literal_starts

__all__ = ["employers"]

# The people a company employs, said after its name; one word of the workplace may come between.
_STAFF_WORDS = ("workers", "employees", "staff", "drivers", "baristas", "cleaners", "warehouse", "factory", "store",
                "shop", "plant")
_STAFF_AFTER = re.compile(r"(?:(?:warehouse|factory|store|shop|plant|delivery|retail)[ \t]+)?"
                          r"(?:workers|employees|staff|drivers|baristas|cleaners)\b")
# A word of trade in front of a name: "the retail giant Tesco", "coffee chain Starbucks", "outsourcing giant, Serco".
_TRADE_WORDS = ("giant", "chain", "retailer", "brand", "carmaker", "automaker", "multinational", "conglomerate",
                "supermarket", "outsourcer", "platforms", "platform")
_TRADE = re.compile(r"(?:giant|chain|retailer|brands?|carmaker|automaker|multinational|conglomerate|supermarket|"
                    r"outsourcer|platforms?)(?:[ \t]*,)?[ \t]+(?=[A-Z])")
# A name of one to three capitalised words ("Dunnes Stores", "Marks & Spencer", "H&M"), read backwards
# from its staff, or forwards from its trade; two joined by "and" ("Uber and Bolt drivers") are two.
_WORD = r"(?:[A-Z][\w'’-]*|[A-Z]+&[A-Z]+)"
_NAME = rf"{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,2}}"
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-])(?P<name>{_NAME})(?:['’]s)?[ \t]+$")
_AND_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-])(?P<name>{_NAME})[ \t]+and[ \t]+$")
_NAME_AFTER = re.compile(rf"(?P<name>{_NAME})(?![\w'’&-])")
# Where a place stands: after these words ("in Lagos", "from Toronto", "across Kenya").
_PLACE_WORDS_BEFORE = r"(?:in|from|across|near|throughout|around|outside|In|From|Across)"


def employers(text: str) -> list[tuple[int, str]]:
    """(start, name) of each employer named by its staff or its trade."""
    return remembered(_employers, text)


def _employers(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for at in literal_starts(text, _STAFF_WORDS):
        if _STAFF_AFTER.match(text, at) is None or at and text[at - 1] not in " \t":
            continue
        before = _NAME_BEFORE.search(text, max(0, at - 60), at)
        if before is None:
            continue
        start, name = before.start("name"), _POSSESSIVE.sub("", before["name"])
        if not _names_an_employer(text, start, name):
            continue
        found.append((start, name))
        also = _AND_NAME_BEFORE.search(text, max(0, start - 60), start)  # "Uber and Bolt drivers": both employ
        if also is not None and _names_an_employer(text, also.start("name"), also["name"]):
            found.append((also.start("name"), also["name"]))
    for at in literal_starts(text, _TRADE_WORDS):
        trade = _TRADE.match(text, at)
        if trade is None or at and text[at - 1].isalnum():
            continue
        after = _NAME_AFTER.match(text, trade.end())
        if after is not None and _names_a_body(after["name"]):
            found.append((after.start(), after["name"]))
    return sorted(set(found))


def _names_a_body(name: str) -> bool:
    """Whether ``name`` can be a company's: no given name, nationality, place
    word, sector or common word in it, not people ("Educational Assistants"),
    not two bodies joined ("NZEI & PPTA")."""
    words = name.split()
    return not (words[0] in GIVEN_NAMES or any(w in NATIONALITIES or w in PLACE_NOUNS or w in CONTEXT_STOP or
                                                w in _SECTORS for w in words) or
                all(w in GENERIC for w in words) or name.upper() in NOT_ORGANISATIONS or
                words[-1].endswith(_PEOPLE_ENDINGS) or words[-1] in PEOPLE_OF or
                "&" in words and words[0].isupper() and words[-1].isupper())


# Words of a sector or a grade of staff, capitalised in headlines and lists: "Healthcare workers".
_SECTORS = frozenset("""Healthcare Health Care Education Educational Transport Public Private Government Council
    Municipal Agency Contract Casual Temporary Senior Junior Graduate Professional Support Frontline Essential
    Academic Admin Administrative Clerical Technical Postal Hospital Hotel Factory Farm Garment Textile Retail
    Warehouse Delivery Mine Mining Sanitation Security Domestic Migrant Local Federal State Striking""".split())
# Plural nouns of people ("Assistants", "Specialists", "Teachers"): staff, not their employer.
_PEOPLE_ENDINGS = ("ants", "ists", "ers", "ors")


def _names_an_employer(text: str, start: int, name: str) -> bool:
    """Whether ``name`` before its staff is an employer: a body's name, read
    mid-sentence somewhere on the page (after a lower-case word or a comma:
    any word opens a sentence or a line capitalised, "Striking workers",
    "FILE PHOTO: Jeepney drivers"), never written in lower case ("Contract
    staff" beside "on contract") nor where a place stands ("in Lagos")."""
    if not _names_a_body(name) or _AFTER_THE.search(text, max(0, start - 5), start) or \
            " " in name and not _AFTER_A_WORD.search(text, max(0, start - 2), start):
        return False  # "the Kent staff" is a place's; "1,500 Metro Transit workers" may be read from mid-name
    escaped = re.escape(name)
    if not _MID_SENTENCE.search(text, max(0, start - 2), start) and \
            re.search(rf"[a-z,][ \t]+{escaped}\b", text) is None:
        return False
    if " " not in name and re.search(rf"(?<![\w'’-]){re.escape(name.lower())}(?![\w'’-])", text):
        return False
    return re.search(rf"\b{_PLACE_WORDS_BEFORE}[ \t]+(?:the[ \t]+)?{escaped}\b", text) is None


# "the X staff": the staff of a place or an institution more often than of a company.
_AFTER_THE = re.compile(r"\b[Tt]he[ \t]+$")
# A lower-case word right before a name of two words or more: its first word is the name's.
_AFTER_A_WORD = re.compile(r"[a-z][ \t]$")
# A name mid-sentence: a lower-case word, a comma or a number just before it.
_MID_SENTENCE = re.compile(r"[a-z,\d][ \t]$")
