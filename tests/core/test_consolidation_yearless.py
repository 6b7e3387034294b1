"""An undated page that dates its event by a day and month alone joins the
stored event of that day, not the same organisers' action on another day."""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.consolidation import Candidate, Mention
from timeline_app.core.consolidation.mentions import content_words
from timeline_app.core.consolidation.yearless import (
    YearlessDay, contradicts, yearless_days, yearless_match,
)
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

_WORDS = "pupils walked out of lessons against gun violence for seventeen minutes"


def _event(event_id: int, start: str, kind: str = "walkout") -> Candidate:
    return Candidate(event_id, kind, start, None, "day", content_words(_WORDS),
                     frozenset({1}), frozenset({100 + event_id}))


def _undated(kind: str = "walkout") -> Mention:
    return Mention("k", kind, None, "unknown", None, None, content_words(_WORDS),
                   frozenset({1}), 99)


def test_a_sentence_states_its_day_and_month_and_the_weekday_it_names():
    assert yearless_days("Wednesday, March 14, pupils walked out.") == (YearlessDay(3, 14, 2),)
    assert yearless_days("A strike on 30th November") == (YearlessDay(11, 30, None),)
    # a full date or a relative one is not a day without a year
    assert yearless_days("On 14 March 2018 pupils walked out yesterday.") == ()


def test_the_stated_day_picks_the_event_of_that_day_and_only_in_one_year():
    march, april = _event(1, "2018-03-14"), _event(2, "2018-04-20")
    days = yearless_days("Wednesday, March 14, pupils walked out.")
    assert yearless_match(_undated(), days, [march, april]) == 1
    assert yearless_match(_undated(), yearless_days("on Friday, April 20"), [march, april]) == 2
    # the same day a year later too (an annual walkout): no telling which
    a_year_later = _event(3, "2019-03-14")
    assert yearless_match(_undated(), yearless_days("on March 14"), [march, a_year_later]) is None
    # unless the weekday named tells (14 March 2019 was a Thursday)
    assert yearless_match(_undated(), days, [march, a_year_later]) == 1
    assert yearless_match(_undated(), days, [a_year_later]) is None
    # another kind of action that day, or nothing stated
    assert yearless_match(_undated("strike"), days, [march]) is None
    assert yearless_match(_undated(), (), [march]) is None


def test_a_day_stated_far_from_an_event_says_it_is_another():
    days = yearless_days("All out on 30th November for the strike.")
    assert contradicts(days, _event(1, "2011-06-30", kind="strike"))
    assert not contradicts(days, _event(2, "2011-11-30", kind="strike"))
    # within a lasting action's window: the strike may still be on
    assert not contradicts(days, _event(3, "2011-10-10", kind="strike"))
    assert contradicts(days, _event(4, "2011-11-10", kind="walkout"))
    assert not contradicts((), _event(1, "2011-06-30", kind="strike"))


_MARCH = """Pupils walk out against gun violence

14 March 2018

On 14 March 2018 pupils of the Schools Action Network (SAN) walked out of lessons against \
gun violence for seventeen minutes.
"""

_APRIL = """Pupils walk out against gun violence again

20 April 2018

On 20 April 2018 pupils of the Schools Action Network (SAN) walked out of lessons against \
gun violence for the whole day.
"""

_PAGE = """Photo: a school yard

Wednesday, March 14, pupils of the Schools Action Network (SAN) walked out of lessons \
against gun violence for seventeen minutes.
"""


def test_an_undated_page_joins_the_walkout_of_its_day_in_either_order(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("march.txt", _MARCH), ("april.txt", _APRIL), ("page.txt", _PAGE)):
        (folder / name).write_text(text, encoding="utf-8")
    for name, order in (("one.db", ["march.txt", "april.txt", "page.txt"]),
                        ("two.db", ["page.txt", "april.txt", "march.txt"])):
        with Store.open(tmp_path / name) as store:
            import_paths(store, [folder / n for n in order])
            shown = store.db.execute(
                "SELECT start, source_count FROM events"
                " WHERE consolidated_into IS NULL AND main = 1 ORDER BY start").fetchall()
            assert [tuple(row) for row in shown] == [("2018-03-14", 2), ("2018-04-20", 1)], name


_JUNE = """Teachers strike over pensions

30 June 2011

On 30 June 2011 members of the Teachers Action Union (TAU) went on strike over cuts to \
their pensions, closing schools across the county.
"""

_NOVEMBER_CALL = """All out on 30th November

Members of the Teachers Action Union (TAU) will strike over cuts to their pensions on \
30th November, closing schools across the county.

Schools closed on 30 June will close again.
"""


def test_an_undated_call_for_another_day_never_joins_the_strike_it_recalls(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "june.txt").write_text(_JUNE, encoding="utf-8")
    (folder / "call.txt").write_text(_NOVEMBER_CALL, encoding="utf-8")
    for name, order in (("one.db", ["june.txt", "call.txt"]), ("two.db", ["call.txt", "june.txt"])):
        with Store.open(tmp_path / name) as store:
            import_paths(store, [folder / n for n in order])
            counts = [row[0] for row in store.db.execute(
                "SELECT source_count FROM events WHERE consolidated_into IS NULL AND main = 1")]
            assert counts == [1, 1], name
