"""Write an export file so that a failure never leaves a half-written file.

Every export (the command line's ``-o``, File ▸ Export…, the pictures) goes
through :func:`write_atomically`:

- a regular file (or a new one) is written to a uniquely named temporary
  file in the same folder and renamed over the target, so the old file stays
  whole until the new one is complete, two exports to one path never share a
  temporary file, and the existing file's permissions are kept;
- when the folder cannot take a temporary file but the file itself is
  writable, the export is written to a temporary file elsewhere first and
  then copied over the file in place;
- a FIFO or character device that can be written (``-o /dev/stdout``,
  ``/dev/null``, a pipe a program reads from) is written through, never
  replaced; so are ``/dev/stdout``, ``/dev/stderr`` and ``/dev/fd/N``, which
  name an open descriptor whatever it points at;
- a symbolic link, a block device, a socket, a folder or a FIFO nobody reads
  is refused with :class:`ExportTargetError`, leaving it untouched;
- the database this process has open, or its ``-wal``/``-shm``/``-journal``
  file, under any name, is refused with :class:`LiveDatabaseTargetError`
  before anything is written (``core.live_databases``).

Whatever the writer raises, no temporary file is left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..live_databases import live_database_role

__all__ = ["ExportTargetError", "LiveDatabaseTargetError", "write_atomically"]

Write = Callable[[BinaryIO], None]

_DESCRIPTOR_ALIASES = ("/dev/stdout", "/dev/stderr")
_DESCRIPTOR_FOLDERS = ("/dev/fd/", "/proc/self/fd/")
_NOT_WRITABLE_FOLDER = (errno.EACCES, errno.EPERM, errno.EROFS)


class ExportTargetError(OSError):
    """The path names something an export must not replace; ``str()`` says why
    in words that follow "cannot write PATH: "."""


class LiveDatabaseTargetError(ExportTargetError):
    """The path is the open Timeline database (or one of its companion files)."""

    def __init__(self, role: str) -> None:
        super().__init__(f"it is {role}; choose another file to export to")


def write_atomically(path: str | os.PathLike[str], write: Write) -> None:
    """Call ``write`` with a binary stream whose bytes end up at ``path``.

    Raises ExportTargetError for a target that must not be replaced, OSError
    when the file system refuses, and whatever ``write`` raises; in every
    case an existing file is left as it was (except a pass-through target).
    """
    target = Path(path)
    if role := live_database_role(target):
        raise LiveDatabaseTargetError(role)
    if str(target) in _DESCRIPTOR_ALIASES or str(target).startswith(_DESCRIPTOR_FOLDERS):
        _write_through(target, write)
        return
    try:
        link_info = target.lstat()
    except FileNotFoundError:
        _replace(target, write, mode=None)
        return
    if stat.S_ISLNK(link_info.st_mode):
        raise ExportTargetError("it is a symbolic link; Timeline will not replace it "
                                "(export to the file it points to instead)")
    mode = link_info.st_mode
    if stat.S_ISDIR(mode):
        raise ExportTargetError("it is a folder")
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        _write_through(target, write)
    elif stat.S_ISREG(mode):
        _replace(target, write, mode=stat.S_IMODE(mode))
    else:
        raise ExportTargetError("it is a device or socket, not a file; "
                                "Timeline will not replace it")


def _write_through(target: Path, write: Write) -> None:
    """Write into an existing pipe or device (never create, never truncate a file)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise ExportTargetError("it is a pipe that no program is reading from") from None
        raise
    # Blocking from here on: a reader is there, so writes wait for it.
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "wb") as stream:
        write(stream)


def _replace(target: Path, write: Write, mode: int | None) -> None:
    """Write beside ``target`` and rename over it (or copy in place, see module doc)."""
    folder = target.parent
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        if mode is not None and exc.errno in _NOT_WRITABLE_FOLDER \
                and os.access(target, os.W_OK):
            _copy_in_place(target, write)
            return
        raise
    with _removed_on_failure(temporary):
        with os.fdopen(descriptor, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file 0600: give a new file what open() would
        # (0666 less the umask), and an existing one its own mode back.
        os.chmod(temporary, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)


def _copy_in_place(target: Path, write: Write) -> None:
    """For a writable file in a read-only folder: write the whole export
    somewhere else first, so a failing writer leaves the old file whole."""
    with tempfile.TemporaryFile() as staged:
        write(staged)
        staged.seek(0)
        flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        with os.fdopen(os.open(target, flags), "wb") as stream:
            shutil.copyfileobj(staged, stream)


@contextlib.contextmanager
def _removed_on_failure(temporary: str) -> Iterator[None]:
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    current = os.umask(0o022)
    os.umask(current)
    return current
