"""The threading contract: one session, one connection, one lock; any thread may use it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from humdoc.core.errors import SessionClosed
from humdoc.core.session import Session
from tests.core.exchange_helpers import small_png

ROUNDS = 25


def run_together(*work: Callable[[], None]) -> list[BaseException]:
    """Run each callable on its own thread, started at once; the exceptions they raised."""
    errors: list[BaseException] = []
    start = threading.Barrier(len(work))

    def wrapped(fn: Callable[[], None]) -> None:
        start.wait()
        try:
            fn()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=wrapped, args=(fn,)) for fn in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    return errors


def test_writers_and_readers_on_several_threads_share_one_session(
    session: Session, tmp_path: Path
) -> None:
    media_case = session.cases.create("Media").id
    photos = [small_png(tmp_path / f"p{n}.png", (n * 9 % 255, 40, 90)) for n in range(8)]

    def write_cases(tag: str) -> Callable[[], None]:
        def work() -> None:
            for n in range(ROUNDS):
                # A transaction sees only its own writes: no other thread's statement can run
                # between its BEGIN and COMMIT.
                with session.db.transaction() as db:
                    before = db.one("SELECT count(*) FROM cases")[0]
                    session.cases.create(f"{tag} {n}")
                    session.cases.create(f"{tag} {n} bis")
                    assert db.one("SELECT count(*) FROM cases")[0] == before + 2

        return work

    def import_media() -> None:
        for photo in photos:
            session.media.import_file(media_case, photo)

    def read() -> None:
        for _ in range(ROUNDS * 2):
            assert len(session.cases.list()) >= 1
            session.media.list(media_case)
            session.search("bis")

    errors = run_together(write_cases("A"), write_cases("B"), import_media, read, read)
    assert errors == []
    assert len(session.cases.list()) == 1 + 4 * ROUNDS
    assert session.media.count(media_case) == len(photos)
    # every custody entry got its own device sequence number and every chain verifies
    seqs = [r[0] for r in session.db.all("SELECT device_seq FROM custody_events")]
    assert len(seqs) == len(set(seqs))
    assert session.check() == []


def test_locking_waits_for_the_running_transaction_then_refuses_use(session: Session) -> None:
    inside, release = threading.Event(), threading.Event()

    def long_transaction() -> None:
        with session.db.transaction():
            session.cases.create("Written before the lock")
            inside.set()
            release.wait(timeout=30)

    writer = threading.Thread(target=long_transaction)
    writer.start()
    assert inside.wait(timeout=30)
    closer = threading.Thread(target=session.close)
    closer.start()
    closer.join(timeout=0.3)
    assert closer.is_alive()  # close waits for the transaction …
    release.set()
    writer.join(timeout=30)
    closer.join(timeout=30)
    assert not closer.is_alive()
    with pytest.raises(SessionClosed):  # … and any later use is a named error, not a crash
        session.cases.list()
    with Session.open(session.root, b"correct horse battery staple") as again:
        assert [c.title for c in again.cases.list()] == ["Written before the lock"]
