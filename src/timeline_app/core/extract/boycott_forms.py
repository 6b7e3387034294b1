"""Students' boycott of classes, under a headline that names another act, is that act's form.

A class boycott withholds attendance as a strike withholds work, so an opening that states one reads as a
strike. But where the headline names a walkout, a protest or an occupation, and the page's word vote chose
that kind too, the boycott is how that act was done: "Walkout at Harbourton" over "students will boycott
lectures on Wednesday" reports the walkout; "Protests turn violent at Lakeland" over students who "blocked
roads and boycotted lectures" reports the protest. A headline that names a strike too ("Students boycott
classes as lecturers strike"), or staff who boycott (lecturers who boycott exams withhold their work), leave the
boycott a strike.
"""

from __future__ import annotations

from .kind_votes import cue_scores
from .lede_act_readings import STAFF

__all__ = ["boycott_is_form_of"]

#: The acts a class boycott may be the form of, when the headline and the vote both name them.
_FORMED_KINDS = frozenset({"walkout", "protest", "occupation"})


def boycott_is_form_of(kind: str, act: str, said_before: str, act_words: str, headline: str | None) -> bool:
    """Whether the opening's act (``act``, said in ``act_words`` after ``said_before``), a boycott of classes read
    as a strike by no staff, is the form of ``kind``, the vote's walkout, protest or occupation, which ``headline``
    (None: the page has none) names, with no strike cue of its own."""
    if act != "strike" or kind not in _FORMED_KINDS or headline is None or "boycott" not in act_words.lower() or \
            STAFF.search(said_before):
        return False
    named = cue_scores(headline)
    return kind in named and "strike" not in named
