"""Line breaks a hard wrap put inside a sentence, read as the spaces they stand for.

Text taken from a PDF, a plain-text mail or an old wire copy is broken into
lines of one width, whatever the sentences: "... the head of the Harbourton
Nurses'" then "Association, Mira Tane, said". Extraction ends a sentence at
every line break (headings and datelines seldom end with a stop), so such a
text reaches it as fragments: names cut in two, titles that stop where the
line did, a date cut off from its act. A reader sees through the wrap; so
does this step, before anything else reads the text.

A text is wrapped when the lines that run on into another line are mostly of
one length (the width) and several of them go on in mid-sentence into a
lower-case word. A break is then the wrap's only when the next line's first
word would not have fitted on the line (with some room for a proportional
type, whose lines hold more or fewer letters), the line stops in mid-sentence
(no closing stop, colon or semicolon; no picture's credit, link or address
at its end), a line opening its block is full (a heading or a title is
short), and

* the next line goes on in lower case (not a byline under a heading);
* or the line ends on a word that waits for more (an article, a
  preposition, a conjunction: "nurses in" over "Harbourton began a
  strike"), and is no title-case heading;
* or a break one or two breaks before or after it, through full lines of
  the same sentence, is read as the wrap's: a name cut by the wrap ("... and
  the Lakeland" over "Tutors Guild have launched") sits among lower-case
  run-ons, while a headline over its byline (a short line between) or a list
  of signatories has none. The breaks are read twice, so that a sentence
  naming one body or person after another, whose lines all go on in
  capitals, is read whole once one of its breaks is plainly the wrap's. Not
  before a word that opens a sentence ("The", "We", "In", ...), nor from a
  line in title case that opens its paragraph: a heading or a standfirst
  with no stop ends there, where a wrap would have left the word in lower
  case. A line in title case that the line above runs on into is no heading
  but a sentence's middle, naming bodies ("... the Westbrook and" over
  "District Trades Council, the Ostland Midwives Guild and the Lakeland");
* or a title-case headline opening its block is wrapped onto the block's
  last line, in title case too (no byline, no dateline in capitals, no name
  opening an entry).

Lines a wrap never made (list items and entries, fields, quoted mail lines,
tables and columns, page marks and repeated headers) are told by
``wrap_line_roles``. A line that opens as an entry only by chance (a name
and a comma, a dash or a bracket) still takes the line above it where that
line ends on a word that waits (not "and" or "or", which may end an entry
before the last), or where a break near it is the wrap's and the line above
ends on a comma or on a name's first words after one, or the entry's name is
one word ("... including Kate Chaney, Zoe" over "Daniel, Helen Haines,
..."): an entry names its person in full, and the entry above it ends on no
comma. Not within a paragraph that itself opens as an entry or an item (a
signatory's "Name, post, ..., Harbourton" over the next signatory), where a
line in title case is also kept a heading's; and no line runs on into a
byline. Each break read as a wrap becomes a blank of the same
length (``\r\n`` two), so every offset, and every evidence span, stays that
of the text as read. Beyond it: verse whose lines fill one width and run on
in lower case reads as a wrapped paragraph, and a sub-heading as long as the
width, written as a sentence and ending on a word that waits ("... what they
are asking for"), runs on into the paragraph under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .wrap_line_roles import LINK_OR_ADDRESS, line_roles, opens_as_entry

__all__ = ["unwrapped"]

#: Run-on lines shorter than this say nothing of a width (a heading, a name over its post).
_SHORTEST_MEASURED = 30
#: The narrowest and the widest a wrap goes: narrower lines are a list's, wider ones are paragraphs
#: (a PDF page's line in a small type holds some 120 characters).
_NARROWEST, _WIDEST = 45, 130
#: A line this share of the width or longer fills it: half the long run-on lines of a wrapped text do.
_FULL, _SHARE_FULL = 0.75, 0.5
#: A width is read from this many long run-on lines at least, and a wrapped text has this many lower-case run-ons.
_FEWEST_MEASURED, _FEWEST_LOWER = 3, 3
#: The next word would not have fitted when the line, a blank and the word pass this share of the width
#: (a proportional type's lines hold some 15 % more or fewer letters than the widest).
_FIT = 0.85
#: How many breaks before or after a capital run-on a lower-case run-on may stand to vouch for it.
_NEAR = 2
# A line that ends its sentence, or opens a list after a colon: the break after it is the writer's.
# (A footnote's mark may follow the stop: "... this year.1", ".*", ".[2]".)
_ENDS = re.compile(r"[.!?:;…][\"'”’)\]]*(?:\d{1,3}|\*{1,3}|\[\d{1,3}\])?[ \t\r]*\Z")
# An abbreviation's stop ends no sentence: a title before a name ("said Dr." over "Mira Tane"), or one before a
# number ("No." over "14", "Jan." over "12"; not "9 per cent voted No." over "The strike ...").
_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Cllr|Rep|Sen|Gov|Gen|Hon)\.[ \t\r]*\Z")
_NUMBER_ABBREVIATION_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs)\.[ \t\r]*\Z")
# A line that ends with a picture's credit, a link or an address: the caption or the contact ends there.
_ENDS_A_LINE = re.compile(r"(?:\((?i:photo|picture|image|credit|source)s?\b[^()]*\)|" + LINK_OR_ADDRESS +
                          r")[ \t\r]*\Z")
# A line opening as an entry with a name of one word: the rest of a name ("Daniel, ...", "Fraser-Moleketi (...").
_ONE_WORD_ENTRY = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:,|[ \t]+(?:\(|[-–—][ \t]))")
# A line ending on a comma, or on the first words of a name after a comma, a semicolon or a bracket.
_NAME_START = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|and|for|the)){0,5}"
_LIST_GOES_ON = re.compile(r"(?:,|[,;(][ \t]*(?:the[ \t]+)?" + _NAME_START + r")[ \t\r]*\Z")
# A byline under a heading ("by Jo Arlen, industrial correspondent").
_BYLINE = re.compile(r"[ \t]*[Bb]y[ \t]+[A-Z]")
# Capitalised words that open a sentence, not a name: after a line with no stop, the line before was a heading
# or a standfirst ("... on Sunday" over "The union said ..."); a wrap puts them in lower case.
_SENTENCE_OPENER = re.compile(r"[ \t]*(?:The|A|An|This|That|These|Those|It|Its|We|Our|They|Their|He|She|His|Her|"
                              r"In|On|At|For|With|But|And|As|When|While|After|Before|If|Today|Yesterday|Meanwhile|"
                              r"However)\b(?![’'-])")
# Words a title leaves in lower case.
_TITLE_SMALL = frozenset("a an and as at but by for from in into of on or over the to vs with".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words that wait for what follows them: articles, prepositions, conjunctions, possessives.
_WAITING = frozenset("""a an the of in on at to for with by from into onto over under about between against among
    amid via and or nor but their its his her our your my""".split())
_CONJUNCTIONS = frozenset(("and", "or", "nor", "but"))


def unwrapped(text: str, indents: Sequence[int] = ()) -> str:
    """``text`` with each line break a hard wrap made inside a sentence replaced by a blank:
    the same length and offsets; ``text`` itself when it is not wrapped. ``indents``: the blanks each line
    lost at its start when its layout was read (``line_layout``), which still count where the line stands."""
    if "\n" not in text:
        return text
    read = text.split("\n")
    # (measured as laid out: an indented block quote is as wide as the text around it)
    lines = [" " * indent + line for indent, line in zip(indents, read)] if indents else read
    width = _wrap_width(lines)
    if width is None:
        return text
    apart, starts, by_chance = line_roles(lines)
    open_breaks = [index not in apart and index + 1 not in apart and index + 1 not in starts
                   for index in range(len(lines) - 1)]
    lower = [open_breaks[index] and _lower_run_on(lines, index, width) for index in range(len(lines) - 1)]
    if sum(lower) < _FEWEST_LOWER:
        return text
    # (before a line that opens as an entry only by chance, a break is the wrap's where a waiting word or the
    # wrap around it says so)
    entry_breaks = [index not in apart and index + 1 in by_chance for index in range(len(lines) - 1)]
    joined = _joined_breaks(lines, width, starts, open_breaks, entry_breaks, lower)
    pieces = [(line[:-1] + "  " if line.endswith("\r") else line + " ") if joined[index] else line + "\n"
              for index, line in enumerate(read[:-1])]
    pieces.append(read[-1])
    return "".join(pieces)


def _joined_breaks(lines: list[str], width: int, starts: set[int], open_breaks: list[bool],
                   entry_breaks: list[bool], lower: list[bool]) -> list[bool]:
    """Which breaks the wrap made. A capital run-on is vouched for by any break near it read as the wrap's,
    and the breaks are read twice: first with those before each break and the lower-case run-ons, then with
    those on both sides (a sentence that names several people or bodies may wrap more than once before it goes
    on in lower case). Within a paragraph that opens as a list's entry or item (a signatory's "Name, post, ...",
    "Name - post"), a line in title case stays a heading's and a line opening as an entry stays its own."""
    joined = list(lower)
    for _ in range(2):
        in_entry = False
        for index, is_open in enumerate(open_breaks):
            if not index or not joined[index - 1]:
                in_entry = index in starts or opens_as_entry(lines[index])
            if joined[index] or not (is_open or entry_breaks[index]):
                continue
            # (before an entry, not after "and" or "or": a list's entry may end so before its last one)
            waiting = _waiting_run_on(lines, index, width) and \
                (is_open or lines[index].split()[-1].lower() not in _CONJUNCTIONS)
            capital = (is_open or not in_entry and _entry_cut(lines, index)) and \
                _capital_run_on(lines, joined, index, width, bool(index) and joined[index - 1] and not in_entry)
            joined[index] = waiting or capital or is_open and _headline_run_on(lines, index, width)
    return joined


