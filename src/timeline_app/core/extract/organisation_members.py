"""One-word groups named by their members: "a Resistance activist",
"Momentum member Ana Ruiz".

Small left groups are often one ordinary capitalised word with no head word
("Resistance", "Momentum", "Solidarity"), met only where a member is
described. A capitalised word right before "activist", "member" or
"campaigner" is such a group when the grammar rules out a description:
after "a"/"an" mid-sentence (a description would be written in lower
case), or opening a sentence before a member's given name. Words that
describe rather than name stay out: nationalities and creeds by their
endings ("Kenyan", "Jewish", "Islamic", "Socialist", "Liberal"), colours,
head and generic words, and a short list of collective nouns ("Cabinet
member", "Faculty member").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .given_names import GIVEN_NAMES
from .organisation_names import HEADS, NOT_ORGANISATIONS, is_generic_word, is_sentence_noise, opens_sentence
from .prefilter import literal_starts


class MemberGroup(NamedTuple):
    name: str
    start: int
    end: int


_MEMBER_WORDS = ("activist", "member", "campaigner", "supporter")
_WORD_BEFORE = re.compile(r"(?P<article>\b(?:a|an)[ \t]+)?(?P<word>[A-Z][a-z]+)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['’\"”]?[ \t]+|\n[ \t]*)$")
_GIVEN_NAME_AFTER = re.compile(r"s?[ \t]+(?P<given>[A-Z][a-z]+)[ \t]+[A-Z]")
_DESCRIBING_ENDINGS = ("an", "ese", "ish", "ic", "ist", "al", "ive", "ed", "ing", "i", "ly",
                       "sh", "ch")  # "Welsh", "French", "Dutch": a people
_NOT_GROUPS = frozenset(
    """Black White Green Red Brown Hindu Sikh Muslim Jew Catholic Cabinet Faculty Team Crew Family Community Cast
    Band Gang Jury Panel Board Staff Student Students Youth Party Trade Union Climate Peace Human Civil Animal
    Housing Queer Trans Gay Lesbian Grassroots Veteran Senior Junior Longtime Fellow Founding Former Campus
    Local Life Core Key Prominent Leading Young Women Men Church Club Council Parliament Congress Senate
    Farmer Farmers Worker Workers Teacher Teachers Nurse Nurses Doctor Doctors Tenant Tenants Resident Residents
    Parent Parents Miner Miners Driver Drivers""".split()  # ("Farmer leader Ram ...": a people's leader)
)


def member_groups(text: str) -> list[MemberGroup]:
    """Groups named by a member (see the module docstring), in text order."""
    found = []
    for at in literal_starts(text, _MEMBER_WORDS):
        if text[at - 1 : at] not in (" ", "\t") or not text[max(0, at - 20) : at].rstrip().rpartition(" ")[2][:1].isupper():
            continue  # most members follow a lower-case word: no group named
        before = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if before is None or not names_a_group(before["word"]):
            continue
        word_end = at + next(len(w) for w in _MEMBER_WORDS if text.startswith(w, at))
        # "a Resistance activist": a capital after the article is a name
        if not before["article"] and not (_SENTENCE_START.search(text, max(0, before.start() - 4), before.start()) and
                  (given := _GIVEN_NAME_AFTER.match(text, word_end)) and given["given"] in GIVEN_NAMES):
            continue
        found.append(MemberGroup(before["word"], before.start("word"), before.end("word")))
    return found


def names_a_group(word: str, endings: bool = True) -> bool:
    """Whether one capitalised word before a member's word may name a group (not "Kenyan", "Faculty");
    without ``endings`` a word ending like a nationality may (the caller has other evidence)."""
    return not (word in _NOT_GROUPS or word in HEADS or is_generic_word(word) or is_sentence_noise(word)
                or opens_sentence(word) or word in GIVEN_NAMES or word.upper() in NOT_ORGANISATIONS
                or endings and word.endswith(_DESCRIBING_ENDINGS))
