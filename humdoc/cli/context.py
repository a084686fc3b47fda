"""What a command handler needs: the vault location, secrets, the open session, the output."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from humdoc.cli import secrets
from humdoc.cli.output import Output
from humdoc.core.session import Session
from humdoc.core.vault import resolve_vault_path


@dataclass
class Context:
    vault_path: Path
    out: Output
    passphrase_file: str | None
    new_passphrase_file: str | None
    _session: Session | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(
            vault_path=resolve_vault_path(getattr(args, "vault", None)),
            out=Output(bool(getattr(args, "json", False))),
            passphrase_file=getattr(args, "passphrase_file", None),
            new_passphrase_file=getattr(args, "new_passphrase_file", None),
        )

    def passphrase(self, confirm: bool = False) -> bytes:
        return secrets.passphrase(self.passphrase_file, confirm)

    def new_secret(self, label: str, confirm: bool = True) -> bytes:
        """A second secret; ``confirm=False`` for one that unlocks something that exists."""
        if not confirm:
            return secrets.unlock_secret(self.new_passphrase_file, label)
        return secrets.second_secret(self.new_passphrase_file, label)

    def session(self) -> Session:
        """Unlock the vault (once per command)."""
        if self._session is None:
            self._session = Session.open(self.vault_path, self.passphrase())
        return self._session

    def adopt(self, session: Session) -> Session:
        """Use a session a handler created itself (``init``) and close it at the end."""
        self._session = session
        return session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None
