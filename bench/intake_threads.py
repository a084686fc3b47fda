"""Where an evidence import's CPU time goes, thread by thread and stage by stage.

``account(session, case_id, files)`` imports ``files`` once with each stage's function wrapped
(and unwrapped after), adding up the CPU time of the thread that ran it (``time.thread_time``,
so the other threads' and other processes' work is not counted in). What the importing thread
did outside the wrapped stages is its own Python: the loop over the files, the hand-offs, the
items and warnings it builds. The table names what does each stage's work: a dependency
(OpenSSL's SHA-256 through ``hashlib``, ChaCha20-Poly1305 through ``cryptography``, the kernel's
read, write and fsync, SQLCipher, CPython's ``re`` engine scanning a JPEG's image data for its
markers) or humdoc's own code. A stage called inside another (the marker scan inside the
copy's layout) is taken out of the outer one's time.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import humdoc.core.blobs as blobs_module
import humdoc.core.crypto.stream as stream_module
import humdoc.core.custody as custody_module
import humdoc.core.intake as intake_module
import humdoc.core.media.jpeg as jpeg_module
import humdoc.core.vault.database as database_module
from bench.report import table
from humdoc.core.session import Session

#: (object, attribute, stage, what does the work), in the order the table lists them.
STAGES: tuple[tuple[Any, str, str, str], ...] = (
    (intake_module, "_read_whole", "read the file", "kernel (page cache to memory)"),
    (intake_module, "extract_metadata", "metadata", "humdoc (EXIF reader, Python), Pillow"),
    (
        intake_module,
        "derivative_layout",
        "the copy's layout (segments kept, EXIF rebuilt)",
        "humdoc (Python)",
    ),
    (
        jpeg_module,
        "_NEXT_MARKER",
        "JPEG marker scan through the image data",
        "CPython's `re` engine (C)",
    ),
    (intake_module, "_recipe_digest", "SHA-256 of the copy", "OpenSSL SHA-256 (`hashlib`)"),
    (
        intake_module.Intake,
        "_record",
        "rows and custody events: built, committed",
        "humdoc (Python), SQLCipher's commit",
    ),
    *(
        (database_module.Database, name, "SQL statements", "SQLCipher")
        for name in ("execute", "executemany")
    ),
    (
        custody_module,
        "sign",
        "Ed25519 signatures of the custody events",
        "Ed25519 (`cryptography`), minisign's framing",
    ),
    (
        blobs_module.BlobWriter,
        "_hash_piece",
        "SHA-256 of the original",
        "OpenSSL SHA-256 (`hashlib`)",
    ),
    *(
        (
            stream_module.StreamEncryptor,
            name,
            "ChaCha20-Poly1305 of the original",
            "OpenSSL (`cryptography`)",
        )
        for name in ("update_into", "finish")
    ),
    (
        blobs_module.BlobWriter,
        "__enter__",
        "create the file, draw its key",
        "kernel (open, getrandom)",
    ),
    (blobs_module.BlobWriter, "_write_out", "write the sealed file", "kernel (write)"),
    (blobs_module.BlobStore, "make_durable", "fsync the batch", "kernel (fsync)"),
)

#: Thread name prefixes and what the table calls them.
THREADS = {
    "MainThread": "importing",
    "humdoc-seal": "sealing",
    "humdoc-sha256": "hashing",
    "humdoc-write": "writing",
    "humdoc-sync": "syncing",
}


@dataclass
class Accounts:
    """One import's wall time, its process CPU time and the CPU time of each (thread, stage)."""

    wall: float = 0.0
    process_cpu: float = 0.0
    main_cpu: float = 0.0
    cpu: dict[tuple[str, str], float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, thread: str, stage: str, seconds: float) -> None:
        with self.lock:
            key = (thread, stage)
            self.cpu[key] = self.cpu.get(key, 0.0) + seconds


def _thread() -> str:
    name = threading.current_thread().name
    for prefix, label in THREADS.items():
        if name.startswith(prefix):
            return label
    return name


