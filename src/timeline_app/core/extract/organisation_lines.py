"""Lines that change how the organisations on them are read.

Photo credits and captions ("Photo: Getty Images") name no organisation
involved, so their ranges are skipped; headings in title case ("Students
Walk Out Over Fees") or in capitals ("DEMO 2012: EDUCATE, EMPOWER") glue
ordinary words into name-like runs, so the finder asks about them before
trusting a run or an acronym there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .document_memo import remembered
from .name_blocks import BULLETS
from .organisation_names import HEADS
from .prefilter import folded, literal_starts
from .sentences import Span

_CREDIT_LINE = re.compile(
    r"^(?:photo|image|picture|credit|featured image|photograph|illustration)s?\b|"
    r"\bvia (?:Getty|PA\b|Reuters|AFP|Alamy|Shutterstock|Unsplash|Flickr|Wikimedia)|"
    r"\b(?:Getty Images|PA Images|PA Wire|Shutterstock|Alamy)\b",
    re.IGNORECASE,
)


class LineTest:
    """Whether an offset lies on a heading line (at most ``_HEADING_CHARS``
    long) that passes ``test``; each line is tested once, when first asked."""

    def __init__(self, lines: list[Span], test: Callable[[str], bool], exempt: frozenset[int] = frozenset()) -> None:
        self._lines = lines
        self._starts = [line.start for line in lines]
        self._test = test
        self._known: dict[int, bool] = dict.fromkeys(exempt, False)  # (lines that never pass)

    def __call__(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self._lines[index].end:
            return False
        known = self._known.get(index)
        if known is None:
            text = self._lines[index].text
            known = self._known[index] = len(text) <= _HEADING_CHARS and self._test(text)
        return known


def listed_lines(lines: list[Span]) -> frozenset[int]:
    """The lines of a list of names, capitalised, not of headings: a bulleted list whose items mostly end on
    a comma or a semicolon ("- Dublin Council of Trade Unions," under "- Climate Justice Coalition,"; a lone
    bulleted line, or a list of headlines or of demands, is judged line by line), and lines in a row that each
    end on a body's acronym in brackets ("Industrial and Commercial Workers Union (ICU)" under "Teachers
    Association of Lakeland (TAL)"; "... At Westbrook Hospital (VIDEO)" is a headline's tag)."""
    listed: list[int] = []
    run: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and lines[index].text[:1] in _LIST_BULLETS and lines[index].text[1:2] in (" ", "\t"):
            run.append(index)
            continue
        if len(run) >= 2 and (2 * sum(lines[i].text.endswith((",", ";")) for i in run) >= len(run) or
                              2 * sum(_a_body_alone(lines[i].text[2:]) for i in run) >= len(run)):
            listed += run
        run = []
    ending = [_ends_on_an_acronym(line.text) for line in lines]
    for index, line in enumerate(lines):
        if ending[index] and (index and ending[index - 1] and lines[index - 1].end + 1 == line.start or
                              index + 1 < len(lines) and ending[index + 1] and line.end + 1 == lines[index + 1].start):
            listed.append(index)
    return frozenset(listed)


# Bullets of a list: the name blocks' and the round ones of web pages ("● University of Lakeland").
_LIST_BULLETS = BULLETS + "●▪■◦"
_BODY_WORDS = 8
# Little words a headline or a demand capitalises and a name does not ("Lobby The County Council").
_TITLE_CASE_LINKS = frozenset("The Of And For To At In On Over With By From A An".split())


def _a_body_alone(item: str) -> bool:
    """Whether a bulleted item is a body's name and nothing more: a few words, every one capitalised but
    "of", "the", "and", "for", which a name writes in lower case, one of them a head word ("University of Fort
    Westbrook"; not "Students Walk Out Over Fees", "Lobby The County Council", nor a sentence)."""
    words = item.strip().rstrip(",;").split()
    return 0 < len(words) <= _BODY_WORDS and words[0][:1].isupper() and not HEADS.isdisjoint(words) and \
        all(w[:1].isupper() and w not in _TITLE_CASE_LINKS or w in ("of", "the", "and", "for", "&") for w in words[1:])


def _ends_on_an_acronym(line: str) -> bool:
    """Whether ``line`` opens with a capital and ends on a body's acronym in brackets ("... Union (ICU)")."""
    return line[:1].isupper() and line.rstrip(" \t").endswith(")") and \
        (acronym := _ACRONYM_ENDS_LINE.search(line)) is not None and acronym["acronym"] not in _PAGE_TAGS


# "(ICU)" ending a line; "(Photos)", "(VIDEO)", "(AFP)" are no body's acronym.
_ACRONYM_ENDS_LINE = re.compile(r"[ \t]*\((?P<acronym>[A-Z][A-Z&-]{1,9})\)[ \t]*$")
_PAGE_TAGS = frozenset("VIDEO VIDEOS PDF AFP AP UK US LIVE UPDATED UPDATE EXCLUSIVE PHOTOS PICS WATCH AUDIO".split())


