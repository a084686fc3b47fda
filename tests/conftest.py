"""Test configuration: offscreen Qt, every path under tmp_path, the shared corpus located."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

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
    monkeypatch.setenv("HUMDOC_KDF", "floor")


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared sample corpus (read-only). Missing corpus is a failure, not a skip."""
    assert CORPUS.is_dir(), f"shared corpus not found at {CORPUS}"
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
