"""The main date's signals: what each dated sentence's date adds to its score.

``events.build_events`` weighs every candidate date by the signals named in
``main_choice.MAIN_TERMS`` (its kind's words, "take place", the lede, the
headline's words, a year looked back to ...); working them out is a job of
its own, kept here with the per-document ``Context`` they read, so that new
signals do not crowd the assembly of the events.
"""

from __future__ import annotations

import re
from datetime import date

from ..partial_dates import parse_iso
from .dates import ResolvedDate
from .act_starts import ACT_START_BONUS, dates_an_acts_start
from .date_following import FOLLOWED_ACT_PENALTY, dates_a_followed_act
from .day_counts import counts_to_a_day, is_counted_day
from .event_hours import held_then
from .speech_dates import dates_a_statement
from .further_events import further_event_penalty
from .literal_trie import alternation
from .meeting_dates import dates_a_meeting
from .prefilter import WordPattern
from .sentences import Span
from .main_choice import MAIN_TERMS

# The phrases every word form spelt out ("begins?" as "begins", "begin"), in
# the order the branches were tried, grouped by their first letters
# (``literal_trie``): a sentence's t, w, d, s ... each try a few branches,
# not all twenty-five.
_EVENT_PHRASES = (
    "take place", "taking place", "took place", "takes place", "will be held", "was held", "held on", "held at",
    "day of action", "today", "tonight", "tomorrow", "yesterday", "due to", "planned for", "scheduled", "set to",
    "begins", "begin", "began", "starts", "started", "start", "launched", "launches", "launch",
    "kicks off", "kicked off", "kick off", "will", "gathered", "joined",
)
_EVENT_PHRASE = re.compile(rf"\b(?:{alternation(_EVENT_PHRASES)})\b", re.IGNORECASE)
# Searched on the lower-cased sentence, about three times faster (see ``WordPattern``).
_EVENT_PHRASE_WORDS = WordPattern(_EVENT_PHRASE)
_PAST_RELATIVE = re.compile(r"^(?:last|earlier|yesterday|the previous|.* ago$)")
# A retrospective names the year it looks back to ("remembering 1968") or
# how far back ("Forty years on", "50 years ago"); its main event is then
# that year, not the anniversary exhibition mentioned at the end.
_HEADLINE_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_YEARS_BACK = re.compile(
    r"\b(?P<n>\d{1,3}|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one hundred)"
    r"[ \t]+years[ \t]+(?:on|ago|later|since)\b",
    re.IGNORECASE,
)
_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "hundred": 100, "one hundred": 100}
_WORD = re.compile(r"[A-Za-z][A-Za-z]{2,}")  # [A-Za-z]{3,}, opening on a class the engine skips to
_STOP_WORDS = frozenset(
    "the and for with from over after into out are was were has have will its their our this that".split()
)


class Context:
    """What the whole document says about where its main event is, and what
    each sentence says, worked out once per sentence: several dates often
    share one sentence."""

    def __init__(self, look_back: frozenset[int], headline_stems: frozenset[str], lede: Span, text: str) -> None:
        self.look_back = look_back
        # Sentences whose day could not be dated (no publication date): their act's day
        self.undated_acts: set[int] = set()
        # Sentences that hold more than one date
        self.dated_twice: set[int] = set()
        self.years_reached_back: list[int] = []  # "the seventh strike since 2007"
        self.headline_stems = headline_stems
        self.further_headline = False  # the headline is about a further action ("Walking Out Again")
        self.lede = lede
        self.text = text  # the whole document's (its schedule lines are read from it)
        # Every stem shared with the headline starts with one of these.
        self._prefixes = frozenset(stem[:3] for stem in headline_stems)
        self._phrase: dict[int, bool] = {}
        self._shared: dict[int, int] = {}

    def has_event_phrase(self, sentence: Span) -> bool:
        found = self._phrase.get(sentence.start)
        if found is None:
            found = self._phrase[sentence.start] = _EVENT_PHRASE_WORDS.search(sentence.text)
        return found

    def shared_stems(self, sentence: Span) -> int:
        """How many of the headline's word stems the sentence repeats."""
        shared = self._shared.get(sentence.start)
        if shared is None:
            text = sentence.text
            # ASCII text lower-cased whole yields the same words, lower-cased
            words = _prefixed_words(text.lower(), self._prefixes) if text.isascii() else \
                [lower for lower in (w.lower() for w in _WORD.findall(text)) if lower[:3] in self._prefixes]
            stems = {_stem(lower) for lower in words if lower not in _STOP_WORDS}
            shared = self._shared[sentence.start] = len(self.headline_stems & stems)
        return shared


_LETTERS = re.compile(r"[a-z]+")


def _prefixed_words(lowered: str, prefixes: frozenset[str]) -> list[str]:
    """The words of ``_WORD.findall(lowered)`` (ASCII, lower-cased) that
    start with one of ``prefixes`` (three letters each), found from each
    prefix with ``str.find``: most of a sentence's words start with none,
    and are never cut out one by one."""
    found: list[str] = []
    for prefix in prefixes:
        at = lowered.find(prefix)
        while at != -1:
            if not at or not "a" <= lowered[at - 1] <= "z":
                found.append(_LETTERS.match(lowered, at).group())  # type: ignore[union-attr]
            at = lowered.find(prefix, at + 1)
    return found


