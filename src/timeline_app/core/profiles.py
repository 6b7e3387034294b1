"""An organisation's or person's profile: one plain value assembled from the store.

The profile view, its Markdown and PDF exports and the command line all
show the same thing, so it is put together once here, without Qt: names,
a person's titles over time, counts of events per year, kind and role,
partners ranked by shared events, and documents newest first.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from .models import EntityKind
from .store import Store

#: The role shown for events whose link says none (plain links, older databases).
NO_ROLE = "named"


@dataclass(frozen=True)
class Partner:
    """Someone who shares events with the profiled entity."""

    kind: str  # "organisation" or "person"
    id: int
    name: str
    shared: int


@dataclass(frozen=True)
class TitleSpan:
    """A role or title a person is given, and the years it is seen in."""

    title: str
    first_year: int | None
    last_year: int | None

    def years(self) -> str:
        if self.first_year is None:
            return ""
        if self.last_year in (None, self.first_year):
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


@dataclass(frozen=True)
class ProfileDocument:
    id: int
    title: str
    source: str
    published: str | None


@dataclass(frozen=True)
class Profile:
    """Everything a profile shows about one organisation or person."""

    kind: str
    id: int
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    titles: tuple[TitleSpan, ...] = ()
    #: (year or None, kind, role) -> events; role NO_ROLE where links have none
    counts: dict[tuple[int | None, str, str], int] = field(default_factory=dict)
    organisations: tuple[Partner, ...] = ()
    people: tuple[Partner, ...] = ()
    document_count: int = 0
    documents: tuple[ProfileDocument, ...] = ()

    @property
    def noun(self) -> str:
        return "organisation" if self.kind == EntityKind.ORGANISATION else "person"

    @property
    def event_count(self) -> int:
        return sum(self.counts.values())

    def by_year(self) -> dict[int, int]:
        """Dated events per year, in year order."""
        return dict(sorted(self._totals(0, skip_none=True).items()))

    def by_kind(self) -> dict[str, int]:
        """Events per kind, most first."""
        return dict(self._totals(1).most_common())

    def by_role(self) -> dict[str, int]:
        """Events per role, most first (only NO_ROLE before roles are recorded)."""
        return dict(self._totals(2).most_common())

    def year_role_counts(self) -> dict[tuple[int, str], int]:
        """Dated events per (year, role): what the strip timeline draws."""
        totals: Counter = Counter()
        for (year, _kind, role), count in self.counts.items():
            if year is not None:
                totals[(year, role)] += count
        return dict(totals)

    @property
    def undated_count(self) -> int:
        return sum(c for (year, _k, _r), c in self.counts.items() if year is None)

    def _totals(self, part: int, skip_none: bool = False) -> Counter:
        totals: Counter = Counter()
        for key, count in self.counts.items():
            if not (skip_none and key[part] is None):
                totals[key[part]] += count
        return totals


def load_profile(store: Store, kind: str, entity_id: int, *, partners: int = 50,
                 documents: int = 200) -> Profile | None:
    """The profile of one organisation or person, or None when it is gone."""
    kind = EntityKind(kind)
    row = store.entity_name_row(kind, entity_id)
    if row is None:
        return None
    seen = {n.casefold() for n in (row["name"], row["acronym"]) if n}
    aliases: list[str] = []
    for alias in [*json.loads(row["aliases"] or "[]"), *store.alias_names_for(kind, row["name"])]:
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    titles = ()
    if kind is EntityKind.PERSON:
        titles = tuple(TitleSpan(*t) for t in store.person_titles(entity_id))
    counts: Counter = Counter()
    for year, event_kind, role, count in store.profile_counts(kind, entity_id):
        counts[(year, event_kind, role or NO_ROLE)] += count
    total, doc_rows = store.profile_documents(kind, entity_id, documents)

    def ranked(partner_kind: EntityKind) -> tuple[Partner, ...]:
        return tuple(Partner(str(partner_kind), *p)
                     for p in store.profile_partners(kind, entity_id, partner_kind, partners))

    return Profile(
        kind=str(kind), id=entity_id, name=row["name"], acronym=row["acronym"] or None,
        aliases=tuple(aliases), titles=titles, counts=dict(counts),
        organisations=ranked(EntityKind.ORGANISATION), people=ranked(EntityKind.PERSON),
        document_count=total,
        documents=tuple(ProfileDocument(d["id"], d["title"] or "(untitled document)",
                                        d["source"] or "", d["published"]) for d in doc_rows),
    )


__all__ = ["NO_ROLE", "Partner", "Profile", "ProfileDocument", "TitleSpan", "load_profile"]
