"""Domain types shared by extraction, storage, import and the UI.

They are plain dataclasses so that every layer (CLI, tests, Qt models) can
create and compare them without a database or a window.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

#: How much of an event's date is actually known, most to least exact.
PRECISIONS: tuple[str, ...] = ("day", "month", "year", "approximate", "unknown")
#: An event's time of day as stored: ``HH:MM`` (24-hour); groups hour, minute.
TIME_OF_DAY = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class EntityKind(enum.StrEnum):
    """The two kinds of named thing events link to.

    A StrEnum, so each member equals (and is stored as) its plain string:
    code and databases that say "organisation" or "person" keep working.
    """

    ORGANISATION = "organisation"
    PERSON = "person"


#: Event kinds the extractor assigns and the UI colours.
KINDS: tuple[str, ...] = (
    "walkout",
    "campaign",
    "letter",
    "protest",
    "strike",
    "occupation",
    "petition",
    "vote",
    "other",
    "context",
)

#: The kinds of an act people do together, in the street or at work (not a letter, petition,
#: vote or campaign): what a lede's "marched" or a name's "strike" can stand for, and what
#: consolidation matches on the same day.
ACTION_KINDS = frozenset({"protest", "strike", "walkout", "occupation"})

#: The part an organisation or person plays in an event, strongest first:
#: it ran the event, it joined or backed it, the event was aimed at it, or
#: the text only names it (see core/extract/roles.py and docs/extraction.md).
ROLES: tuple[str, ...] = ("organiser", "supporter", "target", "mentioned")


@dataclass(frozen=True)
class ReadDocument:
    """What a format reader hands to extraction: text plus metadata it found.

    ``published`` is an ISO 8601 date (``2017-02-07``) taken from the file's
    own metadata (HTML meta tags, PDF info, DOCX core properties, e-mail
    ``Date:``), or None when the format carries none.
    """

    text: str
    format: str
    title: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class ExtractedOrganisation:
    """An organisation named in a document; ``name`` is its canonical form."""

    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class ExtractedPerson:
    """A person named in a document, with the role the text gives them."""

    name: str
    role: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class ExtractedEvent:
    """One dated (or honestly undated) event reported by a document.

    ``start``/``end`` are ISO 8601 strings cut to the precision known
    (``2017-02-20``, ``2017-02`` or ``2017``); None when unknown. ``time`` is
    ``HH:MM`` when the text gives a time of day. ``evidence_start`` and
    ``evidence_end`` are offsets into the document text of the sentence the
    event came from; ``evidence`` is that sentence as extraction read it (a
    wrap's line breaks as blanks, typographic characters made plain, see
    ``extract.text_as_read``). ``organisations`` and ``people`` hold canonical names
    matching the document's ExtractedOrganisation/ExtractedPerson entries.
    ``field_confidence`` scores each field (``date``, ``kind``, ``title``)
    from 0 to 1 so the UI can flag what needs a human look. ``roles`` maps a
    linked name to its role (one of ``ROLES``); a name absent is "mentioned".
    """

    title: str
    kind: str
    start: str | None
    precision: str
    evidence: str
    evidence_start: int
    evidence_end: int
    end: str | None = None
    time: str | None = None
    main: bool = False
    confidence: float = 1.0
    field_confidence: dict[str, float] = field(default_factory=dict)
    organisations: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    roles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Extraction:
    """Everything extraction read from one document."""

    published: str | None
    published_precision: str
    title: str | None = None
    source: str | None = None
    events: tuple[ExtractedEvent, ...] = ()
    organisations: tuple[ExtractedOrganisation, ...] = ()
    people: tuple[ExtractedPerson, ...] = ()
    published_confidence: float = 1.0
    #: The document tells of no event (an "About us" page): ``events`` holds
    #: only an undated fallback, and the store keeps the document without it.
    reports_no_event: bool = False


@dataclass(frozen=True)
class FileResult:
    """The outcome of importing one file: what a person sees per line."""

    path: str
    status: str  # "imported" | "duplicate" | "failed"
    document_id: int | None = None
    reason: str | None = None
    events: int = 0

    @property
    def ok(self) -> bool:
        return self.status in ("imported", "duplicate")
