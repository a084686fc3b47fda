"""Passphrase strength floor (zxcvbn) and suggested diceware passphrases."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from humdoc.core import passphrases
from humdoc.core.errors import InvalidInput, WeakPassphrase


@pytest.mark.parametrize(
    "weak",
    ["a", "1234", "password", "qwertyuiop", "Summer2024", "aaaaaaaaaaaaaaaaaaaa", "humdoc123"],
)
def test_weak_passphrases_are_refused_with_a_one_line_reason(weak: str) -> None:
    with pytest.raises(WeakPassphrase) as info:
        passphrases.require_strong(weak.encode())
    message = str(info.value)
    assert "\n" not in message
    assert "too easy to guess" in message
    assert isinstance(info.value, InvalidInput)  # the CLI's exit code for bad input


@pytest.mark.parametrize(
    "strong", ["correct horse battery staple", "centre owl lantern 99", "mango-verdict-stump-ozone"]
)
def test_strong_passphrases_pass(strong: str) -> None:
    passphrases.require_strong(strong.encode())
    assert passphrases.estimate(strong).acceptable


def test_context_words_count_against_a_passphrase() -> None:
    """The vault's own name is among the first things an attacker tries."""
    alone = passphrases.estimate("kharkivfield2026")
    with_context = passphrases.estimate("kharkivfield2026", ("kharkivfield",))
    assert with_context.guesses_log10 < alone.guesses_log10


def test_long_passphrases_are_judged_by_their_beginning_without_error() -> None:
    long = "orbit " * 10 + "tulip vessel crater " * 5
    assert len(long) > 72
    passphrases.require_strong(long.encode())
    with pytest.raises(WeakPassphrase):
        passphrases.require_strong(b"a" * 500)


def test_non_utf8_secrets_are_judged_by_length() -> None:
    with pytest.raises(WeakPassphrase):
        passphrases.require_strong(b"\xff\xfe")
    passphrases.require_strong(bytes(range(128, 160)))


def test_ratings_follow_bits() -> None:
    assert passphrases.estimate("1234").rating == 0
    assert passphrases.estimate(passphrases.suggest()).rating >= 2


def test_wordlist_is_the_eff_long_list() -> None:
    words = passphrases.wordlist()
    assert len(words) == 7776 == len(set(words))
    assert words[0] == "abacus" and words[-1] == "zoom"
    # Each word is unique in its first three letters... as the EFF designed it.
    assert all(w.isalpha() or "-" in w for w in words)


def test_suggestions_are_uniform_random_words_that_pass_the_floor() -> None:
    pool = set(passphrases.wordlist())
    seen: Counter[str] = Counter()
    suggestions = {passphrases.suggest() for _ in range(300)}
    assert len(suggestions) == 300  # never repeats
    for s in suggestions:
        words = s.split(" ")
        assert len(words) == passphrases.SUGGESTED_WORDS
        assert set(words) <= pool
        seen.update(words)
        passphrases.require_strong(s.encode())
    # 1,800 draws from 7,776 words: a biased generator (say, only the first 1,000 words)
    # would show far fewer distinct words than a uniform one (expected about 1,600).
    assert len(seen) > 1400
    assert math.isclose(passphrases.SUGGESTED_WORDS * math.log2(7776), 77.5, abs_tol=0.1)
    with pytest.raises(ValueError):
        passphrases.suggest(3)
