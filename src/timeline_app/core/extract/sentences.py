"""Split document text into lines and sentences, keeping offsets.

Every later step (dates, kinds, people) works on sentences, and every event
points back at the sentence it came from, so spans are offsets into the
original text rather than copies that lose their position.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .date_mentions import MONTH_NAMES
from .split_scans import split_scan

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets)
# when whitespace and an opening capital, digit, quote or hashtag follow.
# The match includes the stop itself (one character) so that the pattern
# starts with a character class the engine can skip ahead to; it never
# spans a line break.
_AFTER_STOP = r"""["'”’)\]]*[ \t]+(?=["'“‘(\[#]?[A-Z0-9])"""
# Full stops apart from the rarer stops, so the engine jumps from one "." to
# the next (``split_scan``); two ends never overlap, each holds one stop.
_SENTENCE_ENDS = (("", re.compile(r"\." + _AFTER_STOP)), ("!?…", re.compile(r"[!?…]" + _AFTER_STOP)))
# A line's text from its first to its last non-blank character (``\s`` is
# exactly what str.strip removes), so blank lines never match.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# Abbreviations whose full stop does not end a sentence (titles before a
# name among them: "Kabataan Party-list Rep. Sarah Elago hit ...").
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Revd|Cllr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Hon|Fr|Supt|Insp|Atty|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|No|vs|e\.g|i\.e|etc)|\b[A-Z])\.$"
)
# A dateline's place, a comma and a state written short, as US news writes it: "SACRAMENTO, Calif.", "PHOENIX,
# Ariz." (the bracket after it is the agency's or the date's; a state of initials, "D.C.", ends on a capital's stop).
_DATELINE_STATE = re.compile(r"[A-Z][A-Za-z.'-]*(?:[ \t]+[A-Z][A-Za-z.'-]*){0,2},[ \t]+[A-Z][a-z]{1,4}\.")
_DATELINE_STATE_CHARS = 40

# "at 10 a.m. Thursday", "from 3 p.m. GMT on 15 March": a clock's "a.m."/"p.m."
# ("5pm.") before the day, the date or the time zone it belongs to ends no
# sentence (as US news writes a time and its day). Before any other capital it
# may ("... at 5 p.m. Police said"), and so it may before a weekday or a date
# that opens a sentence of its own ("Saturday's march ...", "March 8 will see
# ...", "Sunday Times reporter ...") or a zone that a name or an act follows
# ("at 7 a.m. CT scans ...", "ET reported ..."): a zone goes on only before a
# day, a date, a mark or (a zone's code) a word that ties it to them ("on",
# "until", ...).
_CLOCK_STOP = re.compile(r"(?:(?<![A-Za-z.])[apAP]\.[mM]|(?<=\d)[ \t]?[apAP][mM])\.$")
_MONTH = f"(?:{'|'.join(MONTH_NAMES)})"
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_SHORT_MONTH = rf"{_MONTH_ABBREVIATION}\."
_VERB = (r"(?:is|are|was|were|will|would|marks|marked|saw|sees|has|had|could|should|must|might|brought|brings|"
         r"began|begins|ended|ends|became|remains|remained)\b")
_DAY_AND_MONTH = (rf"(?:(?:{_MONTH}|{_MONTH_ABBREVIATION}\.?)[ \t]+\d{{1,2}}(?:st|nd|rd|th)?"
                  rf"(?:[ \t]*(?:-|–|and|to)[ \t]*\d{{1,2}}(?:st|nd|rd|th)?)?|"
                  rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH})\b")
# (what follows a day or a date when they open a sentence of their own: "March 8, 2024, will see ...",
# "Tuesday, March 12, is ...")
_OPENS_ITS_OWN = rf"(?!(?:,?[ \t]+{_DAY_AND_MONTH})?(?:,?[ \t]+\d{{4}}\b)?,?[ \t]+{_VERB})"
_WEEKDAY = (rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]s)"
            rf"(?![ \t]+(?!{_MONTH}\b|{_SHORT_MONTH})[A-Z])|"
            rf"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=,|[ \t]+(?:{_MONTH}\b|{_SHORT_MONTH})))"
            + _OPENS_ITS_OWN)
