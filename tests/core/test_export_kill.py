"""A sequence number is never used twice, and nothing a killed export leaves ever verifies.

A real child process runs an export and is killed with SIGKILL at each point where it matters:
after the number is burnt, in the middle of the payload, when the file is complete but still
marked unfinished, when it is a complete bundle still under its temporary name, and after the
rename but before the export was recorded. Each time: what is left is refused, the next export
takes a new number, removes the leftovers and says so, and the centre reports the gap.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from humdoc.core.errors import BundleRejected
from humdoc.core.session import Session
from tests.cli.helpers import Cli
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import Pair, age_identity_file, make_pair

CHILD = r"""
import os, signal, sys
from pathlib import Path
from humdoc.core import safefs
from humdoc.core.bundle import writer
from humdoc.core.exchange import export as export_mod
from humdoc.core.session import Session

root, case_id, out, point = sys.argv[1:5]
session = Session.open(Path(root), os.environ["HUMDOC_PASSPHRASE"].encode())

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

def progress(done, total):
    if point == "payload" and done > 0:
        die()

if point == "reserved":  # the number is committed; nothing written yet
    reserve = export_mod.Exporter._reserve
    def reserve_then_die(self, *args):
        reserve(self, *args)
        die()
    export_mod.Exporter._reserve = reserve_then_die
elif point == "complete":  # all bytes on disk, identity recorded, first line still unfinished
    writer._HashingWriter.finish = die
elif point == "before-rename":  # a complete, valid bundle under its temporary name
    safefs.os.replace = die
elif point == "renamed":  # in place, but the export was never recorded as done
    safefs.fsync_dir = die
