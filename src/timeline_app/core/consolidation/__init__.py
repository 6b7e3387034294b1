"""One event, many sources: deciding when two reports describe the same event.

Pure Python (no SQL, no Qt), so the store's import path, the one-time
migration and the benchmarks share the same rules:

- ``mentions``: what one source says about an event, and its stable key
- ``matching``: whether a mention agrees with a stored event (kind, dates
  within their precision, organisers, title words) and which event it joins
- ``fields``: an event's fields derived from all its sources, each field
  remembering the source it came from
"""

from __future__ import annotations

from .fields import ConsolidatedFields, SourceFacts, consolidate_fields
from .matching import Candidate, best_match, dates_agree, kinds_compatible, mention_span
from .mentions import Mention, content_words, mention_words_text, source_key, words_from_text

__all__ = [
    "Candidate", "ConsolidatedFields", "Mention", "SourceFacts", "best_match",
    "consolidate_fields", "content_words", "dates_agree", "kinds_compatible", "mention_span",
    "mention_words_text", "source_key", "words_from_text",
]
