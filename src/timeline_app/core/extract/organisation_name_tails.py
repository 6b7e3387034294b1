"""Where a body's name ends after its last head word, and which offices name a body.

A run of capitalised words goes on past the head word of the name it holds: a
place ("... Conference Room"), a law or a tax named after the body ("...
Assembly Act"), a harm named after its doers ("... Police Brutality"), a
person and an office ("University of Arlen Branch Secretary Kea Holm"), a
campus or the town that tells a university apart ("Federal University
Westbrook"), a hospital's ward. These readers settle that tail,
and tell the staff of an office holder ("the Office of the Premier"), a body
named by its office; ``organisation_named_body`` cuts the run's front and asks
them about its end, so that a rule about what follows a name has a home of its
own.
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAMES
from .organisation_campus_groups import a_campus_group
from .organisation_names import GENERIC, HEAD_FIRST, HEADS, PEOPLE_OF, PLACE_NOUNS, ROLE_WORDS, is_sentence_noise
from .organisation_sectors import SERVICE_HEADS


def an_office_of_its_holder(words: list[str]) -> bool:
    """"the Office of the Prime Minister", "the Office of the President": the staff that serve an office
    holder are a body named by the office (not "Office Manager", an office itself)."""
    offices = [at for at, word in enumerate(words) if word == "Office"]
    return bool(offices) and _holder_end(words, offices[-1]) == len(words)


def _holder_end(words: list[str], office: int) -> int | None:
    """Where the office holder after ``words[office]`` ("Office") ends: "of the", at most one modifier
    ("Prime", "Deputy"), and the office, then the run's end or a person's given name (None otherwise)."""
    at = office + 1
    if words[at : at + 1] != ["of"]:
        return None
    at += 2 if words[at + 1 : at + 2] == ["the"] else 1
    if words[at : at + 1] and words[at] in OFFICE_MODIFIERS:
        at += 1
    if not (words[at : at + 1] and words[at].lower() in ROLE_WORDS):
        return None
    following = words[at + 1 : at + 2]
    # (not "Office of the Director of Public Prosecutions", "of the Registrar General": a longer office)
    if following and (following[0] in ("of", "and", "&") or
                      following[0][:1].isupper() and following[0] not in GIVEN_NAMES):
        return None
    return at + 1


OFFICE_MODIFIERS = frozenset("""General Deputy Vice Acting Assistant Senior Chief Executive Interim National
    Permanent Prime Principal Cabinet""".split())  # "Permanent Secretary", "Prime Minister"
# What makes an office the second of its kind, before the body's head word and the office.
_SECOND_OFFICE = frozenset("Vice Deputy Acting Assistant Interim".split())


def up_to_the_tail(words: list[str], last: int) -> list[str] | None:
    """The name's words once what follows its last head word is settled, or
    None when the run names a place or a title rather than a body."""
    tail = words[last + 1 :]
    if any(w in PLACE_NOUNS for w in tail):
        return None  # "the Arts Centre Conference Room", "Hillbrow Police Station": a place
    if len(tail) == 1 and tail[0] in HARMS:  # "Harbourton Police Brutality": a harm named after its doers
        return None if _no_name_before(words[:last]) else words[: last + 1]
    if tail[:1] and tail[0] in _THINGS_AFTER and (words[last], tail[0]) != ("Council", "Tax") or tail == ["Bill"]:
        return None  # "the Peaceful Assembly Act": a law named after what it governs ("Bill Smith" is a person);
        # "the Goods and Services Tax", "the Westbrook Assembly Plant": a tax or a works named for what it covers
    if last >= 2 and words[last - 1] in ("of", "for") and words[last] in ("University", "College", "School", "Union") \
            and not tail:
        return None  # "a speech on the Idea of University": a title, no body is called that
    if tail and tail[0] in ("of", "for"):
        holder_end = _holder_end(words, last) if words[last] == "Office" else None
        if holder_end is not None:  # "Office of the Prime Minister Boris Johnson": the office is the body's
            return words[:holder_end]
        return words[: last + 1] + _tail_before_a_person(tail)
    if not tail:
        return words
    # "King's College London": one place name may follow College (or School,
    # Institute, Hospital) when a name stands before it; "College Green" is a place
    # and "Massey University Wellington" is the university's campus.
    if last == 0 and words[0] in HEAD_FIRST:
        # "Université Laval"; an office after such a name ends it ("Kilusang Mayo Uno Chairperson A B")
        return words[: next((at for at in range(1, len(words)) if words[at].lower() in ROLE_WORDS), len(words))]
    if len(tail) == 1 and last > 0 and words[last] in ("College", "School", "Institute", "Hospital") and \
            not _names_people(tail[0]) and not (words[last] == "Hospital" and _no_hospital_town(tail[0])):
        return words
    if last == 0 and len(tail) == 1:
        return None
    if len(tail) == 1 and last >= 2 and words[last - 1] in ("of", "for") and words[last - 2] in HEADS and \
            words[last] in ("University", "College", "School") and tail[0].endswith("s") and \
            (_names_people(tail[0]) or tail[0].lower().removesuffix("s") in ROLE_WORDS):
        return words  # "the Canadian Association for University Teachers": whose body, not which university
    if len(tail) <= 2 and last >= 2 and words[last - 1] in ("of", "for") and words[last - 2] in HEADS and \
            words[last] in ("University", "College") and tail[-1].endswith("s") and tail[-1][:-1] in HEADS:
        return words  # "Confederation of University Faculty Associations": bodies it joins, not a university
    if tail[0].lower() in ROLE_WORDS and words[0] in _SECOND_OFFICE:
        return None  # "the Vice Guild President", "Deputy Union President": an office, no body
    if tail == ["Executive"] and words[last] in ("Service", "Authority") or \
            tail == ["District"] and words[last] == "Police":
        return words  # "the Health Service Executive", "Manila Police District": the last word is the name's
    if a_campus_group(words, last):
        return words  # "Harbourton University Strike Solidarity": a campus group named after its university
    if len(tail) == 1 and words[last] == "University" and _told_apart_by_town(words[:last], tail[0]):
        return words  # "Federal University Gashua", "Queen's University Belfast"
    if len(tail) == 2 and tail[0] == "and" and _FIELD.fullmatch(tail[1]) and \
            words[last] in SERVICE_HEADS and names_an_office_of_fields(words[: last + 1]):
        return words  # "Department of Public Service and Administration": its fields, the head one of them
    return words[: last + 1]


def _no_name_before(before: list[str]) -> bool:
    """Whether no name stands before a head word that a harm follows: nothing, a small joining word ("Condemnation
    of Police Brutality") or a campaign against the harm ("End Police Brutality"); "National Police" stays a body."""
    return not before or before[-1][:1].islower() or before[0] in AGAINST_A_HARM


# Harms a run may name after the kind of body that does them ("Police Brutality", "Gender-Based Violence"),
# and the words of a campaign against a harm only ("End Police Brutality"; acronym_links reads both too).
HARMS = frozenset("Violence Harassment Abuse Discrimination Brutality".split())
AGAINST_A_HARM = frozenset("End Ending Ends Opposing Stopping Stops".split())
# Words after a head word that make the run a law, a tax or a works named after what it governs, taxes or makes
# (a "Council Tax" is the council's own, levied by the body the run names).
_THINGS_AFTER = frozenset("Act Acts Ordinance Tax Taxes Levy Plant Plants".split())


# Heads of a government's offices, named after their fields ("Department of Employment and Labour").
_PORTFOLIO_HEADS = frozenset("Department Ministry Agency Office Bureau Secretariat".split())
# A field's name: a noun of an activity ("Administration", "Housing", "Development"), not people or a name.
_FIELD = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ing|ance|ence|ity|fare|ture)")


