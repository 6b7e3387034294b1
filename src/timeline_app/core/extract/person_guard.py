"""No person inside an organisation's name.

People are read before organisations (so a person's name never becomes a
body), but a name-shaped run can sit inside a body's full name: "Akhil
Bharatiya" in "Akhil Bharatiya Vidyarthi Parishad (ABVP)", "Nelson Mandela"
in "Nelson Mandela Metropolitan University". Once the organisations are
known, a person every one of whose mentions lies inside an organisation's
mention is dropped; a person also named on their own stays, and so does one
who opens a run read as a body's name ("Ayub Lala of People's Students
Federation" is a person and the body they belong to), unless the name is a
body's name without its head word ("Boulder Creek" where "Boulder Creek High
School" is named) or a newsroom's ("By Standard Team"). A name an office or
a speech verb marks as a person's stays one where a body's mention covers
exactly its words ("X, a spokeswoman for the group, said" read as a body by
the apposition), and so does one who owns a body's name ("Prime Minister
X's Government"): marked so, or owning what only a leader has (a
Government, an Administration, a regime, a cabinet), whatever cue it had.

A name opening with a well-known body's one-word name ("Unite Ostland
said", "Momentum Westbrook") is that body's branch, never a person; nor is
one ending in a word movements name themselves with and no one is called
("Ostland Rising", "Renters Together", "Kabataan Partylist"), nor one
opening with a politics ("Socialist Westbrook spokesperson Dana Reed":
no one's first name is "Socialist") or with a campaign's verb ("Save
Westbrook").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import ExtractedPerson
from .given_names import GIVEN_NAMES
from .organisation_known import KNOWN_MOVEMENT_BODIES
from .organisation_names import HEADS, OrganisationMention
from .people import PeopleResult


def without_people_inside_organisations(people: PeopleResult,
                                        organisations: Sequence[OrganisationMention]) -> PeopleResult:
    """``people`` less those named only inside organisations' names or opening with a known body's name."""
    if any(map(_names_a_body, people.people)):
        people = _without(people, {p.name for p in people.people if not _names_a_body(p)})
    if not people.people or not organisations:
        return people
    covered = bytearray(max(m.end for m in organisations))
    opening = {(m.start, m.name) for m in people.mentions}
    opening_starts = {start for start, _ in opening}
    for mention in organisations:
        start = mention.start
        for person_start, name in opening if start in opening_starts else ():  # no one named where it opens: most
            if person_start == start and mention.name.startswith(f"{name} of "):
                start += len(name)  # "Ayub Lala of People's Students Federation": the person named, then the body
        covered[start : mention.end] = b"\x01" * (mention.end - start)

    def inside(start: int, end: int) -> bool:
        return end <= len(covered) and all(covered[start:end])

    # a name an office or a speech verb marks ("X, a spokeswoman for the group, said") stays a
    # person where a body's mention is exactly that name, read from the same words
    marked = {p.name for p in people.people if p.confidence >= _OFFICE_MARKED}
    exact = {(m.start, m.end) for m in organisations} if marked else set()
    outside = {m.name for m in people.mentions
               if not inside(m.start, m.end) or m.name in marked and (m.start, m.end) in exact}
    outside -= _names_of_bodies(outside, {m.name for m in organisations})
    # "Prime Minister X's Government": the body is the person's, the person no part of its name
    owned = [m.name for m in organisations if "s " in m.name and ("'s " in m.name or "’s " in m.name)]
    outside |= {p.name for p in people.people if owned and any(
        f"{p.name}'s " in name or f"{p.name}’s " in name for name in owned) and (
        p.confidence >= _OFFICE_MARKED or _leaders_body(p.name, owned))}
    if len(outside) == len({p.name for p in people.people}):
        return people
    return _without(people, outside)


# What only a leader has, named as a body after the leader's possessive ("X's Government", "X's regime").
_LEADERS_BODIES = ("Government", "Administration", "regime", "cabinet")


def _leaders_body(name: str, owned: list[str]) -> bool:
    """Whether an organisation's name is ``name``'s government, administration, regime or cabinet: only a
    person has one, so a name read with no cue is still a person there ("Jo Arlen's Government")."""
    return any(body[: len(name)] == name and body[len(name) : len(name) + 3] in ("'s ", "’s ") and
               body[len(name) + 3 :] in _LEADERS_BODIES for body in owned)


def _without(people: PeopleResult, kept: set[str]) -> PeopleResult:
    """``people`` with only the names in ``kept``."""
    return PeopleResult(tuple(p for p in people.people if p.name in kept),
                        tuple(m for m in people.mentions if m.name in kept))


# One-word names of well-known bodies ("Unite", "Momentum"): no person's name opens with one.
_KNOWN_ONE_WORD = frozenset(name for name in KNOWN_MOVEMENT_BODIES if " " not in name)
# Last words of movements' names that are no one's surname (and "Uni", a university's: "Westbrook Uni staff").
_MOVEMENT_ENDINGS = frozenset(
    "Rising Uprising Together Forward Now Matters Solidarity Resistance Partylist Uni".split())
# First words naming a politics, which groups take and no one is called.
_POLITICS = frozenset("""Socialist Socialists Communist Communists Anarchist Anarchists Marxist Marxists
    Trotskyist Maoist Leninist Feminist Feminists Syndicalist Ecosocialist""".split())


# Verbs campaigns are named with, no one's first name ("Save Westbrook", "Stop the Cuts").
_CAMPAIGN_VERBS = frozenset("Save Stop Defend Protect Scrap Cancel Reclaim Ban Divest".split())


def _names_a_body(person: ExtractedPerson) -> bool:
    words = person.name.split()
    # (a well-known body's whole name too: "Fianna Fáil said" is the party speaking)
    return words[0] in _KNOWN_ONE_WORD or words[-1] in _MOVEMENT_ENDINGS or words[0] in _POLITICS or \
        words[0] in _CAMPAIGN_VERBS or person.name in KNOWN_MOVEMENT_BODIES


# The least confidence of a name read with an office or a speech verb beside it (``person_roles.role_for``).
_OFFICE_MARKED = 0.8
# Last words of a byline that name a newsroom, not a person ("By Standard Team").
_NEWSROOM_WORDS = frozenset("Team Desk Staff Reporters Newsroom Bureau Correspondents".split())


def _names_of_bodies(names: set[str], organisation_names: set[str]) -> set[str]:
    """Of ``names``, those that are a newsroom's or that open an
    organisation's name right before its head word ("Boulder Creek" in
    "Boulder Creek High School"), unless they start with a given name."""
    bodies = {name for name in names if name.split()[-1] in _NEWSROOM_WORDS}
    before_heads = _words_before_heads(organisation_names)
    for name in names - bodies:
        words = name.split()
        if words[0] in GIVEN_NAMES:
            continue  # "Nelson Mandela" stays a person beside "Nelson Mandela University"
        # Only a name whose last word stands before a head word can open the
        # body's name (trying every organisation for every name was quadratic).
        candidates = before_heads.get(words[-1], ()) if name == " ".join(words) else organisation_names
        for organisation in candidates:
            at = f" {organisation} ".find(f" {name} ")
            following = organisation[at + len(name) :].split()[:1] if at >= 0 else []
            if following and (following[0] in HEADS or following[0] == "High"):
                bodies.add(name)
                break
    return bodies


def _words_before_heads(organisation_names: set[str]) -> dict[str, list[str]]:
    """The organisations by each word that stands right before a head word in them."""
    found: dict[str, list[str]] = {}
    for organisation in organisation_names:
        words = organisation.split()
        for word, following in zip(words, words[1:]):
            if following in HEADS or following == "High":
                found.setdefault(word, []).append(organisation)
    return found
