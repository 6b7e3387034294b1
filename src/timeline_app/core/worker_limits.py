"""What reading one file may cost in a reader process: memory and time.

The readers bound what they know about (file size, PDF content, DOCX
expansion), but a document can still find a path nobody foresaw: a parser
that recurses, allocates or loops without end. In a reader process the
whole process is capped instead, so such a file fails alone with a one-line
reason. Nothing here imports Qt or the readers; the process side
(``reader_process``) and the importing side (``parallel_import``) both use it.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

#: Address space one reader process may use. A reader process holds the
#: interpreter, the parsers and one document (at most 50 MB of file by
#: default, a few times that once decoded and extracted): well under 1 GB.
#: A file that needs more is a bomb, and on a laptop more would push the
#: window itself into swap.
WORKER_MEMORY_LIMIT = 1024 * 1024 * 1024
#: When the file-size limit is raised (``--max-mb``), a document at that
#: limit may need this many times its size (text as str, a normalised copy
#: for the hash, the extraction), so the memory limit grows with it.
MEMORY_PER_INPUT_BYTE = 16
#: Seconds one file may take to be read and extracted. Real documents take
#: well under a second; the largest allowed text takes a few seconds.
FILE_TIME_LIMIT_SECONDS = 60.0
#: After the time limit, the importing process waits this long more before
#: it kills a reader stuck in C code, where the timer's exception cannot land.
WATCHDOG_GRACE_SECONDS = 5.0
#: Once the time limit has passed, the timer fires again this often, in case
#: a reader caught the first exception and carried on.
_REFIRE_SECONDS = 1.0


@dataclass(frozen=True)
class WorkerLimits:
    """The bounds of one reader process: its memory, and each file's time."""

    memory_bytes: int | None = WORKER_MEMORY_LIMIT
    seconds: float = FILE_TIME_LIMIT_SECONDS
    grace_seconds: float = WATCHDOG_GRACE_SECONDS

    @classmethod
    def for_max_bytes(cls, max_bytes: int) -> WorkerLimits:
        """The default limits, with room for a file at ``max_bytes``."""
        return cls(memory_bytes=max(WORKER_MEMORY_LIMIT, max_bytes * MEMORY_PER_INPUT_BYTE))


class FileTookTooLong(BaseException):
    """Raised in a reader process when one file's time is up.

    A BaseException, like KeyboardInterrupt, so that readers which turn any
    ``Exception`` into a damaged-page note cannot swallow it and go on.
    """


def apply_memory_limit(limit: int | None) -> int | None:
    """Cap this process's address space; the limit applied, or None where it cannot be.

    Never raises: a platform without ``resource`` (Windows) or a hard limit
    already lower simply keeps what it has (the lower hard limit is reported).
    """
    if limit is None:
        return None
    try:
        import resource
    except ImportError:
        return None
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY and hard < limit:
            limit = hard
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError):
        return None
    return limit


def _time_is_up(signum: int, frame: object) -> None:
    raise FileTookTooLong()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise FileTookTooLong in this (main) thread once ``seconds`` have passed.

    Does nothing where there is no interval timer (Windows); the importing
    process's watchdog still ends a reader process that runs too long.
    """
    if not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _time_is_up)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REFIRE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def describe_memory(num_bytes: int) -> str:
    """``1 GB``, ``1.5 GB`` or ``300 MB``: a limit as a person says it."""
    gigabytes = num_bytes / (1024 ** 3)
    if gigabytes >= 1:
        return f"{gigabytes:.1f}".removesuffix(".0") + " GB"
    return f"{num_bytes / (1024 ** 2):.0f} MB"


def too_slow_reason(seconds: float) -> str:
    return f"took longer than {seconds:g} s to read"


def stopped_reason(exitcode: int | None) -> str:
    """Why a file failed whose reader process ended under it."""
    if exitcode is not None and exitcode < 0:
        how = f"killed by signal {-exitcode}"
    else:
        how = f"exit code {exitcode}"
    return f"the reader process stopped ({how}) while reading this file"
