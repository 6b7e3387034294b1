"""Line breaks a hard wrap put inside a paragraph, read as the spaces they stand for.

Text taken from a PDF, a plain-text mail or an old wire copy is broken into
lines of one width, whatever the sentences: "... the head of the Harbourton
Nurses'" then "Association, Mira Tane, said". Extraction ends a sentence at
every line break (headings and datelines seldom end with a stop), so such a
text reaches it as fragments: names cut in two, titles that stop where the
line did, a date cut off from its act. A reader sees through the wrap; so
does this step, before anything else reads the text.

A text is wrapped when the lines that run on into another line are mostly of
one length (the width) and several of them go on in mid-sentence, into a
lower-case word. A break is then the wrap's when its line stops in
mid-sentence (no closing stop, colon or semicolon), the next line opens no
list item, field or quoted mail line, and

* the next line goes on in lower case and the line is at least half the
  width (a paragraph's first line may be set short);
* or the line is at least half the width and ends on a word that waits for
  more (an article, a preposition, a conjunction: "nurses in" over
  "Harbourton began a strike");
* or the line fills the width and a lower-case run-on stands one or two
  breaks away in the same sentence: a name cut by the wrap ("... and the
  Lakeland" over "Tutors Guild have launched") sits among lower-case
  run-ons, while a list of signatories ("Mira Tane, Professor of
  Linguistics" over "Jo Arlen, ...") or a headline over its byline has none.

A title-case line opening its block (a headline) runs on only into the
block's last line, when that is in title case too and no byline ("By ...")
or dateline in capitals. Each break read as a wrap becomes a blank of the
same length (``\r\n`` two), so every offset, and every evidence span, stays
that of the text as read.
"""

from __future__ import annotations

import re

__all__ = ["unwrapped"]

#: Run-on lines shorter than this say nothing of a width (a heading, a name over its post).
_SHORTEST_MEASURED = 30
#: The narrowest and the widest a wrap goes: narrower lines are a list's, wider ones are paragraphs
#: (a PDF page's line in a small type holds some 120 characters).
_NARROWEST, _WIDEST = 45, 130
#: A line this share of the width or longer fills it (a proportional type's lines vary by a word or two).
_FULL = 0.75
#: A line this share of the width or longer may run on into a lower-case word.
_HALF = 0.5
#: A wrapped text has at least this many lower-case run-ons, and this share of its long run-on lines full.
_FEWEST_LOWER = 3
_SHARE_FULL = 0.5
#: How many breaks away a lower-case run-on may stand from a full line's break that it vouches for.
_NEAR = 2
# A line that ends its sentence, or opens a list after a colon: the break after it is the writer's.
_ENDS = re.compile(r"[.!?:;…][\"'”’)\]]*[ \t\r]*\Z")
# An abbreviation's stop ends no sentence ("said Dr." over "Mira Tane").
_ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Cllr|Rep|Sen|Gov|Gen|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                               r"Sep|Sept|Oct|Nov|Dec|No|vs)\.[ \t\r]*\Z")
# A line that opens a list item, a quoted mail line, a table row or a field ("WHEN: Friday", "Media Contact:"):
# it never goes on from the line above.
_OPENS_ITEM = re.compile(r"[ \t]*(?:[-*•·>|]|\d{1,3}[.)][ \t]|\(?[a-z]\)[ \t]|"
                         r"[A-Z][A-Za-z]*(?:[ \t][A-Z][A-Za-z]*)?:)")
