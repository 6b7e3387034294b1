"""The command line: ``timeline-app [gui|import|export|repair]``.

Its command names, options and exit codes are a public interface that
scripts rely on: extend them, never rename. Exit status: 0 success, 1 when
some file failed (the others were still imported), 2 for usage errors and
for anything that stopped the command before it could start.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core.errors import TimelineError
from .core.filters import EventFilter
from .core.models import KINDS, FileResult
from .core.workers import default_import_workers
from .core.paths import default_db_path
from .core.store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: The years an event date can hold (``core.partial_dates.parse_iso``).
MIN_YEAR, MAX_YEAR = 1, 9999
MAX_JOBS = 64
MAX_FILE_MB = 100_000


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and exactly one line on stderr (scripts read it)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = " ".join(message.split())
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=_path_argument,
        help=f"database file (default: {default_db_path()})",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--org", action="append", default=[], metavar="NAME",
                        help="only events naming this organisation (name, acronym or alias); "
                             "repeat for any of several")
    parser.add_argument("--organised-by", action="append", default=[], metavar="NAME",
                        help="only events this organisation organised (not merely names); "
                             "repeat for any of several; not together with --org")
    parser.add_argument("--year", metavar="FROM[-TO]", type=_year_argument,
                        help=f"only events in these years ({MIN_YEAR} to {MAX_YEAR})")
    parser.add_argument("--kind", action="append", default=[], choices=KINDS,
                        help="only events of this kind; repeat for several")
    parser.add_argument("--search", metavar="TEXT", default="",
                        help="only events whose document contains these words")
    parser.add_argument("--min-sources", metavar="N", type=int, default=0,
                        help="only events attested by at least N sources (documents)")


def _job_count(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"takes a whole number, not {text!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative ({jobs})")
    if jobs > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"takes at most {MAX_JOBS} ({jobs})")
    return jobs


def _megabytes(text: str) -> float:
    """``--max-mb``: a finite size of at least one byte and at most ``MAX_FILE_MB``."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"takes a number, not {text!r}") from None
    if not math.isfinite(value) or value * 1024 * 1024 < 1 or value > MAX_FILE_MB:
        raise argparse.ArgumentTypeError(
            f"takes a size above 0 and up to {MAX_FILE_MB:,}, not {text!r}")
    return value


def _year_argument(text: str) -> str:
    try:
        _parse_years(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _path_argument(text: str) -> Path:
    if "\0" in text:
        raise argparse.ArgumentTypeError("a path cannot contain a NUL character")
    return Path(text)


def _add_import_command(sub: argparse._SubParsersAction) -> None:
    """``timeline-app import PATH...`` and its options."""
    imp = sub.add_parser("import", help="import files or folders of documents")
    imp.add_argument("paths", nargs="+", metavar="PATH", type=_path_argument,
                     help="files or folders (searched recursively)")
    imp.add_argument("--max-mb", type=_megabytes, default=50.0, metavar="MB",
                     help="skip files larger than this (default: 50)")
    imp.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    imp.add_argument("--jobs", "-j", type=_job_count, default=None, metavar="N",
                     help="worker processes that read and extract while this one stores "
                          f"(default: {default_import_workers()} on this machine; "
                          "0 does everything in this one process, without the "
                          "memory and time limits of a reader process)")
    imp.add_argument("--nlp", default=None, metavar="MODEL",
                     help="also read names with a spaCy model (a package name such as "
                          "en_core_web_sm, or a model folder); needs the [nlp] extra and "
                          "is several times slower (default: the rules alone)")
    _add_db(imp)


def build_parser() -> argparse.ArgumentParser:
    """The parser; also used by the test that checks every command is documented."""
    parser = _Parser(
        prog="timeline-app",
        description="Timeline: see what happened when, from press releases, articles and letters.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", type=_path_argument, dest="top_db",
                        help="database file for the window (same as `gui --db`)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("paths", nargs="*", metavar="FILE", type=_path_argument,
                     help="files or folders to import once the window is open "
                          "(what a file manager's \"Open With\" passes)")
    _add_db(gui)

    _add_import_command(sub)

    exp = sub.add_parser("export", help="export events (what the filters pass)")
    exp.add_argument("--format", required=True, metavar="FORMAT",
                     help="json (the full collection, importable again), csv (one row per "
                          "event, for spreadsheets), ics (iCalendar, for calendar apps), "
                          "timelinejs (Knight Lab's TimelineJS, for the web), graphml or gexf "
                          "(the network of organisations and people who share events, for "
                          "Gephi), png (2x, for print), svg or pdf (the timeline drawn with "
                          "axis, lanes and legend; png and pdf need -o), profile-md (the "
                          "profile of one --entity, as Markdown)")
    exp.add_argument("-o", "--output", metavar="FILE", type=_path_argument,
                     help="write here instead of standard output")
    exp.add_argument("--entity", metavar="NAME", default=None,
                     help="for --format profile-md: the organisation (name, acronym or "
                          "alias) or person to profile")
    _add_filters(exp)
    _add_db(exp)

    rep = sub.add_parser("repair", help="copy what a damaged database still holds into a new one")
    rep.add_argument("damaged", metavar="DB", type=_path_argument,
                     help="the damaged database (only read, never changed)")
    rep.add_argument("-o", "--output", metavar="NEW.db", type=_path_argument,
                     help="the new database to write (default: DB-repaired.db beside it); "
                          "must not exist yet")

    desk = sub.add_parser("install-desktop",
                          help="add Timeline to the desktop's menus, with its icon and "
                               "Timeline collections opening in it (per user, under "
                               "$XDG_DATA_HOME or ~/.local/share)")
    desk.add_argument("--uninstall", action="store_true",
                      help="remove exactly what install-desktop wrote")
    return parser


_DIGITS = re.compile(r"[0-9]+")


def _parse_years(text: str | None) -> tuple[int | None, int | None]:
    """``YEAR``, ``FROM-TO``, ``FROM-`` or ``-TO`` as bounds; raises ValueError
    (a sentence) for anything else, a year the app cannot hold, or FROM > TO."""
    if not text:
        return None, None
    parts = text.split("-")
    if len(parts) == 1:
        parts = [text, text]
    if len(parts) != 2 or not any(parts) or not all(_DIGITS.fullmatch(p) for p in parts if p):
        raise ValueError(f"takes YEAR or FROM-TO (e.g. 2016-2017), not {text!r}")
    lo, hi = (_year(p) for p in parts)
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"{text}: the first year is after the last")
    return lo, hi


