"""Union locals named by their numbers.

American and Canadian unions number their locals: "SEIU Local 99",
"Teamsters Local 2010", "Canadian Union of Public Employees Local 4600", a
bare "Local 396" on a page that names a union (after "from" or opening a
sentence; in lower case, "HTU local 5120", only after its union's acronym or
ending a clause), "HTU #58" in a coalition's list, "1199SEIU" (the number glued
before the union), a steelworkers' "Local 4-200" (a district's number, then
the local's) before its president's office. A number after an acronym is a
local too ("UAW 2865"), but not a year, a postal code, a law report's
citation, a score or a station ("Local 10 News").
"""

from __future__ import annotations

import re

from .acronym_uses import used_in_lower_case
from .document_memo import remembered
from .organisation_cues import is_place_code_or_credit
from .organisation_names import CONTEXT_STOP, HEADS, NOT_ORGANISATIONS, is_sentence_noise
from .organisation_runs import ACRONYM_WORD, CAPITAL_AFTER, FULLER_NAME_BEFORE
from .prefilter import literal_starts
from .split_scans import split_scan

_ACR = ACRONYM_WORD  # (short: the patterns below read it twice)


# A local's number, found from the blank in front (``split_scan``: a literal first character is
# skipped to fast); a match never takes the blank after it, so none overlap.
# (A steelworkers' local has a district's number before its own: "Local 4-200"; taken after "Local" only.)
_DIGITS_AFTER_BLANK = (("", re.compile(r" (?P<digits>\d\d{1,4}+|\d{1,2}-\d{2,4}+)(?![\w/-]|[.,:]\d)")),
                       ("\t", re.compile(r"\t(?P<digits>\d\d{1,4}+|\d{1,2}-\d{2,4}+)(?![\w/-]|[.,:]\d)")))
_LAW_REPORT_YEAR = re.compile(r"\[(?:1[89]|20)\d\d\][ \t]+$")
_ACR_ENDING_HERE = re.compile(rf"(?<![\w'’&-])(?P<acr>{_ACR}(?:-{_ACR})?)$")  # "ACT-UAW Local 7902" too


