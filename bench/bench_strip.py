"""Strip benchmark: humdoc's lossless strip against exiftool and mat2, on two sets of photos.

Run as ``python -m bench.bench_strip`` (``--quick``: fewer large files and runs). The sets:

- the corpus: every JPEG of the sample corpus (the full shared corpus where it sits beside the
  repository or ``HUMDOC_EXTENDED_CORPUS`` names it, else the one in tests/corpus), copied three
  times, small files from some forty cameras;
- the large set (``bench.largeset``): 12–50 MP camera and phone JPEGs of 6–15 MB with full EXIF,
  maker notes, GPS, XMP, IPTC, an ICC profile and an MPF preview, plus 12 MP HEIC photos (which
  humdoc converts to PNG, pixel for pixel, and so are reported on their own).

Each tool cleans its own fresh copies in place, in one invocation. humdoc is timed in this process
(libraries already loaded) and in a fresh Python process (start-up included, like the peers).
The pixel column counts files whose decoded pixels (Pillow) still equal the original's.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from bench import largeset
from bench.report import table, write_section
from bench.strip_folder import copy_folder, strip_folder, strip_folder_mapped, strip_in_memory
from humdoc.core.errors import HumdocError
from humdoc.core.media import sniff
from humdoc.core.media._imaging import decode_pixels

_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = (
    Path(os.environ.get("HUMDOC_EXTENDED_CORPUS") or _ROOT.parent / "shared" / "corpus")
    / "exif-samples"
)
if not SAMPLES.is_dir():
    SAMPLES = _ROOT / "tests" / "corpus" / "exif-samples"
COPIES = 3
REPEATS = 5  # each figure is the median of this many runs, on fresh copies
LARGE_COUNT = 12  # large JPEGs: every kind of camera in bench.largeset, some twice
LARGE_HEIC = 2
LARGE_SEED = 1
EXIFTOOL = ["exiftool", "-all=", "-overwrite_original", "-q", "-q"]
MAT2 = ["mat2", "--inplace"]

IN_PROCESS = "humdoc (in process, bytes)"
MAPPED = "humdoc (in process, mapped)"
#: Not a cleaner: each file copied beside itself by the kernel and renamed over it, the
#: filesystem work any in-place cleaner does, so that the table shows how much of a tool's time
#: is left to it.
FLOOR = "floor: kernel copy + rename, nothing removed"

#: One row: tool, median wall time and its CPU time (None: not run), files, pixel-identical
#: files, notes.
Row = tuple[str, float | None, float | None, int, int, str]


def corpus_jpegs() -> list[Path]:
    """Every JPEG of the corpus (by content, not by name)."""
    found = []
    for path in sorted(SAMPLES.rglob("*")):
        if path.is_file():
            try:
                if sniff(path.read_bytes()[:4096]).format == "jpeg":
                    found.append(path)
            except HumdocError:
                continue
    return found


def populate(folder: Path, sources: list[Path], copies: int) -> list[tuple[Path, Path]]:
    """Copy each source ``copies`` times into ``folder``; return (copy, original) pairs."""
    folder.mkdir(parents=True)
    pairs = []
    for round_ in range(copies):
        for index, source in enumerate(sources):
            target = folder / f"{round_}-{index}{source.suffix.lower()}"
            shutil.copyfile(source, target)
            pairs.append((target, source))
    return pairs


def _pixel_digest(data: bytes) -> str:
    mode, size, raw = decode_pixels(data)
    return hashlib.sha256(f"{mode} {size}".encode() + raw).hexdigest()


def identical(pairs: list[tuple[Path, Path]], originals: dict[Path, str]) -> int:
    """How many copies (or their converted files) decode to exactly their original's pixels.

    ``originals`` caches each original's pixel digest across runs.
    """
    count = 0
    for copy, source in pairs:
        found = copy if copy.exists() else next(copy.parent.glob(copy.stem + ".*"), None)
        if found is None:
            continue
        try:
            if source not in originals:
                originals[source] = _pixel_digest(source.read_bytes())
            count += _pixel_digest(found.read_bytes()) == originals[source]
        except HumdocError:
            continue
    return count


def timed(command: list[str]) -> tuple[float, float, int]:
    """Run ``command``; return its wall time, its CPU time (user + system) and exit status."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, done.returncode


