"""Bundle export and receipt against ``tar | age`` and ``age -d | tar -t`` on the same files.

Run with ``python -m bench.bench_bundle [--runs N] [--quick] [--corpus FOLDER] [--large N]
[--no-big]``; needs the ``age``, ``age-keygen``, ``tar`` and ``sync`` commands and about 11 GB of
free disk for the 5 GiB case (deleted afterwards). Three sets, in the same run: 50 random files
of 10 MiB, ``--large`` generated camera and phone photos (``bench.largeset``, 48 by default) and
the JPEGs of the sample corpus, read where they are (``--corpus`` or ``HUMDOC_EXTENDED_CORPUS``
names the folder; the section says so when it was not given). Every run of humdoc and of the
peer alternates with the other, so both meet the same load; each figure is the best of
``--runs``. Also measured here: helper threads against none, where a receipt's CPU time goes
thread by thread, each stage alone, pyrage against humdoc's own age payload, and the peak RSS of
an export and of a receipt of 5 GiB, each in a fresh process.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from bench import largeset
from bench.report import table, write_section
from humdoc.core.bundle import (
    FIRST_BUNDLE,
    PayloadFile,
    SigningKey,
    SpoolWriter,
    agewrap,
    open_bundle,
    reader,
    write_bundle,
)
from humdoc.core.bundle.agestream import PayloadReader, PayloadWriter, new_file_key

FILES = 50
FILE_SIZE = 10 * 1024 * 1024  # 50 x 10 MiB = 500 MiB
RUNS = 5
BIG_FILES = 5
BIG_FILE_SIZE = 1024**3  # 5 x 1 GiB
LARGE_COUNT = 48  # generated photos: every kind of camera in bench.largeset, six times
LARGE_SEED = 1
MIB = 1024**2


class _Counted:
    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def commit(self) -> object:
        return self.size

    def abort(self) -> None:
        pass


class CountingSpool:
    """A spool that keeps nothing: receipt cost without the cost of storing (which is the
    vault's, measured with intake), as ``tar -t`` stores nothing either."""

    def create(self) -> SpoolWriter:
        return _Counted()

    @contextlib.contextmanager
    def open(self, handle: object) -> Iterator[BinaryIO]:
        raise KeyError(handle)
        yield  # pragma: no cover

    def discard(self, handle: object) -> None:
        pass


@dataclass(frozen=True)
class FileSet:
    """Files to export: ``names`` (relative paths) below ``root``, as one bundle's payload."""

    label: str
    root: Path
    names: tuple[str, ...]

    @classmethod
    def folder(cls, label: str, root: Path) -> FileSet:
        """Every file below ``root``."""
        files = sorted(p for p in root.rglob("*") if p.is_file())
        return cls(label, root, tuple(str(p.relative_to(root)) for p in files))

    def size(self) -> int:
        return sum((self.root / name).stat().st_size for name in self.names)

    def digests(self) -> dict[str, str]:
        """Each file's SHA-256, as the vault recorded it at intake."""
        return {n: hashlib.sha256((self.root / n).read_bytes()).hexdigest() for n in self.names}


def _payload(files: FileSet, digests: dict[str, str] | None = None) -> list[PayloadFile]:
    """The set's files as the vault's export lists them: ``media/<number><suffix>`` (the
    corpus's own names are not all portable payload paths)."""
    return [
        PayloadFile(
            f"media/{index:04}{Path(name).suffix.lower()}",
            (files.root / name).stat().st_size,
            lambda p=files.root / name: p.open("rb"),  # type: ignore[misc]
            None if digests is None else digests[name],
        )
        for index, name in enumerate(files.names)
    ]


def _export(
    files: FileSet,
    out: Path,
    key: SigningKey,
    recipient: str,
    digests: dict[str, str] | None = None,
) -> None:
    write_bundle(
        out,
        _payload(files, digests),
        [],
        key,
        [recipient],
        "bench-0001",
        1,
        datetime.now(UTC),
        previous_bundle_sha256=FIRST_BUNDLE,
    )


def _receive(bundle: Path, identity: str, key: SigningKey) -> None:
    pub = key.public()
    open_bundle(
        bundle, [identity], lambda k: pub if k == pub.key_id_hex() else None, CountingSpool()
    )


def _child(args: list[str]) -> None:
    """In a fresh process: export or receive once, print peak RSS."""
    what, folder, bundle, seed_hex, key_id_hex, recipient, identity = args
    key = SigningKey.from_bytes(bytes.fromhex(seed_hex), bytes.fromhex(key_id_hex))
    started = time.perf_counter()
    if what == "export":
        _export(FileSet.folder("big", Path(folder)), Path(bundle), key, recipient)
    else:
        _receive(Path(bundle), identity, key)
    print(json.dumps({"maxrss_kib": _peak_rss_kib(), "seconds": time.perf_counter() - started}))


def _peak_rss_kib() -> int:
    """This process's peak resident set. ``VmHWM`` belongs to the program image, where Linux's
    ``ru_maxrss`` keeps the parent's peak across fork and exec."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _in_child(what: str, folder: Path, bundle: Path, key: SigningKey, rec: str, ident: str) -> Any:
    stored = key.to_bytes()
    child = subprocess.run(
        [sys.executable, "-m", "bench.bench_bundle", "--child", what, str(folder), str(bundle),
         stored[:32].hex(), stored[32:].hex(), rec, ident],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(child.stdout.strip().splitlines()[-1])


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _export_write_thread(on: bool) -> Callable[[], contextlib.AbstractContextManager[None]]:
    """The export with its ciphertext hashed and written on a helper thread, or not."""

    @contextlib.contextmanager
    def setting() -> Iterator[None]:
        saved = agewrap.WRITE_THREAD
        try:
            agewrap.WRITE_THREAD = on
            yield
        finally:
            agewrap.WRITE_THREAD = saved

    return setting


def _receive_threads(on: bool | None) -> Callable[[], contextlib.AbstractContextManager[None]]:
    """The receipt with its helper threads on, off, or chosen by the load (None, as shipped)."""

    @contextlib.contextmanager
    def setting() -> Iterator[None]:
        saved = reader.HELPER_THREADS
        try:
            reader.HELPER_THREADS = on
            yield
        finally:
            reader.HELPER_THREADS = saved

    return setting


@contextlib.contextmanager
def _thread_cpu() -> Iterator[dict[str, float]]:
    """CPU time of each thread that ends inside the block, by thread name (``thread_time`` at
    its end), plus the calling thread's own under ``"main"``."""
    seen: dict[str, float] = {}
    run = threading.Thread.run

    def timed_run(self: threading.Thread) -> None:
        try:
            run(self)
        finally:
            seen[self.name] = time.thread_time()

    threading.Thread.run = timed_run  # type: ignore[method-assign]
    started = time.thread_time()
    try:
        yield seen
    finally:
        seen["main"] = time.thread_time() - started
        threading.Thread.run = run  # type: ignore[method-assign]


def _receipt_threads(bundle: Path, identity: str, key: SigningKey) -> list[list[str]]:
    """Where a receipt's CPU time goes, thread by thread, in one thread and with the helper
    threads (best wall time of 3 each)."""
    rows = []
    for label, on in (("one thread", False), ("helper threads", True)):
        best: tuple[float, dict[str, float], float] | None = None
        for _ in range(3):
            with _receive_threads(on)(), _thread_cpu() as cpu:
                started, process = time.perf_counter(), time.process_time()
                _receive(bundle, identity, key)
                wall, total = time.perf_counter() - started, time.process_time() - process
            if best is None or wall < best[0]:
                best = (wall, dict(cpu), total)
        assert best is not None
        wall, cpu, total = best
        rows.append(
            [
                label,
                f"{wall:.2f} s",
                f"{cpu['main']:.2f} s",
                f"{cpu.get('humdoc-bundle-file-read', 0.0):.2f} s",
                f"{cpu.get('humdoc-bundle-payload-hash', 0.0):.2f} s",
                f"{total:.2f} s",
            ]
        )
    return rows


def _stages(payload: Path, root: Path, bundle: Path) -> list[list[str]]:
    """Each stage of an export and of a receipt alone, on the same 500 MiB, one thread, page
    cache warm."""
    files = sorted(payload.rglob("*.bin"))
    data = [f.read_bytes() for f in files]
    total = sum(map(len, data))

    def sha() -> None:
        for d in data:
            hashlib.sha256(d).digest()

    def seal() -> None:
        w = PayloadWriter(new_file_key(), lambda parts: None)
        for d in data:
            w.write(d)
        w.close()

    def tar_frame() -> None:
        from humdoc.core.bundle.tarsafe import TarWriter

        t = TarWriter(_NullWriter(), 0)  # type: ignore[arg-type]
        for f, d in zip(files, data, strict=True):
            t.add_stream(f.name, len(d), io.BytesIO(d), lambda c: None)

    target = root / "stage.bin"

    def write_file() -> None:
        with target.open("wb") as fh:
            for d in data:
                fh.write(d)

    def fsync_file() -> None:
        with target.open("rb+") as fh:
            os.fsync(fh.fileno())

    key = new_file_key()
    sealed_parts: list[bytes] = []
    writer = PayloadWriter(key, sealed_parts.extend)
    for d in data:
        writer.write(d)
    writer.close()
    sealed = b"".join(sealed_parts)
    del sealed_parts

    def open_sealed() -> None:
        r = PayloadReader(io.BytesIO(sealed).readinto, key, b"")
        while r.read(MIB):
            pass

    def read_bundle() -> None:
        buffer = memoryview(bytearray(MIB))
        with bundle.open("rb", buffering=0) as fh:
            while fh.readinto(buffer):
                pass

    rows = []
    for label, fn in (
        ("SHA-256 (hashlib), once over the payload", sha),
        ("age STREAM seal (ChaCha20-Poly1305, `cryptography`)", seal),
        ("tar framing (read from memory)", tar_frame),
        ("write 500 MiB to a file (page cache)", write_file),
        ("fsync of that file", fsync_file),
        ("read the bundle file (page cache, 1 MiB at a time)", read_bundle),
        ("age STREAM open (ChaCha20-Poly1305, `cryptography`)", open_sealed),
    ):
        best = min(_timed(fn) for _ in range(3)) if fn is not fsync_file else _timed(fn)
        rows.append([label, f"{best:.2f} s", f"{total / MIB / best:.0f} MiB/s"])
    target.unlink()
    return rows


class _NullWriter:
    def write(self, data: bytes) -> int:
        return len(data)


def _tried(recipient: str, identity: str) -> list[list[str]]:
    """pyrage against humdoc's own payload code, 256 MiB in memory, one thread each."""
    data = os.urandom(256 * MIB)
    ident = x25519.Identity.from_str(identity)
    rec = x25519.Recipient.from_str(recipient)
    encrypted = pyrage.encrypt(data, [rec])

    def py_enc() -> None:
        pyrage.encrypt_io(io.BytesIO(data), _NullWriter(), [rec])

    def py_dec() -> None:
        pyrage.decrypt_io(io.BytesIO(encrypted), _NullWriter(), [ident])

    def own_enc() -> None:
        w = PayloadWriter(new_file_key(), lambda parts: None)
        view = memoryview(data)
        for i in range(0, len(data), MIB):
            w.write(view[i : i + MIB])
        w.close()

    out = io.BytesIO()
    key = new_file_key()
    w = PayloadWriter(key, lambda parts: out.write(b"".join(parts)))
    w.write(data)
    w.close()
    sealed = out.getvalue()

    def own_dec() -> None:
        r = PayloadReader(io.BytesIO(sealed).readinto, key, b"")
        while r.read(MIB):
            pass

    rows = []
    for label, fn in (
        ("pyrage 1.4 `encrypt_io`", py_enc),
        ("humdoc `PayloadWriter` (`cryptography` ChaCha20-Poly1305)", own_enc),
        ("pyrage 1.4 `decrypt_io`", py_dec),
        ("humdoc `PayloadReader`", own_dec),
    ):
        best = min(_timed(fn) for _ in range(3))
        rows.append([label, f"{len(data) / MIB / best:.0f} MiB/s"])
    return rows


def _big_case(root: Path, key: SigningKey, recipient: str, identity: str) -> list[list[str]]:
    folder = root / "big"
    (folder / "media").mkdir(parents=True)
    try:
        for index in range(BIG_FILES):
            with (folder / "media" / f"video{index}.bin").open("wb") as fh:
                for _ in range(BIG_FILE_SIZE // (64 * MIB)):
                    fh.write(os.urandom(64 * MIB))
        bundle = root / "big.humdoc"
        exported = _in_child("export", folder, bundle, key, recipient, identity)
        received = _in_child("receive", folder, bundle, key, recipient, identity)
    finally:
        for path in folder.rglob("*.bin"):
            path.unlink()
        with contextlib.suppress(FileNotFoundError):
            (root / "big.humdoc").unlink()
    gib = BIG_FILES * BIG_FILE_SIZE / 1024**3
    return [
        [f"export, {gib:.0f} GiB", f"{exported['maxrss_kib'] / 1024:.0f} MiB",
         f"{exported['seconds']:.1f} s"],
        [f"verify + receive, {gib:.0f} GiB", f"{received['maxrss_kib'] / 1024:.0f} MiB",
         f"{received['seconds']:.1f} s"],
    ]  # fmt: skip


@dataclass
class Keys:
    """The centre's age identity and the device's signing key, made once per run."""

    recipient: str
    identity: str
    identity_file: Path
    signing: SigningKey


def _keys(root: Path) -> Keys:
    subprocess.run(["age-keygen", "-o", str(root / "id.txt")], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(root / "id.txt")], check=True, capture_output=True, text=True
    ).stdout.strip()
    identity = next(
        line for line in (root / "id.txt").read_text().splitlines() if line.startswith("AGE-")
    )
    return Keys(recipient, identity, root / "id.txt", SigningKey.generate())


def _corpus(option: str | None) -> tuple[Path | None, str]:
    """The corpus folder (``--corpus``, else ``HUMDOC_EXTENDED_CORPUS``, else the sample
    corpus beside the repository, as the strip and intake benchmarks find it; each may name the
    folder holding ``exif-samples/`` or that folder itself) and how it was found."""
    beside = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    given = (
        option
        or os.environ.get("HUMDOC_EXTENDED_CORPUS")
        or (str(beside) if beside.is_dir() else None)
    )
    if not given:
        return None, "no corpus was given (`--corpus FOLDER` or `HUMDOC_EXTENDED_CORPUS`)"
    folder = Path(given)
    if (folder / "exif-samples").is_dir():
        folder = folder / "exif-samples"
    if not folder.is_dir():
        return None, f"the corpus folder given ({given}) is absent"
    if option or os.environ.get("HUMDOC_EXTENDED_CORPUS"):
        how = "`--corpus`" if option else "`HUMDOC_EXTENDED_CORPUS`"
        return folder, f"the sample corpus named by {how}"
    return folder, "the sample corpus beside the repository"


def _jpegs(folder: Path) -> tuple[str, ...]:
    """Every JPEG below ``folder`` by its first bytes, as relative paths (read in place)."""
    names = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(3) == b"\xff\xd8\xff":
                    names.append(str(path.relative_to(folder)))
    return tuple(names)


def _measure(files: FileSet, root: Path, keys: Keys, runs: int, variants: bool) -> dict[str, float]:
    """Best time of each case on ``files``: humdoc and the peers interleaved, ``runs`` rounds
    in a new order each; ``variants`` adds the helper-thread variants."""
    bundle = root / f"{files.label}.humdoc"
    peer = root / f"{files.label}.age"
    listing = root / f"{files.label}.list"
    listing.write_text("".join(name + "\n" for name in files.names), encoding="utf-8")
    digests = files.digests()

    def peer_export(sync: bool = False) -> None:
        with peer.open("wb") as out:
            tar = subprocess.Popen(
                ["tar", "-c", "-C", str(files.root), "--verbatim-files-from", "-T", str(listing)],
                stdout=subprocess.PIPE,
            )
            subprocess.run(["age", "-r", keys.recipient], stdin=tar.stdout, stdout=out, check=True)
            assert tar.stdout is not None
            tar.stdout.close()
            if tar.wait():
                raise RuntimeError("tar failed")
        if sync:
            subprocess.run(["sync", str(peer)], check=True)

    def peer_receive() -> None:
        age = subprocess.Popen(
            ["age", "-d", "-i", str(keys.identity_file), str(peer)], stdout=subprocess.PIPE
        )
        subprocess.run(["tar", "-t"], stdin=age.stdout, stdout=subprocess.DEVNULL, check=True)
        assert age.stdout is not None
        age.stdout.close()
        if age.wait():
            raise RuntimeError("age -d failed")

    def ours_export(known: bool) -> Callable[[], None]:
        return lambda: _export(
            files, bundle, keys.signing, keys.recipient, digests if known else None
        )

    def ours_receive() -> None:
        _receive(bundle, keys.identity, keys.signing)

    def variant(
        fn: Callable[[], None], how: Callable[[], contextlib.AbstractContextManager[None]]
    ) -> Callable[[], None]:
        def run() -> None:
            with how():
                fn()

        return run

    cases: dict[str, Callable[[], None]] = {
        "peer export": peer_export,
        "peer export + sync": lambda: peer_export(True),
        "export": ours_export(True),
        "peer receive": peer_receive,
        "receive": ours_receive,
    }
    if variants:
        cases |= {
            "export, digests unknown": ours_export(False),
            "export, write thread": variant(ours_export(True), _export_write_thread(True)),
            "export, one thread": variant(ours_export(True), _export_write_thread(False)),
            "receive, helper threads": variant(ours_receive, _receive_threads(True)),
            "receive, one thread": variant(ours_receive, _receive_threads(False)),
        }
    peer_export()
    ours_export(True)()
    times: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for run in range(runs):  # interleaved, in a new order each round: every case meets
        order = list(cases)  # the same background load and follows each of the others
        random.Random(run).shuffle(order)
        for name in order:
            before = _cpu_now()
            times[name].append(_timed(cases[name]))
            cpu[name].append(_cpu_now() - before)
    peer.unlink()
    best = {name: min(t) for name, t in times.items()}
    best |= {f"{name} (CPU)": min(t) for name, t in cpu.items()}
    return best


def _cpu_now() -> float:
    """User + system CPU time of this process and of its finished children (the peers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _rows(files: FileSet, best: dict[str, float]) -> list[list[str]]:
    """The export and receipt rows of one set against the peers."""
    mib = files.size() / MIB

    def rate(seconds: float) -> str:
        return f"{mib / seconds:.0f} MiB/s"

    def row(label: str, ours: str, peer_label: str, peer_name: str) -> list[str]:
        ours_cpu, peer_cpu = best[f"{ours} (CPU)"], best[f"{peer_name} (CPU)"]
        return [
            files.label,
            label,
            f"{best[ours]:.2f} s ({rate(best[ours])})",
            f"{peer_label}: {best[peer_name]:.2f} s ({rate(best[peer_name])})",
            f"{best[peer_name] / best[ours]:.2f}×",
            f"{ours_cpu:.2f} s / {peer_cpu:.2f} s",
        ]

    rows = [
        row("export", "export", "`tar -c | age -r`", "peer export"),
        row("export", "export", "`tar -c | age -r`, then `sync` the file", "peer export + sync"),
    ]
    if "export, digests unknown" in best:
        rows.append(
            row("export, digests not given", "export, digests unknown", "`tar -c | age -r`",
                "peer export")
        )  # fmt: skip
    rows.append(row("verify + receive", "receive", "`age -d | tar -t`", "peer receive"))
    return rows


def main(argv: list[str] | None = None) -> int:
    """``--runs N`` rounds (default 5; ``--quick``: 2, and no 5 GiB case), ``--corpus FOLDER``,
    ``--large N`` generated photos (default 48), ``--no-big`` to skip the 5 GiB case."""
    args = list(argv or [])

    def option(name: str) -> str | None:
        if name in args and args.index(name) + 1 < len(args):
            return args[args.index(name) + 1]
        return None

    quick = "--quick" in args
    runs = int(option("--runs") or (2 if quick else RUNS))
    large_count = int(option("--large") or LARGE_COUNT)
    big_case = not quick and "--no-big" not in args
    corpus, corpus_how = _corpus(option("--corpus"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        payload = root / "payload"
        (payload / "media").mkdir(parents=True)
        for index in range(FILES):
            (payload / "media" / f"item{index:03}.bin").write_bytes(os.urandom(FILE_SIZE))
        keys = _keys(root)
        photos = largeset.ensure(count=large_count, seed=LARGE_SEED)
        sets = [
            FileSet.folder("random", payload),
            FileSet("large photos", photos[0].parent, tuple(p.name for p in photos)),
        ]
        if corpus is not None:
            sets.append(FileSet("corpus", corpus, _jpegs(corpus)))
        best: dict[str, dict[str, float]] = {}
        for files in sets:
            print(f"== {files.label}: {len(files.names)} files, {files.size() / MIB:.0f} MiB",
                  flush=True)  # fmt: skip
            best[files.label] = _measure(files, root, keys, runs, variants=True)
        load = os.getloadavg()
        random_set = sets[0]
        _export(random_set, root / "random.humdoc", keys.signing, keys.recipient)
        threads = _receipt_threads(root / "random.humdoc", keys.identity, keys.signing)
        stages = _stages(payload, root, root / "random.humdoc")
        ciphers = _tried(keys.recipient, keys.identity)
        big = _big_case(root, keys.signing, keys.recipient, keys.identity) if big_case else []
        body = _report(sets, best, runs, load, corpus_how, threads, stages, ciphers, big)
        write_section("bundle", body)
        print(body)
    return 0


#: What was tried for the receipt, measured while writing it (2026-11-30, load averages of 4
#: to 5 from other work on both cores, so CPU times, which the load changes less, are given).
TRIED = (
    "Tried for the receipt, measured while writing it (500 MiB, at load averages of 4 to 5 "
    "from other work, so CPU time of the whole process unless said). Before: one thread, "
    "0.87 s of CPU; the bundle file and the payload hashed on two helper threads from 4 MiB "
    "batches copied out of the main thread, which still read each MiB and appended it to a "
    "growing buffer: 0.65 s against the peer's 0.53 s on an idle machine, and slower than one "
    "thread under load. Now the file is read ahead on its own thread into nine 1 MiB buffers "
    "used in turn and hashed there; the main thread decrypts each chunk from a view of one "
    "reused buffer (`cryptography` 50 releases the GIL in ChaCha20-Poly1305, so decrypting "
    "overlaps both hashes) and hands the payload to the other thread in 4 MiB batches, many "
    "small files sharing one batch (one hand-over per file had made the corpus's receipt "
    "slower with the helper threads than without): 0.98–1.07 s of CPU, the longest thread "
    "0.36 s. A fresh buffer per MiB read instead of reused ones cost a page fault per 4 KiB "
    "(130,000 per receipt, some 0.3 s of CPU). Handing each MiB of payload to its thread "
    "without a copy cost 43,000 page faults and no less CPU than the batches. Hashing the "
    "payload in the main thread (one helper thread only) saved hand-overs (0.92 s of CPU) but "
    "made the main thread the longest (0.56 s); both helpers were kept. What remains is the "
    "dependencies' own work: two SHA-256 passes (`hashlib` on OpenSSL with the SHA "
    "extensions, about 0.29 s each), one ChaCha20-Poly1305 pass (`cryptography`, about "
    "0.21 s) and the kernel's reads, as the stage table shows; with a core free they run "
    "side by side, so the receipt's wall time is bounded by its CPU time over two cores "
    "(about 0.5 s) while the peer's `age -d` and `tar -t` need about 0.6 s of CPU."
)


def _describe(files: FileSet) -> str:
    if files.label == "random":
        return f"{len(files.names)} random files of {FILE_SIZE // MIB} MiB"
    if files.label == "large photos":
        return (
            f"{len(files.names)} generated camera and phone JPEGs of 12–50 MP "
            f"(`bench/largeset.py`, seed {LARGE_SEED})"
        )
    return f"{len(files.names)} JPEGs of the sample corpus, read where they are"


def _report(
    sets: list[FileSet],
    best: dict[str, dict[str, float]],
    runs: int,
    load: tuple[float, float, float],
    corpus_how: str,
    threads: list[list[str]],
    stages: list[list[str]],
    ciphers: list[list[str]],
    big: list[list[str]],
) -> str:
    listing = "; ".join(f"**{f.label}**: {_describe(f)}, {f.size() / MIB:.0f} MiB" for f in sets)
    corpus_note = (
        f" The corpus is {corpus_how}."
        if any(f.label == "corpus" for f in sets)
        else f" Corpus rows are missing: {corpus_how}."
    )
    rows = [row for f in sets for row in _rows(f, best[f.label])]
    variants = []
    for f in sets:
        b = best[f.label]
        variants += [
            [f.label, "export: as shipped (write thread unless both cores are busy)",
             f"{b['export']:.2f} s"],
            [f.label, "export: ciphertext hashed and written on a helper thread",
             f"{b['export, write thread']:.2f} s"],
            [f.label, "export: all in one thread", f"{b['export, one thread']:.2f} s"],
            [f.label, "verify + receive: as shipped (helper threads unless both cores are busy)",
             f"{b['receive']:.2f} s"],
            [f.label, "verify + receive: file read and hashed ahead, payload hashed, on two "
             "helper threads", f"{b['receive, helper threads']:.2f} s"],
            [f.label, "verify + receive: all in one thread", f"{b['receive, one thread']:.2f} s"],
        ]  # fmt: skip
    text = (
        f"Three sets, one run: {listing}.{corpus_note} Best of {runs} runs interleaved with the "
        f"peer's in a shuffled order (load average when done: {load[0]:.1f}, {load[1]:.1f}, "
        f"{load[2]:.1f} on 2 cores). Throughput ratio is peer time / humdoc time (1.0 = as fast "
        "as the peer; target ≥ 0.8). humdoc's export signs, writes the tag files first (each "
        "payload file's SHA-256 given, as the vault's export gives the digests it recorded at "
        "intake; or not given, then hashed first), hashes the whole bundle file, and syncs it "
        "to disk before it appears under its name (asking the kernel to start writing it every "
        "4 MiB as it goes, so that the sync waits only for the last pages); the peer writes no "
        "hash and does not sync. "
        "humdoc's receive does every check (signature, tag files and labels before any "
        "payload, manifest, Payload-Oxum, every file's and the bundle file's SHA-256) into a "
        "spool that keeps nothing; the peer only lists the tar. CPU time is user + system time of "
        "all threads and processes (the peer's `age` and `tar` run side by side), least of the "
        "runs: the load changes it less than the wall time.\n\n"
        + table(
            ["set", "operation", "humdoc", "peer", "throughput ratio", "CPU time, humdoc / peer"],
            rows,
        )
        + "\n\nHelper threads against none, same run (hashlib, file reads and writes and "
        "`cryptography`'s ChaCha20-Poly1305 release the GIL). Both operations use their helper "
        "threads while the load average stays below twice the number of cores "
        "(`offload.helpers_wanted`, one rule; `agewrap.WRITE_THREAD` and "
        "`reader.HELPER_THREADS` force either way):\n\n"
        + table(["set", "variant", "best time"], variants)
        + "\n\nWhere a receipt's time goes, thread by thread (the random set; CPU time of "
        "each thread over the receipt, best wall time of 3). With helper threads, one thread "
        "reads the bundle file a MiB at a time into reused buffers and hashes it, the main "
        "thread decrypts each 64 KiB chunk from a view of its reused buffer, parses the tar and "
        "checks, and another thread hashes each payload file in 4 MiB batches:\n\n"
        + table(
            [
                "receipt",
                "wall",
                "main thread",
                "file read + SHA-256",
                "payload SHA-256",
                "process CPU",
            ],
            threads,
        )
        + "\n\n"
        + TRIED
        + "\n\nEach stage alone on the same bytes, one thread, best of 3 (the fsync once, "
        "after writing the file):\n\n"
        + table(["stage", "time", "rate"], stages)
        + "\n\nThe age payload, 256 MiB in memory, one thread, best of 3 (pyrage holds the "
        "GIL throughout and reads its input 8 KiB at a time through Python; humdoc seals and "
        "opens 64 KiB chunks with one `cryptography` call each, checked against the `age` CLI, "
        "pyrage and the CCTV vectors):\n\n" + table(["age payload", "rate"], ciphers) + "\n"
    )
    if big:
        text += (
            f"\nPeak RSS in a fresh process, {BIG_FILES} random files of "
            f"{BIG_FILE_SIZE // 1024**3} GiB (target < 250 MB):\n\n"
            + table(["operation", "peak RSS", "time"], big)
            + "\n"
        )
    return text


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
    else:
        raise SystemExit(main(sys.argv[1:]))
