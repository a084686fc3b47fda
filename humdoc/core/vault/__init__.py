"""The encrypted vault: keyslots, the SQLCipher database, schema migrations."""

from humdoc.core.vault.paths import VaultPaths
from humdoc.core.vault.vault import Vault, default_vault_path, resolve_vault_path

__all__ = ["Vault", "VaultPaths", "default_vault_path", "resolve_vault_path"]
