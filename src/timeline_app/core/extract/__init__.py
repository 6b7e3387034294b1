"""Extraction: read a document for dates, events, kinds, organisations, people.

``extract`` is the only public entry point; the import pipeline calls it once
per document. The work is split into small modules: ``sentences`` (offsets),
``dates`` (finding and resolving dates), ``published`` (publication date),
``titles`` (headline, source, event titles), ``kinds``, ``organisations``,
``people`` and ``events`` (choosing the main event). See docs/extraction.md.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..models import Extraction, ReadDocument
from .captions import caption_ranges, outside_ranges
from .context import mark_context
from .dates import find_dates
from .document_memo import new_document
from .document_form import LETTER_CONFIDENCE, as_letter, is_letter_itself
from .event_pruning import without_non_events
from .events import build_events
from .kind_anaphora import borrow_named_kind
from .kind_names import without_name_cues
from .kind_precedence import announces_resignation, prefer_named_action
from .lede_action import kind_from_opening, opening_texts
from .kinds import (
    BODY_WEIGHT,
    HEADLINE_WEIGHT,
    LEDE_WEIGHT,
    cue_matches,
    cue_scores,
    cues_by_sentence,
    cues_within,
    decide,
)
from .organisations import credit_line_ranges, find_organisations
from .no_event import reports_no_event
from .page_dates import page_date_ranges
from .people import find_people
from .bylines import authors_apart
from .person_guard import without_people_inside_organisations
from .prefilter import folded
from .published import find_published
from .roles import assign_roles
from .sentences import lines, sentences
from .signed_statement import is_signed_statement
from .titles import fallback_title, find_headline, find_source

__all__ = ["extract"]

_LEDE_SENTENCES = 3


# long: the extraction pipeline, one step per line in the order they depend on each other
def extract(doc: ReadDocument, aliases: Mapping[str, str] | None = None,
            nlp: str | None = None) -> Extraction:
    """Read ``doc`` and return what it reports.

    ``aliases`` maps a normalised alias (lower-case) to the canonical
    organisation or person name the user chose; extraction honours it.
    ``nlp`` names the optional statistical engine (a spaCy model, see
    ``statistical``); None, the default, uses the rules alone.
    """
    new_document()  # answers kept about the last document's sentences are dropped
    text = doc.text or ""
    aliases = {key.lower(): value for key, value in (aliases or {}).items()}
    text_lines = lines(text)
    text_sentences = sentences(text, text_lines)
    mentions = find_dates(text)
    published = find_published(text_lines, mentions, doc.published)
    headline = find_headline(text_lines, published.span)

    # One scan of the whole text finds every kind cue; the headline, the
    # lede (first three body sentences) and the rest are weighted from it.
    starts = [s.start for s in text_sentences]
    all_cues = without_name_cues(text, cue_matches(text), text_lines)  # "Campaign Against Fees" votes nothing
    per_sentence = cues_by_sentence(all_cues, starts)
    totals: dict[str, float] = {}
    if headline is not None:
        # The headline is a whole line and no cue crosses a line break, so
        # its cues are the text's cues inside it: no second scan.
        headline_cues = cues_within(all_cues, headline.start, headline.end)
    else:
        headline_cues = cue_scores(doc.title) if doc.title else {}
    pieces = [(headline_cues, HEADLINE_WEIGHT)]
    body = [i for i, s in enumerate(text_sentences) if headline is None or s.start >= headline.end]
    pieces += [(per_sentence[i], LEDE_WEIGHT) for i in body[:_LEDE_SENTENCES]]
    pieces += [(per_sentence[i], BODY_WEIGHT) for i in body[_LEDE_SENTENCES:]]
    for scores, weight in pieces:
        for name, score in scores.items():
            totals[name] = totals.get(name, 0.0) + score * weight
    kind, kind_confidence, _ = decide(totals)
    # an action the headline or the first body sentence names
    opening = [headline_cues] + [per_sentence[i] for i in body[:1]]
    kind = prefer_named_action(kind, totals, opening)
    kind = kind_from_opening(kind, opening_texts(headline, doc.title, [text_sentences[i] for i in body]), all_cues, totals)
    said_first = [headline.text if headline else doc.title or ""] + [text_sentences[i].text for i in body[:1]]
    if announces_resignation(kind, said_first):
        kind = "other"  # "X has resigned", said first, after a no-confidence vote or a petition
    letter = is_letter_itself(text_lines) or is_signed_statement(text, text_lines)
    if letter:
        kind, kind_confidence = "letter", max(kind_confidence, LETTER_CONFIDENCE)

    credits = credit_line_ranges(text_lines, text)
    # people first: a name known to be a person is never read as a body
    people = find_people(text, text_sentences, credits, aliases)
    organisations = find_organisations(text, text_lines, aliases, [p.name for p in people.people], credits)
    if nlp:
        from .statistical import with_engine  # spaCy is loaded only when an engine is chosen

        people, organisations = with_engine(nlp, text, text_lines, text_sentences, credits, aliases,
                                            people, organisations)
    people = without_people_inside_organisations(people, organisations.mentions)
    people, participants = authors_apart(text, people)  # a byline's writer is the document's, not its events'
    # a picture's date, or a byline's or "updated" line's, is not the report's
    not_events = caption_ranges(text_lines, folded(text) or text.lower()) + page_date_ranges(text_lines)
    events = build_events(
        text,
        text_sentences,
        outside_ranges(mentions, not_events),
        published,
        headline,
        kind,
        kind_confidence,
        organisations.mentions,
        participants,
        title_hint=doc.title,
        sentence_cues=borrow_named_kind(all_cues, text_sentences, per_sentence),
    )
    if letter:
        events = as_letter(events, published, text)
    events = mark_context(without_non_events(events))
    events = assign_roles(events, text_sentences, organisations.mentions, participants, headline)
    # The reader's title (file metadata, a Markdown heading) comes first, then
    # the headline; a document with neither (the undated open letter among
    # the seeds) is named by its first meaningful line, so no document is
    # stored without a title.
    title = (doc.title or "").strip() or (headline.text if headline else None) or \
        fallback_title(text_lines, text_sentences, published.span)
    return Extraction(
        published=published.iso,
        published_precision=published.precision,
        title=title,
        source=find_source(text) or doc.source,
        events=events,
        organisations=organisations.organisations,
        people=people.people,
        published_confidence=published.confidence,
        reports_no_event=reports_no_event(events, text, headline.text if headline else doc.title),
    )

