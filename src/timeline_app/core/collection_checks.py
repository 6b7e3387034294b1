"""Reading and checking a collection file before anything of it is written.

A collection (the JSON ``export --format json`` writes) comes from someone
else's machine, so every field is checked here, completely, before
``core.collection`` writes anything: types, ranges (ids, evidence offsets,
confidences finite and from 0 to 1), valid Unicode, and a cap on every
one-line field. The file itself passes the checks every imported file gets
(regular file, ``--max-mb``). Whatever is wrong becomes one
``ImportFormatError`` whose message names the record and the field.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ImportFormatError
from .collection_format import FORMAT_NAME, FORMAT_VERSION
from .models import KINDS, PRECISIONS, ROLES, TIME_OF_DAY, EntityKind
from .partial_dates import parse_iso
from .readers import DEFAULT_MAX_BYTES, ReadError, clean_short_field, read_checked_bytes

_NOT_OURS = "not a Timeline collection"
_DAMAGED = "damaged Timeline collection"

#: Ids only map the file's records onto each other; SQLite's integers end here.
_MAX_ID = 2**63 - 1
#: Evidence offsets point into a document's text, which a file limit bounds.
_MAX_OFFSET = 2**31 - 1
#: Short fields (titles, names, sources…) are cut to this many characters:
#: a multi-megabyte title would freeze every view that lays it out.
SHORT_FIELD_CHARS = 1000
PATH_FIELD_CHARS = 4096
#: C0 and C1 control characters (and DEL): a path keeps its spacing but not these.
_CONTROL_TO_SPACE = {code: " " for code in (*range(0x20), *range(0x7F, 0xA0))}


def clean_short_text(value: str, limit: int = SHORT_FIELD_CHARS) -> str:
    """A title, name or other one-line field, made safe as the readers make theirs."""
    return clean_short_field(value, limit) or ""


def clean_path(value: str, limit: int = PATH_FIELD_CHARS) -> str:
    """A file path: cut to ``limit`` and without control characters, but its
    spaces kept (two spaces in a folder name are part of the name)."""
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return value.translate(_CONTROL_TO_SPACE)


# --------------------------------------------------------------- validation
def _what(value: Any) -> str:
    """How a JSON value's type reads in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _Record:
    """One JSON object being checked, with its place in the file for messages."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ImportFormatError(f"{_DAMAGED}: {where} should be an object, not {_what(value)}")
        self.value = value
        self.where = where

    def _fail(self, key: str, expected: str, got: Any) -> ImportFormatError:
        return ImportFormatError(
            f'{_DAMAGED}: {self.where} "{key}" should be {expected}, not {_what(got)}'
        )

    def _get(self, key: str, required: bool, default: Any) -> tuple[bool, Any]:
        if key in self.value:
            return True, self.value[key]
        if required:
            raise ImportFormatError(f'{_DAMAGED}: {self.where} has no "{key}"')
        return False, default

    def _out_of_range(self, key: str, value: Any, low: float, high: float) -> ImportFormatError:
        shown = repr(value) if len(repr(value)) <= 24 else repr(value)[:20] + "…"
        return ImportFormatError(
            f'{_DAMAGED}: {self.where} "{key}" should be from {low} to {high}, not {shown}'
        )

    def integer(self, key: str, *, required: bool = True, nullable: bool = False,
                low: int = 0, high: int = _MAX_ID) -> int | None:
        present, value = self._get(key, required, None)
        if not present or (value is None and nullable):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, "a whole number" + (" or null" if nullable else ""), value)
        if not low <= value <= high:
            raise self._out_of_range(key, value, low, high)
        return value

    def _fraction(self, key: str, value: Any) -> float:
        """A confidence: a finite number from 0 to 1 (no 1e400, no 10**400)."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self._fail(key, "a number", value)
        if isinstance(value, float) and not math.isfinite(value):
            raise self._out_of_range(key, value, 0, 1)
        if not 0 <= value <= 1:  # compared before float(): a huge int would overflow
            raise self._out_of_range(key, value, 0, 1)
        return float(value)

    def fraction(self, key: str, *, required: bool = True, default: float = 1.0) -> float:
        present, value = self._get(key, required, default)
        if not present:
            return default
        return self._fraction(key, value)

    def boolean(self, key: str, *, required: bool = True, default: bool = False) -> bool:
        present, value = self._get(key, required, default)
        if not present:
            return default
        if not isinstance(value, bool):
            raise self._fail(key, "true or false", value)
        return value

    def _unicode(self, key: str, value: str) -> str:
        """``value`` if it can be stored as UTF-8 (JSON can spell a lone surrogate)."""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" is not valid Unicode '
                f"(a lone surrogate at character {exc.start + 1})"
            ) from None
        return value

    def text(self, key: str, *, required: bool = True, nullable: bool = True,
             default: str | None = None) -> str | None:
        present, value = self._get(key, required, default)
        if not present or (value is None and nullable):
            return value if present else default
        if not isinstance(value, str):
            raise self._fail(key, "text" + (" or null" if nullable else ""), value)
        return self._unicode(key, value)

    def short(self, key: str, *, required: bool = True, nullable: bool = True) -> str | None:
        """A one-line field (title, source, role…), capped and without control characters."""
        value = self.text(key, required=required, nullable=nullable)
        return None if value is None else clean_short_text(value)

    def path(self, key: str) -> str | None:
        value = self.text(key)
        return None if value is None else clean_path(value)

    def name(self, key: str) -> str:
        value = self.short(key, nullable=False)
        if not value or not value.strip():
            raise ImportFormatError(f'{_DAMAGED}: {self.where} "{key}" is empty')
        return value

    def choice(self, key: str, choices: tuple[str, ...], *, required: bool = True,
               default: str | None = None) -> str:
        value = self.text(key, required=required, nullable=False, default=default)
        if value not in choices:
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" is {value!r}, '
                f"not one of {', '.join(choices)}"
            )
        return value

    def iso_date(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is None:
            return None
        try:
            parse_iso(value)
        except ValueError:
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" should be a date like 2017-02-20, '
                f"2017-02 or 2017, not {value!r}"
            ) from None
        return value

    def time_of_day(self, key: str) -> str | None:
        value = self.text(key, required=False)
        if value is not None and not TIME_OF_DAY.match(value):
            raise ImportFormatError(
                f'{_DAMAGED}: {self.where} "{key}" should be a time like 10:30, not {value!r}'
            )
        return value

    def names(self, key: str, *, required: bool = True) -> list[str]:
        """A list of short texts (names, tags…), each capped and cleaned."""
        present, value = self._get(key, required, [])
        if not present:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "a list of text", value)
        return [clean_short_text(self._unicode(key, v)) for v in value]

    def scores(self, key: str) -> dict[str, float]:
        present, value = self._get(key, False, {})
        if not present:
            return {}
        if not isinstance(value, dict) or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()
        ):
            raise self._fail(key, "an object of numbers", value)
        return {clean_short_text(self._unicode(key, k)): self._fraction(f"{key}.{k[:40]}", v)
                for k, v in value.items()}


