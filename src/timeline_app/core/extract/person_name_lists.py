"""Lists of names in which one is already a person: the others, shaped the same, are people too.

``people`` reads a capitalised run as a person from its context; a name in a list ("Kea Holm and Jo Arlen",
"A B, C D, E F and G H") often has none of its own. When one item of the list is a person already known, the
others are people too; so are the items of a list of four names or more, half of them opening with a common
given name, when a word beside it says it names people ("students suspended include A B, C D, E F and G H"),
and the names after a label ("Speakers:", "signed by", "from left"). These readers find such lists and their
items; they live apart from the other cues of ``person_cues`` because they read whole lines, not one name.
"""

from __future__ import annotations

import re

from .given_names import mostly_given_names
from .lazy_pattern import LazyPattern
from .line_bounds import line_around
from .person_comma_lines import comma_lines
from .name_tokens import AFTER_CAPITAL, GLUED_NAME, NAME_TOKEN, NEXT_TOKEN, STARTS_WORD, UPPER
from .person_cues import TITLES
from .prefilter import folded
from .title_given_names import TITLE_GIVEN_NAMES, opens_with_given_title

# An item: a name of two or three words, with any title ("Cllr Mili
# Patel", taken off later), before any bracket ("Iman Ahmadi Moghaddam
# (Wembley Park)").
# A name written glued ("FirstnameSurname") is an item too.
_LIST_ITEM = rf"(?:{NAME_TOKEN}(?:{NEXT_TOKEN}){{1,3}}|{GLUED_NAME})(?:[ \t]*\([^()\n]{{1,40}}\))?"
# Items separated by commas with "and"/"&" before the last, or two items
# joined by "and": "A, B and C", "A and B". A comma alone is no list ("In an
# interview with X, Y, the ..." is an apposition).
# The first item must start a word: written as a capital, then that test
# (``STARTS_WORD``), then the rest of a name word or of a glued name.
_FIRST_ITEM = (rf"[{UPPER}]{STARTS_WORD}(?:{AFTER_CAPITAL}(?:{NEXT_TOKEN}){{1,3}}|"
               rf"(?<=[A-Z])[a-z]{{3,}}[A-Z][a-z]{{3,}}(?![\w'’-]))"
               rf"(?:[ \t]*\([^()\n]{{1,40}}\))?")
_NAME_LIST = re.compile(rf"{_FIRST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM})*(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+"
                        rf"{_LIST_ITEM}(?![\w'’-])")
# After a caption's label the first name may be glued to it: no word start asked (compiled when a page first
# holds a caption's label: few do).
_CAPTION_LIST = LazyPattern(_NAME_LIST.pattern.replace(STARTS_WORD, "", 1))
# What every list holds before its last item ("and" or "&" between blanks,
# then the item's capital): a line without it is not searched for lists.
_AND_ITEM = re.compile(rf"[ \t](?:and|&)[ \t]+[{UPPER}]")
_ITEM_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_BRACKET = re.compile(r"\([^()\n]*\)")


# How many known people a page is searched for (in name order): each search reads the text, and no real page
# names more than about 60 people (a hostile list of thousands cost its length squared).
_KNOWN_SEARCHED = 400


def _lists_holding(text: str, known: set[str]) -> list[re.Match[str]]:
    """Name lists on the lines where a known person is named (only those
    lines are searched: the pattern is costly over a whole text)."""
    lines: set[tuple[int, int]] = set()
    for name in sorted(filter(None, known))[:_KNOWN_SEARCHED]:
        at = text.find(name)
        while at != -1:
            line = line_around(text, at)
            lines.add(line)
            # the name again on this line adds nothing: look on from the line's end
            at = text.find(name, at + len(name) if "\n" in name else max(at + len(name), line[1]))
    matches: list[re.Match[str]] = []
    for start, end in sorted(lines):
        for low, high in _stretches(text, start, end):
            if _AND_ITEM.search(text, low, high):  # no list without one
                matches.extend(_NAME_LIST.finditer(text, low, high))
    return matches


_LIST_STRETCH = 10_000  # (about 450 names: no real list of people on one line is longer)
_SENTENCE_END = re.compile(r"[a-z][.!?][ \t]")  # (not an initial's full stop: "Jo A. Smith")