def is_title_case_line(line: str) -> bool:
    """A heading in title case; a line of three commas or more is a list of names, even capitalised
    throughout (a wrapped paragraph naming schools), unless it is shouted (a heading in capitals)."""
    initials = [w[0] for w in line.split() if w[:1].isalpha()]
    if len(initials) < 4 or line.count(",") >= _LIST_COMMAS and not is_shouting_line(line):
        return False
    capitalised = sum(map(str.isupper, initials))
    return capitalised / len(initials) >= 0.7


_HEADING_CHARS = 160
_LIST_COMMAS = 3


def is_shouting_line(line: str) -> bool:
    """A heading typed in capitals: most of its words are all upper case."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 2:
        return False
    upper = list(filter(str.isupper, words))  # most lines hold few: the count below is over these alone
    if len(upper) < 2 or len(upper) / len(words) < 0.6:
        return False
    shouted = sum(1 for w in upper if len(w.strip(".,:;!?'’")) > 1)
    return shouted >= 2 and shouted / len(words) >= 0.6


_COMMITTEES = frozenset("NEC NC EC GC AGM EGM HQ".split())


def in_shouting(text: str, start: int, end: int) -> bool:
    """Acronym-looking words inside an all-capitals run ("SAUL LOEB")."""
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    return bool(before and _shouted_neighbour(before[-1])) or \
        bool(after and _shouted_neighbour(after[0].rstrip(".,:;’'s")))


def _shouted_neighbour(word: str) -> bool:
    # "RA’EESA PATHER": an apostrophe inside a shouted name keeps it a word
    # "PCS NEC", "UCU NEC": a body's committee after its acronym is no shouted name
    return len(word) > 1 and word.replace("’", "").replace("'", "").isalpha() and word.isupper() \
        and word.rstrip(".,:;’'s") not in _COMMITTEES


# Every credit line holds one of these words (in any case).
_CREDIT_WORDS = ("photo", "image", "picture", "credit", "illustration", "via ", "getty", "pa wire",
                 "shutterstock", "alamy")


def credit_line_ranges(lines: list[Span], text: str | None = None) -> list[tuple[int, int]]:
    """Photo credits and captions never name organisations involved.
    ``text`` (the whole document) lets a document without any credit word
    skip the line-by-line check."""
    return [(line.start, line.end) for line in _credit_candidates(lines, text) if _is_credit_line(line.text)]


def credit_tail_ranges(lines: list[Span], text: str) -> list[tuple[int, int]]:
    """Credits ending a caption's line ("... in Dunmore. File Picture: X Agency (XA)."), which name no body
    involved; for organisations only: the person credited is still the page's author."""
    ranges = []
    for line in _credit_candidates(lines, text):
        tail = None if _is_credit_line(line.text) else \
            _CREDIT_TAIL.search(line.text, max(0, len(line.text) - _CREDIT_TAIL_LENGTH))
        if tail is not None:
            ranges.append((line.start + tail.start(), line.end))
    return ranges


def _credit_candidates(lines: list[Span], text: str | None) -> list[Span]:
    """The lines that may hold a credit: those holding a credit word (every line when ``text`` is not given)."""
    hits = remembered(_credit_word_starts, text) if text is not None else None  # (both credit readers ask)
    if hits is None:
        return lines
    if not hits:  # only lines holding a credit word can be credit lines
        return []
    starts = [line.start for line in lines]
    return [lines[i] for i in sorted({bisect.bisect_right(starts, hit) - 1 for hit in hits}) if i >= 0]


def _credit_word_starts(text: str) -> list[int] | None:
    """Where a credit word starts in ``text``, or None when it cannot be folded safely (every line is asked)."""
    lowered = folded(text)
    if lowered is None or len(lowered) != len(text):
        return None
    return literal_starts(lowered, _CREDIT_WORDS)


def _is_credit_line(line: str) -> bool:
    return len(line) < 120 and _CREDIT_LINE.search(line) is not None


# A credit ending a caption's line, after the caption's words: "Photo by X", "Credit: X", "File Picture: X". It
# opens the line or follows a sentence's end or another credit's comma ("... on Friday. Photo: X", "... / Jo
# Arlen, Credit: X"): "painted a grim picture: X has frozen hiring" is no credit.
_CREDIT_TAIL = re.compile(r"(?:^|(?<=[.!?),\"”][ \t]))(?:(?:[Ff]ile[ \t]+)?(?:[Pp]icture|[Pp]hoto(?:graph)?|"
                          r"[Ii]mage)s?(?:[ \t]*:|[ \t]+by\b)|[Cc]redit[ \t]*:)[ \t]+[A-Z][^.!?\n]*\.?[ \t]*$")
_CREDIT_TAIL_LENGTH = 80  # a credit's own length at most: the line's end alone is searched


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


def is_lead_in(text: str, start: int, end: int, line_starts: set[int]) -> bool:
    """A word of four capitals or more opening a line (after "A"/"The" at
    most) and followed by lower-case words: news style, not an acronym."""
    if end - start < 4 or not _LOWER_NEXT.match(text, end):
        return False
    if start in line_starts:
        return True
    for article in ("A ", "The ", "THE "):
        if start - len(article) in line_starts and text.startswith(article, start - len(article)):
            return True
    return False