def _year(digits: str) -> int | None:
    # Length first: int() of thousands of digits is slow, and refused past 4,300.
    year = int(digits) if 0 < len(digits) <= 4 else None
    if digits and (year is None or not MIN_YEAR <= year <= MAX_YEAR):
        raise ValueError(f"takes years from {MIN_YEAR} to {MAX_YEAR}, not {digits}")
    return year


def filter_from_args(store: Store, args: argparse.Namespace) -> EventFilter:
    """An EventFilter from the export flags; unknown organisations are an error."""
    if args.org and args.organised_by:
        raise ValueError("use --org or --organised-by, not both")
    org_ids: list[int] = []
    for name in args.org or args.organised_by:
        found = store.find_organisation_ids(name)
        if not found:
            raise ValueError(f"no organisation called {name!r} in {store.path}")
        org_ids.extend(found)
    try:
        year_from, year_to = _parse_years(args.year)
    except ValueError as exc:
        raise ValueError(f"--year {exc}") from None
    return EventFilter(
        organisation_ids=tuple(org_ids),
        year_from=year_from,
        year_to=year_to,
        kinds=tuple(args.kind),
        text=args.search,
        organisers_only=bool(args.organised_by),
        min_sources=max(0, args.min_sources),
    )


def _print_result(result: FileResult) -> None:
    if result.status == "imported" and result.document_id is None:
        print(f"imported   {result.path}  ({result.reason or f'{result.events} events'})")
    elif result.status == "imported":
        print(f"imported   {result.path}  (document {result.document_id}, {result.events} events)")
    elif result.status == "duplicate" and result.document_id is None:
        print(f"duplicate  {result.path}  ({result.reason or 'already imported'})")
    elif result.status == "duplicate":
        print(f"duplicate  {result.path}  (already imported as document {result.document_id})")
    else:
        print(f"failed     {result.path}  ({result.reason})")


def _run_import(args: argparse.Namespace) -> int:
    from .core.importing import import_paths

    if args.nlp:
        from .core.extract.statistical import EngineError, engine_problem

        if problem := engine_problem(args.nlp):
            raise EngineError(problem)
    with Store.open(args.db or default_db_path()) as store:
        summary = import_paths(
            store,
            args.paths,
            on_result=None if args.quiet else _print_result,
            max_bytes=int(args.max_mb * 1024 * 1024),
            keep_results=False,
            workers=default_import_workers() if args.jobs is None else args.jobs,
            isolate=args.jobs != 0,  # untrusted files: read apart unless told not to
            nlp=args.nlp,
        )
    print(summary.line())
    if summary.stopped_reason:
        print(f"timeline-app: {summary.stopped_reason}", file=sys.stderr)
    return EXIT_OK if summary.ok else EXIT_FAILED


def _all_export_formats() -> list[str]:
    from .core.export import FORMATS, IMAGE_FORMAT_NAMES

    return [*FORMATS, *IMAGE_FORMAT_NAMES, *PROFILE_FORMAT_NAMES]


#: Formats describing one organisation or person (``--entity``) rather than events.
PROFILE_FORMAT_NAMES = ("profile-md",)


