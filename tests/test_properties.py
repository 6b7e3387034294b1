"""Properties over arbitrary input (hypothesis): import never raises and dates
stay plausible, any search string is safe, and a malformed collection file is
refused cleanly without touching the database."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.collection import import_collection_file
from timeline_app.core.filters import EventFilter
from timeline_app.core.importing import import_one, import_paths
from timeline_app.core.store import Store

_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like the sources: words, numbers, month names, punctuation,
# plus anything at all, so the date finder sees near-misses as well as noise.
_WORDS = st.sampled_from(
    ["on", "in", "the", "students", "walked", "out", "strike", "March", "Sept", "22nd",
     "17.11.2015", "2016-09-22", "07/02/2017", "16:47", "GMT", "last", "month", "year",
     "9999", "0001", "31", "February", "30", "(NUS)", "National", "Union", "of", "said:",
     "\u201c", "\u201d", "\n", "\n\n", "-", "\u2013", "1066", "2200", "2201", "999"])
_SOURCE_LIKE = st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=80).map(" ".join)


@pytest.fixture(scope="module")
def seeded_store():
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "seeded.db")
        import_paths(store, [Path(__file__).resolve().parents[1] / "seeds"])
        yield store
        store.close()


@_SETTINGS
@given(text=st.one_of(_SOURCE_LIKE, st.text(max_size=400)))
def test_importing_any_text_file_never_raises_and_keeps_dates_between_1000_and_2200(
    text, tmp_path
):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    with Store.open(":memory:") as store:
        result = import_one(store, path)
        assert result.status in ("imported", "failed")
        if result.status == "failed":
            assert result.reason and "\n" not in result.reason
            assert store.document_count() == 0
            return
        rows = store.db.execute(
            "SELECT start, \"end\", year, main FROM events").fetchall()
    assert sum(main for *_rest, main in rows) == 1
    for start, end, year, _main in rows:
        for value in (start, end):
            if value is not None:
                assert 1000 <= int(value[:4]) <= 2200, value
        if year is not None:
            assert 1000 <= year <= 2200


@_SETTINGS
@given(text=st.text(max_size=60))
def test_any_search_string_is_safe(seeded_store, text):
    event_filter = EventFilter(text=text)
    ids = seeded_store.matching_event_ids(event_filter)
    columns = seeded_store.timeline_columns(event_filter)
    assert columns["ids"] == ids
    assert set(ids) <= set(seeded_store.matching_event_ids(EventFilter()))
    assert isinstance(event_filter.describe(), str)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=4),
    max_leaves=20,
)
_DOCUMENT_KEYS = ["id", "title", "source", "path", "published", "published_precision", "text",
                  "content_hash"]
_EVENT_KEYS = ["id", "document_id", "main", "title", "kind", "start", "end", "precision",
               "organisations", "people", "evidence", "confidence"]


def _collection_like():
    """Objects shaped roughly like an export, with arbitrary values inside."""
    record = lambda keys: st.dictionaries(st.sampled_from(keys), _JSON_VALUES, max_size=len(keys))  # noqa: E731
    return st.fixed_dictionaries(
        {"documents": st.lists(record(_DOCUMENT_KEYS), max_size=3),
         "events": st.lists(record(_EVENT_KEYS), max_size=3)},
        optional={"format": st.text(max_size=20) | st.integers(),
                  "version": _JSON_VALUES,
                  "organisations": st.lists(_JSON_VALUES, max_size=3)},
    )


def _count_rows(store: Store) -> tuple[int, int, int]:
    return (store.document_count(), store.event_count(),
            store.db.execute("SELECT count(*) FROM organisations").fetchone()[0])


@_SETTINGS
@given(payload=st.one_of(
    st.binary(max_size=200),
    _JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    _collection_like().map(lambda v: json.dumps(v).encode()),
))
def test_a_malformed_collection_file_is_refused_cleanly_and_changes_nothing(
    seeded_store, payload, tmp_path
):
    path = tmp_path / "collection.json"
    path.write_bytes(payload)
    before = _count_rows(seeded_store)
    result = import_collection_file(seeded_store, path)
    assert result.status in ("failed", "imported")
    if result.status == "failed":
        assert result.reason and "\n" not in result.reason and "Traceback" not in result.reason
        assert _count_rows(seeded_store) == before
