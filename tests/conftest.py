"""Shared fixtures: fresh databases, and Qt kept offscreen for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timeline_app.core.store import Store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated database in a temporary folder, closed afterwards."""
    store = Store.open(tmp_path / "timeline.db")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