# Words a title leaves in lower case.
_TITLE_SMALL = frozenset("a an and as at but by for from in into of on or over the to vs with".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LAST_WORD = re.compile(r"[A-Za-z]+(?=[ \t\r]*\Z)")
# Words that wait for what follows them: articles, prepositions, conjunctions, possessives.
_WAITING = frozenset("""a an the of in on at to for with by from into onto over under about between against among
    amid via and or nor but their its his her our your my""".split())


def unwrapped(text: str) -> str:
    """``text`` with each line break a hard wrap made inside a paragraph replaced by a blank:
    the same length and offsets; ``text`` itself when it is not wrapped."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    lower = [_lower_run_on(line, following, width) for line, following in zip(lines, lines[1:])]
    if sum(lower) < _FEWEST_LOWER:
        return text
    pieces: list[str] = []
    for index, (line, following) in enumerate(zip(lines, lines[1:])):
        if lower[index] or _waiting_run_on(line, following, width) or _full_run_on(lines, lower, index, width):
            pieces.append(line[:-1] + "  " if line.endswith("\r") else line + " ")
        else:
            pieces.append(line + "\n")
    pieces.append(lines[-1])
    return "".join(pieces)


def _near_lower(lines: list[str], lower: list[bool], index: int) -> bool:
    """Whether a lower-case run-on stands within ``_NEAR`` breaks of break ``index``, in its sentence."""
    for step in (-1, 1):
        at = index
        for _ in range(_NEAR):
            at += step
            if not 0 <= at < len(lower):
                break
            # (break ``at`` sits after line ``at``; walking to it crosses line ``at``, or ``at + 1`` going back:
            # a blank line or a sentence's end between them puts the run-on in another paragraph or sentence)
            crossed = lines[at if step > 0 else at + 1].rstrip()
            if not crossed or _ENDS.search(crossed) and not _ABBREVIATION_END.search(crossed):
                break
            if lower[at]:
                return True
    return False


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at: the length most long run-on lines reach; None when they show none."""
    run_on = sorted(len(line.rstrip()) for line, following in zip(lines, lines[1:])
                    if following.strip() and len(line.strip()) >= _SHORTEST_MEASURED)
    if len(run_on) < _FEWEST_LOWER:
        return None
    width = run_on[int(0.9 * (len(run_on) - 1))]
    if not _NARROWEST <= width <= _WIDEST:
        return None
    full = sum(1 for length in run_on if length >= _FULL * width)
    return width if full >= _SHARE_FULL * len(run_on) else None


def _goes_on(line: str, following: str) -> bool:
    """Whether ``line`` stops in mid-sentence and ``following`` could go on with it."""
    if not following.strip() or _OPENS_ITEM.match(following) or line.lstrip()[:1] in (">", "|"):
        return False  # (a quoted mail line, or a table row, is a line of its own)
    stripped = line.rstrip()
    return not _ENDS.search(stripped) or _ABBREVIATION_END.search(stripped) is not None


def _lower_run_on(line: str, following: str, width: int) -> bool:
    """A break the wrap made in mid-sentence before a lower-case word."""
    return len(line.rstrip()) >= _HALF * width and following.lstrip()[:1].islower() and _goes_on(line, following)


def _waiting_run_on(line: str, following: str, width: int) -> bool:
    """A break after a word that waits for what follows it ("nurses in" over "Harbourton began"): no
    heading, list item or signature ends on an article, a preposition or a conjunction."""
    if len(line.rstrip()) < _HALF * width:
        return False
    last = _LAST_WORD.search(line)
    return last is not None and last.group().lower() in _WAITING and _goes_on(line, following)


def _full_run_on(lines: list[str], lower: list[bool], index: int, width: int) -> bool:
    """A break after a line that fills the width in mid-sentence, among lower-case run-ons; or a headline
    opening its block wrapped onto its last line."""
    line, following = lines[index], lines[index + 1]
    stripped = line.rstrip()
    if len(stripped) < _FULL * width or not _goes_on(line, following):
        return False
    if (not index or not lines[index - 1].strip()) and _title_case(stripped):
        return _headline_ends(following, lines[index + 2] if index + 2 < len(lines) else "")
    return _near_lower(lines, lower, index)


def _headline_ends(following: str, after: str) -> bool:
    """Whether ``following`` ends a headline wrapped over two lines: the last line of its block, in title
    case, and no byline ("By Mira Tane") or dateline in capitals."""
    words = following.split()
    return not after.strip() and _title_case(following) and words[0] != "By" and not following.isupper()


def _title_case(line: str) -> bool:
    """Whether ``line`` is written as a heading: every word but a title's small words capitalised."""
    words = _WORD.findall(line)
    return len(words) >= 3 and all(word[0].isupper() or word in _TITLE_SMALL for word in words)
