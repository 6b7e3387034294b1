"""All of Timeline's benchmarks in one run: import, filters, canvas, start-up.

``python bench/run.py`` prints a table; ``--json`` prints ONE JSON object
(keys below) so the figures can be tracked over time; ``--quick`` shrinks
every size for a smoke run and says so (``"quick": true``). Benchmarks are
not tests: nothing here passes or fails, it reports.

Keys: import_docs_per_s, import_peak_rss_mb, import_txt_docs_per_s,
import_txt_ms_per_doc (where a plain-text document's time goes: read, hash,
extract, store = duplicate check + add_document + batch commits, total;
measured in-process),
import_scaling, import_flatness, filter_ms_p95 (the window's path), filter_store_columns_ms_p95
(Store.timeline_columns + TimelineData), filters,
filter_scaling, paint_ms_p50_100k, paint_ms_p95_100k, paint_ms_p50_1m,
startup_s_100k, app_rss_mb_100k, machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "src"))

import corpus  # noqa: E402
import filters  # noqa: E402
import startup  # noqa: E402


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _hwm_mb(pid: int) -> float | None:
    """The process's own peak RSS so far (VmHWM of its address space)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_import(folder: Path, db: Path) -> dict:
    """``timeline-app import`` in a child process: wall time and the child's own peak RSS.

    The peak is polled from /proc (VmHWM), not taken from wait4/getrusage:
    Linux carries the parent's high-water mark into a child's ru_maxrss
    across fork+exec, so a big benchmark parent would inflate the figure.
    """
    if db.exists():
        db.unlink()
    peak = 0.0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "timeline_app", "import", str(folder), "--db", str(db), "-q"],
            stdout=out, stderr=err, env=_child_env(),
        )
        while child.poll() is None:
            peak = max(peak, _hwm_mb(child.pid) or 0.0)
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace").strip()
        stderr = err.read().decode("utf-8", "replace").strip()
    files = sum(1 for _ in open(folder / "labels.jsonl", encoding="utf-8"))
    return {
        "files": files,
        "seconds": round(elapsed, 2),
        "docs_per_s": round(files / elapsed, 1),
        "peak_rss_mb": round(peak, 1),
        "exit": child.returncode,
        "summary": stdout.splitlines()[-1] if stdout else stderr[-200:],
    }


def import_split(folder: Path) -> dict:
    """Import ``folder`` in this process and split each document's time by step.

    Separates what the store costs (duplicate check + ``Store.add_document``)
    from extraction, reading and hashing, which other code owns. Run in a
    child process (``--import-split``) so its memory does not stay here.
    """
    from timeline_app.core import importing, prepared
    from timeline_app.core.store import Store

    spent = {"read": 0.0, "hash": 0.0, "extract": 0.0, "store": 0.0}

    def timed(fn, step):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[step] += time.perf_counter() - started
        return wrapper

    # Reading, hashing and extraction live in core.prepared (shared with the
    # worker processes); the store's share includes the batch commits.
    prepared.read_file = timed(prepared.read_file, "read")
    prepared.content_hash = timed(prepared.content_hash, "hash")
    prepared.extract = timed(prepared.extract, "extract")
    Store.add_document = timed(Store.add_document, "store")
    Store.document_id_for_hash = timed(Store.document_id_for_hash, "store")
    Store.begin_import_batch = timed(Store.begin_import_batch, "store")
    Store.commit_import_batch = timed(Store.commit_import_batch, "store")
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "split.db") as store:
            started = time.perf_counter()
            summary = importing.import_paths(store, [folder], keep_results=False)
            total = time.perf_counter() - started
    files = max(1, sum(summary.counts.values()))
    split = {step: round(seconds / files * 1000, 3) for step, seconds in spent.items()}
    split["total"] = round(total / files * 1000, 3)
    split["files"] = files
    return split


def run_import_split(folder: Path) -> dict:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--import-split",
                           str(folder)], capture_output=True, text=True, env=_child_env())
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"error": (done.stderr or done.stdout)[-300:]}


