"""How strong a passphrase is, the floor below which humdoc refuses one, and suggested ones.

Strength is estimated with zxcvbn (Dropbox's estimator, as KeePassXC and Bitwarden use): it
finds dictionary words, names, keyboard patterns, dates, repeats and common substitutions, and
estimates how many guesses an attacker who knows those patterns needs. humdoc refuses a vault
or identity-compartment passphrase estimated below ``FLOOR_GUESSES_LOG10`` (10^12 guesses, about
40 bits: with Argon2id at its 64 MiB / t=3 floor, beyond the reach of an attacker with a laptop
or a rented GPU farm for years). Suggested passphrases are six words drawn with ``secrets`` from
the EFF long word list (77.5 bits).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from humdoc.core.errors import WeakPassphrase
from humdoc.core.resources import resources_dir

#: Passphrases estimated to fall in fewer guesses than 10 to this power are refused.
FLOOR_GUESSES_LOG10 = 12.0
#: zxcvbn reads at most this many characters; a longer passphrase is at least as strong as its
#: beginning, so the beginning's estimate is a safe lower bound.
_ESTIMATOR_MAX = 72
SUGGESTED_WORDS = 6
_WORDLIST_SIZE = 7776

#: Ratings, weakest first, as KeePassXC names them (bits = log2 of the guesses).
RATINGS = ("Poor", "Weak", "Good", "Excellent")


@dataclass(frozen=True)
class Strength:
    """zxcvbn's estimate of one passphrase."""

    guesses_log10: float
    warning: str
    suggestions: tuple[str, ...]

    @property
    def bits(self) -> float:
        """The estimate as bits of entropy (log2 of the guesses)."""
        return self.guesses_log10 / math.log10(2)

    @property
    def acceptable(self) -> bool:
        """True if and only if humdoc accepts this passphrase for a vault or compartment."""
        return self.guesses_log10 >= FLOOR_GUESSES_LOG10

    @property
    def rating(self) -> int:
        """0 Poor (< 40 bits), 1 Weak (< 65), 2 Good (< 100), 3 Excellent; index into RATINGS."""
        bits = self.bits
        if not self.acceptable:
            return 0
        if bits < 65:
            return 1
        if bits < 100:
            return 2
        return 3

    def reason(self) -> str:
        """One line saying why the passphrase is refused (or how strong it is)."""
        detail = f" ({self.warning.rstrip('.')})" if self.warning else ""
        if self.acceptable:
            return f"{RATINGS[self.rating]}: about {self.bits:.0f} bits{detail}."
        return (
            f"This passphrase is too easy to guess{detail}: about {self.bits:.0f} bits, at least "
            f"{FLOOR_GUESSES_LOG10 / math.log10(2):.0f} are needed. Use four or more random "
            "words, or the one 'humdoc passphrase suggest' gives."
        )


def estimate(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    """Estimate ``passphrase``'s strength; ``context`` holds words an attacker would try first
    (the vault's folder name, the role, the app's name)."""
    if not passphrase:
        return Strength(0.0, "The passphrase is empty.", ())
    # Loaded on first use: its dictionaries cost more than the whole unlock window.
    from zxcvbn import zxcvbn

    result = zxcvbn(
        passphrase[:_ESTIMATOR_MAX],
        user_inputs=["humdoc", *context],
        max_length=_ESTIMATOR_MAX,
    )
    feedback = result.get("feedback", {})
    return Strength(
        float(result["guesses_log10"]),
        str(feedback.get("warning") or ""),
        tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


def require_strong(passphrase: bytes, context: tuple[str, ...] = ()) -> None:
    """Raise ``WeakPassphrase`` (with its one-line reason) if and only if the passphrase is
    below the floor."""
    try:
        text = passphrase.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8 (a key file's raw bytes): judge by length alone, 8 bits a byte at most.
        if len(passphrase) * 8 < FLOOR_GUESSES_LOG10 / math.log10(2):
            raise WeakPassphrase("This passphrase is too short.") from None
        return
    strength = estimate(text, context)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason())


@cache
def wordlist() -> tuple[str, ...]:
    """The EFF long word list shipped in resources/wordlists (7,776 words)."""
    path = resources_dir() / "wordlists" / "eff_large_wordlist.txt"
    words = tuple(w for w in path.read_text(encoding="utf-8").split() if w)
    if len(words) != _WORDLIST_SIZE or len(set(words)) != _WORDLIST_SIZE:
        raise RuntimeError(f"{path.name} is damaged: expected {_WORDLIST_SIZE} distinct words")
    return words


def suggest(words: int = SUGGESTED_WORDS) -> str:
    """A new passphrase of ``words`` words chosen uniformly with ``secrets`` (12.9 bits each)."""
    if words < 4:
        raise ValueError("a suggested passphrase has at least four words")
    pool = wordlist()
    import secrets  # loads OpenSSL: not before the unlock window shows

    return " ".join(secrets.choice(pool) for _ in range(words))
