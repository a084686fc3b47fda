"""Vault-wide settings, kept inside the encrypted database."""

from __future__ import annotations

from dataclasses import dataclass

from humdoc.core.errors import InvalidInput
from humdoc.core.media.policy import Policy
from humdoc.core.vault.vault import Vault

DEFAULTS = {"default_policy": "evidence", "strip_at_intake": "off", "actor": "documenter"}


@dataclass(frozen=True)
class Settings:
    default_policy: Policy
    strip_at_intake: bool
    actor: str

    def to_json(self) -> dict[str, object]:
        return {
            "default_policy": str(self.default_policy),
            "strip_at_intake": self.strip_at_intake,
            "actor": self.actor,
        }


def load(vault: Vault) -> Settings:
    def get(key: str) -> str:
        return vault.meta(key) or DEFAULTS[key]

    return Settings(Policy(get("default_policy")), get("strip_at_intake") == "on", get("actor"))


def update(
    vault: Vault,
    *,
    default_policy: str | None = None,
    strip_at_intake: bool | None = None,
    actor: str | None = None,
) -> Settings:
    """Change the given settings; ``InvalidInput`` on a bad value (nothing changed then)."""
    if default_policy is not None and default_policy not in {p.value for p in Policy}:
        raise InvalidInput(f"Unknown policy {default_policy!r}; use keep, evidence or strip.")
    if actor is not None and not actor.strip():
        raise InvalidInput("The actor name must not be empty.")
    if default_policy is not None:
        vault.set_meta("default_policy", default_policy)
    if strip_at_intake is not None:
        vault.set_meta("strip_at_intake", "on" if strip_at_intake else "off")
    if actor is not None:
        vault.set_meta("actor", actor.strip()[:100])
    return load(vault)
