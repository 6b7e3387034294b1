"""Words a typesetter's hyphen parted at a wrapped line's end, read whole.

A justified page (a newspaper's or a journal's PDF, a letter set in columns) breaks a long word at a line's
end with a plain hyphen: "Novem-" over "ber", "Lake-" over "land Porters' Guild". Once the wrap is read
(``wrapped_lines``) the break is a blank, and the word reads "Novem- ber": a date no pattern reads, a name cut
in two. Scored on copies of the real pages wrapped at 72 characters and hyphenated so, the tuning pages'
people recall was 87.8 % where a wrap without hyphens gives 88.7 %, and their main date 87.2 % where it gives
88.6 % (``bench/wrapped_pages.py --wrap justified``; docs/extraction.md, "Hard-wrapped text").

A reader joins the parts, keeps the hyphen where the word has one of its own, and reads a dash as a dash. So
does ``hyphenated_words_joined``, for a hyphen at the end of a line the wrap ran on into a letter or a digit,
by the first of these that holds:

* a digit beside the hyphen, a compound the text writes elsewhere with it, a compound an action is named by
  ("sit-in", "go-slow") or one ending in an action ("hunger-strike"): the hyphen stays;
* the text writes the word whole elsewhere ("today" for "to-" over "day"): joined;
* between a month or a weekday and a capital it is a range's ("Monday-" over "Friday");
* before "and", "who", "a", "herself" and the like, after a month, a weekday or an action ("strike"), or after
  a word of three letters or more the text writes elsewhere, the hyphen is a dash or a suspended hyphen and is
  left as the wrap read it ("full-" over "and part-time", "14 March-" over "results", "Ms Boateng-"
  over "general secretary"): where unsure, the text is read as it was before this step;
* a compound broken after one of its own hyphens keeps it ("work-to-" over "rule");
* before a capital the hyphen stays ("Jean-" over "Pierre"), but after a name's prefix the parts are joined
  ("Mc-" over "Kenzie");
* a word that goes on with a hyphen keeps it ("mother-" over "in-law"), but a name's parts are joined before a
  word that links none ("Okon-" over "kwo-Reyes"), and a name before a prefix is a dash ("Tane-" over
  "co-founder");
* after a word in capitals, after a prefix that makes compounds ("self-", "non-", "three-") and before an
  ending that makes them ("-led", "-based", "-wide") the hyphen stays;
* otherwise the parts are joined, as a typesetter parts a word ("Mem-" over "bers", "No-" over "vember",
  "Kel-" over "ly", "Lake-" over "land").
"""

from __future__ import annotations

import re
from collections import Counter

from .date_mentions import MONTH_NAMES, WEEKDAY_NAMES
from .read_offsets import PlainText, edited

__all__ = ["hyphenated_words_joined"]

# A hyphen after a letter or a digit, then the blank (or two, for "\r\n") a wrap's break became, then a letter or a
# digit.
_PARTED = re.compile(r"(?<=[^\W_])-(?P<gap> {1,2})(?=[^\W_])")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PART_BEFORE = re.compile(r"[^\W_]+\Z")
_PART = re.compile(r"[^\W_]+")
# Words a dash or a suspended hyphen comes before ("full- and part-time", "Mr Penrose- who has not replied"); none
# ends a name a typesetter could part ("Jona-than", "Thom-as" and "Rober-to" are joined).
_AFTER_A_DASH = frozenset("""and or nor but who whom whose which that the a an his her its himself herself itself with
    from when while where""".split())
# Words that link a compound's parts ("work-to-rule", "mother-in-law", "state-of-the-art").
_LINKING = frozenset("to in of on the and a by for or at de la le en sur am upon under".split())
# Months and weekdays: a hyphen after one is a dash ("14 March- the ballot") or a range's ("Monday-Friday"), no
# word a typesetter parted ("May", "Mayor", is left out).
_DATE_WORDS = frozenset(name.lower() for name in (*MONTH_NAMES, *WEEKDAY_NAMES) if name != "May")
# A name's prefix a capital follows ("Mc-" over "Kenzie", "Le-" over "Blanc").
_NAME_PREFIXES = frozenset("Mc Mac Le La De Di Du Van Von Fitz O".split())
# Compounds an action or a thing is named by, whose parts a typesetter could also part ("sit-" over "in").
_COMPOUNDS = frozenset("""sit-in teach-in die-in sleep-in work-in lie-in go-slow walk-out lock-out sick-out
    co-op""".split())
# Prefixes that make compounds ("self-employed", "non-union", "twenty-one"): no typesetter parts a word there.
_PREFIXES = frozenset("""self non anti vice well one two three four five six seven eight nine ten eleven
    twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety""".split())
# Words a compound opens with: after a name, a dash ("Mira Tane-" over "co-founder", "Frith-" over "long-serving").
_OPENING_WORDS = frozenset("co ex long well self non anti vice".split())
# Actions: a compound may end in one ("hunger-strike", "re-ballot", "counter-protest"); after one, a hyphen is a
# dash ("will stage a strike- planned for June").
_ACTION_WORDS = frozenset("strike strikes protest protests ballot petition vote walkout march rally".split())
# Endings that make compounds ("Labour-led", "London-based", "UK-wide", "union-backed").
_COMPOUND_ENDINGS = frozenset("""led based wide run owned backed funded born style related linked friendly free
    made centred centered focused affiliated controlled sponsored organised organized supported like""".split())
# "to-" over "day": no compound, but a word written whole.
_TO_WORDS = frozenset("day night morrow".split())
#: A first part this short is no word the text writes elsewhere: a typesetter's ("No-" over "vember").
_SHORTEST_WORD = 3


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
    hyphen) or the hyphen and the blank as they are (a dash), by the rules of the module, in order."""
    lower_first, lower_second = first.lower(), second.lower()
    compound = f"{lower_first}-{lower_second}"
    if first[-1].isdigit() or second[0].isdigit() or compounds[compound] > 0 or compound in _COMPOUNDS or \
            lower_second in _ACTION_WORDS:
        return "-"
    if words[lower_first + lower_second] > 0 or lower_first == "to" and lower_second in _TO_WORDS:
        return ""
    if lower_first in _DATE_WORDS and second[0].isupper():
        return "-"  # (a range: "Monday-Friday", "April-May")
    if lower_second in _AFTER_A_DASH or lower_first in _DATE_WORDS or lower_first in _ACTION_WORDS or \
            len(first) >= _SHORTEST_WORD and words[lower_first] > 0:
        return match.group()
    if text[match.start() - len(first) - 1:match.start() - len(first)] == "-":
        return "-"  # (a compound broken after one of its own hyphens)
    if second[0].isupper():
        return "" if first in _NAME_PREFIXES else "-"
    after = match.end() + len(second)
    if text[after:after + 1] == "-" and text[after + 1:after + 2].isalpha():
        if not first[0].isupper() or lower_second in _LINKING:
            return "-"
        return match.group() if lower_second in _OPENING_WORDS else ""
    if first.isupper() and len(first) > 1 or lower_first in _PREFIXES or lower_second in _COMPOUND_ENDINGS:
        return "-"
    return ""
