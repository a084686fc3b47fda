"""The interface in the users' languages: complete, current, compiled, and built the Qt way.

Qt's own tools are the oracles: ``pyside6-lupdate`` says which strings the source holds and how
many plural forms a language has; ``pyside6-lrelease`` says what the compiled ``.qm`` must be.
Every language humdoc ships (``humdoc.gui.i18n.LANGUAGES``) must have a ``.ts`` in which every
string of the source is translated, with the language's plural forms and the source's
placeholders; a missing file fails, it is never skipped.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from humdoc.gui.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "humdoc" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
#: The five translations the application ships (English is the source).
SHIPPED = sorted(set(LANGUAGES) - {SOURCE_LANGUAGE})

_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[A-Za-z_][A-Za-z0-9_]*\}")
_ACCELERATOR = re.compile(r"&(?!&)\S")


def _tool(name: str) -> str:
    """``name`` beside this Python (the virtual environment's scripts), else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found is not None, f"{name} is not installed (it comes with PySide6)"
    return found


def gui_sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted(GUI.glob("*.py"))]


def lupdate(ts: Path) -> None:
    """Update ``ts`` from the source exactly as ``make translations`` does."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *gui_sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """Every (context name, message element) of a .ts file."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own committed .ts
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def key(context: str, message: ET.Element) -> tuple[str, str, str, bool]:
    return (
        context,
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def forms(message: ET.Element) -> list[str]:
    """The translated texts of a message: its plural forms, or its one translation."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> Counter[str]:
    return Counter(p.replace("%L", "%") for p in _PLACEHOLDER.findall(text))


def ts_file(lang: str) -> Path:
    path = TRANSLATIONS / f"humdoc_{lang}.ts"
    assert path.is_file(), f"{path.name} is missing: humdoc ships {LANGUAGES[lang]}"
    return path


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str, bool]]:
    """What lupdate finds in humdoc/gui today."""
    ts = tmp_path_factory.mktemp("lupdate") / "humdoc_source.ts"
    lupdate(ts)
    return {key(c, m) for c, m in messages(ts)}


def plural_forms(lang: str, tmp: Path) -> int:
    """How many plural forms Qt knows for ``lang`` (lupdate writes that many empty ones)."""
    probe = tmp / f"probe_{lang}.py"
    probe.write_text(
        "from PySide6.QtCore import QObject\n"
        "class P(QObject):\n"
        "    def f(self, n):\n"
        "        return self.tr('%n thing(s)', '', n)\n",
        encoding="utf-8",
    )
    ts = tmp / f"probe_{lang}.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), str(probe), "-target-language", lang, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    (_context, message), *_ = messages(ts)
    return len(forms(message))


# --- the files ------------------------------------------------------------------------------


def test_the_languages_shipped_are_the_five_of_the_field() -> None:
    assert SHIPPED == ["ar", "es", "fr", "my", "uk"]
    assert SOURCE_LANGUAGE == "en"


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_translation_holds_exactly_the_strings_of_the_source(
    lang: str, source_strings: set[tuple[str, str, str, bool]]
) -> None:
    held = {key(c, m) for c, m in messages(ts_file(lang))}
    missing = sorted(source_strings - held)
    stale = sorted(held - source_strings)
    assert not missing, f"{len(missing)} strings missing (make translations): {missing[:5]}"
    assert not stale, f"{len(stale)} strings no longer in the source: {stale[:5]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_string_is_translated_with_the_languages_plural_forms(
    lang: str, tmp_path: Path
) -> None:
    ts = ts_file(lang)
    assert _language_attribute(ts).split("_")[0] == lang
    wanted_forms = plural_forms(lang, tmp_path)
    unfinished, empty, wrong_forms = [], [], []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            unfinished.append(f"{context}: {source}")
        texts = forms(message)
        if any(not t.strip() for t in texts):
            empty.append(f"{context}: {source}")
        if message.get("numerus") == "yes" and len(texts) != wanted_forms:
            wrong_forms.append(f"{context}: {source} ({len(texts)} forms, not {wanted_forms})")
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:5]}"
    assert not empty, f"{len(empty)} empty: {empty[:5]}"
    assert not wrong_forms, wrong_forms[:5]


def _language_attribute(ts: Path) -> str:
    return ET.parse(ts).getroot().get("language") or ""  # noqa: S314 - our own committed .ts


@pytest.mark.parametrize("lang", SHIPPED)
def test_placeholders_and_accelerators_survive_translation(lang: str) -> None:
    wrong = []
    for context, message in messages(ts_file(lang)):
        source = message.findtext("source") or ""
        want = placeholders(source)
        numerus = message.get("numerus") == "yes"
        texts = forms(message)
        for i, text in enumerate(texts):
            got = placeholders(text)
            # A plural form for one or two may say the number in words ("two testimonies"),
            # but the last (general) form must show it; every other placeholder stays.
            if numerus and i < len(texts) - 1:
                got["%n"] = want["%n"]
            if got != want:
                wrong.append(f"{context}: {source!r} -> {text!r}")
            has_key = bool(_ACCELERATOR.search(source.replace("&&", "")))
            if has_key != bool(_ACCELERATOR.search(text.replace("&&", ""))):
                wrong.append(f"{context}: accelerator of {source!r} -> {text!r}")
    assert not wrong, f"{len(wrong)} translations: {wrong[:6]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_committed_qm_is_compiled_from_the_committed_ts(lang: str, tmp_path: Path) -> None:
    ts = ts_file(lang)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run make translations"
    fresh = tmp_path / committed.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is stale"


def test_the_package_ships_every_compiled_translation() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for lang in SHIPPED:
        assert f'"resources/translations/humdoc_{lang}.qm"' in pyproject
    assert "translations:" in (ROOT / "Makefile").read_text(encoding="utf-8")


# --- how the source builds its strings --------------------------------------------------------

_TR_NAMES = {"tr", "translate"}
#: Calls that put text on screen: a string literal handed to one (first argument) is untranslated.
_SHOWS_TEXT = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "showMessage",
    "addTab",
    "setTitle",
    "setStatusTip",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "addItem",
    "setInformativeText",
    "addButton",
    "setAccessibleName",
    "setLabelText",
    "setTabText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
}
#: Literals that are names, never translated.
_NAMES = {"humdoc"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in _TR_NAMES


def _holds_tr(node: ast.AST) -> bool:
    return any(_is_tr(n) for n in ast.walk(node))


def string_building_problems(source: str, where: str = "<source>") -> list[str]:
    """Every place in ``source`` that builds user-visible text other than by Qt's rules."""
    tree = ast.parse(source)
    noop = "QT_TRANSLATE_NOOP" in source or "QT_TR_NOOP" in source
    found: list[str] = []
    for node in ast.walk(tree):
        line = f"{where}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            if _holds_tr(node.left) or _holds_tr(node.right):
                found.append(f"{line}: text joined with + or % around tr()")
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            sequence = isinstance(node.value, ast.List | ast.ListComp | ast.Tuple)
            if _holds_tr(node.value) and not sequence:
                found.append(f"{line}: text joined with += around tr()")
        elif isinstance(node, ast.JoinedStr) and _holds_tr(node):
            found.append(f"{line}: tr() inside an f-string")
        elif _is_tr(node):
            assert isinstance(node, ast.Call)
            text_at = 1 if _name(node.func) == "translate" else 0
            args = node.args
            literal = (
                len(args) > text_at
                and isinstance(args[text_at], ast.Constant)
                and isinstance(args[text_at].value, str)
            )
            if not literal and not noop:
                found.append(f"{line}: tr() of a text lupdate cannot see")
        if isinstance(node, ast.Call) and _name(node.func) in _SHOWS_TEXT and node.args:
            first = node.args[0]
            if isinstance(first, ast.JoinedStr):
                found.append(f"{line}: an f-string shown untranslated")
            elif (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and any(c.isalpha() for c in first.value)
                and first.value not in _NAMES
            ):
                found.append(f"{line}: {first.value!r} shown untranslated")
    return found


def test_no_text_in_the_gui_is_built_by_concatenation_or_left_untranslated() -> None:
    files = sorted(GUI.glob("*.py"))
    assert len(files) > 20
    found = [
        problem
        for path in files
        for problem in string_building_problems(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    ]
    assert found == []


@pytest.mark.parametrize(
    "code",
    [
        'x = self.tr("Files: ") + str(n)',
        'x = str(n) + self.tr(" files")',
        'x = "%s" % self.tr("a")',
        'x = ""\nx += " " + self.tr("more")',
        "x = f\"{self.tr('Hello')} {name}\"",
        "x = self.tr(text)",
        'x = QCoreApplication.translate("ctx", f"{n} files")',
        'label.setText("Untranslated")',
        'button = QPushButton(f"{n} files")',
    ],
)
def test_the_scan_finds_each_way_of_building_text_wrongly(code: str) -> None:
    assert string_building_problems(code) != []


@pytest.mark.parametrize(
    "code",
    [
        'x = self.tr("%n file(s)", "", n)',
        'x = self.tr("Import into {title}").format(title=t)',
        'x = QCoreApplication.translate("ctx", "Case")',
        'label.setText(self.tr("Ready"))',
        'name = QLabel("humdoc")',
        'combo.addItem(self.tr("Evidence"), "evidence")',
    ],
)
def test_the_scan_accepts_text_built_the_qt_way(code: str) -> None:
    assert string_building_problems(code) == []


def literal_texts(source: str) -> set[str]:
    """The text of every tr()/translate()/QT_TRANSLATE_NOOP() call with a literal text."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        at = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}.get(name or "")
        if at is None or len(node.args) <= at:
            continue
        text = node.args[at]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(text.value)
    return found


def test_lupdate_sees_every_string_the_source_translates(
    source_strings: set[tuple[str, str, str, bool]],
) -> None:
    # lupdate's Python reader skips some calls silently (a plural whose number is a call, such
    # as len(x)): a string it misses would stay English in every language.
    in_source = set().union(
        *(literal_texts(p.read_text(encoding="utf-8")) for p in GUI.glob("*.py"))
    )
    seen = {text for _context, text, _comment, _numerus in source_strings}
    assert sorted(in_source - seen) == []


def plural_texts(source: str) -> set[str]:
    """The text of every tr()/translate() call that passes a count (a plural)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and _name(node.func) in _TR_NAMES):
            continue
        at = 1 if _name(node.func) == "translate" else 0
        counted = len(node.args) > at + 2 or any(k.arg == "n" for k in node.keywords)
        text = node.args[at] if len(node.args) > at else None
        if counted and isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.add(text.value)
    return found


def test_lupdate_records_every_plural_as_a_plural(
    source_strings: set[tuple[str, str, str, bool]],
) -> None:
    # lupdate marks QCoreApplication.translate(ctx, text, "", n) as a plural only when n is a
    # literal number: such a string would get one form in every language. self.tr() is read right.
    plurals = set().union(*(plural_texts(p.read_text(encoding="utf-8")) for p in GUI.glob("*.py")))
    assert len(plurals) > 15
    recorded = {text for _context, text, _comment, numerus in source_strings if numerus}
    assert sorted(plurals - recorded) == []


def test_english_has_every_plural_in_good_english(
    source_strings: set[tuple[str, str, str, bool]], tmp_path: Path
) -> None:
    """The source says "%n file(s)"; humdoc_en.ts (plurals only) says "1 file", "2 files"."""
    ts = TRANSLATIONS / "humdoc_en.ts"
    assert ts.is_file(), "humdoc_en.ts (the English plural forms) is missing"
    held = messages(ts)
    assert {key(c, m) for c, m in held} == {k for k in source_strings if k[3]}
    for _context, message in held:
        one, many = forms(message)
        assert message.find("translation").get("type") is None  # type: ignore[union-attr]
        assert "(s)" not in one + many and "(ies)" not in one + many
        assert "%n" in one and "%n" in many
    fresh = tmp_path / "humdoc_en.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "humdoc_en.qm is stale"
