"""Intake benchmark: ``session.media.import_files`` against ``cp`` + ``sync`` on the same files.

Run as ``python -m bench.bench_intake [--min-mib 50] [--large 8] [--big-mib 2048] [--runs 3]
[--quick]``.

* Photos: every corpus JPEG (``../shared/corpus/exif-samples/jpg/**/*.jpg``), copied as many
  times as needed to reach ``--min-mib``, imported under policy ``evidence`` (hash, metadata
  extraction, seal, lossless derivative, fsync) and ``keep`` (no derivative), each into a vault;
  the peer copies the same files into a folder with one ``cp`` and then runs ``sync``.
* Large camera photos: ``--large`` JPEGs of 12–24 MP (4–15 MB) made by ``bench.camera_photos``
  from ``--seed`` (real corpus EXIF with maker notes and thumbnails, plus XMP), imported and
  copied the same way; the profile of one more evidence import shows where the time goes.
* One big file: ``--big-mib`` MiB of random bytes behind an MP4 ``ftyp`` box (so it sniffs as
  video and is streamed), imported in a child process whose peak RSS is read from
  ``/proc/self/status`` (VmHWM, reset after unlocking so Argon2id's 64 MiB is not counted; the
  whole-process peak is reported too), against ``cp`` + ``sync`` of the same file.

Everything is written under a temporary folder that is removed at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import os
import pstats
import resource
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from bench.camera_photos import make_camera_jpegs
from bench.report import machine, table, write_section
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

ROOT = Path(__file__).resolve().parents[1]
# The full sample corpus beside the repository (or where the extended test run points), else the
# trimmed copy in tests/corpus (same file names, smaller files).
_CORPUS_ROOTS = [
    Path(os.environ.get("HUMDOC_EXTENDED_CORPUS") or ROOT.parent / "shared" / "corpus"),
    ROOT / "tests" / "corpus",
]
CORPUS = next(
    (r / "exif-samples" / "jpg" for r in _CORPUS_ROOTS if (r / "exif-samples" / "jpg").is_dir()),
    _CORPUS_ROOTS[-1] / "exif-samples" / "jpg",
)
PASSPHRASE = b"bench intake passphrase"
RSS_TARGET_MIB = 150
RATIO_TARGET = 0.7
# An ISO-BMFF ftyp box: size 28, major brand isom, minor 0x200, compatible isom iso2 mp41.
FTYP = (28).to_bytes(4, "big") + b"ftypisom" + (0x200).to_bytes(4, "big") + b"isomiso2mp41"


def corpus_jpegs() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*.jpg") if p.is_file())


def populate(folder: Path, sources: list[Path], min_bytes: int) -> list[Path]:
    """Copy ``sources`` into ``folder`` as many times as needed to reach ``min_bytes``."""
    folder.mkdir(parents=True)
    total = sum(p.stat().st_size for p in sources)
    copies = max(1, math.ceil(min_bytes / total))
    out = []
    for round_ in range(copies):
        for index, source in enumerate(sources):
            target = folder / f"{round_:02}-{index:03}-{source.name}"
            shutil.copyfile(source, target)
            out.append(target)
    return out


def cp_sync(files: list[Path], dest: Path, targeted: bool) -> float:
    """``cp FILES... dest`` then ``sync`` (or ``sync`` of just the copies); seconds."""
    dest.mkdir()
    start = time.perf_counter()
    subprocess.run(["cp", "--", *map(str, files), str(dest)], check=True)
    if targeted:
        subprocess.run(["sync", "--", *(str(dest / f.name) for f in files), str(dest)], check=True)
    else:
        subprocess.run(["sync"], check=True)
    took = time.perf_counter() - start
    shutil.rmtree(dest)
    return took


def new_vault(path: Path) -> str:
    with Session.create(path, PASSPHRASE, "field", KdfParams.floor()) as session:
        return session.cases.create("Intake bench").id


def import_run(vault: Path, case_id: str, files: list[Path], policy: str) -> tuple[float, int, int]:
    """Import ``files`` into an unlocked vault; (seconds, imported, refused). Unlock not timed."""
    with Session.open(vault, PASSPHRASE) as session:
        start = time.perf_counter()
        report = session.media.import_files(case_id, files, policy)
        took = time.perf_counter() - start
    return took, len(report.imported), len(report.failed)


def _short_path(filename: str) -> str:
    """A profiled function's file, relative to the library or project folder it lives in."""
    roots = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"], str(ROOT)]
    for root in roots:
        if filename.startswith(root.rstrip("/") + "/"):
            return filename[len(root.rstrip("/")) + 1 :]
    return Path(filename).name


