"""The "go to" box's search: events, documents, organisations and people at once.

Titles of events and documents come from the full-text indexes (a prefix
match, a few rows each). Organisations and people are matched here, in
memory, by name, acronym, the aliases documents used and the user's own
aliases: exactly, by prefix or word prefix, inside the name, or fuzzily
for typos. Fuzzy matching uses the standard library's ``difflib``: an
archive names hundreds to a few thousand actors, which its quick ratios
screen in a few milliseconds, so a compiled matcher (rapidfuzz) would be a
dependency without a noticeable gain. ``NameIndex`` is built once per
opening of the box; each keystroke then costs a few milliseconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .filters import fts_query
from .store import Store, normalise_name

#: A fuzzy match below this similarity is noise, not a typo.
FUZZY_CUTOFF = 0.72
#: The share of the query's letter triples a spelling must contain before the
#: (slower) fuzzy comparison is tried: a one-letter typo breaks three of them.
TRIGRAM_SHARE = 0.4
#: At most this many spellings are compared fuzzily per keystroke.
FUZZY_CANDIDATES = 50


@lru_cache(maxsize=65_536)  # the box rebuilds its index after each change: same names
def trigrams(text: str) -> frozenset[str]:
    """The overlapping three-letter pieces of ``text``, ends padded."""
    padded = f"  {text} "
    return frozenset(padded[i:i + 3] for i in range(len(padded) - 2))


@dataclass(frozen=True)
class GoToResult:
    """One line of the box: what it is, which one, and how it is shown."""

    kind: str  # "organisation", "person", "event" or "document"
    id: int
    label: str
    detail: str = ""
    score: float = 0.0


@dataclass(frozen=True)
class _Entry:
    form: str  # a normalised spelling
    kind: str
    id: int
    name: str
    detail: str
    events: int
    grams: frozenset[str]


def _entity_detail(kind: str, acronym: str | None, role: str | None, events: int) -> str:
    parts = ["Organisation" if kind == "organisation" else "Person"]
    if acronym:
        parts.append(acronym)
    if role:
        parts.append(role)
    parts.append(f"{events} event{'s' if events != 1 else ''}")
    return " · ".join(parts)


class NameIndex:
    """Every spelling of every organisation and person, normalised, for matching."""

    def __init__(self, entries: list[_Entry]) -> None:
        self._entries = entries

    @classmethod
    def build(cls, store: Store) -> NameIndex:
        entries: list[_Entry] = []
        by_name: dict[tuple[str, str], _Entry] = {}
        for kind, entity_id, name, acronym, aliases, role, events in store.name_rows():
            detail = _entity_detail(kind, acronym, role, events)
            forms = {normalise_name(name)}
            forms.update(normalise_name(a) for a in (acronym, *json.loads(aliases)) if a)
            for form in forms:
                entries.append(_Entry(form, kind, entity_id, name, detail, events,
                                      trigrams(form)))
            by_name[(kind, normalise_name(name))] = entries[-1]
        for kind, alias, canonical in store.user_alias_rows():
            target = by_name.get((kind, normalise_name(canonical)))
            if target is not None:
                entries.append(_Entry(alias, kind, target.id, target.name, target.detail,
                                      target.events, trigrams(alias)))
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, text: str, limit: int = 8) -> list[GoToResult]:
        """The best matching organisations and people, each once, best first.

        Direct matches (whole, prefix, word prefix, inside) first; typos are
        looked for only when those leave room in the list (a typo always
        ranks below them), and only among the spellings sharing most letter
        triples with the query, so a keystroke costs milliseconds.
        """
        query = normalise_name(text)
        if not query:
            return []
        best: dict[tuple[str, int], tuple[float, _Entry]] = {}
        for entry in self._entries:
            _keep_best(best, _direct_score(query, entry.form), entry)
        if len(best) < limit and len(query) >= 3:
            matcher = SequenceMatcher(autojunk=False)
            matcher.set_seq2(query)
            for entry in self._fuzzy_candidates(query, best):
                _keep_best(best, _typo_score(query, entry.form, matcher), entry)
        ranked = sorted(best.values(), key=lambda p: (-p[0], -p[1].events, p[1].name))
        return [GoToResult(e.kind, e.id, e.name, e.detail, round(s, 3))
                for s, e in ranked[:limit]]

    def _fuzzy_candidates(self, query: str,
                          found: dict[tuple[str, int], tuple[float, _Entry]]) -> list[_Entry]:
        """Spellings worth a fuzzy comparison: most shared letter triples first."""
        grams = trigrams(query)
        needed = TRIGRAM_SHARE * len(grams)
        shared = [(len(grams & e.grams), i) for i, e in enumerate(self._entries)
                  if (e.kind, e.id) not in found]
        shared = sorted((s for s in shared if s[0] >= needed), reverse=True)
        return [self._entries[i] for _s, i in shared[:FUZZY_CANDIDATES]]


def _keep_best(best: dict[tuple[str, int], tuple[float, _Entry]], score: float,
               entry: _Entry) -> None:
    if score and score > best.get((entry.kind, entry.id), (0.0,))[0]:
        best[(entry.kind, entry.id)] = (score, entry)


def _direct_score(query: str, form: str) -> float:
    """How well ``form`` answers ``query`` without typos (0: not at all)."""
    if form == query:
        return 1.0
    if form.startswith(query):
        return 0.9
    if f" {query}" in f" {form}":
        return 0.8  # the start of a later word: "sheff" finds "University of Sheffield"
    if query in form:
        return 0.7
    return 0.0


def _typo_score(query: str, form: str, matcher: SequenceMatcher) -> float:
    """Similarity to the whole name or to its start as long as the query; at most 0.6."""
    best = 0.0
    for candidate in (form, form[:len(query) + 1]):
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= FUZZY_CUTOFF and matcher.quick_ratio() >= FUZZY_CUTOFF
                and (ratio := matcher.ratio()) >= FUZZY_CUTOFF):
            best = max(best, 0.6 * ratio)
    return best


def go_to(store: Store, text: str, names: NameIndex | None = None,
          limit: int = 8) -> list[GoToResult]:
    """What the box lists for ``text``: actors first, then events, then documents."""
    if not text.strip():
        return []
    names = names if names is not None else NameIndex.build(store)
    results = names.search(text, limit)
    fts = fts_query(text)
    if fts is None or len(text.strip()) < 2:
        return results
    for event_id, title, year, kind in store.event_title_hits(fts, limit):
        detail = f"Event · {kind}" + (f" · {year}" if year is not None else " · undated")
        results.append(GoToResult("event", event_id, title, detail, 0.5))
    for document_id, title, published in store.document_title_hits(fts, max(3, limit // 2)):
        detail = "Document" + (f" · {published}" if published else "")
        results.append(GoToResult("document", document_id, title or "(untitled document)",
                                  detail, 0.4))
    return results


__all__ = ["FUZZY_CUTOFF", "GoToResult", "NameIndex", "go_to"]