def bench_import(sizes: list[int], flat_sizes: list[int], txt_size: int, work: Path,
                 log) -> dict:
    results: dict = {"scaling": [], "flatness": []}
    cache: dict[tuple[int, str], Path] = {}

    def folder_for(n: int, formats: tuple[str, ...] | None) -> Path:
        key = (n, ",".join(formats or ()))
        if key not in cache:
            folder = work / f"corpus-{n}-{'-'.join(formats or ('mixed',))}"
            labels = folder / "labels.jsonl"
            if labels.exists() and sum(1 for _ in labels.open(encoding="utf-8")) == n:
                log(f"  reusing {folder}")  # same seed, same documents (--work kept them)
            else:
                started = time.perf_counter()
                corpus.generate(folder, n, seed=1, formats=formats)
                log(f"  generated {n:,} documents ({'/'.join(formats or ('mixed',))}) in "
                    f"{time.perf_counter() - started:.1f} s")
            cache[key] = folder
        return cache[key]

    for n in sorted(set(sizes) | set(flat_sizes)):
        measured = run_import(folder_for(n, None), work / "import.db")
        measured["n"] = n
        log(f"  import {n:,} mixed: {measured['docs_per_s']} docs/s, "
            f"peak {measured['peak_rss_mb']} MB ({measured['summary']})")
        if n in sizes:
            results["scaling"].append(measured)
        if n in flat_sizes:
            results["flatness"].append(measured)
    txt = run_import(folder_for(txt_size, ("txt",)), work / "import.db")
    txt["n"] = txt_size
    log(f"  import {txt_size:,} plain text: {txt['docs_per_s']} docs/s, peak {txt['peak_rss_mb']} MB")
    results["txt"] = txt
    split = run_import_split(folder_for(txt_size, ("txt",)))
    log(f"  plain text, ms per document: {split}")
    results["txt_split"] = split
    headline = max(results["scaling"], key=lambda r: r["n"])
    results["docs_per_s"] = headline["docs_per_s"]
    results["peak_rss_mb"] = max(r["peak_rss_mb"] for r in results["scaling"] + results["flatness"])
    return results


def bench_filters(sizes: list[int], headline: int, repeats: int, work: Path, log) -> dict:
    out: dict = {"scaling": []}
    for n in sorted(set(sizes) | {headline}):
        db = work / f"events-{n}.db"
        started = time.perf_counter()
        filters.build_event_db(db, n)
        log(f"  built {n:,}-event database in {time.perf_counter() - started:.1f} s")
        timings = filters.time_filters(db, repeats, include_all=True)
        chosen = [t for t in timings if not t.name.startswith("no filter")]
        everything = next(t for t in timings if t.name.startswith("no filter"))
        row = {
            "n": n,
            # What a person waits for: the window's path (ids + mask over loaded columns).
            "filter_ms_p95": round(max(t.ids_p95_ms for t in chosen), 1),
            "filter_store_columns_ms_p95": round(max(t.p95_ms for t in chosen), 1),
            "all_events_ms_p50": round(everything.p50_ms, 1),
            "filters": [t.as_dict() for t in timings],
        }
        for t in timings:
            log(f"    {n:>9,} {t.name:<26} {t.matched:>8,} ev  p50 {t.p50_ms:7.1f}  "
                f"p95 {t.p95_ms:7.1f} ms | window path p95 {t.ids_p95_ms:6.1f} ms")
        out["scaling"].append(row)
        if n == headline:
            out.update(row, db=str(db))
    return out


def bench_canvas(quick: bool, log) -> dict:
    """The canvas helper's own benchmark (bench/canvas.py), when it exists."""
    try:
        import canvas  # type: ignore[import-not-found]
    except ImportError as exc:
        log(f"  canvas benchmark not available ({exc}); paint figures left empty")
        return {}
    try:
        return dict(canvas.run(quick) or {})
    except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
        log(f"  canvas benchmark failed: {exc!r}")
        return {}


