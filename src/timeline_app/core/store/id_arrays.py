"""Reading many ids at once as numpy arrays, for the window's large reads.

At 100,000 events a Python object per row is most of the cost of a filter;
these helpers let SQLite and numpy do that work instead.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while reading many rows.

    Each row is a new tuple, and every few hundred of them the collector
    walks all tracked objects, including the window's columns of every
    event: at 100,000 events that nearly doubles the time of a large read.
    The rows form no cycles, so nothing is lost by collecting afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def id_arrays(
    conn: sqlite3.Connection, sql: str, params: Sequence[object], width: int
) -> list[np.ndarray]:
    """The integer columns of ``sql`` as int64 arrays, read in one row.

    SQLite joins each column into one comma-separated string and numpy
    parses it. Reading a row per id instead costs far more (about half a
    microsecond each in Python), which at 100,000 events is most of a filter.
    """
    names = ", ".join(f"c{i}" for i in range(width))
    aggregates = ", ".join(f"group_concat(c{i})" for i in range(width))
    # A CTE names the columns whatever the inner SELECT calls them.
    row = conn.execute(
        f"WITH q({names}) AS ({sql}) SELECT {aggregates} FROM q", list(params)
    ).fetchone()
    return [np.fromstring(text or "", dtype=np.int64, sep=",") for text in row]


def id_array(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> np.ndarray:
    """The one integer column of ``sql`` as an int64 array."""
    return id_arrays(conn, sql, params, 1)[0]


def positions(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """For each of ``values``, its index in ``keys`` (distinct ints), or -1."""
    if not len(keys):
        return np.full(len(values), -1, dtype=np.int64)
    low, high = int(keys.min()), int(keys.max())
    if high - low <= 4 * len(keys) + 1024:
        # Ids are nearly dense: a lookup table beats sorting.
        table = np.full(high - low + 1, -1, dtype=np.int64)
        table[keys - low] = np.arange(len(keys))
        inside = (values >= low) & (values <= high)
        found = np.full(len(values), -1, dtype=np.int64)
        found[inside] = table[values[inside] - low]
        return found
    order = np.argsort(keys)
    sorted_keys = keys[order]
    where = np.minimum(np.searchsorted(sorted_keys, values), len(keys) - 1)
    return np.where(sorted_keys[where] == values, order[where], -1)