def names_an_office_of_fields(words: list[str]) -> bool:
    """Whether the words name a government's office after its fields: a portfolio's head before their last
    "of" ("Department of Public Service", "Lakeland District Agency of Employment")."""
    last_of = len(words) - 1 - words[::-1].index("of") if "of" in words else 0
    return 0 < last_of < len(words) - 1 and words[last_of - 1] in _PORTFOLIO_HEADS


# A university's offices and buildings ("the Federal University Bursary", "King's University Chaplaincy"):
# part of the university, never the town telling it apart.
# (Council, Court, Library, Hall and Auditorium are in HEADS, GENERIC or PLACE_NOUNS, asked first.)
_OFFICES_AND_BUILDINGS = frozenset("""Bursary Chaplaincy Registry Libraries Hospital Halls Senate
    Secretariat Administration Management Authorities Officials Admissions Estates Clinic Chapel Museum Gallery
    Stadium Hostel Hostels Press Bookshop Archives Farm Gardens Lodge Annex Annexe Canteen Cafeteria Pharmacy
    Arena Gym Gymnasium Mosque""".split())


def _told_apart_by_town(before: list[str], town: str) -> bool:
    """Whether a university's name is told apart only by the town after it: the words before "University"
    say what kind of university it is ("Federal", "Agriculture") or whose ("Queen's"), never which, so the
    town is part of the name; after a proper name ("Massey University Wellington") the town is a campus."""
    if not town[:1].isupper() or town in HEADS or town in GENERIC or is_sentence_noise(town) or \
            town in PLACE_NOUNS or town in _OFFICES_AND_BUILDINGS or _names_people(town) or town.isupper():
        return False
    return all(w in GENERIC or w.endswith(("'s", "’s")) and w[:-2] not in GENERIC for w in before)


