"""What the user has narrowed the timeline to.

A filter is a plain value: the filter pane builds one, the CLI builds one from
its flags, the store turns it into SQL (``core.store.filter_sql``) and the
status bar into a description. Groups combine with AND; choices inside a
group with OR.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from timeline_app.core.models import KINDS
from timeline_app.core.search_terms import search_terms

#: What ``EventFilter.to_dict`` saves: the narrowing, never the labels.
_SAVED_FIELDS = ("organisation_ids", "person_ids", "year_from", "year_to", "kinds",
                 "hide_undated", "hide_approximate", "text", "organisers_only", "show_context",
                 "min_sources")


def fts_query(text: str) -> str | None:
    """Turn whatever a person typed into a safe FTS5 query, or None.

    Every word becomes a quoted token, so FTS5 syntax in the input (``AND``,
    brackets, stray quotes, ``NEAR``) is searched for as words and can never
    raise a syntax error. Text in double quotes stays a phrase; a word ending
    in ``*``, and the last bare word while it is typed, match as prefixes
    (``core.search_terms`` has the rules, shared with the highlighting).
    """
    return " ".join(term.fts_token() for term in search_terms(text)) or None


@dataclass(frozen=True)
class EventFilter:
    """The current narrowing; an empty filter shows everything."""

    organisation_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    kinds: tuple[str, ...] = ()
    hide_undated: bool = False
    hide_approximate: bool = False
    text: str = ""
    #: The chosen organisations must have organised the event ("organised by
    #: X"), not merely be named in it ("involving X").
    organisers_only: bool = False
    #: Background facts (kind "context": a referendum, a government order)
    #: pass too. The window starts with them hidden (``WINDOW_DEFAULT``).
    show_context: bool = True
    #: Only events attested by at least this many sources (0 or 1: every event).
    min_sources: int = 0
    #: Names for the description (id -> label), so the status bar can say
    #: "National Union of Students" rather than "organisation 3".
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def with_changes(self, **changes: object) -> EventFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        """The filter as JSON-ready values (the window saves the last one)."""
        return {name: getattr(self, name) for name in _SAVED_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventFilter:
        """A filter saved by ``to_dict``, perhaps by an older version or
        edited by hand: anything malformed or unknown is dropped, never raised."""
        clean: dict[str, Any] = {}
        for name in ("organisation_ids", "person_ids"):
            values = data.get(name) or []
            if isinstance(values, (list, tuple)) and all(isinstance(v, int) for v in values):
                clean[name] = tuple(values)
        for name in ("year_from", "year_to"):
            if isinstance(data.get(name), int):
                clean[name] = data[name]
        kinds = data.get("kinds") or []
        if isinstance(kinds, (list, tuple)):
            clean["kinds"] = tuple(k for k in kinds if k in KINDS)
        for name in ("hide_undated", "hide_approximate", "organisers_only"):
            clean[name] = bool(data.get(name))
        clean["show_context"] = bool(data.get("show_context", True))
        if isinstance(data.get("text"), str):
            clean["text"] = data["text"]
        if isinstance(data.get("min_sources"), int) and not isinstance(data["min_sources"], bool):
            clean["min_sources"] = max(0, data["min_sources"])
        return cls(**clean)

    @property
    def hides_context(self) -> bool:
        """Context events are left out: not shown, and not asked for by kind."""
        return not self.show_context and "context" not in self.kinds

    @property
    def active_count(self) -> int:
        """How many filter groups are in force (for "3 filters")."""
        return sum(
            bool(x)
            for x in (
                self.organisation_ids,
                self.person_ids,
                self.year_from is not None or self.year_to is not None,
                self.kinds,
                self.hide_undated or self.hide_approximate,
                fts_query(self.text),
                self.min_sources > 1,
            )
        )

    def describe(self) -> str:
        """A short human description, e.g. ``organisation: NUS · 2016–2016``."""
        bits: list[str] = []
        if self.organisation_ids:
            names = [self.labels.get(f"org:{i}", f"#{i}") for i in self.organisation_ids]
            what = "organised by: " if self.organisers_only else "organisation: "
            bits.append(what + " or ".join(names))
        if self.person_ids:
            names = [self.labels.get(f"person:{i}", f"#{i}") for i in self.person_ids]
            bits.append("person: " + " or ".join(names))
        if self.year_from is not None or self.year_to is not None:
            lo = self.year_from if self.year_from is not None else "…"
            hi = self.year_to if self.year_to is not None else "…"
            bits.append(f"{lo}–{hi}")
        if self.kinds:
            bits.append("kind: " + " or ".join(self.kinds))
        if self.hide_undated:
            bits.append("dated only")
        if self.hide_approximate:
            bits.append("exact dates only")
        if fts_query(self.text):
            bits.append(f"text: “{self.text.strip()}”")
        if self.min_sources > 1:
            bits.append(f"at least {self.min_sources} sources")
        return " · ".join(bits) if bits else "no filters"


#: What the window shows before anything is chosen: every event but the
#: background facts (kind "context"), which a filter toggle brings back.
WINDOW_DEFAULT = EventFilter(show_context=False)
