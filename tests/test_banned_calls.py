"""Unsafe calls live in their one safe home, or nowhere.

Every file write, rename and tree removal goes through ``core/safefs.py`` (atomic, no path
escapes, regular files only); ``tarfile`` is read and written only where the backup owns it (a
bundle's tar is parsed by hand in ``core/bundle/tarsafe.py``); nothing unpickles, evals, or hands
a string to a shell. The scan walks the syntax tree of every module under ``humdoc/``, resolving
import aliases (``from os import replace as r`` is still ``os.replace``), and names each offence
as ``file:line rule``. The scanner is tested on planted snippets, so a rule that stopped matching
would fail here too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "humdoc"

#: rule -> {module path relative to humdoc/: why that module may}. An empty dict: banned everywhere.
HOMES: dict[str, dict[str, str]] = {
    "tarfile": {"core/vault/backup.py": "the backup archive is a plain tar it writes and reads"},
    "rename": {"core/safefs.py": "atomic replace of a finished temporary file"},
    "rmtree": {"core/safefs.py": "removal of a folder it owns, never through a link"},
    "write-open": {
        "core/safefs.py": "atomic writes, in-place keyslot writes, new temporary files",
    },
    "tempfile": {"gui/screenshots.py": "a throwaway demo vault holding made-up records only"},
    "pickle": {},
    "eval": {},
    "shell": {},
}

_PICKLES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill"}
_RENAMES = {"os.rename", "os.renames", "os.replace", "shutil.move"}
_SHELLS = {"os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput"}
_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}


@dataclass(frozen=True, order=True)
class Offence:
    path: str
    line: int
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.rule}"


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted name it was imported as (``r`` -> ``os.replace``)."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                local = alias.asname or alias.name.split(".")[0]
                names[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _dotted(node: ast.expr, aliases: dict[str, str]) -> str | None:
    """``os.path.join`` for an attribute chain rooted in an imported name, else None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in aliases:
        return None
    return ".".join([aliases[node.id], *reversed(parts)])


def _mode(call: ast.Call, position: int) -> str | None:
    """The literal ``mode`` argument of an open-like call (positional or keyword), if given."""
    for kw in call.keywords:
        if kw.arg == "mode" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        return str(call.args[position].value)  # type: ignore[attr-defined]
    return None


def _writes(mode: str | None) -> bool:
    return mode is not None and any(c in mode for c in "wax+")


def _flag_names(expr: ast.expr, assigned: dict[str, list[ast.expr]], depth: int = 0) -> set[str]:
    """Every name in a flags expression, following local variables it was built from."""
    names: set[str] = set()
    for node in ast.walk(expr):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value)  # getattr(os, "O_NOFOLLOW", 0)
        elif isinstance(node, ast.Name):
            names.add(node.id)
            if depth < 3:
                for value in assigned.get(node.id, []):
                    names |= _flag_names(value, assigned, depth + 1)
    return names


def _assignments(scope: ast.AST) -> dict[str, list[ast.expr]]:
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
        elif (
            isinstance(node, ast.AugAssign | ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
        ):
            found.setdefault(node.target.id, []).append(node.value)
    return found


def _scopes(tree: ast.Module) -> dict[int, dict[str, list[ast.expr]]]:
    """For each call, the assignments of the innermost function around it (or of the module)."""
    module = _assignments(tree)
    scopes = {id(node): module for node in ast.walk(tree)}
    for func in ast.walk(tree):  # outer functions come first, so inner ones win
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            local = _assignments(func)
            for node in ast.walk(func):
                scopes[id(node)] = local
    return scopes


def _call_rules(
    call: ast.Call, aliases: dict[str, str], assigned: dict[str, list[ast.expr]]
) -> Iterator[str]:
    func = call.func
    name = _dotted(func, aliases)
    if isinstance(func, ast.Name) and func.id not in aliases:
        if func.id in ("eval", "exec", "compile", "__import__"):
            yield "eval"
        if func.id == "open" and _writes(_mode(call, 1)):
            yield "write-open"
    if any(
        kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and not kw.value.value)
        for kw in call.keywords
    ):
        yield "shell"
    if name in _SHELLS or (name or "").startswith(("os.spawn", "os.exec")):
        yield "shell"
    if name in _RENAMES:
        yield "rename"
    if name == "shutil.rmtree":
        yield "rmtree"
    if name in ("io.open", "os.fdopen", "codecs.open") and _writes(_mode(call, 1)):
        yield "write-open"
    if (
        name == "os.open"
        and len(call.args) > 1
        and _flag_names(call.args[1], assigned) & _WRITE_FLAGS
    ):
        yield "write-open"
    if name is None and isinstance(func, ast.Attribute):
        # A method of some object: Path.rename/replace/write_*/open("w").
        if func.attr == "rename":
            yield "rename"
        # str.replace takes two arguments, datetime.replace keywords: one argument is a Path's.
        if func.attr == "replace" and len(call.args) == 1 and not call.keywords:
            yield "rename"
        if func.attr in ("write_bytes", "write_text"):
            yield "write-open"
        if func.attr == "open" and _writes(_mode(call, 0)):
            yield "write-open"


