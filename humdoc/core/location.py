"""Where the vault is: ``--vault PATH``, ``HUMDOC_VAULT``, or the platform's per-user data folder.

Kept apart from ``humdoc.core.vault`` (which loads SQLCipher, Argon2id and the keyslot code) so
that the window can name the vault it will unlock before any of that is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path


def default_vault_path() -> Path:
    """The platform's per-user data folder for humdoc's vault."""
    import platformdirs  # only when no vault was named: the window usually knows the last one

    return platformdirs.user_data_path("humdoc", appauthor=False) / "vault"


def resolve_vault_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--vault PATH``, else ``HUMDOC_VAULT``, else the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("HUMDOC_VAULT")
    if env:
        return Path(env).expanduser()
    return default_vault_path()
