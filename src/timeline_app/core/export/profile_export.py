"""An organisation's or person's profile as Markdown, for notes and reports.

The same content as the profile view: names, titles over time, events per
year, kind and role, partners with their shared events, documents newest
first. Every name and title comes from documents, so each is escaped: a
title holding ``[link](…)``, ``<b>`` or ``# heading`` reads as those
characters in any Markdown renderer, never as markup.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from ..profiles import NO_ROLE, Partner, Profile, load_profile
from ..store import Store, normalise_name

#: Characters that can start markup anywhere in a line; our own text always
#: precedes the untrusted text, so line-start markers ("-", "1.") need no escape.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#|~&])")


def md(text: str | None) -> str:
    """Untrusted text as literal Markdown on one line."""
    flat = " ".join(str(text or "").split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def _partner_lines(partners: tuple[Partner, ...]) -> list[str]:
    if not partners:
        return ["None yet.", ""]
    lines = ["| | shared events |", "|---|---:|"]
    lines += [f"| {md(p.name)} | {p.shared} |" for p in partners]
    return [*lines, ""]


def _count_table(header: str, counts: dict) -> list[str]:
    lines = [f"| {header} | events |", "|---|---:|"]
    lines += [f"| {md(str(key))} | {count} |" for key, count in counts.items()]
    return [*lines, ""]


def profile_markdown(profile: Profile, strip_image: str | None = None) -> str:
    """The profile as a Markdown document; ``strip_image`` embeds the strip picture."""
    lines = [f"# {md(profile.name)}", "", f"*{profile.noun.capitalize()}*", ""]
    if profile.acronym:
        lines += [f"- Acronym: {md(profile.acronym)}"]
    if profile.aliases:
        lines += ["- Also written: " + ", ".join(md(a) for a in profile.aliases)]
    for title in profile.titles:
        years = f" \\({title.years()}\\)" if title.years() else ""
        lines += [f"- Title: {md(title.title)}{years}"]
    undated = f", {profile.undated_count} undated" if profile.undated_count else ""
    lines += [f"- Events: {profile.event_count}{undated}",
              f"- Documents: {profile.document_count}", ""]
    if strip_image:
        lines += [f"![Events per year]({strip_image})", ""]
    lines += ["## Events per year", "", *_count_table("year", profile.by_year())]
    lines += ["## Events per kind", "", *_count_table("kind", profile.by_kind())]
    roles = profile.by_role()
    if set(roles) - {NO_ROLE}:
        lines += ["## Events per role", "", *_count_table("role", roles)]
    lines += ["## Worked with: organisations", "", *_partner_lines(profile.organisations)]
    lines += ["## Worked with: people", "", *_partner_lines(profile.people)]
    lines += ["## Documents, newest first", ""]
    for document in profile.documents:
        when = document.published or "undated"
        source = f" — {md(document.source)}" if document.source else ""
        lines.append(f"- {md(when)}: {md(document.title)}{source}")
    if profile.document_count > len(profile.documents):
        lines.append(f"- … and {profile.document_count - len(profile.documents)} older")
    return "\n".join(lines).rstrip() + "\n"


def profile_sections(profile: Profile) -> list[tuple[str, list[str]]]:
    """The profile as titled sections of plain lines (for the PDF); no markup."""
    names = [profile.noun.capitalize() + (f" · {profile.acronym}" if profile.acronym else "")]
    if profile.aliases:
        names.append("Also written: " + ", ".join(profile.aliases))
    names += [t.title + (f" ({t.years()})" if t.years() else "") for t in profile.titles]
    undated = f", {profile.undated_count} undated" if profile.undated_count else ""
    names.append(f"{profile.event_count} events{undated}; {profile.document_count} documents")
    sections = [("", names),
                ("Events per year", [f"{y}: {c}" for y, c in profile.by_year().items()]),
                ("Events per kind", [f"{k}: {c}" for k, c in profile.by_kind().items()])]
    roles = profile.by_role()
    if set(roles) - {NO_ROLE}:
        sections.append(("Events per role", [f"{r}: {c}" for r, c in roles.items()]))
    for title, partners in (("Worked with: organisations", profile.organisations),
                            ("Worked with: people", profile.people)):
        sections.append((title, [f"{p.name} — {p.shared} shared" for p in partners]
                         or ["None yet."]))
    sections.append(("Documents, newest first",
                     [f"{d.published or 'undated'}: {d.title}"
                      + (f" — {d.source}" if d.source else "") for d in profile.documents]))
    return sections


def find_entity(store: Store, name: str) -> tuple[str, int] | None:
    """The organisation (by name, acronym or alias) or else person called ``name``."""
    found = store.find_organisation_ids(name)
    if found:
        return "organisation", found[0]
    key = normalise_name(name)
    person = store.entity_id_for_key("person", key)
    if person is None:
        canonical = {alias: c for alias, _kind, c in store.alias_rows("person")}.get(key)
        if canonical is not None:
            person = store.entity_id_for_key("person", normalise_name(canonical))
    return ("person", person) if person is not None else None


def write_profile_markdown(store: Store, kind: str, entity_id: int, out: BinaryIO) -> None:
    """Write the Markdown profile of one organisation or person to a binary stream."""
    profile = load_profile(store, kind, entity_id)
    if profile is None:
        raise ValueError(f"no {kind} with id {entity_id}")
    out.write(profile_markdown(profile).encode("utf-8"))


__all__ = ["find_entity", "md", "profile_markdown", "profile_sections", "write_profile_markdown"]
