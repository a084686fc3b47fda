"""The encrypted vault: keyslots, the SQLCipher database, schema migrations."""

from humdoc.core.vault.vault import Vault, VaultPaths, default_vault_path, resolve_vault_path

__all__ = ["Vault", "VaultPaths", "default_vault_path", "resolve_vault_path"]