#: One run of a tool: wall time, CPU time, the (copy, original) pairs it cleaned, a note.
Run = tuple[float, float, list[tuple[Path, Path]], str]


def measure(base: Path, name: str, sources: list[Path], copies: int, repeats: int) -> list[Row]:
    """Each tool's median run over fresh copies of ``sources``; pixels checked on that run.

    The tools take turns, run after run, each run starting with the next tool, so that a change
    in the machine's load (it is shared) falls on all of them alike.
    """
    originals: dict[Path, str] = {}
    runs = iter(range(10**6))

    def fresh(tool: str) -> tuple[Path, list[tuple[Path, Path]]]:
        folder = base / f"{name}-{tool}-{next(runs)}"
        pairs = populate(folder, sources, copies)
        os.sync()  # no tool pays for writing back another's copies
        return folder, pairs

    def in_process(strip: Callable[[Path], int]) -> Run:
        folder, pairs = fresh("humdoc")
        cpu, start = time.process_time(), time.perf_counter()
        refused = strip(folder)
        wall = time.perf_counter() - start
        return wall, time.process_time() - cpu, pairs, f"{refused} refused"

    def in_memory() -> Run:
        folder, pairs = fresh("memory")
        datas = [copy.read_bytes() for copy, _ in pairs]
        cpu, start = time.process_time(), time.perf_counter()
        refused = strip_in_memory(datas)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        strip_folder(folder)  # so that the pixel column checks the same derivatives
        return wall, cpu, pairs, f"{refused} refused; files already read, none written"

    def external(args: list[str]) -> Run:
        folder, pairs = fresh(args[0].rsplit("/", 1)[-1])
        if args[0] == sys.executable:
            wall, cpu, status = timed([*args, str(folder)])
        else:
            wall, cpu, status = timed([*args, *(str(copy) for copy, _ in pairs)])
        return wall, cpu, pairs, f"exit {status}"

    cold = [sys.executable, "-m", "bench.strip_folder", "--mapped"]
    tools: list[tuple[str, Callable[[], Run]]] = [
        (IN_PROCESS, functools.partial(in_process, strip_folder)),
        (MAPPED, functools.partial(in_process, strip_folder_mapped)),
        ("humdoc (fresh process, mapped)", lambda: external(cold)),
    ]
    tools.append(("humdoc strip function alone", in_memory))
    tools.append((FLOOR, functools.partial(in_process, copy_folder)))
    missing = []
    for label, command in (("exiftool -all=", EXIFTOOL), ("mat2 --inplace", MAT2)):
        if shutil.which(command[0]) is None:
            missing.append(label)
        else:
            tools.append((label, functools.partial(external, command)))
    results: dict[str, list[Run]] = {label: [] for label, _ in tools}
    for repeat in range(repeats):
        # Each run starts with the next tool, so that no tool always follows mat2's heavy
        # writing (the filesystem is still settling it when the next run starts).
        turn = repeat % len(tools)
        for label, run in tools[turn:] + tools[:turn]:
            results[label].append(run())
    rows: list[Row] = []
    for label, _ in tools:
        ordered = sorted(results[label], key=lambda r: r[0])
        wall, cpu, pairs, notes = ordered[len(ordered) // 2]  # the median run
        rows.append((label, wall, cpu, len(pairs), identical(pairs, originals), notes))
        for other in ordered:
            if other[2] is not pairs:
                shutil.rmtree(other[2][0][0].parent)
    rows += [(label, None, None, 0, 0, "not installed") for label in missing]
    return rows


def render(rows: list[Row]) -> str:
    """``rows`` as a Markdown table with each time's ratio to exiftool's."""
    exiftool_seconds = next((r[1] for r in rows if r[0].startswith("exiftool")), None)
    return (
        table(
            [
                "tool",
                "wall time (s)",
                "× exiftool",
                "CPU time (s)",
                "files",
                "pixel-identical",
                "notes",
            ],
            [
                [
                    name,
                    "n/a" if secs is None else f"{secs:.2f}",
                    "n/a"
                    if secs is None or not exiftool_seconds
                    else f"{secs / exiftool_seconds:.2f}",
                    "n/a" if cpu is None else f"{cpu:.2f}",
                    str(files),
                    f"{same}/{files}" if files else "n/a",
                    notes,
                ]
                for name, secs, cpu, files, same, notes in rows
            ],
        )
        + "\n\n"
        + verdict(rows)
    )


def verdict(rows: list[Row]) -> str:
    """humdoc's in-process wall and CPU times as fractions of exiftool's, one line a way."""
    found = {name: row for name, *row in rows}
    exiftool = found.get("exiftool -all=")
    lines = []
    for name in (IN_PROCESS, MAPPED):
        humdoc = found.get(name)
        if humdoc is None or exiftool is None:
            continue
        h_wall, h_cpu, files, same, _ = humdoc
        e_wall, e_cpu, *_ = exiftool
        if h_wall is None or h_cpu is None or not e_wall or not e_cpu:
            continue
        wall, cpu = float(h_wall) / float(e_wall), float(h_cpu) / float(e_cpu)
        met = "met" if wall <= 0.5 and same == files else "missed"
        lines.append(
            f"- {name}: {wall:.2f}× exiftool's wall time and {cpu:.2f}× its CPU time,"
            f" {same}/{files} pixel-identical: target (≤ 0.5×, 100 %) {met}."
        )
    return "\n".join(lines) or "No verdict: exiftool is not installed."


def megabytes(paths: list[Path]) -> str:
    """The total size of ``paths`` in MB, one decimal."""
    return f"{sum(p.stat().st_size for p in paths) / 1e6:.1f} MB"


def scaling(paths: list[Path]) -> str:
    """How the strip function's time grows with a photo's size: one row per distinct size,
    each the best of three in-memory strips (CPU time, so that other load on the machine
    does not show), smallest first."""
    rows = []
    seen: set[str] = set()
    for path in sorted(paths, key=lambda p: p.stat().st_size):
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as image:  # the header alone: nothing decoded
            megapixels = image.width * image.height / 1e6
        if f"{megapixels:.0f}" in seen:
            continue
        seen.add(f"{megapixels:.0f}")
        best = min(_cpu(functools.partial(strip_in_memory, [data])) for _ in range(3))
        mb = len(data) / 1e6
        rows.append([f"{megapixels:.0f} MP", f"{mb:.1f}", f"{best * 1000:.1f}", f"{mb / best:.0f}"])
    return table(["photo", "MB", "strip CPU time (ms)", "MB/s"], rows)


#: What a HEIC photo's strip spends its time in, by cProfile function (own CPU time).
HEIC_PARTS = (
    ("encoding the PNG (zlib, in Pillow)", "encode' of 'ImagingEncoder"),
    ("decoding the HEVC image (libheif, through pillow-heif)", "pillow_heif/heif.py"),
    ("decoding the PNG again to check its pixels (zlib, in Pillow)", "decode' of 'ImagingDecoder"),
)


def heic_profile(paths: list[Path]) -> str:
    """Where the strip function's CPU time goes on ``paths`` (HEIC photos): a sentence."""
    import cProfile
    import pstats

    from humdoc.core.media import Policy, make_derivative

    datas = [p.read_bytes() for p in paths]
    make_derivative(datas[0], sniff(datas[0][:4096]), Policy.STRIP)  # imports, codecs loaded
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for data in datas:
        make_derivative(data, sniff(data[:4096]), Policy.STRIP)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())
    parts = []
    for label, needle in HEIC_PARTS:
        own = sum(v[2] for k, v in stats.items() if needle in f"{k[0]}:{k[2]}")
        parts.append((label, own))
    named = sum(own for _, own in parts)
    return (
        f"Where the strip function's {total:.2f} s of CPU time on these photos goes (cProfile, "
        "own time): "
        + "; ".join(f"{label} {own:.2f} s" for label, own in parts)
        + f": {named / total:.0%} in the two codecs' libraries. Each photo's HEVC image is "
        "decoded once and kept while its PNG is encoded, then decoded again and compared with "
        "it strip by strip.\n"
    )


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def main(argv: list[str]) -> int:
    """Run the benchmark and write its section of docs/benchmarks.md."""
    quick = "--quick" in argv
    repeats = 3 if quick else REPEATS
    sources = corpus_jpegs()
    large = largeset.ensure(
        count=4 if quick else LARGE_COUNT, seed=LARGE_SEED, heic=1 if quick else LARGE_HEIC
    )
    large_jpegs = [p for p in large if p.suffix == ".jpg"]
    large_heic = [p for p in large if p.suffix == ".heic"]
    with tempfile.TemporaryDirectory(prefix="humdoc-bench-") as tmp:
        base = Path(tmp)
        corpus_rows = measure(base, "corpus", sources, COPIES, repeats)
        large_rows = measure(base, "large", large_jpegs, 1, repeats)
        heic_rows = measure(base, "heic", large_heic, 1, repeats) if large_heic else []
    load = os.getloadavg()[1]  # over the last 5 minutes: the shared machine's other work
    runs = (
        f"Each time is the median of {repeats} runs on fresh copies, the tools taking turns;"
        " CPU time is that run's user + system time. The machine's load average at the end"
        f" was {load:.1f} on {os.cpu_count()} cores: when it is above the core count the tools"
        " wait for a core, and the wall times swing between runs"
    )
    body = [
        "## Strip (lossless metadata removal)\n",
        "Each tool cleans its own copies in place, in one invocation, writing each clean copy",
        "beside its file and renaming it over it. humdoc runs two ways (`bench/strip_folder.py`):",
        "*bytes* reads each file into memory and calls `make_derivative`, as intake and export do",
        "with a decrypted file; *mapped* maps each JPEG to find what to keep",
        "(`jpeg.strip_layout`: the new header bytes and the runs of the file kept unchanged),",
        "writes the header and has the kernel copy the kept runs from the file",
        "(`os.copy_file_range`), so the image data never passes through Python; the next file",
        "is scanned while the kernel copies and renames the last ones on three threads (renaming",
        "a new file over an old one makes ext4 start writing it out, and the rename waits for",
        "the disk, not a core: three in flight overlap those waits). Both write the same bytes",
        "after the same checks (byte for byte what `make_derivative` makes, which",
        "`tests/core/media/test_strip_folder.py` checks).",
        f"{runs}. Pixel-identical counts files that still decode (Pillow) to the original's",
        "pixels. Target: humdoc ≤ 0.5× exiftool's wall time, 100 % pixel-identical.\n",
        f"### Corpus: {len(sources)} JPEGs × {COPIES} copies ({megabytes(sources * COPIES)})\n",
        render(corpus_rows),
        "",
        f"### Large photos: {len(large_jpegs)} JPEGs of 12–50 MP ({megabytes(large_jpegs)})\n",
        "Generated by `bench/largeset.py` (seed 1): real cameras' EXIF with maker notes and GPS,",
        "XMP, IPTC, ICC profile, EXIF thumbnail and an MPF preview after the image.\n",
        render(large_rows),
        "",
        "Where the time goes: the strip function alone (files already in memory, nothing",
        "written) is one scan of the entropy-coded data for markers (a compiled regular",
        "expression, the only pass over every byte), the header segments read as views of the",
        "file and the kept runs joined once. The rest is the files: *bytes* copies each file",
        "into memory, joins the derivative into a new object and copies it to the kernel; *mapped*",
        "does none of these copies: the kernel copies the kept runs from file to file. (Reading",
        "a 15 MB file into a new Python object and writing it out again costs more than exiftool's",
        "whole clean: fresh memory is faulted in page by page.) Creating, writing and renaming the",
        "clean copy is the same filesystem work exiftool does: the floor row does only that (each",
        "file copied unchanged beside itself by the kernel and renamed over it, in process, on",
        "as many threads as *mapped* uses), so",
        "no in-place cleaner can be much faster than it; humdoc's time above the floor is its",
        "own work: the marker scan of the image data. On a loaded",
        "machine a run waits for a core in proportion to the CPU it needs, so the CPU column is",
        "the steadier comparison.\n",
        "How the strip function's own time grows with the photo's size (one file at a time; the",
        "files of a folder are stripped one after another, so a folder's time is their sum):\n",
        scaling(large_jpegs),
    ]
    if heic_rows:
        body += [
            "",
            f"### Large HEIC: {len(large_heic)} phone photos of 12 MP ({megabytes(large_heic)})\n",
            "humdoc cannot clean HEIC in place: it decodes the HEVC image and writes a PNG with",
            "the same pixels, so these files cost a decode and a PNG encode each, and humdoc is",
            "slower than exiftool, which rewrites only the metadata items.\n",
            render(heic_rows),
            "",
            heic_profile(large_heic),
        ]
    text = "\n".join(body)
    write_section("strip", text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
