"""Role-less names that open another person's role ("said Western
Australian school striker Aden Kenworthy") are no people; the set look-up
that finds them gives what the rule as first written gave."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract.person_non_names import _PLACE_ADJECTIVE, role_openings


@dataclass
class _Person:
    role: str | None


def _plain_openings(people):
    """The rule as first written: a pass over every role for each name."""
    roles = [person.role for person in people.values() if person.role]
    return {name for name, person in people.items()
            if not person.role and _PLACE_ADJECTIVE.fullmatch(name.split()[-1])
            and any(role.startswith(name + " ") for role in roles)}


def test_a_place_adjective_opening_a_role_is_no_person():
    people = {"Western Australian": _Person(None), "Aden Kenworthy": _Person("Western Australian school striker"),
              "Ann Scottish": _Person(None), "Bo Lee": _Person("Western Australians' friend")}
    assert role_openings(people) == {"Western Australian"}


_WORDS = st.sampled_from(["Western", "Australian", "Congolese", "Scottish", "school", "striker", " ", "an", "Lee"])


@settings(max_examples=300, deadline=None)
@given(names=st.lists(st.lists(_WORDS, min_size=1, max_size=3), max_size=6),
       roles=st.lists(st.lists(_WORDS, min_size=1, max_size=5), max_size=6))
def test_the_openings_are_those_the_plain_rule_finds(names, roles):
    people = {" ".join(words): _Person(None) for words in names if " ".join(words).strip()}
    people.update({f"Person {i}": _Person(" ".join(words)) for i, words in enumerate(roles)})
    assert role_openings(people) == _plain_openings(people)
