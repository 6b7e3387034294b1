"""Filters: what a person types becomes a safe search, a filter becomes SQL
that picks the right events, describes itself, and survives being saved."""

from __future__ import annotations

import json

import pytest

from timeline_app.core.filters import EventFilter, fts_query
from timeline_app.core.models import ExtractedEvent, ExtractedOrganisation, Extraction, ReadDocument
from timeline_app.core.store import Store
from timeline_app.core.store.filter_sql import matching_ids_query, where_clause


def _add(store: Store, text: str, title: str, kind: str, start: str | None, precision: str,
         orgs: tuple[str, ...] = ()) -> None:
    event = ExtractedEvent(title=title, kind=kind, start=start, precision=precision,
                           evidence=text[:10], evidence_start=0, evidence_end=10,
                           organisations=orgs)
    extraction = Extraction(published=None, published_precision="unknown", events=(event,),
                            organisations=tuple(ExtractedOrganisation(o) for o in orgs))
    store.add_document(ReadDocument(text=text, format="txt"), extraction,
                       path=f"/tmp/{title}.txt", content_hash=title)


@pytest.fixture
def small(fresh_store: Store) -> Store:
    """A walkout (2015, NUS), a campaign (2016, Sheffield SU), an undated letter (NUS)."""
    _add(fresh_store, "students walked out over fees", "Walkout", "walkout", "2015-11-17", "day",
         ("National Union of Students",))
    _add(fresh_store, "the campaign was launched in Sheffield", "Campaign", "campaign",
         "2016-09", "month", ("Sheffield Students' Union",))
    _add(fresh_store, "an open letter about Gaza", "Letter", "letter", None, "unknown",
         ("National Union of Students",))
    return fresh_store


def _titles_where(store: Store, event_filter: EventFilter) -> set[str]:
    where, params = where_clause(event_filter)
    rows = store.db.execute(f"SELECT e.title FROM events e WHERE {where}", params)
    return {row[0] for row in rows}


def _titles_of_ids(store: Store, event_filter: EventFilter) -> set[str]:
    sql, params = matching_ids_query(event_filter)
    ids = [row[0] for row in store.db.execute(sql, params)]
    return {e["title"] for e in store.events(ids=ids)}


# ------------------------------------------------------------------ fts_query
def test_search_words_become_quoted_tokens_and_the_last_one_a_prefix():
    assert fts_query("walk out") == '"walk" "out"*'
    assert fts_query("walk out ") == '"walk" "out"'


def test_a_quoted_phrase_stays_a_phrase():
    assert fts_query('"open letter" gaza') == '"open letter" "gaza"*'


def test_search_operators_and_syntax_are_never_passed_through():
    assert fts_query("gaza AND walkout") == '"gaza" "walkout"*'
    assert fts_query("NEAR( * ) \"") is None
    assert fts_query("   ") is None


# ------------------------------------------------ where_clause/matching_ids_query
def test_the_empty_filter_matches_every_event(small):
    assert _titles_where(small, EventFilter()) == {"Walkout", "Campaign", "Letter"}
    assert where_clause(EventFilter()) == ("1", [])


def test_an_organisation_filter_matches_the_events_naming_it(small):
    nus = tuple(small.find_organisation_ids("National Union of Students"))
    assert _titles_where(small, EventFilter(organisation_ids=nus)) == {"Walkout", "Letter"}
    assert _titles_of_ids(small, EventFilter(organisation_ids=nus)) == {"Walkout", "Letter"}


def test_filter_groups_combine_with_and(small):
    nus = tuple(small.find_organisation_ids("National Union of Students"))
    both = EventFilter(organisation_ids=nus, kinds=("walkout", "campaign"))
    assert _titles_where(small, both) == {"Walkout"}
    assert _titles_of_ids(small, both) == {"Walkout"}


def test_a_year_range_and_hiding_undated_events_narrow_by_date(small):
    assert _titles_where(small, EventFilter(year_from=2016)) == {"Campaign"}
    assert _titles_where(small, EventFilter(year_to=2015)) == {"Walkout"}
    assert _titles_where(small, EventFilter(hide_undated=True)) == {"Walkout", "Campaign"}


def test_text_matches_the_document_or_the_event_title(small):
    assert _titles_where(small, EventFilter(text="gaza")) == {"Letter"}
    assert _titles_where(small, EventFilter(text="Campai")) == {"Campaign"}
    assert _titles_of_ids(small, EventFilter(text="fees")) == {"Walkout"}


def test_hostile_search_text_is_a_parameter_never_sql(small):
    assert _titles_where(small, EventFilter(text="'; DROP TABLE events;--")) == set()
    assert small.event_count() == 3


# ------------------------------------------------------- describe/active_count
def test_an_empty_filter_describes_itself_as_no_filters():
    assert EventFilter().describe() == "no filters"
    assert EventFilter().active_count == 0


def test_a_filter_describes_itself_with_the_names_the_person_chose():
    event_filter = EventFilter(organisation_ids=(3, 4), year_from=2016, kinds=("walkout",),
                               hide_approximate=True, text=" gaza ",
                               labels={"org:3": "NUS"})
    assert event_filter.describe() == (
        "organisation: NUS or #4 · 2016–… · kind: walkout · exact dates only · text: “gaza”")


def test_active_count_counts_groups_not_choices():
    event_filter = EventFilter(organisation_ids=(1, 2), kinds=("walkout", "letter"),
                               hide_undated=True, hide_approximate=True)
    assert event_filter.active_count == 3
    assert EventFilter(text="AND").active_count == 0  # nothing left to search for


def test_labels_do_not_make_two_filters_different():
    assert EventFilter(organisation_ids=(1,), labels={"org:1": "NUS"}) == \
        EventFilter(organisation_ids=(1,))


# ------------------------------------------------------------ to_dict/from_dict
def test_a_saved_filter_comes_back_the_same_through_json():
    event_filter = EventFilter(organisation_ids=(1, 2), person_ids=(5,), year_from=2015,
                               year_to=2017, kinds=("walkout", "letter"), hide_undated=True,
                               hide_approximate=True, text="fees")
    saved = json.loads(json.dumps(event_filter.to_dict()))
    assert EventFilter.from_dict(saved) == event_filter
    assert EventFilter.from_dict(event_filter.to_dict()) == event_filter


def test_labels_are_not_saved():
    assert "labels" not in EventFilter(labels={"org:1": "NUS"}).to_dict()


def test_malformed_or_unknown_saved_values_are_dropped():
    restored = EventFilter.from_dict({
        "organisation_ids": [1, "two"], "person_ids": "5", "year_from": "2015",
        "year_to": 2017, "kinds": ["walkout", "riot"], "hide_undated": 1, "text": 42,
        "colour": "red"})
    assert restored == EventFilter(year_to=2017, kinds=("walkout",), hide_undated=True)


def test_an_empty_saved_filter_is_the_empty_filter():
    assert EventFilter.from_dict({}) == EventFilter()