_DATE = rf"(?>{_DAY_AND_MONTH}){_OPENS_ITS_OWN}"  # (atomic: "March 14 and 15 are ..." may not drop its "and 15")
_ZONE_CODE = (r"\(?(?:[ECMP][SD]?T|AK[SD]T|HST|GMT|BST|UTC|[CEW]ES?T|IST|JST|KST|SGT|HKT|PHT|WIB|[ECW]AT|SAST|"
              r"A[CEW][SD]T|NZ[SD]?T)\b\)?")
# (a zone's name goes on only before a day, a date or a mark: "Eastern and Western Cape members" are people)
_ZONE_NAME = r"(?:Eastern|Central|Mountain|Pacific)(?:[ \t]+[Tt]ime)?\b"
_TIES = r"(?:on|at|to|until|till|through|from|today|tonight|tomorrow|this|next|each|every)\b"
_CLOCK_GOES_ON = re.compile(
    rf"{_WEEKDAY}|{_DATE}|{_ZONE_CODE}(?=[ \t]*(?:[,;:.)(]|{_TIES}|{_WEEKDAY}|{_DATE}|$))|"
    rf"{_ZONE_NAME}(?=[ \t]*(?:[,;:.)(]|{_WEEKDAY}|{_DATE}|$))"
)


class Span(NamedTuple):
    """A stretch of the document: ``text == document[start:end]``.
    (A named tuple: extraction makes dozens per document, and a tuple is
    about twice as quick to create as a frozen dataclass.)"""

    start: int
    end: int
    text: str


# ``Span(...)`` runs the named tuple's ``__new__``, a Python function;
# building the tuple directly gives the same object for a fraction of the work
# (extraction splits every document into dozens of spans).
_new_tuple = tuple.__new__


def lines(text: str) -> list[Span]:
    """Non-blank lines with their offsets, surrounding whitespace trimmed."""
    return [_new_tuple(Span, (*match.span(), match.group())) for match in _LINE.finditer(text)]


def sentences(text: str, text_lines: list[Span] | None = None) -> list[Span]:
    """Sentences in reading order; each line break also ends a sentence,
    because headings, datelines and captions rarely end with a full stop.
    ``text_lines`` (``lines(text)``) saves splitting the text again."""
    found: list[Span] = []
    ends = [(start + 1, end) for start, end in split_scan(text, _SENTENCE_ENDS)]
    next_end = 0
    for line in text_lines if text_lines is not None else lines(text):
        cursor = line.start
        while next_end < len(ends) and ends[next_end][0] <= line.end:
            cut, resume = ends[next_end]
            next_end += 1
            if _ABBREVIATIONS.search(text, max(line.start, cut - 6), cut) or _clock_goes_on(text, cut, resume) or \
                    _dateline_state(text, line.start, cut, resume):
                continue
            _add_span(found, cursor, text[cursor:cut])
            cursor = resume
        _add_span(found, cursor, text[cursor:line.end])
    return found


def _dateline_state(text: str, line_start: int, cut: int, resume: int) -> bool:
    """Whether the stop before ``cut`` ends a state's short name in a dateline opening its line, before the
    bracket of its agency or date ("SACRAMENTO, Calif. (AP) —", "PHOENIX, Ariz. (April 12, 2018) –")."""
    return text.startswith("(", resume) and cut - line_start <= _DATELINE_STATE_CHARS and \
        _DATELINE_STATE.fullmatch(text, line_start, cut) is not None


def _clock_goes_on(text: str, cut: int, resume: int) -> bool:
    """Whether the stop before ``cut`` closes a clock's "a.m."/"p.m." that its day, date or time zone follows."""
    return _CLOCK_STOP.search(text, max(0, cut - 6), cut) is not None and _CLOCK_GOES_ON.match(text, resume) is not None


def _add_span(found: list[Span], offset: int, piece: str) -> None:
    """Append ``piece`` (at ``offset``) trimmed, unless it is blank."""
    stripped = piece.strip()
    if stripped:
        start = offset + len(piece) - len(piece.lstrip())
        found.append(_new_tuple(Span, (start, start + len(stripped), stripped)))


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def plain_apostrophes(value: str) -> str:
    """Names and roles compare equal whatever apostrophe the source typed."""
    if value.isascii():  # the common case, and far cheaper than translate
        return value.replace("`", "'") if "`" in value else value
    return value.translate(_APOSTROPHES)