def _stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line ``text[start:end]`` in stretches of at most ``_LIST_STRETCH`` characters, each ending at a
    sentence's end where its second half holds one: the list pattern, tried at each name of a list that
    never ends as one, costs a stretch its length squared (one line of 14,000 names took 80 s whole)."""
    stretches = []
    low = start
    while low < end:
        high = min(end, low + _LIST_STRETCH)
        if high < end:
            last = None
            for last in _SENTENCE_END.finditer(text, low + _LIST_STRETCH // 2, high):
                pass
            high = last.end() if last else high
        stretches.append((low, high))
        low = high
    return stretches


# A list of four names or more (three commas at least): long enough that
# its shape and its given names vouch for it without a known person in it.
# Such a list may end without "and" once it has five names ("A B, C D, E F, G H, I J in the morning").
_GIVEN_NAMES_LIST = re.compile(rf"{_FIRST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM}){{2,}}"
                               rf"(?:(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM}|"
                               rf"(?<=[\w)])(?:[ \t]*,[ \t]*{_LIST_ITEM})+)"
                               rf"(?![\w'’-])")


def _lists_of_given_names(text: str) -> list[re.Match[str]]:
    """Lists of four names or more on lines with three commas or more and
    an "and" before a capital (only those lines are searched); whether most
    items open with a given name is asked of the items (``mostly_given_names``)."""
    matches: list[re.Match[str]] = []
    for start, line, commas in comma_lines(text):
        if commas >= 3 and (commas >= 4 or _AND_ITEM.search(line)):
            matches.extend(_GIVEN_NAMES_LIST.finditer(text, start, start + len(line)))
    return matches


# Words saying a list names people: what they did or had done to them, or what they are.
_OF_PEOPLE = re.compile(
    r"\b(?:signed|signatories|signatory|undersigned|speakers|panell?ists|arrest(?:ed|s)?|detain(?:ed|s)?|"
    r"charged|suspended|expelled|rusticated|jailed|released|elected|activists|students|leaders|organi[sz]ers|"
    r"members|writers|artists|academics|authors|musicians|actors|scholars|professors|lecturers|teachers|workers|"
    r"officials|councillors|defenders|journalists|campaigners|protesters|figures|personalities|people)\b",
    re.IGNORECASE)
# Before the list, such a word then at most eight words ending as a list is introduced ("students
# the university is set to suspend include", "nine Human Rights Defenders (HRDs)-", "signed by:"):
# "Protesters targeted A, B and C" says who acted on the list, not what it lists.
_INTRODUCING = r"(?:includ(?:e|es|ed|ing)|are|were|namely|by|such[ \t]+as)"
_INTRODUCED = re.compile(rf"(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*(?:[\w'’-]+[ \t]+){{0,8}}?"
                         rf"{_INTRODUCING}?[ \t]*[:,–—-]?[ \t]*$")
_SAID_BEFORE = 150  # characters of the list's line before it where such a word is looked for
_SAID_AFTER = 60  # and after it ("... and G H are among those who signed")


def _said_of_people(text: str, start: int, end: int) -> bool:
    """Whether a word on the list's line says it names people: shortly
    before it, introducing it, or shortly after it."""
    line_start, line_end = line_around(text, start)
    for word in _OF_PEOPLE.finditer(text, max(line_start, start - _SAID_BEFORE), start):
        introduced = _INTRODUCED.match(text, word.end(), start)
        between = introduced.group().strip() if introduced and introduced.end() == start else None
        # the word right before the list ("arrested A B, C D ..."), or words ending as a list is introduced
        if between is not None and (not between or between[-1] in ":,–—-" or _ENDS_INTRODUCING.search(between)):
            return True
    return _OF_PEOPLE.search(text, end, min(line_end, end + _SAID_AFTER)) is not None


_ENDS_INTRODUCING = re.compile(rf"\b{_INTRODUCING}[ \t]*$")


def listed_with_people(text: str, known: set[str], refused: frozenset[str]) -> list[tuple[str, int]]:
    """(name, offset) of each two- or three-word item of a list of names in
    which at least one item is a person already known; items holding a
    refused word (organisational, place or title words) are left out, and
    so is a list that holds one."""
    found: list[tuple[str, int]] = []
    labelled = _labelled_lists(text) + _lists_of_given_names(text)
    if not known and not labelled:
        return found
    unlabelled = _lists_holding(text, known) if known else []
    spans = {match.span() for match in unlabelled}
    held = set(map(id, unlabelled))  # (asked of each list: a list of thousands cost its length squared)
    for match in unlabelled + [match for match in labelled if match.span() not in spans]:
        items = _list_items(match, refused)
        if id(match) not in held and match.re is _GIVEN_NAMES_LIST:
            given = mostly_given_names(name for name, _ in items)
            if not (given or sum(name in known for name, _ in items) >= 2) or \
                    not _said_of_people(text, match.start(), match.end()):
                continue  # a list of places, brands or schools (not two people already known), or one no word
                # says is of people
            kept = [item for item in items if not refused.intersection(_named_words(item[0]))]
            if len(kept) * 2 <= len(items) or not given and len(kept) < len(items):
                continue  # half its items hold a place's or a body's word: not a list of people (nor one that only
                # two known people vouch for and that holds any such word: "A B, C D, Lakeland Valley, ...")
            items = kept  # an item with a refused word is left out, not the list
        member_before = len(items) > 2 and refused.intersection(items[0][0].split()) and \
            _member_before(text, match.start(), known)
        if member_before:
            items = items[1:]  # "A B of the X Council, C D and E F": the first item ends the body A B is of
        if any(refused.intersection(_named_words(name)) for name, _ in items):
            continue  # a list of bodies or places, or a title in it
        if id(match) in held and not member_before and not any(name in known for name, _ in items):
            continue  # a list no label introduces needs a known person
        found.extend((name, offset) for name, offset in items if name not in known)
    return found


# "of the" and any capitalised words of the body's name before a list's first item
_OF_BODY = re.compile(r"[ \t](?:of|from)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,6}$")


def _member_before(text: str, start: int, known: set[str]) -> bool:
    """Whether a known person and "of the" stand before the body's name that
    opens a list at ``start`` ("A B of the X Council, C D and E F")."""
    of = _OF_BODY.search(text, max(0, start - 80), start)
    return of is not None and text[max(0, of.start() - 40) : of.start()].endswith(tuple(filter(None, known)))


def _named_words(item: str) -> list[str]:
    """An item's words that must be no refused word: a title that is also a
    given name opening a two-word item ("Prince Dove") is the given name."""
    words = item.split()
    return words[1:] if len(words) == 2 and words[0] in TITLE_GIVEN_NAMES or opens_with_given_title(words) else words


# A label that says the list after it names people: "Speakers: A, B and C",
# "speakers included A and B", "signed by A, B and C", "two students, A and B,".
# A picture's caption "from left" or "(l-r)" names the people in it, in the
# order they stand; a page's text often glues its first name to the label
# ("from leftAnna Byrne, ..."), where a caption line broke.
_NAMING_LABELS = ("speakers", "signatories", "panellists", "panelists", "signed by")
_CAPTION_LABELS = ("from left", "left to right", "(l-r)", "(l to r)")
_AFTER_CAPTION = re.compile(r"[ \t]*(?:[:,][ \t]*)?")
_PLURAL_LABELS = ("students", "activists", "protesters", "organisers", "organizers", "leaders", "campaigners",
                  "lecturers", "teachers", "workers", "officials", "officers", "journalists", "members")
_AFTER_NAMING = re.compile(r"(?:[ \t]+(?:included|include|were|are|will[ \t]+be))?(?:[ \t]*:)?[ \t]+")
# (the body they belong to may stand between: "two leaders of the Lakeland Front, A B and C D, were")
_AFTER_PLURAL = re.compile(r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*"
                           r"[A-Z][\w'’&-]*){0,6})?[ \t]*[,:–—][ \t]*")


# A count before a plural label ("two leaders", "three student activists"): the list that follows is the people
# counted, even after the body they belong to or closed by a semicolon ("workers of the X, A B and C D;" may go on
# listing what they are workers of).
_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t]+(?:[a-z'’-]+[ \t]+)?$")


def _apposition_closed(text: str, lowered: str, at: int, gap: re.Match[str], match: re.Match[str]) -> bool:
    """Whether the list ``match`` after the plural label at ``at`` is an apposition that a comma or a dash
    closes ("two students, A and B, were"), or, after a count ("two leaders"), a semicolon too, and then also
    when the body they belong to stands in ``gap`` ("two leaders of the X, A and B;")."""
    closing = text[match.end() : match.end() + 1]
    if closing in (",", "—", "–") and "of" not in gap.group().split():
        return True
    return closing in (",", "—", "–", ";") and _COUNT_BEFORE.search(lowered, max(0, at - 30), at) is not None


def _labelled_lists(text: str) -> list[re.Match[str]]:
    """Name lists right after a label that says they name people, found
    from the labels' words in the lower-cased text (a few substring
    searches, no pattern run over the whole text)."""
    lowered = folded(text)
    if lowered is None or len(lowered) != len(text):
        return []  # a case trap: offsets of the lower-cased text may differ
    found: list[re.Match[str]] = []
    for labels, after in ((_NAMING_LABELS, _AFTER_NAMING), (_PLURAL_LABELS, _AFTER_PLURAL),
                          (_CAPTION_LABELS, _AFTER_CAPTION)):
        names = _CAPTION_LIST if labels is _CAPTION_LABELS else _NAME_LIST
        for label in labels:
            at = lowered.find(label)
            while at != -1:
                end = at + len(label)
                if (at == 0 or not lowered[at - 1].isalpha()) and (gap := after.match(text, end)):
                    match = names.match(text, gap.end())
                    if match and (labels is not _PLURAL_LABELS or _apposition_closed(text, lowered, at, gap, match)):
                        found.append(match)
                at = lowered.find(label, end)
    return found


def _list_items(match: re.Match[str], refused: frozenset[str]) -> list[tuple[str, int]]:
    """(name, offset) of each item of a matched list, its brackets and
    leading titles and roles ("Organisers A B and C D") left out."""
    flat = _BRACKET.sub(lambda bracket: " " * len(bracket.group()), match.group())
    items: list[tuple[str, int]] = []
    at = 0
    for part in _ITEM_SPLIT.split(flat):
        offset = flat.find(part, at)
        at = offset + len(part)
        words = part.split()
        while len(words) > 2 and not opens_with_given_title(words) and (
                words[0].rstrip(".") in TITLES or words[0] in refused or
                words[0].endswith("s") and words[0][:-1] in refused):  # "Seniors A B and C D"
            offset = flat.find(words[1], offset + len(words[0]))
            words = words[1:]
        items.append((" ".join(words), match.start() + offset))
    return items
