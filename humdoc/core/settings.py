"""Vault-wide settings, kept inside the encrypted database."""

from __future__ import annotations

from dataclasses import dataclass

from humdoc.core.errors import EmptyField, InvalidInput, UnknownPolicy
from humdoc.core.media.policy import Policy
from humdoc.core.vault.vault import Vault

#: The auto-lock timeout's bounds, in minutes. No "never": an open vault left unattended is the
#: one state in which the vault's encryption protects nothing.
AUTO_LOCK_MIN_MINUTES = 1
AUTO_LOCK_MAX_MINUTES = 24 * 60

DEFAULTS = {
    "default_policy": "evidence",
    "strip_at_intake": "off",
    "actor": "documenter",
    "auto_lock_minutes": "10",
    "remove_when_receipted": "off",
}


@dataclass(frozen=True)
class Settings:
    default_policy: Policy
    strip_at_intake: bool
    actor: str
    #: Lock the open vault after this many minutes without a key press or mouse use (GUI).
    auto_lock_minutes: int = int(DEFAULTS["auto_lock_minutes"])
    #: Remove media from this device as soon as a centre's receipt declares them safe there
    #: (``humdoc.core.exchange.receipts``); testimonies are only ever removed on request.
    remove_when_receipted: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "default_policy": str(self.default_policy),
            "strip_at_intake": self.strip_at_intake,
            "actor": self.actor,
            "auto_lock_minutes": self.auto_lock_minutes,
            "remove_when_receipted": self.remove_when_receipted,
        }


def _auto_lock_minutes(stored: str | None) -> int:
    # Only humdoc writes this value, inside the encrypted database; should it still be unreadable
    # or out of bounds, the default (never "no auto-lock") applies.
    try:
        minutes = int(stored or DEFAULTS["auto_lock_minutes"])
    except ValueError:
        return int(DEFAULTS["auto_lock_minutes"])
    if not AUTO_LOCK_MIN_MINUTES <= minutes <= AUTO_LOCK_MAX_MINUTES:
        return int(DEFAULTS["auto_lock_minutes"])
    return minutes


def load(vault: Vault) -> Settings:
    def get(key: str) -> str:
        return vault.meta(key) or DEFAULTS[key]

    return Settings(
        Policy(get("default_policy")),
        get("strip_at_intake") == "on",
        get("actor"),
        _auto_lock_minutes(vault.meta("auto_lock_minutes")),
        get("remove_when_receipted") == "on",
    )


def update(
    vault: Vault,
    *,
    default_policy: str | None = None,
    strip_at_intake: bool | None = None,
    actor: str | None = None,
    auto_lock_minutes: int | None = None,
    remove_when_receipted: bool | None = None,
) -> Settings:
    """Change the given settings; ``InvalidInput`` on a bad value (nothing changed then).

    ``auto_lock_minutes`` must lie within ``AUTO_LOCK_MIN_MINUTES`` … ``AUTO_LOCK_MAX_MINUTES``.
    """
    if default_policy is not None and default_policy not in {p.value for p in Policy}:
        raise UnknownPolicy(default_policy)
    if actor is not None and not actor.strip():
        raise EmptyField("actor name")
    if auto_lock_minutes is not None and not (
        AUTO_LOCK_MIN_MINUTES <= auto_lock_minutes <= AUTO_LOCK_MAX_MINUTES
    ):
        raise InvalidInput(
            f"The auto-lock timeout must be {AUTO_LOCK_MIN_MINUTES} to "
            f"{AUTO_LOCK_MAX_MINUTES} minutes."
        )
    if default_policy is not None:
        vault.set_meta("default_policy", default_policy)
    if strip_at_intake is not None:
        vault.set_meta("strip_at_intake", "on" if strip_at_intake else "off")
    if actor is not None:
        vault.set_meta("actor", actor.strip()[:100])
    if auto_lock_minutes is not None:
        vault.set_meta("auto_lock_minutes", str(auto_lock_minutes))
    if remove_when_receipted is not None:
        vault.set_meta("remove_when_receipted", "on" if remove_when_receipted else "off")
    return load(vault)
