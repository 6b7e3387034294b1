"""The vote over kind cues: what the cues ``kinds.cue_matches`` finds weigh, per kind, and who wins.

A text's cue weights are summed per kind (a piece of text, one line of the whole text's cues, each
sentence); a document's vote weighs them by where they stand (``kind_decision``: the headline counts
most, the opening sentences next, the rest of the text least, because the headline and lede say what a
piece is about while later paragraphs drift into background); ``decide`` names the winner and how sure
the vote is. Apart from the cue table and its reader, which change with every new cue.
"""

from __future__ import annotations

import bisect

from ..models import KINDS
from .kinds import cue_matches


HEADLINE_WEIGHT = 3.0
LEDE_WEIGHT = 2.0
BODY_WEIGHT = 1.0


def cue_scores(text: str) -> dict[str, float]:
    """Keyword weight per kind found in one piece of text."""
    scores: dict[str, float] = {}
    for _, kind, weight in cue_matches(text):
        scores[kind] = scores.get(kind, 0.0) + weight
    return scores


def cues_within(cues: list[tuple[int, str, float]], start: int, end: int) -> dict[str, float]:
    """Keyword weight per kind of the cues (from ``cue_matches`` over the
    whole text) that start inside one line ``start:end``; the same as
    ``cue_scores`` of that line, since no cue crosses a line break."""
    scores: dict[str, float] = {}
    for at in range(bisect.bisect_left(cues, (start,)), len(cues)):
        offset, kind, weight = cues[at]
        if offset >= end:
            break
        scores[kind] = scores.get(kind, 0.0) + weight
    return scores


def decide(totals: dict[str, float]) -> tuple[str, float, dict[str, float]]:
    """Kind and confidence from per-kind vote totals.

    Confidence is the winner's share of the total vote: a clear winner is
    near 1, a close call near 0.5, no cue at all gives ``other`` at 0.3.
    """
    if not totals:
        return "other", 0.3, totals
    ranked = sorted(totals.items(), key=lambda item: (-item[1], KINDS.index(item[0])))
    best_kind, best = ranked[0]
    confidence = best / sum(totals.values())
    return best_kind, round(min(0.95, 0.4 + 0.6 * confidence), 2), totals


def cues_by_sentence(cues: list[tuple[int, str, float]], starts: list[int]) -> list[dict[str, float]]:
    """Per-sentence cue weights from one scan of the whole text (``starts``
    are the sentences' start offsets, sorted), so no sentence is rescanned."""
    per: list[dict[str, float]] = [{} for _ in starts]
    for offset, kind, weight in cues:
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0:
            scores = per[index]
            scores[kind] = scores.get(kind, 0.0) + weight
    return per


def kind_from_scores(scores: dict[str, float]) -> tuple[str, float]:
    """Kind and confidence of one sentence from its cue weights."""
    kind, confidence, _ = decide(scores)
    return kind, confidence
