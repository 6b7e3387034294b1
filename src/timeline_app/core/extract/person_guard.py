"""No person inside an organisation's name.

People are read before organisations (so a person's name never becomes a
body), but a name-shaped run can sit inside a body's full name: "Akhil
Bharatiya" in "Akhil Bharatiya Vidyarthi Parishad (ABVP)", "Nelson Mandela"
in "Nelson Mandela Metropolitan University". Once the organisations are
known, a person every one of whose mentions lies inside an organisation's
mention is dropped; a person also named on their own stays, and so does one
who opens a run read as a body's name ("Ayub Lala of People's Students
Federation" is a person and the body they belong to).
"""

from __future__ import annotations

from collections.abc import Sequence

from .organisation_names import OrganisationMention
from .people import PeopleResult


def without_people_inside_organisations(people: PeopleResult,
                                        organisations: Sequence[OrganisationMention]) -> PeopleResult:
    """``people`` less those named only inside organisations' names."""
    if not people.people or not organisations:
        return people
    covered = bytearray(max(m.end for m in organisations))
    opening = {(m.start, m.name) for m in people.mentions}
    for mention in organisations:
        start = mention.start
        for person_start, name in opening:
            if person_start == start and mention.name.startswith(f"{name} of "):
                start += len(name)  # "Ayub Lala of People's Students Federation": the person named, then the body
        covered[start : mention.end] = b"\x01" * (mention.end - start)

    def inside(start: int, end: int) -> bool:
        return end <= len(covered) and all(covered[start:end])

    outside = {m.name for m in people.mentions if not inside(m.start, m.end)}
    if len(outside) == len({p.name for p in people.people}):
        return people
    return PeopleResult(tuple(p for p in people.people if p.name in outside),
                        tuple(m for m in people.mentions if m.name in outside))
