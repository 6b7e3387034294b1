"""Companies and services the text has speak or employ ("Irish Rail says",
"an Irish Rail spokesperson", "Air India pilots", "Transport NSW has
cautioned", "BBC Yorkshire reported").

Strikes are fought with operators, airlines and public services whose names
carry no organisational head word, so the head-word runs never see them. A
capitalised run before a verb of saying is usually a person ("Ravi said"),
so the run must also show that it names no one: a word of a trade or
service ("Rail", "Airlines", "Trains", "Transport", "Water", "Power") or
an acronym opening it before a place ("BBC Yorkshire"). The run must then
be where a body stands: before a verb of saying or announcing, or before
the people and things a body has ("spokesperson", "management", "pilots",
"services"). A run without such a sign needs both kinds of cue somewhere
in the text: it speaks or acts, and it has staff ("Arriva Yorkshire
announced", "Arriva Yorkshire bus workers"); a place has staff but does
not announce. A run holding an office ("Transport Secretary Grant Shapps")
or opening with a given name is a person's.

The finder starts from the cue words (``str.find``) and reads the run
back from each, so texts without them cost one scan.
"""

from __future__ import annotations

import re

from .document_memo import remembered
from .given_names import GIVEN_NAMES
from .organisation_employers import STAFF_BEFORE_NAME, STAFF_PREPOSITIONS
from .organisation_names import CONTEXT_STOP, HEADS, NOT_ORGANISATIONS, PLACE_NOUNS, is_generic_word, is_role_word, \
    opens_sentence
from .prefilter import finds, literal_starts

__all__ = ["speaking_bodies", "speaks_after"]

# Words of a trade or service that name a company or a public service, never a person.
SERVICE_WORDS = frozenset(
    """Rail Railway Railways Air Airline Airlines Airways Trains Bus Buses Transport Transit Metro Motors
    Energy Power Water Telecom Telecoms Airport Airports Ports Steel Mining Pharma Insurance Foods""".split()
)
# Service words that are surnames too ("Samantha Power", "Mark Steel"); "Severn Trent Water" is a firm.
_SURNAMES_TOO = frozenset("Power Steel".split())
# Words of a region after a body's acronym: "NHS Greater Glasgow", "UNISON North West".
_REGION_WORDS = frozenset("Greater North South East West Northern Southern Eastern Western Central Scotland Wales "
                          "England Cymru Ireland Midlands".split())
# What follows a body's name where it speaks or acts (the word starts each cue) ...
_SAYING = ("said", "says", "announced", "announces", "confirmed", "confirms", "warned", "warns", "told", "tells",
           "stated", "states", "insisted", "cautioned", "cautions", "reported", "expects", "apologised",
           "apologized", "denied", "denies", "cancelled", "canceled", "suspended", "operates", "spokes",
           "management", "bosses", "chief", "services", "passengers", "customers", "flights")
# ... or the people it employs ("Air India pilots", "Arriva Yorkshire bus workers": one word may come between).
_STAFF = ("pilots", "drivers", "staff", "employees", "workers", "nurses", "members")
# Staff words that also follow a person's name ("Zwelinzima Vavi's members"): a sign of a service is needed.
_PEOPLE_TOO = frozenset(("members",))
# The cues whole (the literals above start them; "spokes" is "spokesperson", "spokesman", "spokeswoman").
_CUE = re.compile("(?:" + "|".join(word for word in _SAYING if word != "spokes") + r"|spokes(?:person|man|woman)|"
                  r"(?P<staff>" + "|".join(_STAFF) + r"))\b")
# What may stand between a body's name and its verb ("X has also said"), here and in ``speaks_after``.
_HELPING = r"(?:(?:has|have|had|is|was|will|would)[ \t]+(?:also[ \t]+)?)"
# The run just before the cue, an auxiliary allowed between ("Transport NSW has cautioned"), or one
# lower-case word before the staff ("Arriva Yorkshire bus workers").
# (The look-behind stands after the run's first capital: a search then goes from capital to capital.)
_RUN_BEFORE = re.compile(
    r"(?P<run>[A-Z](?<![\w'’&.-].)(?:[a-z][\w&-]*|[A-Z]{1,5})(?:[ \t]+(?:[A-Z][a-z][\w&-]*|[A-Z]{2,6})){1,3})"
    rf"(?P<owned>['’]s)?[ \t]+(?:{_HELPING}|(?P<between>[a-z]+[ \t]+))?$"
)
_LOOKBACK = 80
# ``_RUN_BEFORE`` ends on a blank at its ``$``, which stands at the cue or before a line break right before it, so a
# cue can have a run before it only after " ", "\t", " \n" or "\t\n": searched with that blank, the cues are
# found by one pattern that skips from blank to blank, not by forty searches of the whole text (tabs are rare:
# their cues are searched only where one stands).
_CUE_WORDS = _SAYING + _STAFF
_CUES_AFTER_SPACE = tuple(f" {word}" for word in _CUE_WORDS) + tuple(f" \n{word}" for word in _CUE_WORDS)
_CUES_AFTER_TAB = tuple(f"\t{word}" for word in _CUE_WORDS) + tuple(f"\t\n{word}" for word in _CUE_WORDS)
# Lower-case words that never stand between a body and its staff (verbs of saying, joining words).
_NOT_BETWEEN = frozenset(_SAYING) | frozenset(
    "and or but the a an of to for with at in on by from as that who whose whom which are were thanked "
    "praised urged asked called joined met".split())


