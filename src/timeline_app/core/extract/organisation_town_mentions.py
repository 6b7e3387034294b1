"""Universities a page names by their town or short name alone.

Student pages write "students at Sussex" (and "instructors at Westbrook",
"Staff at Arlen" for a university's staff), "80 Oxford students",
"Edinburgh, Glasgow and Strathclyde students" or "the Glasgow occupation":
on a page that names a university or college, a bare capitalised name in
such a frame is the institution there, not the town. The frames are tight
(a number or a list before "students", "students at" with nothing
capitalised after the name) so that a town met in passing stays a place;
nationalities ("Nigerian students", "the British occupation") never count.
A list of two towns or more where students occupy is one too ("Students in
Harbourton, Lakeland and Arlen set up tents", "student occupations in ...",
"occupied university buildings in ..."), when no item is a country, a state
or a field of study (``_students_in_towns``).
Lines under a heading that says they are universities ("a list of
universities on rent strike:") are universities too, however they are
written ("Goldsmiths (@handle)", "KCL").
When the page also names the institution in full ("Trinity College Dublin
Students' Union" beside "250 Trinity students"), the short name is that
institution's (``host_of``). A students' union's name also names its
university: once the page uses that university's short name alone
("Trinity's response", "in UCD next year"), the university is a body of
its own (``hosts_named_alone``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .line_bounds import line_start_within
from .organisation_listed_campuses import listed_as_examples, listed_beside_acronyms
from .organisation_names import HEADS, NUMBER_WORDS, is_generic_word, is_sentence_noise
from .organisation_runs import CAPITALISED_WORD_BEFORE
from .person_cues import ACADEMIC_FIELDS
from .places import names_a_region
from .prefilter import literal_starts, matches_starting_at

_ITEM = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
_LIST = rf"(?<![\w'’&-])(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})*(?:,?[ \t]+(?:and|&)[ \t]+{_ITEM})?)"
_WHOLE = r"(?![ \t]+[A-Z]|[\w'’-])"  # nothing capitalised (a longer name) or possessive after the name
# "students at Sussex", "Students at Cambridge, Edinburgh and Brighton"
_STUDENTS_AT = re.compile(rf"tudents[ \t]+at[ \t]+(?:the[ \t]+)?{_LIST}{_WHOLE}")
# "instructors at Westbrook", "Staff at Arlen": a university's staff, named the way its students are
_STAFF_ENDINGS = ("s at ", "ff at ", "ty at ")  # the words' last letters: three searches, not twelve
_STAFF_INITIALS = frozenset("SsWwLlAaIiEeFfPpTtRr")
_STAFF_AT = re.compile(rf"(?<![\w'’-])(?:[Ss]taff|[Ww]orkers|[Ll]ecturers|[Aa]cademics|[Ii]nstructors|[Ee]mployees|"
                       rf"[Ff]aculty|[Pp]rofessors|[Aa]ssistants|TAs|[Rr]esearchers|[Tt]utors)[ \t]+at[ \t]+"
                       rf"(?:the[ \t]+)?{_LIST}{_WHOLE}")
# "100 Bradford students", "Edinburgh, Glasgow and Strathclyde students" opening a sentence
_BEFORE_STUDENTS = re.compile(rf"{_LIST}[ \t]+students")
_COUNT_BEFORE = re.compile(r"\d[ \t]+$")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n)$")
# "Students in Arlen, Lakeland and Westbrook pitched tents", "occupations in Bath, Exeter and Reading",
# "occupied university buildings in Bath, Exeter and Reading": a list of towns (never one, often a place) where
# students occupy; a list that goes on with another name is not this one
_NO_MORE_ITEMS = r"(?!,[ \t]*[A-Z]|[ \t]+(?:and|&)[ \t]+[A-Z])"
_STUDENTS_IN = re.compile(rf"[Ss]tudents[ \t]+(?P<prep>in|from)[ \t]+{_LIST}{_WHOLE}{_NO_MORE_ITEMS}[ \t]+"
                          r"(?:(?:have|had|are|were|also)[ \t]+)?(?P<verb>set[ \t]+up|occup(?:ied|y|ying)|staged|"
                          r"held|launched|blockaded|walked[ \t]+out|camped|pitched|began|started|took[ \t]+over)\b")
# What students "from" towns do that says they occupy there ("Students from Leeds and York joined the march in
# London" or "staged a protest" came as visitors)
_OCCUPYING_VERBS = ("set", "occup", "blockaded", "camped", "pitched", "took")
_OCCUPIED_IN = re.compile(rf"(?:[Oo]ccupations?|occupied[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
                          r"(?:buildings?|librar(?:y|ies)|halls?|offices|campus(?:es)?|lecture[ \t]+theatres?|rooms?))"
                          rf"[ \t]+in[ \t]+{_LIST}{_WHOLE}{_NO_MORE_ITEMS}")
# Students of schools, not universities ("School students in ...", "Sixth-form students from ...")
_SCHOOL_STUDENTS_BEFORE = re.compile(r"(?:[Ss]chool|[Ss]ixth[ \t-][Ff]orm|[Ss]econdary|[Pp]rimary|[Hh]igh|"
                                     r"[Ii]nternational)[ \t]+$")
# A student or a university in the sentence of "occupations in ..." (read at most _SENTENCE_REACH characters
# either side): not "Factory occupations in ..."
_STUDENTS_AROUND = re.compile(r"[Ss]tudent|niversit|[Cc]ampus")
_SENTENCE_REACH = 200
_STUDENTS_IN_ANCHORS = ("tudents in ", "tudents from ")
_OCCUPIED_IN_ANCHORS = ("ccupation", "ccupied ")
# Words a list of towns never holds: seasons, school years, fields of study ("Students in Medicine, Law and
# Engineering occupied ...")
_NO_TOWNS = frozenset("""Spring Summer Autumn Fall Winter Year Years Form Grade Block Medicine Law Nursing Arts English
    Business Education Music Dentistry Pharmacy Architecture Drama Dance Maths Classics Theology Film Design Media
    Halls Flats One Eleven Twelve""".split()) | ACADEMIC_FIELDS | NUMBER_WORDS
# At most this many universities are read from such lists on one page (a page is not a directory of them).
_MOST_TOWN_LISTS = 20
# "the Glasgow occupation", "The Sheffield Hallam occupation"
_THE_OCCUPATION = re.compile(rf"\b[Tt]he[ \t]+{_LIST}[ \t]+occupation")
# A line list's heading ends in a colon after one of these; each line then opens with a name.
_LIST_NOUNS = ("universities", "colleges", "campuses")
_LINE_ITEM = re.compile(r"(?P<item>[A-Z]{2,6}|[A-Z][\w'’-]+(?:[ \t]+(?:of|the|[A-Z][\w'’-]+)){0,4})"
                        r"(?:[ \t]+[(–—-][^\n]*)?[ \t]*(?=\n|$)")
_SPLIT = re.compile(r",[ \t]+|,?[ \t]+(?:and|&)[ \t]+")
# Nationality and region adjectives: "Nigerian", "British", "Chinese", "Israeli"
DEMONYM = re.compile(r"(?:an|ish|ese|i)$")
#: Head words of a body that teaches: a name holding one is an institution (a university
#: before "campus" owns it, see ``organisations``).
INSTITUTION_HEADS = frozenset(("University", "College", "Institute", "Polytechnic"))
_UNION_WORDS = frozenset(("Students", "Student", "Students'", "Students’", "SU", "Union", "Guild"))


def short_institutions(text: str, names: list[str]) -> list[tuple[str, str, int, int]]:
    """(name to store, short name, start, end) for every university named
    by town or short name; ``names`` are the bodies found so far."""
    towns = [(host_of(short, names) or institution_name(short), short, start, end)
             for short, start, end in town_institutions(text)]
    return towns + hosts_named_alone(text, names)


def town_institutions(text: str) -> list[tuple[str, int, int]]:
    """(short name, start, end) for each institution named by its town alone."""
    if "niversit" not in text and "College" not in text:
        return []  # only a page about universities or colleges names them by town
    found: dict[int, tuple[str, int, int]] = {}
    for at in literal_starts(text, ("tudents at",)):
        match = _STUDENTS_AT.match(text, at)
        if match and text[at - 1 : at] in ("s", "S"):
            _add_items(found, match)
    for at in literal_starts(text, _STAFF_ENDINGS):
        word_start = at
        while word_start and text[word_start - 1].isalpha() and at - word_start < 12:
            word_start -= 1  # back to the word's first letter ("Staff", "Instructors")
        match = _STAFF_AT.match(text, word_start) if text[word_start : word_start + 1] in _STAFF_INITIALS else None
        if match and HEADS.isdisjoint(match["items"].split()):  # a list naming bodies in full is read as such
            _add_items(found, match)
    for match in _lists_before(text, " students", _BEFORE_STUDENTS):
        counted = _COUNT_BEFORE.search(text, max(0, match.start() - 12), match.start())
        listed = _SPLIT.search(match["items"]) and _SENTENCE_BEFORE.search(text, max(0, match.start() - 3), match.start())
        if counted or listed:
            _add_items(found, match)
    for match in _students_in_towns(text):
        _add_items(found, match)
    for match in _lists_before(text, " occupation", _THE_OCCUPATION):
        _add_items(found, match)
    for item, start in _listed_lines(text):
        found.setdefault(start, (item, start, start + len(item)))
    for item, start, end in listed_beside_acronyms(text):  # "at SOAS, UWE, Plymouth and Royal Holloway"
        if _short_name(item.split(), len(item.split()) == 1 or item.startswith(_COMPASS)):  # "Manchester Metropolitan"
            found.setdefault(start, (item, start, end))
    for item, start, end in listed_as_examples(text):  # "universities ..., including Westbrook and Arlen"
        if not item.isupper() and _short_name(item.split(), demonym_refused=False):
            found.setdefault(start, (item, start, end))
    return [found[k] for k in sorted(found)]


def _students_in_towns(text: str) -> list[re.Match[str]]:
    """"Students in Arlen, Lakeland and Westbrook pitched tents", "occupations in
    Bath, Exeter and Reading": on a page about universities (not "College
    Place", a town), a list of two or more towns where students occupy, none
    of them a country, a state, a season or a field of study ("Students from
    Leeds, York and Hull visited the university" came as visitors; "Troops
    occupied villages in ..." is no campus)."""
    if "niversit" not in text:
        return []
    found = []
    for pattern, anchors in ((_STUDENTS_IN, _STUDENTS_IN_ANCHORS), (_OCCUPIED_IN, _OCCUPIED_IN_ANCHORS)):
        starts = (at - 1 for at in literal_starts(text, anchors))  # from the word's first letter
        for match in matches_starting_at(pattern, text, starts):
            items = _SPLIT.split(match["items"])
            if len(items) >= 2 and not any(names_a_region(item) or not _NO_TOWNS.isdisjoint(item.split())
                                           for item in items) and _where_students_occupy(text, match):
                found.append(match)
    return sorted(found, key=lambda match: match.start())[:_MOST_TOWN_LISTS]


def _where_students_occupy(text: str, match: re.Match[str]) -> bool:
    """Whether the list ``match`` read is where university students occupy: "students in" a list before an
    action, "students from" one only before occupying ("Students from Leeds and York joined the march" came as
    visitors), never school students; "occupations in" a list only in a sentence about students or a campus."""
    if match.re is _OCCUPIED_IN:
        lo, hi = max(0, match.start() - _SENTENCE_REACH), min(len(text), match.end() + _SENTENCE_REACH)
        lo = max(text.rfind(". ", lo, match.start()) + 1, text.rfind("\n", lo, match.start()) + 1, lo)
        ends = [end for end in (text.find(". ", match.end(), hi), text.find("\n", match.end(), hi)) if end != -1]
        return _STUDENTS_AROUND.search(text, lo, min(ends, default=hi)) is not None
    if _SCHOOL_STUDENTS_BEFORE.search(text, max(0, match.start() - 15), match.start()):
        return False
    return match["prep"] == "in" or match["verb"].startswith(_OCCUPYING_VERBS)


def _listed_lines(text: str) -> list[tuple[str, int]]:
    """Each line's name under a heading that says the lines are universities
    ("Here is a list of universities on rent strike:"), the way a page
    lists them: "Goldsmiths (@handle)", "KCL", "Sheffield Hallam - 3 halls"."""
    found = []
    for at in literal_starts(text, _LIST_NOUNS):
        line_end = text.find("\n", at)
        if line_end == -1 or not text[at:line_end].rstrip().endswith(":") or line_end - at > 160:
            continue
        while line := _LINE_ITEM.match(text, line_end + 1):  # the list ends at the first line that is no name
            words = line["item"].split()
            if INSTITUTION_HEADS.isdisjoint(words) and not is_sentence_noise(words[0]):
                found.append((line["item"], line.start()))
            line_end = line.end()
    return found


def _lists_before(text: str, word: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern``'s match ending with each ``word`` in the text, searched
    only in the stretch of its line before the word."""
    found = []
    for at in literal_starts(text, (word,)):
        end = at + len(word)
        if text[end : end + 1].isalnum() or not _capital_before(text, at):
            continue  # "studentship", "the students": no name before the word
        lo = line_start_within(text, at, 120)
        match = next((m for m in pattern.finditer(text, lo, end) if m.end() == end), None)
        if match:
            found.append(match)
    return found


def _capital_before(text: str, at: int) -> bool:
    """Whether the word ending at ``at`` is capitalised: most words before "students" are not."""
    start = at
    while start and text[start - 1].isalpha():
        start -= 1
    return start < at and text[start].isupper()


def _add_items(found: dict[int, tuple[str, int, int]], match: re.Match[str]) -> None:
    items, offset, cursor = match["items"], match.start("items"), 0
    for piece in _SPLIT.split(items):
        at = items.find(piece, cursor)
        cursor = at + len(piece)
        if _short_name(piece.split()):
            found.setdefault(offset + at, (piece, offset + at, offset + at + len(piece)))


def _short_name(words: list[str], demonym_refused: bool = True) -> bool:
    """Whether listed words may be a campus's short name: no sentence word, generic or head word, nor a nationality."""
    return not any(is_sentence_noise(w) or is_generic_word(w) or w in HEADS for w in words) and \
        not (demonym_refused and DEMONYM.search(words[-1]))


_COMPASS = ("North ", "South ", "East ", "West ", "Central ")  # "South African": still a nationality


def host_of(short: str, names: Iterable[str]) -> str | None:
    """The institution a fuller name found on the page holds for ``short``:
    "Trinity College Dublin" from "Trinity College Dublin Students' Union"."""
    size = len(short.split())
    for name in names:
        words = name.split()
        if words[:size] != short.split() or INSTITUTION_HEADS.isdisjoint(words):
            continue
        cut = next((i for i, w in enumerate(words) if i > size and w in _UNION_WORDS), len(words))
        if not INSTITUTION_HEADS.isdisjoint(words[:cut]):
            return " ".join(words[:cut])
    return None


# "Trinity College Dublin Students' Union", "UCD Students' Union", "Leeds SU": the host, then the union
_HOST_UNION = re.compile(r"(?P<host>.+?)[ \t]+(?:Students['’]?[ \t]+(?:Union|Guild|Association)|Student[ \t]+Union|SU)")
_UNION_ENDINGS = ("Union", "Guild", "Association", "SU")
_ALONE = r"(?<![\w'’&-]){}(?![\w&-]|[ \t]+[A-Z])"


def hosts_named_alone(text: str, names: Iterable[str]) -> list[tuple[str, str, int, int]]:
    """(university, short name, start, end) where the page uses alone the
    short name of a university it names only inside its students' union."""
    found = []
    for name in names:
        match = _HOST_UNION.fullmatch(name) if name.endswith(_UNION_ENDINGS) else None
        if not match:
            continue
        host = match["host"]
        words = host.split()
        if host.isupper() and 2 <= len(host) <= 6:
            short = host  # "UCD Students' Union"
        elif not INSTITUTION_HEADS.isdisjoint(words) and words[0] not in HEADS and not is_sentence_noise(words[0]):
            short = words[0]  # "Trinity College Dublin Students' Union"
        else:
            continue
        # Every match opens with the short name itself: tried only where ``str.find`` sees it
        # (the look-behind in front would make the engine try every position of the text).
        alone_pattern = re.compile(_ALONE.format(re.escape(short)))
        for alone in matches_starting_at(alone_pattern, text, literal_starts(text, (short,))):
            if not CAPITALISED_WORD_BEFORE.search(text, max(0, alone.start() - 30), alone.start()):
                found.append((host, short, alone.start(), alone.end()))  # not "Take Back Trinity"
    return found


def institution_name(short: str) -> str:
    """The stored name for a bare town: "University of Sussex", "Sheffield Hallam University"; an acronym stays."""
    if short.split()[-1].isupper():
        return short  # "UCL", "Manchester MET"
    return f"University of {short}" if " " not in short else f"{short} University"
