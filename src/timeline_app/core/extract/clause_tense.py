"""The tense of a clause or a sentence: whether it tells what was done or what is still to come.

A date with no year of its own, a bare month and a weekday take their year, or their week, from the tense of
the words around them ("occupied the library on 1 December", "will march on Friday"). These readings ask only
of the words, never of the date, so other readers (a main date's exclusions, a lede's year, a plan's date)
call them on their own; ``date_resolution`` moves a date by them. Sentence-wide questions are answered once
per sentence: a sentence of thousands of dates would otherwise be searched whole for each of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .prefilter import WordPattern, folded
from .told_weekdays import TELLING_PAST

# Every branch opens with a letter (the look-behinds stand after it, "is"/"are set" are two branches), so the
# lower-cased copy ``WordPattern`` searches skips from one possible first letter to the next.
_FUTURE = re.compile(
    # ("won't", but not of what someone said they won't do, nor "won't say": "said he won't resign")
    r"\b(?:will|w(?<!\bhe w)(?<!\bshe w)(?<!\bit w)(?<!\bthey w)(?<!\bwe w)(?<!\bi w)on['’]t"
    r"(?! (?:say|comment|confirm|reveal|rule|disclose|resign)\b)|"
    r"shall|set to|is set (?:for|on)|are set (?:for|on)|slated|due to|due on|plan(?:s|ned)? (?:to|for)|planning|"
    r"going to|to be held|"
    r"scheduled|"
    # ("The group plans a rally on Thursday": not "unveiled plans a day after", "the plans their tenants fought")
    r"p(?<!the p)(?<!its p)(?<!their p)(?<!unveiled p)(?<!announced p)(?<!presented p)(?<!dropped p)"
    r"lans? (?:a|an|another|its|their)(?: [\w-]+){0,2}? (?:rally|march|strike|walkout|ballot|vote|protest|"
    r"demonstration|picket|sit-in|occupation|boycott|stoppage|action|meeting)|"
    r"intends? to|upcoming|calls? on|calling on|urg(?:es|ing)|"
    # (encouraging someone to do it, not "encouraging results")
    r"encourag(?:es|ing) (?:[\w'’,-]+ ){1,8}?to |next)\b",
    re.IGNORECASE,
)
_FUTURE_WORDS = WordPattern(_FUTURE)  # lower-cased, no leading \b: skips ahead instead of trying every position


def is_future_tense(sentence: str) -> bool:
    """Whether a sentence announces something still to come."""
    return _FUTURE_WORDS.search(sentence)


EXPECTED = re.compile(r"\b(?:expected|hoped?|hoping|aim(?:s|ing)?|would|could|may|might) to\b|\b(?:would|should)\b",
                      re.IGNORECASE)


# Past-tense verbs that tell what was done, and those that report what was
# said: "organisers said" tells nothing of when the walkout it reports is (the irregular ones of the words of
# telling ``told_weekdays`` shares; a regular past, "warned", is read by its "-ed").
IRREGULAR_PAST = ("began", "was", "were", "took", "held", "met", "went", "came", "ran", "won", "lost", "left",
                  "stood", "sat", "gave", "broke", "struck", "rose", "led", "set up", "took part")
REPORTING_PAST = tuple(verb for verb in TELLING_PAST if not verb.endswith("ed"))
_PAST_WORDS = IRREGULAR_PAST + REPORTING_PAST


def past_verbs(irregular: tuple[str, ...]) -> str:
    """A regular past ("marched") or one of ``irregular``, as a whole word."""
    return r"\b(?:\w++(?<=\w{3}ed)|" + "|".join(irregular) + r")\b"


# "\w++(?<=\w{3}ed)" is "\w{3,}ed" read as a whole word (the "\b" after it
# demands one) without giving letters back one at a time to look for "ed".
_PAST_VERB = re.compile(past_verbs(_PAST_WORDS), re.IGNORECASE)
# Past-tense verbs right before a weekday ("began on Wednesday") decide its
# direction even when a later clause of the sentence looks ahead ("will stay").
_PAST_CLAUSE = re.compile(past_verbs(_PAST_WORDS) + r"[^,;]{0,40}$", re.IGNORECASE)
CLAUSE_CHARS = 60
_CLAUSE_BREAK = re.compile(r"[,;:]| and | but ")


def clause_tense_is_past(before: str) -> bool | None:
    """True/False when the clause just before a date shows its tense, else None."""
    clause = before[-CLAUSE_CHARS:]
    clause = _CLAUSE_BREAK.split(clause)[-1]
    if _FUTURE_WORDS.search(clause) or EXPECTED.search(clause) or _expects_to(clause):  # "expected to run until"
        return False
    if may_be_past(clause) and _PAST_CLAUSE.search(clause):
        return True
    return None


def _expects_to(clause: str) -> bool:
    """"(the ballot,) which it expects to open on": what a body expects to do on the date is ahead of it
    (not "expects to hear about talks that ended on", "is expecting to be paid for Monday's strike")."""
    expects = _EXPECTS.search(clause)
    return expects is not None and _PAST_VERB.search(clause, expects.end()) is None


# "expects to" ("is expecting to") and at most three words, then the date's preposition (not a participle's
# narrative: "Workers, expecting to be paid on June 28, found nothing").
_EXPECTS = re.compile(r"\b(?:expects|(?:is|are)[ \t]+expecting)[ \t]+to(?:[ \t]+[\w-]+){1,3}?[ \t]+"
                      r"(?:on|by|until)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def may_be_past(clause: str) -> bool:
    """Whether ``_PAST_CLAUSE`` can match ``clause``: it is tried at every
    position (led by ``\\b``, without case), so a clause without its words is
    turned down by substring tests first."""
    lowered = folded(clause)
    return lowered is None or len(lowered) != len(clause) or "ed" in lowered or \
        any(verb in lowered for verb in _PAST_WORDS)


@lru_cache(maxsize=8)
def says_what_is_ahead(sentence: str) -> bool:
    """Whether the sentence speaks of the future or of a hope ("would", "expected to"): asked once per
    sentence, since a sentence of many weekdays would otherwise be searched whole for each of them."""
    return bool(tells_future(sentence) or EXPECTED.search(sentence))


# The sentence-wide questions a year-less date asks, answered once per sentence (as ``says_what_is_ahead``):
# a sentence of thousands of dates ("1st May 9th August, ...") was searched whole for each of them.
@lru_cache(maxsize=8)
def tells_future(sentence: str) -> bool:
    return bool(is_future_tense(sentence))


@lru_cache(maxsize=8)
def has_past_verb(sentence: str) -> bool:
    return _PAST_VERB.search(sentence) is not None
