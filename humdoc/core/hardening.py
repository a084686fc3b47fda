"""Keeping secrets inside the process: no core dumps, no crash reports with memory in them.

While a vault is open, humdoc's memory holds the master key, the passphrase that was typed,
decrypted testimonies and media. A core dump writes all of that to disk in the clear (a forced core
of an export held every planted marker and the passphrase). ``harden_process`` runs first thing in
every humdoc process (the ``humdoc`` command, ``python -m humdoc``, the GUI) and:

- sets ``RLIMIT_CORE`` to 0, soft and hard, on every POSIX system: no core file, and no program
  humdoc starts can raise the limit again;
- on Linux, also ``prctl(PR_SET_DUMPABLE, 0)``: the kernel then writes no core at all, whatever
  ``/proc/sys/kernel/core_pattern`` says (a pipe to systemd-coredump or apport ignores the
  limit), and other processes of the same user can neither attach a debugger nor read the
  process's memory through ``/proc``. A new program started by humdoc is dumpable again, but
  inherits the zero limit;
- on macOS, the zero limit is what stops a core in ``/cores``; ReportCrash still writes a crash
  report (a stack trace, no memory image) to ``~/Library/Logs/DiagnosticReports``;
- on Windows, ``SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)``: a crash does not
  invoke Windows Error Reporting, so no report or dump is queued by it. A debugger registered
  under AeDebug, or a system-wide LocalDumps policy, is outside humdoc's reach: see
  docs/threat-model.md.

Nothing here raises: a platform without a mechanism simply reports it as not applied.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002


@dataclass(frozen=True)
class Hardening:
    """What ``harden_process`` achieved; ``None`` where the mechanism does not exist here."""

    #: ``RLIMIT_CORE`` is now 0, soft and hard (POSIX).
    no_core_files: bool | None
    #: The kernel will write no core and lets no same-user process read the memory (Linux).
    not_dumpable: bool | None
    #: A crash does not invoke Windows Error Reporting (Windows).
    no_error_reporting: bool | None


def harden_process() -> Hardening:
    """Turn off core dumps and crash dumps for this process; idempotent, never raises."""
    return Hardening(_limit_core_files(), _not_dumpable(), _no_error_reporting())


def _limit_core_files() -> bool | None:
    try:
        import resource
    except ImportError:  # Windows has no resource limits
        return None
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    except (OSError, ValueError):
        return False


def _not_dumpable() -> bool | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return False
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    return bool(prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)


def _no_error_reporting() -> bool | None:
    if sys.platform == "win32":
        try:
            kernel32 = ctypes.WinDLL("kernel32")
            wanted = _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX
            kernel32.SetErrorMode(kernel32.GetErrorMode() | wanted)
            return bool(kernel32.GetErrorMode() & _SEM_NOGPFAULTERRORBOX)
        except (OSError, AttributeError):
            return False
    return None
