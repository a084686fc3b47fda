"""Argon2id for keyslots: the RFC 9106 floor, calibration, and what this machine can afford.

Every keyslot names its own Argon2id parameters, and they come from a file anyone could have
edited. Three limits keep a crafted ``vault.json`` from hanging or exhausting the app:

1. the floor (RFC 9106's 64 MiB / t=3 profile) and an absolute ceiling (4 GiB, 64 passes), checked
   by ``KdfParams.check`` without measuring anything;
2. memory: never more than half of the machine's physical memory (``physical_memory_kib``);
3. time: one floor derivation is timed once per process and the cost of the slot's parameters is
   extrapolated linearly in memory × passes (Argon2id's work is proportional to both); a slot that
   would take longer than ``MAX_UNLOCK_SECONDS`` is refused before any derivation starts.

The measurements are injected (``CostModel``), so the logic of calibration and of the budget is
tested deterministically; production measures with the real clock.
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from humdoc.core.crypto.stream import wipe
from humdoc.core.errors import KdfTooCostly, VaultCorrupt

KEY_LEN = 32
SALT_LEN = 16

# RFC 9106 second recommended option: the floor. Nothing is created or opened below it.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
# Beyond these no machine is meant to go: refused as absurd without measuring anything.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
CALIBRATION_CAP_KIB = 1024 * 1024
TARGET_SECONDS = 1.0
#: The longest one slot's derivation may be expected to take here before it is refused.
MAX_UNLOCK_SECONDS = 30.0
#: A slot may use at most this share of physical memory (the rest is the system's and the app's).
MEMORY_SHARE = 0.5


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters of one slot."""

    memory_kib: int
    iterations: int
    lanes: int = LANES

    @classmethod
    def floor(cls) -> KdfParams:
        """RFC 9106's 64 MiB / t=3 profile: the weakest parameters humdoc ever uses."""
        return cls(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, LANES)

    @property
    def work(self) -> int:
        """Memory × passes: what the time of a derivation is proportional to."""
        return self.memory_kib * self.iterations

    def check(self) -> None:
        """Raise ``VaultCorrupt`` if and only if the parameters are below the floor or absurd."""
        if (
            self.memory_kib < FLOOR_MEMORY_KIB
            or self.iterations < FLOOR_ITERATIONS
            or not 1 <= self.lanes <= MAX_LANES
        ):
            raise VaultCorrupt(
                "vault.json asks for key-derivation settings below the safe minimum."
            )
        if self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS:
            raise VaultCorrupt("vault.json asks for absurd key-derivation settings; refusing.")

    def derive(self, passphrase: bytes, salt: bytes) -> bytearray:
        """Argon2id(passphrase, salt) → 32-byte key, in a bytearray the caller wipes."""
        self.check()
        kdf = Argon2id(
            salt=salt,
            length=KEY_LEN,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return bytearray(kdf.derive(passphrase))


#: Seconds one derivation with the given parameters takes (measured, or a model of it in tests).
CostModel = Callable[[KdfParams], float]


def timed_derivation(params: KdfParams, clock: Callable[[], float] = time.perf_counter) -> float:
    """Run one real derivation with ``params`` and return how long it took by ``clock``."""
    salt = secrets.token_bytes(SALT_LEN)
    start = clock()
    wipe(params.derive(b"calibration", salt))
    return clock() - start


def calibrate(target: float = TARGET_SECONDS, measure: CostModel = timed_derivation) -> KdfParams:
    """Parameters that take about ``target`` seconds by ``measure``, never below the floor.

    Memory grows first (it is what hurts GPU attackers), doubling up to 1 GiB while a derivation
    takes well under the target; then passes are added in proportion, at most half the ceiling.
    ``HUMDOC_KDF=floor`` in the environment returns the floor without measuring.
    """
    if os.environ.get("HUMDOC_KDF") == "floor":
        return KdfParams.floor()
    params = KdfParams.floor()
    while True:
        took = measure(params)
        if took >= target * 0.75:
            return params
        if params.memory_kib * 2 <= CALIBRATION_CAP_KIB and took * 2 <= target * 1.25:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
            continue
        per_pass = took / params.iterations
        wanted = max(params.iterations + 1, round(target / per_pass)) if per_pass > 0 else 0
        wanted = wanted or MAX_ITERATIONS // 2
        return KdfParams(params.memory_kib, min(wanted, MAX_ITERATIONS // 2), params.lanes)


def physical_memory_kib() -> int | None:
    """The machine's physical memory in KiB, or None where it cannot be learnt."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        pages = page_size = -1
    if pages > 0 and page_size > 0:
        return pages * page_size // 1024
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = _MemoryStatus()
        status.dwLength = ctypes.sizeof(status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.ullTotalPhys) // 1024
    return None


@dataclass(frozen=True)
class KdfBudget:
    """What one slot's derivation may cost on this machine."""

    #: The most memory one derivation may take.
    max_memory_kib: int
    #: Seconds per KiB of memory per pass, from a timed floor derivation.
    seconds_per_unit: float
    max_seconds: float = MAX_UNLOCK_SECONDS

    @classmethod
    def measure(cls, memory_kib: int | None, measure: CostModel = timed_derivation) -> KdfBudget:
        """The budget of a machine with ``memory_kib`` of physical memory, timed by ``measure``.

        Unknown memory (None) allows what calibration itself would ever choose (1 GiB).
        """
        floor = KdfParams.floor()
        per_unit = measure(floor) / floor.work
        if memory_kib is None:
            limit = CALIBRATION_CAP_KIB
        else:
            limit = min(MAX_MEMORY_KIB, max(FLOOR_MEMORY_KIB, int(memory_kib * MEMORY_SHARE)))
        return cls(limit, per_unit)

    def seconds(self, params: KdfParams) -> float:
        """The expected time of one derivation with ``params`` here."""
        return params.work * self.seconds_per_unit

    def refuse_unaffordable(self, params: KdfParams) -> None:
        """Raise ``KdfTooCostly`` if and only if ``params`` need more memory or time than allowed."""
        if params.memory_kib > self.max_memory_kib:
            raise KdfTooCostly(
                f"This vault asks for {params.memory_kib // 1024} MiB of memory to unlock; this "
                f"computer can give at most {self.max_memory_kib // 1024} MiB. Refusing."
            )
        expected = self.seconds(params)
        if expected > self.max_seconds:
            raise KdfTooCostly(
                f"Unlocking this vault would take about {expected:.0f} s on this computer "
                f"(the limit is {self.max_seconds:.0f} s). Refusing."
            )


_machine_budget: KdfBudget | None = None


def machine_budget() -> KdfBudget:
    """This machine's budget, measured once per process with the real clock."""
    global _machine_budget
    if _machine_budget is None:
        _machine_budget = KdfBudget.measure(physical_memory_kib())
    return _machine_budget


def refuse_unaffordable(params: KdfParams, budget: KdfBudget | None = None) -> None:
    """Check parameters read from disk before any derivation with them starts.

    Raises ``VaultCorrupt`` below the floor or beyond the absolute ceiling, ``KdfTooCostly``
    beyond ``budget`` (by default this machine's, measured only when a slot asks for more than
    the floor: the floor is what every vault may ask).
    """
    params.check()
    if budget is None:
        if params.memory_kib <= FLOOR_MEMORY_KIB and params.iterations <= FLOOR_ITERATIONS:
            return
        budget = machine_budget()
    budget.refuse_unaffordable(params)
