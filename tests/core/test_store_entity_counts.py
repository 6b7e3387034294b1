"""The organisation and people lists count the events a user sees, not the reports merged into them."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store


def _two_reports_of_one_march(folder: Path) -> list[Path]:
    release = folder / "release.txt"
    release.write_text("Fees march in London\n\nOn 10 November 2010 the National Union of Students "
                       "marched through London against tuition fees, said Aaron Porter.\n", encoding="utf-8")
    article = folder / "article.txt"
    article.write_text("Thousands join fees march\n\nIn November 2010 the National Union of Students "
                       "led a march through London against higher tuition fees, said Aaron Porter.\n",
                       encoding="utf-8")
    return [release, article]


def test_an_organisation_named_by_two_reports_of_one_event_counts_one_event(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db")
    import_paths(store, _two_reports_of_one_march(tmp_path))
    shown = [e for e in store.db.query(
        "SELECT id FROM events WHERE consolidated_into IS NULL AND kind != 'context'")]
    assert len(shown) == 1, "the two reports should be one event on the timeline"
    nus = next(o for o in store.organisations() if o["name"] == "National Union of Students")
    assert nus["events"] == 1


def test_a_person_named_by_two_reports_of_one_event_counts_one_event(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db")
    import_paths(store, _two_reports_of_one_march(tmp_path))
    porter = next(p for p in store.people() if p["name"] == "Aaron Porter")
    assert porter["events"] == 1
