"""A failing storage device for tests: writes, fsync or rename under one folder fail on demand.

Writers must leave nothing half-done when the disk fills up or breaks. ``FailingDisk`` makes that
testable without a real full disk: while it is active, files opened under ``root`` behave as if the
device held only ``space`` more bytes (a write that would pass the limit writes what fits, the next
one raises ``OSError(error)``, ``ENOSPC`` by default), and ``fsync``/``rename`` can be made to fail
too. Files outside ``root`` (pytest's own, the venv's) are never touched.

It intercepts every ordinary route to a file: ``os.open`` + ``os.write``, ``os.fdopen``,
``open``/``io.open`` and ``Path.open``/``write_bytes``/``write_text`` (all end in ``io.open``),
``os.fsync``, ``os.replace`` and ``os.rename`` (and so ``Path.replace``/``Path.rename``). Only
files opened *after* entering are counted.

Use it from any test::

    import errno
    from tests.failing_io import FailingDisk

    def test_save_survives_full_disk(tmp_path):
        with FailingDisk(tmp_path, space=1000) as disk, pytest.raises(DiskFull):
            save_report(tmp_path / "report.json", big_data)
        assert disk.triggered                    # the failure really was hit
        assert list(tmp_path.iterdir()) == []    # and nothing was left behind

    FailingDisk(tmp_path, fsync_error=errno.EIO)      # every fsync under tmp_path fails
    FailingDisk(tmp_path, replace_error=errno.EIO)    # every rename under tmp_path fails
    FailingDisk(tmp_path, space=0, error=errno.EIO)   # the first write fails with EIO

Sweep ``space`` over a range (0, 1, a chunk, ...) to fail at every stage of a writer.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR


class _FailingFileIO(io.FileIO):
    """A ``FileIO`` whose writes draw on the ``FailingDisk``'s remaining space."""

    disk: FailingDisk

    def write(self, data: Any) -> int:
        with memoryview(data) as raw, raw.cast("B") as view:
            allowed = self.disk._allow(len(view))
            written = super().write(view[:allowed])
        self.disk.written += written
        return written

    def close(self) -> None:
        if not self.closed and self.closefd:
            self.disk._forget(self.fileno())
        super().close()


