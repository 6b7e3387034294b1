"""A verb in headline wording read where the title's verb tests miss it, so its title can end before an added phrase.

The last resort of the title rules (``title_last_resort``) ends a sentence before a phrase that only
adds to it, provided what is left has a verb; its verb test knows verbs in lower case, in the past, a
helping verb or one of a few of the movement's verbs in -s. Headlines often say their news otherwise:
in title case ("Arlen Tenants Union Launches Petition Against ...") or with a plural present after the
people who act ("Over 40 Lakeland groups form alliance against ..."), and their titles stayed cut at 70
characters with "…". Here such a sentence is read with its capitalised words in lower case (only when
it is in title case, that is a headline: so every verb the tests know is seen, "Wins" as "wins", whether
or not a verb of this module's lists is found) and its plural verb as a past (in any sentence, headline
or not), only to find where it may end; the title keeps the sentence's own words. A plural present counts
only from a short list of verbs and right after a plural noun of people or groups (one adverb such as
"nationwide" may stand between): "applications form for ..." has no people before "form", and "the
students march was ..." is no verb of this list. A sentence opening on a subordinate clause ("Where
tenants form a committee, ...") is not read at all, and a noun that only names an attempt keeps the
aim after it ("launch bid | to unseat ..." does not end at "bid").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .title_compression import is_title_case, lowered_headline
from .title_tightening import PEOPLE_COUNTED

# Plural presents of a headline, and its verbs in -s in title case, with the past the verb tests know
# (``title_tightening.A_VERB``).
_PASTS = {"join": "joined", "form": "formed", "launch": "launched", "stage": "staged", "demand": "demanded",
          "urge": "urged", "vow": "vowed", "announce": "announced", "start": "started", "unveil": "unveiled"}
_PASTS_OF_S = {verb + ("es" if verb.endswith("ch") else "s"): _PASTS[verb]
               for verb in ("launch", "announce", "join", "form", "stage", "unveil")} | {"begins": "began"}
_PLURAL_VERB = re.compile(
    r"\b(?i:" + PEOPLE_COUNTED + r"|groups|organisations|organizations|unions|coalitions)"
    r"[ \t]+(?:(?:worldwide|nationwide|statewide|today|again|also|now)[ \t]+)?"
    r"(?P<verb>" + "|".join(_PASTS) + r")(?=[ \t]+[a-z])")
# A verb in -s of a headline in title case, after any word (read in lower case by then): "Arlen Union Launches".
_TITLE_CASE_VERB = re.compile(r"(?<=[A-Za-z])[ \t]+(?P<verb>" + "|".join(_PASTS_OF_S) + r")(?=[ \t]+[a-z])")
# The object already has its article, a determiner or a number.
_DETERMINED = re.compile(r"[ \t]+(?:the|a|an|its|their|his|her|our|that|this|these|those|some|all|every|\d)\b")
# First words that open a subordinate clause or a question, which ``title_last_resort``'s openers leave out:
# "Where tenants form a committee, the council ..." has its main verb after the comma, and "Why Lakeland nurses
# join unions in far greater numbers than ..." has its point in what follows the verb.
_SUBORDINATE_OPENERS = frozenset("where wherever whenever whether should whereas provided why how what who".split())
# A noun that only names an attempt, the aim it is for in the "to ..." after it: "launch bid | to unseat ..."
# keeps its aim (the blank before "to" is read as a no-break one, so no ending falls there).
_AIM = re.compile(r"\b(?i:bid|call|push|fight|appeal|right|plan|drive|effort|attempt|move|pledge|vow|promise|"
                  r"deadline|way|campaign|battle|quest|motion|petition|order|demand|ultimatum)s?"
                  r"[ \t]+to[ \t]+(?=[a-z])")
_NO_BREAK = str.maketrans(" \t", "\u00a0\u00a0")


def headline_ended(text: str, limit: int, end: Callable[[str, int], str | None]) -> str | None:
    """``text`` ended by ``end`` (given the text and a limit) as read with its headline's verb seen
    (``_read``), in ``text``'s own words and within ``limit``, never between a noun of an attempt and its
    aim (``_AIM``); None when ``text`` opens on a subordinate clause, the reading is ``text`` itself or
    ``end`` finds no ending."""
    if text[:text.find(" ") + 1].strip().lower() in _SUBORDINATE_OPENERS:
        return None
    reading, verb_end, grown = _read(text)
    if reading == text:
        return None
    reading = _AIM.sub(lambda aim: aim.group().translate(_NO_BREAK), reading)  # (as long as before)
    ended = end(reading, limit + grown)
    if ended is None:
        return None
    kept = len(ended) - grown if len(ended) >= verb_end else len(ended)
    title = text[:kept].rstrip(" ,;:–—-")
    return title if len(title) <= limit else None


def _read(text: str) -> tuple[str, int, int]:
    """``text`` with its words lower-cased after the first if it is a headline in title case (the title
    rules' own reading of one: ``title_compression.is_title_case``, ``lowered_headline``), and its plural
    verb after people as a past; with where that verb ends in the reading and how many characters it grew
    by (0, 0 when there is none)."""
    title_case = is_title_case(text)
    if title_case:
        text = lowered_headline(text)
    verb = _PLURAL_VERB.search(text) or (_TITLE_CASE_VERB.search(text) if title_case else None)
    if verb is None:
        return text, 0, 0
    past = _PASTS.get(verb["verb"]) or _PASTS_OF_S[verb["verb"]]
    said = past + ("" if _DETERMINED.match(text, verb.end("verb")) else " the")  # (a headline drops its articles)
    reading = text[:verb.start("verb")] + said + text[verb.end("verb"):]
    return reading, verb.start("verb") + len(said), len(said) - len(verb["verb"])