def _records(data: dict, key: str, singular: str, *, required: bool) -> list[_Record]:
    if key not in data:
        if required:
            raise ImportFormatError(f'{_DAMAGED}: it has no "{key}" list')
        return []
    items = data[key]
    if not isinstance(items, list):
        raise ImportFormatError(f'{_DAMAGED}: "{key}" should be a list, not {_what(items)}')
    return [_Record(item, f"{singular} {i + 1}") for i, item in enumerate(items)]


@dataclass
class Collection:
    """A checked collection file: plain values, defaults filled in."""

    documents: list[dict]
    events: list[dict]
    organisations: list[dict]
    people: list[dict]
    aliases: list[dict]
    #: the user's splits, merges and moves of sources (schema 5 exports on)
    decisions: list[dict] = field(default_factory=list)


def _check_evidence_span(where: str, event: dict, text_length: int | None) -> None:
    """Evidence offsets in order and, when the document's text came along, inside it."""
    start, end = event["evidence_start"], event["evidence_end"]
    if start is not None and end is not None and start > end:
        raise ImportFormatError(
            f'{_DAMAGED}: {where} "evidence_start" ({start}) is after "evidence_end" ({end})'
        )
    for key in ("evidence_start", "evidence_end"):
        offset = event[key]
        if offset is not None and text_length is not None and offset > text_length:
            raise ImportFormatError(
                f'{_DAMAGED}: {where} "{key}" ({offset}) is past the end of its document\'s '
                f"text ({text_length} characters)"
            )