session.exporter.export([case_id], ["Centre"], Path(out), "keep", progress)
"""

POINTS = ("reserved", "payload", "complete", "before-rename", "renamed")


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    assert shutil.which("age"), "age must be installed (CI installs it)"
    p = make_pair(tmp_path)
    (tmp_path / "stick").mkdir()
    yield p
    p.close()


def kill_export(pair: Pair, point: str, out: Path) -> None:
    """Run an export in a child process that SIGKILLs itself at ``point``."""
    pair.field.close()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(pair.field.root), pair.case_id, str(out), point],
        capture_output=True,
        env={**os.environ, "HUMDOC_KDF": "floor", "HUMDOC_PASSPHRASE": PASSPHRASE.decode()},
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    pair.field = Session.open(pair.field.root, PASSPHRASE)


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".tmp-"))


def age_opens(path: Path, pair: Pair) -> bool:
    key = age_identity_file(pair.centre, pair.tmp / "centre.key")
    done = subprocess.run(["age", "-d", "-i", str(key), "-o", os.devnull, str(path)])
    return done.returncode == 0


@pytest.mark.parametrize("point", POINTS)
def test_killed_export_burns_its_number_and_leaves_nothing_that_verifies(
    pair: Pair, point: str
) -> None:
    stick = pair.tmp / "stick"
    killed = stick / "killed.humdoc"
    kill_export(pair, point, killed)
    left = temp_files(stick)
    assert len(left) == (0 if point in ("reserved", "renamed") else 1)
    assert killed.exists() == (point == "renamed")
    r = pair.centre.receiver()
    for name in left:
        with pytest.raises(BundleRejected) as err:
            r.verify(stick / name)
        assert err.value.reason == "unfinished"
        # Only a file killed between putting its first line back and renaming it is a whole
        # age file; everything earlier is no age file at all, for any age implementation.
        assert age_opens(stick / name, pair) == (point == "before-rename")
    rescued = None
    if point == "before-rename":  # renamed by hand, it is the genuine bundle number 1
        rescued = stick / "rescued.humdoc"
        shutil.copyfile(stick / left[0], rescued)
    status = pair.field.db.one("SELECT status FROM exports WHERE sequence = 1")

    nxt = pair.field.exporter.export([pair.case_id], ["Centre"], stick / "next.humdoc", "keep")
    assert nxt.sequence == 2  # never the killed export's number
    assert nxt.removed_leftovers == left
    assert temp_files(stick) == []
    settled = pair.field.db.one("SELECT status FROM exports WHERE sequence = 1")
    assert status[0] == "writing" and settled[0] == ("done" if point == "renamed" else "abandoned")

    two = r.receive(nxt.path)
    if point == "renamed":
        assert two["missing"] == [[1, 1]]
        assert r.receive(killed)["warnings"] == []  # the file that made it is bundle 1
    elif rescued is not None:
        assert r.receive(rescued)["warnings"] == []  # bundle 2 names it: no fork
    else:
        assert two["missing"] == [[1, 1]]
        assert "Bundles from Laptop 1 that have not arrived (yet): 1." in two["warnings"]
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        ["next.humdoc"]
        + (["killed.humdoc"] if point == "renamed" else [])
        + (["rescued.humdoc"] if rescued else [])
    )


def test_cli_says_which_leftovers_it_removed(
    pair: Pair, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = pair.tmp / "stick"
    kill_export(pair, "payload", stick / "killed.humdoc")
    (left,) = temp_files(stick)
    pair.field.close()
    cli = Cli(pair.field.root, capsys, monkeypatch)
    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    export = ("export", pair.case_id, "--to", "Centre", "--out")
    doc = cli.ok(*export, str(stick / "next.humdoc"))
    assert doc["removed_leftovers"] == [left] and doc["sequence"] == 2
    assert doc["identity"] != doc["sha256"] and len(doc["identity"]) == 64
    (stick / ".tmp-00000000000000ff").write_bytes(b"humdoc-unfinished-tmp\n")
    done = cli(*export, str(stick / "3.humdoc"))
    assert done.code == 0, done.err
    assert (
        f"Removed an unfinished file an interrupted export had left in {stick}: "
        ".tmp-00000000000000ff"
    ) in done.out
    assert "sequence 3" in done.out
    pair.field = Session.open(pair.field.root, PASSPHRASE)


def test_the_sweep_removes_only_humdoc_leftovers_no_live_writer_holds(pair: Pair) -> None:
    stick = pair.tmp / "stick"
    ours = stick / ".tmp-0123456789abcdef"
    ours.write_bytes(b"humdoc-unfinished-tmp\n" + os.urandom(100))
    held = stick / ".tmp-2222222222222222"
    held.write_bytes(b"being written by another export")
    target = stick / "precious.txt"
    target.write_bytes(b"not humdoc's")
    (stick / ".tmp-fedcba9876543210").symlink_to(target)
    (stick / ".tmp-1111111111111111").mkdir()
    for name in (".tmp-notes", ".tmp-ABCDEF0123456789", ".tmp-0123456789abcdef.humdoc"):
        (stick / name).write_bytes(b"someone else's")
    before = set(os.listdir(stick))
    with held.open("rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)  # as a running export's writer holds its file
        result = pair.field.exporter.export([pair.case_id], ["Centre"], stick / "b.humdoc", "strip")
    assert result.removed_leftovers == [ours.name]
    assert set(os.listdir(stick)) == (before - {ours.name}) | {"b.humdoc"}
    assert target.read_bytes() == b"not humdoc's"


def test_a_cancelled_export_gives_its_number_back_but_a_published_one_does_not(
    pair: Pair,
) -> None:
    """Cancelled while writing, the file was never a bundle and was removed: the number is free.
    A failure once the file is complete (here: the rename refused) keeps the number burnt."""
    from humdoc.core.errors import OperationCancelled

    stick = pair.tmp / "stick"
    with pytest.raises(OperationCancelled):
        pair.field.exporter.export(
            [pair.case_id], ["Centre"], stick / "c.humdoc", "strip", cancelled=lambda: True
        )
    (stick / "x.humdoc").mkdir()  # the rename onto a folder fails after publication began
    real_exists = Path.exists

    def pretend_free(path: Path) -> bool:
        return False if path.name == "x.humdoc" else real_exists(path)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Path, "exists", pretend_free)
        with pytest.raises(OSError):
            pair.field.exporter.export([pair.case_id], ["Centre"], stick / "x.humdoc", "strip")
    rows = pair.field.db.all("SELECT sequence, status FROM exports ORDER BY sequence")
    assert [tuple(r) for r in rows] == [(1, "abandoned")]
    assert temp_files(stick) == []
    nxt = pair.field.exporter.export([pair.case_id], ["Centre"], stick / "n.humdoc", "strip")
    assert nxt.sequence == 2