def scan_source(source: str, rel: str) -> list[Offence]:
    """Every banned call or import in ``source`` (the module ``rel`` under humdoc/), homes aside."""
    tree = ast.parse(source)
    aliases = _aliases(tree)
    scopes = _scopes(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for module in modules:
                top = module.split(".")[0]
                if top == "tarfile":
                    found.append((node.lineno, "tarfile"))
                elif top == "tempfile":
                    found.append((node.lineno, "tempfile"))
                elif top in _PICKLES:
                    found.append((node.lineno, "pickle"))
        elif isinstance(node, ast.Call):
            rules = _call_rules(node, aliases, scopes[id(node)])
            found.extend((node.lineno, rule) for rule in rules)
    return sorted(Offence(rel, line, rule) for line, rule in set(found) if rel not in HOMES[rule])


def scan_package(root: Path) -> list[Offence]:
    return [
        offence
        for path in sorted(root.rglob("*.py"))
        for offence in scan_source(
            path.read_text(encoding="utf-8"), path.relative_to(root).as_posix()
        )
    ]


# --- the package ---------------------------------------------------------------------------


def test_no_unsafe_call_outside_its_home() -> None:
    assert len(list(PACKAGE.rglob("*.py"))) > 50, "the package was not found"
    assert [str(o) for o in scan_package(PACKAGE)] == []


@pytest.mark.parametrize(
    ("rule", "home"), [(rule, home) for rule, homes in HOMES.items() for home in homes]
)
def test_every_home_still_makes_the_call_it_is_allowed(rule: str, home: str) -> None:
    """A home that no longer needs its exemption loses it: the list must not rot open."""
    saved = HOMES[rule]
    HOMES[rule] = {}
    try:
        found = scan_source((PACKAGE / home).read_text(encoding="utf-8"), home)
    finally:
        HOMES[rule] = saved
    assert any(o.rule == rule for o in found), f"{home} no longer needs the {rule} exemption"


# --- the scanner, on planted snippets ------------------------------------------------------

PLANTED = {
    "tarfile": ["import tarfile", "from tarfile import open as topen", "import tarfile as t"],
    "rename": [
        "import os\nos.rename(a, b)",
        "import os\nos.replace(a, b)",
        "from os import replace\nreplace(a, b)",
        "import shutil\nshutil.move(a, b)",
        "path.rename(other)",
        "tmp.replace(dest)",
    ],
    "rmtree": ["import shutil\nshutil.rmtree(p)", "from shutil import rmtree as r\nr(p)"],
    "write-open": [
        "open(p, 'w')",
        "open(p, mode='ab')",
        "open(p, 'r+b')",
        "path.open('wb')",
        "path.open(mode='x')",
        "path.write_bytes(b'')",
        "path.write_text('')",
        "import io\nio.open(p, 'wb')",
        "import os\nos.fdopen(fd, 'wb')",
        "import os\nos.open(p, os.O_WRONLY | os.O_CREAT)",
        "import os\nflags = os.O_RDONLY\nflags |= os.O_RDWR\nos.open(p, flags)",
        "from os import O_CREAT, open as oo\noo(p, O_CREAT)",
        "import os\ndef f():\n    flags = os.O_CREAT\n    return os.open(p, flags)",
    ],
    "tempfile": ["import tempfile", "from tempfile import mkstemp"],
    "pickle": ["import pickle", "from pickle import loads", "import marshal", "import shelve"],
    "eval": ["eval(s)", "exec(s)", "compile(s, 'x', 'exec')", "__import__(name)"],
    "shell": [
        "import subprocess\nsubprocess.run(cmd, shell=True)",
        "from subprocess import Popen\nPopen(cmd, shell=1)",
        "import os\nos.system(cmd)",
        "import os\nos.popen(cmd)",
        "import os\nos.execv(p, args)",
    ],
}

ALLOWED = [
    "open(p)",
    "open(p, 'rb')",
    "path.open()",
    "path.open('rb')",
    "dialog.open()",
    "text.replace('a', 'b')",
    "when.replace(tzinfo=utc)",
    "import os\nos.open(p, os.O_RDONLY | getattr(os, 'O_NOFOLLOW', 0))",
    "import os\nos.fdopen(fd, 'rb', buffering=0)",
    "import subprocess\nsubprocess.run(['ls'], shell=False)",
    "app.exec()",
    "import re\nre.compile('x')",
    "import os\ndef w():\n    flags = os.O_CREAT\ndef r():\n    flags = os.O_RDONLY\n    os.open(p, flags)",
]


@pytest.mark.parametrize(
    ("rule", "snippet"), [(rule, s) for rule, snippets in PLANTED.items() for s in snippets]
)
def test_scanner_catches_a_planted_call(rule: str, snippet: str) -> None:
    offences = scan_source(snippet + "\n", "core/planted.py")
    line = len(snippet.splitlines())
    assert Offence("core/planted.py", line, rule) in offences, offences


@pytest.mark.parametrize("snippet", ALLOWED)
def test_scanner_lets_safe_calls_through(snippet: str) -> None:
    assert scan_source(snippet + "\n", "core/planted.py") == []


def test_a_home_may_make_its_call_and_no_other(tmp_path: Path) -> None:
    snippet = "import os\nimport shutil\nos.replace(a, b)\nshutil.rmtree(c)\nimport tarfile\n"
    assert [o.rule for o in scan_source(snippet, "core/safefs.py")] == ["tarfile"]


def test_a_planted_file_in_the_package_is_named_by_file_and_line(tmp_path: Path) -> None:
    package = tmp_path / "humdoc"
    (package / "gui").mkdir(parents=True)
    (package / "core").mkdir()
    (package / "core" / "safefs.py").write_text("import os\nos.replace(a, b)\n")
    (package / "gui" / "sneaky.py").write_text("x = 1\n\nwith open(p, 'wb') as fh:\n    pass\n")
    assert [str(o) for o in scan_package(package)] == ["gui/sneaky.py:3 write-open"]
