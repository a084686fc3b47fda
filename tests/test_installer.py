"""The packaging recipes in installer/ stay consistent with the package they ship.

Fast, static checks (no PyInstaller build): they fail when the entry point is renamed, a folder of
resources/ is not bundled, or a recipe names a file that no longer exists.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "humdoc.spec"
LAUNCHER = INSTALLER / "humdoc_launcher.py"
DESKTOP = INSTALLER / "linux" / "humdoc.desktop"
BUILD_DEB = INSTALLER / "linux" / "build-deb.sh"
ISS = INSTALLER / "windows" / "humdoc.iss"
BUILD_APP = INSTALLER / "macos" / "build-app.sh"
SHELL_SCRIPTS = [
    BUILD_DEB,
    BUILD_APP,
    INSTALLER / "lock-requirements.sh",
    INSTALLER / "linux" / "test-deb.sh",
]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def console_entry() -> str:
    return str(pyproject()["project"]["scripts"]["humdoc"])


def spec_assignments() -> dict[str, object]:
    """Top-level ``NAME = <literal>`` assignments of the spec file (it is Python)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    values: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    values[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return values


def resource_folders() -> set[str]:
    return {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


# --- the desktop entry -----------------------------------------------------------------------


def test_desktop_entry_launches_the_installed_command_without_a_terminal() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "humdoc"
    assert entry["Exec"].split()[0] in pyproject()["project"]["scripts"]
    assert entry["Icon"] == "humdoc"
    assert entry["Terminal"] == "false"
    assert entry["Name"]
    categories = [c for c in entry["Categories"].split(";") if c]
    assert categories, "Categories must name at least one main category"
    assert entry["Categories"].endswith(";")


def test_desktop_icon_name_matches_the_shipped_icon() -> None:
    icon = desktop_entry()["Icon"]
    assert (ROOT / "resources" / "icons" / f"{icon}.svg").is_file()
    assert f"apps/{icon}.svg" in BUILD_DEB.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_is_valid_per_the_specification() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- the PyInstaller spec ------------------------------------------------------------------


def test_spec_is_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"))


def test_spec_entry_point_matches_pyproject() -> None:
    values = spec_assignments()
    assert values["CONSOLE_ENTRY"] == console_entry()
    assert values["APP_NAME"] == "humdoc"
    module, function = console_entry().split(":")
    launcher = LAUNCHER.read_text(encoding="utf-8")
    assert f"from {module} import {function}" in launcher
    assert f"{function}()" in launcher
    assert LAUNCHER.name in SPEC.read_text(encoding="utf-8")


def test_launcher_entry_point_exists() -> None:
    module, function = console_entry().split(":")
    imported = __import__(module, fromlist=[function])
    assert callable(getattr(imported, function))


def test_spec_bundles_every_resources_folder_under_resources() -> None:
    values = spec_assignments()
    listed = values["RESOURCE_DIRS"]
    assert isinstance(listed, tuple)
    assert set(listed) == resource_folders()
    text = SPEC.read_text(encoding="utf-8")
    # Destination "resources/<name>" is what humdoc.core.resources looks for under sys._MEIPASS.
    assert 'f"resources/{name}"' in text
    for name in resource_folders():
        assert f'"{name}"' in text


def test_spec_keeps_required_qt_plugins_and_native_packages() -> None:
    values = spec_assignments()
    required = values["REQUIRED_PLUGINS"]
    assert isinstance(required, dict)
    linux = set(required["linux"])
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        assert plugin in linux
    assert "platforms/qwindows.dll" in required["win32"]
    assert "platforms/libqcocoa.dylib" in required["darwin"]
    hidden = values["hiddenimports"]
    assert isinstance(hidden, list)
    for module in ("pillow_heif", "pyrage", "pyrage.x25519", "sqlcipher3", "PySide6.QtSvg"):
        assert module in hidden
    excludes = values["excludes"]
    assert isinstance(excludes, list)
    for module in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick"):
        assert module in excludes
    # An excluded module humdoc imports would break the frozen program.
    used = set(re.findall(r"PySide6\.(Qt\w+)", _humdoc_sources()))
    assert not used & {e.removeprefix("PySide6.") for e in excludes}


def test_spec_builds_console_and_windowed_executables_for_windows() -> None:
    values = spec_assignments()
    assert values["GUI_NAME"] == "humdoc-gui"
    text = SPEC.read_text(encoding="utf-8")
    assert "executable(GUI_NAME, console=False)" in text
    assert "executable(APP_NAME, console=" in text


def _humdoc_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "humdoc").rglob("*.py"))


