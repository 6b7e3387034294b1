"""One entry per organisation: what the finders found, merged under its canonical name.

A body is found under several surfaces (its full name, its acronym, a
spelling the user merged as an alias, a party's name without "Party", an
institution's union spelled out); the timeline, the filter list and
the export want it once, named the way the user chose, with every surface
kept as an alias and every mention kept for roles and evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from operator import itemgetter

from ..models import ExtractedOrganisation
from .organisation_names import HEADS, INSTITUTIONS_UNIONS, FoundOrganisation, OrganisationMention, \
    OrganisationResult, name_key
from .organisation_schools import SCHOOL_ENDINGS
from .sentences import plain_apostrophes


def canonical_result(found: list[FoundOrganisation], aliases: Mapping[str, str]) -> OrganisationResult:
    """Merge ``found`` by canonical name (a user's alias first), mentions in text order."""
    merged: dict[str, FoundOrganisation] = {}
    same = _same_bodies(found)
    for org in found:
        canonical = (_alias_for(org, aliases) if aliases else None) or same.get(org.name) or org.name
        key = name_key(canonical)  # (worked out once: it lower-cases and rewrites the name)
        target = merged.get(key)
        if target is None:
            target = merged[key] = FoundOrganisation(canonical, org.acronym, [], [], org.defined)
        target.acronym = target.acronym or org.acronym
        for surface in org.surfaces + ([org.name] if org.name != canonical else []):
            if surface not in target.surfaces:
                target.surfaces.append(surface)
        target.mentions.extend(org.mentions)
    organisations: list[ExtractedOrganisation] = []
    mentions: list[OrganisationMention] = []
    for org in sorted(merged.values(), key=_first_mention):
        surface_aliases = tuple([s for s in org.surfaces if s != org.name])
        if org.acronym and org.acronym != org.name and org.acronym not in surface_aliases:
            surface_aliases = (org.acronym, *surface_aliases)
        confidence = 0.9 if org.defined or len(org.name.split()) > 1 else 0.7
        organisations.append(ExtractedOrganisation(org.name, org.acronym, surface_aliases, confidence))
        mentions.extend([_mention((org.name, s, e)) for s, e in org.mentions])
    mentions.sort(key=_START)
    return OrganisationResult(tuple(organisations), tuple(mentions))


# The last word of a spelled-out union or council ("Students' Union", "Student Representative Council"):
# "Stellenbosch University (SU)" spells out a university, not the "SU" another page's union is called by.
_UNION_WORDS = frozenset("Union Council Association Government Guild".split())


# The heads a campaign is named with and often called without ("the Halt the Cuts march" by the Halt the Cuts
# Coalition); not "Union" or "Council", which name a body of another's members ("Westbrook University Union").
_CAMPAIGN_HEADS = frozenset("Coalition Campaign Movement Alliance Network".split())
# A school the page calls by its kind without its head ("Kea Holm High"), as ``organisation_schools`` reads it.
_SCHOOLS_CALLED_WITHOUT_HEAD = tuple(f" {ending} School" for ending in SCHOOL_ENDINGS)


def _same_bodies(found: list[FoundOrganisation]) -> dict[str, str]:
    """Names found apart that a reader takes for one body, each to the name it is merged under:

    * "Labour" beside "Labour Party", "Greens" beside "Green Party": a party is
      called by its name without "Party"; named in full; so is a campaign
      without its head ("Halt the Cuts" beside "Halt the Cuts Coalition")
      when what is left holds no head of its own; a high or elementary school
      is called without "School" ("Kea High" beside "Kea High School");
    * "the Student Representative Council (SRC)" beside "Wits SRC": a page about
      one institution's union spells it out and names it with its institution;
      named with its institution, when the page names only one such union.
    """
    names = {org.name for org in found}
    same: dict[str, str] = {}
    for name in names:
        if name.endswith(" Party"):
            short = name[: -len(" Party")]
            for form in (short, f"{short}s"):
                if form in names:
                    same[form] = name
        elif name.rpartition(" ")[2] in _CAMPAIGN_HEADS:
            short = name.rpartition(" ")[0]
            if short in names and HEADS.isdisjoint(short.split()):
                same[short] = name  # "Halt the Cuts" beside "Halt the Cuts Coalition"; not "Harbourton Network"
                # beside "Harbourton Network Campaign": a name with a head word of its own is a body of its own
        elif name.endswith(_SCHOOLS_CALLED_WITHOUT_HEAD) and (short := name[: -len(" School")]) in names:
            same[short] = name  # "Kea High" beside "Kea High School": one school
    for acronym in INSTITUTIONS_UNIONS:
        held = [name for name in names if name.endswith(f" {acronym}")]
        if len(held) != 1:
            continue  # (most pages: no union named with its institution, so nothing spelled out is looked for)
        spelled = [org.name for org in found if org.name not in held and
                   (org.name == acronym or org.acronym == acronym and org.name.split()[-1] in _UNION_WORDS)]
        if len(spelled) == 1:
            same[spelled[0]] = held[0]
    return same


def _first_mention(org: FoundOrganisation) -> int:
    return min(org.mentions)[0]  # the smallest (start, end) holds the smallest start


# A mention built as a tuple is built without a Python-level constructor call.
_mention = partial(tuple.__new__, OrganisationMention)
_START = itemgetter(1)


def _alias_for(org: FoundOrganisation, aliases: Mapping[str, str]) -> str | None:
    for candidate in [org.name, *(org.surfaces), *( [org.acronym] if org.acronym else [])]:
        for form in (candidate.lower(), plain_apostrophes(candidate).lower()):
            if form in aliases:
                return aliases[form]
    return None


__all__ = ["canonical_result"]
