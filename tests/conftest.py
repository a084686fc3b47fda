"""Test configuration: offscreen Qt, every path under tmp_path, the shared corpus located."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


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


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared sample corpus (read-only). Missing corpus is a failure, not a skip."""
    assert CORPUS.is_dir(), f"shared corpus not found at {CORPUS}"
    return CORPUS
