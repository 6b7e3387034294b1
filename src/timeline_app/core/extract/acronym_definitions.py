"""An acronym's definition: "National Union of Students (NUS)", "NUS (National ...)".

A definition is the surest evidence that an acronym is a body's, so
``organisations`` reads every one. Its name is found from the bracket back,
and the words before it that are no part of the name are cut off: the name
is the longest tail whose initials spell the acronym. The "ACR (" form is
looked for only where a bracket follows capitals, not at every position.
"""

from __future__ import annotations

import re

from .organisation_names import HEADS, initials_match
from .organisation_runs import CAP, CONNECTOR, RUN
from .prefilter import literal_starts, matches_starting_at

__all__ = ["ACRONYM", "acronym_starts_before_brackets", "defined_words", "definitions"]


def defined_words(acronym: str, words: list[str]) -> list[str] | None:
    """The longest tail of ``words`` whose initials give ``acronym``: leading
    words go until the name starts with the acronym's letter and matches
    ("Nottingham, National Union of Students (NUS)" keeps the union). Only
    when no tail matches may a repeated initial give no letter ("Medical
    Practitioners, Pharmacists, and Dentists Union (KMPDU)"), so "Auckland,
    Auckland University of Technology (AUT)" keeps its list's town apart.
    An acronym with a short prefix in another language may spell the name
    with its last part alone ("... Office Workers (KMP-LATOW)")."""
    if not acronym[1:].islower() and not acronym.isupper():
        acronym = "".join(letter for letter in acronym if not letter.islower())  # "UiTH": its capitals spell it
    found = _defined_tail(acronym, words, False) or _defined_tail(acronym, words, True)
    first, _, last = acronym.rpartition("-")
    if found is None and first and len(last) >= max(3, len(first)):  # (not a branch's code after it: "COSATU-WC")
        found = _defined_tail(last, words, False) or _defined_tail(last, words, True)
        found = found if found and not HEADS.isdisjoint(w.rstrip(",") for w in found) else None  # no region
    return found


# Words that may give no letter inside a name but never open one in lower case: "members of the Ostland
# Transport Workers Union (OTWU)" defines the union, not "of the Ostland ...". (A lower-case "the" may: it opens
# the tail only where it gives the acronym its first letter, "the Westbrook Trust (TWT)".)
_NEVER_OPENS = frozenset(("of", "for", "and", "&"))


def _defined_tail(acronym: str, words: list[str], repeats: bool) -> list[str] | None:
    letter = acronym[0].lower()
    letters = acronym.replace("-", "")
    while words:
        while words and (words[0][0].lower() != letter or words[0] in _NEVER_OPENS):
            words = words[1:]
        bare = [w.rstrip(",") for w in words]
        if words and initials_match(letters, bare, repeats):
            return words
        if len(words) > 2 and bare[-1] in HEADS and initials_match(letters, bare[:-1], repeats):
            return words[:-1]  # "... Municipal Employees Union (AFSCME)": "Union" describes, the letters name
        words = words[1:]
    return None


def acronym_starts_before_brackets(text: str) -> list[int]:
    """Every offset where "ACR (" could begin: up to ten capitals (or &)
    before an opening bracket and the spaces in front of it."""
    starts: set[int] = set()
    for bracket in literal_starts(text, ("(",)):
        at = bracket
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        first = at
        while first > 0 and at - first < 10 and ("A" <= text[first - 1] <= "Z" or text[first - 1] == "&"):
            first -= 1
        starts.update(range(first, at - 1))
    return sorted(starts)


ACRONYM = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&]{1,9}"  # accented capitals too ("ASSÉ", "UQÀM")
# Definitions are found from their bracket, then the name is matched next to it.
# "(UCL-CTR)" too; some sites write "Ostland Ferry Lines [OFL]"
# South African and Irish papers write a body's acronym as a word: "Transport and Allied Workers Union
# (Satawu)"; its letters must still spell the name, so "(Reuters)" or "(Photo)" defines nothing.
# Some universities write small letters inside theirs: "Universiti Teknologi Harbourton (UiTH)", its capitals
# spelling the name.
_BRACKETED_ACRONYM = re.compile(rf"\((?P<acr>{ACRONYM}(?:-[A-Z]{{2,5}})?|[A-Z][a-z]{{3,7}}|"
                                rf"[A-Z](?:[a-z]?[A-Z]){{2,5}})\)|\[(?P<square>{ACRONYM})\]")
