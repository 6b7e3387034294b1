"""No person in a list of bodies: "groups like Amnesty International and Mary Tane".

A name with no cue of its own (no office, no speech verb) is read as a
person only for its shape: a common given name first. Joined by "and" or
"or" to a body's name before it, with no person's name after it, in a list
that a plural of bodies introduces ("groups like", "charities such as",
"organisations including"), it is the last of the bodies the list names, a
charity or a firm called after someone, not that someone; a list of who
spoke or led ("Speakers included Westbrook Union and Jo Arlen") is not one.
A body held by a word before it ("chair of the Union and Jo Arlen", "signed
by Unison and Jo Arlen") ends a description or a phrase, not such a list. A
name anything cues is left alone, and so is one the text also names apart
from such a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .organisation_names import OrganisationMention
from .people import PeopleResult

# What joins a list's last item to the one before: "and", "or", with an Oxford comma or not (a comma
# alone joins a signatory to their body: "Jo Arlen, Westbrook Union").
_JOIN = re.compile(r",?[ \t]+(?:and|or)[ \t]+")
# Words before a body that make it the object of a description ("chair of the Union and Jo Arlen",
# "signed by Unison and Jo Arlen"), not an item of a list of bodies.
_HELD_BY = re.compile(r"\b(?:(?:of|at|for|in|with|from|by|to)(?:[ \t]+the)?|the)[ \t]+$", re.IGNORECASE)
# What may join a name to a next list item ("Mira Tane, Jo Arlen", "Mira Tane and Jo Arlen").
_NEXT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
# The confidence of a name read with an office or a speech verb beside it (``person_roles.role_for``).
_CUED = 0.8
# The longest join looked at.
_JOIN_WIDTH = 16
# A plural of bodies introducing the list, in its sentence before the body ("household names like", "groups such
# as", "charities including"), looked for at most ``_LIST_REACH`` characters back.
_BODIES_LISTED = re.compile(r"\b(?:groups|organi[sz]ations|bodies|charities|names|brands|unions|companies|firms|"
                            r"campaigns|institutions|NGOs|societies|associations|partners|sponsors|coalitions)[ \t]+"
                            r"(?:like|such[ \t]+as|including|include|includes|included)\b[^.;:!?]*$", re.IGNORECASE)
_LIST_REACH = 200


def without_people_among_bodies(text: str, people: PeopleResult,
                                 organisations: Sequence[OrganisationMention]) -> PeopleResult:
    """``people`` less the uncued names every mention of which ends a list after a body's name (see the
    module docstring)."""
    uncued = {p.name for p in people.people if not p.role and p.confidence < _CUED}
    if not uncued or not organisations:
        return people
    body_starts = {m.end: m.start for m in organisations}
    person_starts = {m.start for m in people.mentions}
    beside_body: dict[str, bool] = {}
    for mention in people.mentions:
        if mention.name not in uncued:
            continue
        before = _item_before(text, mention.start)
        listed = before in body_starts and _listed_body(text, body_starts[before])
        alone = _item_after(text, mention.end) not in person_starts
        beside_body[mention.name] = beside_body.get(mention.name, True) and listed and alone
    dropped = {name for name, among in beside_body.items() if among}
    if not dropped:
        return people
    return PeopleResult(tuple(p for p in people.people if p.name not in dropped),
                        tuple(m for m in people.mentions if m.name not in dropped))


def _listed_body(text: str, start: int) -> bool:
    """Whether the body named at ``text[start:]`` is an item of a list a plural of bodies introduces, not held
    by a word before it."""
    return not _HELD_BY.search(text, max(0, start - 12), start) and \
        _BODIES_LISTED.search(text, max(0, start - _LIST_REACH), start) is not None


def _item_before(text: str, start: int) -> int:
    """Where the list item before ``text[start:]`` ends (-1 when no join stands right before it)."""
    window = max(0, start - _JOIN_WIDTH)
    for at in range(window, start):
        if _JOIN.fullmatch(text, at, start):
            return at
    return -1


def _item_after(text: str, end: int) -> int:
    """Where the list item after ``text[:end]`` starts (-1 when no join follows)."""
    join = _NEXT.match(text, end, end + _JOIN_WIDTH)
    return join.end() if join and join.end() > end else -1
