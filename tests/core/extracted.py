"""What extraction reads from a short plain text, for the rule tests of each
round: the whole result, its main event, and the sorted names of its organisations and people."""

from __future__ import annotations

from timeline_app.core.extract import extract
from timeline_app.core.models import ExtractedEvent, Extraction, ReadDocument


def read_text(text: str) -> Extraction:
    return extract(ReadDocument(text=text, format="txt"))


def organisation_names(text: str) -> list[str]:
    return sorted(organisation.name for organisation in read_text(text).organisations)


def person_names(text: str) -> list[str]:
    return sorted(person.name for person in read_text(text).people)


def main_event(text: str) -> ExtractedEvent:
    """The main event extraction makes of ``text``."""
    return next(event for event in read_text(text).events if event.main)
