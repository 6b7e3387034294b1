"""Where a name with a head word really begins: when a list of subjects
inside it is written with a comma, and when an allegiance word joins two
bodies in one capitalised run.

A capitalised run breaks at a comma, so "the Lakeland Teaching, Health and
Allied Workers' Union" gave "Health and Allied Workers' Union". The words
before the comma are taken back when the name goes on with "and" (the list
continues), what precedes them opens no capitalised run of the sentence,
and they are no office ("Director, Media and Public Affairs of ...").
An acronym's trust ("NHS Trust") begins at the words naming whose trust it
is ("Barts Health NHS Trust"), two places joined by "and" among them
("Kea and Arlen NHS Trust").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .given_names import GIVEN_NAMES
from .organisation_known import KNOWN_MOVEMENT_BODIES
from .organisation_names import HEADS, is_role_word, is_sentence_noise, opens_sentence
from .sentences import plain_apostrophes

# "National Education, " right before the name: one to three capitalised words and a comma,
# after "the", an opening bracket, a line start or a lower-case word.
_SUBJECTS_BEFORE = re.compile(
    r"(?:(?<=\bthe[ \t])|(?<=\bThe[ \t])|(?<=\()|(?<=^)|(?<=\n)|(?<=[a-z][ \t]))"
    r"(?P<words>[A-Z][\w'’-]*(?:[,‚]?[ \t]+[A-Z][\w'’-]*){0,2})[,‚][ \t]+$"
)  # "‚" (a low quotation mark) stands for a comma in mis-encoded pages
_LOOKBACK = 60
# "of " or "for " right before the words: they end another name ("University of Pretoria, ").
_TAIL_OF_A_NAME = re.compile(r"\b(?:of|for)[ \t]+$")
# A list's cue right before the words: they are its first item ("include Arlen, Stop and Go Coalition").
_LIST_CUE_BEFORE = re.compile(r"\b(?:include[sd]?|including|such[ \t]+as|like|namely)[ \t]+$")


def with_listed_subjects_before(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start), taking back "National Education, " in front of
    "Health and Allied Workers' Union" (see the module docstring)."""
    words = name.split()
    if len(words) < 3 or "and" not in words[1:3]:
        return name, start
    before = _SUBJECTS_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if before is None:
        return name, start
    if any(is_role_word(w.strip(",‚")) for w in before["words"].split()):
        return name, start  # "Director, Media and Public Affairs of the Board": an office
    if any(plain_apostrophes(w.strip(",‚")).removesuffix("'") in HEADS for w in before["words"].split()):
        return name, start  # "Lakeland Workers' Union, Seamen and Dockers' Union": the list's previous body
    if before["words"].split()[0] in GIVEN_NAMES and before["words"].count(" ") in (1, 2) and \
            text[max(0, before.start("words") - 4):before.start("words")].lower() != "the ":
        return name, start  # "Jacky Harrison, National Campus and Community Radio Association": a person's body
        # ("the Stanley Mining, Energy and Allied Workers Union": no one's name takes an article)
    if _LIST_CUE_BEFORE.search(text, max(0, before.start("words") - 12), before.start("words")):
        return name, start  # "groups include Arlen, Stop and Go Coalition": the list's first item, then a name
    if _TAIL_OF_A_NAME.search(text, max(0, before.start("words") - 5), before.start("words")):
        return name, start  # "the University of Arlen, Westbrook and Lakeland University": another name's tail
    # "Separately, Moi Teaching and Referral Hospital", "The National Education, ...": a sentence's opening words
    words = _without_opening(before["words"].split(), lambda word: word.endswith("ly"))
    if not words:
        return name, start
    return f"{' '.join(words)}, {name}", before.start("words") + before["words"].index(words[0])



_ALLEGIANCE_ENDINGS = ("-led", "-aligned", "-backed", "-affiliated", "-based", "-run", "-controlled")


def split_allegiance(tokens: list[str]) -> list[list[str]]:
    """The tokens of a capitalised run parted at an allegiance word inside
    it ("Green Party-aligned Transport and Civic Workers Union" gives
    "Green Party" and "Transport and Civic Workers Union"), or ending it
    ("the Democratic Alliance-run municipality" gives "Democratic Alliance")."""
    for i, token in enumerate(tokens[1:], 1):
        if "-" not in token:
            continue
        for ending in _ALLEGIANCE_ENDINGS:
            if token.endswith(ending) and len(token) > len(ending):
                rest = tokens[i + 1 :]
                return [tokens[:i] + [token[: -len(ending)]], *(split_allegiance(rest) if rest else [])]
    return [tokens]


# Who a body gathers, before "in" and its country ("Union of Students in Ireland").
_GATHERED = frozenset("Students Workers Teachers Nurses Lecturers Academics Women Youth Journalists Doctors".split())


def split_run(tokens: list[str]) -> list[list[str]]:
    """A capitalised run's pieces that may each hold one name: parted at an
    allegiance word, between the universities of a list that lost its commas,
    and at an "in" that does not belong to the name (see the module docstring)."""
    return [piece for part in split_allegiance(tokens) for listed in _split_listed(part)
            for piece in _split_at_in(listed)]


