"""Where the command line gets secrets: a file, the environment, or a no-echo prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from humdoc.core.errors import EmptyPassphrase, InvalidInput, UsageError

ENV_PASSPHRASE = "HUMDOC_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret


def _read_secret_file(path: str, what: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    # One trailing newline is the editor's, not the passphrase's.
    if data.endswith(b"\r\n"):
        data = data[:-2]
    elif data.endswith(b"\n"):
        data = data[:-1]
    if not data:
        raise InvalidInput(f"The {what} file {path} is empty.")
    return data


def _prompt(label: str, confirm: bool, hint: str = "") -> bytes:
    if not sys.stdin.isatty():
        hint = hint or f"--passphrase-file, {ENV_PASSPHRASE}"
        raise UsageError(f"No {label.lower()} given: use {hint} or run in a terminal.")
    first = getpass.getpass(f"{label}: ")
    if not first:
        raise EmptyPassphrase(label.lower())
    if confirm and getpass.getpass(f"{label} again: ") != first:
        raise InvalidInput(f"The two {label.lower()}s differ; nothing was changed.")
    return first.encode("utf-8")


def passphrase(file: str | None, confirm: bool = False) -> bytes:
    """The vault passphrase from ``--passphrase-file``, ``HUMDOC_PASSPHRASE`` or a prompt."""
    if file:
        return _read_secret_file(file, "passphrase")
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        if not env:
            raise InvalidInput(f"{ENV_PASSPHRASE} is set but empty.")
        return env.encode("utf-8")
    return _prompt("Passphrase", confirm)


def second_secret(file: str | None, label: str) -> bytes:
    """A second secret (new passphrase, duress passphrase …) from a file or a confirmed prompt."""
    if file:
        return _read_secret_file(file, label.lower())
    return _prompt(label, confirm=True, hint="--new-passphrase-file")


def unlock_secret(file: str | None, label: str) -> bytes:
    """A second secret that unlocks something existing (the identity compartment): from
    ``--new-passphrase-file`` or a no-echo prompt asked once, without confirmation."""
    if file:
        return _read_secret_file(file, label.lower())
    return _prompt(label, confirm=False, hint="--new-passphrase-file")
