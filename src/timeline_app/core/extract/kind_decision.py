"""The document's kind, decided in one place, with the step that decided it.

The kind comes from a chain: the weighted word vote (``kind_votes``), a named
action over an umbrella word (``kind_precedence``), the act the opening
states (``lede_action``), a resignation said first, and a page that is a
letter or a petition itself (``document_form``, ``signed_statement``,
``statement_voice``, ``petition_form``). Each step may
overrule the one before. ``choose_kind`` runs the chain and keeps, for each
step, the kind it left, so that a wrong kind can be traced to the step that
chose it (``bench/decision_steps.py`` tabulates them over the real pages).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .document_form import LETTER_CONFIDENCE, is_letter_itself, opens_with_salutation
from .kind_arrests import reports_arrests
from .kind_authority_acts import reports_closure, reports_sanction
from .kind_backing_rallies import rallies_behind_strike
from .kind_precedence import announces_resignation, prefer_named_action
from .kind_votes import BODY_WEIGHT, HEADLINE_WEIGHT, LEDE_WEIGHT, cue_scores, cues_within, decide
from .lede_action import act_in_opening, kind_from_opening, opening_texts
from .page_furniture import is_caption
from .petition_form import is_petition_itself, is_signing_page
from .sentences import Span
from .statement_voice import condemns_in_own_voice
from .captions import CAPTION_CHARS
from .signed_statement import is_signed_statement, opens_as_undersigned
from .strike_votes import headline_names_strike_vote
from .handover_gatherings import hands_over_at_gathering
from .lede_strike_votes import OPENING_SENTENCES, lede_names_strike_vote, reports_ballot_result

__all__ = ["KindChoice", "choose_kind"]

#: How many body sentences after the headline are weighted as the lede.
_LEDE_SENTENCES = 3


@dataclass(frozen=True)
class KindChoice:
    """The document's kind, the vote's confidence in it, whether the page is
    a letter itself, and (step name, kind after that step) along the chain."""

    kind: str
    confidence: float
    letter: bool
    steps: tuple[tuple[str, str], ...]


def _in_caption(text: str, sentence: Span) -> bool:
    """Whether ``sentence`` is part of a photo's caption: its line, from
    the sentence on, carries a credit ("Marchers at the gates. Photo: ...")."""
    end = text.find("\n", sentence.end)
    line = text[sentence.start:end if end >= 0 else len(text)]
    return len(line) <= CAPTION_CHARS and is_caption(line)  # longer: a paragraph that mentions a photo


def _weighted_totals(pieces: list[tuple[dict[str, float], float]]) -> dict[str, float]:
    """Per-kind vote totals of the pieces' cue weights (the headline's, each body sentence's), each piece's times
    its weight."""
    totals: dict[str, float] = {}
    for scores, weight in pieces:
        for name, score in scores.items():
            totals[name] = totals.get(name, 0.0) + score * weight
    return totals


def _others_act(kind: str, opened: list[str], said_first: list[str], headline_cues: dict[str, float],
                headed: bool) -> tuple[str, str | None]:
    """The kind after reading whose act the opening reports (``opened``: its texts, ``said_first``: the headline,
    or "" when ``headed`` is false, and the first body sentence), with the name of the step that changed it:
    a rally others held in solidarity with a strike that neither the headline nor the opening states,
    arrests the police made, where the headline and the first body sentence state no act, or schools closed by
    those who run them, where the opening states none, or people punished for acting, said in the headline."""
    if kind == "strike" and "strike" not in headline_cues and rallies_behind_strike(opened) and \
            act_in_opening(opened) in (None, "protest"):
        return "protest", "backing rally"  # "a solidarity march" behind the nurses' strike
    cued = bool(headline_cues)
    if kind in ("protest", "campaign") and reports_arrests(said_first if headed else said_first[1:], headed,
                                                           cued) and act_in_opening(said_first) is None:
        return "other", "arrests"  # "Ostland arrests union leaders": what the police did, not the protest behind it
    if kind not in ("protest", "strike"):
        return kind, None
    if reports_closure(opened, cued) and act_in_opening(opened) is None:
        return "other", "closure"  # "Ministry shuts all schools" after the strike: the authority's act
    if headed and reports_sanction(said_first[0], cued) and act_in_opening(said_first) is None:
        return "other", "sanction"  # "College to expel leaders for protesting": the expulsion is the news
    return kind, None


def _is_own_statement(kind: str, headline_cues: dict[str, float], text_lines: list[Span], opened: list[str]) -> bool:
    """Whether the page is a body's statement condemning in its own voice ("We deplore ..."): only where the vote
    found no act (a strike, a rally, a petition; a campaign's tag under a statement on arrests is none), under a
    headline that names no kind, over an opening that states no act."""
    return kind in ("other", "campaign") and not headline_cues and condemns_in_own_voice(text_lines) and \
        act_in_opening(opened) is None


def choose_kind(text: str, text_lines: list[Span], text_sentences: Sequence[Span], headline: Span | None,
                title: str | None, all_cues: list[tuple[int, str, float]],
                per_sentence: Sequence[dict[str, float]]) -> KindChoice:
    """The kind of the event ``text`` reports. ``all_cues`` are the text's
    kind cues (``kinds.cue_matches``), ``per_sentence`` the same per
    sentence; the headline counts most, the lede next, the rest least."""
    if headline is not None:
        # The headline is a whole line and no cue crosses a line break, so
        # its cues are the text's cues inside it: no second scan.
        headline_cues = cues_within(all_cues, headline.start, headline.end)
    else:
        headline_cues = cue_scores(title) if title else {}
    body = [i for i, s in enumerate(text_sentences) if headline is None or s.start >= headline.end]
    # a photo's caption says what the picture shows, not the news: it weighs as body text
    lede = [i for i in body[:_LEDE_SENTENCES] if not _in_caption(text, text_sentences[i])]
    totals = _weighted_totals([(headline_cues, HEADLINE_WEIGHT)] +
                              [(per_sentence[i], LEDE_WEIGHT if i in lede else BODY_WEIGHT) for i in body])
    kind, confidence, _ = decide(totals)
    steps = [("vote", kind)]
    # an action the headline or the first body sentence names
    opening = [headline_cues] + [per_sentence[i] for i in lede[:1]]
    kind = prefer_named_action(kind, totals, opening)
    steps.append(("named action", kind))
    opened = opening_texts(headline, title, [text_sentences[i] for i in body])
    kind = kind_from_opening(kind, opened, all_cues, totals, headed=headline is not None or bool(title))
    steps.append(("opening act", kind))
    said_first = [headline.text if headline else title or ""] + [text_sentences[i].text for i in body[:1]]
    kind, step = _others_act(kind, opened, said_first, headline_cues, headline is not None or bool(title))
    if step:
        steps.append((step, kind))
    if kind == "strike" and (headline_names_strike_vote(said_first[0]) or reports_ballot_result(said_first) or
                             not headline_cues and lede_names_strike_vote(
            [(text_sentences[i].text, bool(per_sentence[i])) for i in body[:OPENING_SENTENCES]])):
        kind = "vote"  # "Members vote to strike": the ballot is the news, the strike a later event
        steps.append(("strike vote", kind))
    if kind in ("letter", "petition") and hands_over_at_gathering(
            said_first, [text_sentences[i].text for i in body[:_LEDE_SENTENCES]]):
        kind = "protest"  # "a delegation will head to Parliament" and "will present an open letter"
        steps.append(("hand-over gathering", kind))
    if announces_resignation(kind, said_first):
        kind = "other"  # "X has resigned", said first, after a no-confidence vote or a petition
        steps.append(("resignation", kind))
    if is_signing_page(text, text_lines):
        kind = "petition"  # "We, the undersigned ..." over "Will you sign?" and "414 signatures"
        steps.append(("petition signing", kind))
        return KindChoice(kind, confidence, False, tuple(steps))
    # (a petition speaks as "we, the undersigned" too: it stays a petition)
    # a salutation under a headline that names another event is how that news was sent
    # ("Strike ballot opens" over "Dear member,"): the letter is the page only under no such headline
    letter = is_letter_itself(text_lines) or is_signed_statement(text, text_lines) or \
        (kind != "petition" and (opens_as_undersigned(text_lines) or
                                 not headline_cues and opens_with_salutation(text_lines) or
                                 _is_own_statement(kind, headline_cues, text_lines, opened)))
    if letter:
        kind, confidence = "letter", max(confidence, LETTER_CONFIDENCE)
        steps.append(("letter form", kind))
    elif kind != "petition" and is_petition_itself(text_lines):
        kind = "petition"
        steps.append(("petition form", kind))
    return KindChoice(kind, confidence, letter, tuple(steps))
