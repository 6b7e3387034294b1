"""The shape of the code: small modules, SQL only in the store, and an import
graph without cycles in which the core never reaches for Qt and no pane
reaches into another.

Each test reads the source with ``ast`` (nothing is imported), so a breach
is reported with the file, the line and the name to fix.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "timeline_app"
MAX_FILE_LINES = 500
MAX_CLASS_LINES = 400
MAX_FUNCTION_LINES = 60
# The marker a long function carries, in a comment just above its ``def`` or
# on its first line, followed by the reason: ``# long: one state machine ...``.
LONG_MARKER = "long:"
# Where SQL may be written: the store (a module or a package) and the migrations.
SQL_HOMES = ("core/store.py", "core/store/", "core/migrations.py", "core/source_refresh.py")
SQL = re.compile(
    r"\bSELECT\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\S+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(?:UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX)\b"
)
PANES = ("filter_pane", "detail_pane", "event_table", "overview", "canvas", "profile_view",
         "goto_box", "network_view")


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def module_name(path: Path) -> str:
    parts = ["timeline_app", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# --- size -----------------------------------------------------------------------


def test_no_source_file_is_longer_than_five_hundred_lines():
    too_long = {}
    for path in source_files():
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_FILE_LINES:
            too_long[relative(path)] = count
    assert not too_long, f"files over {MAX_FILE_LINES} lines (split them by job): " + ", ".join(
        f"{name} ({count})" for name, count in sorted(too_long.items(), key=lambda item: -item[1]))


def definitions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node


def length(node: ast.AST) -> int:
    return node.end_lineno - node.lineno + 1  # type: ignore[attr-defined]


def says_why_it_is_long(node: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> bool:
    """A ``long:`` comment on the line above the def (or its decorators), or
    anywhere from the def line to the first line of its body."""
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    window = lines[max(0, first - 2) : node.body[0].lineno]
    return any("#" in line and LONG_MARKER in line.split("#", 1)[1] for line in window)


def test_no_class_is_longer_than_four_hundred_lines():
    too_long = []
    for path in source_files():
        for node in definitions(parsed(path)):
            if isinstance(node, ast.ClassDef) and length(node) > MAX_CLASS_LINES:
                too_long.append(f"{relative(path)}:{node.lineno} class {node.name} ({length(node)} lines)")
    assert not too_long, f"classes over {MAX_CLASS_LINES} lines:\n  " + "\n  ".join(too_long)


def test_no_function_is_longer_than_sixty_lines_unless_a_comment_says_why():
    too_long = []
    for path in source_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in definitions(parsed(path)):
            if isinstance(node, ast.ClassDef) or length(node) <= MAX_FUNCTION_LINES:
                continue
            if not says_why_it_is_long(node, lines):
                too_long.append(f"{relative(path)}:{node.lineno} {node.name}() ({length(node)} lines)")
    assert not too_long, (
        f"functions over {MAX_FUNCTION_LINES} lines without a '# {LONG_MARKER} <reason>' comment:\n  "
        + "\n  ".join(too_long))


def test_the_long_marker_is_recognised_above_a_def_and_on_its_first_line():
    marked_above = "# long: one table of cases\ndef f():\n" + "    x = 1\n" * 70
    marked_inside = "def f():\n    # long: one table of cases\n" + "    x = 1\n" * 70
    unmarked = "# long enough\ndef f():\n" + "    x = 1\n" * 70
    for source, expected in ((marked_above, True), (marked_inside, True), (unmarked, False)):
        function = ast.parse(source).body[0]
        assert says_why_it_is_long(function, source.splitlines()) is expected  # type: ignore[arg-type]


# --- SQL --------------------------------------------------------------------------


def string_literals(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, text) of every string constant that is not a docstring; the
    constant parts of an f-string count."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def is_sql_home(path: Path) -> bool:
    name = relative(path)
    return any(name == home or (home.endswith("/") and name.startswith(home)) for home in SQL_HOMES)


def test_sql_is_written_only_in_the_store_and_the_migrations():
    found = []
    for path in source_files():
        if is_sql_home(path):
            continue
        for line, text in string_literals(parsed(path)):
            match = SQL.search(text)
            if match:
                found.append((relative(path), line, f"{match.group()!r} in {' '.join(text.split())[:60]!r}"))
    found = [f"{name}:{line} {what}" for name, line, what in sorted(found)]
    assert not found, "SQL outside core/store and core/migrations.py (move it into the store):\n  " + "\n  ".join(found)


def test_the_sql_pattern_knows_statements_from_prose():
    for statement in ("SELECT id FROM events", "INSERT OR IGNORE INTO aliases", "UPDATE events SET title = ?",
                      "DELETE FROM events", "CREATE TABLE t", "CREATE UNIQUE INDEX i", "CREATE VIRTUAL TABLE f"):
        assert SQL.search(statement), statement
    for prose in ("select an event", "Update the canvas", "Delete from the list", "Created a table"):
        assert not SQL.search(prose), prose


# --- imports ----------------------------------------------------------------------


def is_type_checking_block(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def import_graph() -> dict[str, set[str]]:
    """Module -> the timeline_app modules it imports, at module level or
    inside functions; ``from package import module`` points at the module.
    Other packages appear under their top-level name (``PySide6``).

    Imports under ``if TYPE_CHECKING:`` are left out: they name a type for
    an annotation (a window part naming ``MainWindow``) and never run, so
    they cannot make modules load each other in a circle.
    """
    modules = {module_name(path): path for path in source_files()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        tree = parsed(path)
        type_only = {id(inner) for node in ast.walk(tree) if is_type_checking_block(node)
                     for inner in ast.walk(node)}
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                for alias in node.names:
                    child = f"{base}.{alias.name}"
                    targets.add(child if child in modules else base)
        graph[name] = {t if t.startswith("timeline_app") else t.split(".")[0] for t in targets}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module, or a module importing itself (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in graph:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_import_graph_has_no_cycles():
    found = cycles(import_graph())
    assert not found, "import cycles (modules that import each other, directly or around a loop):\n  " + \
        "\n  ".join(" <-> ".join(group) for group in found)


def test_cycles_are_found_around_a_loop_and_not_in_a_chain():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_the_core_never_imports_the_ui_or_qt():
    found = [f"{module} imports {target}"
             for module, targets in sorted(import_graph().items()) if module.startswith("timeline_app.core")
             for target in sorted(targets)
             if target.startswith("timeline_app.ui") or target in ("PySide6", "shiboken6")]
    assert not found, "the core must stay free of Qt:\n  " + "\n  ".join(found)


def pane_of(module: str) -> str | None:
    for pane in PANES:
        prefix = f"timeline_app.ui.{pane}"
        if module == prefix or module.startswith(prefix + "."):
            return pane
    return None


def test_no_pane_imports_another_pane():
    found = []
    for module, targets in sorted(import_graph().items()):
        pane = pane_of(module)
        if pane is None:
            continue
        found += [f"{module} imports {target}" for target in sorted(targets)
                  if pane_of(target) not in (None, pane)]
    assert not found, "panes talk through the main window, never to each other:\n  " + "\n  ".join(found)
