"""A kill -9 during any keyslot rewrite leaves a vault that opens with the old or the new passphrase.

Two harnesses, both with real SIGKILLs of real child processes:

- ``ForkAtWrite`` forks the process at the first write to vault.json; each child goes on as the
  writer and kills itself with SIGKILL at one chosen point: before or after any pwrite or fsync,
  or in the middle of a pwrite (only its first n bytes written, as a torn sector would leave).
  The parent keeps the file each child left, puts the old bytes back for the next child, and
  finally writes for real. Every file left must read as exactly the old key file or exactly the
  new one, and both are proven to open with their passphrase. Rewrites then start from a torn
  state too (the other copy current).
- A child process rewrites the keyslots in a loop (passphrase change, duress set) and is killed
  at a random moment; the vault must open with one of the passphrases it alternates between.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from humdoc.core.errors import WrongPassphrase
from humdoc.core.session import Session
from humdoc.core.vault import keyslots
from humdoc.core.vault.keyslots import AREA_SIZE, KdfParams, KeyFile, parse_file
from tests.conftest import PASSPHRASE

DURESS = b"a duress passphrase"
WRITE_EVENTS = 4  # pwrite B, fsync, pwrite A, fsync


@dataclass(frozen=True)
class Kill:
    """Where a child dies: ``before``/``after`` event number ``event``, or ``torn`` inside it."""

    how: str
    event: int
    written: int = 0


def kill_points(rng: random.Random) -> list[Kill]:
    points = [Kill("before", k) for k in range(WRITE_EVENTS)] + [Kill("after", WRITE_EVENTS - 1)]
    for event in (0, 2):  # the two pwrites
        points += [Kill("torn", event, n) for n in rng.sample(range(1, AREA_SIZE), 4)]
    return points


class ForkAtWrite:
    """Fork one child per kill point at the first pwrite to ``keyfile`` (see the module doc)."""

    def __init__(self, keyfile: Path, points: list[Kill], monkeypatch: pytest.MonkeyPatch) -> None:
        self.keyfile = str(keyfile.resolve())
        self.points = points
        self.real_pwrite = os.pwrite
        self.real_fsync = os.fsync
        self.forked = False
        self.child: Kill | None = None
        self.event = 0
        self.old = b""
        self.new_area = b""
        self.left: list[tuple[Kill, bytes]] = []
        monkeypatch.setattr(os, "pwrite", self._pwrite)
        monkeypatch.setattr(os, "fsync", self._fsync)

    def _ours(self, fd: int) -> bool:
        try:
            return os.readlink(f"/proc/self/fd/{fd}") == self.keyfile
        except OSError:
            return False

    def _pwrite(self, fd: int, data: Any, offset: int) -> int:
        if not self._ours(fd):
            return self.real_pwrite(fd, data, offset)
        if self.child is None and not self.forked:
            self.forked = True
            self.old = Path(self.keyfile).read_bytes()
            self.new_area = bytes(data)
            for point in self.points:
                pid = os.fork()
                if pid == 0:
                    self.child = point
                    break
                _, status = os.waitpid(pid, 0)
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, point
                self.left.append((point, Path(self.keyfile).read_bytes()))
                self._restore()
        if self.child is None:
            return self.real_pwrite(fd, data, offset)
        view = memoryview(data)
        return int(self._step(lambda: self.real_pwrite(fd, view, offset), fd, view, offset))

    def _fsync(self, fd: int) -> None:
        if self.child is not None and self._ours(fd):
            self._step(lambda: self.real_fsync(fd))
        else:
            self.real_fsync(fd)

    def _step(
        self, run: Callable[[], object], fd: int = -1, data: Any = None, offset: int = 0
    ) -> object:
        point, event = self.child, self.event
        assert point is not None
        self.event += 1
        if event >= WRITE_EVENTS:
            os._exit(3)  # never return into the test from a child
        if point.event == event and point.how == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        if point.event == event and point.how == "torn":
            self.real_pwrite(fd, data[: point.written], offset)
            os.kill(os.getpid(), signal.SIGKILL)
        result = run()
        if point.event == event and point.how == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    def _restore(self) -> None:
        fd = os.open(self.keyfile, os.O_WRONLY)
        try:
            self.real_pwrite(fd, self.old, 0)
            os.ftruncate(fd, len(self.old))
        finally:
            os.close(fd)


def chosen_area(data: bytes) -> bytes:
    return parse_file(data)[0].area()


def opens_with(data: bytes, passphrase: bytes) -> int:
    """The kind of slot ``passphrase`` opens in the key file ``data`` (WrongPassphrase if none)."""
    _index, kind, key = KeyFile.from_bytes(data).unlock(passphrase)
    keyslots.wipe(key)
    return kind


def test_a_kill_at_any_write_leaves_the_old_or_the_new_key_file(
    session: Session, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyfile = vault_dir / "vault.json"
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    floor = KdfParams.floor()
    p1, p2 = b"second lantern passphrase", b"third lantern passphrase"
    steps: list[tuple[str, Callable[[], None]]] = [
        ("change", lambda: session.change_passphrase(PASSPHRASE, p1, floor)),
        ("duress set", lambda: session.set_duress(p1, DURESS)),
        ("change with duress", lambda: session.change_passphrase(p1, p2, floor)),
        ("duress clear", lambda: session.clear_duress(p2)),
    ]
    for name, run in steps:
        with monkeypatch.context() as patch:
            harness = ForkAtWrite(keyfile, kill_points(rng), patch)
            run()
        assert harness.forked and len(harness.left) == len(harness.points), name
        old_area, new_area = chosen_area(harness.old), harness.new_area
        outcomes = {}
        for point, left in harness.left:
            area = chosen_area(left)
            assert area in (old_area, new_area), f"{name}: {point} left neither key file"
            outcomes[point] = area == new_area
        assert False in outcomes.values() and True in outcomes.values(), name
        final = keyfile.read_bytes()
        assert chosen_area(final) == new_area
        # That the new file opens with new_pass is proven by the next step, which unlocks with
        # it, and by the last line; that the duress slot survived a passphrase change, here.
        if name == "change with duress":
            kinds = [keyslots.try_slot(s, DURESS) for s in KeyFile.from_bytes(final).slots]
            assert [k[0] for k in kinds if k is not None] == [keyslots.SLOT_DURESS]
        # Go on from a torn state: copy A half-written, copy B new. The next rewrite must
        # overwrite A first and keep B until A is durable.
        torn = next(left for point, left in harness.left if point.how == "torn" and point.event)
        keyfile.write_bytes(torn)
        assert chosen_area(torn) == new_area
    session.close()
    Session.open(vault_dir, p2).close()


CHILD = r"""
import sys
from pathlib import Path
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams

root, a, b, duress = Path(sys.argv[1]), *(s.encode() for s in sys.argv[2:5])
floor = KdfParams.floor()
try:
    session = Session.open(root, a)
    current, other = a, b
except Exception:
    session = Session.open(root, b)
    current, other = b, a
print("ready", flush=True)
while True:
    session.set_duress(current, duress)
    session.change_passphrase(current, other, floor)
    current, other = other, current
"""


def test_random_kills_during_rewrites_never_lock_the_vault_out(
    session: Session, vault_dir: Path
) -> None:
    session.close()
    a, b = PASSPHRASE, b"the other lantern passphrase"
    rng = random.Random()
    env = {**os.environ, "HUMDOC_KDF": "floor"}
    for _ in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault_dir), a.decode(), b.decode(), "duress"],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        data = (vault_dir / "vault.json").read_bytes()
        kinds = []
        for passphrase in (a, b):
            try:
                kinds.append(opens_with(data, passphrase))
                break
            except WrongPassphrase:
                pass
        assert kinds == [keyslots.SLOT_MASTER], "the vault opens with neither passphrase"
