"""Role-less names that open another person's role ("said Western
Australian school striker Aden Kenworthy", "says Harbourton Youth
representative Mira Tane") are no people; the set look-up that finds them
gives what the rule as first written gave."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import extract
from timeline_app.core.extract.person_non_names import _PLACE_ADJECTIVE, role_openings
from timeline_app.core.models import ReadDocument


@dataclass
class _Person:
    role: str | None


def _no_office(word: str) -> bool:
    return False


def _plain_openings(people):
    """The rule as first written: a pass over every role for each name."""
    roles = [person.role for person in people.values() if person.role]
    return {name for name, person in people.items()
            if not person.role and _PLACE_ADJECTIVE.fullmatch(name.split()[-1])
            and any(role.startswith(name + " ") for role in roles)}


def test_a_place_adjective_opening_a_role_is_no_person():
    people = {"Western Australian": _Person(None), "Aden Kenworthy": _Person("Western Australian school striker"),
              "Ann Scottish": _Person(None), "Bo Lee": _Person("Western Australians' friend")}
    assert role_openings(people, _no_office) == {"Western Australian"}


_WORDS = st.sampled_from(["Western", "Australian", "Congolese", "Scottish", "school", "striker", " ", "an", "Lee"])


@settings(max_examples=300, deadline=None)
@given(names=st.lists(st.lists(_WORDS, min_size=1, max_size=3), max_size=6),
       roles=st.lists(st.lists(_WORDS, min_size=1, max_size=5), max_size=6))
def test_the_openings_are_those_the_plain_rule_finds(names, roles):
    people = {" ".join(words): _Person(None) for words in names if " ".join(words).strip()}
    people.update({f"Person {i}": _Person(" ".join(words)) for i, words in enumerate(roles)})
    assert role_openings(people, _no_office) == _plain_openings(people)


def test_a_body_opening_a_speakers_office_is_no_person():
    text = ("'We will march on,' says Kea Partlist representative Mira Tane. "
            "'We stand together,' said Ostland Holm spokesperson Jo Arlen.")
    people = {p.name: p.role for p in extract(ReadDocument(text=text, format="txt")).people}
    assert people == {"Mira Tane": "Kea Partlist representative", "Jo Arlen": "Ostland Holm spokesperson"}


def test_a_person_whose_name_opens_a_list_in_a_role_stays():
    people = {"Kuzivakwe Tane": _Person(None), "Mira Tane": _Person("Kuzivakwe Tane and Jo Arlen of the union")}
    assert role_openings(people, lambda word: word in ("spokesperson", "representative")) == set()