def _check_header(data: Any) -> None:
    """Ours, and a version this Timeline reads."""
    if not isinstance(data, dict):
        raise ImportFormatError(f"{_NOT_OURS}: the JSON is {_what(data)}, not an object")
    if data.get("format") != FORMAT_NAME:
        raise ImportFormatError(
            f'{_NOT_OURS}: it lacks the "format": "{FORMAT_NAME}" marker Timeline writes'
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFormatError(f'{_DAMAGED}: "version" should be a whole number from 1')
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"this collection was written by a newer Timeline (collection version {version}; "
            f"this version reads up to {FORMAT_VERSION}). Update Timeline to import it."
        )


def _documents(data: dict) -> list[dict]:
    documents = []
    for r in _records(data, "documents", "document", required=True):
        documents.append({
            "id": r.integer("id"),
            "title": r.short("title"),
            "source": r.short("source"),
            "path": r.path("path"),
            "published": r.iso_date("published"),
            "published_precision": r.choice("published_precision", PRECISIONS),
            "format": r.short("format", required=False),
            "imported_at": r.short("imported_at", required=False),
            "organisations": r.names("organisations", required=False),
            "people": r.names("people", required=False),
            "text": r.text("text", required=False),
        })
    ids = [d["id"] for d in documents]
    if len(set(ids)) != len(ids):
        raise ImportFormatError(f"{_DAMAGED}: two documents share the same id")
    return documents


def _roles(event: _Record) -> list[dict]:
    """An event's optional ``roles``: {name, kind, role, edited} for its links."""
    present, value = event._get("roles", False, [])
    if not present:
        return []
    if not isinstance(value, list):
        raise event._fail("roles", "a list", value)
    roles = []
    for i, item in enumerate(value):
        r = _Record(item, f"{event.where} role {i + 1}")
        roles.append({"name": r.name("name"), "kind": r.choice("kind", tuple(EntityKind)),
                      "role": r.choice("role", ROLES),
                      "edited": r.boolean("edited", required=False)})
    return roles


def _events(data: dict, documents: list[dict]) -> list[dict]:
    text_length = {d["id"]: len(d["text"]) for d in documents if d["text"] is not None}
    known = {d["id"] for d in documents}
    events = []
    for r in _records(data, "events", "event", required=True):
        event = {
            "id": r.integer("id"),
            "document_id": r.integer("document_id", nullable=True),
            "main": r.boolean("main"),
            "title": r.short("title", nullable=False),
            "kind": r.choice("kind", KINDS),
            "start": r.iso_date("start"),
            "end": r.iso_date("end"),
            "precision": r.choice("precision", PRECISIONS),
            "time": r.time_of_day("time"),
            "organisations": r.names("organisations"),
            "people": r.names("people"),
            "evidence": r.text("evidence"),
            "evidence_start": r.integer("evidence_start", required=False, nullable=True,
                                        high=_MAX_OFFSET),
            "evidence_end": r.integer("evidence_end", required=False, nullable=True,
                                      high=_MAX_OFFSET),
            "confidence": r.fraction("confidence"),
            "field_confidence": r.scores("field_confidence"),
            "user_edited": r.boolean("user_edited", required=False),
            "edited_fields": r.names("edited_fields", required=False),
            "note": r.text("note", required=False, nullable=False, default=""),
            "tags": r.names("tags", required=False),
            "roles": _roles(r),
        }
        if event["document_id"] is not None and event["document_id"] not in known:
            raise ImportFormatError(
                f"{_DAMAGED}: {r.where} belongs to document {event['document_id']}, "
                "which is not in the file"
            )
        _check_evidence_span(r.where, event, text_length.get(event["document_id"]))
        event["sources"] = _sources(r, known, text_length)
        event["date_conflict"] = r.boolean("date_conflict", required=False)
        event["field_sources"] = _positions(r, "field_sources", len(event["sources"] or ()))
        events.append(event)
    return events


