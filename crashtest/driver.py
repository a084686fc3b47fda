"""The child process of the crash test: one operation, repeated until the parent kills it.

    python -m crashtest.driver OPERATION STATE_FILE

``STATE_FILE`` is the JSON the parent wrote for this run (vault, passphrases, folders). The child
unlocks the vault through the core API, prints ``READY``, then performs its operation step after
step and prints ``COMMIT <json>`` (flushed) as soon as each step has returned: what the parent
reads there was committed before the kill, and must survive it. A step is the whole user-visible
action (one import, one export, one passphrase change), exactly as the CLI runs it.

With ``CRASH_STEPS=N`` in the environment the child stops after N steps and exits 0 (the parent
uses this once per operation to time a step). When an operation runs out of work the child prints
``IDLE`` and waits to be killed.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from humdoc.core.domain.identities import IdentityRecord
from humdoc.core.session import Session

Step = Callable[[], dict[str, Any]]


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def random_png(path: Path) -> Path:
    """A small PNG of random pixels: every imported file differs from every other."""
    from PIL import Image

    Image.frombytes("RGB", (48, 48), secrets.token_bytes(48 * 48 * 3)).save(path)
    return path


def intake_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    """Import corpus JPEGs and random PNGs and add testimonies, in turn, without end."""
    case, sources, scratch = state["case"], state["sources"], Path(state["scratch"])
    i = 0
    while True:
        i += 1
        kind = i % 3
        if kind == 0:
            statement = f"Statement {secrets.token_hex(8)}: the road was closed at dawn."

            def add(statement: str = statement) -> dict[str, Any]:
                t = session.testimonies.add(case, "W-001", statement, consent=["record"])
                digest = hashlib.sha256(statement.encode()).hexdigest()
                return {"kind": "testimony", "id": t.id, "sha256": digest}

            yield add
        else:
            src = (
                Path(sources[i % len(sources)])
                if kind == 1
                else random_png(scratch / f"p-{os.getpid()}-{i}.png")
            )

            def load(src: Path = src) -> dict[str, Any]:
                item = session.media.import_file(case, src)
                return {"kind": "media", "id": item.id, "sha256": item.sha256}

            yield load


def export_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    out, run = Path(state["out"]), state["run"]
    i = 0
    while True:
        i += 1
        path = out / f"b-{run:04d}-{i:03d}.humdoc"

        def export(path: Path = path) -> dict[str, Any]:
            res = session.exporter.export([state["case"]], ["Centre"], path, "strip")
            return {"kind": "export", "path": str(res.path), "sequence": res.sequence}

        yield export


def receive_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    receiver = session.receiver()
    for path in state["bundles"]:

        def receive(path: str = path) -> dict[str, Any]:
            got = receiver.receive(Path(path))
            return {"kind": "receive", "path": path, "bundle_id": got["bundle_id"]}

        yield receive


def passphrase_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    phrases: list[str] = state["passphrases"]
    for k in range(state["current"], len(phrases) - 1):

        def change(k: int = k) -> dict[str, Any]:
            session.change_passphrase(phrases[k].encode(), phrases[k + 1].encode())
            return {"kind": "passphrase", "index": k + 1}

        yield change


def identity_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    secret = state["identity_passphrase"].encode()

    def init() -> dict[str, Any]:
        session.identities.create(secret)
        return {"kind": "identity-init"}

    yield init
    for person in state["persons"]:

        def record(person: str = person) -> dict[str, Any]:
            name = f"Name of {person}"
            with session.identities.open(secret) as compartment:
                compartment.set(person, IdentityRecord(name, "", ""))
            return {"kind": "identity", "person": person, "name": name}

        yield record


def duress_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    phrases: list[str] = state["duress"]
    for j in range(state["next"], len(phrases)):

        def set_duress(j: int = j) -> dict[str, Any]:
            session.set_duress(state["passphrase"].encode(), phrases[j].encode())
            return {"kind": "duress", "index": j}

        yield set_duress


def backup_steps(session: Session, state: dict[str, Any]) -> Iterator[Step]:
    out, run = Path(state["out"]), state["run"]
    i = 0
    while True:
        i += 1
        path = out / f"backup-{run:04d}-{i:03d}.tar"

        def backup(path: Path = path) -> dict[str, Any]:
            session.backup(path)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            return {"kind": "backup", "path": str(path), "sha256": digest}

        yield backup


OPERATIONS: dict[str, Callable[[Session, dict[str, Any]], Iterator[Step]]] = {
    "intake": intake_steps,
    "export": export_steps,
    "receive": receive_steps,
    "passphrase": passphrase_steps,
    "identity": identity_steps,
    "duress": duress_steps,
    "backup": backup_steps,
}


def main(argv: list[str]) -> int:
    operation, state_file = argv
    state = json.loads(Path(state_file).read_text(encoding="utf-8"))
    limit = int(os.environ.get("CRASH_STEPS", "0"))
    session = Session.open(Path(state["vault"]), state["passphrase"].encode())
    emit("READY")
    for done, step in enumerate(OPERATIONS[operation](session, state), start=1):
        emit("COMMIT " + json.dumps(step()))
        if done == limit:
            session.close()
            return 0
    emit("IDLE")
    if limit:
        session.close()
        return 0
    while True:  # out of work: wait for the kill, holding the vault open as a user would
        time.sleep(1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
