"""No secrets leave the process: every humdoc entry point turns off core dumps before its work.

Each test runs humdoc in a child process whose core limit was first raised to unlimited (what
``ulimit -c unlimited`` does), and checks from inside and from outside that the limit is 0 again
and the kernel's dumpable flag is off; then crashes a humdoc that holds an unlocked vault, and
checks that the kernel wrote no core (the wait status's core flag, which does not depend on
``core_pattern``) and that no core file appeared. ``core_pattern`` itself is never changed.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE

REPORT = """
import ctypes, json, resource
libc = ctypes.CDLL(None)
status = open("/proc/self/status").read()
print(json.dumps({
    "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
    "dumpable": libc.prctl(3, 0, 0, 0, 0),
    "status_dumping": [l for l in status.splitlines() if l.startswith("CoreDumping")],
}))
"""

# What runs before the report: each of humdoc's entry points, stopped just after it starts.
ENTRIES = {
    "cli": "from humdoc.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n",
    # The GUI's entry, with the window itself left out (it would wait for a person).
    "gui": "import sys, types\n"
    "sys.modules['humdoc.gui.main_window'] = types.SimpleNamespace(start=lambda vault: 0)\n"
    "from humdoc.gui.app import run_gui\nassert run_gui(None) == 0\n",
}


@pytest.fixture(autouse=True)
def _runner_can_still_dump() -> None:
    """Every test here starts children with unlimited cores, which needs a hard limit above 0."""
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    if hard == 0:
        pytest.fail(
            "The test runner's own core limit is 0, so no child can raise it: some test ran "
            "humdoc.cli.main in-process (in-process tests call humdoc.cli.app.main instead)."
        )


def _unlimited_cores() -> None:
    # In the child, before exec: what `ulimit -c unlimited` does in a shell.
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_every_entry_point_turns_core_dumps_off(entry: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", ENTRIES[entry] + REPORT],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_unlimited_cores,
        check=True,
    ).stdout
    report = json.loads(out.splitlines()[-1])
    assert report["core"] == [0, 0]
    assert report["dumpable"] == 0


def test_without_humdoc_the_child_would_be_dumpable() -> None:
    # The same report with no entry point run: proves the test above measures humdoc's doing.
    out = subprocess.run(
        [sys.executable, "-c", REPORT],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_unlimited_cores,
        check=True,
    ).stdout
    report = json.loads(out)
    assert report["core"] == [resource.RLIM_INFINITY] * 2 and report["dumpable"] == 1


def _core_limit(pid: int) -> str:
    limits = Path(f"/proc/{pid}/limits").read_text()
    return next(line for line in limits.splitlines() if line.startswith("Max core file size"))


def _wait_until(condition: object, what: str, deadline: float) -> None:
    assert callable(condition)
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _crash(command: list[str], cwd: Path, sig: int, ready: object, env: dict[str, str]) -> int:
    """Start ``command`` with unlimited cores, wait for ``ready(pid)``, send ``sig``; wait status."""
    proc = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,  # held open: a humdoc reading it blocks there
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_unlimited_cores,
    )
    try:
        assert callable(ready)
        _wait_until(
            lambda: proc.poll() is None and ready(proc.pid), "the child", time.monotonic() + 60
        )
        os.kill(proc.pid, sig)
        _, status = os.waitpid(proc.pid, 0)
        proc.returncode = -sig  # reaped here, with the full status Popen would not keep
        return status
    finally:
        if proc.returncode is None:
            proc.kill()
            proc.wait()
        assert proc.stdin is not None
        proc.stdin.close()


def _cores(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("core")]


@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGABRT])
def test_a_crashed_humdoc_holding_an_unlocked_vault_leaves_no_core(
    tmp_path: Path, sig: int
) -> None:
    vault = tmp_path / "vault"
    with Session.create(vault, PASSPHRASE, "field", KdfParams.floor()) as s:
        case = s.cases.create("Crash").id
        s.testimonies.add(case, "W-1", "A statement that must never reach a core file.")
    crash_dir = tmp_path / "cwd"
    crash_dir.mkdir()
    env = {**os.environ, "HUMDOC_PASSPHRASE": PASSPHRASE.decode()}
    command = [sys.executable, "-m", "humdoc", "--vault", str(vault)]
    command += ["identity", "set", "W-1", "--from-file", "-"]

    limits: list[str] = []

    def unlocked(pid: int) -> bool:
        # The vault database is open (the keys are in memory) and humdoc waits on its stdin.
        fds = Path(f"/proc/{pid}/fd")
        try:
            targets = [os.readlink(fd) for fd in fds.iterdir()]
        except (FileNotFoundError, ProcessLookupError):
            return False
        if not any(t.endswith("vault.db") for t in targets):
            return False
        limits.append(_core_limit(pid))  # seen from outside, just before the crash
        return True

    status = _crash(command, crash_dir, sig, unlocked, env)
    assert limits[-1].split()[4:6] == ["0", "0"], limits[-1]
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == sig
    assert not os.WCOREDUMP(status), "the kernel wrote a core"
    assert _cores(crash_dir) == []


def test_the_same_crash_without_humdoc_does_dump_here(tmp_path: Path) -> None:
    """The control: on this machine a crashing process with unlimited cores does dump, so the
    test above would see a core if humdoc did not prevent it."""
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    crash_dir = tmp_path / "cwd"
    crash_dir.mkdir()
    command = [sys.executable, "-c", "import sys; sys.stdin.read()"]
    status = _crash(command, crash_dir, signal.SIGSEGV, lambda pid: True, dict(os.environ))
    try:
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGSEGV
        if pattern and not pattern.startswith("|") and "/" not in pattern:
            assert os.WCOREDUMP(status) and _cores(crash_dir)
    finally:
        for core in _cores(crash_dir):
            core.unlink()
