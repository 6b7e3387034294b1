"""How an undefined capitalised word is used, when that use says it names no body.

A bare acronym becomes an organisation unless something says otherwise.
Real pages say otherwise in a few recurring ways: a shouted opening word
("HUNDREDS of students", ``organisation_lines.is_lead_in``), a shouted
ordinary word ("STUDENTS! Join us"), an acronym the text spells out in
lower case ("voluntary student unionism (VSU)": a policy or an idea), and
an acronym only ever met as a place ("stayed the night in the ACCR"), and
an acronym the text defines as a scheme, a law or a report
("Higher Education Contribution Scheme (HECS)", ``acronym_links``) or as a
post held by one of many ("your Tenancy Liaison Officer (TLO)",
``defined_posts``), and a thing pointed at with "this" ("this KRB is
unfair"). An
opening word in capitals followed by a role, by "and" and another
acronym ("CLASSE president ...", "The AISA and SFI organised") or by "and"
and another body's members ("SIPTU and Unite members") is a body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .acronym_links import defined_as_thing
from .acronym_memo import per_document
from .capital_index import bracket_starts, uses_in_lower_case, word_starts
from .defined_posts import names_a_post
from .organisation_lines import is_lead_in
from .organisation_names import GROUP_NOUNS, initials_match

# "CLASSE president Gabriel ...", "The AISA and SFI organised", "The SIPTU trade union is": what follows
# an opening word in capitals can show it is a body's acronym after all.
_BODY_AFTER = re.compile(
    r"[ \t]+(?:(?:president|vice-president|spokes(?:person|man|woman)|leaders?|members?|activists?|officials?|"
    r"chair(?:person)?|secretary|general secretary|national executive|trade[ \t]+union)\b|"
    r"(?:and|&)[ \t]+[A-Z]{2,}(?![\w'’])|"
    # "SIPTU and Unite members voted": two bodies whose members act
    r"(?:and|&)[ \t]+[A-Z][\w'’-]*[ \t]+(?:members|officials|representatives|shop[ \t]+stewards)\b)"
)
_BODY_VERB_AFTER = re.compile(r"[ \t]+(?:has|have|had|said|says|will|announced|called|is|was|wants|demands)\b")
_EMPHASIS_MIN = 5  # "UNITE", "NUS": shorter capitals are too often real acronyms
_LOWER_WORDS_BEFORE = re.compile(r"((?:[a-z][a-z'’-]*[ \t]+){1,5}[a-z][a-z'’-]*)[\"”’]?[ \t]*\($")
_THE_BEFORE = re.compile(r"(?:^|[^\w])(?P<word>[a-z]+)?[ \t]*\bthe[ \t]+$")
_INSIDE_WORDS = frozenset({"in", "into", "inside", "enter", "entered", "occupied", "occupy"})


def is_no_body(text: str, start: int, end: int, line_starts: set[int]) -> bool:
    """Whether the capitalised word at ``text[start:end]`` is used as no
    organisation's acronym (see the module docstring)."""
    return is_lead_in(text, start, end, line_starts) and not _BODY_AFTER.match(text, end) and \
        not _acts_as_body(text, start, end) or \
        is_shouted_word(text, start, end) or \
        spelled_out_in_lower_case(text, text[start:end]) or only_a_place(text, text[start:end]) or \
        defined_as_thing(text, text[start:end]) or defined_as_post(text, text[start:end]) or \
        _CAUSE_BEFORE.search(text, max(0, start - 30), start) is not None or _a_thing_called_this(text, start, end)


# "Faculty for COLA", "STEM for COLA": what a group's name says it stands for is a cause, not a body; only
# a group noun or a field's acronym makes the name ("Calls for NTEU members", "Support for NTEU" name the union).
_CAUSE_BEFORE = re.compile(rf"(?<![\w'’&-])(?:{GROUP_NOUNS}|[A-Z]{{2,5}})[ \t]+(?:for|4|Against)[ \t]+$")


# "this KRB is unfair", "to stop this KRB.": a thing pointed at with "this", standing alone before a verb of being or a
# stop; a body's acronym after "this" goes on to what it owns ("this UCU branch", "this NUS campaign")
_THIS_BEFORE = re.compile(r"(?<![\w'’-])[Tt]his[ \t]+$")
_ALONE_AFTER = re.compile(r"[ \t]+(?:is|was|has|had|will|would|must|should|means)\b|[ \t]*[.,;:!?)”\"]")


def _a_thing_called_this(text: str, start: int, end: int) -> bool:
    """"this KRB is unfair": see ``_THIS_BEFORE``."""
    return _THIS_BEFORE.search(text, max(0, start - 6), start) is not None and _ALONE_AFTER.match(text, end) is not None


def _acts_as_body(text: str, start: int, end: int) -> bool:
    """"CHED has also been approving ...": a short opening word in capitals
    that is no English word the text uses, followed by a body's verb."""
    return end - start <= 4 and _BODY_VERB_AFTER.match(text, end) is not None and \
        not used_in_lower_case(text, text[start:end].lower())


def is_shouted_word(text: str, start: int, end: int) -> bool:
    """"STUDENTS! Join us": a word of five capitals or more whose lower-case
    form the same text uses as an ordinary word is emphasis, not a body."""
    if end - start < _EMPHASIS_MIN:
        return False
    return used_in_lower_case(text, text[start:end].lower())


# A document's bare acronyms repeat; each question is asked once per document.
@per_document
def used_in_lower_case(text: str, word: str) -> bool:
    """Whether the text uses ``word`` (lower case) as an ordinary word; a
    web address's part ("www.3903.cupe.ca", "cupe.ca/news") is none."""
    return uses_in_lower_case(text, word)


@per_document
def spelled_out_in_lower_case(text: str, acronym: str) -> bool:
    """"voluntary student unionism (VSU)": lower-case words whose initials
    spell the acronym name an idea, a policy or a test, not a body."""
    return next(_spellings_before(text, acronym, _LOWER_WORDS_BEFORE), None) is not None


_CAPITALISED_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+){1,6})\($")
_WORD = re.compile(r"\S+")


@per_document
def defined_as_post(text: str, acronym: str) -> bool:
    """"your Tenancy Liaison Officer (TLO)": the text defines the acronym as a post held by one of many
    (``defined_posts``), so that it names no body where it stands alone either."""
    spellings = _spellings_before(text, acronym, _CAPITALISED_WORDS_BEFORE)
    return any(names_a_post(text, words, at) for words, at in spellings)


def _spellings_before(text: str, acronym: str, words_before: re.Pattern[str]) -> Iterator[tuple[list[str], int]]:
    """The words (and their offset) that ``words_before`` finds right before a bracket holding ``acronym`` and
    whose initials spell it, the longest such tail before each bracket."""
    for bracket in bracket_starts(text, acronym):
        before = words_before.search(text, max(0, bracket - 80), bracket + 1)
        if before is None:
            continue
        found = list(_WORD.finditer(text, before.start(1), before.end(1)))  # each word where it stands
        words = [word.group() for word in found]
        for first in range(len(words)):
            if initials_match(acronym, words[first:]):
                yield words[first:], found[first].start()
                break


@per_document
def only_a_place(text: str, acronym: str) -> bool:
    """"in the ACCR", "enter the ACCR": an acronym that always follows "the"
    and at least once a word of going in is a room or a building."""
    inside = False
    for at in word_starts(text, acronym):
        the = _THE_BEFORE.search(text, max(0, at - 20), at)
        if the is None:
            return False
        inside = inside or the["word"] in _INSIDE_WORDS
    return inside
