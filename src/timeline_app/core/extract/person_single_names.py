"""People known by one name: "Sanatan, vice-president of the union, said".

Many South Asian pages (and reporters quoting students who give only a first
name) name a speaker by a single word. One capitalised word is no name on its
own, but opening a sentence, set off by commas around a description whose
head is an office or a person's noun ("a student of ...", "vice-president of
..."), and followed by a speech verb, it can only be the speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .given_names import GIVEN_NAMES
from .line_bounds import line_around
from .page_words import lower_case_words, word_run_counts

# Only a comma and a speech verb can close such a description: the verbs are
# found first (few in a text), then the sentence before them is read.
_COMMA_SPEECH = re.compile(r",[ \t]+(?:said|says|told|added)\b")
# From a sentence's opening: one capitalised word, its comma, a description
# without another comma, up to the speech verb's comma.
_OPENERS = ("a", "an", "the", "another", "also")
# (The name opens with a capital: the look-ahead turns down other positions before the look-behinds.)
_SPEAKER = re.compile(r"(?=[A-Z])(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"’][ \t])|(?<=\n))(?P<name>[A-Z][a-z]{2,})"
                      r",[ \t]+(?:(?:" + "|".join(_OPENERS) + r")[ \t]+)?(?P<description>[^,.;:!?()\n“”\"]{3,100})$")
_LOOKBACK = 130
# The description's head (its own noun: "vice-president of ...", "a languages
# student who ...") is among its first words, before any of these; a clause
# about someone else ("whose chief executive met ...", "the admissions service
# whose chair resigned") holds an office word that is not the speaker's.
_HEAD_WORDS = 3
_HEAD_ENDS = frozenset("of at in from for with on to by who whose which that and since".split())
_RELATIVE_OPENINGS = frozenset("whose which that".split())


def single_name_speakers(text: str, known: Collection[str], is_role_word: Callable[[str], bool],
                         refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(name, offset) of each one-word speaker; a word of a known person's
    name ("Webb, also an activist, said" after "Kim Webb") or a word no name
    holds (``refused``) is left out."""
    found: list[tuple[str, int]] = []
    if ", s" not in text and ", t" not in text and ", a" not in text:
        return found
    known_words = _words_of(known)
    for verb in _COMMA_SPEECH.finditer(text):
        start = max(0, verb.start() - _LOOKBACK)
        match = _SPEAKER.search(text, start, verb.start())
        if match is None:
            continue
        name = match["name"]
        if name in known_words or refused(name):
            continue
        if _head_is_role(match["description"].split(), is_role_word):
            found.append((name, match.start("name")))
    return found


def _head_is_role(words: list[str], is_role_word: Callable[[str], bool]) -> bool:
    """Whether a description's head is an office or a person's noun: the
    last of its first words before a preposition or a relative word
    ("vice-president of AISA", "a final-year student who ..."); "who is a
    student" is read from "student". A description opening with "whose",
    "which" or "that" tells of someone else or of a thing."""
    if words and words[0].lower() == "who" and len(words) > 2 and words[1] in ("is", "was"):
        words = words[2:]
    while words and words[0].lower() in _OPENERS:  # "also a ..."
        words = words[1:]
    if not words or words[0].lower() in _RELATIVE_OPENINGS or words[0].endswith("ing") and words[0] != "acting":
        return False  # "Jo, addressing journalists in ...": what the speaker does, no noun of theirs
    head = next((at for at, word in enumerate(words) if word.lower() in _HEAD_ENDS), len(words))
    return 0 < head <= _HEAD_WORDS and is_role_word(words[head - 1])


# A premier, a minister, a mayor, a governor or a judge named by office and surname alone ("Premier Harris", "Mayor
# Durkan", "Commodore Bainimarama", "Justice Cummings-Edwards"), or a doctor or a professor by title and surname
# ("Dr. Arlen", "Prof Lind's term"): the surname is the person's name. Not a word that goes on into a longer name
# ("Justice Department"; "Mayor Bill de Blasio" is read whole). ("President" and "Chancellor" are left out: on
# the pages measured they cost as many names as they gave; so did "Mr", "Ms" and "Lord".)
_OFFICES = ("Premier", "Minister", "Superintendent", "Mayor", "Governor", "Senator", "Commodore", "Justice", "Judge")
_ACADEMIC_TITLES = ("Dr", "Prof")
_NAMING_WORDS = _OFFICES + _ACADEMIC_TITLES  # what may stand before a surname alone
_OFFICE_SURNAME = re.compile(r"\b(?P<title>" + "|".join(_OFFICES) + "|(?:" + "|".join(_ACADEMIC_TITLES) + r")\.?)"
                             r"[ \t]+(?P<name>[A-Z][a-z][\w'’-]+?)(?:['’]s?)?(?![\w'’-])(?![ \t]+[A-Z])")
