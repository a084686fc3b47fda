"""Argon2id computed once per input in a test process, for tests that are not about the KDF."""

from __future__ import annotations

from humdoc.core.vault.keyslots import KdfParams

_REAL_DERIVE = KdfParams.derive
_DERIVED: dict[tuple[KdfParams, bytes, bytes], bytes] = {}


def derive_once_per_input(params: KdfParams, passphrase: bytes, salt: bytes) -> bytearray:
    """``KdfParams.derive`` with each result kept for this process: the same bytes, computed once.

    Argon2id is deterministic, so a second derivation of the same passphrase, salt and parameters
    can only give the same key; every CLI command and every unlock in a test re-derives the keys
    of a vault the test has already opened. The parameters are still checked on every call, and
    every new salt (every slot sealed) still costs a real derivation at the floor or above.
    """
    params.check()
    key = (params, bytes(passphrase), bytes(salt))
    if key not in _DERIVED:
        derived = _REAL_DERIVE(params, passphrase, salt)
        _DERIVED[key] = bytes(derived)
        derived[:] = bytes(len(derived))
    return bytearray(_DERIVED[key])
