"""What those in charge did about an action, told as the news, is no action of the kinds.

Schools or a campus closed by those who run them:
"Ostland shuts all schools" over "The ministry has ordered every state school shut until the teachers'
strike is over": the page reports what a government or a university's management did about unrest, the
strike or the protests being its cause, however often the text names them. A reader files it as ``other``, as
``kind_arrests`` does with what the police did. Only where the opening states no act of the kinds itself
(students who "shut down the campus" or a union whose strike "closed every school" act) and the headline names
none (a headline on "growing protests" above a campus closed after them reports the protests).

People punished for acting: "College to expel union leaders for leading a protest" reports the expulsion, the
protest being only what it is for; a headline that names the sanction on people with its ground so is filed as
``other``, unless the headline names an act besides ("... vow to fight on", a kind cue outside the ground) or the
opening states one (those expelled who "marched to the gates on Monday" act again).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .kind_votes import cue_scores

__all__ = ["reports_closure", "reports_sanction"]

# Those who run schools and campuses, or govern them: the closure's subject, said before it. A university, a
# college or a council only as itself, not inside another body's name ("the Harbourton University Guild", "the
# Arlen Trades Council": a capitalised name word before or after it, checked in ``_closes``).
_AUTHORITY = (r"\b(?:government|authorities|ministry|minister|secretary|management|administration|"
              r"vice[ \t-]chancellor|senate|governor|(?P<named>council|university|college))\b")
# People who act themselves, said between the authority and the closure: then theirs ("University students shut
# down the campus", "the council's workers closed the schools").
_ACTORS = r"\b(?:students?|pupils|workers|staff|employees|protesters|strikers|unions?|members|teachers|lecturers)\b"
# What they close: places of learning ("all public and private schools", "the institution", "its campuses").
_PLACES = r"(?:schools?|universit(?:y|ies)|campus(?:es)?|colleges?|institutions?|hostels?|halls[ \t]+of[ \t]+residence)"
# Where another clause begins: ", but", ", while".
_OTHER_CLAUSE_OPENS = r",[ \t]+(?:but|while)\b"
# Closing them, said as the verb or as an announced or ordered closure, with a few words between: "closes all
# schools", "has shut down the university", "ordered a two-week closure of its colleges"; not past the start of
# another clause.
_CLOSES = re.compile(
    _AUTHORITY + r"(?:(?!" + _ACTORS + r"|" + _OTHER_CLAUSE_OPENS + r")[^.;:!?\n]){0,60}?"
    r"\b(?:(?:clos(?:e|es|ed)|shut(?:s)?)(?:[ \t]+down)?[ \t]+|"
    r"(?:announc|order|direct)(?:e|es|ed|ing)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?closure[ \t]+of[ \t]+)"
    r"(?:(?:the|all|its|their|every|public|private|and|state|[\w'’-]+'s)[ \t]+){0,5}?" + _PLACES + r"\b",
    re.IGNORECASE)


# A capitalised word just before or after a university, college or council: a name it is part of.
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:the|an?|its|their|this|that|every)[ \t])(?-i:[A-Z])[\w'’.-]*[ \t]+$",
                          re.IGNORECASE)
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])")
# A clause after the closure that tells of others acting: "..., but teachers on strike held classes".
_OTHER_CLAUSE = re.compile(_OTHER_CLAUSE_OPENS + r"[^.;:!?\n]*", re.IGNORECASE)


def _closes(text: str) -> bool:
    """Whether ``text`` tells of places of learning closed by those who run them, and goes on to no clause ("but
    ...", "while ...") that names an act of the kinds."""
    lowered = text.lower()
    if "clos" not in lowered and "shut" not in lowered:
        return False  # (most texts: no closing verb or noun, so no search)
    at = 0
    while (match := _CLOSES.search(text, at)) is not None:
        at = match.start() + 1
        if match.group("named") and (_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()) or
                                     _NAME_AFTER.match(text, match.end("named"))):
            continue  # "the Arlen Trades Council shut all schools": a body that acts, not who runs them
        other = _OTHER_CLAUSE.search(text, match.end())
        return other is None or not cue_scores(other.group())
    return False