# What an office's name goes on with, no surname ("a Minister Responsible for Housing", "the Minister Counsellor").
_OFFICE_GOES_ON = frozenset("Responsible Counsellor Counselor Plenipotentiary Designate Delegate Mentor".split())
# Any capitalised word before a surname but an office's: its person's fuller name ("Recep Tayyip Erdoğan"); "PM"
# is the prime minister's office too ("to PM Arlen").
_OFFICE_WORDS = frozenset(word for office in _NAMING_WORDS for word in office.split()) | {"PM"}
# Two words glued where a blank was lost ("Dr. TaneraHolmin a note"): no surname of its own ("FitzArlen" is one)
_GLUED = re.compile(r"[a-z]{3}(?<!^Fitz)[A-Z]")
# A line's end right after a word (no punctuation: "Dear Dr. Arlen:" is a letter's greeting, not a headline)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_HEADLINE_CHARS = 160
# Verbs a headline ends on or writes in title case after an office ("Health Minister Resigns", "Mayor Says ...")
_HEADLINE_VERBS = frozenset("Resigns Quits Says Said Dies Warns Vows Urges Slams Speaks Responds Denies Apologises "
                            "Apologizes Steps Returns Hits Backs".split())
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_STREET_REACH = 60
# Each capitalised word and the capitalised word after it (a look-ahead: every pair in a run of three).
_PAIR = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+(?=([A-Z][\w'’-]*)(?![\w'’-]))")


def surnames_after_office(text: str, known: Collection[str], refused: Callable[[str], bool]) -> list[tuple[str, int]]:
    """(surname, offset) of each person named by an office and a surname alone; not a word of a known
    person's name (read with it), nor a given name ("Mayor Bill" opens a name cut off), nor a word no
    name holds, nor one the page writes after another of its person's names (``_named_in_full``)."""
    if not any(office in text for office in _NAMING_WORDS):
        return []
    known_words = _words_of(known)
    found = [(match["name"], match.start("name")) for match in _OFFICE_SURNAME.finditer(text)
             if match["name"] not in known_words and match["name"] not in GIVEN_NAMES and not refused(match["name"])
             and not _GLUED.search(match["name"]) and not _no_surname(text, match, refused)]
    if not found:
        return found
    in_full = _named_in_full(text)
    return [(name, start) for name, start in found if name not in in_full]


def _no_surname(text: str, match: re.Match[str], refused: Callable[[str], bool]) -> bool:
    """Whether the capitalised word after a title or an office is no surname: what the office's name goes on with
    ("Minister Responsible"), a verb ending a headline ("Health Minister Resigns"; not "Porters Meet Mayor Arlen"),
    a word written once before a lower-case word that the page also writes in lower case ("Said" beside "said"; an
    -s word not so, "Mayor Banks" beside "banks"), a headline verb, or on a headline's line an -s verb whose stem the
    page writes as a word ("Minister Quits over pay", "quit"), the word after a street's "Dr." ("at Kea Dr. Bring")."""
    name = match["name"]
    if name in _OFFICE_GOES_ON:
        return True
    if _ends_a_headline(text, match.start(), match.end()):
        if name in _HEADLINE_VERBS or _stem_written(text, name):
            return True
    elif name.isalpha() and _LOWER_NEXT.match(text, match.end()) and word_run_counts(text)[name] == 1:
        if name in _HEADLINE_VERBS or _stem_of(name) == name and name.lower() in lower_case_words(text) or \
                _on_a_headline_line(text, match.start()) and _stem_written(text, name):
            return True
    return match["title"].startswith("Dr") and _after_a_street_name(text, match.start(), refused)


def _ends_a_headline(text: str, start: int, end: int) -> bool:
    """Whether ``end`` closes a short line of three words or more, each capitalised but little ones ("to")."""
    if not _LINE_END.match(text, end):
        return False
    line_start = text.rfind("\n", max(0, start - _HEADLINE_CHARS), start) + 1
    if not line_start and start > _HEADLINE_CHARS:
        return False
    words = [word for word in text[line_start:end].split() if word[:1].isalpha()]
    return len(words) >= 3 and all(word[0].isupper() or len(word) <= 3 for word in words)


def _on_a_headline_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is short and ends no sentence, as a headline's ("Minister Quits over pay")."""
    start, end = line_around(text, at)
    return end - start <= _HEADLINE_CHARS and not _SENTENCE_END.search(text, start, end)


def _stem_of(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _stem_written(text: str, word: str) -> bool:
    """Whether ``word`` ends in -s and ``text`` writes its stem in lower case as a whole word ("quit" for "Quits";
    not "land" for "Lands" beside "landed")."""
    stem = _stem_of(word)
    return stem != word and stem.lower() in lower_case_words(text)


def _after_a_street_name(text: str, start: int, refused: Callable[[str], bool]) -> bool:
    """Whether the title at ``start`` follows a capitalised word after a house number or inside a sentence, no
    office or title: a street's "Dr." ("40 Kea Dr.", "end at Harbourton Dr."; not "Dear Dr.", "Minister Dr.")."""
    before = text[max(0, start - _STREET_REACH):start].split()[-2:]
    if len(before) < 2 or not before[-1].isalpha() or not before[-1][0].isupper():
        return False
    street, prior = before[-1], before[-2]
    mid_sentence = prior.isalpha() and prior.islower()
    return street not in _OFFICE_WORDS and not refused(street) and (prior.isdigit() or mid_sentence)


def _named_in_full(text: str) -> set[str]:
    """The words ``text`` writes after another name of their person somewhere, not after an office: a full
    name, read by the name rules or left to them, not a surname alone."""
    return {match[2] for match in _PAIR.finditer(text) if match[1] not in _OFFICE_WORDS}


def _words_of(names: Collection[str]) -> set[str]:
    """Every word of the names known on the page ("Webb" of "Kim Webb"), a nickname's without its quotes
    or brackets ("Kiki" of 'Kea "Kiki" Arlen')."""
    return {word.strip("\"“”()") for name in names for word in name.split()}
