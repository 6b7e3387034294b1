"""Reading and extraction in reader processes, ahead of the store writes.

Reading, hashing and extracting a document is CPU work that needs no
database, so reader processes (``reader_process``) do it while the importing
process checks duplicates and stores them (each document whole, in
batched commits: ``import_batch``). Results come back in the order of the walk, with only a bounded
number of files in flight, so memory stays flat however many files there are.

A reader process is also a fence: it caps its memory and each file's time,
and when one dies anyway (killed, out of memory, a crash in a C parser) the
file it was reading is tried again alone in a fresh process, so the culprit
fails with a reason and the others carry on in reader processes. A file is
never re-read in the importing process (the window) after a reader died
under it. Only when reader processes cannot start at all (no document is to
blame) are the remaining files handed back for the caller to do itself.

Readers are started with "spawn", never "fork": the window runs imports on
a thread, and forking a threaded process can deadlock the child.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path

from .models import FileResult
from .prepared import PreparedFile
from .reader_process import READY, serve
from .worker_limits import WorkerLimits, stopped_reason, too_slow_reason

#: Below this many files, more reader processes cost more than they save.
PARALLEL_MIN_FILES = 64
#: Files sent to one reader before it answers: enough that it never waits
#: for this process, which is busy storing, to send the next one.
FILES_AHEAD_PER_READER = 8
#: Items of the walk held here per reader, waiting for their turn in order.
ITEMS_AHEAD_PER_READER = 64
#: Longest wait for an answer before the readers' clocks are checked again.
_POLL_SECONDS = 0.25
#: How long a finished run waits for its readers to leave before killing them.
_EXIT_WAIT_SECONDS = 5.0

Prepared = PreparedFile | FileResult


def reader_processes(total: int, *, workers: int, isolate: bool) -> int:
    """How many reader processes a run of ``total`` files uses; 0 means none.

    A run of ``PARALLEL_MIN_FILES`` or more uses ``workers`` of them, for
    speed. With ``isolate`` (untrusted files: the window and the command
    line) a run of any size uses at least one, so a hostile file can cost a
    reader process, never the importing one; library callers and the
    bundled seeds keep ``isolate=False`` and, with ``workers=0``, read here.
    """
    if workers > 0 and total >= PARALLEL_MIN_FILES:
        return workers
    return 1 if isolate and total > 0 else 0


@dataclass(eq=False)
class _Slot:
    """One item of the walk, waiting for its prepared file."""

    item: Path | FileResult
    prepared: Prepared | None = None
    done: bool = False
    death: str | None = None  # why a reader stopped under this file, once one has

    def finish(self, prepared: Prepared | None) -> None:
        self.prepared, self.done = prepared, True

    def fail(self, reason: str) -> None:
        self.finish(FileResult(str(self.item), "failed", reason=reason))


@dataclass(eq=False)
class _Reader:
    """A reader process, its pipe, and the files it has been sent, oldest first."""

    process: BaseProcess
    conn: Connection
    alone: bool  # started for one retried file; takes nothing else until it answers
    sent: deque[_Slot] = field(default_factory=deque)
    ready: bool = False
    clock: float = 0.0  # when its oldest unanswered file started, as seen from here
    overdue: bool = False  # killed here for taking too long


class _ReaderPool:
    """Up to ``size`` reader processes, the files waiting for them, and their deaths."""

    def __init__(self, size: int, aliases: dict[str, str], max_bytes: int,
                 limits: WorkerLimits, nlp: str | None = None) -> None:
        self.size = size
        self.args = (aliases, max_bytes, limits, nlp)
        self.limits = limits
        self.context = multiprocessing.get_context("spawn")
        self.readers: list[_Reader] = []
        self.waiting: deque[_Slot] = deque()
        self.retries: deque[_Slot] = deque()  # each to be read alone in a fresh reader
        self.unavailable = False  # readers cannot start: the caller reads the rest

    def add(self, slot: _Slot) -> None:
        if self.unavailable:
            slot.finish(None)
        else:
            self.waiting.append(slot)

    def step(self) -> None:
        """Hand out work, then take in what arrives within a moment."""
        self._hand_out()
        if not self.readers:
            return
        owners: dict[object, _Reader] = {}
        for reader in self.readers:
            owners[reader.conn] = owners[reader.process.sentinel] = reader
        for ready in wait(list(owners), timeout=_POLL_SECONDS):
            reader = owners[ready]
            if reader not in self.readers:
                continue  # already buried through its other handle
            if ready is reader.conn:
                self._receive(reader)
            else:
                self._bury(reader)
        self._check_clocks()

    def close(self, *, finished: bool) -> None:
        """Let idle readers leave (a finished run) or kill them (a cancelled one)."""
        for reader in self.readers:
            if finished:
                try:
                    reader.conn.send(None)
                except OSError:
                    pass
            else:
                reader.process.kill()
        for reader in self.readers:
            reader.process.join(_EXIT_WAIT_SECONDS if finished else None)
            if reader.process.is_alive():
                reader.process.kill()
                reader.process.join()
            reader.conn.close()
        self.readers.clear()

    def _start(self, *, alone: bool) -> _Reader | None:
        """A new reader process; None if none can start (then none ever will)."""
        here, there = self.context.Pipe()
        process = self.context.Process(target=serve, args=(there, *self.args),
                                       name="timeline-reader", daemon=True)
        try:
            process.start()
        except OSError:  # out of processes or file handles: no document is to blame
            here.close()
            there.close()
            self._give_up([])
            return None
        there.close()
        reader = _Reader(process, here, alone)
        self.readers.append(reader)
        return reader

    def _hand_out(self) -> None:
        # A retry takes the next free place before new files do; a place is
        # always free for it, since only a reader's death makes a retry.
        while self.retries and len(self.readers) < self.size:
            slot = self.retries.popleft()
            reader = self._start(alone=True)
            if reader is None:
                slot.fail(slot.death or "")
                return
            self._send(reader, slot)
        while self.waiting and not self.retries and len(self.readers) < self.size:
            if self._start(alone=False) is None:
                return
        takers = [r for r in self.readers if not r.alone and not r.overdue]
        while self.waiting and takers:
            reader = min(takers, key=lambda r: len(r.sent))
            if len(reader.sent) >= FILES_AHEAD_PER_READER:
                break
            self._send(reader, self.waiting.popleft())

    def _send(self, reader: _Reader, slot: _Slot) -> None:
        if not reader.sent:
            reader.clock = time.monotonic()
        reader.sent.append(slot)
        try:
            reader.conn.send(slot.item)
        except OSError:
            pass  # it has died; its sentinel says so next

    def _receive(self, reader: _Reader) -> None:
        try:
            message = reader.conn.recv()
        except Exception:  # noqa: BLE001 - EOF (it died) or an answer that would not unpickle
            self._bury(reader)
            return
        self._take(reader, message)

    def _take(self, reader: _Reader, message: object) -> None:
        reader.clock = time.monotonic()
        if isinstance(message, str) and message == READY:
            reader.ready = True
            return
        reader.sent.popleft().finish(message)  # type: ignore[arg-type]
        if reader.alone and not reader.sent:
            reader.alone = False  # its retried file is done; it takes any file now

    def _bury(self, reader: _Reader) -> None:
        """Take a dead (or broken) reader's last answers, then place its files again."""
        while True:
            try:
                if not reader.conn.poll():
                    break
                self._take(reader, reader.conn.recv())
            except Exception:  # noqa: BLE001 - the pipe ends mid-answer
                break
        if reader.process.is_alive():
            reader.process.kill()
        reader.process.join()
        reader.conn.close()
        self.readers.remove(reader)
        if not reader.ready:
            self._give_up(reader.sent)
            return
        if reader.sent:
            culprit = reader.sent.popleft()
            if reader.overdue:
                culprit.fail(too_slow_reason(self.limits.seconds))
            elif culprit.death is not None:  # it was alone: it is the cause
                culprit.fail(stopped_reason(reader.process.exitcode))
            else:
                culprit.death = stopped_reason(reader.process.exitcode)
                self.retries.append(culprit)
            self.waiting.extendleft(reversed(reader.sent))

    def _give_up(self, unread: Iterable[_Slot]) -> None:
        """A reader died before it could take a file: no reader will run here.

        No document is to blame, so the files not yet tried are handed back
        for the caller to read; a file a reader already died under fails.
        """
        self.unavailable = True
        for reader in self.readers:
            reader.process.kill()
            reader.process.join()
            reader.conn.close()
        pending = [*unread, *self.retries, *self.waiting]
        pending += [slot for reader in self.readers for slot in reader.sent]
        self.readers.clear()
        self.retries.clear()
        self.waiting.clear()
        for slot in pending:
            if slot.death is not None:
                slot.fail(slot.death)
            else:
                slot.finish(None)

    def _check_clocks(self) -> None:
        """Kill a reader stuck past a file's time (in C code the timer cannot stop)."""
        allowed = self.limits.seconds + self.limits.grace_seconds
        now = time.monotonic()
        for reader in self.readers:
            if reader.ready and reader.sent and not reader.overdue \
                    and now - reader.clock > allowed:
                reader.overdue = True
                reader.process.kill()