class FailingDisk:
    """Context manager that makes storage under ``root`` fail (see the module docstring).

    ``space``: bytes that may still be written before writes fail (``None``: unlimited).
    ``error``: the errno writes fail with once ``space`` is used up.
    ``fsync_error`` / ``replace_error``: if set, every ``fsync`` of a file or folder opened under
    ``root``, or every rename touching ``root``, fails with that errno.
    After use, ``written`` is how many bytes reached files, ``failures`` how many calls failed.
    """

    def __init__(
        self,
        root: Path,
        *,
        space: int | None = None,
        error: int = errno.ENOSPC,
        fsync_error: int | None = None,
        replace_error: int | None = None,
    ) -> None:
        self.root = os.path.realpath(root)
        self.space = space
        self.error = error
        self.fsync_error = fsync_error
        self.replace_error = replace_error
        self.written = 0
        self.failures = 0
        self._write_fds: set[int] = set()
        self._any_fds: set[int] = set()
        self._saved: list[tuple[object, str, object]] = []

    @property
    def triggered(self) -> bool:
        """True if at least one call failed because of this double."""
        return self.failures > 0

    # --- bookkeeping --------------------------------------------------------------------------

    def _under_root(self, path: Any) -> bool:
        if isinstance(path, int):
            return False
        real = os.path.realpath(os.fsdecode(path))
        return real == self.root or real.startswith(self.root + os.sep)

    def _fail(self, code: int) -> OSError:
        self.failures += 1
        return OSError(code, os.strerror(code))

    def _allow(self, size: int) -> int:
        """How many of ``size`` bytes may be written now; raise if none may."""
        if self.space is None or size == 0:
            return size
        left = self.space - self.written
        if left <= 0:
            raise self._fail(self.error)
        return min(size, left)

    def _forget(self, fd: int) -> None:
        # Descriptor numbers are reused: a closed one must not make an unrelated file fail.
        self._write_fds.discard(fd)
        self._any_fds.discard(fd)

    # --- replacements -------------------------------------------------------------------------

    def _os_open(self, path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        fd: int = self._real("os", "open")(path, flags, mode, **kwargs)
        if self._under_root(path):
            self._any_fds.add(fd)
            if flags & _WRITE_FLAGS:
                self._write_fds.add(fd)
        return fd

    def _os_close(self, fd: int) -> None:
        self._forget(fd)
        self._real("os", "close")(fd)

    def _os_write(self, fd: int, data: Any) -> int:
        real_write = self._real("os", "write")
        if fd not in self._write_fds:
            return int(real_write(fd, data))
        with memoryview(data) as raw, raw.cast("B") as view:
            allowed = self._allow(len(view))
            written = int(real_write(fd, view[:allowed]))
        self.written += written
        return written

    def _os_fsync(self, fd: Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        if self.fsync_error is not None and number in self._any_fds:
            raise self._fail(self.fsync_error)
        self._real("os", "fsync")(fd)

    def _renamer(self, name: str) -> Any:
        def rename(src: Any, dst: Any, **kwargs: Any) -> None:
            if self.replace_error is not None and (self._under_root(src) or self._under_root(dst)):
                raise self._fail(self.replace_error)
            self._real("os", name)(src, dst, **kwargs)

        return rename

    def _io_open(
        self,
        file: Any,
        mode: str = "r",
        buffering: int = -1,
        encoding: str | None = None,
        errors: str | None = None,
        newline: str | None = None,
        closefd: bool = True,
        opener: Any = None,
    ) -> Any:
        writes = any(flag in mode for flag in "wxa+")
        ours = file in self._write_fds if isinstance(file, int) else self._under_root(file)
        if not (writes and ours):
            return self._real("io", "open")(
                file, mode, buffering, encoding, errors, newline, closefd, opener
            )
        raw = _FailingFileIO(file, "".join(c for c in mode if c in "rwxa+"), closefd, opener)
        raw.disk = self
        self._write_fds.add(raw.fileno())
        self._any_fds.add(raw.fileno())
        if buffering == 0:
            if "b" not in mode:
                raise ValueError("can't have unbuffered text I/O")
            return raw
        size = io.DEFAULT_BUFFER_SIZE if buffering in (-1, 1) else buffering
        buffered: io.BufferedIOBase = (
            io.BufferedRandom(raw, size) if "+" in mode else io.BufferedWriter(raw, size)
        )
        if "b" in mode:
            return buffered
        return io.TextIOWrapper(buffered, encoding, errors, newline, line_buffering=buffering == 1)

    # --- patching -----------------------------------------------------------------------------

    _TARGETS = (
        ("os", "open", "_os_open"),
        ("os", "close", "_os_close"),
        ("os", "write", "_os_write"),
        ("os", "fsync", "_os_fsync"),
        ("io", "open", "_io_open"),
        ("builtins", "open", "_io_open"),
    )
    _ORIGINALS: ClassVar[dict[tuple[str, str], Any]] = {
        ("os", "open"): os.open,
        ("os", "close"): os.close,
        ("os", "write"): os.write,
        ("os", "fsync"): os.fsync,
        ("os", "replace"): os.replace,
        ("os", "rename"): os.rename,
        ("io", "open"): io.open,
        ("builtins", "open"): builtins.open,
    }
    _MODULES: ClassVar[dict[str, Any]] = {"os": os, "io": io, "builtins": builtins}

    def _real(self, module: str, name: str) -> Any:
        return self._ORIGINALS[(module, name)]

    def __enter__(self) -> FailingDisk:
        if self._saved:
            raise RuntimeError("FailingDisk is already active")
        replacements: list[tuple[str, str, Any]] = [
            (module, name, getattr(self, method)) for module, name, method in self._TARGETS
        ]
        replacements += [("os", "replace", self._renamer("replace"))]
        replacements += [("os", "rename", self._renamer("rename"))]
        for module, name, replacement in replacements:
            target = self._MODULES[module]
            self._saved.append((target, name, getattr(target, name)))
            setattr(target, name, replacement)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for target, name, original in reversed(self._saved):
            setattr(target, name, original)
        self._saved.clear()
