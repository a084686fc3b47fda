"""Where each part of a vault folder lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    """Where each part of a vault lives."""

    root: Path

    @property
    def keyfile(self) -> Path:
        return self.root / "vault.json"

    @property
    def db(self) -> Path:
        return self.root / "vault.db"

    @property
    def db_sidecars(self) -> tuple[Path, Path]:
        """SQLite's write-ahead log and shared-memory index beside ``vault.db``."""
        return self.root / "vault.db-wal", self.root / "vault.db-shm"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"
