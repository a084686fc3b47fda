"""Streaming age encryption and decryption through pyrage, with plaintext only in a pipe.

pyrage's ``encrypt_io``/``decrypt_io`` pull from a reader and push to a writer. humdoc runs pyrage
in a helper thread with one end of an ``os.pipe`` and the caller's producer or consumer in the
calling thread with the other end, so the plaintext only ever exists in the pipe's kernel buffer
and in bounded chunks in memory, never in a file.

pyrage 1.4.0 holds the GIL while it encrypts or decrypts (it does not release it around the
cipher), so the two sides overlap only while the other side is in a system call or in hashlib,
both of which release it. That is enough: the bundle writer keeps up with ``tar | age``.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from typing import BinaryIO

import pyrage
from pyrage import x25519

from humdoc.core.bundle.ageheader import read_header
from humdoc.core.crypto.points import age_recipient_bytes, x25519_has_small_order
from humdoc.core.errors import BundleError, BundleRejected, InvalidInput, MalformedKey

try:
    import fcntl
except ImportError:  # Windows: pipes keep their default size
    fcntl = None  # type: ignore[assignment]

PIPE_CHUNK = 1 << 20


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


def parse_identities(identities: list[str]) -> list[x25519.Identity]:
    """Parse age X25519 identities (``AGE-SECRET-KEY-1…``).

    Raises ``InvalidInput`` if and only if the list is empty or an entry is not one.
    """
    parsed = []
    for text in identities:
        try:
            parsed.append(x25519.Identity.from_str(text.strip()))
        except Exception:
            raise MalformedKey(
                "An age identity is malformed (expected AGE-SECRET-KEY-1…)."
            ) from None
    if not parsed:
        raise InvalidInput("No age identity was given to decrypt with.")
    return parsed


def _pipe() -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    if fcntl is not None and hasattr(fcntl, "F_SETPIPE_SZ"):
        # A bigger pipe means fewer hand-overs between the two threads; the default is 64 KiB.
        with contextlib.suppress(OSError):
            fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, PIPE_CHUNK)
    return read_fd, write_fd


class _PipeSource:
    """pyrage's reader: the pipe's read end, failing at EOF if the producer did not finish."""

    def __init__(self, fd: int) -> None:
        self._file = os.fdopen(fd, "rb", buffering=0)
        self.producer_failed = False

    def read(self, n: int = -1) -> bytes:
        data = self._file.read(n if n > 0 else PIPE_CHUNK) or b""
        if not data and self.producer_failed:
            raise OSError("the bundle's content was not produced completely")
        return data

    def close(self) -> None:
        self._file.close()


class _Recorder:
    """Wrap a writer so the first exception it raised survives pyrage's own error wrapping."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        try:
            return self._out.write(data)
        except BaseException as exc:
            self.error = self.error or exc
            raise

    def flush(self) -> None:
        self._out.flush()


def encrypt_stream(
    write_plaintext: Callable[[BinaryIO], None], out: BinaryIO, recipients: list[str]
) -> None:
    """Encrypt what ``write_plaintext`` writes into ``out`` as one age v1 file.

    ``write_plaintext`` runs in the calling thread and writes into a pipe; pyrage runs in a helper
    thread. Raises whatever ``write_plaintext`` raised, else the ``OSError`` writing ``out``
    raised, else ``BundleError`` if pyrage failed; in every such case ``out`` holds an
    incomplete age file that fails to decrypt. Raises ``InvalidInput`` (before writing) if a
    recipient is not an X25519 ``age1…`` key.
    """
    parsed = parse_recipients(recipients)
    read_fd, write_fd = _pipe()
    source = _PipeSource(read_fd)
    sink = _Recorder(out)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.encrypt_io(source, sink, parsed)
        except BaseException as exc:
            errors.append(exc)
        finally:
            source.close()  # a producer still writing now gets BrokenPipeError, not a hang

    worker = threading.Thread(target=run, name="humdoc-age-encrypt", daemon=True)
    worker.start()
    producer_error: BaseException | None = None
    pipe = os.fdopen(write_fd, "wb", buffering=PIPE_CHUNK)
    try:
        write_plaintext(pipe)
        pipe.flush()
    except BaseException as exc:
        producer_error = exc
        source.producer_failed = True
    finally:
        with contextlib.suppress(OSError):
            pipe.close()
        worker.join()
    if producer_error is not None and not isinstance(producer_error, BrokenPipeError):
        raise producer_error
    if sink.error is not None:
        raise sink.error
    if errors:
        raise BundleError(f"Encrypting the bundle failed: {errors[0]}") from errors[0]
    if producer_error is not None:
        raise producer_error