def union_locals(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each union local named by its number ("SEIU Local 99", "Local 4-200 President")."""
    found = []
    for start, end in split_scan(text, _DIGITS_AFTER_BLANK, "digits"):
        space = start - 1
        # "SEIU Local 99", "Teamsters Local 2010", a line's "Local 97 – ..."; "HTU local 5120", "... from local 377."
        local = text[max(0, space - 5) : space] in ("Local", "local") and (space == 5 or text[space - 6].isspace())
        if local and text[space - 5] == "l" and not _lower_case_local(text, space - 6, end):
            local = False
        alone = local and (space == 5 or text[space - 6] in "\r\n")  # no union's name before it on its line
        if "-" in text[start:end]:
            if local and _office_of_the_local(text, start, end):
                found.append((f"Local {text[start:end]}", space - 5, end))  # "Local 4-200 President"
            continue
        number = int(text[start:end])
        if 1800 <= number <= 2100 and not local:
            continue
        lead = space - 6 if local else space
        acronym = None if alone else _ACR_ENDING_HERE.search(text, max(0, lead - 12), lead)
        if acronym and len(acronym["acr"]) >= 4 and (used_in_lower_case(text, acronym["acr"].lower()) or
                                                     acronym["acr"].capitalize() in CONTEXT_STOP):
            acronym = None  # "OVER 25 students", "WHEREAS 14 students", "ON AUGUST 19,": a word in capitals, then a number
        if acronym and acronym["acr"][-1].isdigit() and end - start == 3 and not local:
            continue  # "from R3 000 to R8 500": a sum with its thousands set apart by a blank, no union local
        if acronym and _LAW_REPORT_YEAR.search(text, max(0, acronym.start() - 8), acronym.start()):
            continue  # "([2022] FWCFB 204)": a law report's citation, no union local
        if acronym and is_place_code_or_credit(text, acronym.start(), acronym.end()):
            continue  # "Chicago, IL 60637": a postal address, no union local
        if acronym and acronym["acr"] not in NOT_ORGANISATIONS:
            name = f"{acronym['acr']}{' Local' if local else ''} {number:0{end - start}d}"
            found.append((name, acronym.start(), end))
        elif local and not alone and (union := _WORDS_ENDING_HERE.search(text, max(0, lead - 60), lead)) and \
                not _a_name_goes_on_before(text, union.start()):
            words = union["words"].split()
            while words and is_sentence_noise(words[0]):
                words = words[1:]
            if words and not HEADS.intersection(words):  # "... Workers Union Local 7" is read with its head word
                at = text.find(words[0], union.start())
                found.append((f"{' '.join(words)} Local {text[start:end]}", at, end))
        elif local and (_OF_A_UNION.match(text, end) or _office_of_the_local(text, start, end) or
                        (_MEMBERSHIP_BEFORE.search(text, max(0, lead - 12), lead) or
                         _SENTENCE_START_BEFORE.search(text, max(0, lead - 3), lead + 1) and
                         not _MEASURE_AFTER.match(text, end)) and
                        not 1800 <= number <= 2100 and not CAPITAL_AFTER.match(text, end) and
                        remembered(_names_a_union, text)):  # not "Local 10 News", nor a page's "from Local 10" with no union
            found.append((f"Local {text[start:end]}", lead + 1, end))  # "Local 26 of the SEIU",
            # "a shop steward from Local 396": a union's local, its union unnamed
    return found


# American unions known by their acronyms, whose locals are numbered.
_US_UNIONS = ("SEIU", "UFCW", "AFSCME", "IBEW", "CWA", "UAW")
# A local that writes its number before its union, as some US locals do ("1199SEIU", "32BJ SEIU"): the
# number glued on, or a number with two capitals before a blank ("30 SEIU members" counts people).
# (Not a year glued on, "2022SEIU", nor a time, "10AM SEIU".)
_NUMBER_BEFORE = re.compile(r"(?<![\w'’&/.,-])(?:(?!(?:19|20)\d\d$)\d{2,4}|\d{2,4}(?![AP]M)[A-Z]{2}[ \t])$")


def numbered_locals(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each local that writes its number before its union ("1199SEIU")."""
    found = []
    for at in literal_starts(text, _US_UNIONS):
        union = next(u for u in _US_UNIONS if text.startswith(u, at))
        end = at + len(union)
        number = _NUMBER_BEFORE.search(text, max(0, at - 8), at)
        if number and not (end < len(text) and (text[end].isalnum() or text[end] in "_'’&-")):
            found.append((text[number.start() : end], number.start(), end))
    return found


# A local written with a sign of number after its union's acronym, as in a US coalition's list of members
# ("LWA #9 HTU #58"); a page naming no union ("see PR #70") has none.
_HASH_LOCAL = re.compile(rf"(?<![\w'’&.#/-])(?P<acr>{_ACR})[ \t]#(?P<digits>\d{{1,4}})(?![\w/-]|[.,]\d)")


def hash_locals(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each local written "HTU #58" on a page that names a union."""
    if " #" not in text or not remembered(_names_a_union, text):
        return []
    words: dict[str, bool] = {}  # each acronym's lower-case test once, however often the page repeats it
    found = []
    for match in _HASH_LOCAL.finditer(text):
        acronym = match["acr"]
        if acronym not in words:
            words[acronym] = acronym in NOT_ORGANISATIONS or used_in_lower_case(text, acronym.lower())
        if not words[acronym]:
            found.append((f"{acronym} #{match['digits']}", match.start(), match.end()))
    return found


_MEMBERSHIP_BEFORE = re.compile(r"\b(?:from|of|with|and|joined)$")
# A bare "Local 612" opening a line or a sentence ("Stand firm! Local 612 is with you!").
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][ \t]+)\s?$", re.MULTILINE)
# Not when a measure follows its number: "Local 24 hour shops stayed open" opens with an adjective.
_MEASURE_AFTER = re.compile(r"(?:[ \t]+|-)(?:hour|day|week|month|year|minute|mile|km|kilometre|kilometer|metre|meter|"
                            r"per|percent)s?\b")
# A lower-case "local" is a union's only right after its acronym ("HTU local 5120") or, after "from" and the
# like, with the number ending the clause ("Greetings from local 377."): "local 24-hour shops" is no union.
_ACRONYM_BEFORE_LOWER = re.compile(rf"(?<![\w'’&-]){_ACR}$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$)", re.MULTILINE)


def _lower_case_local(text: str, space: int, end: int) -> bool:
    """Whether a lower-case "local" before a number (at ``space``, its blank in front) is a union's local."""
    if _ACRONYM_BEFORE_LOWER.search(text, max(0, space - 9), space):
        return True
    return _MEMBERSHIP_BEFORE.search(text, max(0, space - 8), space) is not None and \
        _CLAUSE_END.match(text, end) is not None
# A union's word on the page of a bare local: "a shop steward from Local 396", "members of Local 100".
_UNION_WORD = re.compile(rf"\b(?:unions?|stewards?|Teamsters|Steelworkers|USW|{'|'.join(_US_UNIONS)}|UNITE HERE)\b")


def _office_of_the_local(text: str, start: int, end: int) -> bool:
    """"Local 4-200 President Jo ...", on a page naming a union, where no "Local 4-200 News" is a station."""
    return _OFFICE_AFTER.match(text, end) is not None and remembered(_names_a_union, text) and \
        f"Local {text[start:end]} News" not in text


def _names_a_union(text: str) -> bool:
    """Whether the page names a union anywhere (asked once a page, through ``remembered``)."""
    return _UNION_WORD.search(text) is not None


# An office of the local after its number: "said Local 4-200 President Judy ...".
_OFFICE_AFTER = re.compile(r"[ \t]+(?:President|Vice[ \t-]President|Secretary|Treasurer|Chair|Business[ \t]+Manager)\b")
_OF_A_UNION = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,5}(?:Union|Federation|Brotherhood)\b")


def _a_name_goes_on_before(text: str, start: int) -> bool:
    """"Canadian Union of Public Employees Local 4600": the words before
    "Local" end a fuller name; "Members of X Local 9" is the local itself."""
    before = FULLER_NAME_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not is_sentence_noise(before.group().split()[0])


# "United Auto Workers Local 4811": the union's words before "Local"
_WORDS_ENDING_HERE = re.compile(r"(?<![\w'’&-])(?P<words>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,3})$")
