"""The floor of a photo import: each stage of an ``evidence`` import alone, on the same bytes.

``floor(files, folder)`` times every stage of what humdoc does to a set of photos, one stage at a
time over all of them, in this process's CPU time (the machine is shared: wall time measures the
other users too): reading the files, the metadata, the lossless derivative (the strip scan and the
joining of its pieces), SHA-256 of the originals and of the derivatives, ChaCha20-Poly1305 of both
(humdoc's own stream format, as the blob store seals), writing and syncing both ciphertexts, the
two Ed25519-signed custody events per file, and the batch's rows in one transaction. Their sum
is what one core must do; half of it is the best two cores could do if every stage split evenly
between them with nothing waiting: the floor. It is given for the derivative kept as a recipe
over the sealed original, as intake keeps a JPEG's now (no second encryption, no second write, no
join; its SHA-256 still taken, over the pieces), and for the derivative written whole, as before.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.report import table
from humdoc.core.bundle.minisign import SigningKey, sign
from humdoc.core.crypto.stream import StreamEncryptor, new_file_key
from humdoc.core.custody import canonical
from humdoc.core.domain.common import new_id, now_iso
from humdoc.core.intake import BATCH_FILES, Intake, _Prepared
from humdoc.core.media import HEAD_BYTES, Policy, extract_metadata, jpeg, make_derivative, sniff
from humdoc.core.media.policy import build_exif, read_evidence_fields
from humdoc.core.mediarecords import NewMediaItem, StoredDerivative
from humdoc.core.session import Session

#: Times each stage is run; the least CPU time is kept.
REPEATS = 3


@dataclass(frozen=True)
class Stage:
    """One stage's least CPU time over the whole set, whether an import does it with the
    derivative written whole (as before) and with the derivative kept as a recipe (as now)."""

    name: str
    cpu: float
    whole: bool = True
    recipe: bool = True


def _best(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def _seal(data: bytes | memoryview) -> int:
    """Encrypt ``data`` as the blob store does; the ciphertext's size."""
    key = new_file_key()
    enc = StreamEncryptor(key, "0" * 32)
    out = bytearray(len(data) + len(data) // 4096 + 1024)
    n = enc.update_into(data, out)
    return n + len(enc.finish())


def _write_synced(folder: Path, sizes: list[int]) -> None:
    """Write files of ``sizes`` bytes into ``folder`` and fsync each and the folder, as the blob
    store's batch does (one sync per file, then the folder)."""
    block = os.urandom(max(sizes, default=0))
    fds = []
    for index, size in enumerate(sizes):
        fd = os.open(folder / f"f{index}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, memoryview(block)[:size])
        fds.append(fd)
    for fd in fds:
        os.fsync(fd)
        os.close(fd)
    dfd = os.open(folder, os.O_RDONLY)
    os.fsync(dfd)
    os.close(dfd)
    for index in range(len(sizes)):
        (folder / f"f{index}").unlink()


def _pieces(data: bytes) -> list[bytes | memoryview]:
    """The evidence derivative of a JPEG as ``strip_pieces`` gives it, before any join."""
    exif = build_exif(read_evidence_fields(jpeg.exif_block(data)))
    return jpeg.strip_pieces(data, exif, False)[0]


def stages(files: list[Path], folder: Path) -> list[Stage]:
    """Every stage of an evidence import of ``files``, timed alone (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    datas = [p.read_bytes() for p in files]
    types = [sniff(d[:HEAD_BYTES]) for d in datas]
    derivs = [
        make_derivative(d, t, Policy.EVIDENCE).data for d, t in zip(datas, types, strict=True)
    ]
    jpegs = [d for d, t in zip(datas, types, strict=True) if t.format == "jpeg"]
    key = SigningKey.generate()
    entry = canonical(
        {
            "v": 1,
            "item": "m-" + "0" * 26,
            "details": {"sha256": "0" * 64}
            | {
                "size": 1,
                "mime": "image/jpeg",
                "sealed_sha256": "0" * 64,
                "location_removed": False,
            },
        }
    )

    def read() -> None:
        for p in files:
            with open(p, "rb") as fh:
                fh.read()

    def signatures() -> None:
        for _ in range(2 * len(files)):
            sign(key, entry, "humdoc custody " + hashlib.sha256(entry).hexdigest())

    sealed_sizes = [_seal(d) for d in datas]
    deriv_sizes = [_seal(d) for d in derivs]
    scan = _best(lambda: [_pieces(d) for d in jpegs])
    whole = _best(
        lambda: [make_derivative(d, t, Policy.EVIDENCE) for d, t in zip(datas, types, strict=True)]
    )
    out = [
        Stage("read the files (page cache)", _best(read)),
        Stage(
            "metadata (`extract_metadata`)",
            _best(lambda: [extract_metadata(d, t) for d, t in zip(datas, types, strict=True)]),
        ),
        Stage("strip scan (`jpeg.strip_pieces`)", scan),
        Stage("joining the derivative's pieces", max(0.0, whole - scan), recipe=False),
        Stage("SHA-256 of the originals", _best(lambda: [hashlib.sha256(d) for d in datas])),
        Stage("SHA-256 of the derivatives", _best(lambda: [hashlib.sha256(d) for d in derivs])),
        Stage("ChaCha20-Poly1305 of the originals", _best(lambda: [_seal(d) for d in datas])),
        Stage(
            "ChaCha20-Poly1305 of the derivatives",
            _best(lambda: [_seal(d) for d in derivs]),
            recipe=False,
        ),
        Stage(
            "write + fsync of the sealed originals",
            _best(lambda: _write_synced(folder, sealed_sizes)),
        ),
        Stage(
            "write + fsync of the derivatives",
            _best(lambda: _write_synced(folder, deriv_sizes)),
            recipe=False,
        ),
        Stage(
            "write + fsync of the recipes (4 KiB each)",
            _best(lambda: _write_synced(folder, [4096] * len(files))),
            whole=False,
        ),
        Stage("Ed25519 custody signatures (2 per file, key loaded once)", _best(signatures)),
    ]
    key.wipe()
    return out


def record_stage(session: Session, case_id: str, files: list[Path], signatures: float) -> Stage:
    """The batches' rows and custody events, recorded as intake records them (``Intake._record``:
    one transaction per batch of ``BATCH_FILES``), less the signatures' own time: the SQL."""
    datas = [p.read_bytes() for p in files]
    types = [sniff(d[:HEAD_BYTES]) for d in datas]
    metas = [extract_metadata(d, t) for d, t in zip(datas, types, strict=True)]
    digest = hashlib.sha256(b"x").hexdigest()
    del datas

    def batches() -> list[list[_Prepared]]:
        prepared = []
        for path, mtype, meta in zip(files, types, metas, strict=True):
            item = NewMediaItem(
                new_id("m"), case_id, None, path.name, mtype.kind, mtype.format, mtype.mime,
                1, digest, secrets.token_hex(16), bytes(32), 1, digest, False, meta, "",
                now_iso(), "bench",
            )  # fmt: skip
            stored = StoredDerivative(
                "evidence", mtype.format, mtype.mime, mtype.extension, secrets.token_hex(16),
                bytes(32), 1, digest, False, ("EXIF",), now_iso(),
            )  # fmt: skip
            prepared.append(_Prepared(path, item, stored, mtype.mime, [], []))
        return [prepared[i : i + BATCH_FILES] for i in range(0, len(prepared), BATCH_FILES)]

    intake = Intake(session.media)
    times = []
    for _ in range(REPEATS):
        ready = batches()
        start = time.process_time()
        for batch in ready:
            intake._record(batch)
        times.append(time.process_time() - start)
    return Stage(
        "SQL: rows and custody events, one transaction per batch", max(0.0, min(times) - signatures)
    )


def floor_table(
    found: list[Stage], total_bytes: int, peer_wall: float, peer_cpu: float
) -> tuple[str, float, float]:
    """The stages as a Markdown table with their sums and floors (the CPU columns for the copy
    as a recipe); and the floor's ratio to the peer's wall time, with the copy written whole and
    as a recipe."""
    mib = total_bytes / 1024**2
    rows = []
    for s in found:
        rows.append(
            [
                s.name,
                f"{s.cpu:.3f}",
                f"{s.cpu * 1000 / mib:.2f}",
                "yes" if s.whole else "–",
                "yes" if s.recipe else "–",
            ]
        )
    whole = sum(s.cpu for s in found if s.whole)
    recipe = sum(s.cpu for s in found if s.recipe)
    rows.append(
        [
            "**sum: one core**",
            f"{recipe:.3f}",
            f"{recipe * 1000 / mib:.2f}",
            f"{whole:.3f} s",
            f"{recipe:.3f} s",
        ]
    )
    rows.append(
        [
            "**floor: two cores, perfectly shared**",
            f"{recipe / 2:.3f}",
            f"{recipe * 500 / mib:.2f}",
            f"{whole / 2:.3f} s",
            f"{recipe / 2:.3f} s",
        ]
    )
    rows.append(
        [
            "`cp` + `sync` (peer): wall / CPU of `cp` and `sync`",
            f"{peer_wall:.3f} / {peer_cpu:.3f}",
            f"{peer_wall * 1000 / mib:.2f}",
            f"floor {peer_wall / (whole / 2):.2f}×",
            f"floor {peer_wall / (recipe / 2):.2f}×",
        ]
    )
    head = [
        "stage (each alone, over the whole set)",
        "CPU s",
        "ms per MiB",
        "copy written whole (before)",
        "copy as a recipe (now)",
    ]
    return table(head, rows), peer_wall / (whole / 2), peer_wall / (recipe / 2)