class _PipeSink:
    """pyrage's writer: the pipe's write end; notes when the consumer closed its end early."""

    def __init__(self, fd: int) -> None:
        self._file = os.fdopen(fd, "wb", buffering=PIPE_CHUNK)
        self.broken = False

    def write(self, data: bytes) -> int:
        try:
            return self._file.write(data)
        except OSError:
            self.broken = True
            raise

    def flush(self) -> None:
        try:
            self._file.flush()
        except OSError:
            self.broken = True
            raise

    def close(self) -> None:
        try:
            self._file.close()
        except OSError:
            self.broken = True


class _Prefixed:
    """pyrage's reader: the header bytes already consumed, then the rest of the source."""

    def __init__(self, prefix: bytes, src: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._src = src
        self.error: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        n = n if n > 0 else PIPE_CHUNK
        if self._prefix:
            data = bytes(self._prefix[:n])
            self._prefix = self._prefix[n:]
            return data
        try:
            return self._src.read(n)
        except BaseException as exc:
            self.error = self.error or exc
            raise


def decrypt_stream(
    src: BinaryIO, identities: list[str], consume: Callable[[BinaryIO], None]
) -> None:
    """Decrypt the age file read from ``src`` and hand the plaintext to ``consume`` as a stream.

    The header is checked first (see ``ageheader.read_header``). ``consume`` runs in the calling
    thread; whatever it leaves unread is read and dropped so the whole file is authenticated.
    Plaintext reaches ``consume`` before the end of the file is authenticated: a caller must
    treat everything it kept as void unless this function returns.

    Raises ``BundleRejected("not-age" | "bad-header" | "bad-recipient-type")`` before decrypting,
    ``BundleRejected("decrypt-failed")`` if pyrage fails (no identity matches, bad MAC, damaged
    or truncated payload), the exception ``src.read`` raised if that failed, and otherwise the
    exception ``consume`` raised; returns if and only if the whole file decrypted and ``consume``
    returned.
    """
    parsed = parse_identities(identities)
    header = read_header(src)
    source = _Prefixed(header.raw + header.rest, src)
    read_fd, write_fd = _pipe()
    sink = _PipeSink(write_fd)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.decrypt_io(source, sink, parsed)
        except BaseException as exc:
            errors.append(exc)
        finally:
            sink.close()

    worker = threading.Thread(target=run, name="humdoc-age-decrypt", daemon=True)
    worker.start()
    consumer_error: BaseException | None = None
    plaintext = os.fdopen(read_fd, "rb", buffering=PIPE_CHUNK)
    try:
        consume(plaintext)
        while plaintext.read(PIPE_CHUNK):
            pass
    except BaseException as exc:
        consumer_error = exc
    finally:
        plaintext.close()  # unblocks pyrage if it is still writing
        worker.join()
    if source.error is not None:
        raise source.error
    if errors and not sink.broken:
        raise BundleRejected(
            "decrypt-failed",
            "The bundle could not be decrypted: it is damaged, altered, truncated, or not "
            "encrypted to this centre's key.",
        ) from errors[0]
    if consumer_error is not None:
        raise consumer_error
    if errors:
        raise BundleRejected("decrypt-failed", "The bundle could not be decrypted.") from errors[0]
