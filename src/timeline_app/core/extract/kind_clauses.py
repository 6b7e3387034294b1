"""The kind of a page's other events, from the clause that says what happened.

A dated sentence becomes an event of its own, and its kind is the vote of
its kind words. A word in a clause of cause or circumstance ("X was ousted
in 2022 after facing a campaign of pressure", "Following weeks of protest,
the council cut rents on 3 May") names what led to the event, not the event:
the sentence's verb is what happened on its date. So the words of such a
clause do not vote when the date is said before it, in the main clause;
a date after it ("students went home after the protest on 12 May") may
date the clause's own act, and then they vote.
"""

from __future__ import annotations

import re

from .kind_votes import cue_scores, kind_from_scores

__all__ = ["secondary_kind"]

# A clause of cause or circumstance, opened by its word: "after facing ...", "following ...", "amid ...".
_SUBORDINATE = re.compile(r"\b(?:after|following|amid|amidst|despite)\b", re.IGNORECASE)
_WORDS = ("after", "follow", "amid", "despite")
#: How many words the main clause needs before a clause of cause that follows it.
_MAIN_WORDS = 3
# The clause's noun phrase: its first words after the opening word. Further on, a clause
# has its own subject and verb ("after the union announced that teachers will strike"):
# an act of its own, whose words still vote.
_PHRASE = re.compile(r"(?:[ \t]+[^ \t,;:.!?]+){1,6}")


def secondary_kind(sentence: str, scores: dict[str, float], date_at: int) -> tuple[str, float]:
    """Kind and confidence of the event ``sentence`` reports on the date
    that starts at ``date_at`` (an offset in ``sentence``), from its cue
    weights ``scores`` less those of a clause of cause that the date is not in."""
    if scores:
        lowered = sentence.lower()
        if any(word in lowered for word in _WORDS):
            scores = _without_cause(sentence, scores, date_at)
    return kind_from_scores(scores)


def _without_cause(sentence: str, scores: dict[str, float], date_at: int) -> dict[str, float]:
    """``scores`` less the cue weights of the first clause of cause, when
    the date is outside it and a main clause of some words is left."""
    found = _SUBORDINATE.search(sentence)
    if found is None:
        return scores
    start = found.start()
    comma = sentence.find(",", found.end())
    if sentence[:start].strip(" \t\"'“‘(") == "":  # the clause opens the sentence: it runs to its comma
        if comma < 0 or comma > date_at:
            return scores
        end = comma
    else:  # after the main clause, which must say the date and more than "It comes"
        if date_at >= start or len(sentence[:start].split()) < _MAIN_WORDS:
            return scores
        end = comma if comma >= 0 else len(sentence)
    phrase = _PHRASE.match(sentence, found.end())
    end = min(end, phrase.end()) if phrase else found.end()
    cause = cue_scores(sentence[start:end])
    if not cause:
        return scores
    kept = {kind: weight - cause.get(kind, 0.0) for kind, weight in scores.items()}
    return {kind: weight for kind, weight in kept.items() if weight > 1e-9}