def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count()}
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                info["cpu"] = line.split(":", 1)[1].strip()
        with open("/proc/meminfo", encoding="ascii") as handle:
            info["mem_gb"] = round(int(handle.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Timeline's benchmarks.")
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--import-sizes", help="mixed-corpus sizes for the scaling table "
                        "(default 1000,5000,10000; quick 200,500,1000)")
    parser.add_argument("--flat-sizes", help="two sizes for memory flatness "
                        "(default 10000,100000; quick 500,2000)")
    parser.add_argument("--txt-size", type=int, help="plain-text corpus size (default 10000)")
    parser.add_argument("--filter-sizes", help="event counts for filter scaling "
                        "(default 10000,100000,1000000; quick 10000,100000)")
    parser.add_argument("--repeats", type=int, help="runs per filter (default 20; quick 5)")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: "
                        "import,filters,canvas,startup")
    parser.add_argument("--work", type=Path, help="keep generated corpora and databases here")
    parser.add_argument("--import-split", type=Path, metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.import_split:  # the child of run_import_split
        print(json.dumps(import_split(args.import_split)))
        return 0
    quick = args.quick
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    import_sizes = _sizes(args.import_sizes or ("200,500,1000" if quick else "1000,5000,10000"))
    flat_sizes = _sizes(args.flat_sizes or ("500,2000" if quick else "10000,100000"))
    txt_size = args.txt_size or (1000 if quick else 10_000)
    filter_sizes = _sizes(args.filter_sizes or ("10000,100000" if quick else "10000,100000,1000000"))
    repeats = args.repeats or (5 if quick else 20)

    def log(message: str) -> None:
        print(message, file=sys.stderr if args.json else sys.stdout, flush=True)

    work_dir = args.work or Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    report: dict = {"quick": quick, "machine": machine()}
    if quick:
        log("quick run: sizes are shrunk; figures are NOT comparable with a full run")

    if "import" not in skip:
        log("import")
        imp = bench_import(import_sizes, flat_sizes, txt_size, work_dir, log)
        report.update(import_docs_per_s=imp["docs_per_s"], import_peak_rss_mb=imp["peak_rss_mb"],
                      import_txt_docs_per_s=imp["txt"]["docs_per_s"],
                      import_txt_ms_per_doc=imp["txt_split"],
                      import_scaling=imp["scaling"], import_flatness=imp["flatness"])
    db_100k = None
    if "filters" not in skip:
        log("filters")
        flt = bench_filters(filter_sizes, 100_000, repeats, work_dir, log)
        db_100k = Path(flt["db"])
        report.update(filter_ms_p95=flt["filter_ms_p95"],
                      filter_store_columns_ms_p95=flt["filter_store_columns_ms_p95"],
                      filter_all_events_ms_p50=flt["all_events_ms_p50"],
                      filters=flt["filters"],
                      filter_scaling=[{k: v for k, v in row.items() if k != "filters"}
                                      for row in flt["scaling"]])
    if "canvas" not in skip:
        log("canvas")
        paint = bench_canvas(quick, log)
        for key in ("paint_ms_p50_100k", "paint_ms_p95_100k", "paint_ms_p50_1m"):
            report[key] = paint.get(key)
        report["canvas"] = paint
    if "startup" not in skip:
        log("start-up")
        if db_100k is None:
            db_100k = work_dir / "events-100000.db"
            filters.build_event_db(db_100k, 100_000)
        measured = startup.measure(db_100k, runs=1 if quick else 3, log=log)
        report.update(startup_s_100k=measured.get("startup_s"),
                      app_rss_mb_100k=measured.get("rss_mb"),
                      startup_method=measured.get("method"))

    for key in ("import_docs_per_s", "import_peak_rss_mb", "filter_ms_p95", "paint_ms_p50_100k",
                "paint_ms_p95_100k", "paint_ms_p50_1m", "startup_s_100k", "app_rss_mb_100k"):
        report.setdefault(key, None)
    if args.json:
        print(json.dumps(report))
    else:
        print_table(report)
    return 0


def print_table(report: dict) -> None:
    rows = [
        ("import, mixed (docs/s)", report.get("import_docs_per_s"), ""),
        ("import, plain text (docs/s)", report.get("import_txt_docs_per_s"), "≥ 1000"),
        ("  of which store, ms/doc", (report.get("import_txt_ms_per_doc") or {}).get("store"), ""),
        ("  of which extract, ms/doc", (report.get("import_txt_ms_per_doc") or {}).get("extract"),
         ""),
        ("import peak RSS (MB)", report.get("import_peak_rss_mb"), "flat in N"),
        ("filter p95 at 100k, window (ms)", report.get("filter_ms_p95"), "< 50"),
        ("filter p95, timeline_columns (ms)", report.get("filter_store_columns_ms_p95"), ""),
        ("paint p50 at 100k (ms)", report.get("paint_ms_p50_100k"), ""),
        ("paint p95 at 100k (ms)", report.get("paint_ms_p95_100k"), ""),
        ("paint p50 at 1M (ms)", report.get("paint_ms_p50_1m"), ""),
        ("start-up at 100k (s)", report.get("startup_s_100k"), "< 1.5"),
        ("app RSS at 100k (MB)", report.get("app_rss_mb_100k"), "< 400"),
    ]
    print()
    print(f"{'measure':<34}{'value':>12}  target" + ("   (QUICK RUN)" if report["quick"] else ""))
    for name, value, target in rows:
        shown = "—" if value is None else f"{value:,.1f}" if isinstance(value, float) else str(value)
        print(f"{name:<34}{shown:>12}  {target}")
    for row in report.get("import_flatness", []):
        print(f"  import {row['n']:>7,} docs: peak RSS {row['peak_rss_mb']} MB, "
              f"{row['docs_per_s']} docs/s")


if __name__ == "__main__":
    sys.exit(main())