def _run_profile_export(args: argparse.Namespace) -> int:
    from .core.export.profile_export import find_entity, write_profile_markdown

    if not args.entity:
        print("timeline-app: profile-md needs --entity NAME (an organisation or person)",
              file=sys.stderr)
        return EXIT_USAGE
    with Store.open(args.db or default_db_path()) as store:
        found = find_entity(store, args.entity)
        if found is None:
            print(f"timeline-app: no organisation or person called {args.entity!r} in "
                  f"{store.path}", file=sys.stderr)
            return EXIT_USAGE
        kind, entity_id = found

        def writer(store: Store, _filter: EventFilter, out) -> None:
            write_profile_markdown(store, kind, entity_id, out)

        if args.output is None:
            writer(store, EventFilter(), sys.stdout.buffer)
            sys.stdout.flush()
            return EXIT_OK
        return _export_to_file(writer, store, EventFilter(), args.output)


def _run_export(args: argparse.Namespace) -> int:
    from .core.export import BINARY_FORMAT_NAMES, FORMATS, IMAGE_FORMAT_NAMES

    fmt = args.format.lower()
    if fmt in PROFILE_FORMAT_NAMES:
        return _run_profile_export(args)
    if fmt not in FORMATS and fmt not in IMAGE_FORMAT_NAMES:
        print(
            f"timeline-app: unknown export format {args.format!r}; "
            f"choose one of: {', '.join(_all_export_formats())}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if fmt in BINARY_FORMAT_NAMES and args.output is None:
        print(
            f"timeline-app: {fmt} is a binary format; give a file to write with -o FILE",
            file=sys.stderr,
        )
        return EXIT_USAGE
    db_path = args.db or default_db_path()
    with Store.open(db_path) as store:
        try:
            event_filter = filter_from_args(store, args)
        except ValueError as exc:
            print(f"timeline-app: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if fmt in IMAGE_FORMAT_NAMES:
            writer = _image_writer(fmt)
            if writer is None:
                return EXIT_USAGE
        else:
            writer = FORMATS[fmt]
        if args.output is None:
            writer(store, event_filter, sys.stdout.buffer)
            sys.stdout.flush()
            return EXIT_OK
        return _export_to_file(writer, store, event_filter, args.output)


def _image_writer(fmt: str):
    """A stream writer for an image format; Qt is imported only now, so the
    text formats work on machines without Qt's libraries."""
    try:
        from .ui.image_export import export_image_to_stream
    except ImportError as exc:
        print(f"timeline-app: {fmt} export needs Qt (PySide6), which failed to load: {exc}",
              file=sys.stderr)
        return None

    def write(store: Store, event_filter: EventFilter, out) -> None:
        export_image_to_stream(store, event_filter, fmt, out)

    return write


def _export_to_file(writer, store: Store, event_filter: EventFilter, output: Path) -> int:
    """Write through ``write_atomically``: a failed export never leaves a
    half-written file (or a temporary one) where a good one was."""
    from .core.export.atomic_file import write_atomically

    try:
        write_atomically(output, lambda handle: writer(store, event_filter, handle))
    except OSError as exc:
        print(f"timeline-app: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {output}", file=sys.stderr)
    return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run_gui
    except ImportError as exc:
        print(f"timeline-app: the window needs Qt (PySide6), which failed to load: {exc}",
              file=sys.stderr)
        return EXIT_USAGE
    return run_gui(args.db, getattr(args, "paths", None) or ())


def _run_repair(args: argparse.Namespace) -> int:
    """0 when something was saved, 1 when nothing could be; the damaged file is only read."""
    from .core.repair import UnreadableDatabaseError, repair_database

    try:
        report = repair_database(args.damaged, args.output)
    except UnreadableDatabaseError as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for line in report.lines():
        print(line)
    return EXIT_OK if report.saved_anything else EXIT_FAILED


def _database_path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a database, before SQLite touches it (SQLite
    would put a ``-journal`` beside ``/dev/null``), or None."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None  # a new database; Store.open checks the folder
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return f"cannot use {path} as the database: {reason.lower()}"
    if stat.S_ISDIR(info.st_mode):
        return f"cannot use {path} as the database: it is a folder"
    if not stat.S_ISREG(info.st_mode):
        return f"cannot use {path} as the database: it is not a regular file"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``timeline-app`` and ``python -m timeline_app``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    args.db = getattr(args, "db", None) or args.top_db
    if command == "repair":
        args.db = args.damaged
    if command == "install-desktop":  # no database involved
        from .desktop_command import run_install_desktop

        return run_install_desktop(args.uninstall)
    problem = _database_path_problem(args.db or default_db_path())
    if problem:
        print(f"timeline-app: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if command == "import":
            return _run_import(args)
        if command == "export":
            return _run_export(args)
        if command == "repair":
            return _run_repair(args)
        return _run_gui(args)
    except TimelineError as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("timeline-app: interrupted; every document imported so far is complete.",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