def speaking_bodies(text: str) -> tuple[tuple[int, str], ...]:
    """(start, name) of every company or service the text has speak or employ
    (asked by the people finder and the organisation finder: worked out once)."""
    return remembered(_speaking_bodies, text)


def _speaking_bodies(text: str) -> tuple[tuple[int, str], ...]:
    """``speaking_bodies`` worked out.

    A run with a sign of a trade or service needs one cue; a run without one
    needs both kinds, somewhere in the text: it speaks or acts, and it has
    staff ("Arriva Yorkshire announced ...", "Arriva Yorkshire bus workers")."""
    found: dict[int, str] = {}
    cues: dict[str, set[bool]] = {}
    starts: dict[str, list[int]] = {}
    blanks = literal_starts(text, _CUES_AFTER_SPACE)
    if "\t" in text:
        blanks = sorted(blanks + literal_starts(text, _CUES_AFTER_TAB))  # (never at one place: the blanks differ)
    for blank in blanks:
        at = blank + (2 if text[blank + 1] == "\n" else 1)
        cue = _CUE.match(text, at) if _capital_close_before(text, at) else None
        if cue is None:
            continue
        run = _RUN_BEFORE.search(text, max(0, at - _LOOKBACK), at)
        if run is None or run["between"] and (not cue["staff"] or run["between"].split()[0] in _NOT_BETWEEN):
            continue  # "Conradie said nurses were": a person speaking of staff
        if cue.group() == "chief" and not run["owned"]:
            continue  # "Network Rail's chief negotiator"; not "Tyne and Wear Metro chief", a name cut short
        words = run["run"].split()
        while words and (opens_sentence(words[0]) or words[0] in CONTEXT_STOP):
            words = words[1:]  # "Yesterday Irish Water said"
        if len(words) < 2 or not _may_name_a_body(words):
            continue
        name = " ".join(words)
        start = run.end("run") - len(name)
        if _names_a_service(words):
            found.setdefault(start, name)
        elif cue["staff"] and (run["owned"] or cue["staff"] in _PEOPLE_TOO):
            continue  # "Elon Musk's staff", "Obert Masaraure members": a person has staff too
        cues.setdefault(name, set()).add(bool(cue["staff"]))
        starts.setdefault(name, []).append(start)
    for name, kinds in cues.items():
        if len(kinds) == 2:
            for start in starts[name]:
                found.setdefault(start, name)
    for start, name in _staffed_services(text):
        found.setdefault(start, name)
    return tuple(sorted(found.items()))


# Staff before the service they work at: "drivers at Dublin Bus", "workers at Network Rail and 14 train companies".
# (Members "in" a service are its branch; workers "in" a place are only there: "workers in Metro Manila".)
_STAFF_BEFORE = tuple(f"{staff} {where} " for word in STAFF_BEFORE_NAME + ("members",)
                      for staff in (word, word.capitalize()) for where in STAFF_PREPOSITIONS) + ("members in ", "Members in ")
# Each staff word less its first letter, which both its cases share ("orkers "), and the staff words' literals
# above by the word as written: five searches find what thirty-two did (``_staff_before_matches``).
_STAFF_TAILS = tuple(dict.fromkeys(literal.split(" ")[0][1:] + " " for literal in _STAFF_BEFORE))
_STAFF_BEFORE_BY_WORD = {word: tuple(literal for literal in _STAFF_BEFORE if literal.startswith(f"{word} "))
                         for word in dict.fromkeys(literal.split(" ")[0] for literal in _STAFF_BEFORE)}
_SERVICE_RUN = re.compile(r"(?:the[ \t]+)?(?P<run>(?:[A-ZÀ-Þ][\w&'’-]*)(?:[ \t]+[A-ZÀ-Þ][\w&'’-]*){1,3})(?![\w'’&-])")


