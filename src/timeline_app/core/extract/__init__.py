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
from .dates import find_dates
from .events import build_events
from .kinds import BODY_WEIGHT, HEADLINE_WEIGHT, LEDE_WEIGHT, classify
from .organisations import credit_line_ranges, find_organisations
from .people import find_people
from .published import find_published
from .sentences import lines, sentences
from .titles import find_headline, find_source

__all__ = ["extract"]

_LEDE_SENTENCES = 3


def extract(doc: ReadDocument, aliases: Mapping[str, str] | None = None) -> Extraction:
    """Read ``doc`` and return what it reports.

    ``aliases`` maps a normalised alias (lower-case) to the canonical
    organisation or person name the user chose; extraction honours it.
    """
    text = doc.text or ""
    aliases = {key.lower(): value for key, value in (aliases or {}).items()}
    text_lines = lines(text)
    text_sentences = sentences(text)
    mentions = find_dates(text)
    published = find_published(text_lines, mentions, doc.published)
    headline = find_headline(text_lines, published.span)

    body = [s for s in text_sentences if headline is None or s.start >= headline.end]
    weighted: list[tuple[str, float]] = []
    if headline is not None:
        weighted.append((headline.text, HEADLINE_WEIGHT))
    elif doc.title:
        weighted.append((doc.title, HEADLINE_WEIGHT))
    # whole stretches, not sentence by sentence: one regex pass per weight
    weighted.append(("\n".join(s.text for s in body[:_LEDE_SENTENCES]), LEDE_WEIGHT))
    weighted.append(("\n".join(s.text for s in body[_LEDE_SENTENCES:]), BODY_WEIGHT))
    kind, kind_confidence, _ = classify(weighted)

    organisations = find_organisations(text, text_lines, aliases)
    people = find_people(text, text_sentences, credit_line_ranges(text_lines), aliases)
    events = build_events(
        text,
        text_sentences,
        mentions,
        published,
        headline,
        kind,
        kind_confidence,
        organisations.mentions,
        people.mentions,
        title_hint=doc.title,
    )
    title = (doc.title or "").strip() or (headline.text if headline else None)
    return Extraction(
        published=published.iso,
        published_precision=published.precision,
        title=title,
        source=find_source(text) or doc.source,
        events=events,
        organisations=organisations.organisations,
        people=people.people,
        published_confidence=published.confidence,
    )

