"""Reading a stream completely: every byte that was expected, and not one more.

One ``read(n)`` of a stream returns *at most* ``n`` bytes: a decrypting reader returns one 64 KiB
chunk, a pipe what happens to be in it, a tar member what is left of it. Code that calls
``read(n)`` once and takes the result as the whole file silently keeps a prefix. Every reader in
humdoc that needs all of something goes through these helpers instead, which loop to the end and
check the length they were promised, so a short or long stream is a clear error, never a
truncated record.
"""

from __future__ import annotations

from typing import Protocol

from humdoc.core.errors import StreamLengthMismatch

#: How much one helper asks for per ``read``: bounded, so memory never doubles on a huge read.
READ_SLICE = 1 << 20


class Readable(Protocol):
    """Anything with ``read(n)`` returning up to ``n`` bytes, ``b""`` only at the end."""

    def read(self, n: int = ..., /) -> bytes | None: ...


def _next(stream: Readable, n: int) -> bytes:
    data = stream.read(n)
    # ``None`` is a non-blocking raw stream with nothing ready: nothing humdoc reads is one.
    return data or b""


def read_up_to(stream: Readable, n: int) -> bytes:
    """Up to ``n`` bytes: exactly ``n`` unless the stream ends first (then all that was left).

    Use it where fewer bytes are legitimate (the first few KiB of a file to sniff its type).
    """
    if n < 0:
        raise ValueError("a byte count cannot be negative")
    parts: list[bytes] = []
    got = 0
    while got < n:
        data = _next(stream, min(n - got, READ_SLICE))
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


def read_exact(stream: Readable, n: int, what: str = "The data") -> bytes:
    """Exactly the next ``n`` bytes of ``stream``; more may follow (they are not read).

    Raises ``StreamLengthMismatch`` if and only if the stream ends before ``n`` bytes.
    """
    data = read_up_to(stream, n)
    if len(data) != n:
        raise StreamLengthMismatch(what, n, len(data))
    return data


def expect_end(stream: Readable, expected: int, what: str = "The data") -> None:
    """Check that ``stream`` holds nothing more (it was promised ``expected`` bytes in all).

    Raises ``StreamLengthMismatch`` if and only if at least one more byte can be read.
    """
    if _next(stream, 1):
        raise StreamLengthMismatch(what, expected, expected + 1)


def read_all(stream: Readable, expected: int | None, cap: int, what: str = "The data") -> bytes:
    """The whole rest of ``stream``, read to its end.

    With ``expected``, the stream must hold exactly that many bytes; without it, any length up
    to ``cap``. Raises ``StreamLengthMismatch`` if and only if the stream ends early, holds more
    than promised, or (in either case) more than ``cap`` bytes; at most ``cap + 1`` bytes are
    ever read, so a hostile stream cannot make this hold more than that in memory.
    """
    if expected is not None:
        if expected > cap:
            raise StreamLengthMismatch(what, cap, expected)
        data = read_exact(stream, expected, what)
        expect_end(stream, expected, what)
        return data
    data = read_up_to(stream, cap + 1)
    if len(data) > cap:
        raise StreamLengthMismatch(what, cap, len(data))
    return data
