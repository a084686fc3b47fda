"""The encrypted vault: keyslots, the SQLCipher database, schema migrations."""

from humdoc.core.location import default_vault_path, resolve_vault_path
from humdoc.core.vault.paths import VaultPaths
from humdoc.core.vault.vault import Vault

__all__ = ["Vault", "VaultPaths", "default_vault_path", "resolve_vault_path"]
