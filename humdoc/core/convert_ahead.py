"""Conversions made ahead of intake: the PNG copies of an import's HEIC/HEIF and TIFF photos.

Such a photo's ``evidence`` or ``strip`` copy is a PNG made by decoding it, encoding the pixels and
decoding the PNG again to check them (``humdoc.core.media.convert``), and so is, under the vault's
strip-at-intake option, the copy sealed in its place (``remove_location``): seconds of work per
photo, in
Pillow and libheif, which release the GIL while they decode and encode. So while the importing
thread reads, seals and records one file, the conversions of the next convertible files of the
same import run on a small pool of threads (``AHEAD`` of them), each reading its file on its own.

Nothing here writes anything or decides anything: a conversion made ahead is a proposal. The
importing thread uses it only if the bytes it converted are exactly the bytes the importing thread
read for that file (a file changed between the two reads is converted again from what was read),
for the same purpose and policy; its error (``MalformedMedia``, ``PolicyRefused``) is then
raised where the conversion would have raised it. A conversion that is never used (its file
failed to read, or the import stopped) is dropped: it holds only memory.

Bounds: at most ``AHEAD`` conversions are in flight for an import, from submission until the
importing thread takes them, and at most ``AHEAD`` run at once in the whole process (a 50 MP
photo's conversion holds some 600 MB while it runs). ``GAUGE`` counts both, for tests and
benchmarks to observe.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from humdoc.core import safefs
from humdoc.core.errors import HumdocError
from humdoc.core.media import (
    HEAD_BYTES,
    MediaType,
    Policy,
    can_leave,
    make_derivative,
    remove_location,
    sniff,
)
from humdoc.core.media.policy import Derivative
from humdoc.core.mediarecords import MAX_IN_MEMORY

#: At most this many conversions of an import are in flight, and run at once in the process.
AHEAD = 2

#: Formats whose copy is a conversion to PNG (``humdoc.core.media.policy``).
_CONVERTED = frozenset({"heic", "heif", "tiff"})


class Gauge:
    """Conversions under way, counted as they happen (thread-safe): ``running`` (in a pool
    thread now), ``in_flight`` (submitted, not yet taken by the importing thread) and the peak
    of each since ``reset``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.running = self.peak_running = 0
        self.in_flight = self.peak_in_flight = 0
        #: Conversions made ahead whose result the importing thread used.
        self.used = 0

    def reset(self) -> None:
        """Start the peaks and ``used`` again from what is under way now."""
        with self._lock:
            self.peak_running, self.peak_in_flight, self.used = self.running, self.in_flight, 0

    def _running(self, step: int) -> None:
        with self._lock:
            self.running += step
            self.peak_running = max(self.peak_running, self.running)

    def _in_flight(self, step: int) -> None:
        with self._lock:
            self.in_flight += step
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)

    def _used(self) -> None:
        with self._lock:
            self.used += 1


#: What the conversions of this process are doing (see ``Gauge``).
GAUGE = Gauge()

#: The threads that convert ahead; their number bounds the conversions running at once.
_POOL = ThreadPoolExecutor(max_workers=AHEAD, thread_name_prefix="humdoc-convert")


@dataclass(frozen=True)
class Converted:
    """A conversion made ahead: the bytes converted, their type, the policy, whether it is the
    copy sealed without location (``location``) or the policy copy, and either the result
    (``cleaned``: ``remove_location``'s, or ``derivative``) or the error that refused it."""

    data: bytes
    mtype: MediaType
    policy: Policy
    location: bool
    derivative: Derivative | None = None
    cleaned: tuple[bytes, tuple[str, ...]] | None = None
    error: HumdocError | None = None

    def made_of(self, data: bytes, mtype: MediaType, policy: Policy, location: bool) -> bool:
        """Whether this is the conversion of exactly ``data`` for that purpose."""
        return (
            self.location is location
            and (location or self.policy is policy)
            and self.mtype == mtype
            and self.data == data
        )


def convertible(mtype: MediaType, policy: Policy, location: bool = False) -> bool:
    """Whether a file of type ``mtype`` is converted to PNG: when sealed without its location
    (``location``), else for its copy under ``policy``."""
    if mtype.kind != "image" or mtype.format not in _CONVERTED:
        return False
    return location or (policy is not Policy.KEEP and can_leave(mtype, policy) is None)


