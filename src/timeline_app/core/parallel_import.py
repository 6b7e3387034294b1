"""Reading and extraction in worker processes, ahead of the store writes.

Reading, hashing and extracting a document is CPU work that needs no
database, so worker processes do it while the importing process checks
duplicates and stores, one transaction per document as before. Results come
back in the order of the walk, with only a few chunks in flight, so memory
stays flat however many files there are.

Workers are started with "spawn", never "fork": the window runs imports on
a thread, and forking a threaded process can deadlock the child.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .models import FileResult
from .prepared import PreparedFile, read_and_hash, with_extraction

#: Files per task: enough to amortise the hand-over, few enough to keep order cheap.
CHUNK_SIZE = 16
#: Chunks queued or running per worker.
CHUNKS_AHEAD_PER_WORKER = 4

Prepared = PreparedFile | FileResult

# Set once per worker process by _start_worker.
_aliases: dict[str, str] = {}
_max_bytes: int = 0


def _start_worker(aliases: dict[str, str], max_bytes: int) -> None:
    global _aliases, _max_bytes
    _aliases, _max_bytes = aliases, max_bytes
    # Ctrl-C reaches the whole process group; the importing process handles
    # it and stops the pool, so a worker must not die with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker holds both ends of its task pipe, so it would wait for work
    # forever if the importing process were killed; leave when it dies.
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()  # returns when the parent process has ended
    os._exit(0)


def _prepare_chunk(paths: list[Path]) -> list[Prepared]:
    """Runs in a worker: each file read, hashed and extracted, or its failure."""
    done: list[Prepared] = []
    for path in paths:
        prepared = read_and_hash(path, max_bytes=_max_bytes)
        if isinstance(prepared, PreparedFile):
            prepared = with_extraction(prepared, _aliases)
        done.append(prepared)
    return done


# long: one generator owns the pool, its ordered queue and its fallback, so closing it cleans all three
def prepared_in_order(
    items: Iterable[Path | FileResult],
    *,
    workers: int,
    aliases: dict[str, str],
    max_bytes: int,
) -> Iterator[tuple[Path | FileResult, Prepared | None]]:
    """Each item of the walk, in order, with its prepared file.

    The second value is None for what the caller must do itself: a
    walk failure (the item is a FileResult), a ``.json`` collection, which
    is stored by ``core.collection``, and every file of a chunk whose worker
    failed. If the pool breaks (a worker killed), the rest of the run is
    done in this process, so nothing is lost. Closing the iterator (the
    caller cancelled or stopped) cancels queued work without waiting for it.
    One generator (past 60 lines) because the pool, the queue of chunks and
    the ``broken`` flag are state its every step shares.
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(aliases, max_bytes),
    )
    slots: deque[tuple[list[Path | FileResult], Future | None]] = deque()
    chunk: list[Path] = []
    max_slots = workers * CHUNKS_AHEAD_PER_WORKER
    source = iter(items)
    exhausted = False
    broken = False

    def send_chunk() -> None:
        if chunk:
            future = None if broken else pool.submit(_prepare_chunk, list(chunk))
            slots.append((list(chunk), future))
            chunk.clear()

    try:
        while True:
            while not exhausted and len(slots) < max_slots:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    send_chunk()
                elif (not broken and isinstance(item, Path)
                      and item.suffix.lower() != ".json"):
                    chunk.append(item)
                    if len(chunk) >= CHUNK_SIZE:
                        send_chunk()
                else:
                    send_chunk()  # keep the walk's order
                    slots.append(([item], None))
            if not slots:
                # Everything is done: let the workers exit before we return,
                # so a finished import leaves no process behind.
                pool.shutdown(wait=True)
                return
            batch, future = slots.popleft()
            prepared: list[Prepared] | None = None
            if future is not None and not broken:
                try:
                    prepared = future.result()
                except BrokenProcessPool:
                    # A worker died (killed, out of memory): no more workers.
                    broken = True
                    pool.shutdown(wait=False, cancel_futures=True)
                except Exception:  # noqa: BLE001 - redone in this process below
                    pass  # the in-process path meets the same error as without workers
            for position, item in enumerate(batch):
                yield item, (prepared[position] if prepared is not None else None)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