# A list of universities whose commas or line breaks a page lost ("Arlen Beckett University University of Arlen
# University of Westbrook"): a run holding this many is a list, parted before each "University of" where a name
# ends. Two are enough to part after a "University" that another university's name follows ("Arlen Metro
# University Westbrook Beckett University"), as no university's name holds a second one.
_LISTED_HEADS = 3


def _split_listed(tokens: list[str]) -> list[list[str]]:
    """``tokens`` parted between the universities of a list that lost its
    separators: after "University" when another university follows ("Arlen
    Beckett University | Westbrook Hope University"), and before "University
    of" when what comes before holds a university or a college of its own
    ("University of Arlen | University of Westbrook"; "National University of
    Ostland" is one name)."""
    heads = tokens.count("University")
    if heads < 2:
        return [tokens]
    pieces: list[list[str]] = [[]]
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token == "University" and after == "of" and heads >= _LISTED_HEADS and \
                not _LISTED_NAME_HEADS.isdisjoint(pieces[-1]) and pieces[-1][-1][:1].isupper():
            pieces.append([])  # "University of Arlen | University of Westbrook" (not "National | University of ...")
        pieces[-1].append(token)
        if token == "University" and after[:1].isupper() and _head_next(tokens, i + 1, ("University",)) is not None or \
                heads >= _LISTED_HEADS and tokens[i - 2 : i] == ["University", "of"] and after[:1].isupper() and \
                _another_named_before_its_head(tokens, i + 1):
            pieces.append([])  # "Arlen Beckett University | Westbrook Hope University", "University of Arlen | ..."
    return [piece for piece in pieces if piece]


# The heads a listed school's name ends on: before a listed "University of ..." ("Kea Holm College Arlen |
# University of Westbrook"), and before its own words ("Harbourton Royal College Of Music").
_LISTED_NAME_HEADS = frozenset({"University", "College"})
# A place's first word that never ends it ("University of East Arlen", "University of New Westbrook").
_PLACE_GOES_ON = frozenset("East West North South Central New Northern Southern Eastern Western".split())


