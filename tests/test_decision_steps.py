"""bench/decision_steps.py turns each extraction step off by patching an
attribute: every target must still be there, and be the name the code
looks up when it runs. A function imported with ``from m import f`` is
looked up in the importing module, so patching ``m.f`` there does nothing;
when a split moves a step's callers to another module, the table must
follow, and these tests say which entry did not."""

from __future__ import annotations

import ast
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "src" / "timeline_app" / "core" / "extract"


@pytest.fixture(scope="module")
def decision_steps() -> ModuleType:
    spec = importlib.util.spec_from_file_location("decision_steps", ROOT / "bench" / "decision_steps.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _run_time_nodes(tree: ast.AST) -> list[ast.AST]:
    """The nodes inside function bodies: what runs when a function is
    called, not what runs once when the module is read."""
    nodes: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            nodes.extend(inner for statement in node.body for inner in ast.walk(statement))
        elif isinstance(node, ast.Lambda):
            nodes.extend(ast.walk(node.body))
    return nodes


def run_time_lookups(source: str) -> tuple[set[str], set[str]]:
    """The global names and the attributes a module's functions read."""
    nodes = _run_time_nodes(ast.parse(source))
    names = {node.id for node in nodes if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
    attributes = {node.attr for node in nodes if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)}
    return names, attributes


@cache
def _lookups(module: str) -> tuple[set[str], set[str]]:
    return run_time_lookups((EXTRACT / f"{module}.py").read_text(encoding="utf-8"))


def _read_by_some_function(attribute: str) -> bool:
    return any(attribute in run_time_lookups(path.read_text(encoding="utf-8"))[1] for path in EXTRACT.glob("*.py"))


def _misplaced(decision_steps: ModuleType, step: str, module: str, dotted: str) -> str | None:
    """Why patching ``module.dotted`` would not reach the code, or None."""
    owner, name = decision_steps.target(step, module, dotted)
    if "." in dotted:  # a class's method, read on its instances wherever they are
        if name not in vars(owner):
            return f"{dotted} is not defined on the class itself"
        return None if _read_by_some_function(name) else f"no function calls .{name}"
    if name in _lookups(module)[0]:
        return None
    return f"{module} holds {name} but no function of {module} reads it (its callers moved?)"


def test_every_patch_target_is_there(decision_steps: ModuleType) -> None:
    decision_steps.check_steps()


def test_every_patch_target_is_read_where_it_is_patched(decision_steps: ModuleType) -> None:
    wrong = [f"{step}: {module}.{dotted}: {why}"
             for step, patches in decision_steps.STEPS.items() for module, dotted, _ in patches
             if (why := _misplaced(decision_steps, step, module, dotted)) is not None]
    assert not wrong, "\n".join(wrong)


def test_a_target_that_moved_stops_the_run_naming_its_step(decision_steps: ModuleType,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(decision_steps.STEPS, "date: a step that moved", [("events", "_Context.shared_stems", None)])
    with pytest.raises(SystemExit, match="date: a step that moved.*events._Context.shared_stems is gone"):
        decision_steps.check_steps()
    monkeypatch.setitem(decision_steps.STEPS, "date: a step that moved", [("no_such_module", "f", None)])
    with pytest.raises(SystemExit, match="date: a step that moved.*no module no_such_module"):
        decision_steps.check_steps()


def test_a_name_read_only_when_the_module_is_read_is_no_run_time_lookup() -> None:
    source = "from .signals import bonus, penalty\nLIMIT = penalty(2)\n\ndef score(x):\n    return bonus(x)\n"
    names, _ = run_time_lookups(source)
    assert "bonus" in names
    assert "penalty" not in names
