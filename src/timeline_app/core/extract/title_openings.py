"""What a title sheds before it is cut: datelines, credits and long names.

Real pages open their sentences with things no timeline entry needs: a
wire dateline with its date and agency ("Dhaka, July 14 (V7N)- Students
...", "Metro Manila (CNN Philippines, February 23) — Students ...",
"MONTREAL—On March 22nd ..."), an agency's credit ("(AP) — Students ..."),
an image's empty markup or a table's bar. And a body's full name with its
acronym in brackets ("The Ostland National Union of Students (ONUS)
has staged a protest ...") spends half of the 70 characters a title has:
when the title would otherwise be cut, the acronym stands for the name, as
the page itself goes on to write it, and other short brackets go.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .byline_dates import MONTH_NAME
from .organisation_names import HEADS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A place of one to three capitalised words, or in capitals, perhaps with a
# region after a comma ("NAIROBI, Kenya"), then a date and/or an agency in
# brackets, then a dash or the sentence itself.
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){{0,2}}(?:,[ \t]*(?!{_MONTH}[ \t]+\d)[A-Z][A-Za-z.]+)?"
    # (the day perhaps an ordinal, or before the month with its year: "January 17th, 2018", "4 March 2019"; not
    # "Teamsters Local 42 May Day march")
    rf"(?P<date>,?[ \t]+(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?|"
    rf"(?:[12]?\d|3[01])(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{4}}))?"
    # (the agency's bracket may hold its own date and end on a colon: "ARLEN, (Westbrook Wire / Ostland Press -
    # 12th Mar, 2021 ) :Dozens ..."; a newswire's name between slashes: "March 4, 2019 /PRNewswire/ --")
    r"(?P<agency>,?[ \t]*(?:\([^()\n]{1,60}\)|/[A-Za-z][\w .-]{1,40}/))?"
    r"[ \t]*(?P<dash>(?:[–—-]+|:)[ \t]*)?(?=[A-Z])"
)
# A place in capitals glued to a dash or a colon ("MONTREAL—On ...", "LAHORE:Teachers ..."), a live page's
# entry stamp ("14m ago 11.07 GMT ..."), an agency's
# credit in brackets before a dash ("(AP) — "), empty image markup, a bar, a
# footnote's or a list's number ("[2] Students ...", "3) Under ...", "12. The
# ..."), a page's date stamp before the sentence, even run into it or set off by a dash ("1 May
# 2006Students ...", "May 1, 2006 The ...", "March 4, 2019 -- The ...", "240411 Open Letter ...": the
# timeline shows the date), a mail's quoting mark ("> We ...").
_GLUED = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]{2,}){0,2}[ \t]*[–—][ \t]*(?=[A-Z])|"
    r"(?!UNITE|UNISON|UNIFOR)[A-Z]{5,}:(?=[A-Z][a-z])|"
    # a newswire's dateline: "SAN FRANCISCO--(BUSINESS WIRE)--Oct. 2, 2018--", "HALIFAX, Nova Scotia--(BUSINESS WIRE)--"
    rf"[A-Z][A-Za-z .,'-]{{1,40}}--\([A-Z][A-Za-z .]{{1,30}}\)--(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}--)?(?=[A-Z])|"
    # a live page's entry stamp: "14m ago 11.07 GMT Bus strike updates: ..."
    r"\d{1,3}[ \t]*(?:m|min|mins|h|hr|hrs)[ \t]+ago[ \t]+(?:\d{1,2}[.:]\d\d[ \t]+(?:[A-Z]{2,4}[ \t]+)?)?(?=[A-Z])|"
    r"\([A-Z][A-Za-z .,/'’&]{0,30}\)[ \t]*[–—-]+[ \t]*|!\[[^\]\n]*\]\([^)\n]*\)[ \t]*|\|[ \t]*|"
    r"\[\d{1,3}\][ \t]*|\d{1,2}[.)][ \t]+(?=[A-Z“\"‘'])|\d{6}[ \t]+(?=[A-Z][a-z])|>[ \t]*|"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}[ \t]+|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+)\d{{4}}[ \t]*"
    r"(?:(?:--|[–—]|-(?=[ \t]))[ \t]*)?(?=[A-Z]))"
)
_SHORTEST_REST = 12
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "(NANS)", "(Nust)", "[NEHAWU]": an acronym in brackets, and the capitalised name before it.
# (Each starts where a run of blanks starts, not inside it: a run of thousands of blanks is tried once, not once
# per blank.)
_ACRONYM = re.compile(r"(?<![ \t])[ \t]*(?:\((?P<acronym>[A-Z][A-Za-z&]{1,9}(?:-[A-Z]{1,4})?)\)|"  # "(CNG-SW)" too
                      r"\[(?P<squared>[A-Z][A-Za-z&]{1,9})\])")
_CONNECTORS = frozenset("of for the and & de del la le in on at".split())
_ASIDE = re.compile(r"(?<![ \t])[ \t]*\([^()\n]{1,40}\)")


def without_opening(text: str) -> str:
    """``text`` without a wire dateline, an agency credit, image markup, a
    bar or a bracketed number opening it; unchanged when too little would be left."""
    for _ in range(2):  # "(AP) — " after a bar
        glued = _GLUED.match(text)
        dateline = None if glued else _DATELINE.match(text)
        if dateline is not None and not (dateline["date"] or dateline["agency"] and
                                         (dateline["dash"] or _YEAR.search(dateline["agency"]))):
            dateline = None  # a sentence's subject ("Jo Bloggs (19) Said ..."), not a dateline (whose agency's
            # bracket may date it instead of a dash ending it: "Arlen, (Ostland Wire - 1st Nov, 2023) Dozens ...")
        lead = glued or dateline
        if lead is None or len(text) - lead.end() < _SHORTEST_REST:
            break
        text = text[lead.end():]
    return text


def dateline_with_date_end(text: str) -> int:
    """Where a wire dateline that brackets its own date ends ("LONDON, (Agency -
    19th Jan, 2023 ) :") at the start of ``text``, or 0."""
    dateline = _DATELINE.match(text)
    if dateline is None or not dateline["agency"] or not dateline["dash"] or \
            not _AGENCY_AND_DATE.search(dateline["agency"]) or not text[:text.find(" ") if " " in text else 0].strip(",").isupper():
        return 0  # ("Strike Day (12 March 2024):", "UPDATE (12 March 2024):", "Dhaka (3 November 2023):": no wire's)
    return dateline.end()


