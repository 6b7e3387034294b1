"""Words a typesetter's hyphen parted at a wrapped line's end, read whole.

A justified page (a newspaper's or a journal's PDF, a letter set in columns) breaks a long word at a line's
end with a plain hyphen: "Novem-" over "ber", "Lake-" over "land Porters' Guild". Once the wrap is read
(``wrapped_lines``) the break is a blank, and the word reads "Novem- ber": a date no pattern reads, a name cut
in two. Scored on copies of the real pages wrapped at 72 characters and hyphenated so, the people found fell
from 88.7 to 87.9 % and the main event's date from 88.6 to 87.2 % (docs/extraction.md, "Hard-wrapped text").

A reader joins the parts, keeps the hyphen where the word has one of its own, and reads a dash as a dash. So
does ``hyphenated_words_joined``, for a hyphen at the end of a line the wrap ran on into a letter or a digit,
by the first of these that holds:

* a digit on either side keeps the hyphen ("Covid-" over "19", "2023-" over "24");
* the text writes the word with its hyphen elsewhere: kept ("long-running"); whole elsewhere: joined;
* the word goes on with a hyphen: kept before a linking word ("work-" over "to-rule", "mother-" over
  "in-law"), else joined ("Okon-" over "kwo-Reyes");
* the line goes on with a word such as "and", "or", "who", or its hyphen comes after a month or a weekday: a
  dash or a suspended hyphen, left as the wrap read it ("full-" over "and part-time", "14 March-" over
  "results");
* the hyphen stays before a capital ("Jean-" over "Pierre"; but "Mc-" over "Kenzie" is joined), before a
  particle that ends a compound ("sit-" over "in", "co-" over "op") and after a prefix that makes compounds
  ("co-", "ex-", "self-", "non-", "twenty-");
* a name's parts are joined ("Lake-" over "land");
* where the text writes both parts as words elsewhere the hyphen stays ("long" and "running"); otherwise the
  parts are joined ("Mem-" over "bers", "No-" over "vember", "Kel-" over "ly", as a typesetter parts a word).
"""

from __future__ import annotations

import re
from collections import Counter

from .read_offsets import PlainText, edited

__all__ = ["hyphenated_words_joined"]

# A hyphen after a letter or a digit, then the blank (or two, for "\r\n") a wrap's break became, then a letter or a digit.
_PARTED = re.compile(r"(?<=[^\W_])-(?P<gap> {1,2})(?=[^\W_])")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PART_BEFORE = re.compile(r"[^\W_]+\Z")
_PART = re.compile(r"[^\W_]+")
# Words a dash or a suspended hyphen comes before ("full- and part-time", "Mr Penrose- who has not replied").
_AFTER_A_DASH = frozenset("and or nor but to who whom whose which that than then as the a an with from if so when "
                          "while where".split())
# Words that link a compound's parts ("work-to-rule", "mother-in-law", "state-of-the-art").
_LINKING = frozenset("to in of on the and a by for or at de la".split())
# Months and weekdays: a hyphen after one is a dash ("14 March- the ballot"), no word a typesetter parted ("May",
# "Mayor", is left out).
_DATE_WORDS = frozenset("""january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
# A name's prefix a capital follows ("Mc-" over "Kenzie", "Le-" over "Blanc").
_NAME_PREFIXES = frozenset("Mc Mac Le La De Di Du Van Von Fitz O".split())
# Short words a compound ends in ("sit-in", "co-op", "log-on", "lie-up").
_PARTICLES = frozenset("in on up op by".split())
# Prefixes that make compounds ("co-ordinated", "ex-miner", "e-mail", "self-employed", "twenty-one").
_PREFIXES = frozenset("""co ex re e x t u self well non anti counter vice semi twenty thirty forty fifty sixty seventy
    eighty ninety""".split())


def hyphenated_words_joined(text: str, broken: str) -> PlainText:
    """``text`` (its wrap read) with each word a hyphen parted at a wrapped line's end read whole; ``broken``
    is the same text before the wrap was read (same length: its line breaks where ``text`` has blanks)."""
    if "-\n" not in broken and "-\r\n" not in broken:
        return PlainText(text)  # (most texts)
    parted = [match for match in _PARTED.finditer(text) if broken[match.start("gap")] in "\r\n"]
    if not parted:
        return PlainText(text)
    pieces = [(_part_before(text, match.start()), _PART.match(text, match.end()).group()) for match in parted]
    words, compounds = _written_words(text)
    for first, second in pieces:  # (the parts of a parted word are no words the text writes)
        words[first.lower()] -= 1
        words[second.lower()] -= 1
    edits = [(match.start(), match.end(), _read(text, match, first, second, words, compounds))
             for match, (first, second) in zip(parted, pieces)]
    return edited(text, edits)


def _written_words(text: str) -> tuple[Counter[str], Counter[str]]:
    """How often the text writes each word (each part of a compound too) and each pair of a compound's parts."""
    words: Counter[str] = Counter()
    compounds: Counter[str] = Counter()
    for found in _WORD.findall(text):
        parts = found.lower().split("-")
        words.update(parts)
        compounds.update(f"{before}-{after}" for before, after in zip(parts, parts[1:]))
    return words, compounds


def _part_before(text: str, hyphen: int) -> str:
    """The letters or digits before the hyphen at ``hyphen`` (a run of at most a word's length)."""
    found = _PART_BEFORE.search(text, max(0, hyphen - 64), hyphen)
    return found.group() if found else ""


def _read(text: str, match: re.Match[str], first: str, second: str, words: Counter[str],
          compounds: Counter[str]) -> str:
    """What a reader reads for the hyphen and the break at ``match``: "" (one word), "-" (a word with its own
    hyphen) or the hyphen and the blank as they are (a dash)."""
    lower_first, lower_second = first.lower(), second.lower()
    if any(character.isdigit() for character in first + second):
        return "-"
    if compounds[f"{lower_first}-{lower_second}"] > 0:
        return "-"
    if words[lower_first + lower_second] > 0:
        return ""
    after = match.end() + len(second)
    if text[after:after + 1] == "-" and text[after + 1:after + 2].isalpha():
        return "-" if lower_second in _LINKING else ""
    if lower_second in _AFTER_A_DASH or lower_first in _DATE_WORDS:
        return match.group()
    if second[0].isupper():
        return "" if first in _NAME_PREFIXES else "-"
    if lower_second in _PARTICLES or lower_first in _PREFIXES:
        return "-"
    if first[0].isupper():
        return ""
    return "-" if words[lower_first] > 0 and words[lower_second] > 0 else ""
