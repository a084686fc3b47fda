"""The kill loop: start the child, let it work for a random time, SIGKILL it by PID, check.

Kill points are random delays drawn from a seeded ``random.Random``. Each operation is timed once
first: a child runs two steps to completion (``CRASH_STEPS=2``), which gives how long the child
takes to unlock and how long a step takes. Most kills then land at a uniform random time in the
first 2.5 steps after the child said ``READY`` (so inside every part of a step, and between
steps); one in eight lands while the child is still starting (unlocking, sweeping what the
previous kill left). Sleeps are not exactly replayable, but the seed replays the same delays.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from crashtest.scenarios import SCENARIOS, Outcome, Scenario

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT = 120.0


@dataclass
class Tally:
    """What one operation's kills came to."""

    operation: str
    seed: int
    kills: int = 0
    opened: int = 0
    checked: int = 0
    steps: int = 0
    lost: list[str] = field(default_factory=list)
    files: int = 0
    bad_passed: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


class ChildFailed(Exception):
    """The child stopped by itself (an error) instead of being killed."""


def _lines(stream: IO[bytes]) -> list[str]:
    return stream.read().decode(errors="replace").splitlines()


def _start(scenario: Scenario, steps: int = 0) -> tuple[subprocess.Popen[bytes], float]:
    state_file = scenario.work / "state.json"
    state_file.write_text(json.dumps(scenario.state()), encoding="utf-8")
    env = {**os.environ, "HUMDOC_KDF": "floor", "CRASH_STEPS": str(steps)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "crashtest.driver", scenario.name.split()[0], str(state_file)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return proc, time.monotonic()


def _wait_ready(proc: subprocess.Popen[bytes]) -> None:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], READY_TIMEOUT)
    line = proc.stdout.readline().decode().strip() if ready else ""
    if line != "READY":
        proc.kill()
        proc.wait()
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise ChildFailed(f"child did not start: {line!r} {err.strip()[-300:]}")


def _commits(scenario: Scenario, lines: list[str]) -> int:
    count = 0
    for line in lines:
        if line.startswith("COMMIT "):
            scenario.record(json.loads(line[len("COMMIT ") :]))
            count += 1
    return count


def calibrate(scenario: Scenario) -> tuple[float, float, int]:
    """Run two steps to completion; return (seconds to READY, seconds per step, steps).

    A step is timed from ``READY`` to its ``COMMIT`` line, not to the child's exit: closing the
    vault and ending the interpreter can take longer than a step.
    """
    scenario.before_run()
    proc, started = _start(scenario, steps=2)
    _wait_ready(proc)
    ready = last = time.monotonic()
    assert proc.stdout is not None and proc.stderr is not None
    lines = []
    for raw in iter(proc.stdout.readline, b""):
        lines.append(raw.decode(errors="replace").strip())
        if lines[-1].startswith("COMMIT "):
            last = time.monotonic()
    err = proc.stderr.read().decode(errors="replace")
    if proc.wait() != 0:
        raise ChildFailed(f"calibration run failed: {err.strip()[-300:]}")
    done = _commits(scenario, lines)
    return ready - started, (last - ready) / max(done, 1), done


def kill_once(scenario: Scenario, rng: random.Random, startup: float, window: float) -> int:
    """Start a child, SIGKILL it at a random point, record what it committed; return that count."""
    scenario.before_run()
    early = rng.random() < 0.125
    delay = rng.uniform(0, startup) if early else rng.uniform(0, window)
    proc, _started = _start(scenario)
    if early:
        time.sleep(delay)
    else:
        _wait_ready(proc)
        time.sleep(delay)
    if proc.poll() is not None:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise ChildFailed(f"child exited with {proc.returncode} before the kill: {err[-300:]}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.stdout is not None and proc.stderr is not None
    lines = _lines(proc.stdout)
    proc.stderr.read()
    if proc.returncode != -signal.SIGKILL:
        raise ChildFailed(f"child ended with {proc.returncode}, not by the kill")
    return _commits(scenario, lines)


def _add(tally: Tally, outcome: Outcome, kill: int) -> None:
    if kill:  # the calibration run (kill 0) is checked too, but was not killed
        tally.opened += outcome.opened
        tally.checked += outcome.check_passed
    tally.files += outcome.files
    tally.lost += outcome.lost
    tally.bad_passed += outcome.bad_passed
    if not outcome.ok:
        why = "; ".join(outcome.problems + outcome.lost + outcome.bad_passed) or "check failed"
        tally.failures.append(f"kill {kill}: {why}")


def run_operation(operation: str, kills: int, seed: int, work: Path) -> Tally:
    """Set up ``operation`` in ``work`` and kill its child ``kills`` times, checking after each."""
    rng = random.Random(seed)
    tally = Tally(SCENARIOS[operation].name, seed)
    began = time.monotonic()
    work.mkdir(parents=True)
    scenario = SCENARIOS[operation](work, rng)
    try:
        scenario.setup()
        startup, step, tally.steps = calibrate(scenario)
        _add(tally, scenario.check(), 0)
        window = scenario.window_steps * step
        for kill in range(1, kills + 1):
            tally.steps += kill_once(scenario, rng, startup, window)
            tally.kills += 1
            _add(tally, scenario.check(), kill)
        tally.failures += scenario.final_check()
    except ChildFailed as err:
        tally.failures.append(str(err))
    tally.seconds = time.monotonic() - began
    return tally
