"""How many worker processes an import uses, shared by the CLI and the window.

Kept apart from the import pipeline so the command line can show the
default in ``--help`` without loading the extraction engine.
"""

from __future__ import annotations

import os


def default_import_workers() -> int:
    """Worker processes for reading and extraction: one per core up to four,
    none on a single core (where they would only add start-up cost)."""
    cores = os.cpu_count() or 1
    return min(cores, 4) if cores > 1 else 0
