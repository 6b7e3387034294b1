"""Time the import of single-line text files of 1, 10 and 50 MB.

Run:  PYTHONPATH=src /work/main/.venv/bin/python bench/linear_text.py [--sizes 1 10 50]

Each file is one line (no line breaks at all) of prose with a date every
70 characters, the shape that once made extraction quadratic. For each size
it prints the seconds to read the file and to extract its events, and the
seconds per MB: linear work keeps that last column flat. A benchmark, not a
test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from timeline_app.core.extract import extract
from timeline_app.core.readers import read_file

UNIT = "report: on 12 March 2019 the council agreed the budget for housing. "


def one_line_file(folder: Path, megabytes: int) -> Path:
    path = folder / f"one-line-{megabytes}mb.txt"
    size = megabytes * 1024 * 1024
    path.write_text((UNIT * (size // len(UNIT) + 1))[:size - 1], encoding="ascii")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50], metavar="MB")
    args = parser.parse_args()
    print(f"{'MB':>4} {'read s':>8} {'extract s':>10} {'s per MB':>9} {'events':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in args.sizes:
            path = one_line_file(Path(folder), megabytes)
            started = time.perf_counter()
            document = read_file(path, max_bytes=megabytes * 1024 * 1024)
            read_seconds = time.perf_counter() - started
            started = time.perf_counter()
            extraction = extract(document)
            extract_seconds = time.perf_counter() - started
            path.unlink()
            per_mb = (read_seconds + extract_seconds) / megabytes
            print(f"{megabytes:>4} {read_seconds:>8.2f} {extract_seconds:>10.2f} "
                  f"{per_mb:>9.2f} {len(extraction.events):>7}", flush=True)


if __name__ == "__main__":
    main()
