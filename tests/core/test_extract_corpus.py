"""The labelled corpus is usable and extraction holds its floor on it.

bench/extraction.py reports the full numbers; these floors catch a change
that breaks extraction across many documents at once.
"""

from __future__ import annotations

import json
from pathlib import Path

from timeline_app.core.extract import extract
from timeline_app.core.models import KINDS, PRECISIONS, ReadDocument

LABELLED = Path(__file__).resolve().parents[1] / "data" / "labelled"


def _corpus():
    for label_path in sorted(LABELLED.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        reader = label.get("reader", {})
        text = label_path.with_suffix(".txt").read_text(encoding="utf-8")
        yield label, ReadDocument(text=text, format=reader.get("format", "txt"),
                                  title=reader.get("title"), published=reader.get("published"))


def test_corpus_has_the_seeds_and_at_least_forty_more_labelled_documents():
    labels = list(_corpus())
    assert len(labels) >= 44
    for label, _doc in labels:
        assert label["main_event"]["kind"] in KINDS
        assert label["main_event"]["precision"] in PRECISIONS
        assert isinstance(label["organisations"], list) and isinstance(label["people"], list)


def test_publication_dates_and_main_event_kinds_are_mostly_right():
    items = list(_corpus())
    published = kinds = 0
    for label, doc in items:
        result = extract(doc)
        main = next(e for e in result.events if e.main)
        published += result.published == label["published"]
        kinds += main.kind == label["main_event"]["kind"]
    assert published / len(items) >= 0.9
    assert kinds / len(items) >= 0.8
