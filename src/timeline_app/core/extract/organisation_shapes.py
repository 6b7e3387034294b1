"""Organisation names recognised by their shape rather than a head word.

Real pages name bodies in ways the head-word rule (``named_body``) cannot
see: a branch or students' union glued to its institution ("Goldsmiths
UCU", "UCD Students' Union"), a union local with its number ("CUPE 3903"),
hashtag campaigns ("#FeesMustFall"), campaign shapes ("Rhodes Must Fall",
"Occupy Wall Street", "Students Against Cuts", "Parents for Future"),
companies ("G4S PLC"), and lists that share one plural head ("Monash,
Deakin and La Trobe universities") or that mix bare town names with a
university ("at the LSE, Essex, King's College London, Birmingham").

Each finder returns ``ShapedName`` candidates; ``organisations`` records
them before the head-word runs, so the fuller name wins its offsets.
Every rule is about shapes and context words, never a particular body.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .organisation_names import HEADS, NOT_ORGANISATIONS, is_sentence_noise

_CAP_WORD = r"[A-Z][a-z][\w'’-]*"
_ACR = r"[A-Z][A-Z0-9&]{1,7}"


class ShapedName(NamedTuple):
    """A name found by its shape: ``surface`` is what the text says when
    it differs from the stored ``name`` (a bare town in a list)."""

    name: str
    start: int
    end: int
    surface: str | None = None


# "Goldsmiths UCU", "Cambridge SU", "UCD Students' Union": a union named
# with its institution is that institution's union or branch.
_BRANCH = re.compile(
    rf"(?<![\w'’&-])(?P<host>{_CAP_WORD}|{_ACR})[ \t]+"
    r"(?P<body>Students['’]?[ \t]+Union|Student[ \t]+Union|Students['’]?[ \t]+Guild|SU|SRC|UCU|"
    r"Students['’]?[ \t]+Representative[ \t]+Council)(?![\w'’&-])"
)
# "CUPE 3903", "UNITE 1234": a union local named by its number (never a year).
_LOCAL = re.compile(rf"(?<![\w'’&-])(?P<acr>{_ACR})[ \t]+(?P<number>\d{{2,5}})(?![\w/-]|[.,:]\d)")
_HASHTAG = re.compile(r"#(?P<tag>[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\b")
_MUST_FALL = re.compile(rf"(?<![\w'’&-])(?P<name>(?:{_CAP_WORD}[ \t]+){{1,3}}Must[ \t]+Fall)\b")
_OCCUPY = re.compile(rf"(?<![\w'’&-])(?P<name>Occupy[ \t]+(?:{_ACR}|{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}))(?![\w'’&-])")
# "Students Against Cuts", "Teachers for Climate", "Strike 4 Climate Action":
# a group of people followed by what they stand against or for.
_GROUP_NOUNS = (
    r"(?:Students|Student|Teachers|Parents|Scientists|Doctors|Academics|Workers|Youth|People|Women|Mothers|"
    r"Grandparents|Lawyers|Nurses|Citizens|Jews|Muslims|Christians|Veterans|Artists|Writers|Staff|Strike|Schools?)"
)
_FOR_AGAINST = re.compile(
    rf"(?<![\w'’&-])(?P<name>{_GROUP_NOUNS}[ \t]+(?:Against|for|4)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    rf"{_CAP_WORD}(?:[ \t]+(?:(?:of|and|in|the)[ \t]+)?{_CAP_WORD}){{0,3}})(?![\w'’&-])"
)
_COMPANY = re.compile(
    r"(?<![\w'’&-])(?P<name>(?:[A-Z][\w&-]*[ \t]+){1,3}(?:PLC|plc|Ltd|Limited|Inc|LLC|Corp))(?![\w'’&-])"
)
# "USF Foundation", "UK Student Climate Network": an acronym (a national
# prefix included) leading a run that ends in a head word is one name.
_ACR_HEAD = re.compile(rf"(?<![\w'’&-])(?P<acr>{_ACR})(?P<rest>(?:[ \t]+{_CAP_WORD}){{1,4}})")
# "Universities UK": a head word then the national suffix.
_HEAD_UK = re.compile(rf"(?<![\w'’&-])(?P<name>{_CAP_WORD}[ \t]+UK)(?![\w'’&-])")
_PLURAL_HEADS = {"universities": "University", "colleges": "College"}
_ITEM = rf"{_CAP_WORD}(?:[ \t]+(?:of[ \t]+)?{_CAP_WORD}){{0,2}}"
# "Monash, Deakin, La Trobe and Federation universities"
_SHARED_HEAD = re.compile(
    rf"(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|&)[ \t]+{_ITEM})[ \t]+(?P<plural>universities|colleges)\b"
)
# A comma list of three or more capitalised items, for the town-name rule.
_LIST = re.compile(
    rf"(?P<items>(?:the[ \t]+)?(?:{_ACR}|{_ITEM})(?:,[ \t]+(?:the[ \t]+)?(?:{_ACR}|{_ITEM})){{2,}},?[ \t]+(?:and|&)[ \t]+(?:{_ACR}|{_ITEM}))"
)
_INSTITUTION_HEADS = ("University", "College", "Institute", "School")
_ITEM_SPLIT = re.compile(r",[ \t]+|,?[ \t]+(?:and|&)[ \t]+")


def find_shaped_names(text: str) -> list[ShapedName]:
    """Every shaped name in ``text``, in text order."""
    found = _acronym_heads(text) + _branches(text) + _locals(text) + _simple_shapes(text) + _shared_heads(text) + _town_lists(text)
    return sorted(found, key=lambda n: (n.start, -n.end))


def _branches(text: str) -> list[ShapedName]:
    found = []
    for match in _BRANCH.finditer(text):
        host = match["host"]
        if is_sentence_noise(host) or host in NOT_ORGANISATIONS or host in ("Union", "University", "College"):
            continue
        if host.endswith(("'s", "’s")) or text.endswith(("of ", "at "), 0, match.start()):
            continue  # "University of Sheffield's Students' Union": a fuller name is around it
        found.append(ShapedName(" ".join(match.group().split()), match.start(), match.end()))
    return found


def _acronym_heads(text: str) -> list[ShapedName]:
    found = []
    for match in _ACR_HEAD.finditer(text):
        acronym = match["acr"]
        if acronym in NOT_ORGANISATIONS and acronym not in ("UK", "US"):
            continue
        words = match["rest"].split()
        heads = [i for i, w in enumerate(words) if w in HEADS]
        if not heads or any(is_sentence_noise(w) for w in words[: heads[-1] + 1]):
            continue
        name = " ".join([acronym, *words[: heads[-1] + 1]])
        found.append(ShapedName(name, match.start(), match.start() + len(name)))
    for match in _HEAD_UK.finditer(text):
        if match["name"].split()[0] in HEADS:
            found.append(ShapedName(match["name"], match.start(), match.end()))
    return found


def _locals(text: str) -> list[ShapedName]:
    found = []
    for match in _LOCAL.finditer(text):
        number = int(match["number"])
        if match["acr"] in NOT_ORGANISATIONS or 1800 <= number <= 2100:
            continue
        found.append(ShapedName(f"{match['acr']} {match['number']}", match.start(), match.end()))
    return found


def _simple_shapes(text: str) -> list[ShapedName]:
    found = []
    for match in _HASHTAG.finditer(text):
        found.append(ShapedName(match["tag"], match.start("tag"), match.end("tag")))
    for pattern in (_MUST_FALL, _OCCUPY, _FOR_AGAINST, _COMPANY):
        for match in pattern.finditer(text):
            words = match["name"].split()
            # "Students Against Cuts" keeps its first word; "The Rhodes Must Fall" does not
            while pattern is not _FOR_AGAINST and words and is_sentence_noise(words[0]) and len(words) > 2:
                words = words[1:]
            name = " ".join(words)
            start = match.start("name") + match["name"].find(words[0])
            found.append(ShapedName(name, start, start + len(name)))
    return found


def _shared_heads(text: str) -> list[ShapedName]:
    found = []
    for match in _SHARED_HEAD.finditer(text):
        head = _PLURAL_HEADS[match["plural"]]
        for item, at in _items(match["items"], match.start("items")):
            if is_sentence_noise(item.split()[0]) or not HEADS.isdisjoint(item.split()):
                continue  # "University of Leeds and Bath universities": the named one stands
            found.append(ShapedName(f"{item} {head}", at, at + len(item), item))
    return found


def _town_lists(text: str) -> list[ShapedName]:
    """Bare names in a list that also names a university or college: in
    such a list each bare name is an institution by its town."""
    found = []
    for match in _LIST.finditer(text):
        items = _items(match["items"], match.start("items"))
        if not any(item.split()[-1] in _INSTITUTION_HEADS or item.split()[0] in _INSTITUTION_HEADS
                   or "College" in item.split() for item, _ in items):
            continue
        for item, at in items:
            words = item.split()
            if item.isupper() or is_sentence_noise(words[0]) or any(w in _INSTITUTION_HEADS for w in words):
                continue
            if "College" in words:
                continue
            name = f"University of {item}" if len(words) == 1 else f"{item} University"
            found.append(ShapedName(name, at, at + len(item), item))
    return found


def _items(items: str, offset: int) -> list[tuple[str, int]]:
    """(item, offset) for each item of "A, B and C", "the" dropped."""
    result = []
    cursor = 0
    for piece in _ITEM_SPLIT.split(items):
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        if piece.startswith("the "):
            piece, at = piece[4:], at + 4
        piece = piece.strip()
        if piece:
            result.append((piece, offset + at))
    return result