def _positions(r: _Record, key: str, count: int) -> dict[str, int]:
    """``{"date": 0, …}``: which of the event's sources gave each field."""
    present, value = r._get(key, False, {})
    if not present:
        return {}
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            and 0 <= v < count for k, v in value.items()):
        raise r._fail(key, f"an object of field names and source numbers below {count}", value)
    return {k: v for k, v in value.items() if k in ("date", "kind", "title")}


def _sources(event: _Record, known: set[int], text_length: dict[int, int]) -> list[dict] | None:
    """An event's ``sources`` (None when the file predates them)."""
    if "sources" not in event.value:
        return None
    sources = []
    for r in _records(event.value, "sources", f"{event.where} source", required=True):
        source = {
            "document_id": r.integer("document_id", nullable=True),
            "evidence": r.text("evidence"),
            "evidence_start": r.integer("evidence_start", nullable=True, high=_MAX_OFFSET),
            "evidence_end": r.integer("evidence_end", nullable=True, high=_MAX_OFFSET),
            "title": r.short("title", nullable=False),
            "kind": r.choice("kind", KINDS),
            "start": r.iso_date("start"),
            "end": r.iso_date("end", required=False),
            "precision": r.choice("precision", PRECISIONS),
            "time": r.time_of_day("time"),
            "confidence": r.fraction("confidence", required=False),
            "main": r.boolean("main", required=False),
            "organisations": r.names("organisations", required=False),
            "people": r.names("people", required=False),
            "added_at": r.short("added_at", required=False),
            "attached": r.choice("attached", ("import", "user"), required=False,
                                 default="import"),
            "primary": r.boolean("primary", required=False),
        }
        if source["document_id"] is not None and source["document_id"] not in known:
            raise ImportFormatError(
                f"{_DAMAGED}: {r.where} comes from document {source['document_id']}, "
                "which is not in the file")
        _check_evidence_span(r.where, source, text_length.get(source["document_id"]))
        sources.append(source)
    return sources


def validate_collection(data: Any) -> Collection:
    """Check every field of a parsed collection file; raise ImportFormatError.

    Keys of the foundation schema are required; the later additions (text,
    notes, tags, edit marks…) are optional so older exports still import.
    """
    _check_header(data)
    documents = _documents(data)
    events = _events(data, documents)
    organisations = [
        {"name": r.name("name"), "acronym": r.short("acronym"), "aliases": r.names("aliases")}
        for r in _records(data, "organisations", "organisation", required=False)
    ]
    people = [
        {"name": r.name("name"), "role": r.short("role")}
        for r in _records(data, "people", "person", required=False)
    ]
    aliases = [
        {
            "alias": r.name("alias"),
            "entity": r.choice("entity", tuple(EntityKind)),
            "canonical": r.name("canonical"),
        }
        for r in _records(data, "aliases", "alias", required=False)
    ]
    decisions = [
        {
            "action": r.choice("action", ("split", "merge", "move")),
            "source_key": r.short("source_key", nullable=False),
            "other_key": r.short("other_key", required=False),
            "made_at": r.short("made_at", required=False),
        }
        for r in _records(data, "decisions", "decision", required=False)
    ]
    return Collection(documents, events, organisations, people, aliases, decisions)


def _refuse_constant(token: str) -> Any:
    """``json.loads`` hook: NaN and Infinity are Python's extension, not JSON."""
    raise ImportFormatError(f"{_NOT_OURS}: not valid JSON ({token} is not a JSON number)")


def load_collection(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Collection:
    """Read, parse and check a collection file; raise ImportFormatError.

    The file passes the checks every imported file gets (a regular file, not
    empty, at most ``max_bytes``), so a FIFO or a link to a device is refused
    rather than read for ever.
    """
    try:
        raw = read_checked_bytes(Path(path), max_bytes)
    except ReadError as exc:
        raise ImportFormatError(str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{_NOT_OURS}: the file is not UTF-8 text") from None
    del raw
    if not text.strip():
        raise ImportFormatError(f"{_NOT_OURS}: the file is empty")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{_NOT_OURS}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ImportFormatError(f"{_NOT_OURS}: the JSON is nested too deeply") from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise ImportFormatError(
            f"{_DAMAGED}: a number in it has thousands of digits"
        ) from None
    return validate_collection(data)