def prepared_in_order(
    items: Iterable[Path | FileResult],
    *,
    workers: int,
    aliases: dict[str, str],
    max_bytes: int,
    limits: WorkerLimits | None = None,
    nlp: str | None = None,
) -> Iterator[tuple[Path | FileResult, Prepared | None]]:
    """Each item of the walk, in order, with its prepared file.

    The second value is None for what the caller must do itself: a walk
    failure (the item is a FileResult), a ``.json`` collection, which is
    stored by ``core.collection``, and every file not yet read if reader
    processes cannot start at all. ``limits`` bounds each reader (by
    default :class:`WorkerLimits` with room for ``max_bytes``). Closing the
    iterator (the caller cancelled or stopped) kills the readers at once.
    ``nlp`` names the statistical engine each reader loads (None: rules only).
    """
    pool = _ReaderPool(workers, aliases, max_bytes,
                       limits or WorkerLimits.for_max_bytes(max_bytes), nlp)
    slots: deque[_Slot] = deque()
    source = iter(items)
    finished = False
    try:
        while True:
            while len(slots) < workers * ITEMS_AHEAD_PER_READER:
                item = next(source, None)
                if item is None:
                    break
                slot = _Slot(item)
                slots.append(slot)
                if isinstance(item, Path) and item.suffix.lower() != ".json":
                    pool.add(slot)
                else:
                    slot.finish(None)
            if not slots:
                finished = True
                return
            while not slots[0].done:
                pool.step()
            slot = slots.popleft()
            yield slot.item, slot.prepared
    finally:
        pool.close(finished=finished)
