"""Hand edits: saved at once, marked as the user's, undoable, kept on re-import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.core import editing
from timeline_app.core.editing import EditError, parse_user_date
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.models import (
    EntityKind,
    ExtractedEvent,
    ExtractedOrganisation,
    Extraction,
    ReadDocument,
)
from timeline_app.core.store import Store

TEXT = "NUS called a walkout. The National Union of Students wrote a letter."


def _add_doc(store: Store, text: str = TEXT, orgs=("National Union of Students",)) -> int:
    events = (
        ExtractedEvent("Walkout", "walkout", "2017-02-20", "day", "NUS called a walkout.",
                       0, 21, main=True, organisations=orgs),
        ExtractedEvent("Letter", "letter", "2017-03", "month", "wrote a letter", 22, len(text),
                       organisations=orgs),
    )
    extraction = Extraction("2017-02-07", "day", title="Doc", events=events,
                            organisations=tuple(ExtractedOrganisation(o) for o in orgs))
    doc_id, _ = store.add_document(ReadDocument(text, "txt"), extraction, path="/x.txt",
                                   content_hash=str(hash(text)))
    return doc_id


def _event(store: Store, event_id: int) -> dict:
    return store.events(ids=[event_id])[0]


def _event_id(store: Store, title: str) -> int:
    return next(e["id"] for e in store.events() if e["title"] == title)


def test_update_event_saves_marks_and_returns_previous_values(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    result = editing.update_event(fresh_store, walkout, title="Mass walkout", kind="protest")
    row = _event(fresh_store, walkout)
    assert (row["title"], row["kind"], row["user_edited"]) == ("Mass walkout", "protest", 1)
    assert set(row["edited_fields"]) == {"title", "kind"}
    assert result.previous["title"] == "Walkout"
    assert walkout in result.changes.events and result.changes.timeline


def test_restoring_previous_values_undoes_the_edit_and_its_marks(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    result = editing.update_event(fresh_store, walkout, title="Changed")
    editing.restore_event_fields(fresh_store, walkout, result.previous)
    row = _event(fresh_store, walkout)
    assert (row["title"], row["user_edited"], row["edited_fields"]) == ("Walkout", 0, [])


def test_changing_the_date_moves_the_event_in_year_filters(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    editing.update_event(fresh_store, walkout, start="2019-05", precision="month")
    in_2019 = fresh_store.matching_event_ids(EventFilter(year_from=2019, year_to=2019))
    assert in_2019 == [walkout]
    assert _event(fresh_store, walkout)["start"] == "2019-05"


def test_a_date_less_exact_than_its_precision_is_refused_with_a_sentence(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    with pytest.raises(EditError, match="less exact"):
        editing.update_event(fresh_store, walkout, start="2019", precision="day")
    assert _event(fresh_store, walkout)["start"] == "2017-02-20"


def test_end_before_start_is_refused(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    with pytest.raises(EditError, match="before the start"):
        editing.update_event(fresh_store, walkout, end="2016-01-01")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2017", ("2017", "year")),
        ("2017-02", ("2017-02", "month")),
        ("2017-2-5", ("2017-02-05", "day")),
        ("20 February 2017", ("2017-02-20", "day")),
        ("February 2017", ("2017-02", "month")),
        ("05/02/2017", ("2017-02-05", "day")),
        ("", (None, None)),
    ],
)
def test_typed_dates_become_iso_with_the_precision_they_show(typed, expected):
    assert parse_user_date(typed) == expected


def test_nonsense_dates_are_refused_with_an_example():
    with pytest.raises(EditError, match="2017-02-20"):
        parse_user_date("next tuesday-ish")


def test_setting_organisations_by_name_reuses_aliases_and_creates_new_ones(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    result = editing.set_event_organisations(
        fresh_store, walkout, ["national union of students", "Sheffield SU"])
    assert sorted(_event(fresh_store, walkout)["organisations"]) == [
        "National Union of Students", "Sheffield SU"]
    assert "organisations" in _event(fresh_store, walkout)["edited_fields"]
    editing.restore_event_fields(fresh_store, walkout, result.previous)
    assert _event(fresh_store, walkout)["organisations"] == ["National Union of Students"]
    names = [o["name"] for o in fresh_store.organisations()]
    assert "Sheffield SU" not in names  # what the undone edit created is gone again


def test_note_and_tags_are_saved_and_searchable(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    editing.update_event(fresh_store, walkout, note="check against the minutes")
    editing.update_event(fresh_store, walkout, tags=["verify", " verify ", "2017"])
    row = _event(fresh_store, walkout)
    assert row["note"] == "check against the minutes"
    assert row["tags"] == ["verify", "2017"]
    assert fresh_store.matching_event_ids(EventFilter(text="minutes")) == [walkout]


def test_deleting_and_restoring_an_event_keeps_its_id_and_links(fresh_store):
    _add_doc(fresh_store)
    walkout = _event_id(fresh_store, "Walkout")
    before = _event(fresh_store, walkout)
    snapshot = editing.delete_event(fresh_store, walkout)
    assert walkout not in fresh_store.matching_event_ids()
    editing.restore_event(fresh_store, snapshot)
    assert _event(fresh_store, walkout) == before


def test_deleting_a_document_removes_its_events_and_text_until_restored(fresh_store):
    doc_id = _add_doc(fresh_store)
    snapshot = editing.delete_document(fresh_store, doc_id)
    assert fresh_store.event_count() == 0
    assert fresh_store.matching_event_ids(EventFilter(text="walkout")) == []
    editing.restore_document(fresh_store, snapshot)
    assert fresh_store.event_count() == 2
    assert len(fresh_store.matching_event_ids(EventFilter(text="walkout"))) == 2


def test_an_event_added_by_hand_has_no_document_and_counts_as_a_user_edit(fresh_store):
    added = editing.add_event(fresh_store, title="Occupation of the library",
                              kind="occupation", start="2018-03", organisations=["SOAS"])
    row = _event(fresh_store, added.event_id)
    assert row["document_id"] is None and row["user_edited"] == 1
    assert (row["precision"], row["year"], row["organisations"]) == ("month", 2018, ["SOAS"])


def test_merging_organisations_moves_links_and_remembers_the_alias(fresh_store, tmp_path):
    _add_doc(fresh_store, orgs=("National Union of Students",))
    _add_doc(fresh_store, text="Students of NUS UK walked out.", orgs=("NUS UK",))
    keep = fresh_store.find_organisation_ids("National Union of Students")[0]
    merge = fresh_store.find_organisation_ids("NUS UK")[0]
    editing.merge_entities(fresh_store, EntityKind.ORGANISATION, keep, merge)
    assert fresh_store.matching_event_ids(EventFilter(organisation_ids=(keep,))) == \
        fresh_store.matching_event_ids()
    assert fresh_store.aliases()["nus uk"] == "National Union of Students"
    # A later import naming "NUS UK" lands on the kept record.
    _add_doc(fresh_store, text="NUS UK again.", orgs=("NUS UK",))
    assert [o["name"] for o in fresh_store.organisations()] == ["National Union of Students"]


def test_undoing_a_merge_puts_both_records_and_the_alias_list_back(fresh_store):
    _add_doc(fresh_store, orgs=("National Union of Students",))
    _add_doc(fresh_store, text="Students of NUS UK walked out.", orgs=("NUS UK",))
    keep = fresh_store.find_organisation_ids("National Union of Students")[0]
    merge = fresh_store.find_organisation_ids("NUS UK")[0]
    before = (fresh_store.organisations(), fresh_store.aliases(),
              fresh_store.matching_event_ids(EventFilter(organisation_ids=(merge,))))
    edit = editing.merge_entities(fresh_store, EntityKind.ORGANISATION, keep, merge)
    editing.undo_entity_edit(fresh_store, edit)
    after = (fresh_store.organisations(), fresh_store.aliases(),
             fresh_store.matching_event_ids(EventFilter(organisation_ids=(merge,))))
    assert after == before


def test_renaming_keeps_the_old_name_as_an_alias_for_imports(fresh_store):
    _add_doc(fresh_store)
    org = fresh_store.find_organisation_ids("National Union of Students")[0]
    editing.rename_entity(fresh_store, EntityKind.ORGANISATION, org, "NUS (UK)")
    assert fresh_store.find_organisation_ids("National Union of Students") == [org]
    _add_doc(fresh_store, text="Another National Union of Students letter.")
    assert [o["name"] for o in fresh_store.organisations()] == ["NUS (UK)"]


def test_renaming_onto_an_existing_name_asks_for_a_merge(fresh_store):
    _add_doc(fresh_store)
    _add_doc(fresh_store, text="Other text from SOAS.", orgs=("SOAS",))
    soas = fresh_store.find_organisation_ids("SOAS")[0]
    with pytest.raises(EditError, match="merge"):
        editing.rename_entity(fresh_store, EntityKind.ORGANISATION, soas,
                              "national union of students")


def test_people_merge_and_rename_like_organisations(fresh_store):
    added_a = editing.add_event(fresh_store, title="A", people=["Mostafa Rajaai"])
    added_b = editing.add_event(fresh_store, title="B", people=["M. Rajaai"])
    people = {p["name"]: p["id"] for p in fresh_store.people()}
    edit = editing.merge_entities(fresh_store, EntityKind.PERSON, people["Mostafa Rajaai"],
                                  people["M. Rajaai"])
    assert _event(fresh_store, added_b.event_id)["people"] == ["Mostafa Rajaai"]
    editing.undo_entity_edit(fresh_store, edit)
    assert _event(fresh_store, added_b.event_id)["people"] == ["M. Rajaai"]
    editing.rename_entity(fresh_store, EntityKind.PERSON, people["Mostafa Rajaai"],
                          "Mostafa Rajaai (NUS)")
    assert _event(fresh_store, added_a.event_id)["people"] == ["Mostafa Rajaai (NUS)"]


def test_an_edit_survives_reopening_and_reimporting_the_same_files(tmp_path: Path, seeds_dir):
    db = tmp_path / "t.db"
    with Store.open(db) as store:
        import_paths(store, [seeds_dir])
        first = store.matching_event_ids()[0]
        editing.update_event(store, first, title="My own title")
    with Store.open(db) as store:
        summary = import_paths(store, [seeds_dir])
        assert summary.count("duplicate") == 4
        row = store.events(ids=[first])[0]
        assert row["title"] == "My own title"
        assert json.loads(json.dumps(row["edited_fields"])) == ["title"]


def test_editing_a_missing_event_says_so(fresh_store):
    with pytest.raises(EditError, match="no longer exists"):
        editing.update_event(fresh_store, 999, title="x")
