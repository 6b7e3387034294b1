"""The act the headline and lede say was done, over the words a report repeats.

A report's kind words count what it talks about, not what happened:
students who "marched through Harbourton against the long strike" by their
lecturers are on a protest, however often the strike is named; academics
who "in a letter to the President" condemn a police charge on "protesting
students" wrote a letter. A reader names the event by its verb and object
in the headline and the first sentences ("stormed the Chancellery
Building", "walked out of class", "have gone on strike", "announced a
boycott of the exams"). This module finds that act; it outranks the word
vote when the opening states one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .boycott_forms import boycott_is_form_of
from .kinds import NAMED_STRIKE_WEIGHT, OUTSIDE
from .lede_act_patterns import (ACT, ACT_LOWER, ACT_WORD_STARTS, BY_MEANS, CAMP_WORDS, GROUP_KIND, MARCH, NO_KIND,
                                PICKET)
from .lede_act_readings import STAFF, march_kind, no_kind_act, pupils_walked_out, staff_sit_in
from .page_furniture import is_page_furniture
from .sentences import Span

__all__ = ["act_in_opening", "kind_from_opening", "opening_texts"]

# ... or near one ("staged a sit-in near Parliament"; said after a time phrase, "near" may stand inside)
_NEAR = re.compile(r"[ \t]*(?:on[ \t]+\w+day[ \t]+)?near\b", re.IGNORECASE)
_CAMPED = re.compile(r"\b" + CAMP_WORDS + r"\b", re.IGNORECASE)
# Up to two words before a form of action that are no cause it was taken for ("in support of", "in solidarity
# with": the action then is someone else's).
_NOT_A_CAUSE = r"(?:(?!(?:support|solidarity|protest|opposition|anger|defen[cs]e)\b)[\w-]+[ \t]+){0,2}?"
# "leave their labs and lecture halls today in a labor strike": the walkout is the strike's form.
_IN_A_STRIKE = re.compile(r"[^.;:!?]{0,80}?\b(?:in|as[ \t]+part[ \t]+of)[ \t]+(?:an?|the)[ \t]+" + _NOT_A_CAUSE +
                          r"strike\b", re.IGNORECASE)  # (not "in support of their teachers, who are on strike")
# The form a march took: "marched on Monday in a series of school walkouts across Ostland".
_IN_A_FORM = re.compile(r"[^.;:!?]{0,60}?\bin[ \t]+(?:an?[ \t]+(?:(?:series|wave|day)[ \t]+of[ \t]+)?|the[ \t]+)" +
                        _NOT_A_CAUSE + r"(?P<form>walk-?outs?|strikes?)\b", re.IGNORECASE)  # (not "in solidarity with strikes")
_SKIPPING = r"\b(?:skip|skipped|skipping|skips|miss|missed|missing|misses)[ \t]+"
_SCHOOL_STRIKE = re.compile(r"\b(?:school|climate|youth)[ \t]*strikes?(?:4climate|forclimate)?\b|\bstrikes?[ \t]+(?:for|4|over|on|against)[ \t]+"
                            r"(?:the[ \t]+)?climate\b|"
                            # pupils who skip school for a cause are on a school strike, however their day is told
                            + _SKIPPING + r"school\b", re.IGNORECASE)
# Pupils skipping school or classes, said in the opening, make the day a school strike even when no act
# is found ("rallied around the country on Friday, skipping school") or the act is a march.
SKIPS_SCHOOL = re.compile(_SKIPPING + r"(?:school|class|classes|lessons)\b", re.IGNORECASE)
#: Acts that a report of another action often mentions in passing, and the
#: share of the winning kind's words they need to be the report's act.
_DOCUMENT_ACTS = frozenset({"letter", "petition", "vote"})
_DOCUMENT_SHARE = 0.4
# How far from an act a strike said in the same sentence is looked for.
_NEAR_CHARS = 250
# What, said before an offer turned down, makes it no members' decision: an employer ("Lakeland Council turned down
# an offer from the union") or a clause that makes it a cause ("After they rejected the offer, nurses went on strike").
_NOT_MEMBERS_DECISION = re.compile(r"\b(?:after|as|when|because|once|since|boards?|councils?|management|companies|"
                                   r"company|employers?|government|ministry|owners?)\b", re.IGNORECASE)

# An act in the past perfect ("who had led a protest on Thursday") happened
# before the news the sentence tells: background, not the report's act.
_BACKGROUND = re.compile(r"\bhad[ \t]+(?:already[ \t]+|earlier[ \t]+|previously[ \t]+)?$")
# What a report says "comes after" (or "as", "amid") is the cause of its news, said
# before the act of it: "The strike comes after members voted for action".
_CAUSE = re.compile(r"\b(?:comes?|came|coming)[ \t]+(?:after|as|amid)[ \t]+[^,;:.]*$")
# An act on a condition is not done: "a walkout on Monday unless the board offers a deal".
_CONDITION = re.compile(r"\bunless[ \t]+(?:[\w'’-]+[ \t]+){1,3}$")
# An act others are urged to do is not done: "has urged the regions to embark on a peaceful protest" (in the
# urging's clause, the "to" of those urged: not "police urged them to leave, students went on to occupy").
_URGED = re.compile(r"\b(?:urged|urges|urging|called[ \t]+on|calls[ \t]+on|appealed[ \t]+to|appeals[ \t]+to|"
                    r"encouraged|encourages)\b(?:[ \t]+(?!(?:went|go|goes|going|gone|decided|decide|decides|began|"
                    r"begin|begins|begun|voted|vote|votes)\b)[^\s.,;:!?]+){0,14}?[ \t]+to[ \t]+$")
# An act threatened is not yet done: "ASUU threatens nationwide strike over ...".
_THREATENS = r"\bthreat(?:en|ens|ened|ening)"
_THREAT = re.compile(_THREATENS + r"[ \t]+(?:to[ \t]+)?(?:(?:an?|fresh|new|nationwide|national|indefinite|"
                     r"further|more|mass|general|another)[ \t]+){0,2}$")  # (not "threatened with eviction, marched")
# A headline that threatens an act ("Union threatens strike over pay cuts", "Doctors threaten to strike again")
# names what the page is about, the act to come: no later sentence's act outranks it.
_HEADLINE_THREAT = re.compile(_THREATENS + r"\b[^.;:]{0,40}?\b(?P<act>strik|walk-?out|occup|protest|"
                              r"boycott|shut-?down)")
# "... punish leaders who recently threatened to strike": in a page's first sentence (no headline above it), a
# threat told of someone, not the news; a headline's ("Unions that threaten shutdown get warning") still names it
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)[ \t]+(?:[a-z]+[ \t]+)?$")
_HEADLINE_CHARS = 120
# A sentence that opens on the weeks before the news tells its background.
_LATELY = re.compile(r"(?:in|over|during)[ \t]+(?:the[ \t]+)?(?:recent|past|last|previous)[ \t]+"
                     r"(?:(?:few|two|three|several)[ \t]+)?(?:days|weeks|months)\b", re.IGNORECASE)
_THREATENED_KIND = {"strik": "strike", "walkout": "walkout", "occup": "occupation", "protest": "protest",
                    "boycott": "strike", "shutdown": "strike"}  # (looked up without the hyphen)


def kind_from_opening(kind: str, opening: Sequence[str], cues: Iterable[tuple[int, str, float]],
                      totals: Mapping[str, float], headed: bool = True) -> str:
    """``kind`` from the word vote, or the act the opening states. A school
    or climate strike stays a strike when its pupils are said to rally or
    walk out, whether the opening names it or the vote found it (``cues``:
    the document's kind cues, where such a strike weighs
    ``NAMED_STRIKE_WEIGHT``); staff who walk out are on strike, when the
    page speaks of a strike too. A letter,
    petition or vote met in passing ("In a letter to students, the
    university said ...") names the act only when its words weigh at least
    40 % of the vote's winner (``totals``: the word vote), unless the
    headline states it (``headed``: ``opening`` starts with a headline):
    "Workers end strike, ratify contracts" reports the ratifying vote."""
    kind = _kind_from_act(kind, opening, cues, totals, headed)
    if kind == "protest" and any(("iss" in text or "kip" in text) and SKIPS_SCHOOL.search(text) for text in opening):
        return "strike"  # pupils who skipped school to rally
    return kind


def _kind_from_act(kind: str, opening: Sequence[str], cues: Iterable[tuple[int, str, float]],
                   totals: Mapping[str, float], headed: bool) -> str:
    """``kind_from_opening`` before a skipped school day is weighed."""
    found = _first_act(opening)
    if found is None:  # "joining #schoolstrike4climate, the pupils' global movement": a school strike
        return "strike" if kind == "protest" and any(_SCHOOL_STRIKE.search(text) for text in opening) else kind
    act, said_before, act_words, said_after, in_headline, rejected = found
    headline = opening[0] if headed and opening else None
    if boycott_is_form_of(kind, act, said_before, act_words, headline):
        return kind  # "Walkout at Harbourton" over students who "boycott lectures": the boycott is the walkout's form
    # "held a sit-in outside Westbrook town hall" holds no building; a camp pitched outside holds its
    # ground ("set up a tent city outside Congress")
    if act == "occupation" and (OUTSIDE.match(said_after) or _NEAR.match(said_after)) and \
            not _CAMPED.search(act_words):
        return "protest"
    if act == "occupation" and kind == "strike" and staff_sit_in(act_words, said_before):
        return "strike"  # "teachers reported for work but are staging sit-ins": staff who sit idle withhold work
    form = _IN_A_FORM.match(said_after) if act in (MARCH, "protest") else None
    if form is not None:  # "took to the streets in a series of school walkouts": the walkouts are the act
        return "walkout" if form["form"].startswith("walk") else "strike"
    if act in (MARCH, "protest") and in_headline and headed and not any(map(_SCHOOL_STRIKE.search, opening)) and \
            pupils_walked_out(opening[1:]):
        return "walkout"  # "Students stage protests" over "pupils walked out of school to join protests"
    if act == PICKET:
        return "strike" if kind == "strike" else "protest"
    if act == MARCH:
        return march_kind(kind, said_before, act_words, said_after, opening[1:])
    if act == NO_KIND:
        return no_kind_act(kind, act_words, said_after, opening[0], in_headline)
    if act in ("protest", "walkout") and (
            any(_SCHOOL_STRIKE.search(text) for text in opening) or kind == "strike" and
            any(cue_kind == "strike" and weight >= NAMED_STRIKE_WEIGHT for _, cue_kind, weight in cues)):
        return "strike"
    if act == kind == "walkout" and totals.get("strike") and STAFF.search(said_before):
        return "strike"  # "teachers walk out over pay", on a page that calls it industrial action
    if act == kind or kind == "strike" and act == "walkout" and (STAFF.search(said_before) or
                                                                _IN_A_STRIKE.match(said_after)):
        return kind  # (staff who walk out, or anyone who walks out "in a labor strike", are on strike)
    if act in _DOCUMENT_ACTS and totals.get(act, 0.0) < _DOCUMENT_SHARE * totals.get(kind, 0.0) and \
            not (in_headline and (headed or rejected and _members_turned_down(said_before, said_after))):
        return kind
    if kind in _DOCUMENT_ACTS and totals.get(act, 0.0) < _DOCUMENT_SHARE * totals.get(kind, 0.0) and _states(opening, kind):
        return kind  # "held a rally and delivered a petition": the petition the page is about
    return act


def act_in_opening(opening: Iterable[str]) -> str | None:
    """The kind of the first act stated in ``opening`` (the headline, then
    the first body sentences, in reading order), or None when none states one."""
    found = _first_act(opening)
    return None if found is None else "protest" if found[0] in (MARCH, PICKET) else found[0]


def _members_turned_down(said_before: str, said_after: str) -> bool:
    """Whether an offer turned down in a page's first sentence, with no headline above it, is the members' decision
    the page reports: staff or their union turned it down, in the sentence's own clause, and the sentence states no
    strike or walkout after it ("turned down the offer on Monday, and began an indefinite strike")."""
    return bool(STAFF.search(said_before)) and not _NOT_MEMBERS_DECISION.search(said_before) and \
        not _states_strike(said_after[:_NEAR_CHARS].lower())


def _states_strike(lowered: str) -> bool:
    """Whether ``lowered`` (lower-cased, a stretch of one sentence) states a strike or a walkout as an act."""
    return any(GROUP_KIND[match.lastgroup] in ("strike", "walkout")  # type: ignore[index]
               for _, match in _acts_at_word_starts(lowered))


def _acts_at_word_starts(lowered: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each act ``ACT_LOWER`` matches in ``lowered`` (lower-cased) where one of its first words starts, and where."""
    for start in ACT_WORD_STARTS.finditer(lowered):
        match = ACT_LOWER.match(lowered, start.start())
        if match is not None:
            yield start.start(), match


def _first_act(opening: Iterable[str]) -> tuple[str, str, str, str, bool, bool] | None:
    """The first act's kind, what its sentence says before it, its words and what follows, whether it is said
    first, and whether it is an offer turned down. A protest
    said with its means ("staged a protest by leaving their lectures at noon")
    is the act of its means. A body sentence told as what went before ("In recent weeks, members
    have held rallies") states no act of the news."""
    for at, text in enumerate(opening):
        if at and _LATELY.match(text):
            continue
        threat = _HEADLINE_THREAT.search(text.lower()) if at == 0 and "hreat" in text else None
        if threat is not None and not (len(text) > _HEADLINE_CHARS and
                                       _RELATIVE_BEFORE.search(text, max(0, threat.start() - 20), threat.start())):
            return _THREATENED_KIND[threat["act"].replace("-", "")], text[:threat.start()], \
                text[threat.start():threat.end()], text[threat.end():], True, False
        match, lowered = _search_act(text)
        if match is None:
            continue
        kind = GROUP_KIND[match.lastgroup]  # type: ignore[index]
        if kind == "protest":
            means = BY_MEANS.match(lowered, match.end())
            if means is not None:
                narrower = ACT.match(lowered, means.end())
                if narrower is not None:
                    kind = GROUP_KIND[narrower.lastgroup]  # type: ignore[index]
        return kind, text[:match.start()], text[match.start():match.end()], text[match.end():], at == 0, \
            bool(match["rejected"])
    return None


def _states(opening: Iterable[str], kind: str) -> bool:
    """Whether ``opening`` states an act of ``kind`` anywhere (not only first)."""
    return any(GROUP_KIND[match.lastgroup] == kind  # type: ignore[index]
               for text in opening for match in ACT.finditer(text))


def _search_act(text: str) -> tuple[re.Match[str] | None, str]:
    """``ACT.search(text)``, and the text it was matched on (lower-cased
    where that keeps every offset)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few scripts change length when lowered
        return ACT.search(text), text
    for at, match in _acts_at_word_starts(lowered):
        if match["call"] and _FEW_OR_OTHERS.search(lowered, max(0, at - 40), at):
            continue  # "Few workers obeyed the strike call", "Police in X responded to the strike call"
        if (match["blockade"] or match["campus"]) and _AUTHORITY_SUBJECT.search(lowered, max(0, at - 30), at):
            continue  # "Police set up blockades on the road", "Soldiers occupied the campus": no protesters' act
        if match["rejected"] and (_RELATIVE_BEFORE.search(lowered, max(0, at - 20), at) or
                                  _VERB_AFTER.match(lowered, match.end())):
            continue  # "Nurses who rejected the offer walked out", "Staff having rejected the offer went on strike"
        if match["rehearsal"] and _states_strike(lowered[max(0, at - _NEAR_CHARS):match.end() + _NEAR_CHARS]):
            continue  # "Dockers, who are practising picketing, went on strike": the strike is the act
        if match["stayed"] and not _WORKERS_BEFORE.search(lowered, max(0, at - 100), at):
            continue  # "the man refused to leave the premises and was arrested"
        if not _BACKGROUND.search(lowered, max(0, at - 12), at) and \
                not _CAUSE.search(lowered, max(0, at - 60), at) and not _THREAT.search(lowered, max(0, at - 40), at) and \
                not _CONDITION.search(lowered, max(0, at - 40), at) and \
                not _URGED.search(lowered, max(0, at - 120), at):  # (a call on others to act: "urged X to embark on")
            return match, lowered
    return None, lowered


# An authority right before a blockade's or a campus occupation's verb: its subject ("Police set up blockades",
# "troops have erected ...", "Soldiers occupied the campus").
_AUTHORITY_SUBJECT = re.compile(r"\b(?:police|army|navy|troops|soldiers|authorities|government|officers)[ \t]+"
                                r"(?:have[ \t]+|had[ \t]+|also[ \t]+)?$")
# A main verb in an offer's rejection's clause, after it: the rejection only tells who acted ("Nurses who rejected
# the latest pay offer walked out"); not "rejected the offer, and walked out".
_VERB_AFTER = re.compile(r"(?:[ \t]+(?!(?:and|but|or|who|which|that|as|after|when|while|because|since|until)\b)"
                         r"[^\s.,;:!?]+){0,8}?[ \t]+(?:walked|went|staged|struck|downed|marched|began|started|voted|"
                         r"held|occupied|launched|stopped|took|are|were|will)\b")
_WORKERS_BEFORE = re.compile(r"\b(?:workers|staff|employees|strikers|protesters|students|nurses|teachers|miners)\b")
# Who answered a strike call, said before it: few or none of those called, or those who police it.
_FEW_OR_OTHERS = re.compile(r"\b(?:few|no|police|government|authorities|management|employers?)\b[^.;:!?]{0,30}$")
#: How many body sentences after the headline make the opening.
_LEDE_SENTENCES = 2
_LEDE_WORDS = 6


def opening_texts(headline: Span | None, title: str | None, body: Sequence[Span]) -> list[str]:
    """The headline (or the reader's title), then the first body sentences
    that read as sentences (six words or more, no page furniture)."""
    texts = [headline.text] if headline is not None else [title] if title else []
    for sentence in body:
        if len(texts) > _LEDE_SENTENCES:
            break
        if len(sentence.text.split()) >= _LEDE_WORDS and not is_page_furniture(sentence.text):
            texts.append(sentence.text)
    return texts