def profile_import(vault: Path, case_id: str, files: list[Path], policy: str) -> str:
    """Top functions by own time for one import run, as a Markdown table."""
    with Session.open(vault, PASSPHRASE) as session:
        prof = cProfile.Profile()
        prof.enable()
        session.media.import_files(case_id, files, policy)
        prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    top = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:10]  # type: ignore[attr-defined]
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in top:
        where = _short_path(filename)
        rows.append(
            [
                f"`{func}` ({where}:{line})",
                str(ncalls),
                f"{tottime:.3f}",
                f"{tottime / total:.0%}",
                f"{cumtime:.3f}",
            ]
        )
    return table(["function", "calls", "own s", "share", "cumulative s"], rows)


def vm_status(field: str) -> int:
    """A ``/proc/self/status`` figure in KiB (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def child_import(vault: str, case_id: str, path: str, policy: str) -> None:
    """Run in a fresh process: unlock, reset the peak-RSS mark, import one file, report."""
    with Session.open(Path(vault), PASSPHRASE) as session:
        before_hwm = vm_status("VmHWM")
        reset = True
        try:
            Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
        except OSError:
            reset = False
        rss_at_start = vm_status("VmRSS")
        start = time.perf_counter()
        report = session.media.import_files(case_id, [Path(path)], policy)
        took = time.perf_counter() - start
        out = {
            "seconds": took,
            "imported": len(report.imported),
            "failed": report.failed,
            "kind": report.imported[0].kind if report.imported else None,
            "hwm_kib": vm_status("VmHWM"),
            "hwm_reset": reset,
            "hwm_before_kib": before_hwm,
            "rss_start_kib": rss_at_start,
            "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        }
    print(json.dumps(out))


def make_big(path: Path, mib: int) -> None:
    """``mib`` MiB of random bytes behind an MP4 ftyp box."""
    chunk = 16 * 1024 * 1024
    left = mib * 1024 * 1024
    with path.open("wb") as fh:
        fh.write(FTYP)
        left -= len(FTYP)
        while left > 0:
            n = min(chunk, left)
            fh.write(os.urandom(n))
            left -= n


def mibs(nbytes: int, seconds: float) -> str:
    return f"{nbytes / 1024**2 / seconds:.1f}"


def measure(
    files: list[Path], base: Path, runs: int, tag: str
) -> tuple[dict[str, list[float]], dict[str, tuple[int, int]], str]:
    """Interleaved runs of the peer and both policies over ``files``; plus an evidence profile."""
    results: dict[str, list[float]] = {}
    counts: dict[str, tuple[int, int]] = {}
    vaults: dict[str, tuple[Path, str]] = {}
    for policy in ("evidence", "keep"):
        vault = base / f"vault-{tag}-{policy}"
        vaults[policy] = (vault, new_vault(vault))
    for run in range(runs):  # interleaved, so a noisy minute hurts every tool alike
        for name in PEERS_AND_POLICIES:
            if name.startswith("cp"):
                took = cp_sync(files, base / f"dest-{tag}-{run}-{len(name)}", "only" in name)
            else:
                took, ok, bad = import_run(*vaults[name], files, name)
                counts[name] = (ok, bad)
            results.setdefault(name, []).append(took)
        print(tag, {k: [round(x, 2) for x in v] for k, v in results.items()}, flush=True)
    profile = profile_import(*vaults["evidence"], files, "evidence")
    for vault, _ in vaults.values():
        shutil.rmtree(vault)
    return results, counts, profile


def copies_of(folder: Path, sources: list[Path], count: int) -> list[Path]:
    """``count`` files in ``folder``: the sources copied round after round under new names."""
    folder.mkdir(parents=True)
    out = []
    for index in range(count):
        source = sources[index % len(sources)]
        target = folder / f"{index:05}-{source.name}"
        shutil.copyfile(source, target)
        out.append(target)
    return out


def scaling(base: Path, sources: list[Path], counts: tuple[int, ...], later: int) -> str:
    """How an evidence import's time per file grows with the files imported at once and with
    the photos the vault already holds, as a Markdown table."""
    rows = []
    biggest = max(counts)
    files = copies_of(base / "scale-src", sources, biggest + later)
    vault = base / "vault-scale"
    for count in counts:
        if vault.exists():
            shutil.rmtree(vault)
        case_id = new_vault(vault)
        batch = files[:count]
        size = sum(f.stat().st_size for f in batch)
        took, ok, _ = import_run(vault, case_id, batch, "evidence")
        rows.append([f"{ok:,}", "0", f"{took:.2f}", f"{took * 1000 / count:.1f}", mibs(size, took)])
        print("scale", rows[-1], flush=True)
    batch = files[biggest:]  # into the vault of the largest run, which holds ``biggest`` photos
    size = sum(f.stat().st_size for f in batch)
    took, ok, _ = import_run(vault, case_id, batch, "evidence")
    rows.append(
        [f"{ok:,}", f"{biggest:,}", f"{took:.2f}", f"{took * 1000 / later:.1f}", mibs(size, took)]
    )
    shutil.rmtree(vault)
    shutil.rmtree(base / "scale-src")
    head = ["photos imported", "already in the vault", "seconds", "ms per photo", "MiB/s"]
    return table(head, rows)


WHERE_THE_TIME_GOES = """\
What an import does that `cp` does not, and what was done about it:

