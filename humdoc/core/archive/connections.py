"""Saved archive connections: a short name for a ``postgresql://`` address, per user.

Kept in ``archives.json`` in the platform's per-user configuration folder (``~/.config/humdoc``
on Linux), readable by the user alone. An address holds where the archive is and which role
connects, never a secret: an address with a password in it is refused, because a file in the
configuration folder is neither encrypted nor erased with the vault. The PostgreSQL password
comes from libpq's own places (``~/.pgpass``, ``PGPASSWORD``, a client certificate) or is asked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from humdoc.core.errors import AlreadyExists, InvalidInput, NotFound
from humdoc.core.safefs import atomic_write, make_private_dir

FILE_NAME = "archives.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_SCHEMES = ("postgresql://", "postgres://")


def config_dir() -> Path:
    """The platform's per-user configuration folder for humdoc."""
    import platformdirs

    return platformdirs.user_config_path("humdoc", appauthor=False)


def is_address(text: str) -> bool:
    """Whether ``text`` is a ``postgresql://`` address (else it may be a saved name)."""
    return text.startswith(_SCHEMES)


def has_password(url: str) -> bool:
    """Whether a ``postgresql://`` address carries a password (in its user part or query)."""
    parts = urlsplit(url)
    try:
        in_user = parts.password is not None
    except ValueError:
        in_user = False
    return in_user or "password" in parse_qs(parts.query, keep_blank_values=True)


def check_address(url: str) -> str:
    """``url`` if it is a ``postgresql://`` address naming a database, else ``InvalidInput``."""
    if not is_address(url):
        raise InvalidInput("An archive address starts with 'postgresql://'.")
    parts = urlsplit(url)
    if not (parts.path.lstrip("/") or parse_qs(parts.query).get("dbname")):
        raise InvalidInput("The archive address names no database (postgresql://HOST/DATABASE).")
    return url


def _path() -> Path:
    return config_dir() / FILE_NAME


def _entries() -> dict[str, dict[str, str]]:
    """Every saved connection, name → {"url": address, and "store": blob store folder if one
    was saved}; an entry saved as a bare address (before folders were kept) reads as its url."""
    path = _path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError):
        raise InvalidInput(f"The saved connections file {path} is unreadable.") from None
    entries: dict[str, dict[str, str]] = {}
    for name, value in data.items() if isinstance(data, dict) else [(None, None)]:
        if isinstance(value, str):
            value = {"url": value}
        if not (
            isinstance(name, str)
            and isinstance(value, dict)
            and isinstance(value.get("url"), str)
            and all(k in ("url", "store") and isinstance(v, str) for k, v in value.items())
        ):
            raise InvalidInput(f"The saved connections file {path} is not a list of connections.")
        entries[name] = dict(value)
    return entries


def load() -> dict[str, str]:
    """Every saved connection, name → address."""
    return {name: entry["url"] for name, entry in _entries().items()}


def stores() -> dict[str, str]:
    """The blob store folder saved with each connection that has one, name → folder."""
    return {name: entry["store"] for name, entry in _entries().items() if "store" in entry}


def store_for(ref: str) -> str | None:
    """The blob store folder saved with the connection named ``ref`` (None for an address, or
    a connection saved without one)."""
    return None if is_address(ref) else stores().get(ref)


def _save(saved: dict[str, dict[str, str]]) -> None:
    folder = config_dir()
    make_private_dir(folder)
    atomic_write(_path(), json.dumps(saved, indent=2, sort_keys=True).encode() + b"\n")


def add(name: str, url: str, store: str | None = None) -> None:
    """Save ``url`` under ``name``, with the archive's blob store folder ``store`` if given (its
    absolute path: commands and the window then need not be told it again); refuse a password
    in the address, a bad name or a name in use."""
    if not _NAME.fullmatch(name):
        raise InvalidInput(
            "A connection's name is letters, digits, '.', '_' and '-' (at most 64 characters)."
        )
    check_address(url)
    if has_password(url):
        raise InvalidInput(
            "This address holds a password; a saved connection never does (the file is not "
            "encrypted). Save it without the password and give the password through "
            "~/.pgpass, PGPASSWORD or the prompt."
        )
    saved = _entries()
    if name in saved:
        raise AlreadyExists(f"A connection named {name!r} is saved already; remove it first.")
    saved[name] = {"url": url}
    if store:
        folder = Path(store).expanduser()
        if not folder.is_dir():
            raise InvalidInput(f"The blob store folder {store} is not a folder.")
        saved[name]["store"] = str(folder.resolve())
    _save(saved)


def remove(name: str) -> None:
    saved = _entries()
    if name not in saved:
        raise NotFound(f"No saved connection named {name!r}.")
    del saved[name]
    _save(saved)


def resolve(ref: str) -> str:
    """An address given as it is, or the address saved under the name ``ref``."""
    if is_address(ref):
        return check_address(ref)
    saved = load()
    if ref not in saved:
        raise NotFound(
            f"No saved connection named {ref!r}; give a postgresql:// address or add it with "
            "'humdoc archive connections add'."
        )
    return saved[ref]