# Words that end an "of X" tail: an office or title begins there
# ("University of Melbourne Acting Branch Secretary Chloe Mackenzie").
_TAIL_STOPS = frozenset("""Acting Interim Branch Deputy Chief Senior General Vice Secretary President Steering Cttee
    Executive""".split())
# One student ending the run is who, not part of the name: "University of Arlen Student from Ostland" (bodies are
# named after students in the plural, "League of Ostlandic Students"; "... of Arlen Student Senates" is a name).
_ONE_STUDENT = frozenset("Student Undergraduate Postgraduate Alumnus Alumna".split())


def _names_people(word: str) -> bool:
    """"Student", "Teachers", "Researcher": who, after a school's name, not a campus."""
    return word in PEOPLE_OF or word.rstrip("s") in ("Student", "Pupil", "Teacher") or word.lower() in ROLE_WORDS


def _no_hospital_town(word: str) -> bool:
    """Whether a word after a hospital's name is no town telling it apart: its staff ("Doctors", "Nurses'",
    "Porters": a union's name broken at a line), a month ("at Arlen Hospital March 3"), a part or an office of the
    hospital or a common noun ("Westbrook Hospital Management said", "... Hospital Emergency ward")."""
    bare = word.rstrip("'’")
    return bare != word or bare == "Staff" or bare.endswith(("ers", "ors", "ists", "ians", "ses")) or \
        bare in _MONTHS or bare in _HOSPITAL_PARTS or bare in GENERIC


_MONTHS = frozenset("January February March April May June July August September October November December".split())
# What follows a hospital's name and is no town: its parts, its offices, a day
_HOSPITAL_PARTS = frozenset("""Management Administration Authority Authorities Chiefs Chief Ward Wards Emergency
    Security Today Maternity Casualty Pharmacy Laboratory Mortuary Canteen Wing Spokesperson Spokesman Spokeswoman
    Chairman""".split())


_PLACE_ENDINGS = frozenset("Island Islands Isle County Valley Coast Province State Territory Peninsula".split())


def _tail_before_a_person(tail: list[str]) -> list[str]:
    """The "of X" tail after a head word, up to a role or title word or a
    given name followed by a surname."""
    for i, word in enumerate(tail[1:], 1):
        if tail[i - 1] in ("of", "for", "and"):
            continue  # "Prevention of Vice": an office never follows "of"
        if word in _ONE_STUDENT and i == len(tail) - 1:
            return tail[:i]
        if word.lower() in ROLE_WORDS or word in _TAIL_STOPS or word in GIVEN_NAMES and tail[i + 1 : i + 2] and \
                tail[i + 1][:1].isupper() and tail[i + 1] not in _PLACE_ENDINGS:  # "Prince Edward Island"
            if word.lower() in ROLE_WORDS and i >= 3 and _FIELD.fullmatch(tail[i - 1]) and _names_people(tail[i - 2]):
                return tail[: i - 1]  # "Union of Students Education Officer": the office's field, after whom
            return tail[:i]
    return tail