class _TimedPattern:
    """A compiled pattern whose ``search`` is timed as a stage (a ``re.Pattern``'s methods
    cannot be replaced)."""

    def __init__(self, pattern: re.Pattern[bytes], search: Callable[..., Any]) -> None:
        self.pattern = pattern
        self.search = search


@contextmanager
def _wrapped(accounts: Accounts) -> Iterator[None]:
    """Wrap every stage's function for the block. Each stage is given its own time: a stage
    called inside another's on the same thread (the marker scan inside the copy's layout) is
    taken out of the outer one's."""
    local = threading.local()  # the CPU time of the stages called inside the current one
    saved: list[tuple[Any, str, Any]] = []

    def wrap(func: Callable[..., Any], stage: str) -> Callable[..., Any]:
        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            stack = local.__dict__.setdefault("stack", [])
            stack.append(0.0)
            start = time.thread_time()
            try:
                return func(*args, **kwargs)
            finally:
                took = time.thread_time() - start
                inner = stack.pop()
                if stack:
                    stack[-1] += took
                accounts.add(_thread(), stage, took - inner)

        return timed

    try:
        for owner, name, stage, _who in STAGES:
            original = owner.__dict__[name]
            saved.append((owner, name, original))
            if isinstance(original, re.Pattern):
                setattr(owner, name, _TimedPattern(original, wrap(original.search, stage)))
            else:
                setattr(owner, name, wrap(original, stage))
        yield
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)


def account(vault: Path, passphrase: bytes, case_id: str, files: list[Path]) -> Accounts:
    """Import ``files`` under evidence with every stage accounted (unlock not counted)."""
    accounts = Accounts()
    with Session.open(vault, passphrase) as session, _wrapped(accounts):
        cpu, main, wall = time.process_time(), time.thread_time(), time.perf_counter()
        session.media.import_files(case_id, files, "evidence")
        accounts.wall = time.perf_counter() - wall
        accounts.main_cpu = time.thread_time() - main
        accounts.process_cpu = time.process_time() - cpu
    return accounts


def accounts_table(got: Accounts) -> tuple[str, float]:
    """The Markdown table of ``got``, and the share of the CPU time spent in dependencies."""
    who = {stage: by for _o, _n, stage, by in STAGES}
    order = list(dict.fromkeys(stage for _o, _n, stage, _w in STAGES))
    rows = []
    main_staged = sum(s for (thread, _), s in got.cpu.items() if thread == "importing")
    keys = sorted(
        got.cpu,
        key=lambda k: (
            list(THREADS.values()).index(k[0]) if k[0] in THREADS.values() else 99,
            order.index(k[1]),
        ),
    )
    in_deps = 0.0
    for thread, stage in keys:
        seconds = got.cpu[(thread, stage)]
        if seconds < 0.0005:
            continue
        if not who[stage].startswith("humdoc"):
            in_deps += seconds
        rows.append(
            [thread, stage, who[stage], f"{seconds:.3f}", f"{seconds / got.process_cpu:.0%}"]
        )
    glue = max(0.0, got.main_cpu - main_staged)
    rows.append(
        [
            "importing",
            "the rest: the loop, hand-offs, items",
            "humdoc (Python)",
            f"{glue:.3f}",
            f"{glue / got.process_cpu:.0%}",
        ]
    )
    other = max(0.0, got.process_cpu - sum(got.cpu.values()) - glue)
    rows.append(
        [
            "sealing and others",
            "the rest: the writer's loop over its slices, pools",
            "humdoc (Python)",
            f"{other:.3f}",
            f"{other / got.process_cpu:.0%}",
        ]
    )
    rows.append(["**all**", f"**wall {got.wall:.3f} s**", "", f"**{got.process_cpu:.3f}**", "100%"])
    head = ["thread", "stage", "whose work", "CPU s", "share of CPU"]
    return table(head, rows), in_deps / got.process_cpu