# An agency's name, a dash, then a date with a digit: "(UrduPoint / Pakistan Point News - 19th Jan, 2023 )".
_AGENCY_AND_DATE = re.compile(r"[A-Za-z][^()]*[ \t][-–—][ \t][^()]*\d")


def with_acronyms(text: str) -> str:
    """``text`` with each "Name Of A Body (ACR)" written "ACR" (a "the"
    before the name goes too), and other brackets of a few words dropped."""
    pieces: list[str] = []
    at = 0
    names: _CapitalRuns | None = None  # the words are read once, at the first acronym
    if "(" not in text and "[" not in text:
        return text  # no bracket: no acronym and no aside (most titles)
    for match in _ACRONYM.finditer(text):
        names = names or _CapitalRuns(text)
        acronym = match["acronym"] or match["squared"]  # "(NUS)" or "[NUS]"
        start = names.name_start(match.start(), acronym)
        if start is None or start < at:
            continue
        pieces += [text[at:start], acronym]
        at = match.end()
    text = "".join(pieces) + text[at:]
    return _ASIDE.sub("", text)


_WORD = re.compile(r"\S+")
_CAPITAL, _CONNECTOR, _BREAK = range(3)


def _word_kind(token: str) -> int:
    """A capitalised word of a name, a connector ("of", "and"), or neither
    (a "the", a lower-case word, a word ending a clause): the name's edge."""
    lowered = token.lower()
    if lowered == "the":
        return _BREAK  # the article before the name, dropped with it below
    if token[:1].isupper() and not token.endswith((",", ";", ":", ".")):
        return _CAPITAL
    return _CONNECTOR if lowered in _CONNECTORS else _BREAK


