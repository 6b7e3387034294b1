"""What extraction reads from a short plain text, for the rule tests of each
round: the whole result, its main event and its kind, and the sorted names of its organisations and people."""

from __future__ import annotations

import re

from timeline_app.core.extract import extract
from timeline_app.core.extract.typography import parted_words_joined, plain_typography
from timeline_app.core.models import ExtractedEvent, Extraction, ReadDocument


def read_text(text: str) -> Extraction:
    return extract(ReadDocument(text=text, format="txt"))


def organisation_names(text: str) -> list[str]:
    return sorted(organisation.name for organisation in read_text(text).organisations)


def person_names(text: str) -> list[str]:
    return sorted(person.name for person in read_text(text).people)


def event_titles(text: str) -> list[str]:
    """The titles of every event extraction makes of ``text``, in order."""
    return [event.title for event in read_text(text).events]


def main_event(text: str) -> ExtractedEvent:
    """The main event extraction makes of ``text``."""
    return next(event for event in read_text(text).events if event.main)


def headed_page(headline: str, body: str) -> str:
    """A page's text: ``headline`` over ``body``, or ``body`` alone where the headline is empty."""
    return f"{headline}\n\n{body}\n" if headline else f"{body}\n"


def main_kind(headline: str, body: str) -> str | None:
    """The kind of the main event extraction makes of ``headline`` over ``body`` (None if it makes none)."""
    main = next((event for event in read_text(headed_page(headline, body)).events if event.main), None)
    return main.kind if main else None


def sentence_as_read(stored: str) -> str:
    """A sentence of the stored text as extraction reads it (an event's ``evidence``): its typographic
    characters made plain, a wrap's line breaks blanks (with the blanks at the line's end and the next line's
    indent and quote marks), a word a soft hyphen parted read whole, and a word a hyphen parted at a wrapped
    line's end read with its hyphen ("long-running"; ``sentence_readings`` gives the reading without it too)."""
    return max(sentence_readings(stored), key=lambda reading: reading.count("-"))


def sentence_readings(stored: str) -> set[str]:
    """Every way extraction may read ``stored`` (see ``sentence_as_read``): each word a hyphen parted at a
    wrapped line's end with its hyphen or without it ("Novem-" over "ber" is "November", "long-" over "running"
    "long-running"), as ``hyphenated_words`` decides from the rest of the document."""
    read = plain_typography(stored).text.strip(" \t")
    spaced = _WRAP_BREAK.sub(lambda match: match.group() if match["parted"] is not None else " ", read)
    pieces = [parted_words_joined(piece).text for piece in _ANY_BREAK.split(spaced)]  # (the parted breaks left)
    if len(pieces) > 9:
        return {"".join(pieces)}
    readings = set()
    for dropped in range(2 ** (len(pieces) - 1)):
        reading = pieces[0]
        for number, piece in enumerate(pieces[1:]):
            reading = (reading[:-1] if dropped >> number & 1 else reading) + piece
        readings.add(reading)
    return readings


# A line break a wrap read as a blank, inside a sentence: with the blanks before it, the next line's indent and a
# mail's quote marks (no sentence runs on into a line that opens with ">" unless they are quote marks); after a
# hyphen that follows a letter and before a letter it parts a word (``hyphenated_words``) and is no blank.
_ANY_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*(?:>[ \t]*)*")
_WRAP_BREAK = re.compile(r"(?P<parted>(?<=[^\W\d_]-)(?=" + _ANY_BREAK.pattern + r"[^\W\d_]))?" + _ANY_BREAK.pattern)