def reports_closure(opening: Sequence[str], headline_cued: bool) -> bool:
    """Whether the ``opening`` (the headline, then the first body sentences) tells of places of learning closed
    by those who run them, under a headline that names no action (``headline_cued``: it holds a kind cue). The
    caller checks that the opening states no act of the kinds."""
    if headline_cued:
        return False
    return any(_closes(text) for text in opening)


# A sanction on people and its ground, an act of the kinds: "set to rusticate the union's leaders for protesting",
# "dismissed 40 nurses for joining the strike" (not "a strike for the sacked workers": the sanction before "for").
_SANCTION_FOR = re.compile(
    r"\b(?:rusticat(?:e|es|ed|ing)|expel(?:s|led|ling)?|suspend(?:s|ed|ing)?|sack(?:s|ed|ing)?|"
    r"dismiss(?:es|ed|ing)?|fire(?:s|d)?|punish(?:es|ed|ing)?|disciplin(?:e|es|ed|ing)|"
    r"victimi[sz](?:e|es|ed|ing))[ \t]+"
    r"(?P<object>(?:(?!(?:and|but|or|after|as|while)\b)[^.;:!?\n]){0,60}?)\b(?P<ground>for[ \t]+"
    r"(?:(?:leading|organi[sz]ing|joining|staging|holding|taking[ \t]+part[ \t]+in)[ \t]+(?:an?|the|their|its)[ \t]+)?"
    r"(?:protest|strik|picket|march|demonstrat|occup|rall)\w*)", re.IGNORECASE)
# Those punished: people or a number of them ("expels nine", "sacks cleaners", "the union's leaders"), not what
# was stopped ("suspends lectures").
_PEOPLE = (r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
           r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|dozens?|scores|staff|nurses?|pupils?|"
           r"students?|parents?|residents?|colleagues?|people|them|him|her|leadership|"
           r"(?!(?:for|over|under|after|ever|never|later|orders?|semesters?|papers?|power|water|letters?|sectors?)\b)"
           r"\w+(?:er|or|ist|ee)s?)\b")
_PEOPLE_IN = re.compile(_PEOPLE, re.IGNORECASE)
# The punished said before a sanction they suffer ("Nurses sacked for ...", "nine students to be expelled for ...");
# with no helping verb between (``told`` empty), the headline may go on with what they did next.
_PUNISHED_BEFORE = re.compile(
    _PEOPLE + r"[ \t]+(?P<told>(?:(?:to[ \t]+)?(?:be|been|are|is|was|were|get|got)[ \t]+){0,2})$", re.IGNORECASE)
# The sanction told as the cause of what the headline names first ("Anger as Westbrook council sacks cleaners for
# striking"): that is the news.
_AS_CAUSE = re.compile(r"\b(?:as|after|amid|over|following)\b", re.IGNORECASE)
# A verb after the ground: those punished then act ("Nurses sacked for striking picket Lakeland General"), not
# where or why ("at Lakeland General", "over pay", "last week").
_THEN_ACT = re.compile(
    r"[ \t]+(?!(?:at|in|on|over|against|by|after|before|during|with|from|to|and|or|but|as|while|since|for|of|the|an?|"
    r"last|this|outside|near|amid|despite|under|without|their|its|his|her|action|\d)\b)[a-z]+\b(?<!ly)", re.IGNORECASE)


def _punishes_people(headline: str, match: re.Match[str]) -> bool:
    """Whether the sanction ``match`` falls on people: its object names them or a number, or it follows them as
    said of them, and then not where they act after it ("Lakeland nurses fired for striking vow to fight on")."""
    if _PEOPLE_IN.search(match.group("object")):
        return True
    before = _PUNISHED_BEFORE.search(headline, max(0, match.start() - 80), match.start())
    if before is None or match.group("object").strip():
        return False
    return bool(before.group("told")) or _THEN_ACT.match(headline, match.end()) is None


def reports_sanction(headline: str, headline_cued: bool) -> bool:
    """Whether ``headline`` (a page's headline) tells of people punished for an act of the kinds, the act named
    only as the ground of the sanction: no kind cue outside it (``headline_cued``: the headline holds one). The
    caller checks that the opening states no act."""
    if " for " not in headline.lower():
        return False
    match = _SANCTION_FOR.search(headline)
    if match is None or _AS_CAUSE.search(headline, 0, match.start()) or not _punishes_people(headline, match):
        return False
    return not headline_cued or not cue_scores(headline[:match.start("ground")] + " " + headline[match.end():])