def _entry_cut(lines: list[str], index: int) -> bool:
    """Whether the line after break ``index``, which opens as a list's entry, rather goes on with a list of names
    the line above it began: that line ends on a comma ("... David Pocock," over "Monique Ryan, ..."), or on the
    first words of a name after a comma or a bracket ("... (INTUC), All" over "India Trade Union Congress
    (AITUC), ..."), or the entry's name is one word, the rest of a name the line above cut ("... including Kate
    Chaney, Zoe" over "Daniel, Helen Haines, ..."). An entry ends on no comma and names its person in full."""
    if lines[index + 1].lstrip()[:1].islower():
        return False  # (an item opening with the same lower-case word as its neighbours)
    return _LIST_GOES_ON.search(lines[index]) is not None or _ONE_WORD_ENTRY.match(lines[index + 1]) is not None


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at: the length most long run-on lines reach; None when they show none."""
    run_on = sorted(len(line.rstrip()) for line, following in zip(lines, lines[1:])
                    if following.strip() and len(line.strip()) >= _SHORTEST_MEASURED)
    if len(run_on) < _FEWEST_MEASURED:
        return None
    width = run_on[int(0.9 * (len(run_on) - 1))]
    if not _NARROWEST <= width <= _WIDEST:
        return None
    full = sum(1 for length in run_on if length >= _FULL * width)
    return width if full >= _SHARE_FULL * len(run_on) else None


def _opens_block(lines: list[str], index: int) -> bool:
    return not index or not lines[index - 1].strip()


def _goes_on(lines: list[str], index: int, width: int) -> bool:
    """Whether line ``index`` stops in mid-sentence where the next line's first word would not have fitted."""
    line, following = lines[index].rstrip(), lines[index + 1]
    words = following.split()
    if not words or len(line) + 1 + len(words[0]) <= _FIT * width or _ENDS_A_LINE.search(line):
        return False
    if _opens_block(lines, index) and len(line) < _FULL * width:
        return False  # (a heading, a poem's title: a paragraph's first line is full)
    return not _ENDS.search(line) or _abbreviation_ends(line, following)


