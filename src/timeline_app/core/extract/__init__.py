"""Extraction: read a document for dates, events, kinds, organisations, people.

``extract`` is the only public entry point; the import pipeline calls it once
per document. The work is split into small modules: ``sentences`` (offsets),
``dates`` (finding and resolving dates), ``published`` (publication date),
``headlines``, ``titles`` (source, event titles), ``kinds``, ``organisations``,
``people`` and ``events`` (choosing the main event). See docs/extraction.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..models import ExtractedEvent, Extraction, ReadDocument
from .captions import caption_ranges, outside_ranges
from .context import mark_context
from .dates import find_dates
from .document_form import as_letter
from .document_memo import new_document
from .event_pruning import without_history
from .events import build_events
from .kind_anaphora import borrow_named_kind
from .kind_names import without_name_cues
from .kind_decision import choose_kind
from .kind_votes import cues_by_sentence
from .kinds import cue_matches
from .organisations import credit_line_ranges, find_organisations
from .no_event import reports_no_event
from .page_dates import page_date_ranges
from .people import find_people
from .petition_dates import dated_as_signed_petition
from .bylines import authors_apart
from .person_among_bodies import without_people_among_bodies
from .person_guard import without_people_inside_organisations
from .prefilter import folded
from .published import find_published
from .title_from_roles import with_roles_and_titles
from .schedule_lines import schedule_date_lines
from .sentences import lines, sentences
from .headlines import fallback_title, find_headline, headline_title
from .titles import find_source
from .text_as_read import TextAsRead, text_as_read
from .typography import plain_typography

__all__ = ["extract"]


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
    # no-break spaces, soft hyphens and ligatures read as plain; a PDF's or a mail's wrapped lines as paragraphs
    read = text_as_read(doc.text or "")
    text = read.text
    given_title = plain_typography(doc.title).text if doc.title else doc.title
    aliases = {key.lower(): value for key, value in (aliases or {}).items()}
    text_lines = lines(text)
    text_sentences = sentences(text, text_lines)
    mentions = find_dates(text)
    schedule = schedule_date_lines(text, text_lines)  # a notice's "Date:" over "Venue:" and "Time:", read once
    published = find_published(text_lines, mentions, doc.published, schedule)
    headline = find_headline(text_lines, published.span)

    # One scan of the whole text finds every kind cue; the headline, the
    # lede and the rest are weighted from it (``kind_decision``).
    starts = [s.start for s in text_sentences]
    all_cues = without_name_cues(text, cue_matches(text), text_lines)  # "Campaign Against Fees" votes nothing
    per_sentence = cues_by_sentence(all_cues, starts)
    chosen = choose_kind(text, text_lines, text_sentences, headline, given_title, all_cues, per_sentence)
    kind, kind_confidence, letter = chosen.kind, chosen.confidence, chosen.letter

    credits = credit_line_ranges(text_lines, text)
    # people first: a name known to be a person is never read as a body
    people = find_people(text, text_sentences, credits, aliases)
    organisations = find_organisations(text, text_lines, aliases, [p.name for p in people.people], credits)
    if nlp:
        from .statistical import with_engine  # spaCy is loaded only when an engine is chosen

        people, organisations = with_engine(nlp, text, text_lines, text_sentences, credits, aliases,
                                            people, organisations)
    people = without_people_inside_organisations(people, organisations.mentions)
    people = without_people_among_bodies(text, people, organisations.mentions)  # "Oxfam and Kea Holm"
    people, participants = authors_apart(text, people)  # a byline's writer is the document's, not its events'
    # a picture's date, or a byline's or "updated" line's, is not the report's
    captions = caption_ranges(text_lines, folded(text) or text.lower(), published.iso is not None)
    not_events = captions + page_date_ranges(text_lines, schedule)
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
        title_hint=given_title,
        sentence_cues=borrow_named_kind(all_cues, text_sentences, per_sentence),
        captions=captions,
        written=mentions,
    )
    if letter:
        events = as_letter(events, published, text)
    events = dated_as_signed_petition(events, published, text, text_lines)
    events = mark_context(without_history(events))
    events = with_roles_and_titles(events, text, text_sentences, organisations, participants, headline)  # who did what
    # The reader's title (file metadata, a Markdown heading) comes first, then
    # the headline; a document with neither (the undated open letter among
    # the seeds) is named by its first meaningful line, so no document is
    # stored without a title.
    title = (given_title or "").strip() or (headline_title(headline) if headline else None) or \
        fallback_title(text_lines, text_sentences, published.span)
    return Extraction(
        published=published.iso,
        published_precision=published.precision,
        title=title,
        source=find_source(text) or doc.source,
        events=_at_stored_offsets(events, read),
        organisations=organisations.organisations,
        people=people.people,
        published_confidence=published.confidence,
        reports_no_event=reports_no_event(events, text, headline.text if headline else given_title),
    )


def _at_stored_offsets(events: tuple[ExtractedEvent, ...], read: TextAsRead) -> tuple[ExtractedEvent, ...]:
    """``events`` with their evidence spans in the stored text, where reading it moved them (``text_as_read``)."""
    if not read.moved:
        return events
    spans = (read.stored_span(event.evidence_start, event.evidence_end) for event in events)
    return tuple(replace(event, evidence_start=start, evidence_end=end) for event, (start, end) in zip(events, spans))
