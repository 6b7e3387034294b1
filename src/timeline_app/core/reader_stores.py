"""Read-only connections to one database, kept for the background work that reads it.

Work on another thread needs a connection of its own (one connection is never
used by two threads at once). Opening one is not free: ``Store.open`` runs
SQLite's ``quick_check`` (most of a second at 100,000 events on a busy
machine) and, for writing, checks the search indexes. A pane that redraws on
every filter change (the Network pane) therefore borrows a read-only
connection here and hands it back, instead of opening one per redraw. A
connection is lent to one task at a time; a task starting while another
still reads gets a second connection, kept too (up to ``keep`` idle ones).
``close`` closes the idle connections at once and each lent one as it comes
back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import StoreError
from .store import Store
from .store.health import DamagedDatabaseError

__all__ = ["ReaderStores"]


class ReaderStores:
    """Read-only ``Store`` connections to the database at ``path``, lent one task at a time."""

    def __init__(self, path: str, keep: int = 2) -> None:
        self.path = path
        self.keep = keep
        self._idle: list[Store] = []
        self._closed = False
        self._lock = threading.Lock()
        #: How many connections have been opened (each paid the damage check).
        self.opened = 0

    @contextmanager
    def borrowed(self) -> Iterator[Store]:
        """A read-only connection for the duration of the ``with`` block.

        Raises StoreError when the file cannot be opened, or is damaged (the
        message says so), as opening it for writing would.
        """
        store = self._take()
        try:
            yield store
        finally:
            self._give_back(store)

    def close(self) -> None:
        """Close the idle connections now and the lent ones when they come back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()

    @property
    def idle_count(self) -> int:
        with self._lock:
            return len(self._idle)

    def _take(self) -> Store:
        with self._lock:
            if self._closed:
                raise StoreError(f"The connections to {self.path} are closed.")
            if self._idle:
                return self._idle.pop()
        return self._open()

    def _open(self) -> Store:
        store = Store.open(self.path, readonly=True)
        if store.damage is not None:
            problem = store.damage
            store.close()
            raise DamagedDatabaseError(self.path, problem)
        with self._lock:
            self.opened += 1
        return store

    def _give_back(self, store: Store) -> None:
        with self._lock:
            keep = not self._closed and len(self._idle) < self.keep \
                and not store.db.conn.in_transaction
            if keep:
                self._idle.append(store)
        if not keep:
            store.close()