- **Metadata.** exifread read each value through a seek and a read, a camera's maker note byte
  by byte and then again as directories: 28 % of an import in `s2n` alone. humdoc now runs
  exifread's own steps over a header that reads from memory and unpacks arrays at once
  (`humdoc/core/media/exif_tags.py`; the same tags, values and printable forms as
  `exifread.process_file` over every sample, which a test checks), about ten times faster;
  maker-note serial numbers and owner names are still read and shown.
- **Sync barriers.** Each file cost two attachments fsync'd one after the other, two folder
  fsyncs and a transaction with its own WAL fsync. `import_files` now commits in batches
  (64 files or 64 MiB): the batch's attachments are written, then synced together from a pool
  of threads (the filesystem's journal commits them at once), renamed, their folders synced once
  each, and one transaction records every item with its signed custody events. A file is
  reported imported only after its batch is committed (`tests/core/test_intake_kill.py` kills a
  real child process inside every step of a batch and at random moments).
- **Both cores.** The original is hashed, encrypted and written on a second thread while its
  metadata is read and its derivative made, and that one SHA-256 pass now serves as both the
  original's digest and the sealed copy's (it was computed twice).

What remains is work over every byte, which on a shared machine (load average {load} on
{cores} cores when the run ended) gets a fraction of a core: under `evidence` each byte is read,
hashed twice (original, derivative), encrypted twice (ChaCha20-Poly1305 of the sealed original
and of the derivative) and written twice, copied by the lossless strip (which parses the JPEG
twice and copies its scan data: `bytes.join` and `re.search` in the profiles), and scanned for XMP and
IPTC markers; each file also costs two signed custody events and its rows. Keeping the
derivative as a recipe over the sealed original (the byte ranges it keeps and its own SHA-256,
materialised at export) would remove one encryption and one write of every byte; it changes
export and the centre and was not done. The figures before these changes, for the same files
under the same load, are in the README's performance section.
"""

PEERS_AND_POLICIES = ("cp + sync", "cp + sync (copies only)", "evidence", "keep")
LABELS = {
    "cp + sync": "`cp` + `sync` (peer)",
    "cp + sync (copies only)": "`cp` + `sync FILES… DIR` (fsync of the copies only)",
    "evidence": "humdoc, policy evidence",
    "keep": "humdoc, policy keep",
}


def results_table(
    results: dict[str, list[float]], counts: dict[str, tuple[int, int]], total: int, nfiles: int
) -> tuple[str, float, float]:
    """The Markdown table of one set, and the evidence and keep ratios to ``cp`` + ``sync``."""
    best = {k: min(v) for k, v in results.items()}
    peer = best["cp + sync"]
    rows = []
    for name in PEERS_AND_POLICIES:
        secs = best[name]
        ok, bad = counts.get(name, (nfiles, 0))
        rows.append(
            [
                LABELS[name],
                f"{secs:.2f}",
                " / ".join(f"{x:.2f}" for x in results[name]),
                mibs(total, secs),
                f"{peer / secs:.2f}×",
                f"{ok} ({bad} refused)" if name in counts else str(nfiles),
            ]
        )
    head = ["tool", "best (s)", "runs (s)", "MiB/s", "throughput vs cp + sync", "files"]
    return table(head, rows), peer / best["evidence"], peer / best["keep"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_intake", description=__doc__)
    parser.add_argument("--min-mib", type=float, default=50.0, help="photo set size (MiB)")
    parser.add_argument("--big-mib", type=int, default=2048, help="size of the big file (MiB)")
    parser.add_argument("--large", type=int, default=8, help="large camera photos to make")
    parser.add_argument("--seed", type=int, default=20261130, help="seed of the large photos")
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs (photos)")
    parser.add_argument("--big-runs", type=int, default=2, help="best of this many (big file)")
    parser.add_argument(
        "--quick", action="store_true", help="10 MiB of photos, 2 large ones, 256 MiB file"
    )
    parser.add_argument("--no-write", action="store_true", help="print only; leave the doc alone")
    parser.add_argument("--child-import", nargs=4, metavar=("VAULT", "CASE", "FILE", "POLICY"))
    args = parser.parse_args(argv)
    if args.child_import:
        child_import(*args.child_import)
        return 0
    min_mib = 10.0 if args.quick else args.min_mib
    large = 2 if args.quick else args.large
    big_mib = 256 if args.quick else args.big_mib
    runs = 1 if args.quick else args.runs
    big_runs = 1 if args.quick else args.big_runs
    sources = corpus_jpegs()

    with tempfile.TemporaryDirectory(prefix="humdoc-bench-intake-") as tmp:
        base = Path(tmp)
        files = populate(base / "src", sources, int(min_mib * 1024**2))
        total = sum(f.stat().st_size for f in files)
        copies = len(files) // len(sources)
        print(f"{len(files)} files ({len(sources)} × {copies}), {total / 1024**2:.1f} MiB")

        # --- photos ------------------------------------------------------------------------
        results, counts, profile = measure(files, base, runs, "corpus")
        shutil.rmtree(base / "src")
        cameras = make_camera_jpegs(base / "large", large, sources, args.seed)
        large_total = sum(f.stat().st_size for f in cameras)
        print(f"{len(cameras)} large photos, {large_total / 1024**2:.1f} MiB", flush=True)
        large_results, large_counts, large_profile = measure(cameras, base, runs, "large")
        large_sizes = sorted(f.stat().st_size for f in cameras)
        shutil.rmtree(base / "large")
        scale_counts = (10, 100) if args.quick else (10, 100, 1000)
        scale_table = scaling(base, sources, scale_counts, 100)
        n = iter(range(10**6))

        # --- one big file --------------------------------------------------------------------
        big = base / "big.mp4"
        make_big(big, big_mib)
        big_bytes = big.stat().st_size
        big_vault = base / "vault-big"
        big_case = new_vault(big_vault)
        child_runs: list[dict[str, object]] = []
        peer_big: list[float] = []
        for _ in range(big_runs):
            peer_big.append(cp_sync([big], base / f"dest-{next(n)}", False))
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.bench_intake",
                    "--child-import",
                    str(big_vault),
                    big_case,
                    str(big),
                    "evidence",
                ],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            child_runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(child_runs[-1], f"peer {peer_big[-1]:.1f} s")
            shutil.rmtree(big_vault / "blobs")  # drop the sealed copy before the next run
            (big_vault / "blobs").mkdir()
        big.unlink()

    # --- report ------------------------------------------------------------------------------
    corpus_table, ratio_ev, ratio_keep = results_table(results, counts, total, len(files))
    large_table, large_ev, large_keep = results_table(
        large_results, large_counts, large_total, len(cameras)
    )
    best_child = min(child_runs, key=lambda r: float(r["seconds"]))  # type: ignore[arg-type]
    big_secs = float(best_child["seconds"])  # type: ignore[arg-type]
    hwm_mib = max(int(r["hwm_kib"]) for r in child_runs) / 1024  # type: ignore[call-overload]
    # VmHWM before the reset: the child's peak since it started (unlocking included). Its
    # ru_maxrss is not used: Linux carries the forking parent's size over into it, and this
    # parent holds the large photos it made.
    whole_mib = (
        max(max(int(r["hwm_before_kib"]), int(r["hwm_kib"])) for r in child_runs)  # type: ignore[call-overload]
        / 1024
    )
    start_mib = int(best_child["rss_start_kib"]) / 1024  # type: ignore[call-overload]
    reset = all(bool(r["hwm_reset"]) for r in child_runs)
    peer_big_best = min(peer_big)
    big_ratio = peer_big_best / big_secs
    body = "\n".join(
        [
            "## Intake (media import)\n",
            f"{len(sources)} corpus JPEGs (`exif-samples/jpg/**/*.jpg`) × {copies} copies = "
            f"{len(files)} files, {total / 1024**2:.1f} MiB. humdoc imports them with "
            "`session.media.import_files` into a vault (unlock not timed); the peer copies them "
            "with one `cp` into a folder and then runs `sync` (the whole system's dirty pages, as "
            "asked; the targeted `sync FILES… DIR` row fsyncs only the copies, the way humdoc "
            "fsyncs only its blobs). Runs are interleaved; best of "
            f"{runs}, all runs listed. Source files are in the page cache for every tool. "
            f"Machine: {machine()}, under other load at the time: the figures are "
            "noisy, and `sync` also waits for other processes' writes.\n",
            corpus_table,
            f"\nTarget humdoc ≥ {RATIO_TARGET}× of `cp` + `sync` under evidence: "
            f"{'met' if ratio_ev >= RATIO_TARGET else 'MISSED'} ({ratio_ev:.2f}×; keep "
            f"{ratio_keep:.2f}×).\n",
            "Where an evidence import spends its time (cProfile of one extra run, own time; "
            "cProfile slows Python code, so read shares, not seconds):\n",
            profile,
            f"\n### Large camera photos ({len(cameras)} files, {large_total / 1024**2:.1f} MiB)\n",
            f"Made by `bench/camera_photos.py` from seed {args.seed}: 12–24 MP JPEGs of "
            f"{large_sizes[0] / 1024**2:.1f}–{large_sizes[-1] / 1024**2:.1f} MB, each with the "
            "whole EXIF block (maker notes, thumbnail) of a corpus camera file and an XMP packet. "
            f"Same method as above, best of {runs}.\n",
            large_table,
            f"\nTarget ≥ {RATIO_TARGET}× under evidence: "
            f"{'met' if large_ev >= RATIO_TARGET else 'MISSED'} ({large_ev:.2f}×; keep "
            f"{large_keep:.2f}×).\n",
            "Where an evidence import of the large photos spends its time (cProfile, own time):\n",
            large_profile,
            "\n"
            + WHERE_THE_TIME_GOES.format(load=f"{os.getloadavg()[0]:.1f}", cores=os.cpu_count()),
            "\n### Scaling (corpus JPEGs, evidence, one run each)\n",
            "Time per photo as more photos are imported at once (a fresh vault each time), then "
            "100 more into the vault of the largest run. Per-photo time as files grow is in the "
            "two sets above (0.3 MB corpus photos, 4–8 MB camera photos).\n",
            scale_table,
            f"\n### One big file ({big_bytes / 1024**3:.2f} GiB, MP4 header, random bytes)\n",
            f"Imported under evidence (a video: streamed, no derivative) in a fresh child "
            f"process; best of {big_runs}.\n",
            table(
                ["tool", "seconds (runs)", "MiB/s", "throughput vs cp + sync"],
                [
                    [
                        "`cp` + `sync` (peer)",
                        f"{peer_big_best:.1f} (" + " / ".join(f"{x:.1f}" for x in peer_big) + ")",
                        mibs(big_bytes, peer_big_best),
                        "1.00×",
                    ],
                    [
                        "humdoc import",
                        f"{big_secs:.1f} ("
                        + " / ".join(f"{float(r['seconds']):.1f}" for r in child_runs)  # type: ignore[arg-type]
                        + ")",
                        mibs(big_bytes, big_secs),
                        f"{big_ratio:.2f}×",
                    ],
                ],
            ),
            f"\nPeak RSS of the import: {hwm_mib:.0f} MiB (VmHWM"
            + (
                f", reset after unlocking; RSS was {start_mib:.0f} MiB when the import began)"
                if reset
                else "; could not be reset, so it includes unlocking)"
            )
            + f"; target < {RSS_TARGET_MIB} MB: "
            + ("met" if hwm_mib * 1.048576 < RSS_TARGET_MIB else "MISSED")
            + f". Whole child process including unlock (Argon2id at 64 MiB): {whole_mib:.0f} "
            "MiB (VmHWM before the reset).",
        ]
    )
    if not args.no_write:
        write_section("intake", body)
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
