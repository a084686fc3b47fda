"""Test configuration: offscreen Qt, every path under tmp_path, the sample corpus located."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.kdf_once import derive_once_per_input

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No test may depend on the machine's speed: on a loaded machine one example can take longer than
# Hypothesis's default 200 ms deadline without anything being wrong. Tests that set their own
# deadline keep it.
settings.register_profile("humdoc", deadline=None)
settings.load_profile("humdoc")

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
    # The interface in English whatever the machine's language (the translation tests set their
    # own): GUI tests read what widgets say.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


#: Test modules about keys and passphrases themselves: Argon2id always runs afresh in them, so
#: that what they count, time or scan is the real thing.
KDF_SUBJECTS = ("test_vault", "test_duress", "test_keyslot", "test_kdf", "test_identities")


@pytest.fixture(autouse=True)
def _argon2id_once_per_input(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside ``KDF_SUBJECTS``, repeat derivations of the same input are not paid again."""
    if not request.path.name.startswith(KDF_SUBJECTS):
        monkeypatch.setattr(KdfParams, "derive", derive_once_per_input)


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


def template_vault(factory: pytest.TempPathFactory, role: str, passphrase: bytes) -> Path:
    """A new, locked ``role`` vault at the floor KDF parameters, under ``factory``'s folder."""
    home = factory.mktemp(f"template-{role}-home")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("HOME", str(home))
        for name, sub in (("DATA", ".local/share"), ("CONFIG", ".config"), ("CACHE", ".cache")):
            env.setenv(f"XDG_{name}_HOME", str(home / sub))
        where = factory.mktemp(f"template-{role}") / "vault"
        Session.create(where, passphrase, role, KdfParams.floor()).close()
    return where


@pytest.fixture(scope="session")
def new_field_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, locked field vault at the floor KDF parameters, made once per worker to be copied.

    A copy is a new vault as far as any one test can tell, without paying again for sealing its
    key with Argon2id and setting up its schema. Tests that need two distinct vaults of one role
    (two devices) create the second.
    """
    return template_vault(tmp_path_factory, "field", PASSPHRASE)


@pytest.fixture(scope="session")
def new_centre_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, locked centre vault, made once per worker to be copied (as ``new_field_vault``).

    Its keys differ from the field template's, so a copy of each makes a field and a centre.
    """
    return template_vault(tmp_path_factory, "centre", PASSPHRASE)


def copy_vault(template: Path, where: Path) -> Path:
    """A copy of a template vault at ``where`` (locked); ``where``."""
    shutil.copytree(template, where)
    return where


@pytest.fixture
def session(request: pytest.FixtureRequest, vault_dir: Path) -> Iterator[Session]:
    """A new field vault at the floor KDF parameters, unlocked; locked again afterwards.

    A copy of ``new_field_vault``, opened; in ``KDF_SUBJECTS`` (where Argon2id always runs
    afresh) a vault created for the test.
    """
    if request.path.name.startswith(KDF_SUBJECTS):
        s = Session.create(vault_dir, PASSPHRASE, "field", KdfParams.floor())
    else:
        shutil.copytree(request.getfixturevalue("new_field_vault"), vault_dir)
        s = Session.open(vault_dir, PASSPHRASE)
    yield s
    s.close()


PASSPHRASE = b"correct horse battery staple"
