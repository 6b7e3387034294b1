"""What a title sheds before it is cut: datelines, credits and long names.

Real pages open their sentences with things no timeline entry needs: a
wire dateline with its date and agency ("Dhaka, July 14 (V7N)- Students
...", "Metro Manila (CNN Philippines, February 23) — Students ...",
"MONTREAL—On March 22nd ..."), an agency's credit ("(AP) — Students ..."),
an image's empty markup or a table's bar. And a body's full name with its
acronym in brackets ("The National Association of Nigerian Students (NANS)
has held a protest ...") spends half of the 70 characters a title has:
when the title would otherwise be cut, the acronym stands for the name, as
the page itself goes on to write it, and other short brackets go.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A place of one to three capitalised words, or in capitals, perhaps with a
# region after a comma ("NAIROBI, Kenya"), then a date and/or an agency in
# brackets, then a dash or the sentence itself.
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){{0,2}}(?:,[ \t]*(?!{_MONTH}[ \t]+\d)[A-Z][A-Za-z.]+)?"
    rf"(?P<date>,?[ \t]+{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)?"
    r"(?P<agency>[ \t]*\([^()\n]{1,40}\))?[ \t]*(?P<dash>[–—-]+[ \t]*)?(?=[A-Z])"
)
# A place in capitals glued to a dash ("MONTREAL—On ..."), an agency's
# credit in brackets before a dash ("(AP) — "), empty image markup, a bar, a
# footnote's or a list's number in square brackets ("[2] Students ...").
_GLUED = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]{2,}){0,2}[ \t]*[–—][ \t]*(?=[A-Z])|"
    r"\([A-Z][A-Za-z .,/]{0,30}\)[ \t]*[–—-]+[ \t]*|!\[[^\]\n]*\]\([^)\n]*\)[ \t]*|\|[ \t]*|"
    r"\[\d{1,3}\][ \t]*)"
)
_SHORTEST_REST = 12
# "(NANS)", "(Nust)": an acronym in brackets, and the capitalised name before it.
_ACRONYM = re.compile(r"[ \t]*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)")
_CONNECTORS = frozenset("of for the and & de del la le in on at".split())
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")


def without_opening(text: str) -> str:
    """``text`` without a wire dateline, an agency credit, image markup, a
    bar or a bracketed number opening it; unchanged when too little would be left."""
    for _ in range(2):  # "(AP) — " after a bar
        glued = _GLUED.match(text)
        dateline = None if glued else _DATELINE.match(text)
        if dateline is not None and not (dateline["date"] or dateline["agency"] and dateline["dash"]):
            dateline = None  # a sentence's subject ("Jo Bloggs (19) Said ..."), not a dateline
        lead = glued or dateline
        if lead is None or len(text) - lead.end() < _SHORTEST_REST:
            break
        text = text[lead.end():]
    return text


def with_acronyms(text: str) -> str:
    """``text`` with each "Name Of A Body (ACR)" written "ACR" (a "the"
    before the name goes too), and other brackets of a few words dropped."""
    pieces: list[str] = []
    at = 0
    for match in _ACRONYM.finditer(text):
        start = _name_start(text, match.start(), match["acronym"])
        if start is None or start < at:
            continue
        pieces += [text[at:start], match["acronym"]]
        at = match.end()
    text = "".join(pieces) + text[at:]
    return _ASIDE.sub("", text)


def _name_start(text: str, end: int, acronym: str) -> int | None:
    """Where the capitalised name ending at ``end`` starts, a "the" before it
    included, when its first capital is the acronym's; else None."""
    words = list(re.finditer(r"\S+", text[:end]))
    capitals: list[re.Match[str]] = []
    for word in reversed(words):
        token = word.group()
        if token.lower() == "the":
            break  # the article before the name, dropped with it below
        if token[:1].isupper() and not token.endswith((",", ";", ":", ".")):
            capitals.append(word)
        elif token.lower() not in _CONNECTORS or not capitals:
            break
    # the name opens at the earliest capital that is the acronym's first
    # letter ("Fifteen National University ... (Nust)": at "National")
    first = next((word for word in reversed(capitals) if word.group()[0] == acronym[0]), None)
    if first is None:
        return None
    start = first.start()
    before = text[:start].rstrip(" \t")
    if before.lower().endswith("the") and (len(before) == 3 or not before[-4].isalnum()):
        start = len(before) - 3
    return start


# "on Tuesday", "yesterday", "Wednesday morning": the timeline shows the day
# already. A weekday followed by a capitalised word is someone's given name
# ("Sunday Asefon") and stays.
_DAY_WORDS = re.compile(
    r"(?:[ \t]*,)?(?:[ \t]+(?:late|early))?[ \t]+(?:[Oo]n[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"yesterday|today|tonight)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?(?![\w'’-])(?![ \t]+[A-Z])(?P<comma>[ \t]*,)?")
# "JNU protests: ", "STANDOFF: ": a headline's kicker of a few words.
_KICKER = re.compile(r"^[^:\n]{2,40}?:[ \t]+(?=[A-Z“\"‘'#])")
_KICKER_WORDS = 5


def without_day_words(text: str) -> str:
    """``text`` without the day words that date it ("Students, on Tuesday,
    staged" as "Students staged")."""
    return _DAY_WORDS.sub(lambda match: "," if match["comma"] else "", text)


def without_kicker(text: str) -> str:
    """``text`` without a kicker of at most five words before a colon,
    unless too little would be left."""
    kicker = _KICKER.match(text)
    if kicker is None or len(kicker.group().split()) > _KICKER_WORDS or len(text) - kicker.end() < 25:
        return text
    rest = text[kicker.end():]
    return rest[0].upper() + rest[1:]
