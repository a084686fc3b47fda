"""humdoc/core must never import Qt: the domain has to run without a GUI toolkit."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "humdoc" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "humdoc.gui", "humdoc.cli")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_imports_no_qt_and_no_outer_layer() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert files, "no core modules found"
    offenders = [
        f"{path.relative_to(CORE)}: {name}"
        for path in files
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_layer_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(bad)


def _module_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of ``root`` it imports, at any depth of the file (a function-level
    import is still a dependency), leaving out ``if TYPE_CHECKING:`` blocks and imports of a
    package's ``__init__`` (a re-export, not a dependency on the package's other modules)."""
    modules = {
        ".".join((package, *path.relative_to(root).with_suffix("").parts)): path
        for path in root.rglob("*.py")
        if path.name != "__init__.py"
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for node in ast.walk(block)
        }
        deps: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module:
                deps.add(node.module)
                deps.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[name] = (deps & modules.keys()) - {name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_core_modules_import_one_another_without_a_cycle() -> None:
    """A cycle (intake calling the media library that calls intake) hides who owns what."""
    graph = _module_graph(CORE, "humdoc.core")
    assert "humdoc.core.intake" in graph
    assert _cycles(graph) == []


def test_cycle_check_would_catch_a_function_level_cycle(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from pkg.b import f\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("def f():\n    from pkg import a\n", encoding="utf-8")
    (tmp_path / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import x\n",
        encoding="utf-8",
    )
    assert _cycles(_module_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.b"]]
