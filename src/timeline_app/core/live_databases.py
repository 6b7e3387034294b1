"""The database files this process has open through SQLite, and a test for them.

SQLite's locks are POSIX advisory locks owned by the whole process: closing
*any* plain file descriptor on the database drops them for every connection
still open (see docs/database.md, "Only SQLite opens the database file"). So
no other part of the app may open the database, or its ``-wal``, ``-shm``
and ``-journal`` files, with a plain file: an import must not read it as a
document (a database kept as ``notes.txt`` or ``archive.json``), and an
export must not write over it. ``Store.open`` records each file here and
``close`` forgets it; :func:`live_database_files` answers "is this one of
them?" with ``stat`` alone, which opens nothing.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["LiveDatabaseFiles", "database_closed", "database_opened",
           "live_database_files", "live_database_role"]

#: Each file SQLite keeps for a database, by suffix, and what to call it.
_COMPANIONS = (
    ("", "the Timeline database itself"),
    ("-wal", "the Timeline database's write-ahead log"),
    ("-shm", "the Timeline database's shared-memory index"),
    ("-journal", "the Timeline database's rollback journal"),
)

_lock = threading.Lock()
_open_counts: Counter[str] = Counter()


def database_opened(path: str | os.PathLike[str]) -> str:
    """Record that a connection to ``path`` is open; returns the key to close with."""
    key = os.path.realpath(path)
    with _lock:
        _open_counts[key] += 1
    return key


def database_closed(key: str) -> None:
    """Forget one connection recorded by :func:`database_opened`."""
    with _lock:
        _open_counts[key] -= 1
        if _open_counts[key] <= 0:
            del _open_counts[key]


@dataclass(frozen=True)
class LiveDatabaseFiles:
    """The open databases' files at one moment: by (device, inode), by full
    name, and by (folder, name) for a folder walk."""

    identities: dict[tuple[int, int], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    in_folders: dict[tuple[tuple[int, int], str], str] = field(default_factory=dict)
    #: Whether any of the files has another name (a hard link) somewhere.
    hard_linked: bool = False

    def __bool__(self) -> bool:
        return bool(self.names)

    def role_of(self, path: str | os.PathLike[str]) -> str | None:
        """What ``path`` is to an open database ("the Timeline database itself"…), or None.

        The same file under another name (a hard link, a symbolic link) counts;
        a path that does not exist yet counts when it names a companion file.
        """
        if not self.names:
            return None
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            info = None
        if info is not None:
            return self.identities.get((info.st_dev, info.st_ino))
        try:
            return self.names.get(os.path.realpath(path))
        except (OSError, ValueError):
            return None

    def role_in_folder(self, folder: tuple[int, int], entry: os.DirEntry[str]) -> str | None:
        """``role_of`` for a file met in a folder walk (``folder``: its (device,
        inode)); without links in play the name alone decides, with no ``stat``."""
        if not self.names:
            return None
        try:
            linked = self.hard_linked or entry.is_symlink()
        except OSError:
            linked = True
        if linked:
            return self.role_of(entry.path)
        return self.in_folders.get((folder, entry.name))


def live_database_files() -> LiveDatabaseFiles:
    """The files of every database this process has open now."""
    with _lock:
        keys = list(_open_counts)
    identities: dict[tuple[int, int], str] = {}
    names: dict[str, str] = {}
    in_folders: dict[tuple[tuple[int, int], str], str] = {}
    hard_linked = False
    for key in keys:
        try:
            folder_info = os.stat(os.path.dirname(key))
            folder: tuple[int, int] | None = (folder_info.st_dev, folder_info.st_ino)
        except OSError:
            folder = None
        for suffix, role in _COMPANIONS:
            name = key + suffix
            names[name] = role
            if folder is not None:
                in_folders[(folder, os.path.basename(name))] = role
            try:
                info = os.stat(name)
            except OSError:
                continue
            identities[(info.st_dev, info.st_ino)] = role
            hard_linked = hard_linked or info.st_nlink > 1
    return LiveDatabaseFiles(identities, names, in_folders, hard_linked)


def live_database_role(path: str | os.PathLike[str]) -> str | None:
    """What ``path`` is to a database this process has open, or None."""
    return live_database_files().role_of(path)
