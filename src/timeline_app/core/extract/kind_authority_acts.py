"""What those in charge did about an action, told as the news, is no action of the kinds.

Schools or a campus closed by those who run them:
"Ostland shuts all schools" over "The ministry has ordered every state school shut until the teachers'
strike is over": the page reports what a government or a university's management did about unrest, the
strike or the protests being its cause, however often the text names them. A reader files it as ``other``, as
``kind_arrests`` does with what the police did. Only where the opening states no act of the kinds itself
(students who "shut down the campus" or a union whose strike "closed every school" act) and the headline names
none (a headline on "growing protests" above a campus closed after them reports the protests).

People punished for acting: "College to expel union leaders for leading a protest" reports the expulsion, the
protest being only what it is for; a headline that names the sanction with its ground so is filed as ``other``,
unless the opening states an act (those expelled who "marched to the gates on Monday" act again).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["reports_closure", "reports_sanction"]

# Those who run schools and campuses, or govern them: the closure's subject, said before it.
_AUTHORITY = (r"\b(?:government|authorities|ministry|minister|secretary|management|administration|"
              r"vice[ \t-]chancellor|senate|council|governor|university|college)\b")
# People who act themselves, said between the authority and the closure: then theirs ("University students shut
# down the campus", "the council's workers closed the schools").
_ACTORS = r"\b(?:students?|pupils|workers|staff|employees|protesters|strikers|unions?|members|teachers|lecturers)\b"
# What they close: places of learning ("all public and private schools", "the institution", "its campuses").
_PLACES = r"(?:schools?|universit(?:y|ies)|campus(?:es)?|colleges?|institutions?|hostels?|halls[ \t]+of[ \t]+residence)"
# Closing them, said as the verb or as an announced or ordered closure, with a few words between: "closes all
# schools", "has shut down the university", "ordered a two-week closure of its colleges".
_CLOSES = re.compile(
    _AUTHORITY + r"(?:(?!" + _ACTORS + r")[^.;:!?\n]){0,60}?\b(?:(?:clos(?:e|es|ed)|shut(?:s)?)(?:[ \t]+down)?[ \t]+|"
    r"(?:announc|order|direct)(?:e|es|ed|ing)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?closure[ \t]+of[ \t]+)"
    r"(?:(?:the|all|its|their|every|public|private|and|state|[\w'’-]+'s)[ \t]+){0,5}?" + _PLACES + r"\b",
    re.IGNORECASE)


def reports_closure(opening: Sequence[str], headline_cued: bool) -> bool:
    """Whether the ``opening`` (the headline, then the first body sentences) tells of places of learning closed
    by those who run them, under a headline that names no action (``headline_cued``: it holds a kind cue). The
    caller checks that the opening states no act of the kinds."""
    if headline_cued:
        return False
    return any(("clos" in text.lower() or "shut" in text.lower()) and _CLOSES.search(text) for text in opening)

# A sanction on people and its ground, an act of the kinds: "set to rusticate the union's leaders for protesting",
# "dismissed 40 nurses for joining the strike" (not "a strike for the sacked workers": the sanction before "for").
_SANCTION_FOR = re.compile(
    r"\b(?:rusticat(?:e|es|ed|ing)|expel(?:s|led|ling)?|suspend(?:s|ed|ing)?|sack(?:s|ed|ing)?|"
    r"dismiss(?:es|ed|ing)?|fire(?:s|d)?|punish(?:es|ed|ing)?|disciplin(?:e|es|ed|ing)|"
    r"victimi[sz](?:e|es|ed|ing))[ \t]+"
    r"(?:(?!(?:and|but|or|after|as|while)\b)[^.;:!?\n]){0,60}?\bfor[ \t]+"
    r"(?:(?:leading|organi[sz]ing|joining|staging|holding|taking[ \t]+part[ \t]+in)[ \t]+(?:an?|the|their|its)[ \t]+)?"
    r"(?:protest|strik|picket|march|demonstrat|occup|rall)\w*", re.IGNORECASE)


def reports_sanction(headline: str) -> bool:
    """Whether ``headline`` (a page's headline) tells of people punished for an act of the kinds, the act named
    only as the ground of the sanction. The caller checks that the opening states no act."""
    return " for " in headline.lower() and _SANCTION_FOR.search(headline) is not None
