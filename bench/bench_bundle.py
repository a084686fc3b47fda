"""Bundle export and receipt against ``tar | age`` and ``age -d | tar -t`` on the same files.

Run with ``python -m bench.bench_bundle``; needs the ``age``, ``age-keygen`` and ``tar`` commands.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from bench.report import table, write_section
from humdoc.core.bundle import (
    FIRST_BUNDLE,
    PayloadFile,
    SigningKey,
    SpoolWriter,
    open_bundle,
    write_bundle,
)

FILES = 50
FILE_SIZE = 10 * 1024 * 1024  # 50 x 10 MiB = 500 MiB


class _HashOnly:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return len(data)

    def commit(self) -> object:
        return self.digest.hexdigest()

    def abort(self) -> None:
        pass


class HashingSpool:
    """A spool that keeps nothing: receipt cost without the cost of storing."""

    def create(self) -> SpoolWriter:
        return _HashOnly()

    @contextlib.contextmanager
    def open(self, handle: object) -> Iterator[BinaryIO]:
        raise KeyError(handle)
        yield  # pragma: no cover

    def discard(self, handle: object) -> None:
        pass


def _payload(folder: Path) -> list[PayloadFile]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return [
        PayloadFile(
            str(p.relative_to(folder)),
            p.stat().st_size,
            lambda p=p: p.open("rb"),  # type: ignore[misc]
        )
        for p in files
    ]


def _export(folder: Path, out: Path, key: SigningKey, recipient: str) -> None:
    write_bundle(
        out,
        _payload(folder),
        [],
        key,
        [recipient],
        "bench-0001",
        1,
        datetime.now(UTC),
        previous_bundle_sha256=FIRST_BUNDLE,
    )


def _child_export(args: list[str]) -> None:
    folder, out, seed_hex, key_id_hex, recipient = args
    key = SigningKey.from_bytes(bytes.fromhex(seed_hex), bytes.fromhex(key_id_hex))
    _export(Path(folder), Path(out), key, recipient)
    print(json.dumps({"maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def _timed(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - started


def _best(runs: int, fn: object) -> float:
    return min(_timed(fn) for _ in range(runs))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        payload = root / "payload"
        (payload / "media").mkdir(parents=True)
        for index in range(FILES):
            (payload / "media" / f"item{index:03}.bin").write_bytes(os.urandom(FILE_SIZE))
        total = FILES * FILE_SIZE
        subprocess.run(["age-keygen", "-o", str(root / "id.txt")], check=True, capture_output=True)
        recipient = subprocess.run(
            ["age-keygen", "-y", str(root / "id.txt")], check=True, capture_output=True, text=True
        ).stdout.strip()
        identity = next(
            line for line in (root / "id.txt").read_text().splitlines() if line.startswith("AGE-")
        )
        key = SigningKey.generate()
        pub = key.public()
        bundle = root / "bench.humdoc"
        peer = root / "peer.age"

        def peer_export() -> None:
            with peer.open("wb") as out:
                tar = subprocess.Popen(
                    ["tar", "-c", "-C", str(payload), "."], stdout=subprocess.PIPE
                )
                subprocess.run(["age", "-r", recipient], stdin=tar.stdout, stdout=out, check=True)
                assert tar.stdout is not None
                tar.stdout.close()
                tar.wait()

        def peer_receive() -> None:
            age = subprocess.Popen(
                ["age", "-d", "-i", str(root / "id.txt"), str(peer)], stdout=subprocess.PIPE
            )
            subprocess.run(["tar", "-t"], stdin=age.stdout, stdout=subprocess.DEVNULL, check=True)
            assert age.stdout is not None
            age.stdout.close()
            age.wait()

        def ours_receive() -> None:
            open_bundle(
                bundle, [identity], lambda k: pub if k == pub.key_id_hex() else None, HashingSpool()
            )

        runs = 3
        peer_w = _best(runs, peer_export)
        ours_w = _best(runs, lambda: _export(payload, bundle, key, recipient))
        peer_r = _best(runs, peer_receive)
        ours_r = _best(runs, ours_receive)
        stored = key.to_bytes()
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.bench_bundle",
                "--child-export",
                str(payload),
                str(root / "child.humdoc"),
                stored[:32].hex(),
                stored[32:].hex(),
                recipient,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        rss_mib = json.loads(child.stdout.strip().splitlines()[-1])["maxrss_kib"] / 1024
        mib = total / 1024**2

        def rate(seconds: float) -> str:
            return f"{mib / seconds:.0f} MiB/s"

        rows = [
            [
                "export",
                f"{ours_w:.2f} s ({rate(ours_w)})",
                f"`tar -c | age -r`: {peer_w:.2f} s ({rate(peer_w)})",
                f"{peer_w / ours_w:.2f}×",
            ],
            [
                "verify + receive",
                f"{ours_r:.2f} s ({rate(ours_r)})",
                f"`age -d | tar -t`: {peer_r:.2f} s ({rate(peer_r)})",
                f"{peer_r / ours_r:.2f}×",
            ],
        ]
        body = (
            f"{FILES} random files of {FILE_SIZE // 1024**2} MiB ({mib:.0f} MiB), best of {runs}. "
            "Throughput ratio is peer time / humdoc time (1.0 = as fast as the peer; the "
            "target is ≥ 0.8 for export). humdoc's receive does every check (signature, "
            "manifests, Payload-Oxum) and hashes each file; the peer only lists the tar.\n\n"
            + table(["operation", "humdoc", "peer", "throughput ratio"], rows)
            + f"\n\nPeak RSS of a whole export in a fresh process: {rss_mib:.0f} MiB "
            f"(for {mib:.0f} MiB of payload).\n"
        )
        write_section("bundle", body)
        print(body)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-export":
        _child_export(sys.argv[2:])
    else:
        main()
