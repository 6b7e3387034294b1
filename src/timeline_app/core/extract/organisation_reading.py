"""What a document's reading for organisations has found so far, and where.

``organisations.find_organisations`` runs its sources one after another, and
each records what it finds in one shared reading: the bodies by their key and
by their acronym, the offsets their mentions already cover (a later source
never claims a start an earlier one took), the page's heading and column
lines. Keeping that record is a job of its own, apart from the sources, so
that a new source does not crowd it.
"""

from __future__ import annotations

from collections.abc import Collection

from .acronym_columns import is_acronym_column_line
from .acronym_links import BranchIndex
from .offset_ranges import OffsetRanges
from .organisation_lines import LineTest, is_shouting_line, is_title_case_line, listed_lines
from .organisation_names import FoundOrganisation, first_initials, has_head_word, last_initials, name_key
from .organisation_word_starts import whole_first_word
from .sentences import Span, plain_apostrophes


class OrganisationReading:
    """One document being read for organisations: what was found so far,
    and which offsets those mentions already cover."""

    def __init__(self, text: str, lines: list[Span], skip: list[tuple[int, int]]) -> None:
        self.text = text
        self.skip = OffsetRanges(skip)
        self.by_key: dict[str, FoundOrganisation] = {}
        self.by_acronym: dict[str, FoundOrganisation] = {}
        # Headings are short lines; a line is tested only when a candidate sits on it.
        self.title_case = LineTest(lines, is_title_case_line, listed_lines(lines))
        self.shouting = LineTest(lines, is_shouting_line)
        self.columns = LineTest(lines, is_acronym_column_line)
        self.line_starts = {line.start for line in lines}
        # covered[i] is set when offset i lies inside a mention already recorded,
        # so "is this start taken?" costs one lookup however many mentions exist.
        self.covered = bytearray(len(text))
        self.unproven: dict[str, list[tuple[int, int]]] = {}  # bare acronyms awaiting evidence
        # the bodies found so far by the letters an acronym they spell can open with, and by their last words
        # and what the words before spell (``branches``), kept while none is added or dropped (``_orgs_changed``
        # counts both): a page of thousands of undefined acronyms and bodies asked every body about every acronym
        self._orgs_changed, self.branches = 0, BranchIndex()
        self._by_initial: tuple[int, dict[tuple[str, str], list[FoundOrganisation]]] | None = None
        self._person_keys: set[str] | None = None  # keys of the document's known people, when first needed

    def person_keys(self, people: Collection[str]) -> set[str]:
        """Keys of the document's known ``people`` (the same for every step), worked out once."""
        if self._person_keys is None:
            self._person_keys = {name_key(p) for p in people}
        return self._person_keys

    def branch_index(self) -> BranchIndex:
        """The bodies found so far, indexed for ``regional_branch`` (built again only when one was added or dropped)."""
        return self.branches.update(self.by_key, self._orgs_changed)

    def skipped(self, start: int) -> bool:
        return start in self.skip  # on a credit line

    def taken(self, start: int) -> bool:
        return start < len(self.covered) and self.covered[start] == 1

    def mention(self, org: FoundOrganisation, start: int, end: int) -> None:
        org.mentions.append((start, end))
        end = min(end, len(self.covered))
        if end > start:
            self.covered[start:end] = b"\x01" * (end - start)

    def record_written(self, name: str, words: list[str], start: int, end: int) -> None:
        """Record ``name``, made of ``words`` found in ``text[start:end]``, over
        the span its words take as written there (spaces may be doubled)."""
        offset = self.text.find(words[0], start, end)
        last = self.text.rfind(words[-1], offset, end)
        self.record(name, offset, last + len(words[-1]) if last >= 0 else offset + len(name))

    def record(self, name: str, start: int, end: int, acronym: str | None = None,
               defined: bool = False) -> FoundOrganisation:
        if start and self.text[start - 1].islower():  # "eThekweni Social Forum", not "Thekweni Social Forum"
            name, start = whole_first_word(self.text, name, start)
        clean = " ".join(plain_apostrophes(name).split())
        key = name_key(clean)
        org = self.by_key.get(key) or (self.by_acronym.get(acronym) if acronym else None)
        if org is None:
            org = FoundOrganisation(clean, acronym)
            self.by_key[key] = org
            self._orgs_changed += 1
        if acronym and not org.acronym:
            org.acronym = acronym
        if acronym:
            self.by_acronym[acronym] = org
        org.defined = org.defined or defined
        if clean not in org.surfaces:
            org.surfaces.append(clean)
        self.mention(org, start, end)
        return org

    def defined_acronym(self, word: str) -> FoundOrganisation | None:
        """The body a definition on the page gave ``word`` as its acronym, in any case ("(Cosatu)", "(COSATU)")."""
        found = self.by_acronym.get(word)
        if found is None and not word.isupper():  # (the capitals' own key is among those the loop compares)
            found = next((org for acronym, org in self.by_acronym.items() if acronym.upper() == word.upper()), None)
        return found if found is not None and found.defined else None

    def drop_cut_names(self, start: int, end: int) -> bool:
        """Forget names found only as cut parts of the list member ``text[start:end]`` ("Work Campaign" in
        "Right to Work Campaign"); False when a mention is the member itself or reaches outside it, or when
        the member opens with a body's name by its head word ("University of X Palestine Society"): that
        body is the member's parent, named in its own right (an acronym alone, "ICTU Youth", is cut)."""
        inside = [(org, m) for org in self.by_key.values() for m in org.mentions if m[0] < end and m[1] > start]
        if any(m == (start, end) or m[0] < start or m[1] > end for _, m in inside):
            return False
        for _, (first, last) in inside:
            words = self.text[first:last].split()
            if first == start and has_head_word(self.text[first:last], words):
                return False
        for org, mention in inside:
            org.mentions.remove(mention)
        self.covered[start:end] = bytes(end - start)
        for key in [k for k, org in self.by_key.items() if not org.mentions]:
            del self.by_key[key]
            self._orgs_changed += 1
        for acronym in [a for a, org in self.by_acronym.items() if not org.mentions]:
            del self.by_acronym[acronym]
        return True

    def listed_state(self, start: int, end: int) -> bool | None:
        """A list member is found (a mention within it alone), free, or partly inside a longer name (None)."""
        if not any(self.covered[start:end]):
            return False
        crosses = start > 0 and self.covered[start - 1] or end < len(self.covered) and self.covered[end]
        return None if crosses else True

    def _spelling_candidates(self, acronym: str) -> list[FoundOrganisation]:
        """The bodies found so far (in the order found) whose words could spell ``acronym``: those whose
        first and last initials (``first_initials``, ``last_initials``) hold its first and last letters; the
        rest cannot (a page of thousands of bodies and acronyms compared each with each)."""
        if self._by_initial is None or self._by_initial[0] != self._orgs_changed:
            index: dict[tuple[str, str], list[FoundOrganisation]] = {}
            for org in self.by_key.values():
                for first in first_initials(org.name):
                    for last in last_initials(org.name):
                        index.setdefault((first, last), []).append(org)
            self._by_initial = (self._orgs_changed, index)
        letters = acronym.replace("&", "").lower()
        return self._by_initial[1].get((letters[:1], letters[-1:]), [])