# A word in lower case inside a name, where its writer forgot the capital: "Lakeland Union of Clinical officers
# (LUCO)" (its initial must still give the acronym a letter).
_SMALL_WORD = r"(?!(?:of|for|and|the|de|du|des)\b)[a-z]{3,}"
_SMALL_WORD_IN = re.compile(rf"(?<![\w'’-]){_SMALL_WORD}(?![\w'’-])")
# "Services, Industry, Professional and Technical Union (SIPTU)": a definition's
# name may hold commas; the acronym's letters still have to match.
# "Universities UK (UUK)": a capitals word may end or sit inside the name.
# (Public: a plural acronym's definition reads its name the same way.)
NAME_BEFORE = re.compile(rf"(?P<full>(?:{CAP})(?:,?[ \t]+(?:{CONNECTOR}[ \t]+)?(?:{CAP}|[A-Z]{{2,5}}))*)[ \t]*$")
_NAME_WITH_SMALL_BEFORE = re.compile(
    rf"(?P<full>(?:{CAP})(?:,?[ \t]+(?:{CONNECTOR}[ \t]+)?(?:{CAP}|[A-Z]{{2,5}}|{_SMALL_WORD}))*)[ \t]*$")
_BRACKETED_NAME = re.compile(rf"\b(?P<acr>{ACRONYM})[ \t]*\((?:the[ \t]+)?(?P<full>{RUN.pattern})\)")
_DEFINITION_LOOKBACK = 120


def definitions(text: str) -> list[tuple[str, str, int]]:
    """(acronym, name, name offset) for "Name (ACR)" and "ACR (Name)"."""
    found: list[tuple[str, str, int]] = []
    for match in _BRACKETED_ACRONYM.finditer(text):
        lo = max(0, match.start() - _DEFINITION_LOOKBACK)
        before = _name_before(text, lo, match.start())
        if before:
            full, at = before
            # "UK Student Climate Network (UKSCN)": an all-capitals word in front belongs to the name
            caps = _CAPS_BEFORE.search(text, max(0, at - 12), at)
            acronym = match["acr"] or match["square"]
            if caps and caps["caps"] not in ("THE", "AND") and (
                    acronym.startswith(caps["caps"]) or _word_case_spells(acronym, caps["caps"], full)):
                full, at = caps["caps"] + " " + full, caps.start("caps")
            found.append((acronym, full, at))
    if "(" in text:
        for match in matches_starting_at(_BRACKETED_NAME, text, acronym_starts_before_brackets(text)):
            found.append((match["acr"], match["full"], match.start("full")))
    found.sort(key=lambda item: item[2])
    return found


def _name_before(text: str, lo: int, at: int) -> tuple[str, int] | None:
    """(name, offset) of the capitalised name right before ``at``. Words in lower case (two at most) may stand
    inside it where a body's name holds them (``_small_word_inside``): "Lakeland Union of Clinical officers", not
    "Harbourton mills", "Westbrook Hospital staff" or "Ostland Transport Union and its members"; the longest such
    tail opening with a capital is the name."""
    found = _NAME_WITH_SMALL_BEFORE.search(text, lo, at)
    if found is not None and _SMALL_WORD_IN.search(found["full"]):
        spans = [(word.group().rstrip(","), word.start()) for word in _WORD.finditer(found["full"])]
        for first in range(len(spans)):
            words = [word for word, _ in spans[first:]]
            small = [where for where, word in enumerate(words) if _SMALL_WORD_IN.fullmatch(word)]
            if words[0][:1].isupper() and len(small) <= _MOST_SMALL_WORDS and \
                    all(_small_word_inside(words, where) for where in small):
                start = spans[first][1]
                return found["full"][start:], found.start("full") + start
        found = None
    found = found or NAME_BEFORE.search(text, lo, at)
    return None if found is None else (found["full"], found.start("full"))


_WORD = re.compile(r"\S+")
_MOST_SMALL_WORDS = 2
# A body's people after its name ("Westbrook Hospital staff (WHS)"): no part of the name.
_ITS_PEOPLE = frozenset("staff members employees workers workforce drivers contractors crew".split())


def _small_word_inside(words: list[str], at: int) -> bool:
    """Whether the word in lower case at ``words[at]`` stands inside a body's name: before its head word
    ("Lakeland Medical practitioners and Dentists Union", "Harbourton Allied workers Union"), or as the
    people a head word's "of" or "for" names ("Lakeland Union of Clinical officers"; not "... of Teachers
    regional office", nor the body's own "staff" after it)."""
    if any(word in HEADS for word in words[at + 1 :]):
        return True
    return words[at] not in _ITS_PEOPLE and words[at].endswith("s") and \
        any(words[where] in ("of", "for") and not HEADS.isdisjoint(words[:where]) for where in range(at))


def _word_case_spells(acronym: str, caps: str, full: str) -> bool:
    """Whether a word-case acronym spells the capitals and the name after
    them: "SA Federation of Trade Unions (Saftu)"; not "9 AM Association of
    Mineworkers (Amcu)", whose name spells it without them."""
    return not acronym.isupper() and acronym.upper().startswith(caps) and \
        initials_match(acronym.upper(), [caps, *full.split()])


_CAPS_BEFORE = re.compile(r"(?<![\w&-])(?P<caps>[A-Z]{2,5})[ \t]+$")