def derivative_of(
    data: bytes, mtype: MediaType, policy: Policy, ahead: Future[Converted | None] | None
) -> Derivative:
    """``make_derivative(data, mtype, policy)``, taken from ``ahead`` when that conversion was
    made of exactly ``data`` under ``policy`` (its error raised as the call would raise it), else
    made here. Waits for ``ahead`` to finish."""
    if ahead is not None:
        done = ahead.result()
        if done is not None and done.made_of(data, mtype, policy, location=False):
            GAUGE._used()
            if done.error is not None:
                raise done.error
            assert done.derivative is not None
            return done.derivative
    return make_derivative(data, mtype, policy)


def location_removed(
    data: bytes, mtype: MediaType, ahead: Future[Converted | None] | None
) -> tuple[bytes, tuple[str, ...]]:
    """``remove_location(data, mtype)``, taken from ``ahead`` when that conversion was made of
    exactly ``data`` (its error raised as the call would raise it), else made here. Waits for
    ``ahead`` to finish."""
    if ahead is not None:
        done = ahead.result()
        if done is not None and done.made_of(data, mtype, done.policy, location=True):
            GAUGE._used()
            if done.error is not None:
                raise done.error
            assert done.cleaned is not None
            return done.cleaned
    return remove_location(data, mtype)


class Ahead:
    """The conversions made ahead for one import of ``paths`` under ``policy``: of the copies
    sealed without their location if ``location`` (the vault's strip-at-intake), else of the
    policy copies.

    The importing thread calls ``fill(i)`` before it begins file ``i``, ``take(i)`` to have that
    file's conversion (None when none was made ahead) and ``close()`` when the import ends."""

    def __init__(self, paths: Sequence[Path], policy: Policy, location: bool = False) -> None:
        self._paths, self._policy, self._location = paths, policy, location
        self._next = 0
        self._futures: dict[int, Future[Converted | None]] = {}

    def fill(self, current: int) -> None:
        """Submit the conversions of the convertible files from ``current`` on, in order, while
        fewer than ``AHEAD`` are in flight. A file that cannot be opened or read here is left to
        the importing thread, which reports it."""
        self._next = max(self._next, current)
        while len(self._futures) < AHEAD and self._next < len(self._paths):
            index = self._next
            self._next += 1
            path = self._paths[index]
            if _wants(path, self._policy, self._location):
                GAUGE._in_flight(1)
                self._futures[index] = _POOL.submit(_convert, path, self._policy, self._location)

    def take(self, index: int) -> Future[Converted | None] | None:
        """The conversion of file ``index`` (no longer in flight), or None."""
        future = self._futures.pop(index, None)
        if future is not None:
            GAUGE._in_flight(-1)
        return future

    def close(self) -> None:
        """Drop the conversions not taken: those not started are cancelled, those running finish
        on their thread and are forgotten."""
        for index in list(self._futures):
            future = self.take(index)
            if future is not None:
                future.cancel()


def _wants(path: Path, policy: Policy, location: bool) -> bool:
    """Whether ``path`` is a regular file, small enough to be read whole, whose type is
    converted (``convertible``, read from its first bytes)."""
    try:
        with safefs.open_regular(path) as fh:
            if os.fstat(fh.fileno()).st_size > MAX_IN_MEMORY:
                return False
            mtype = sniff(fh.read(HEAD_BYTES))
    except (OSError, HumdocError):  # a file refused by its type too: the importing thread says so
        return False
    return convertible(mtype, policy, location)


def _convert(path: Path, policy: Policy, location: bool) -> Converted | None:
    """Read ``path`` whole and make its copy without location if ``location``, else its
    ``policy`` copy (on a pool thread). None when the file cannot be read or is too large to
    convert in memory."""
    GAUGE._running(1)
    try:
        try:
            with safefs.open_regular(path) as fh:
                data = fh.read(MAX_IN_MEMORY + 1)
        except (OSError, HumdocError):
            return None
        if len(data) > MAX_IN_MEMORY:
            return None
        mtype = sniff(data[:HEAD_BYTES])
        try:
            if location:
                return Converted(data, mtype, policy, True, cleaned=remove_location(data, mtype))
            return Converted(data, mtype, policy, False, make_derivative(data, mtype, policy))
        except HumdocError as exc:
            return Converted(data, mtype, policy, location, error=exc)
    finally:
        GAUGE._running(-1)
