"""Streaming age encryption and decryption of a bundle, plaintext only in bounded memory.

The caller's producer writes plaintext into an age payload writer, and the caller's consumer
reads plaintext from an age payload reader (``agestream``), in the calling thread; nothing is
ever written to a file but ciphertext, in batches of a few MiB.

pyrage still parses and checks recipient and identity strings (so humdoc accepts exactly the
keys the age tools accept); the bytes are then taken from the checked text. pyrage was the
cipher before: it held the GIL throughout and read its input 8 KiB at a time, which capped an
export at about half of ``tar | age`` (docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO, Protocol

from pyrage import x25519

from humdoc.core.bundle.ageheader import read_header
from humdoc.core.bundle.agestream import (
    AgeFailure,
    PayloadReader,
    PayloadWriter,
    new_file_key,
    unwrap_file_key,
    write_header,
)
from humdoc.core.bundle.offload import Batch, Immediate, Offload, helpers_wanted
from humdoc.core.crypto.points import (
    age_identity_bytes,
    age_recipient_bytes,
    x25519_has_small_order,
)
from humdoc.core.errors import BundleRejected, InvalidInput, MalformedKey


def parse_recipients(recipients: list[str]) -> list[x25519.Recipient]:
    """Parse age X25519 recipients (``age1…``), dropping duplicates.

    Raises ``InvalidInput`` if and only if the list is empty or one entry is not an X25519
    recipient (passphrases, SSH keys, plugin and post-quantum recipients are refused) or is a
    degenerate point of small order (``crypto.points``).
    """
    parsed: dict[str, x25519.Recipient] = {}
    for text in recipients:
        text = text.strip()
        try:
            recipient = x25519.Recipient.from_str(text)
        except Exception:  # pyrage raises its own RecipientError, or ValueError
            shown = text[:12] + "…" if len(text) > 12 else text
            raise MalformedKey(
                f"{shown!r} is not an age X25519 recipient key (it must start with age1)."
            ) from None
        raw = age_recipient_bytes(text)
        if raw is None or x25519_has_small_order(raw):
            # age would "encrypt" to such a key with a secret anyone can compute (pyrage aborts).
            raise MalformedKey(
                "This age recipient key is degenerate (a point of small order): anything "
                "encrypted to it could be read by anyone; ask the centre for its real key."
            )
        parsed[str(recipient)] = recipient
    if not parsed:
        raise InvalidInput("A bundle needs at least one recipient.")
    return list(parsed.values())


def parse_identities(identities: list[str]) -> list[bytes]:
    """Parse age X25519 identities (``AGE-SECRET-KEY-1…``) into their 32 secret bytes.

    Raises ``InvalidInput`` if and only if the list is empty or an entry is not one.
    """
    parsed = []
    for text in identities:
        try:
            canonical = str(x25519.Identity.from_str(text.strip()))
        except Exception:
            canonical = ""
        secret = age_identity_bytes(canonical)
        if secret is None:
            raise MalformedKey("An age identity is malformed (expected AGE-SECRET-KEY-1…).")
        parsed.append(secret)
    if not parsed:
        raise InvalidInput("No age identity was given to decrypt with.")
    return parsed


#: Hash and write the ciphertext on a helper thread (``offload``) rather than in the producer's:
#: True, False, or None to decide by the load (``offload.helpers_wanted``). On the 2-core machine
#: of docs/benchmarks.md the helper thread made an export about 1.4 times faster while a core was
#: free, and 2.4 times slower while other jobs kept both cores busy.
WRITE_THREAD: bool | None = None


def _write_thread() -> bool:
    """Whether the export uses its helper thread (``WRITE_THREAD``, by default by the load)."""
    return helpers_wanted(WRITE_THREAD)


def encrypt_stream(
    write_plaintext: Callable[[BinaryIO], None], out: BinaryIO, recipients: list[str]
) -> None:
    """Encrypt what ``write_plaintext`` writes into ``out`` as one age v1 file.

    ``write_plaintext`` runs in the calling thread; ``out.write`` is called in order, with large
    views valid only during the call (from a helper thread, see ``WRITE_THREAD``). Raises ``InvalidInput`` (before
    writing) if a recipient is not an X25519 ``age1…`` key; otherwise raises whatever
    ``write_plaintext`` raised (which includes the ``OSError`` writing ``out`` raised, handed
    back to the producer's next write), else that ``OSError``; in every such case ``out`` holds
    an incomplete age file that fails to decrypt (its last chunk is never written).
    """
    keys = [age_recipient_bytes(str(r)) for r in parse_recipients(recipients)]
    file_key = new_file_key()
    with Offload("humdoc-age-write") if _write_thread() else Immediate() as sink:
        batch = Batch(sink)  # a few large writes rather than one per 64 KiB chunk
        write = out.write  # one bound method: consecutive pieces go out in one write
        batch.add(write_header(file_key, [k for k in keys if k is not None]), write)

        def emit(parts: list[bytes]) -> None:
            for part in parts:
                batch.add(part, write)

        payload = PayloadWriter(file_key, emit)
        write_plaintext(payload)  # type: ignore[arg-type]
        payload.close()
        batch.wait()
        out.flush()


def _rejected(cause: BaseException) -> BundleRejected:
    error = BundleRejected(
        "decrypt-failed",
        "The bundle could not be decrypted: it is damaged, altered, truncated, or not "
        "encrypted to this centre's key.",
    )
    error.__cause__ = cause
    return error


class AgeSource(Protocol):
    """Where an age file is read from: ``read(n)`` for the header, ``readinto`` for the rest
    (a binary file, or the bundle reader's ``source.CountedSource``)."""

    def read(self, n: int = -1, /) -> bytes: ...

    def readinto(self, buffer: memoryview, /) -> int: ...


def decrypt_stream(
    src: AgeSource, identities: list[str], consume: Callable[[BinaryIO], None]
) -> None:
    """Decrypt the age file read from ``src`` and hand the plaintext to ``consume`` as a stream.

    The header is checked first (see ``ageheader.read_header``). ``consume`` runs in the calling
    thread; whatever it leaves unread is read and dropped so the whole file is authenticated.
    Plaintext reaches ``consume`` before the end of the file is authenticated: a caller must
    treat everything it kept as void unless this function returns.

    Raises ``BundleRejected("not-age" | "bad-header" | "bad-recipient-type")`` before decrypting,
    ``BundleRejected("decrypt-failed")`` if no identity matches, the header MAC is wrong or the
    payload is damaged, reordered or truncated, the exception reading ``src`` raised if that failed, and otherwise the
    exception ``consume`` raised; returns if and only if the whole file decrypted and ``consume``
    returned.
    """
    secrets = parse_identities(identities)
    header = read_header(src)
    try:
        reader = PayloadReader(src.readinto, unwrap_file_key(header, secrets), header.rest)
    except AgeFailure as exc:
        raise _rejected(exc) from None
    try:
        consume(reader)  # type: ignore[arg-type]
    except AgeFailure as exc:  # only authenticated chunks reach ``consume``: damage shows here
        raise _rejected(exc) from None
    try:
        reader.drain()
    except AgeFailure as exc:
        raise _rejected(exc) from None
