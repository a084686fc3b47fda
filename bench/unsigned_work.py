"""How much work a hostile, unsigned bundle makes a documentation centre do before it is refused.

Run with ``python -m bench.unsigned_work``. Anyone can encrypt a bundle to a centre (its age
recipient is public), so what the centre does before the signature is checked is what a forger
can make it do. Three bundles, each encrypted to a real centre vault and handed to
``Receiver.verify``: 10,001 tiny members (one over the member cap), 40 members of 4 MiB signed by
nobody, and a genuine-looking bundle signed by a key the centre never enrolled. For each: the
wall time, the fsyncs, the files created and the bytes written by the centre process before the
one-line rejection. Prints a table; writes nothing to docs/.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from bench.report import table
from humdoc.core.bundle import SigningKey
from humdoc.core.bundle.minisign import sign
from humdoc.core.bundle.tarsafe import TarWriter
from humdoc.core.errors import BundleRejected
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

PASSPHRASE = b"bench passphrase"
TOP = "b-000000000000000000000001"


@dataclass
class Work:
    """What the centre process did while refusing one bundle."""

    seconds: float = 0.0
    fsyncs: int = 0
    created: int = 0
    written: int = 0
    reason: str = ""


@contextmanager
def counting() -> Iterator[Work]:
    """Count fsyncs, files created and bytes written by this process inside the block."""
    work = Work()
    real_fsync, real_open, real_write = os.fsync, os.open, os.write

    def fsync(fd: Any) -> None:
        work.fsyncs += 1
        real_fsync(fd)

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT:
            work.created += 1
        return real_open(path, flags, *args, **kwargs)

    def write(fd: int, data: Any) -> int:
        n = real_write(fd, data)
        work.written += n
        return n

    os.fsync, os.open, os.write = fsync, open_, write  # type: ignore[assignment]
    started = time.perf_counter()
    try:
        yield work
    finally:
        work.seconds = time.perf_counter() - started
        os.fsync, os.open, os.write = real_fsync, real_open, real_write  # type: ignore[assignment]


def encrypt_tar(members: list[tuple[str, bytes]], recipient: str, out: Path) -> Path:
    """``members`` as a tar written by humdoc's own tar writer, encrypted to ``recipient``."""
    buffer = io.BytesIO()
    tar = TarWriter(buffer, 0)
    for name, data in members:
        tar.add_bytes(name, data)
    tar.close()
    out.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)]))
    return out


def hostile_bundles(folder: Path, recipient: str) -> dict[str, Path]:
    """The three bundles, by a short description."""
    many = [(f"{TOP}/data/media/f{i:05}.bin", b"x") for i in range(10_001)]
    big = [(f"{TOP}/data/media/f{i:02}.bin", os.urandom(4 << 20)) for i in range(40)]
    stranger = SigningKey.generate()
    tagmanifest = b"0" * 64 + b"  bagit.txt\n"
    signed = [
        *big[:10],
        (f"{TOP}/tagmanifest-sha256.txt", tagmanifest),
        (
            f"{TOP}/tagmanifest-sha256.txt.minisig",
            sign(stranger, tagmanifest, f"humdoc bundle {TOP} sequence 1").encode(),
        ),
    ]
    return {
        "10,001 members of 1 byte, unsigned": encrypt_tar(many, recipient, folder / "many.age"),
        "40 members of 4 MiB, unsigned": encrypt_tar(big, recipient, folder / "big.age"),
        "10 members of 4 MiB, unknown signer": encrypt_tar(
            signed, recipient, folder / "stranger.age"
        ),
    }


def measure(verify: Callable[[Path], object], bundle: Path) -> Work:
    with counting() as work:
        try:
            verify(bundle)
        except BundleRejected as exc:
            work.reason = exc.reason
    return work


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        centre = Session.create(root / "centre", PASSPHRASE, "centre", KdfParams.floor())
        try:
            bundles = hostile_bundles(root, centre.device_keys.age_recipient())
            receiver = centre.receiver()
            rows = []
            for what, path in bundles.items():
                work = measure(receiver.verify, path)
                if not work.reason:
                    print(f"{what}: was not refused", file=sys.stderr)
                    return 1
                rows.append(
                    [
                        what,
                        f"{path.stat().st_size / 1024**2:.1f} MiB",
                        work.reason,
                        f"{work.seconds:.2f} s",
                        str(work.fsyncs),
                        str(work.created),
                        f"{work.written / 1024**2:.1f} MiB",
                    ]
                )
        finally:
            centre.close()
    print(
        table(["bundle", "size", "refused as", "time", "fsyncs", "files created", "written"], rows)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