def _another_named_before_its_head(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at:]`` open with another university's name of two words or more written before its
    head ("University of Arlen | Brackwater Dunmore University"), or a college's whose name goes on with "Of"
    ("... | Royal Lakeland College Of Music"; "University of Kea Holm Arlen College" may be a place of two
    words), so the "University of" one place name before it ends there; never after a place's first word
    ("University of East Arlen"), and never a word that carries that name on ("University of Arlen Medical
    School") nor a head that "of" follows (a place of two words before the next "University of": "University of
    Santa Kea University of ...")."""
    head = _head_next(tokens, at, _LISTED_NAME_HEADS)
    if head is None or head < 2 or tokens[at - 1] in _PLACE_GOES_ON:
        return False
    after = tokens[at + head + 1 : at + head + 2]
    return after == ["Of"] if tokens[at + head] == "College" else after != ["of"]


# Words that go on a university's name ("Lakeland University Press", "Westbrook University Hospital", "University
# of Arlen Teaching College").
_UNIVERSITY_GOES_ON = frozenset("Press Hospital Hospitals College Medical Students Union School Library Trust "
                                "Health Centre Center Faculty Teaching Veterinary Dental Nursing Law Business".split())
# How far the next university of a list may end: "Westbrook Hope University" is two words before its head.
_NAME_BEFORE_HEAD = 3


def _head_next(tokens: list[str], at: int, heads: Collection[str]) -> int | None:
    """How many words of ``tokens[at:]`` come before the first of ``heads``, the head of another listed name
    ("University" for another university): within a few words, no "and" before it, and no word that would carry
    the name before on (None without one)."""
    if tokens[at] in _UNIVERSITY_GOES_ON:
        return None
    following = tokens[at : at + _NAME_BEFORE_HEAD + 1]
    head = next((k for k, word in enumerate(following) if word in heads), None)
    return None if head is None or "and" in following[:head] else head


def _split_at_in(tokens: list[str]) -> list[list[str]]:
    """``tokens`` parted at each "in" that ends one name and opens another ("X Union in the University of Y").
    One pass with the heads counted ahead and the next "and" found once: a run of thousands of "in"s costs
    its length, not its length squared (nor a call per "in")."""
    if "in" not in tokens:
        return [tokens]
    count = len(tokens)
    heads_before = [0] * (count + 1)  # heads among tokens[:k]
    for k, token in enumerate(tokens):
        heads_before[k + 1] = heads_before[k] + (token in HEADS)
    next_and = [count] * (count + 1)  # the first "and" at or after k
    for k in range(count - 1, -1, -1):
        next_and[k] = k if tokens[k] == "and" else next_and[k + 1]
    parts: list[list[str]] = []
    start, i = 0, 1
    while i < count - 1:
        if tokens[i] == "in":
            same_name_heads = heads_before[next_and[i + 1]] - heads_before[i + 1]
            heads_here = heads_before[i] - heads_before[start]
            if not (tokens[i - 1] in _GATHERED or not heads_here and same_name_heads):
                parts.append(tokens[start:i])
                start = i + 2 if tokens[i + 1] == "the" else i + 1
                if tokens[start + 1 : start + 2] == ["and"]:
                    start += 2  # "in Palestine and Palestinian Youth Movement": the place is no body
                i = start + 1
                continue
        i += 1
    return [*parts, tokens[start:]]


def _without_opening(words: list[str], also: Callable[[str], bool]) -> list[str]:
    """``words`` less those opening them that open a sentence rather than a name (and those ``also`` refuses)."""
    while words and (is_sentence_noise(words[0]) or also(words[0])):
        words = words[1:]
    return words


# One to three capitalised words right before an acronym's trust: the trust's own name ("Barts Health NHS
# Trust", "Newcastle Hospitals NHS Foundation Trust").
_TRUST_OWNER = re.compile(r"(?<![\w'’&.-])(?:[A-Z][\w'’-]*[ \t]+){1,3}$")


def with_trust_owner(text: str, name: str, start: int) -> tuple[str, int]:
    """(name, start) of an acronym's trust, taking back the words that name whose it is."""
    owner = _TRUST_OWNER.search(text, max(0, start - 60), start)
    if owner is None:
        return name, start
    words = _without_opening(owner.group().split(), GIVEN_NAMES.__contains__)  # "At Barts ...", "Monday ..."
    if not words:
        return name, start
    owner_start = owner.start() + owner.group().index(words[0])
    owner_start = _with_joined_owner(text, owner_start, words)
    return " ".join(text[owner_start:start].split() + [name]), owner_start


# One capitalised word and "and" right before a trust's owner, and the word or mark before it (``_joined_alone``).
_JOINED_OWNER = re.compile(r"(?:(?P<before>[\w'’-]+|[^\w\s])[ \t]+)?(?<![\w'’&.,-])(?P<word>[A-Z][\w'’-]*)[ \t]+"
                           r"(?:and|&)[ \t]+$")
# Words before the joined word that make it a list's item or where the sentence was ("between", "in Kea and ..."),
# or a party the sentence names beside the trust ("met Lind and Arlen NHS Trust managers", "talks with ...").
_NOT_BEFORE_JOINED = frozenset("between in from met with and by".split())


def _with_joined_owner(text: str, owner_start: int, words: list[str]) -> int:
    """Where a trust's owner begins when two places own it ("Kea and Arlen NHS Foundation Trust", as merged trusts
    are named): the word before "and" goes with the owner unless it or the owner is a body of its own ("Arlen
    Hospital and Kea NHS Trust", "Unison and Kea NHS Trust", "RCN and ...") or it opens the sentence, ends another
    name or is a list's item or where the sentence was (``_joined_alone``)."""
    joined = _JOINED_OWNER.search(text, max(0, owner_start - 60), owner_start)
    if joined is None or len(words) > 2 or not HEADS.isdisjoint(words) or joined["word"] in HEADS or \
            is_sentence_noise(joined["word"]) or joined["word"] in GIVEN_NAMES or joined["word"].isupper() or \
            joined["word"] in KNOWN_MOVEMENT_BODIES or not _joined_alone(joined["before"]):
        return owner_start
    return joined.start("word")


def _joined_alone(before: str | None) -> bool:
    """Whether the word or mark before the joined word leaves it a place of its own: not a list's comma, "between"
    or a place cue ("in Kea and ..."), a verb or a word naming another party ("met Lind and ...", "with"), nor a
    capital ("Ama Lind and ...", "Westbrook Voice and ...": the joined word ends another name), unless a possessive
    ("Harbourton's Kea and ...") or a sentence's opening word."""
    if before is None:
        return True
    if before in (",", ";") or before.lower() in _NOT_BEFORE_JOINED:
        return False
    return not before[:1].isupper() or before.endswith(("'s", "’s")) or opens_sentence(before)


# A body's organ whose name goes on after "of" ("Board of Regents", "Council of Trustees").
ORGANS = frozenset("Board Council Committee Senate".split())
# Words describing an organ, not naming it: "the INMO Executive Council" is the INMO's own council,
# so the body is the INMO (a labeller lists such an organ in passing, never as a body of its own).
ORGAN_DESCRIBERS = frozenset("Executive National General Central Governing Standing Steering Management".split())
# A body's own organ named with a word saying which ("the Executive Board of the Harbourton Federation of Teachers",
# "the National Executive Committee of the X"): the body is what a reader counts; a bare organ of the body
# ("the Council of the European Union") may be a body of its own.
_ORGAN_OF_THE = re.compile(rf"(?:(?:{'|'.join(sorted(ORGAN_DESCRIBERS))})[ \t]+)+(?:{'|'.join(sorted(ORGANS))})"
                           r"[ \t]+of[ \t]+the[ \t]+(?=[A-Z])")


def body_of_its_organ(name: str, start: int) -> tuple[str, int]:
    """(name, start) of the body whose described organ ``name`` is, or ``name`` itself."""
    organ = _ORGAN_OF_THE.match(name)
    if organ is None or not HEADS.intersection(name[organ.end():].split()):
        return name, start
    return name[organ.end():], start + organ.end()
