"""Public agencies named by their field and their nation.

Governments name agencies by what they run and where: "Health New
Zealand", "Housing New Zealand", "Fair Work Australia", "Education
Scotland". Such names hold no organisational head word, so the head-word
rules miss them, yet the pairing of a field of public service with a
nation's name right after it is itself the name. A capitalised word before
the field makes another, longer name ("Mental Health New Zealand" is not
"Health New Zealand"), which is left to other rules; a month, a weekday or
a sentence's opening word there does not ("On 7 May Fair Work Australia").
Nor is the pair a name when a word joins the field to what precedes it
("Jobs and Skills Australia", "the Minister of Health New Zealand") or a
capitalised word follows ("the Health Scotland Act").
A ministry is named the same way by its field alone, the word "ministry"
in small letters after it: "the Health ministry", "the Labour ministry"
(``field_ministries``).
A federation's government is a body its pages name with capitals, "the
Federal Government", again and again (a union's ultimatum to it, its
answer); written so twice or more, and never as the start of a longer name
("the Federal Government Employees Union", "the Federal Government of
Nigeria"), it is the page's body, not a phrase (``federal_governments``).
"""

from __future__ import annotations

import re

from .organisation_names import is_sentence_noise
from .document_memo import remembered
from .person_cues import PORTFOLIO_WORDS
from .prefilter import literal_starts
from .organisation_runs import CAPITAL_AFTER, CAPITALISED_WORD_BEFORE

_FIELDS = r"(?:Health|Housing|Education|Skills|Sport|Transport|Fair[ \t]+Work|Water|Tourism|Heritage|Careers)"
_NATIONS = ("New Zealand", "Scotland", "Wales", "England", "Ireland", "Australia", "Canada")
_AGENCY = re.compile(rf"(?<![\w'’&-]){_FIELDS}[ \t]+(?:{'|'.join(_NATIONS)})(?![\w'’&-])")


def national_agencies(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each agency named by its field and nation."""
    if not any(map(text.__contains__, _NATIONS)):
        return []
    found = []
    for match in _AGENCY.finditer(text):
        if _JOINED_BEFORE.search(text, max(0, match.start() - 12), match.start()) or CAPITAL_AFTER.match(text, match.end()):
            continue  # "Jobs and Skills Australia", "the Minister of Health New Zealand", "the Health Scotland Act"
        before = CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is None or is_sentence_noise(before.group().split()[0]):  # "On 7 May Fair Work Australia"
            found.append((" ".join(match.group().split()), match.start(), match.end()))
    return found


# A word joining the field to what comes before ("Jobs and Skills", "Minister of Health", "spending on Housing").
_JOINED_BEFORE = re.compile(r"\b(?:and|&|of|for|on)[ \t]+$")


# "the Health ministry", "the Higher Education ministry": a field's ministry, "ministry" in small letters after it
# (not "the Shadow Health ministry team", "the Wilson Labour ministry of the 1960s", a government)
_FIELD_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?P<name>(?:Higher[ \t]+)?(?P<field>[A-Z][a-z]+))[ \t]+$")
_WORD_GOES_ON = re.compile(r"[\w-]|['’](?!s\b)|[ \t]+of\b")  # (not "the Labour ministry's officials")


def field_ministries(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each ministry named by its field before "ministry" in small letters, unless the page
    names it otherwise too ("Ministry of Health", "Ministry of Public Health", "Health Ministry": that name is the
    body's), a church's work is meant ("the Sports ministry at Harbourton Baptist Church") or a government ("the
    Labour ministry fell in 1931")."""
    found: list[tuple[str, int, int]] = []
    named_otherwise: dict[str, bool] = {}  # field -> whether the page names its ministry otherwise (asked once)
    for at in literal_starts(text, (" ministry",)):
        end = at + len(" ministry")
        field = _FIELD_BEFORE.search(text, max(0, at - 40), at + 1)
        if field is None or field["field"] not in PORTFOLIO_WORDS or _WORD_GOES_ON.match(text, end) or \
                _CHURCH_NEAR.search(text, max(0, at - 100), end + 100) or _GOVERNMENT_AFTER.match(text, end):
            continue
        if field["field"] not in named_otherwise:
            named_otherwise[field["field"]] = _named_otherwise(text, field["field"])
        if not named_otherwise[field["field"]]:
            found.append((" ".join(field["name"].split()) + " ministry", field.start("name"), end))
    return found


_CHURCH_NEAR = re.compile(r"\b(?:[Cc]hurch|[Pp]arish|[Pp]astor|[Cc]hapel|[Cc]ongregation|[Dd]iocese|Rev\b|[Rr]everend|"
                          r"Gospel|Tabernacle|Fellowship|[Mm]osque|[Tt]emple|Baptist|Methodist|Christian|[Ww]orship)")
# (a government of the past: "fell", "was formed", "took office", a year of the last centuries soon after)
_GOVERNMENT_AFTER = re.compile(r"[ \t]+(?:fell|was[ \t]+formed|collapsed|resigned|came[ \t]+to[ \t]+power|that[ \t]+"
                               r"took[ \t]+office|lasted|government)\b|.{0,30}\b1\d{3}\b")
_MINISTRY_OF = ("ministry of ", "ministry for ")


def _named_otherwise(text: str, field: str) -> bool:
    """Whether the page names the field's ministry with capitals too: "<Field> Ministry", or "Ministry of/for"
    with the field in the next few words of its sentence, in any case."""
    if f"{field} Ministry" in text:
        return True
    lowered, starts = remembered(_ministries_of, text)  # (the page lowered once, not once per field)
    word = field.lower()
    return any(word in lowered[at : at + 60].split(".", 1)[0] for at in starts)


def _ministries_of(text: str) -> tuple[str, list[int]]:
    """The page in small letters, and where each "ministry of"/"ministry for" starts in it."""
    lowered = text.lower()
    return lowered, literal_starts(lowered, _MINISTRY_OF)


# "the Federal Government" itself (or its possessive): not the start of a longer name ("the Federal Government
# Employees Union", "... and Allied Workers Union", "... of Nigeria", "... Act"), nor a page that names it in full
_FEDERAL_GOVERNMENT = re.compile(r"(?<![\w'’&-])[Tt]he[ \t]+(?P<name>Federal[ \t]+Government)(?![\w&-]|['’](?!s\b))"
                                 r"(?![ \t]+(?:(?:of|and|&)\s+)?[A-Z])(?![ \t]+(?:girls|boys|college|school|scheme|"
                                 r"hospital|estate|pension)\b)")
# A title's capitalised word before "the", inside a sentence ("reading Inside the Federal Government", a book;
# not "... fails. If the Federal Government")
_TITLE_WORD_BEFORE = re.compile(r"[^.!?:\s][ \t]+[A-Z][\w'’-]*[ \t]+$")
_NAMED_IN_FULL = re.compile(r"Federal\s+Government\s+of\s+[A-Z]")


def federal_governments(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each "the Federal Government" on a page that writes it so twice or more."""
    if "Federal Government" not in text or _NAMED_IN_FULL.search(text):
        return []
    found = [("Federal Government", match.start("name"), match.end("name"))
             for match in _FEDERAL_GOVERNMENT.finditer(text)
             if not _TITLE_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())]
    return found if len(found) >= 2 else []
