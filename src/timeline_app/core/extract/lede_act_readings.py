"""Second readings of the act a lede states, where who did it or what it sets decides the kind.

``lede_action`` finds the first act the headline and lede state. Some acts
read differently by their subject or their terms: staff who "walk out" or
"stage sit-ins" withhold their work (a strike, not a walkout from a room or a
building held); a press conference is how an action in the headline was
announced; an ultimatum that ends "or face nationwide strikes" sets the strike
it threatens, as a headline's "threatens strike" does; a march in a strike is
the strike's, unless it is told as a demonstration ("300 student demonstrators
marched through the campus following the vote for an unlimited strike"); a
protest told of pupils who "walked out of class" is their walkout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import ACTION_KINDS
from .kind_votes import cue_scores
from .lede_act_patterns import TO_WEIGH

__all__ = ["STAFF", "march_kind", "no_kind_act", "pupils_walked_out", "staff_sit_in"]

# A march its own sentence calls a demonstration is one, whatever strike it belongs to ...
_CALLED_A_DEMONSTRATION = re.compile(r"\b(?:demonstrations?|protests?|rall(?:y|ies))\b", re.IGNORECASE)
# ... and so is one whose marchers are called demonstrators ("300 student demonstrators marched through the campus").
_DEMONSTRATORS = re.compile(r"\b(?:demonstrators|protesters|protestors)\b", re.IGNORECASE)
_GATHERED = re.compile(r"\b(?:demonstrations?|rall(?:y|ies|ied)|gathered|marched)\b", re.IGNORECASE)  # (no "protest")
# Staff who walk out are on strike: "lecturers walked out on Monday".
STAFF = re.compile(r"\b(?:staff|lecturers|teachers|workers|employees|academics|nurses|doctors|cleaners|members|"
                   r"miners|dockers|drivers|porters|librarians|technicians|researchers|tutors|union|unions|ucu|nteu|"
                   r"cupe|(?:refuse|bin|garbage|rubbish|waste|toll|fare|ticket)[ \t]+collectors)\b", re.IGNORECASE)
# A sit-in said as such (not a building occupied or stormed, nor a camp pitched).
_SAT_IN = re.compile(r"\bsit-ins?\b", re.IGNORECASE)
# A press conference held, and a headline announcing an action: the action is the news.
_PRESS_CONFERENCE = re.compile(r"\b(?:press|news)[ \t]+(?:conference|briefing)", re.IGNORECASE)
_ANNOUNCED_AT_PRESS = re.compile(r"\bannounc\w*[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:strikes?|walk-?outs?|protests?|"
                                 r"marches|march|boycotts?|sit-ins?|shutdowns?)\b", re.IGNORECASE)
# An ultimatum that names the strike it sets, in its own clause ("... to meet the union's terms or face further
# strikes"; not "... to resolve the strike embarked upon by lecturers": someone else's strike).
_OR_FACE_STRIKE = re.compile(r"[^.;:!?]{0,160}?\bor[ \t]+(?:face|risk)[ \t]+(?:[\w-]+[ \t]+){0,5}?"
                             r"(?:strikes?|industrial[ \t]+action|walk-?outs?)\b", re.IGNORECASE)


# A meeting to be held to weigh a step ("is to meet today to decide"): the headline's act, if it names one, is the news.
_TO_MEET = re.compile(r"\bmeet\b[^.;:]{0,60}?\b" + TO_WEIGH, re.IGNORECASE)
# What the meeting weighs: the words after "to decide", up to a clause break ("on the next strike days").
_CLAUSE_BREAK = re.compile(r"[.;:,!?]")


def staff_sit_in(act_words: str, said_before: str) -> bool:
    """Whether the act is a sit-in (``act_words``) that staff stage (named in ``said_before``, its sentence
    before it): "teachers reported for work but are staging sit-ins"."""
    return bool(_SAT_IN.search(act_words) and STAFF.search(said_before))


def no_kind_act(kind: str, act_words: str, said_after: str, first: str, in_headline: bool) -> str:
    """The kind of a report whose opening states an act of none of the kinds (``act_words``, followed in its
    sentence by ``said_after``; ``first``: the opening's first text): that act's "other", unless a body
    sentence's press conference announced the headline's action (``kind``, the vote's), or the act is an
    ultimatum that names its strike, or a meeting to weigh a step that names the vote's kind or is told after
    a first text that names it."""
    # "Doctors' Association Announces Strike" over "held a press conference": how it was announced
    if not in_headline and _PRESS_CONFERENCE.search(act_words) and _ANNOUNCED_AT_PRESS.search(first):
        return kind
    if _TO_MEET.search(act_words) and (not in_headline and kind in cue_scores(first) or
                                       kind in cue_scores(_CLAUSE_BREAK.split(said_after, maxsplit=1)[0])):
        # "Union looks at options as vote fails" over "the council is to meet today to decide"; "will meet on Monday
        # to decide on the next strike days": the strike weighed is the news
        return kind
    if act_words.lower().endswith("ultimatum") and _OR_FACE_STRIKE.match(said_after):
        return "strike"  # "a 14-day ultimatum to meet its demands or face nationwide strikes": the strike it sets
    return "other"


def march_kind(kind: str, said_before: str, act_words: str, said_after: str, body: Sequence[str]) -> str:
    """The kind of a report whose opening's first act is a march or a rally (``act_words``, in a sentence that says
    ``said_before`` before it and ``said_after`` after it; ``body``: the opening's body sentences). Strikers,
    occupiers and protesters all march, so the word vote's ``kind`` stands, unless the march is a strike's and
    is told as a demonstration: called one, marched by demonstrators with no staff among them, or a rally behind
    strikers by others."""
    if kind == "strike" and "strik" not in said_before.lower() and (
            _DEMONSTRATORS.search(said_before) and not STAFF.search(said_before) or
            "strikers" in act_words and any(map(_GATHERED.search, body))):
        # "300 student demonstrators marched" (not "Teachers and protesters marched"); supporters who "rally behind
        # strikers" at one
        return "protest"
    if kind == "strike" and _CALLED_A_DEMONSTRATION.search(said_after):
        return "protest"  # "... the largest demonstration in years"
    return kind if kind in ACTION_KINDS else "protest"


# Pupils or students who walked out of their lessons, said in the opening under a headline's protest (not a
# class action, a meeting, a walk-out years before: "Last spring some pupils walked out ...", "In 1976").
_OUT_OF_CLASS = re.compile(r"\b(?:pupils|students|schoolchildren|schoolkids)\b(?P<between>[^.;:!?]{0,60}?)"
                           r"\bwalked[ \t]+out[ \t]+of[ \t]+(?:their[ \t]+)?"
                           r"(?:schools?|class(?:es|rooms)?|lessons|lectures)"
                           r"\b(?![ \t]+(?:action|hall|theatre|meeting|board|gates?)\b)", re.IGNORECASE)
_WALKED_BEFORE = re.compile(r"\b(?:not|never|no|had|last|ago|would|could|if|when|whoever|anyone|(?:19|20)\d\d)\b",
                            re.IGNORECASE)


def pupils_walked_out(body: Sequence[str]) -> bool:
    """Whether the opening's ``body`` sentences say pupils or students walked out of their lessons, lately and for
    certain (the caller checks that no school strike is named: a climate strike stays a strike)."""
    for text in body:
        for match in _OUT_OF_CLASS.finditer(text):
            if not _WALKED_BEFORE.search(text, 0, match.start()) and not _WALKED_BEFORE.search(match["between"]):
                return True
    return False