def _abbreviation_ends(line: str, following: str) -> bool:
    """Whether ``line`` ends on an abbreviation's stop that leaves its sentence open before ``following``."""
    return _TITLE_END.search(line) is not None or \
        _NUMBER_ABBREVIATION_END.search(line) is not None and following.lstrip()[:1].isdigit()


def _lower_run_on(lines: list[str], index: int, width: int) -> bool:
    """A break the wrap made before a lower-case word (not a byline under a heading)."""
    following = lines[index + 1]
    if not following.lstrip()[:1].islower() or not _goes_on(lines, index, width):
        return False
    return not (_opens_block(lines, index) and _BYLINE.match(following))


def _waiting_run_on(lines: list[str], index: int, width: int) -> bool:
    """A break after a word that waits for what follows it ("nurses in" over "Harbourton began"), unless the
    line is a title-case heading opening its block (a heading in a sentence's case may run on: see the module)."""
    words = lines[index].split()
    return bool(words) and words[-1].lower() in _WAITING and \
        not (_opens_block(lines, index) and _title_case(lines[index])) and _goes_on(lines, index, width)


def _capital_run_on(lines: list[str], joined: list[bool], index: int, width: int, mid_paragraph: bool) -> bool:
    """A break before a capital word where a break within ``_NEAR`` breaks before or after it is read as the
    wrap's, through full lines that end no sentence (a short line between, such as a byline, or a stop, parts
    them); never before a word that opens a sentence or a byline ("By ..."), nor from a line in title case that
    opens its paragraph (a heading): a line the one above runs on into is a sentence's middle, whatever names it
    holds."""
    following = lines[index + 1]
    if not _goes_on(lines, index, width) or _SENTENCE_OPENER.match(following) or _BYLINE.match(following) and \
            following.lstrip()[:1].isupper() or _title_case(lines[index]) and not mid_paragraph:
        return False
    for step in (-1, 1):
        at = index
        for _ in range(_NEAR):
            at += step
            if not 0 <= at < len(joined):
                break
            crossed = lines[at + 1 if step < 0 else at].rstrip()  # (the line between break ``at`` and this one)
            if len(crossed) < _FULL * width or _ENDS.search(crossed) and \
                    not _abbreviation_ends(crossed, lines[(at + 2) if step < 0 else at + 1]):
                break
            if joined[at]:
                return True
    return False


def _headline_run_on(lines: list[str], index: int, width: int) -> bool:
    """A title-case headline opening its block, wrapped onto the block's last line (title case, no byline
    and no dateline in capitals)."""
    if not _opens_block(lines, index) or not _title_case(lines[index]) or not _goes_on(lines, index, width):
        return False
    following = lines[index + 1]
    after = lines[index + 2] if index + 2 < len(lines) else ""
    return not after.strip() and _title_case(following) and following.split()[0] != "By" and \
        not following.isupper() and not opens_as_entry(following)


def _title_case(line: str) -> bool:
    """Whether ``line`` is written as a heading: every word but a title's small words capitalised."""
    words = _WORD.findall(line)
    return len(words) >= 3 and all(word[0].isupper() or word in _TITLE_SMALL for word in words)
