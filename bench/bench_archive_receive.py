"""Shared archive with real receivers (issue #10, item 7): 8 analysts search while 2 intake
members receive real bundles through ``ArchiveReceiver``, against one desktop centre vault
receiving the same bundles alone.

``python -m bench archive_receive`` (scale 0.01: 10,000 testimonies, 100,000 media records)
or ``python -m bench archive_receive -- --scale 0.1 --bundles 20``.

1. Two field vaults (``Session``), each with ``--bundles`` cases; each case has 3 testimonies of
   a few hundred words and 5 photos (noise JPEGs of 300–500 KB made with Pillow), imported by
   the vault's own intake; each case is exported as one bundle (consecutive sequence numbers),
   addressed to a desktop centre and to the two archives below.
2. Desktop: a centre vault that enrolled both devices receives every bundle alone, in one
   process, through ``Session.receiver()``.
3. Archive: two archives of the same synthetic content (``bench_archive.load``), each with both
   devices enrolled and a blob store. On the first, 2 receiver processes (device 1 to receiver 1,
   device 2 to receiver 2, in order) receive alone; on the second, the same while 8 analyst
   processes search without pause between queries beyond 0–0.5 s. Throughput is bundles over the
   span from the first receiver's start to the last one's finish; search latencies are those of
   the searches that started inside that span.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing as mp
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import bench_archive as ba
from bench import report

PHOTOS = 5
TESTIMONIES = 3
TARGET_RATIO = 0.8


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def photo(rng: random.Random, path: Path) -> int:
    """A noise JPEG of roughly 300-500 KB (noise does not compress); its size."""
    from PIL import Image

    w, h = 800, 600
    img = Image.frombytes("RGB", (w, h), rng.randbytes(w * h * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(80, 88))
    path.write_bytes(buf.getvalue())
    return len(buf.getvalue())


def build_bundles(root: Path, recipients: dict[str, str], per_device: int,
                  log: Any) -> tuple[list[list[Path]], list[str]]:  # fmt: skip
    """Two field vaults' bundles (``per_device`` each, in sequence order) and their public keys."""
    from humdoc.core.session import Session
    from humdoc.core.vault.kdf import KdfParams
    from tests.conftest import PASSPHRASE

    gen = ba.Generator(1)
    out: list[list[Path]] = []
    keys: list[str] = []
    for d in range(2):
        rng = random.Random(ba.SEED + 500 + d)
        field = Session.create(root / f"field{d}", PASSPHRASE, "field", KdfParams.floor())
        try:
            for name, recipient in recipients.items():
                field.recipients.add(name, recipient)
            keys.append(field.device_keys.public_key().to_text())
            paths = []
            for b in range(per_device):
                case = field.cases.create(f"Case {d}-{b}", "Detentions at the north checkpoint")
                tids = []
                for t in range(TESTIMONIES):
                    statement = " ".join(
                        gen.testimony(rng, b * 10 + t)["statement"] for _ in range(3)
                    )
                    tids.append(field.testimonies.add(
                        case.id, f"W-{d}{b:03}{t}", statement, consent="record,share-centre"
                    ).id)  # fmt: skip
                for p in range(PHOTOS):
                    src = root / f"photo-{d}-{b}-{p}.jpg"
                    photo(rng, src)
                    field.media.import_file(case.id, src, testimony_id=tids[p % TESTIMONIES])
                    src.unlink()
                dest = root / f"bundles{d}" / f"b{b:03}.humdoc"
                dest.parent.mkdir(exist_ok=True)
                field.exporter.export([case.id], list(recipients), dest, "strip")
                paths.append(dest)
            out.append(paths)
            log(f"  device {d + 1}: {per_device} bundles, "
                f"{sum(p.stat().st_size for p in paths) / 1e6:.1f} MB")  # fmt: skip
        finally:
            field.close()
    return out, keys


def desktop(root: Path, bundles: list[list[Path]], device_keys: list[str]) -> float:
    """A centre vault receiving every bundle alone; seconds taken (receiving only)."""
    from humdoc.core.session import Session
    from tests.conftest import PASSPHRASE

    centre = Session.open(root / "centre", PASSPHRASE)
    try:
        for d, key in enumerate(device_keys):
            centre.devices.enrol(f"Laptop {d + 1}", key)
        receiver = centre.receiver()
        started = time.monotonic()
        for paths in bundles:
            for path in paths:
                receiver.receive(path)
        return time.monotonic() - started
    finally:
        centre.close()


