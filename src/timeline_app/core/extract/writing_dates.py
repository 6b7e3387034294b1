"""A day that dates a piece of writing the sentence cites, not the act.

"wrote in a Feb. 9 column in the student weekly", "a message from the Vice
Chancellor 28th February 2019", "Tuesday's call from three groups", "the
memorandum we submitted on 3 September", "the strike notice, issued on
December 10": the day is when an earlier article, message or notice went
out. A report cites such writing as background to what it announces, so
its day is never the main event's. A letter's own report may date the
letter itself ("in a letter sent on 3 May"): for a letter, letters and
statements are its act; for a report of no named kind (a resignation, an
agreement) a statement or announcement may be the news itself; but not the
letter a letter answers ("in reply to your letter dated 2 May"), nor the day
someone "was quoted in the press", a report of words on any page.
"""

from __future__ import annotations

import re

from .document_memo import remembered
from .prefilter import contains_any, folded_piece

__all__ = ["dates_a_writing"]

_NOUNS = (r"(?:article|story|report|blog[ \t]+post|post|e-?mail|memo|memorandum|message|announcement|statement|"
          r"(?:press|news|media)[ \t]+release|letter|interview|op-ed|editorial|column|tweet|circular|notice|"
          r"newsletter|bulletin|call)s?")
# Every noun holds one of these (lower-cased): a sentence with none is turned down at once.
_NOUN_WORDS = ("article", "story", "report", "post", "mail", "memo", "message", "announcement", "statement",
               "release", "letter", "interview", "op-ed", "editorial", "column", "tweet", "circular", "notice",
               "bulletin", "call")
# "a Jan. 26 article", "Tuesday's call": the date stands before the noun.
_NOUN_AFTER = re.compile(r"(?P<own>['’]s)?[ \t]+(?:[\w-]+[ \t]+)?" + _NOUNS + r"\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|our|your|my|this|that)[ \t]+$", re.IGNORECASE)
# "messages sent on 1 March", "the notice, issued on", "a message from the
# Vice Chancellor 28th February", "the memorandum that we submitted on".
_NOUN_BEFORE = re.compile(
    r"\b" + _NOUNS + r"\b,?(?:[ \t]+(?:that|which)(?:[ \t]+[\w'’]+){0,2}?)?"
    r"(?:[ \t]+(?:sent|dated|published|issued|posted|released|written|submitted|delivered|lodged|served|"
    r"handed[ \t]+(?:in|over)|circulated|made))?"
    r"(?:[ \t]+from(?:[ \t]+[\w.'’-]+){1,4}?)?[ \t]+(?:on[ \t]+|of[ \t]+)?$",
    re.IGNORECASE,
)
_LOOK_BACK = 64
# What a report of each kind may date as its own act.
_OWN_WRITING = {"letter": frozenset({"letter", "statement"}), "other": frozenset({"statement", "announcement"})}


def dates_a_writing(sentence: str, at: int, end: int, doc_kind: str) -> bool:
    """Whether the date at ``sentence[at:end]`` dates a piece of writing the
    sentence cites (and not one a report of ``doc_kind`` is about)."""
    if dated_as_writing(sentence, at, doc_kind) or _quoted_then(sentence, end):
        return True
    if not _names_writing(sentence):
        return False
    after = _NOUN_AFTER.match(sentence, end)
    if after is not None and (after["own"] or _DETERMINER_BEFORE.search(sentence, max(0, at - 8), at)):
        return not _is_own(after.group(), doc_kind)
    before = _NOUN_BEFORE.search(sentence, max(0, at - _LOOK_BACK), at)
    return before is not None and _others_writing(sentence, before.group(), before.start(), doc_kind)


# "In your reply, dated the 2nd of May 2023, to our petition": "dated"
# just before a day says which writing it dates, whatever its noun (or the
# bracket after it: "a letter to the Lakeland Schools Board (LSB), dated").
_DATED_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\)?,?[ \t]+dated[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def dated_as_writing(sentence: str, at: int, doc_kind: str) -> bool:
    """Whether "dated" stands just before the day at ``sentence[at:]``: a
    reply, report or letter's own date, never an act's ("the letter, dated
    3 May" is a letter's act: a letter page keeps it). A line opening
    "Dated 3 May" is a page's own date line, left to the others."""
    if "dated" not in sentence[max(0, at - 12):at].lower():
        return False
    before = _DATED_BEFORE.search(sentence, max(0, at - _LOOK_BACK), at)
    return before is not None and _others_writing(sentence, before["noun"], before.start(), doc_kind)


# The writing answered or addressed to the writer: "in reply to your letter of", "in response to the
# letter dated", "thank you for your letter of". A letter page's own act is its reply, not what it answers.
_ANSWERED = re.compile(r"(?:\b(?:response|reply|answer|respond(?:ing)?|replying|answering)[ \t]+to|"
                       r"\bthanks?(?:[ \t]+you)?[ \t]+for)[ \t]+(?:the[ \t]+|a[ \t]+|your[ \t]+)?$|"
                       r"\byour[ \t]+$", re.IGNORECASE)
_ANSWERED_CHARS = 32


def _others_writing(sentence: str, phrase: str, noun_at: int, doc_kind: str) -> bool:
    """Whether the writing ``phrase`` names, its noun starting at ``noun_at``, is another's: none a report of
    ``doc_kind`` is about, or one the page answers or was sent ("your letter")."""
    return not _is_own(phrase, doc_kind) or \
        _ANSWERED.search(sentence, max(0, noun_at - _ANSWERED_CHARS), noun_at) is not None


# "On Sunday, 7 May, the mayor was quoted in the press as saying": the day of a report of words, not of an act;
# not across a clause opener ("walked out on 6 May after the manager was quoted", "on 6 May and the manager was
# quoted", "the rector, who was quoted")
_QUOTED_AFTER = re.compile(r"(?:(?!\b(?:after|before|when|since|as|because|until|while|who|whom|whose|which|that|"
                           r"where|and|but|although|though|whereas|so|once|if)\b)[^.;:!?]){0,80}?"
                           r"\b(?:was|were)[ \t]+quoted\b", re.IGNORECASE)
_QUOTED_CHARS = 100


def _quoted_then(sentence: str, end: int) -> bool:
    """Whether the clause after the day at ``sentence[:end]`` says someone was quoted then."""
    return "quoted" in sentence[end:end + _QUOTED_CHARS] and _QUOTED_AFTER.match(sentence, end) is not None


def _names_writing(sentence: str) -> bool:
    """Whether ``sentence`` may hold a noun for writing. Asked once per date
    in the sentence, answered once per document: folding and searching the
    whole sentence for every date made a sentence of many dates quadratic."""
    return remembered(_holds_noun_words, sentence)


def _holds_noun_words(sentence: str) -> bool:
    return contains_any(folded_piece(sentence), _NOUN_WORDS)


def _is_own(phrase: str, doc_kind: str) -> bool:
    own = _OWN_WRITING.get(doc_kind)
    return own is not None and any(noun in phrase.lower() for noun in own)