# --- shell recipes -------------------------------------------------------------------------


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse(script: Path) -> None:
    result = subprocess.run(
        ["bash", "-n", str(script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_build_deb_lays_out_the_package() -> None:
    text = BUILD_DEB.read_text(encoding="utf-8")
    assert "/opt/humdoc/humdoc" in text
    assert '"$pkg/usr/bin/humdoc"' in text
    assert "usr/share/applications/humdoc.desktop" in text
    assert "usr/share/icons/hicolor/scalable/apps/humdoc.svg" in text
    assert "--root-owner-group" in text
    assert "SOURCE_DATE_EPOCH" in text
    for lib in ("libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "libgl1"):
        assert lib in text
    # The bundle it checks for is the one the spec makes.
    assert "_internal/resources/taxonomy" in text


def test_inno_setup_script_installs_both_executables() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert "AppName=humdoc" in text
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", text)
    assert r"{app}\humdoc-gui.exe" in text
    assert r"dist\humdoc" in text
    assert (INSTALLER / "windows" / "README.md").is_file()
    assert "humdoc.exe" in (INSTALLER / "windows" / "README.md").read_text(encoding="utf-8")


def test_macos_script_builds_the_app_and_dmg_with_signing_placeholders() -> None:
    text = BUILD_APP.read_text(encoding="utf-8")
    assert "installer/humdoc.spec" in text
    assert "humdoc.app" in text
    assert "Contents/MacOS/humdoc" in text
    assert "hdiutil create" in text
    assert "SIGNER" in text
    assert "notarytool" in text
    assert (INSTALLER / "macos" / "README.md").is_file()
    assert spec_assignments()["BUNDLE_ID"] == "org.humdoc.humdoc"


def test_lock_file_pins_runtime_dependencies_and_pyinstaller() -> None:
    lines = (INSTALLER / "requirements-lock.txt").read_text(encoding="utf-8").splitlines()
    pins = {
        line.split("==")[0].lower().replace("_", "-")
        for line in lines
        if line and not line.startswith("#")
    }
    for line in lines:
        assert line.startswith("#") or re.fullmatch(r"[A-Za-z0-9_.-]+==[^\s=]+", line), line
    for dependency in pyproject()["project"]["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", dependency, maxsplit=1)[0].lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in requirements-lock.txt"
    assert "pyinstaller" in pins


def test_plain_pip_install_ships_every_resource_file() -> None:
    """pyproject's data-files must name every file under resources/ (for `pip install .`)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {f for files in project["tool"]["setuptools"]["data-files"].values() for f in files}
    present = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()
    }
    assert present <= shipped, f"not shipped by pip install: {sorted(present - shipped)}"


def test_archive_receiver_unit_runs_a_command_humdoc_accepts() -> None:
    """The systemd receiver's ExecStart, its variables filled in as systemd would, parses with
    humdoc's own command line: a renamed or missing option would stop every receiver."""
    import shlex

    from humdoc.cli.app import build_parser

    unit = (INSTALLER / "archive" / "humdoc-receiver@.service").read_text(encoding="utf-8")
    (line,) = [x for x in unit.splitlines() if x.startswith("ExecStart=")]
    command = (
        line.removeprefix("ExecStart=")
        .replace("${HUMDOC_ARCHIVE}", "postgresql://centre_intake_desk1@db/centre")
        .replace("$HUMDOC_RECEIVE_OPTIONS", "")
        .replace("%i", "usb-desk")
        .replace("%d", "/run/credentials/humdoc-receiver@usb-desk.service")
    )
    argv = shlex.split(command)
    assert argv[0] == "/usr/bin/humdoc"
    args = build_parser().parse_args(argv[1:])
    assert args.centre_command == "receive"
    assert args.watch == "/srv/humdoc/incoming/usb-desk"
    assert args.store == "/srv/humdoc/blobs"
    assert args.passphrase_file.endswith("/passphrase")
