"""The body of one reader process: files in through a pipe, prepared files out.

The importing process (``parallel_import``) starts these with "spawn" and
sends one path at a time; each comes back read, hashed and extracted, or as
its failure, in the order it was sent. The process caps its own memory and
each file's time (``worker_limits``), so a hostile document costs one
file. Nothing may escape as a traceback: whatever goes wrong becomes that
file's one-line reason, and a process that cannot go on simply ends.
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import signal
import threading
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from .models import FileResult
from .prepared import PreparedFile, read_and_hash, unexpected_failure, with_extraction
from .worker_limits import FileTookTooLong, WorkerLimits, apply_memory_limit, time_limit, \
    too_slow_reason

#: The first message of a reader process: started, limits applied, ready for files.
READY = "ready"
#: TEST ONLY: the path of a Python file a reader process runs once it is
#: ready, so tests can give it readers that hang, hog memory or die (a
#: monkeypatch cannot cross "spawn"). Never set it outside the test suite.
TEST_HOOK_VARIABLE = "TIMELINE_TEST_WORKER_HOOK"
#: How a reader process ends when something other than a file went wrong.
_BROKEN_EXIT_CODE = 70


def serve(conn: Connection, aliases: dict[str, str], max_bytes: int,
          limits: WorkerLimits, nlp: str | None = None) -> None:
    """Prepare every path received until told to stop (None) or the pipe closes.

    ``nlp`` (the statistical engine's name, or None) travels with the job;
    the model loads on this process's first document and stays loaded.
    """
    # Ctrl-C reaches the whole process group; the importing process handles
    # it and stops its readers, so a reader must not die with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A reader busy with a file would not notice the importing process being
    # killed until the file is done; this watcher leaves at once.
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    memory_limit = apply_memory_limit(limits.memory_bytes)
    hook = os.environ.get(TEST_HOOK_VARIABLE)
    if hook:
        runpy.run_path(hook)
    try:
        conn.send(READY)
        while (path := conn.recv()) is not None:
            conn.send_bytes(_answer(path, aliases, max_bytes, limits, memory_limit, nlp))
    except (EOFError, OSError):
        pass  # the importing process has gone or closed the pipe: nothing to answer
    except BaseException:  # noqa: BLE001 - no traceback; the importing process sees the exit
        os._exit(_BROKEN_EXIT_CODE)


def _answer(path: Path, aliases: dict[str, str], max_bytes: int, limits: WorkerLimits,
            memory_limit: int | None, nlp: str | None = None) -> memoryview:
    """The prepared file (or its failure) pickled as ``Connection.recv`` expects.

    Pickled here, not by ``send``, so that running out of memory while
    pickling a huge text fails the file instead of the process.
    """
    prepared = prepare_within_limits(path, aliases, max_bytes, limits, memory_limit, nlp)
    try:
        return ForkingPickler.dumps(prepared)
    except Exception as exc:  # noqa: BLE001 - MemoryError for a huge text, or a reader's bug
        del prepared
        failed = FileResult(str(path), "failed",
                            reason=unexpected_failure(exc, "handing it back", memory_limit))
        return ForkingPickler.dumps(failed)


def prepare_within_limits(path: Path, aliases: dict[str, str], max_bytes: int,
                          limits: WorkerLimits, memory_limit: int | None = None,
                          nlp: str | None = None) -> PreparedFile | FileResult:
    """Read, hash and extract one file, failing it once its time is up."""
    try:
        with time_limit(limits.seconds):
            prepared = read_and_hash(path, max_bytes=max_bytes, memory_limit=memory_limit)
            if isinstance(prepared, PreparedFile):
                prepared = with_extraction(prepared, aliases, memory_limit=memory_limit, nlp=nlp)
    except FileTookTooLong:
        return FileResult(str(path), "failed", reason=too_slow_reason(limits.seconds))
    return prepared


def _exit_with_parent() -> None:
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()  # returns when the parent process has ended
    os._exit(0)
