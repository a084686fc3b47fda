"""``python -m fuzz [--seconds N] [TARGET ...]``: fuzz every target (or those named) in turn.

Each target runs in its own atheris process for ``--seconds`` (default ``$FUZZ_SECONDS`` or 20),
seeded from ``fuzz/corpus/<target>/``; what it learns goes to ``build/fuzz/<target>/corpus`` (kept
between runs, so a long run goes on where the last one stopped) and its findings to
``build/fuzz/<target>/findings`` (``--work`` moves both). A hang or memory blow-up stops the process: it is recorded and the
target restarts for the rest of its time. Prints cases run and new findings per target; exits 1 if
any target had a finding, 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from fuzz.targets import TARGETS, Target

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fuzz" / "corpus"
WORK = ROOT / "build" / "fuzz"
_ARTIFACT = re.compile(r"^(finding|crash|timeout|oom|leak|slow-unit)-[0-9a-f]+$")
_EXECUTED = re.compile(r"stat::number_of_executed_units: (\d+)")
_PROGRESS = re.compile(r"^#(\d+)\s.*?cov: (\d+)", re.MULTILINE)
_RESTARTS = 20  # a target that dies this often in one budget is reported, not retried further


def _artifacts(findings: Path) -> set[str]:
    return (
        {p.name for p in findings.iterdir() if _ARTIFACT.match(p.name)}
        if findings.exists()
        else set()
    )


def _fuzz(target: Target, seconds: int, work: Path) -> tuple[int, int, list[str]]:
    """Run ``target`` for ``seconds``; return (cases run, coverage edges, new finding files)."""
    work = work / target.name
    corpus, findings = work / "corpus", work / "findings"
    corpus.mkdir(parents=True, exist_ok=True)
    findings.mkdir(parents=True, exist_ok=True)
    before = _artifacts(findings)
    deadline = time.monotonic() + seconds
    cases = coverage = 0
    with (work / "fuzz.log").open("w") as log:
        for _ in range(_RESTARTS):
            left = int(deadline - time.monotonic())
            if left < 1:
                break
            command = [
                sys.executable, "-m", "fuzz.harness", target.name, str(findings),
                ",".join(target.libraries) or "-",
                f"-max_total_time={left}", f"-timeout={target.timeout}",
                f"-rss_limit_mb={target.rss_mb}", f"-max_len={target.max_len}",
                f"-artifact_prefix={findings}/", "-print_final_stats=1",
            ]  # fmt: skip
            if target.dictionary:
                command.append(f"-dict={ROOT / 'fuzz' / 'dicts' / target.dictionary}")
            command += [str(corpus), str(SEEDS / target.name)]
            proc = subprocess.run(
                command, cwd=ROOT, capture_output=True, text=True, errors="replace", check=False
            )
            log.write(proc.stderr)
            executed = _EXECUTED.findall(proc.stderr)
            progress = _PROGRESS.findall(proc.stderr)
            cases += int(executed[-1]) if executed else int(progress[-1][0]) if progress else 0
            coverage = max(coverage, int(progress[-1][1]) if progress else 0)
            if proc.returncode == 0:
                break
            if not _artifacts(findings) - before and not progress:
                raise SystemExit(
                    f"fuzz target {target.name} failed to start:\n{proc.stderr[-2000:]}"
                )
    return cases, coverage, sorted(_artifacts(findings) - before)


def main() -> int:
    """Parse the arguments, fuzz each target in turn, print one line per target and a total."""
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS") or 20))
    parser.add_argument("--work", type=Path, default=WORK, help="where corpora and findings go")
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=", ".join(TARGETS))
    args = parser.parse_args()
    names = args.targets or list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        parser.error(f"unknown target {unknown[0]!r}; choose from {', '.join(TARGETS)}")
    print(f"fuzzing {len(names)} targets for {args.seconds} s each (atheris, libFuzzer)")
    total_cases = total_findings = 0
    for name in names:
        started = time.monotonic()
        cases, coverage, found = _fuzz(TARGETS[name], args.seconds, args.work)
        rate = cases / max(time.monotonic() - started, 1e-3)
        total_cases += cases
        total_findings += len(found)
        print(
            f"{name:9} {cases:>10,} cases {rate:>8,.0f}/s  coverage {coverage:>5}  "
            f"findings {len(found)}",
            flush=True,
        )
        for artifact in found:
            print(f"          {args.work / name / 'findings' / artifact}")
        earlier = len(_artifacts(args.work / name / "findings")) - len(found)
        if earlier:
            # Counted once, when first found; they stay until fixed and moved to fuzz/corpus.
            print(f"          (and {earlier} found by earlier runs, still in {args.work / name})")
    print(f"total     {total_cases:>10,} cases  findings {total_findings}")
    return 1 if total_findings else 0


if __name__ == "__main__":
    sys.exit(main())
