"""Shortcuts taken when reading people and their roles give the answers the
long way gave: the cues after a name tried as one pattern pick the role the
cues tried one by one picked, and a line is searched for a list of names
only when it could hold one, so no list is missed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.extract import person_name_lists, roles
from timeline_app.core.extract.lazy_pattern import LazyPattern

# Words of the cues after a name, and the words and marks around them, so
# that cues nearly match, match late or match more than one role.
_CUE_WORDS = ["organised", "called", "for", "on", "students", "joined", "backed", "refused", "plans",
              "to", "cut", "'s", "’s", "walkout", "letter", "open", "wrote", "an", "has", "also", "walked",
              "out", "Organised", "JOINED", "protest", "protested", "offices", "x"]
_AFTER_TEXT = st.lists(st.sampled_from(_CUE_WORDS), max_size=6).flatmap(
    lambda words: st.sampled_from(["", " ", "  "]).map(lambda lead: lead + " ".join(words)))


def _one_by_one(after: str, cues: tuple[tuple[str, re.Pattern[str] | LazyPattern], ...]) -> str | None:
    for role, pattern in cues:
        if pattern.match(after):
            return role
    return None


def _at_once(after: str, pattern: re.Pattern[str]) -> str | None:
    found = pattern.match(after)
    return roles._AFTER_ROLES[found.lastindex - 1] if found else None


@settings(max_examples=400, deadline=None)
@given(after=_AFTER_TEXT)
def test_the_cues_after_a_name_tried_at_once_pick_the_role_tried_one_by_one(after):
    assert _at_once(after, roles._AFTER_ONE) == _one_by_one(after, roles._AFTER)
    lowered = after.lower()
    assert _at_once(lowered, roles._AFTER_LOWER_ONE) == _one_by_one(lowered, roles._AFTER_LOWER)


def test_each_kind_of_cue_after_a_name_still_gives_its_role():
    sentence = "The NUS organised a walkout. UCU joined. The university refused to talk."
    names = [(name, sentence.find(name), sentence.find(name) + len(name)) for name in ("NUS", "UCU", "university")]
    found = roles.mention_roles(sentence, names)
    assert found == {"NUS": "organiser", "UCU": "supporter", "university": "target"}


_LIST_PARTS = ["Amy Lee", "Ben Okafor", "Cara Dunne", "and", "&", ",", " ", "\t", "Prof", "the", "(UCU)",
               "said", "AmyLee", "Dr", "and Ben"]
_LINE = st.lists(st.sampled_from(_LIST_PARTS), max_size=10).map(lambda parts: " ".join(parts).replace(" ,", ","))


@settings(max_examples=400, deadline=None)
@given(line=_LINE)
def test_a_line_passed_over_holds_no_list_of_names(line):
    text = f"Amy Lee {line}"  # one line naming a known person: it alone is searched
    assert [m.span() for m in person_name_lists._lists_holding(text, {"Amy Lee"})] == \
        [m.span() for m in person_name_lists._NAME_LIST.finditer(text)]


def test_a_list_of_names_with_an_ampersand_or_and_is_still_read():
    text = "Speakers were Amy Lee, Ben Okafor & Cara Dunne.\nAmy Lee and Ben Okafor said so."
    assert [name for name, _ in person_name_lists.listed_with_people(text, {"Amy Lee"}, frozenset())] == \
        ["Ben Okafor", "Cara Dunne", "Ben Okafor"]