def _receiver(url: str, store: str, paths: list[str], ready: Any, go: Any, out: Any) -> None:
    from humdoc.core.archive.receive import ArchiveReceiver, open_store

    session = ba._open(url)
    receiver = ArchiveReceiver(session, open_store(session, Path(store)))
    ready.put(1)
    go.wait()
    started = time.monotonic()
    for path in paths:
        receiver.receive(Path(path))
    out.put(("receiver", started, time.monotonic()))
    session.close()


def _searcher(url: str, index: int, pause: float, ready: Any, stop: Any, out: Any) -> None:
    """As ``bench_archive._analyst``, until ``stop``; each search's start and latency."""
    from humdoc.core.archive import search

    session = ba._open(url)
    rng = random.Random(ba.SEED + 200 + index)
    queries = ba.make_queries()
    rng.shuffle(queries)
    ready.put(1)
    timed: list[tuple[float, float]] = []
    i = 0
    while not stop.is_set():
        q0 = time.monotonic()
        search.search(session, queries[i % len(queries)][1])
        timed.append((q0, time.monotonic() - q0))
        i += 1
        time.sleep(rng.uniform(0, pause))
    out.put(("analyst", timed, 0.0))
    session.close()


def archive_run(urls: dict[str, str], store: Path, bundles: list[list[Path]],
                analysts: int) -> tuple[float, list[float]]:  # fmt: skip
    """2 receivers (and ``analysts`` searching): the receivers' span, and the latencies of the
    searches started inside it."""
    ctx = mp.get_context("fork")
    out, ready = ctx.Queue(), ctx.Queue()
    go, stop = ctx.Event(), ctx.Event()
    searchers = [
        ctx.Process(target=_searcher, args=(urls[f"ana{i}"], i, 0.5, ready, stop, out))
        for i in range(analysts)
    ]
    receivers = [
        ctx.Process(target=_receiver, args=(urls[f"rx{i}"], os.fspath(store),
                                             [os.fspath(p) for p in paths], ready, go, out))
        for i, paths in enumerate(bundles)
    ]  # fmt: skip
    for p in searchers + receivers:
        p.start()
    for _ in searchers + receivers:
        ready.get(timeout=600)
    if analysts:
        time.sleep(3.0)  # the searchers' caches warm, as in a working day
    go.set()
    spans, timed = [], []
    for _ in receivers:
        _, start, end = out.get(timeout=3600)
        spans.append((start, end))
    stop.set()
    for _ in searchers:
        timed += out.get(timeout=600)[1]
    for p in searchers + receivers:
        p.join()
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    return last - first, [lat for t0, lat in timed if first <= t0 <= last]


def make_archive(server: Any, database: str, total: int, device_keys: list[str],
                 root: Path, log: Any) -> tuple[dict[str, str], Path, str, float]:  # fmt: skip
    """An archive loaded with ``total`` testimonies, both devices enrolled, a blob store."""
    from humdoc.core.archive.devices import ArchiveDevices
    from humdoc.core.archive.receive import init_store
    from humdoc.core.archive.session import ArchiveSession

    admin_url = server.url(f"{database}_admin1", database, ba.PG_PASSWORD)
    with ArchiveSession.open(admin_url, ba.PASSPHRASE) as admin:
        for d, key in enumerate(device_keys):  # before the load's placeholder device
            ArchiveDevices(admin).enrol(f"Laptop {d + 1}", key)
        store = root / f"store-{database}"
        init_store(admin, store)
        archive_key = admin.keys.archive_key
    seconds = ba.load(server.url(database=database), archive_key, total, log)
    urls = {n: server.url(f"{database}_{n}", database, ba.PG_PASSWORD)
            for n in [f"ana{i}" for i in range(ba.ANALYSTS)] + ["rx0", "rx1"]}  # fmt: skip
    return urls, store, database, seconds


