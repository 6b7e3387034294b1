"""The "go to" box's search: names, acronyms, aliases, typos, titles."""

from __future__ import annotations

import pytest

from profile_archive import build_profile_archive
from timeline_app.core import editing
from timeline_app.core.goto import NameIndex, go_to
from timeline_app.core.store import Store


@pytest.fixture
def archive(fresh_store: Store) -> Store:
    build_profile_archive(fresh_store)
    return fresh_store


def _first(store: Store, text: str) -> tuple[str, str]:
    result = go_to(store, text)[0]
    return result.kind, result.label


def test_an_acronym_finds_its_organisation_first(archive):
    assert _first(archive, "UCU") == ("organisation", "University and College Union")
    assert _first(archive, "nus") == ("organisation", "National Union of Students")


def test_an_alias_a_document_used_finds_the_organisation(archive):
    assert _first(archive, "the NUS") == ("organisation", "National Union of Students")


def test_the_start_of_a_later_word_finds_a_name(archive):
    assert _first(archive, "sheff") == ("organisation", "University of Sheffield Students' Union")
    assert _first(archive, "rajaai") == ("person", "Mostafa Rajaai")


def test_a_typo_still_finds_the_name(archive):
    assert _first(archive, "Univeristy of Shefield") == (
        "organisation", "University of Sheffield Students' Union")
    assert _first(archive, "Mostafa Rajai") == ("person", "Mostafa Rajaai")


def test_an_old_name_kept_as_an_alias_after_a_rename_finds_the_renamed(archive):
    ucu = archive.find_organisation_ids("UCU")[0]
    editing.rename_entity(archive, "organisation", ucu, "UCU Scotland")
    names = NameIndex.build(archive)
    assert [r.label for r in go_to(archive, "University and College Union", names)][0] \
        == "UCU Scotland"


def test_event_and_document_titles_are_found_by_their_words(archive):
    kinds_and_labels = [(r.kind, r.label) for r in go_to(archive, "pensions")]
    assert ("event", "Lecturers strike over pensions") in kinds_and_labels
    assert ("document", "Pensions strike") in kinds_and_labels


def test_search_syntax_typed_into_the_box_is_searched_as_words(archive):
    assert go_to(archive, '"NEAR( AND *') == []
    assert go_to(archive, "   ") == []
