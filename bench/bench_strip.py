"""Strip benchmark: humdoc's lossless strip against exiftool and mat2 on the corpus JPEGs.

Run as ``python -m bench.bench_strip``. Every corpus JPEG is copied three times into a temporary
folder per tool; each tool cleans its own copies in place. humdoc is timed twice: in this process
(libraries already loaded) and in a fresh Python process (start-up included, like the peers). The
pixel column counts files whose decoded pixels still equal the original's.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import table, write_section
from humdoc.core.errors import HumdocError, MediaError
from humdoc.core.media import Policy, make_derivative, sniff
from humdoc.core.media._imaging import decode_pixels

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "exif-samples"
COPIES = 3
REPEATS = 5  # each figure is the median of this many runs, on fresh copies
EXIFTOOL = ["exiftool", "-all=", "-overwrite_original", "-q", "-q"]
MAT2 = ["mat2", "--inplace"]


def corpus_jpegs() -> list[Path]:
    """Every JPEG of the shared corpus (by content, not by name)."""
    found = []
    for path in sorted(SAMPLES.rglob("*")):
        if path.is_file():
            try:
                if sniff(path.read_bytes()[:4096]).format == "jpeg":
                    found.append(path)
            except HumdocError:
                continue
    return found


def populate(folder: Path, sources: list[Path]) -> list[tuple[Path, Path]]:
    """Copy each source ``COPIES`` times into ``folder``; return (copy, original) pairs."""
    folder.mkdir(parents=True)
    pairs = []
    for round_ in range(COPIES):
        for index, source in enumerate(sources):
            target = folder / f"{round_}-{index}.jpg"
            shutil.copyfile(source, target)
            pairs.append((target, source))
    return pairs


def strip_folder(folder: Path) -> int:
    """Strip every file in ``folder`` in place with humdoc; return how many were refused."""
    refused = 0
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        try:
            derivative = make_derivative(data, sniff(data[:4096]), Policy.STRIP)
        except MediaError:
            refused += 1
            continue
        path.write_bytes(derivative.data)
    return refused


def identical(pairs: list[tuple[Path, Path]]) -> int:
    """How many copies decode to exactly their original's pixels."""
    count = 0
    for copy, source in pairs:
        try:
            count += decode_pixels(copy.read_bytes()) == decode_pixels(source.read_bytes())
        except HumdocError:
            continue
    return count


def timed(command: list[str]) -> tuple[float, int]:
    """Run ``command``; return its wall time and exit status."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start, done.returncode


def main(argv: list[str]) -> int:
    """Run the benchmark and write its section of docs/benchmarks.md."""
    if len(argv) == 2 and argv[0] == "--strip-folder":
        strip_folder(Path(argv[1]))
        return 0
    sources = corpus_jpegs()
    rows: list[tuple[str, float | None, int, int, str]] = []
    with tempfile.TemporaryDirectory(prefix="humdoc-bench-") as tmp:
        base = Path(tmp)
        runs = iter(range(10**6))

        def fresh(name: str) -> tuple[Path, list[tuple[Path, Path]]]:
            folder = base / f"{name}-{next(runs)}"
            return folder, populate(folder, sources)

        def in_process() -> tuple[float, int, int, str]:
            folder, pairs = fresh("humdoc")
            start = time.perf_counter()
            refused = strip_folder(folder)
            return time.perf_counter() - start, len(pairs), identical(pairs), f"{refused} refused"

        def external(args: list[str]) -> tuple[float, int, int, str]:
            folder, pairs = fresh(args[0].rsplit("/", 1)[-1])
            if args[0] == sys.executable:
                seconds, status = timed([*args, str(folder)])
            else:
                seconds, status = timed([*args, *(str(copy) for copy, _ in pairs)])
            return seconds, len(pairs), identical(pairs), f"exit {status}"

        cold = [sys.executable, "-m", "bench.bench_strip", "--strip-folder"]
        for name, run, tool in (
            ("humdoc (in process)", in_process, None),
            ("humdoc (fresh process)", lambda: external(cold), None),
            ("exiftool -all=", lambda: external(EXIFTOOL), "exiftool"),
            ("mat2 --inplace", lambda: external(MAT2), "mat2"),
        ):
            if tool is not None and shutil.which(tool) is None:
                rows.append((name, None, 0, 0, "not installed"))
                continue
            results = sorted((run() for _ in range(REPEATS)), key=lambda r: r[0])
            seconds, files, same, notes = results[len(results) // 2]  # the median run
            rows.append((name, seconds, files, same, notes))
    exiftool_seconds = next((r[1] for r in rows if r[0].startswith("exiftool")), None)
    body = [
        "## Strip (lossless metadata removal)\n",
        f"{len(sources)} corpus JPEGs × {COPIES} copies; each tool cleans its copies in place, in",
        f"one invocation; each time is the median of {REPEATS} runs on fresh copies.",
        "Pixel-identical counts files that still decode to the original's pixels.\n",
        table(
            ["tool", "wall time (s)", "× exiftool", "files", "pixel-identical", "notes"],
            [
                [
                    name,
                    "n/a" if secs is None else f"{secs:.2f}",
                    "n/a"
                    if secs is None or not exiftool_seconds
                    else f"{secs / exiftool_seconds:.2f}",
                    str(files),
                    f"{same}/{files}" if files else "n/a",
                    notes,
                ]
                for name, secs, files, same, notes in rows
            ],
        ),
    ]
    text = "\n".join(body)
    write_section("strip", text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
