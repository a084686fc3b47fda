"""``python -m crashtest``: kill every operation at random points and print what survived.

Environment: ``CRASH_KILLS`` (kills per operation), ``CRASH_SEED`` (replay a run),
``CRASH_OPS`` (comma-separated subset of the operations), ``CRASH_JOBS`` (operations run at
once), ``CRASH_KEEP`` (keep the work folder). Exits 1 if any kill left a vault that does not
open, fails its check, lost a committed step, or left a file that wrongly verifies.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from crashtest.harness import Tally, run_operation
from crashtest.scenarios import SCENARIOS

DEFAULT_KILLS = 30


def table(tallies: list[Tally]) -> str:
    head: tuple[str, ...] = (
        "operation",
        "kills",
        "opened",
        "check ok",
        "steps",
        "lost",
        "files",
        "bad pass",
        "s",
    )
    rows: list[tuple[str, ...]] = [head] + [
        (
            t.operation,
            str(t.kills),
            str(t.opened),
            str(t.checked),
            str(t.steps),
            str(len(t.lost)),
            str(t.files),
            str(len(t.bad_passed)),
            f"{t.seconds:.0f}",
        )
        for t in tallies
    ]
    total = [sum(int(r[i]) for r in rows[1:]) for i in range(1, len(head))]
    rows.append(("total", *(str(n) for n in total)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    return "\n".join(lines)


def main() -> int:
    kills = int(os.environ.get("CRASH_KILLS", DEFAULT_KILLS))
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(2**32))
    ops = [o for o in os.environ.get("CRASH_OPS", ",".join(SCENARIOS)).split(",") if o]
    unknown = set(ops) - set(SCENARIOS)
    if unknown:
        print(
            f"unknown operation(s): {', '.join(sorted(unknown))}; known: {', '.join(SCENARIOS)}",
            file=sys.stderr,
        )
        return 2
    jobs = int(os.environ.get("CRASH_JOBS") or min(2, os.cpu_count() or 1))
    work = Path(tempfile.mkdtemp(prefix="humdoc-crashtest-"))
    print(
        f"crashtest: {kills} kills per operation, seed {seed} (replay: CRASH_SEED={seed}), {jobs} at once",
        flush=True,
    )
    began = time.monotonic()
    # Each operation gets its own seed derived from the run's, so CRASH_OPS=x replays x alone.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(run_operation, op, kills, seed + i, work / op)
            for i, op in enumerate(SCENARIOS)
            if op in ops
        ]
        for future in as_completed(futures):  # a line as each finishes: the run is long
            t = future.result()
            verdict = "ok" if t.ok else "FAILED"
            print(
                f"  {t.operation}: {t.kills} kills, {t.steps} steps, {t.seconds:.0f} s, {verdict}",
                flush=True,
            )
        tallies = [f.result() for f in futures]
    print(table(tallies))
    print(f"{time.monotonic() - began:.0f} s in all")
    failed = [t for t in tallies if not t.ok]
    for t in failed:
        print(f"FAILED {t.operation} (seed {t.seed}):", file=sys.stderr)
        for line in t.failures[:20]:
            print(f"  {line}", file=sys.stderr)
    if os.environ.get("CRASH_KEEP") or failed:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