def look_back_years(headline: str, reference: date | None) -> frozenset[int]:
    """Years a retrospective headline points back to."""
    # Every year holds a 1 or a 2, and every count back the word "years"
    # (whose letters no other character matches without case): the patterns,
    # tried at every position, run only when those are there.
    years = {int(y) for y in _HEADLINE_YEAR.findall(headline)} if "1" in headline or "2" in headline else set()
    if reference is not None and "year" in headline.lower():
        for match in _YEARS_BACK.finditer(headline):
            word = match["n"].lower()
            count = int(word) if word.isdigit() else _TENS.get(word)
            if count:
                years.add(reference.year - count)
    if reference is not None:
        years = {y for y in years if y < reference.year}
    return frozenset(years)


def _stem(word: str) -> str:
    word = word.lower()
    if len(word) >= 8:
        return word[:5]  # no suffix is longer than 3: the first five letters stay
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP_WORDS)


_PRECISION_SCORE = {"day": 1.0, "month": 0.0}
_OWN_TERMS = MAIN_TERMS.index("headline_day")  # MAIN_TERMS' signals of the candidate itself, before the two appended


# long: one signal per line, each with why it counts
def main_terms(resolved: ResolvedDate, sentence: Span, cues: dict[str, float], index: int, doc_kind: str,
               reference: date | None, headline: Span | None, context: Context) -> list[float]:
    """What each signal adds to a candidate's score, in the order and by the
    names of ``main_choice.MAIN_TERMS`` (its own ones: the headline's day and
    a forecast are added by the caller): the rules' score is their sum."""
    terms = dict.fromkeys(MAIN_TERMS[:_OWN_TERMS], 0.0)
    relative = resolved.mention.relative
    # "to a meeting on Wednesday": the day is the meeting's, whatever action the sentence names
    meeting = dates_a_meeting(sentence.text, resolved.mention.text)
    if is_counted_day(relative) or doc_kind in cues and not meeting:  # "its second day": the action's own
        terms["kind_cue"] = 3
    elif cues and not meeting:
        terms["other_cue"] = 1
    elif meeting:
        terms["meeting"] = -1
    if context.has_event_phrase(sentence):
        terms["event_phrase"] = 2
    terms["precision"] = _PRECISION_SCORE.get(resolved.precision, -1.0)
    if resolved.precision == "day" and (relative is None or counts_to_a_day(relative)):
        terms["written_day"] = 0.5  # "on Thursday 22 February" ("for a third day on Friday") says more than "today"
        if held_then(context.text, resolved.mention.start, resolved.mention.end):
            terms["held_then"] = 1.5  # "Friday 10 March 2023, 2pm - 4pm", "When: ..." over "Where: ...": held then
    if relative and _PAST_RELATIVE.match(relative) and (doc_kind not in cues or (
            resolved.precision != "day" and sentence.start != context.lede.start)):
        # "last week", "last month" say less than the page's own date: background unless in the lede
        terms["past_relative"] = -2
    year = int(resolved.iso[:4])
    if context.look_back:
        # a retrospective: the year looked back to is the story
        if year in context.look_back:
            terms["looked_back_year"] = 4
    elif reference is not None and year < reference.year:
        terms["earlier_year"] = -2
    if reference is not None:
        delta = (_first_day(resolved.iso) - reference).days
        if -14 <= delta <= 120:
            terms["near_reference"] = 1
    if index < 6 or (headline is not None and sentence.start <= headline.end + 400):
        terms["early"] = 1
    # The lede (first body sentence) says what the piece reports; so does a sentence repeating the headline's words.
    if sentence.start == context.lede.start:
        terms["lede"] = 1.5
    terms["further_event"] = -further_event_penalty(  # "another day of action, to be held on ...": a later event
        sentence, resolved.mention.start, index > 0 and sentence.start != context.lede.start and
        not context.further_headline, doc_kind == "vote")  # ("Students Are Walking Out Again": the news)
    if context.headline_stems:
        terms["headline_stems"] = min(3.0, 0.75 * context.shared_stems(sentence))
    if (resolved.mention.relative or index in context.dated_twice) and \
            dates_a_statement(sentence.text, resolved.mention.text):
        # "their union announced Tuesday", "addressed the media on 25 August, revealing that the
        # strike begins on 26 August": when it was told, not done
        terms["dates_statement"] = -2
    if dates_a_followed_act(sentence.text, resolved.mention.start - sentence.start):
        # "arrested ... following a demonstration on Monday": the earlier act
        terms["followed_act"] = -FOLLOWED_ACT_PENALTY
    if terms["kind_cue"] and dates_an_acts_start(sentence.text, resolved.mention.start - sentence.start,
                                                 context.lede.text):
        terms["act_start"] = ACT_START_BONUS  # "the sit-in, which began on 3 May": the act's own first day
    return list(terms.values())


def _first_day(iso: str) -> date:
    """First day of a partial ISO date ("2017", "2017-02", "2017-02-20")."""
    if len(iso) == 10:  # a whole day, as resolution writes it: parsed in C
        return date.fromisoformat(iso)
    year, month, day = parse_iso(iso)
    return date(year, month or 1, day or 1)
