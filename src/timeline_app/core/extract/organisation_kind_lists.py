"""Names listed as the members of a plural body noun.

"The 24 councils where the threshold was met are Arlen City, Westshire,
Dunmore & Kells, Highvale", "community organisations including the Hill
Flats Committee; Groundwork; the Right to Housing Campaign",
"student groups including the Black Student Union, Students for Peace and
La Voz": a reader knows every name in such a list is one of the bodies the
noun names, whether or not it carries a head word. The noun must be a kind
of body (councils, organisations, groups, unions, parties...; companies and
firms too, though not in apposition) in the same clause as the cue
("including", "such as", "are", "include"); the list runs to the clause's
end; a member is a run of capitalised words (with the small words of names:
"of", "to", "nan") and a bracketed note after it ("(Cape Town)") is no part
of it. Names before "and other universities" are of
that kind too, read back item by item, and so are names set right after the
plural noun, in apposition to it ("transport groups Kelda and Morvan will
lead", "two student groups, Aces and Cones."). Universities and campuses
listed by short name are ``organisation_listed_campuses``'s.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .name_tokens import ROMANCE_OF
from .organisation_names import opens_sentence
from .page_words import lower_case_words
from .prefilter import literal_starts

# The plural nouns of a kind of body, which a list's cue or the names set after them make its members.
_KIND_NOUN_WORDS = frozenset("""councils organisations organizations groups unions associations parties charities
    coalitions federations networks movements campaigns""".split())
# Firms too, in a list's clause ("the cleaning companies bargaining with them are ..."): named by their trade,
# they seldom carry a head word; a list of single words after "employers" names towns ("the largest employers in
# the region are Harbourton, Westbrook and Lakeland") as often as firms, and is left. (Not set in apposition:
# "firms" before names is ``organisation_forms``'s.)
_FIRM_NOUN_WORDS = frozenset("companies firms employers contractors".split())
# The plural noun and the cue in one clause ("councils where X was met – and where Y – are").
_CUE_NOUNS = "|".join(sorted(_KIND_NOUN_WORDS | _FIRM_NOUN_WORDS | {"NGOs"}))
_KIND_CUE = re.compile(r"\b(?P<noun>" + _CUE_NOUNS + r")\b[^.!?;:\n\"“”]{0,100}?"
                       r"\b(?:including|such[ \t]+as|include|includes|included|are|were)[ \t,]+$")
_CUES = (" including ", " including, ", " such as ", " are ", " were ", " include ", " includes ", " included ")
_SMALL = rf"(?:of|for|to|in|on|la|le|nan|na|the|van|von|{ROMANCE_OF})"
_WORD = r"(?:[A-Z][\w'’.-]*|[a-z]+[A-Z][\w'’-]*)"  # "eThekweni", "baseMjondolo" are capitalised inside
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:{_SMALL}|&)[ \t]+)*{_WORD})*"
# "(Cape Town)", "(UKZN)" after a member says where it is or whose it is: no part of the name.
_NOTE = r"(?:[ \t]+\([^()\n]{1,40}\))?"
_MEMBER = rf"(?:the[ \t]+)?{_NAME}{_NOTE}"
# Members part at commas or semicolons ("Dumfries & Galloway" keeps its "&"); the list ends with its clause.
_LIST = re.compile(rf"{_MEMBER}(?:(?:[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_MEMBER})+"
                   r"(?=[ \t]*(?:[.;:!?)\n]|$|,?[ \t]+(?:as[ \t]+well[ \t]+as|among[ \t]+others)\b))")
_MEMBER_IN = re.compile(rf"(?:the[ \t]+)?(?P<name>{_NAME}){_NOTE}")
_MIN_MEMBERS = 2


def kind_list_members(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name in a list its sentence says holds bodies of a kind."""
    found: list[tuple[int, int]] = []
    for at in literal_starts(text, _CUES):
        after = text.find(" ", at + 1) + 1
        if text.startswith("as ", after):
            after += 3
        while text[after : after + 1] in (",", " "):
            after += 1
        if not (text[after : after + 1].isupper() or text.startswith("the ", after)):
            continue  # most cues come before a lower-case word: no list of names
        cue = _KIND_CUE.search(text, max(0, at - 140), after)
        match = _LIST.match(text, after) if cue else None
        if match is None:
            continue
        members = [(m.start("name"), m.end("name") - m["name"].endswith(".")) for m in
                   _MEMBER_IN.finditer(text, match.start(), match.end())]
        if cue["noun"] == "employers" and all(" " not in text[start:end] for start, end in members):
            continue  # "employers ... are Harbourton, Westbrook and Lakeland": towns as often as firms
        if len(members) >= _MIN_MEMBERS:
            found += members
    return found + _members_before_others(text) + _members_after_kind(text)


# "Monash, RMIT and other universities", "the HSE and other government agencies": what "and other" bodies of a
# kind follow is of that kind too (one word may say which: "other striking unions").
_OTHERS = re.compile(r"[ \t]+and[ \t]+other[ \t]+(?:[a-z-]+[ \t]+)?(?:universities|colleges|unions|organi[sz]ations|"
                     r"groups|agencies|charities|parties|companies|firms|employers|associations|federations)"
                     r"(?![\w'’])")  # not "other unions' officers": a possessive names no kind
_LIST_CHARS = 160
_AFTER_THE = re.compile(rf"(?<![\w'’-])the[ \t]+(?P<name>{_NAME})[ \t]*$")