class _CapitalRuns:
    """The words of a text, grouped into runs of capitalised words and
    connectors, so the name before each acronym is found without reading
    the text before it again (once per acronym: quadratic on a page of
    thousands of "Aaa Bbb of Ccc (ABC)")."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words = [(word.start(), word.end()) for word in _WORD.finditer(text)]
        self._starts = [start for start, _ in self._words]
        self._run_of: list[int] = []  # each word's run (its first word), or -1 outside one
        self._first: dict[tuple[int, str], int] = {}  # (run, letter): the run's first capital with it
        run = -1
        for index, (start, end) in enumerate(self._words):
            kind = _word_kind(text[start:end])
            run = -1 if kind == _BREAK else index if run == -1 else run
            self._run_of.append(run)
            if kind == _CAPITAL:
                self._first.setdefault((run, text[start]), index)

    def name_start(self, end: int, acronym: str) -> int | None:
        """Where the capitalised name ending at ``end`` starts, a "the"
        before it included, when its first capital is the acronym's; else None."""
        last = bisect_left(self._starts, end) - 1  # the word ``end`` cuts, or the last before it
        if last < 0:
            return None
        start, stop = self._words[last]
        if _word_kind(self._text[start:min(stop, end)]) != _CAPITAL:
            return None  # a connector or anything else right before the bracket ends no name
        # the name opens at the earliest capital that is the acronym's first
        # letter ("Fifteen National University ... (Nust)": at "National")
        run = self._run_of[last - 1] if last else -1
        first = self._first.get((run, acronym[0])) if run != -1 else None
        if first is not None and first < last:
            start = self._words[first][0]
        elif self._text[start] != acronym[0]:
            spelled = self._spelled_over_commas(last, acronym)
            if spelled is None:
                return None
            start = spelled
        return _with_article(self._text, start)

    def _spelled_over_commas(self, last: int, acronym: str) -> int | None:
        """Where a name that lists some of its words with commas starts, when
        its words' capitals hold the acronym's letters in order, from its first
        word to its last, a body's head word in the singular ("Ostland
        Porters, Paramedics and Cleaners Union (OPCU)"; not "Leeds,
        Bradford and Hull Councils (LBHC)", places); None when no such name ends
        at word ``last``."""
        start, stop = self._words[last]
        head = self._text[start:stop]
        if head not in HEADS or head.endswith("s"):
            return None
        initials: list[str] = []  # the capitals read back from ``last``
        for index in range(last, max(-1, last - 2 * len(acronym) - 2), -1):
            start, stop = self._words[index]
            word = self._text[start:stop].rstrip(",")
            if word.lower() in _CONNECTORS and index != last:
                continue
            if not word[:1].isupper() or not word[1:].replace("'", "").isalpha():
                return None
            initials.append(word[0])
            if word[0] == acronym[0] and _in_order(acronym, initials[::-1]):
                return start
        return None


def _in_order(acronym: str, initials: list[str]) -> bool:
    """Whether ``initials`` open and end with the acronym's first and last
    letters and hold all of its letters in order."""
    if initials[-1] != acronym[-1] or len(initials) < len(acronym):
        return False
    letters = iter(initials)
    return all(letter in letters for letter in acronym)


def _with_article(text: str, start: int) -> int:
    """``start``, or where a "the" just before it starts."""
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    if before >= 3 and text[before - 3:before].lower() == "the" and (before == 3 or not text[before - 4].isalnum()):
        return before - 3
    return start


# "on Tuesday", "on Thursday 3 March", "yesterday", "Wednesday morning", "effective Friday": the timeline
# shows the day already. A weekday followed by a capitalised word is someone's given name
# ("Sunday Asefon") and stays.
_MONTH_WORD = MONTH_NAME + r"\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: A weekday's name.
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A date in words: "24 September 2025", "the 23rd of November", "September 24, 2025", "May 2019", "12/13/22".
DATE_WORDS = (rf"(?:(?:the[ \t]+)?{_DAY}(?:[ \t]+of)?[ \t]+{_MONTH_WORD}(?:,?[ \t]+\d{{4}})?|"
              rf"{_MONTH_WORD}[ \t]+{_DAY}(?:,?[ \t]+\d{{4}})?|{_MONTH_WORD}[ \t]+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})")