def _received(dba_url: str) -> int:
    """Bundles in the archive's ledger from the field devices (not the load's placeholder)."""
    import psycopg

    with psycopg.connect(dba_url) as conn:
        row = conn.execute("SELECT count(*) FROM bundles WHERE device <> %s", (ba.DEVICE,))
        return int(row.fetchone()[0])


def new_archive(server: Any, database: str) -> str:
    """An empty archive with its members; its age recipient."""
    from humdoc.core.archive.session import ArchiveSession, create_archive
    from humdoc.core.vault.kdf import KdfParams
    from tests.archive.receiving import age_recipient

    create_archive(
        server.create_database(database), (f"{database}_admin1", ba.PG_PASSWORD, ba.PASSPHRASE),
        (f"{database}_prot1", ba.PG_PASSWORD, ba.PASSPHRASE), params=KdfParams.floor(),
    )  # fmt: skip
    admin_url = server.url(f"{database}_admin1", database, ba.PG_PASSWORD)
    with ArchiveSession.open(admin_url, ba.PASSPHRASE) as admin:
        for name, duty in [(f"ana{i}", "analyst") for i in range(ba.ANALYSTS)] + [
            ("rx0", "intake"),
            ("rx1", "intake"),
        ]:
            admin.add_member(f"{database}_{name}", duty, ba.PG_PASSWORD, ba.PASSPHRASE,
                             KdfParams.floor())  # fmt: skip
        return age_recipient(admin)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench archive_receive")
    parser.add_argument("--scale", type=float, default=0.01, help="1.0: 1,000,000 testimonies")
    parser.add_argument("--bundles", type=int, default=20, help="bundles per field device")
    parser.add_argument("--no-report", action="store_true", help="do not write the figures")
    args = parser.parse_args(argv or [])
    total = max(ba.CHUNK, int(ba.TESTIMONIES * args.scale))
    sys.path.insert(0, os.fspath(Path(__file__).resolve().parents[1]))
    from humdoc.core.session import Session
    from humdoc.core.vault.kdf import KdfParams
    from tests import pgserver
    from tests.conftest import PASSPHRASE

    def log(text: str) -> None:
        print(text, flush=True)

    load_start = loadavg()
    log(f"load average at start: {load_start}")
    root = Path(tempfile.mkdtemp(prefix="humdoc-arx-"))
    server = pgserver.start()
    try:
        recipients = {"Alone": new_archive(server, "rxalone"),
                      "Mixed": new_archive(server, "rxmixed")}  # fmt: skip
        centre = Session.create(root / "centre", PASSPHRASE, "centre", KdfParams.floor())
        recipients["Centre"] = centre.device_keys.age_recipient()
        centre.close()
        started = time.monotonic()
        bundles, device_keys = build_bundles(root, recipients, args.bundles, log)
        build_s = time.monotonic() - started
        count = sum(len(p) for p in bundles)
        megabytes = sum(p.stat().st_size for ps in bundles for p in ps) / 1e6
        log(f"built {count} bundles, {megabytes:.1f} MB in {build_s:.0f} s")

        desk_s = desktop(root, bundles, device_keys)
        desk = (count / desk_s, megabytes / desk_s)
        log(f"desktop centre alone: {desk[0]:.2f} bundles/s, {desk[1]:.1f} MB/s")

        rows = []
        for database, analysts in (("rxalone", 0), ("rxmixed", ba.ANALYSTS)):
            urls, store, _, load_s = make_archive(server, database, total, device_keys, root, log)
            before = loadavg()
            span, lat = archive_run(urls, store, bundles, analysts)
            received = _received(server.url(database=database))
            if received != count:
                raise SystemExit(f"{database}: {received} of {count} bundles in the ledger")
            rate = (count / span, megabytes / span)
            log(f"archive, {analysts} analysts: {rate[0]:.2f} bundles/s, {rate[1]:.1f} MB/s; "
                f"{len(lat)} searches, p95 {ba.ms(ba.percentile(lat, 95))} ms")  # fmt: skip
            rows.append((analysts, span, rate, lat, load_s, before, loadavg()))
        ratio = rows[1][2][0] / desk[0]
        p95 = ba.percentile(rows[1][3], 95)
        log(f"ratio under search load / desktop alone: {ratio:.2f}; search p95 {ba.ms(p95)} ms")
        load_end = loadavg()
        log(f"load average at end: {load_end}")
        if not args.no_report:
            report.write_section("archive-receivers", _report(
                total, args.scale, count, megabytes, build_s, desk, desk_s, rows, ratio,
                load_start, load_end))  # fmt: skip
        return 0 if ratio >= TARGET_RATIO and p95 * 1000 < ba.TARGET_MIXED_MS else 1
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _report(total: int, scale: float, count: int, megabytes: float, build_s: float,
            desk: tuple[float, float], desk_s: float, rows: list[Any], ratio: float,
            load_start: str, load_end: str) -> str:  # fmt: skip
    table = [["desktop centre vault, alone (1 process)", "–", f"{desk_s:.1f}",
              f"{desk[0]:.2f}", f"{desk[1]:.1f}", "–", "–", "–", "–", "–"]]  # fmt: skip
    for analysts, span, rate, lat, _load_s, before, after in rows:
        what = "archive, 2 receivers alone" if not analysts else (
            f"archive, 2 receivers while {analysts} analysts search")  # fmt: skip
        table.append([what, str(analysts), f"{span:.1f}", f"{rate[0]:.2f}", f"{rate[1]:.1f}",
                      str(len(lat)) if analysts else "–",
                      ba.ms(ba.percentile(lat, 50)) if analysts else "–",
                      ba.ms(ba.percentile(lat, 95)) if analysts else "–",
                      ba.ms(ba.percentile(lat, 99)) if analysts else "–",
                      f"{before} → {after}"])  # fmt: skip
    p95 = ba.percentile(rows[1][3], 95) * 1000
    verdict = (
        f"**{ratio:.2f}×** the desktop vault alone (target ≥ {TARGET_RATIO}×: "
        f"{'met' if ratio >= TARGET_RATIO else 'NOT met'}); search p95 {p95:.1f} ms "
        f"(target < {ba.TARGET_MIXED_MS:.0f} ms: {'met' if p95 < ba.TARGET_MIXED_MS else 'NOT met'})"
    )
    return "\n".join(
        [
            "### With real receivers: 8 analysts searching while 2 receivers import bundles",
            "",
            f"`python -m bench archive_receive` (scale {scale}: an archive of {total:,} testimonies, "
            f"{total * ba.MEDIA_PER_TESTIMONY:,} media records, loaded as above). {count} real bundles "
            f"({megabytes:.1f} MB) from 2 field vaults, {count // 2} each in sequence order; each "
            f"bundle one case, {TESTIMONIES} testimonies of a few hundred words and {PHOTOS} photos "
            f"(300–500 KB JPEG), built in {build_s:.0f} s. Every bundle is checked and imported by "
            "the real receivers: a desktop centre vault (`Session.receiver()`), and in the archive "
            "`ArchiveReceiver` in 2 processes (intake members; device 1 to receiver 1, device 2 to "
            "receiver 2) on a fresh archive each run. Throughput is over the span from the first "
            "receiver's start to the last one's finish; the latencies are of the searches started "
            "in that span (each analyst its own process, 0–0.5 s between searches).",
            "",
            report.table(
                [
                    "receiving",
                    "analysts",
                    "seconds",
                    "bundles/s",
                    "MB/s",
                    "searches",
                    "p50 (ms)",
                    "p95 (ms)",
                    "p99 (ms)",
                    "load average (1, 5, 15 min)",
                ],
                table,
            ),
            "",
            f"Archive receiving under search load: {verdict}. Load average of the machine at the "
            f"start of the run {load_start}, at its end {load_end} (2 cores; PostgreSQL, the "
            "receivers, the analysts and any other job of the machine share them). Per "
            f"receiver process the archive imports {rows[0][2][0] / 2:.2f} bundles/s alone and "
            f"{rows[1][2][0] / 2:.2f} while the analysts search, {rows[0][2][0] / 2 / desk[0]:.2f}× "
            f"and {rows[1][2][0] / 2 / desk[0]:.2f}× the desktop vault's one process: the "
            "target's ratio above counts the two receivers together, as an archive runs them. "
            f"Each archive run lasts a few seconds ({count} bundles), so "
            "a burst of the machine's other work weighs on them (a single run, not repeated); "
            "`--bundles` makes the runs longer.",
        ]
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
