"""CLI fixtures: new vaults as ``humdoc init`` makes them, made once per worker to be copied."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import CLI_PASSPHRASE
from tests.conftest import template_vault


@pytest.fixture(scope="session")
def cli_field_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new field vault under the ``Cli`` passphrase (``init`` is tested on its own elsewhere).

    ``Cli.init_from`` copies it; a test that needs a second field vault runs ``init`` for it.
    """
    return template_vault(tmp_path_factory, "field", CLI_PASSPHRASE.encode())


@pytest.fixture(scope="session")
def cli_centre_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new centre vault under the ``Cli`` passphrase, as ``init --role centre`` makes it."""
    return template_vault(tmp_path_factory, "centre", CLI_PASSPHRASE.encode())
