"""Test configuration: offscreen Qt, every path under tmp_path, the sample corpus located."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The extended run points this at the full sample corpus (same layout, many more files).
EXTENDED_CORPUS_VARIABLE = "HUMDOC_EXTENDED_CORPUS"
#: The trimmed corpus that ships in the repository (tests/corpus/SOURCES.md lists every file).
BUNDLED_CORPUS = Path(__file__).resolve().parent / "corpus"
CORPUS = Path(os.environ.get(EXTENDED_CORPUS_VARIABLE) or BUNDLED_CORPUS).resolve()


def pytest_report_header() -> str:
    """Say which corpus this run reads, so an extended run is never mistaken for a plain one."""
    return f"sample corpus: {CORPUS}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect (never skip) the ``extended`` tests unless the full corpus was given."""
    if os.environ.get(EXTENDED_CORPUS_VARIABLE):
        return
    extended = [item for item in items if item.get_closest_marker("extended")]
    if extended:
        config.hook.pytest_deselected(items=extended)
        items[:] = [item for item in items if not item.get_closest_marker("extended")]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's real vault, config and caches."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("HUMDOC_VAULT", raising=False)
    monkeypatch.delenv("HUMDOC_PASSPHRASE", raising=False)
    monkeypatch.setenv("HUMDOC_KDF", "floor")


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The sample corpus (read-only): the bundled one, or the full one in the extended run.

    A missing corpus, like any missing file in it, is a failure, never a skip.
    """
    assert (CORPUS / "exif-samples").is_dir(), f"sample corpus not found at {CORPUS}"
    assert (CORPUS / "cctv-age").is_dir(), f"sample corpus not found at {CORPUS}"
    return CORPUS


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test's vault lives."""
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    """A new field vault at the floor KDF parameters, unlocked; locked again afterwards."""
    s = Session.create(vault_dir, PASSPHRASE, "field", KdfParams.floor())
    yield s
    s.close()


PASSPHRASE = b"correct horse battery staple"
