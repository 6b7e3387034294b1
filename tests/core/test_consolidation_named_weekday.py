"""An undated page naming its day, month and weekday joins the event of that day
whose words it shares, even when the bodies it names are its own (a school club
beside the wire reports' national campaign); another day's action stays apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline_app.core.consolidation import Candidate, Mention
from timeline_app.core.consolidation.mentions import content_words
from timeline_app.core.consolidation.yearless import (
    YearlessDay, named_weekday_match, weekday_readings, yearless_days,
)
from timeline_app.core.importing import import_paths
from timeline_app.core.partial_dates import date_to_days, days_to_date
from timeline_app.core.store import Store

_WORDS = "pupils walked out of lessons against gun violence on the anniversary of the massacre"


def _event(event_id: int, start: str, words: str = _WORDS, kind: str = "walkout") -> Candidate:
    return Candidate(event_id, kind, start, None, "day", content_words(words),
                     frozenset({1}), frozenset({100 + event_id}))


def _page(words: str = _WORDS) -> Mention:
    return Mention("k", "walkout", None, "unknown", None, None, content_words(words),
                   frozenset({7}), 99)


_FRIDAY_APRIL_20 = yearless_days("On Friday, April 20, pupils walked out.")


def test_a_named_weekday_is_read_only_in_the_years_it_falls_on_that_day():
    assert _FRIDAY_APRIL_20 == (YearlessDay(4, 20, 4),)
    readings = [days_to_date(t) for t in weekday_readings(_FRIDAY_APRIL_20)]
    assert date(2018, 4, 20) in readings and date(2012, 4, 20) in readings
    assert date(2019, 4, 20) not in readings  # a Saturday
    assert all(day.weekday() == 4 and (day.month, day.day) == (4, 20) for day in readings)
    assert weekday_readings(yearless_days("on April 20")) == []  # no weekday: no reading


def test_the_page_joins_the_one_event_of_its_day_sharing_most_of_its_words():
    assert named_weekday_match(_page(), _FRIDAY_APRIL_20, [_event(1, "2018-04-20")]) == 1
    # few words in common: another cause's walkout that day
    other = _event(2, "2018-04-20", "staff walked out over pay and pensions at the college")
    assert named_weekday_match(_page(), _FRIDAY_APRIL_20, [other]) is None
    # the same words on that day in two years (both Fridays): no telling which
    assert named_weekday_match(_page(), _FRIDAY_APRIL_20,
                               [_event(1, "2018-04-20"), _event(3, "2012-04-20")]) is None
    # another kind of action, or no weekday named
    assert named_weekday_match(_page(), _FRIDAY_APRIL_20,
                               [_event(4, "2018-04-20", kind="strike")]) is None
    assert named_weekday_match(_page(), yearless_days("on April 20"),
                               [_event(1, "2018-04-20")]) is None
    assert date_to_days(date(2018, 4, 20)) in weekday_readings(_FRIDAY_APRIL_20)


_WIRE = """Pupils walk out on the massacre anniversary

20 April 2018

On 20 April 2018 pupils of the Schools Action Network (SAN) walked out of lessons \
against gun violence on the anniversary of the massacre.
"""

_MARCH = """Pupils walk out against gun violence

14 March 2018

On 14 March 2018 pupils of the Schools Action Network (SAN) walked out of lessons \
against gun violence on the day of national action.
"""

_CLUB = """Chalk for action: our walkout

On Friday, April 20, pupils of the Hillside Debate Club walked out of lessons against \
gun violence to remember the anniversary of the massacre.
"""


def test_an_undated_club_page_joins_the_walkout_of_its_named_day(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("a_march.txt", _MARCH), ("b_wire.txt", _WIRE), ("c_club.txt", _CLUB)):
        (folder / name).write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "t.db") as store:
        import_paths(store, [folder])
        shown = store.db.execute(
            "SELECT start, source_count FROM events"
            " WHERE consolidated_into IS NULL AND main = 1 ORDER BY start").fetchall()
        assert [tuple(row) for row in shown] == [("2018-03-14", 1), ("2018-04-20", 2)]
