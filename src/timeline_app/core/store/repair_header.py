"""A readable copy of a database whose first 100 bytes were overwritten.

SQLite's file header says how big a page is and how to read the rest; with
it gone SQLite refuses the whole file, though every table's pages are still
there. ``copy_with_rebuilt_header`` writes a copy with a plain header for
the page size that makes the schema readable, so ``repair`` can read it.
The damaged file itself is only read.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from .salvage import schema_table_names

_HEADER_BYTES = 100
#: 4096 first: the size SQLite (and so every Timeline database) uses by default.
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
_PAGE_SIZES_LCM = 65536


def plain_header(page_size: int) -> bytes:
    """A header for a UTF-8, rollback-journal database of ``page_size`` pages
    whose page count is taken from the file's size (the size field is 0)."""
    header = bytearray(_HEADER_BYTES)
    header[0:16] = b"SQLite format 3\x00"
    header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
    header[18:24] = bytes([1, 1, 0, 64, 32, 32])  # journal modes, reserved, payload fractions
    header[24:28] = (1).to_bytes(4, "big")  # change counter
    header[40:44] = (1).to_bytes(4, "big")  # schema cookie
    header[44:48] = (4).to_bytes(4, "big")  # schema format
    header[56:60] = (1).to_bytes(4, "big")  # text encoding: UTF-8
    header[92:96] = (1).to_bytes(4, "big")  # version-valid-for
    major, minor, patch = sqlite3.sqlite_version_info
    header[96:100] = (major * 1_000_000 + minor * 1_000 + patch).to_bytes(4, "big")
    return bytes(header)


def _schema_readable(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        names = schema_table_names(conn)
        return "documents" in names or "events" in names
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def copy_with_rebuilt_header(source: Path, copy: Path) -> bool:
    """Copy ``source`` to ``copy`` with a rebuilt header; False when no page
    size makes a Timeline schema readable (``copy`` is then removed)."""
    size = source.stat().st_size
    shutil.copyfile(source, copy)
    if size % _PAGE_SIZES_LCM:
        # A file cut short mid-page: zeros make whole pages of every size; a
        # page they fill reads as damaged, and the salvage skips it.
        with copy.open("ab") as handle:
            handle.write(bytes(_PAGE_SIZES_LCM - size % _PAGE_SIZES_LCM))
    for page_size in _PAGE_SIZES:
        if size < page_size:
            continue
        with copy.open("r+b") as handle:
            handle.write(plain_header(page_size))
        if _schema_readable(copy):
            return True
    copy.unlink()
    return False
