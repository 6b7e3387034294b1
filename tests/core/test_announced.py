"""An open letter dated when it was written joins the action its sentence
announces, and the event keeps the action's date, kind and title."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.consolidation.announced import announced_dates
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

RELEASE = ("Thousands sign petition on library closures\n\n22 September 2018\n\n"
           "Today the Hull Students' Union handed in a petition on library closures "
           "signed by 1,700 people.\n")
LETTER = ("An open letter to the Vice-Chancellor\n\n02/09/2018 10:55 GMT\n\n"
          "Dear Vice-Chancellor,\n\nOn September 22, the Hull Students' Union will hand in a "
          "petition on library closures signed by 1,700 people.\n\nSigned,\nAda Jones\n")


def test_the_day_a_letter_announces_is_read_against_its_own_date():
    evidence = "On September 22, the union will hand in a petition."
    assert announced_dates("letter", "2018-09-02", "day", evidence) == (("2018-09-22", "day"),)
    assert announced_dates("protest", "2018-09-02", "day", evidence) == ()
    assert announced_dates("letter", "2018-09", "month", evidence) == ()


def test_a_letter_announcing_a_petition_joins_it_in_either_order(tmp_path: Path):
    release, letter = tmp_path / "release.txt", tmp_path / "letter.txt"
    release.write_text(RELEASE, encoding="utf-8")
    letter.write_text(LETTER, encoding="utf-8")
    for number, order in enumerate(((release, letter), (letter, release))):
        with Store.open(tmp_path / f"{number}.db") as store:
            for path in order:
                import_paths(store, [path])
            shown = [e for e in store.events(event_filter=EventFilter()) if e["source_count"]]
            assert len(shown) == 1, [(e["title"], e["start"]) for e in shown]
            event = shown[0]
            assert event["source_count"] == 2
            assert (event["start"], event["kind"]) == ("2018-09-22", "petition")
            assert event["title"] != "An open letter to the Vice-Chancellor"
            assert not event["date_conflict"]


def test_a_year_less_day_near_the_letter_is_also_read_in_the_letter_year():
    # "outsourced" reads as past tense, so the resolver puts June 6 the year before
    stated = announced_dates("letter", "2010-05-17", "day",
                             "The Living Wages Group will march through Exeter against "
                             "outsourced cleaning staff on June 6.")
    assert ("2010-06-06", "day") in stated
    assert not [d for d, _ in stated if d.startswith("2011")]  # more than 120 days away
