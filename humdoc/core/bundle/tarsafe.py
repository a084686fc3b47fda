"""A streaming POSIX tar writer and a defensive streaming tar reader, regular files only.

The writer emits ustar headers (with a pax ``path``/``size`` record only when a name or size does
not fit), mode 0644, uid/gid 0, empty user and group names and one fixed mtime, so two exports of
the same content differ only by their encryption. No directory entries are written.

The reader parses headers itself rather than trusting ``tarfile``: every header is checked before a
single byte of its data is read, pax headers are size-capped (``tarfile`` would read a pax header
of any declared size into memory), and nothing is ever written to the filesystem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from humdoc.core.errors import BundleError, BundleRejected, PathEscape, StreamLengthMismatch
from humdoc.core.safefs import safe_member_path
from humdoc.core.streams import read_exact

BLOCK = 512
RECORD = BLOCK * 20  # what tar(1) pads an archive to
CHUNK = 1 << 20
_MAX_OCTAL_SIZE = 8**11 - 1
# Numbers in a pax record are ASCII decimal digits only: ``str.isdigit`` and ``int`` would also
# take "²" or Arabic-Indic digits. 19 digits hold any size a file system can have.
_PAX_DECIMAL = re.compile(rb"[0-9]{1,19}")
_REGULAR = (b"0", b"\x00")
_TYPE_NAMES = {
    b"1": "a hard link",
    b"2": "a symbolic link",
    b"3": "a character device",
    b"4": "a block device",
    b"5": "a folder entry",
    b"6": "a FIFO",
    b"7": "a contiguous file",
    b"g": "a global pax header",
    b"L": "a GNU long name",
    b"K": "a GNU long link name",
}


def _octal(value: int, width: int) -> bytes:
    return b"%0*o\x00" % (width - 1, value)


def _pax_record(key: str, value: str) -> bytes:
    body = f" {key}={value}\n".encode()
    length = len(body) + 1
    while len(str(length)) + len(body) != length:
        length = len(str(length)) + len(body)
    return str(length).encode("ascii") + body


def _header(name: bytes, size: int, mtime: int, typeflag: bytes, prefix: bytes = b"") -> bytes:
    fields = (
        name.ljust(100, b"\x00")
        + _octal(0o644, 8)
        + _octal(0, 8)
        + _octal(0, 8)
        + _octal(size, 12)
        + _octal(mtime, 12)
        + b" " * 8
        + typeflag
        + b"\x00" * 100
        + b"ustar\x0000"
        + b"\x00" * 64  # uname, gname: empty on purpose
        + _octal(0, 8)
        + _octal(0, 8)
        + prefix.ljust(155, b"\x00")
    ).ljust(BLOCK, b"\x00")
    checksum = b"%06o\x00 " % sum(fields)
    return fields[:148] + checksum + fields[156:]


def _split_ustar(name: bytes) -> tuple[bytes, bytes] | None:
    if len(name) <= 100:
        return b"", name
    for cut in range(len(name) - 1, 0, -1):
        if name[cut : cut + 1] == b"/" and cut <= 155 and len(name) - cut - 1 <= 100:
            return name[:cut], name[cut + 1 :]
    return None


class TarWriter:
    """Write regular files into ``out`` as a POSIX tar, one streamed member at a time."""

    def __init__(self, out: BinaryIO, mtime: int) -> None:
        self._out = out
        self._mtime = max(0, int(mtime))
        self._written = 0
        self._buffer = bytearray(CHUNK)

    def _emit(self, data: bytes | memoryview) -> None:
        self._out.write(data)
        self._written += len(data)

    def _pad(self, size: int) -> None:
        if size % BLOCK:
            self._emit(b"\x00" * (BLOCK - size % BLOCK))

    def _headers(self, name: str, size: int) -> None:
        encoded = name.encode("utf-8")
        split = _split_ustar(encoded) if encoded.isascii() else None
        records = b""
        if split is None:
            records += _pax_record("path", name)
            split = (b"", encoded[:100])
        if size > _MAX_OCTAL_SIZE:
            records += _pax_record("size", str(size))
        if records:
            self._emit(_header(b"././@PaxHeader", len(records), self._mtime, b"x"))
            self._emit(records)
            self._pad(len(records))
        prefix, short = split
        self._emit(_header(short, min(size, _MAX_OCTAL_SIZE), self._mtime, b"0", prefix))

    def add_bytes(self, name: str, data: bytes) -> None:
        """Add a small member held in memory."""
        self._headers(name, len(data))
        self._emit(data)
        self._pad(len(data))

    def add_stream(
        self, name: str, size: int, src: BinaryIO, on_chunk: Callable[[memoryview], None]
    ) -> None:
        """Add a member of exactly ``size`` bytes read from ``src``; ``on_chunk`` sees every chunk.

        A chunk is a view of a buffer reused for the next one: ``on_chunk`` copies what it
        keeps. Raises ``BundleError`` if and only if ``src`` holds fewer or more than ``size``
        bytes (the file changed while being exported).
        """
        self._headers(name, size)
        view = memoryview(self._buffer)
        left = size
        while left:
            got = src.readinto(view[: min(left, CHUNK)])  # type: ignore[attr-defined]
            if not got:
                raise BundleError(f"{name} became shorter while it was being exported.")
            on_chunk(view[:got])
            self._emit(view[:got])
            left -= got
        if src.read(1):
            raise BundleError(f"{name} became longer while it was being exported.")
        self._pad(size)

    def close(self) -> None:
        """Write the end-of-archive marker and pad to a whole tar record."""
        self._emit(b"\x00" * (2 * BLOCK))
        if self._written % RECORD:
            self._emit(b"\x00" * (RECORD - self._written % RECORD))


@dataclass(frozen=True)
class TarLimits:
    """Caps a received archive must stay within, checked from each header before its data."""

    max_members: int = 200_000
    max_member_size: int = 16 * 1024**3
    max_total: int = 64 * 1024**3
    max_pax_size: int = 64 * 1024


class TarMember:
    """One regular file being read from the archive; ``read`` returns ``b""`` at its end."""

    def __init__(self, src: BinaryIO, name: str, size: int) -> None:
        self.name = name
        self.size = size
        self._src = src
        self._left = size

    def read(self, n: int = CHUNK) -> bytes:
        """Up to ``n`` bytes of this member; raises ``BundleRejected("bad-tar")`` if truncated."""
        if self._left == 0:
            return b""
        data = _read_exact(self._src, min(n, self._left))
        self._left -= len(data)
        return data

    def _skip_rest(self) -> None:
        while self.read():
            pass
        if self.size % BLOCK:
            _read_exact(self._src, BLOCK - self.size % BLOCK)


def _bad(message: str, reason: str = "bad-tar") -> BundleRejected:
    return BundleRejected(reason, message)


def _read_exact(src: BinaryIO, n: int) -> bytes:
    """Exactly ``n`` bytes of the archive, however many ``read`` calls it takes."""
    try:
        return read_exact(src, n)
    except StreamLengthMismatch:
        raise _bad("The archive inside the bundle is cut short.") from None


def _parse_number(field: bytes) -> int:
    """A header's octal number: ASCII ``0``-``7`` only, space- or NUL-padded (no base-256)."""
    text = field.rstrip(b"\x00 ").lstrip(b" ")
    if not text or not all(0x30 <= c <= 0x37 for c in text):
        raise _bad("The archive inside the bundle has a malformed header field.")
    return int(text.decode("ascii"), 8)


