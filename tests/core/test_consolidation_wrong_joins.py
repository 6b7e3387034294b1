"""Reports of one movement's actions on different days stay apart (issue 14, round 8b).

A movement's pages share the background words of all its actions: students,
march, parliament, fees. An undated page telling this year's march must not
join last year's march on the same words just because that is the only one
of the movement's marches stored so far.
"""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.consolidation import Candidate
from timeline_app.core.consolidation.document_joins import page_content_words, undated_page_match
from timeline_app.core.consolidation.mentions import content_words
from timeline_app.core.importing import import_paths
from timeline_app.core.store import Store

_LAST_YEAR = """Students protest at parliament over fees

21 October 2015

On 21 October 2015 thousands of students of the Cape Student Union (CSU) protested at the \
parliament precinct in Cape Town, demanding that tertiary fees not increase.
"""

_THIS_YEAR_UNDATED = """Home » Students march for free education

Students march for free education

Members of the Cape Student Union (CSU) marched through the city centre today for free \
decolonised education.

Thousands of students protested at the parliament precinct in Cape Town. They were \
demanding that tertiary fees not increase.
"""


def _event(event_id: int, start: str, words: str) -> Candidate:
    return Candidate(event_id, "protest", start, None, "day", content_words(words),
                     frozenset({1}), frozenset({event_id}))


def test_an_undated_page_whose_own_headline_tells_another_action_joins_nothing():
    page = page_content_words(_THIS_YEAR_UNDATED, [])
    last_year = _event(1, "2015-10-21", "thousands students protested parliament precinct "
                       "cape town demanding tertiary fees not increase")
    # the page holds most of last year's words: its background
    assert undated_page_match("protest", page, [last_year]) == 1
    # but its own headline and sentence tell a march for free education
    own = content_words("Members marched through the city centre today for free education")
    assert undated_page_match("protest", page, [last_year], own) is None
    # a headline telling the stored event's action joins it
    own = content_words("Students protest at parliament over tertiary fees")
    assert undated_page_match("protest", page, [last_year], own) == 1


def test_this_years_undated_march_stays_apart_from_last_years_in_either_order(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "last_year.txt").write_text(_LAST_YEAR, encoding="utf-8")
    (folder / "this_year.txt").write_text(_THIS_YEAR_UNDATED, encoding="utf-8")
    for name, order in (("one.db", ["last_year.txt", "this_year.txt"]),
                        ("two.db", ["this_year.txt", "last_year.txt"])):
        with Store.open(tmp_path / name) as store:
            import_paths(store, [folder / n for n in order])
            shown = store.db.execute(
                "SELECT source_count FROM events WHERE consolidated_into IS NULL"
                " AND main = 1").fetchall()
            assert [row[0] for row in shown] == [1, 1], name
