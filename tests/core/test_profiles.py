"""Profiles of organisations and people on a small archive with known actors."""

from __future__ import annotations

import pytest

from profile_archive import build_profile_archive
from timeline_app.core import editing
from timeline_app.core.profiles import load_profile
from timeline_app.core.store import Store


@pytest.fixture
def archive(fresh_store: Store) -> Store:
    build_profile_archive(fresh_store)
    return fresh_store


def _org(store: Store, name: str) -> int:
    return store.find_organisation_ids(name)[0]


def _person(store: Store, name: str) -> int:
    return next(p["id"] for p in store.people() if p["name"] == name)


def test_an_organisation_profile_counts_its_events_per_year_and_kind(archive):
    profile = load_profile(archive, "organisation", _org(archive, "NUS"))
    assert profile.name == "National Union of Students"
    assert profile.acronym == "NUS"
    assert profile.aliases == ("the NUS",)
    assert profile.event_count == 4
    assert profile.by_year() == {2015: 1, 2016: 1, 2017: 1, 2022: 1}
    assert profile.by_kind() == {"walkout": 1, "campaign": 1, "protest": 1, "letter": 1}
    # Collections without roles store every link as "mentioned" (schema 5).
    assert profile.by_role() == {"mentioned": 4}


def test_partners_are_ranked_by_shared_events(archive):
    profile = load_profile(archive, "organisation", _org(archive, "NUS"))
    assert [(p.name, p.shared) for p in profile.organisations] == [
        ("University and College Union", 2), ("University of Sheffield Students' Union", 1)]
    assert [(p.name, p.shared) for p in profile.people] == [
        ("Mostafa Rajaai", 2), ("Jo Grady", 1)]


def test_documents_are_listed_newest_first(archive):
    profile = load_profile(archive, "organisation", _org(archive, "UCU"))
    assert profile.document_count == 3
    assert [d.title for d in profile.documents] == [
        "Pensions strike", "Day of action", "Students walk out"]


def test_a_person_profile_gives_their_title_and_the_years_it_is_seen(archive):
    profile = load_profile(archive, "person", _person(archive, "Mostafa Rajaai"))
    assert [(t.title, t.years()) for t in profile.titles] == [
        ("NUS international students' officer", "2015–2017")]
    assert [(p.name, p.shared) for p in profile.organisations] == [
        ("National Union of Students", 2), ("University and College Union", 2)]
    assert [(p.name, p.shared) for p in profile.people] == [("Jo Grady", 1)]


def test_a_profile_follows_a_merge_made_after_it_was_first_read(archive):
    nus, sheffield = _org(archive, "NUS"), _org(archive, "University of Sheffield Students' Union")
    assert load_profile(archive, "organisation", nus).event_count == 4
    editing.merge_entities(archive, "organisation", nus, sheffield)
    profile = load_profile(archive, "organisation", nus)
    assert profile.event_count == 4  # the shared campaign counts once
    assert "University of Sheffield Students' Union" in profile.aliases
    assert [p.name for p in profile.organisations] == ["University and College Union"]
    assert load_profile(archive, "organisation", sheffield) is None


def test_events_are_grouped_by_role_when_the_links_record_one(archive):
    nus = _org(archive, "NUS")
    archive.db.execute("UPDATE event_organisations SET role = 'organiser'"
                       " WHERE organisation_id = ? AND event_id IN"
                       " (SELECT id FROM events WHERE kind IN ('walkout', 'protest'))", [nus])
    profile = load_profile(archive, "organisation", nus)
    assert profile.by_role() == {"organiser": 2, "mentioned": 2}
    assert profile.year_role_counts()[(2015, "organiser")] == 1