def _parse_decimal(text: bytes, what: str) -> int:
    if _PAX_DECIMAL.fullmatch(text) is None:
        raise _bad(f"The archive inside the bundle has a malformed pax {what}.")
    return int(text.decode("ascii"))


def _parse_pax(data: bytes) -> dict[str, str]:
    """A pax extended header's records. Raises ``BundleRejected("bad-tar")`` unless every record
    is ``<ASCII decimal length> <key>=<UTF-8 value>\\n``, its length exact and its key unique."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos)
        if space <= pos:
            raise _bad("The archive inside the bundle has a malformed pax header.")
        length = _parse_decimal(data[pos:space], "header")
        record = data[pos : pos + length]
        if length <= space - pos + 1 or len(record) != length or not record.endswith(b"\n"):
            raise _bad("The archive inside the bundle has a malformed pax header.")
        key, eq, value = record[space - pos + 1 : -1].partition(b"=")
        if not eq:
            raise _bad("The archive inside the bundle has a malformed pax header.")
        try:
            name, text = key.decode("utf-8"), value.decode("utf-8")
        except UnicodeDecodeError:
            raise _bad(
                "The archive inside the bundle has a pax header that is not UTF-8."
            ) from None
        if name in records:  # two readers could each take a different one
            raise _bad("The archive inside the bundle repeats a pax record.")
        records[name] = text
        pos += length
    return records


def _check_name(name: str) -> tuple[str, ...]:
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise _bad(f"Archive member name {name!r} holds control characters.", "unsafe-path")
    try:
        return safe_member_path(name).parts
    except PathEscape:
        raise _bad(
            f"Archive member name {name!r} is not a safe relative path.", "unsafe-path"
        ) from None


class _NameSet:
    """Member names seen so far, compared case-insensitively so extraction by hand never collides."""

    def __init__(self) -> None:
        self.top: str | None = None
        self._files: set[str] = set()
        self._dirs: set[str] = set()

    def add(self, name: str, parts: tuple[str, ...]) -> None:
        if len(parts) < 2:
            raise _bad(f"{name!r} is not inside the bag's folder.", "outside-bag")
        if self.top is None:
            self.top = parts[0]
        elif parts[0] != self.top:
            raise _bad(f"{name!r} is outside the bag's folder {self.top!r}.", "outside-bag")
        folded = [unicodedata.normalize("NFC", p).casefold() for p in parts]
        key = "/".join(folded)
        parents = ["/".join(folded[:i]) for i in range(1, len(folded))]
        if key in self._files or key in self._dirs or any(p in self._files for p in parents):
            raise _bad(f"The archive holds {name!r} more than once.", "duplicate-member")
        self._files.add(key)
        self._dirs.update(parents)


def iter_members(src: BinaryIO, limits: TarLimits) -> Iterator[TarMember]:
    """Yield each regular file of the tar read from ``src`` (which need not be seekable).

    Raises ``BundleRejected`` before reading a member's data if and only if the member is not a
    regular file (``not-regular-file``), its name is absolute, holds ``..``, a backslash or control
    characters (``unsafe-path``), it repeats an earlier name (``duplicate-member``), it lies outside
    the single top-level folder (``outside-bag``), or a cap is exceeded (``too-many-members``,
    ``member-too-large``, ``too-large``); raises ``BundleRejected("bad-tar")`` on any malformed,
    truncated or trailing data. Unread data of a yielded member is skipped on the next step.
    """
    names = _NameSet()
    count = 0
    total = 0
    pax: dict[str, str] | None = None
    while True:
        header = _read_exact(src, BLOCK)
        if header == b"\x00" * BLOCK:
            if pax is not None or _read_exact(src, BLOCK) != b"\x00" * BLOCK:
                raise _bad("The archive inside the bundle ends in the middle of an entry.")
            _check_trailer(src)
            return
        stored = _parse_number(header[148:156])
        if stored != sum(header[:148]) + 256 + sum(header[156:]):
            raise _bad("The archive inside the bundle has a damaged header.")
        if header[257:265] != b"ustar\x0000":
            raise _bad("The archive inside the bundle is not a POSIX tar.")
        typeflag = header[156:157]
        size = _parse_number(header[124:136])
        if typeflag == b"x":
            if pax is not None or size > limits.max_pax_size:
                raise _bad("The archive inside the bundle has an oversized pax header.")
            pax = _parse_pax(_read_exact(src, size))
            if size % BLOCK:
                _read_exact(src, BLOCK - size % BLOCK)
            continue
        if typeflag not in _REGULAR:
            what = _TYPE_NAMES.get(typeflag, f"an entry of type {typeflag!r}")
            raise _bad(
                f"The archive holds {what}; only regular files are allowed.", "not-regular-file"
            )
        name, size = _member_name_size(header, size, pax or {})
        pax = None
        count += 1
        if count > limits.max_members:
            raise _bad(
                f"The archive holds more than {limits.max_members} files.", "too-many-members"
            )
        names.add(name, _check_name(name))
        if size > limits.max_member_size:
            raise _bad(
                f"{name!r} is larger than the allowed {limits.max_member_size} bytes.",
                "member-too-large",
            )
        total += size
        if total > limits.max_total:
            raise _bad(f"The archive holds more than {limits.max_total} bytes.", "too-large")
        member = TarMember(src, name, size)
        yield member
        member._skip_rest()


def _member_name_size(header: bytes, size: int, pax: dict[str, str]) -> tuple[str, int]:
    if "size" in pax:
        size = _parse_decimal(pax["size"].encode("utf-8"), "size")
    if "path" in pax:
        return pax["path"], size
    name = header[:100].split(b"\x00", 1)[0]
    prefix = header[345:500].split(b"\x00", 1)[0]
    raw = prefix + b"/" + name if prefix else name
    try:
        return raw.decode("utf-8"), size
    except UnicodeDecodeError:
        raise _bad("An archive member name is not UTF-8.", "unsafe-path") from None


def _check_trailer(src: BinaryIO) -> None:
    while True:
        data = src.read(CHUNK)
        if not data:
            return
        if data.count(0) != len(data):
            raise _bad("The archive inside the bundle has data after its end.")
