"""Decide what kind of event a document or a sentence reports.

A weighted keyword vote: the headline counts most, the opening sentences
next, the rest of the text least, because the headline and lede say what a
piece is about while later paragraphs drift into background.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import KINDS

# (kind, pattern, weight). Strong phrases ("open letter") outweigh words that
# also appear in passing ("campaign of pressure"). All cues are compiled into
# one alternation so that scoring a text costs a single regex pass.
_CUE_LIST: tuple[tuple[str, str, float], ...] = (
    ("walkout", r"(?i:\bwalk(?:ed|ing|s)?[- ]?outs?\b)", 3.0),
    ("campaign", r"(?i:\bcampaign(?:s|ing)?\b)", 2.0),
    ("campaign", r"(?<![\w&])#[A-Za-z]\w+", 1.0),
    ("letter", r"(?i:\bopen letter\b)", 4.0),
    ("letter", r"(?i:\bletter\b)", 2.0),
    ("letter", r"(?i:\bultimatum\b|\bsignator(?:y|ies)\b)", 1.5),
    ("letter", r"(?i:\bundersigned\b|\bwe are writing\b|\bwe write\b)", 3.0),
    ("protest", r"(?i:\bprotest(?:s|ed|ers|ing)?\b|\bdemonstrat(?:ion|ions|ors|ed|ing)\b|\brall(?:y|ies|ied)\b|\bvigils?\b)", 2.0),
    ("protest", r"\bmarch(?:es|ed|ing)?\b", 2.0),  # lower case only: "March" is a month
    ("strike", r"(?i:\bstrik(?:e|es|ing)\b|\bindustrial action\b|\bpicket(?:s|ing| lines?)?\b)", 2.5),
    ("occupation", r"(?i:\boccup(?:ation|ations|y|ied|ying)\b|\bsit-ins?\b|\bencampments?\b)", 2.5),
    ("petition", r"(?i:\bpetition(?:s|ed|ing)?\b)", 3.0),
    ("vote", r"(?i:\bvot(?:e|es|ed|ing)\b|\breferend(?:um|ums|a)\b|\bballot(?:s|ed)?\b|\bmotions?\b|\bdisaffiliat\w*|\bno[- ]confidence\b)", 2.0),
)
_CUES = tuple(re.compile(pattern) for _, pattern, _ in _CUE_LIST)
# Lower-case stems that must occur for a cue to match: a str search rules
# most cues out before any regular expression runs.
_STEMS: tuple[tuple[str, ...], ...] = (
    ("walk",), ("campaign",), ("#",), ("open letter",), ("letter",), ("ultimatum", "signator"), ("undersigned", "writ"),
    ("protest", "demonstrat", "rall", "vigil"), ("march",), ("strik", "industrial action", "picket"),
    ("occup", "sit-in", "encampment"), ("petition",), ("vot", "referend", "ballot", "motion", "disaffiliat", "confidence"),
)

HEADLINE_WEIGHT = 3.0
LEDE_WEIGHT = 2.0
BODY_WEIGHT = 1.0


def cue_scores(text: str) -> dict[str, float]:
    """Keyword weight per kind found in one piece of text."""
    scores: dict[str, float] = {}
    lowered = text.lower()
    for (kind, _, weight), pattern, stems in zip(_CUE_LIST, _CUES, _STEMS):
        if not any(stem in lowered for stem in stems):
            continue
        hits = len(pattern.findall(text))
        if hits:
            scores[kind] = scores.get(kind, 0.0) + hits * weight
    return scores


def classify(weighted_texts: Iterable[tuple[str, float]]) -> tuple[str, float, dict[str, float]]:
    """Kind, confidence (0-1) and per-kind scores for weighted text pieces.

    Confidence is the winner's share of the total vote: a clear winner is
    near 1, a close call near 0.5, no cue at all gives ``other`` at 0.3.
    """
    totals: dict[str, float] = {}
    for text, weight in weighted_texts:
        for kind, score in cue_scores(text).items():
            totals[kind] = totals.get(kind, 0.0) + score * weight
    if not totals:
        return "other", 0.3, totals
    ranked = sorted(totals.items(), key=lambda item: (-item[1], KINDS.index(item[0])))
    best_kind, best = ranked[0]
    confidence = best / sum(totals.values())
    return best_kind, round(min(0.95, 0.4 + 0.6 * confidence), 2), totals


def sentence_kind(sentence: str) -> tuple[str, float]:
    """Kind of the event one sentence reports, ``other`` when it has no cue."""
    kind, confidence, _ = classify([(sentence, 1.0)])
    return kind, confidence