#: "effective" that says when an action starts, not what a rule becomes ("becomes effective Monday").
EFFECTIVE = r"(?<!\bbecomes[ \t])(?<!\bbecome[ \t])(?<!\bbecame[ \t])(?<!\bbe[ \t])(?<!\bis[ \t])(?<!\bwas[ \t])" \
            r"(?<!\bare[ \t])(?<!\bwere[ \t])(?<!\bbeen[ \t])effective"
# "strike from Monday", "between Sunday and Wednesday", "until Friday": a weekday that another word than "on"
# governs is the phrase's object, which taking out would leave "strike from", "between and" (a pair of
# weekdays goes whole: "walked out on Monday and Tuesday" as "walked out").
_NOT_AFTER_A_PREPOSITION = "".join(rf"(?<!\b{word})" for word in
                                   "from until till between to by before after through on for".split()) + \
    r"(?:(?<!\band)(?<!\bor)|(?=[ \t]+(?:(?:late|early)[ \t]+)?[Oo]n[ \t]))"  # ("and on Monday": "struck and marched")
# (Every match opens with a blank or a comma: the look-ahead turns down
# every other position before the four look-behinds are tried there.)
_DAY_WORDS = re.compile(
    r"(?=[ \t,])(?<!\blast)(?<!\bnext)(?<!\bthis)(?<!\bsince)(?<!^On)(?<!^on)" + _NOT_AFTER_A_PREPOSITION +
    r"(?P<lead>[ \t]*,)?"
    r"(?:[ \t]+(?:late|early|" + EFFECTIVE + r"|starting|beginning))?[ \t]+(?:[Oo]n[ \t]+)?(?:" + WEEKDAY +
    r"(?:[ \t]+(?:and|or|&)[ \t]+(?:on[ \t]+)?" + WEEKDAY + r")?(?:,?[ \t]+" + DATE_WORDS + r")?|"
    r"yesterday|today|tonight)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?(?![\w'’-])(?![ \t]+[A-Z])(?P<comma>[ \t]*,)?")
# "JNU protests: ", "STANDOFF: ": a headline's kicker of a few words.
_KICKER = re.compile(r"^[^:\n]{2,40}?:[ \t]+(?=[A-Z“\"‘'#])")
_KICKER_WORDS = 5


def without_day_words(text: str) -> str:
    """``text`` without the day words that date it ("Students, on Tuesday,
    staged" as "Students staged")."""
    if "day" not in text and "tonight" not in text:
        return text  # every day word holds one of these
    return _DAY_WORDS.sub(comma_left, text)


# A second aside after a date between commas ("Students, on Monday, | in Ilorin, staged").
_ASIDE_GOES_ON = re.compile(r"[ \t]+(?:in|at|from|near|outside|across)[ \t][^,;:.]{1,40},")


_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|but|that|yet|while|when|because)$")


def comma_left(match: re.Match[str]) -> str:
    """What stands for a date phrase taken out of a sentence (``match`` with
    groups ``lead`` and ``comma``, the commas before and after it): nothing
    when the commas only set the date apart ("Students, on Tuesday, staged"
    as "Students staged", "... and on Tuesday, the union gave" as "... and the
    union gave"), a comma where one still closes a clause or opens
    an aside that goes on ("Students, on Monday, in Ilorin, staged" as
    "Students, in Ilorin, staged")."""
    if not match["comma"]:
        return ""
    if not match["lead"]:  # (after a conjunction the comma closed the date alone: "and | on Tuesday, | the union")
        return "" if _CONJUNCTION_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) else ","
    return "," if _ASIDE_GOES_ON.match(match.string, match.end()) else ""


def without_kicker(text: str) -> str:
    """``text`` without a kicker of at most five words before a colon,
    unless too little would be left."""
    kicker = _KICKER.match(text)
    if kicker is None or len(kicker.group().split()) > _KICKER_WORDS or len(text) - kicker.end() < 25:
        return text
    rest = text[kicker.end():]
    return rest[0].upper() + rest[1:]


def without_shouted_kicker(text: str) -> str:
    """``text`` without a kicker in capitals ("STANDOFF: Students ..."): a
    label shouted over the headline, never part of what happened."""
    kicker = _KICKER.match(text)
    if kicker is None or not kicker.group().isupper():
        return text
    return without_kicker(text)