# A town after the run staff work "at" ("workers at Brenton Cold Storage in Harbourton"): the run is where they
# are employed, not a town itself. A firm's whole name then, three words (two are as often a place: "drivers at
# Kea Holm in Ostland"), not ending on a place's or a site's word ("staff at Westbrook Harbour in Lakeland").
_IN_A_TOWN = re.compile(r",?[ \t]+in[ \t]+[A-Z][a-z]")
_FIRM_WORDS_IN_A_TOWN = 3
_SITE_WORDS = frozenset("""Harbour Harbor Port Docks Dock Quay Quays Wharf Vale Valley Bay Hill Hills Heights Estate
    Village Town City Centre Center Island""".split())


def _staffed_services(text: str) -> list[tuple[int, str]]:
    """(start, name) of each service the text names after its staff and "at", "in", "of" or "for": two or
    three capitalised words ending on a word of the service ("Network Rail"), so no site, band or place
    ("Heathrow Airport Terminal", "Steel Pulse", "Metro Vancouver"), or any such words staff work "at"
    before the town they are in ("drivers at Brenton Fleet Systems in Harbourton")."""
    found = []
    for at, end in _staff_before_matches(text):
        if at and text[at - 1].isalnum():
            continue
        run = _SERVICE_RUN.match(text, end)
        if run is None:
            continue
        words = run["run"].split()
        if (words[-1] in SERVICE_WORDS or _a_firm_in_a_town(text, end, run.end(), words)) and len(words) <= 3 and \
                _may_name_a_body(words) and HEADS.isdisjoint(words) and \
                not any(map(is_generic_word, words)):  # "Dublin Bus", "Tata Steel"; not "Air Supply", "Rail Unions"
            found.append((run.start("run"), run["run"]))
    return found


def _staff_before_matches(text: str) -> list[tuple[int, int]]:
    """``literal_matches(text, _STAFF_BEFORE)``, read from each staff word's tail: a literal stands at ``at``
    exactly when its word less the first letter (and the blank after) stands at ``at + 1`` and the literal at
    ``at``. No two of the literals can overlap or share a start (none holds another's opening after its own first
    character, and the prepositions differ from their first letter on), so ``literal_matches`` reports every
    occurrence, in order, as this does."""
    found = []
    for tail in _STAFF_TAILS:
        for after in finds(text, tail):
            if after:
                literals = _STAFF_BEFORE_BY_WORD.get(text[after - 1 : after + len(tail) - 1], ())
                found += [(after - 1, after - 1 + len(lit)) for lit in literals if text.startswith(lit, after - 1)]
    found.sort()
    return found


def _a_firm_in_a_town(text: str, end: int, run_end: int, words: list[str]) -> bool:
    """Whether the run staff work "at" (ending at ``run_end``) is a firm's whole name before its town."""
    return len(words) == _FIRM_WORDS_IN_A_TOWN and words[-1] not in _SITE_WORDS and \
        text.startswith("at ", end - 3) and _IN_A_TOWN.match(text, run_end) is not None


_HELPING_AFTER = re.compile(rf"[ \t]+{_HELPING}?")  # (the name's blank and an auxiliary, as ``_RUN_BEFORE`` reads)


def speaks_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` speaks or acts as ``speaking_bodies``' bodies do ("X said", "X has
    announced"), not only has staff."""
    blank = _HELPING_AFTER.match(text, end)
    if blank is None:
        return False  # "X, ...": no verb right after the name
    cue = _CUE.match(text, blank.end())
    return cue is not None and not cue["staff"]


def _capital_close_before(text: str, at: int) -> bool:
    """Whether one of the three words before ``at`` opens with a capital: a run can end there ("he said",
    "the workers" cannot; "X has also said" can), asked before any pattern is tried, over the same
    window the run is read in."""
    return any(word[:1].isupper() for word in text[max(0, at - _LOOKBACK):at].split()[-3:])


def _may_name_a_body(words: list[str]) -> bool:
    """No person's: no office in it ("Transport Secretary Grant Shapps"), no given name opening it; no
    place's: not ending in a place's word ("Battersea Power Station", "Water Street")."""
    return not (words[0] in GIVEN_NAMES or words[0] in NOT_ORGANISATIONS or words[-1] in PLACE_NOUNS or
                any(is_role_word(w) or w in CONTEXT_STOP for w in words))


def _names_a_service(words: list[str]) -> bool:
    """Whether ``words`` carry a sign of a company or service."""
    if any(w in SERVICE_WORDS for w in words) and not (len(words) > 2 and words[-1] in _SURNAMES_TOO):
        return True  # (not "Moses Kotane Power": a service word that is also a surname ends a person's name)
    # "BBC Yorkshire", "NHS Greater Glasgow": an acronym before one place word or a region ("TUC Festus Osifo"
    # is a person)
    return words[0].isupper() and not words[1].isupper() and words[1] not in GIVEN_NAMES and \
        (len(words) == 2 or words[1] in _REGION_WORDS)
