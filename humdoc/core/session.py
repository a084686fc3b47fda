"""The service API: one unlocked vault and everything a user can do with it.

The CLI and the GUI both hold a ``Session`` and call its parts; neither contains domain logic.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from humdoc.core.domain import search as search_mod
from humdoc.core.domain.cases import Cases
from humdoc.core.domain.persons import Persons
from humdoc.core.domain.search import SearchHit
from humdoc.core.domain.taxonomy import Taxonomy, load_taxonomy
from humdoc.core.domain.testimonies import Testimonies
from humdoc.core.vault import Vault
from humdoc.core.vault.keyslots import KdfParams


class Session:
    """An unlocked vault with its repositories. Use as a context manager, or call ``close()``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.db = vault.db
        self.cases = Cases(self.db)
        self.persons = Persons(self.db)
        self.testimonies = Testimonies(self.db, self.persons)

    @classmethod
    def create(
        cls, root: Path, passphrase: bytes, role: str = "field", params: KdfParams | None = None
    ) -> Session:
        """Create a vault at ``root`` and return it unlocked."""
        return cls(Vault.create(root, passphrase, role, params))

    @classmethod
    def open(cls, root: Path, passphrase: bytes) -> Session:
        """Unlock the vault at ``root``."""
        return cls(Vault.unlock(root, passphrase))

    @property
    def role(self) -> str:
        return self.vault.role

    @property
    def root(self) -> Path:
        return self.vault.paths.root

    def search(self, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
        """Full-text search over non-identifying fields."""
        return search_mod.search(self.db, text, limit, kind)

    def taxonomy(self) -> Taxonomy:
        return load_taxonomy()

    def change_passphrase(self, old: bytes, new: bytes, params: KdfParams | None = None) -> None:
        """Rewrap the master key under a new passphrase."""
        self.vault.change_passphrase(old, new, params)

    def check(self) -> list[str]:
        """Every problem the database's integrity checks find; empty when the vault is sound."""
        return self.db.integrity_problems()

    def close(self) -> None:
        """Lock the vault: checkpoint, close, wipe keys."""
        self.vault.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
