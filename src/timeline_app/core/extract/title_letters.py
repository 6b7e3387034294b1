"""A letter's title from its salutation.

A letter's first line is often its salutation run into its opening words
("Dear Minister Lee: As teachers of this city ...", "To the Chair, the
Board and the Governors: We ..."), and so is the event's title. A reader
files it as "Letter to Minister Lee": who it was written to is the entry.
A salutation followed by a headline in title case ("Dear Mayor: Stop The
Evictions") keeps the headline: the letter names its own demand.
"""

from __future__ import annotations

import re

__all__ = ["addressed_title", "letter_named_in"]

# "Dear X:" / "Dear X," / "To X:" / "To X, Y and Z:" - the addressee is the
# first capitalised item before a colon or comma.
_SALUTATION = re.compile(r"^(?:Dear|To)[ \t]+(?P<to>[A-Z][^:,;.!?\n…]{1,50}?)[ \t]*(?P<mark>[:,])[ \t]*(?P<rest>.*)$", re.DOTALL)
_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
# lower-case words an addressee may hold ("Minister of Education", "the Board")
_CONNECTORS = frozenset("of for the and & de in on at to".split())


# "In an open letter addressed to the Board of Directors, more than 180 officers ...":
# the sentence names the letter and who it was written to before saying who wrote it.
_LETTER_OPENING = re.compile(
    r"^(?:In|Through|With)[ \t]+(?:an?|their|its|the|this)[ \t]+(?P<what>open[ \t]+letter|(?:joint[ \t]+)?letter)"
    r"[ \t]+(?:(?:addressed|sent|written|delivered)[ \t]+)?to[ \t]+(?P<to>[^,;:\n]{3,80}?),[ \t]",
    re.IGNORECASE)


def letter_named_in(sentence: str, limit: int) -> str | None:
    """"Open letter to <addressee>" when ``sentence`` opens by naming the
    letter it reports ("In an open letter to the Board, ..."), if that fits
    in ``limit`` characters; else None."""
    match = _LETTER_OPENING.match(sentence)
    if match is None or not _names_someone(match["to"].strip()):
        return None  # "to students on Monday", "to the Vice-Chancellor published on Tuesday"
    title = f"{match['what'][0].upper()}{match['what'][1:].lower()} to {match['to'].strip()}"
    return title if len(title) <= limit else None


def _names_someone(addressee: str) -> bool:
    """Whether every word of ``addressee`` is capitalised or a connector
    ("the Board of Governors"): "colleagues" or "students on Monday" name no one."""
    return all(word[:1].isupper() or word in _CONNECTORS for word in addressee.split())


def addressed_title(title: str) -> str | None:
    """``title`` of a letter written as "Letter to <addressee>" when it opens
    with a salutation and what follows its colon is no title-case headline
    (after a comma come more addressees or the letter's words); else None."""
    match = _SALUTATION.match(title)
    if match is None:
        return None
    addressee = match["to"].strip()
    if not _names_someone(addressee):
        return None  # "To mark the day, ...", "Dear colleagues": no one's name
    words = _WORD.findall(match["rest"].rstrip("…")) if match["mark"] == ":" else []
    if words and sum(word[:1].isupper() for word in words) * 2 > len(words):
        return None  # the letter's own headline after its salutation
    return f"Letter to {addressee}"