def _members_before_others(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name listed right before "and other" bodies of a kind, read back item by item to the
    first piece that is no name alone."""
    found: list[tuple[int, int]] = []
    for at in literal_starts(text, (" and other ",)):
        if not _OTHERS.match(text, at):
            continue
        lo = max(0, at - _LIST_CHARS)
        for piece in reversed(list(re.finditer(r"[^,;.!?:\n]+", text[lo:at]))):
            member = _MEMBER_IN.fullmatch(piece.group().strip()) or \
                (_AFTER_THE.search(piece.group()) if piece.end() == at - lo else None)
            if member is None:
                break  # (the last item may follow words before "the": "employed in the HSE and other agencies")
            start = lo + piece.start() + (member.start("name") if member.re is _AFTER_THE else
                                          piece.group().find(member["name"]))
            name = _without_opening_word(member["name"])
            start += len(member["name"]) - len(name)
            # "Nurses and other unions" (the page writes "nurses"), "Ama Lind, Kea Holm and other groups": people
            if name.lower() not in lower_case_words(text) and name.split()[0] not in GIVEN_NAMES:
                found.append((start, start + len(name)))
            if text[max(0, lo + piece.start() - 1) : lo + piece.start()] not in (",", ";"):
                break  # the list's first item
    return found


_FIRST_WORD = re.compile(r"(\S+)[ \t]+(?=\S)")


def _without_opening_word(name: str) -> str:
    """``name`` without a word opening its sentence before it ("Later Kea Holm", "Then Ama Lind")."""
    first = _FIRST_WORD.match(name)
    return name[first.end() :] if first and opens_sentence(first[1]) else name


# A plural body noun and the names set right after it: "unions Unite and Unison", "two groups, Aces and Cones".
_KIND_NOUNS = tuple(sorted(f" {noun}" for noun in _KIND_NOUN_WORDS))
# An apposed name has no "in", "on", "to", "for" or "the" inside ("unions Arlen Crews and Kea Holm Dockers in Arlen").
_APPOSED_NAME = rf"(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:(?:of|la|le|nan|na|van|von|{ROMANCE_OF}|&)[ \t]+)*{_WORD})*"
_APPOSED = re.compile(rf"[ \t]+(?P<list>{_APPOSED_NAME}{_NOTE}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                      rf"{_APPOSED_NAME}{_NOTE})+)")
_APPOSED_CLOSING = re.compile(rf",{_APPOSED.pattern}(?=[ \t]*(?:[.;:!?)\n]|$))")
# A small word other than an English preposition and a capital after the last name: the name goes on in a language
# whose small words are not ``_SMALL``'s ("Pambansang Lakas ng Kilusang ..."), and its cut head is no member.
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:in|on|at|to|for|from|by|and|with|of)\b)[a-z]{1,4}[ \t]+[A-Z]")
# The word before the noun. A bare "the unions" names the unions the text spoke of, so capitalised words after it
# begin the clause ("protests by the unions Lakeland and Ostland signed"); a describing word or a count says which.
# Some describing words make kinds of group that are no bodies ("ethnic groups", "art movements", "rail networks");
# "parties" with only a count are the sides of a treaty or a suit ("the two parties Lakeland and Ostland").
_WORD_BEFORE = re.compile(r"(?P<word>[\w-]+)[ \t]+$")
_BARE = frozenset("the these those".split())
_NO_BODIES = {"groups": frozenset("ethnic racial religious language linguistic age blood income risk study control "
                                  "treatment test focus working".split()),
              "movements": frozenset("art artistic literary musical".split()),
              "networks": frozenset("rail road bus train tram metro transport computer social mobile".split()),
              "parties": frozenset("two three four five six both".split())}
# The count of a plural noun, with up to four words describing it ("two rival student groups").
_COUNT_BEFORE = re.compile(r"\b(?P<count>two|three|four|five|six|[2-9])(?:[ \t]+[a-z-]+){0,4}[ \t]*$")
_COUNTS = {word: n for n, word in enumerate("two three four five six".split(), 2)} | {str(n): n for n in range(2, 10)}


def _members_after_kind(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name in a list set right after a plural body noun, in apposition to it. After a
    comma the noun may be the first item of a series ("talks between the unions, Arlen Water and the
    ministry"), so there the names must close the clause and be as many as a count before the noun says
    ("two student groups, Aces and Cones."); "parties, ..." is never taken there."""
    found: list[tuple[int, int]] = []
    for at in literal_starts(text, _KIND_NOUNS):
        after = text.find(" ", at + 1)
        noun = text[at + 1 : after].rstrip(",")
        if after == -1 or noun not in _KIND_NOUN_WORDS or not _names_this_kind(text, at, noun):
            continue
        comma = text[after - 1] == ","
        if comma and noun == "parties":
            continue
        match = _APPOSED_CLOSING.match(text, after - 1) if comma else _APPOSED.match(text, after)
        if match is None or _NAME_GOES_ON.match(text, match.end()):
            continue
        members = [(m.start("name"), m.end("name") - m["name"].endswith(".")) for m in
                   _MEMBER_IN.finditer(text, match.start("list"), match.end())]
        if any(end - start < 2 for start, end in members):
            continue  # "groups A and B": labels, no bodies
        count = _COUNT_BEFORE.search(text, max(0, at - 50), at) if comma else None
        if not comma or count is not None and _COUNTS[count["count"]] == len(members):
            found += members
    return found


def _names_this_kind(text: str, at: int, noun: str) -> bool:
    """Whether the word before the plural ``noun`` at ``at`` lets names set after it be bodies of its kind."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at + 1)
    word = before["word"].lower() if before else ""
    return word not in _BARE and word not in _NO_BODIES.get(noun, ())
