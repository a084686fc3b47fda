"""Which bundles of a device a centre holds: replays, forks, copies and gaps.

A bundle is recognised by what its device signed: the SHA-256 of its ``tagmanifest-sha256.txt``
(``ReceivedBag.tagmanifest_sha256``), which the signature covers and which every re-encrypted
copy shares. The SHA-256 of the ``.humdoc`` file names only one copy of it: whoever holds a
decrypted copy can encrypt it again, to the centre, and get another file with the same content.
A copy of a bundle already received is that bundle, received before; never a replay or a fork.

Each bundle names its predecessor: a humdoc/2 bundle by the predecessor's identity, a humdoc/1
bundle (and a humdoc/2 device's first bundle after humdoc/1 ones) by the SHA-256 of the
predecessor's file, checked against every copy the centre received. Bundles may arrive in any
order and some not at all; a gap in a device's sequence numbers is reported, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from humdoc.core.bundle import ReceivedBag
from humdoc.core.errors import BundleRejected
from humdoc.core.vault.database import Database


@dataclass(frozen=True)
class DeviceArrivals:
    """What a centre holds of one device's bundles."""

    received: int
    last_sequence: int | None
    missing: list[tuple[int, int]]  # inclusive ranges of sequence numbers not (yet) arrived

    def to_json(self) -> dict[str, object]:
        return {
            "bundles_received": self.received,
            "last_sequence": self.last_sequence,
            "missing": [list(r) for r in self.missing],
        }


class Ledger(Protocol):
    """Where a centre keeps which bundles it received: the vault's ``received_bundles`` or an
    archive's ``bundles`` ledger. ``check_arrival_in`` asks it three things."""

    def at(self, device: str, sequence: int) -> LedgerEntry | None:
        """The bundle of ``device`` held under ``sequence``, if any."""

    def has_bundle_id(self, bundle_id: str) -> bool:
        """Whether any bundle with this id is held."""

    def has_copy(self, bundle_id: str, sha256: str) -> bool:
        """Whether bundle ``bundle_id`` arrived (once at least) as a file with this SHA-256."""


@dataclass(frozen=True)
class LedgerEntry:
    """One bundle a centre holds, as the arrival checks need it."""

    bundle_id: str
    identity: str | None  # SHA-256 of its tag manifest; None if received before it was kept
    sha256: str
    previous_kind: str | None  # "tagmanifest" or "file": how it names its predecessor
    previous: str | None


class VaultLedger:
    """The ledger of a centre vault (``received_bundles``, ``received_copies``)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def at(self, device: str, sequence: int) -> LedgerEntry | None:
        row = self.db.one(
            "SELECT bundle_id, tagmanifest_sha256, sha256, previous_kind, previous "
            "FROM received_bundles WHERE device = ? AND sequence = ?",
            (device, sequence),
        )
        return None if row is None else LedgerEntry(*row)

    def has_bundle_id(self, bundle_id: str) -> bool:
        return (
            self.db.one("SELECT 1 FROM received_bundles WHERE bundle_id = ?", (bundle_id,))
            is not None
        )

    def has_copy(self, bundle_id: str, sha256: str) -> bool:
        return (
            self.db.one(
                "SELECT 1 FROM received_copies WHERE bundle_id = ? AND sha256 = ?",
                (bundle_id, sha256),
            )
            is not None
        )


def check_arrival(db: Database, bag: ReceivedBag, device: str) -> bool:
    """``check_arrival_in`` the vault's own ledger."""
    return check_arrival_in(VaultLedger(db), bag, device)


def check_arrival_in(ledger: Ledger, bag: ReceivedBag, device: str) -> bool:
    """True if this bundle (by its signed content) was received before, as any copy.

    Raises ``BundleRejected("replay")`` if another bundle of this device already used its
    sequence number or its bundle id, and ``BundleRejected("fork")`` if it and the bundle the
    centre holds just before or just after it do not name each other.
    """
    same = ledger.at(device, bag.sequence)
    if same is not None:
        if _same_bundle(same, bag):
            return True
        raise BundleRejected(
            "replay",
            f"Rejected: sequence number {bag.sequence} of this device was already used by bundle "
            f"{same.bundle_id}; this is a replayed or forged bundle.",
        )
    if ledger.has_bundle_id(bag.bundle_id):
        raise BundleRejected("replay", f"Rejected: bundle id {bag.bundle_id} was already received.")
    before = ledger.at(device, bag.sequence - 1)
    if before is not None and not _names(ledger, link_of(bag), before):
        raise BundleRejected(
            "fork",
            f"Rejected: bundle {bag.sequence} does not name bundle {bag.sequence - 1} of this "
            "device as its predecessor: the device's history has forked.",
        )
    after = ledger.at(device, bag.sequence + 1)
    if after is not None:
        named = (
            bag.tagmanifest_sha256 if after.previous_kind == "tagmanifest" else bag.bundle_sha256
        )
        if after.previous != named:
            raise BundleRejected(
                "fork",
                f"Rejected: the bundle received as number {bag.sequence + 1} names another bundle "
                "as its predecessor: the device's history has forked.",
            )
    return False


def _same_bundle(row: LedgerEntry, bag: ReceivedBag) -> bool:
    if row.identity is not None:
        return row.identity == bag.tagmanifest_sha256
    # Received before the centre recorded identities: the bundle id is inside what the device
    # signed, and a device never gives two bundles one id.
    return row.sha256 == bag.bundle_sha256 or row.bundle_id == bag.bundle_id


def link_of(bag: ReceivedBag) -> tuple[str, str]:
    """How ``bag`` names its predecessor: ``("file", sha256)`` or ``("tagmanifest", sha256)``."""
    if bag.previous_bundle_sha256 is not None:
        return "file", bag.previous_bundle_sha256
    return "tagmanifest", str(bag.previous_tagmanifest_sha256)


def _names(ledger: Ledger, link: tuple[str, str], before: LedgerEntry) -> bool:
    kind, value = link
    if kind == "tagmanifest":
        return value == before.identity
    return ledger.has_copy(before.bundle_id, value)


def arrivals(db: Database, device: str, also: int | None = None) -> DeviceArrivals:
    """The bundles of ``device`` the centre holds (with sequence ``also`` counted as held)."""
    held = {
        int(r[0])
        for r in db.all("SELECT sequence FROM received_bundles WHERE device = ?", (device,))
    }
    return arrivals_of(held, also)


def arrivals_of(held: set[int], also: int | None = None) -> DeviceArrivals:
    """What a centre holds of a device whose bundles ``held`` arrived (and ``also``)."""
    held = set(held)
    if also is not None:
        held.add(also)
    ordered = sorted(held)
    missing: list[tuple[int, int]] = []
    expected = 1  # humdoc numbers a device's bundles from 1
    for seq in ordered:
        if seq > expected:
            missing.append((expected, seq - 1))
        expected = max(expected, seq + 1)
    return DeviceArrivals(len(ordered), ordered[-1] if ordered else None, missing)


def describe_missing(device_name: str, missing: list[tuple[int, int]]) -> str | None:
    """``Bundles from Laptop 3 that have not arrived (yet): 3–4, 7.``, or None if none."""
    if not missing:
        return None
    numbers = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in missing)
    return f"Bundles from {device_name} that have not arrived (yet): {numbers}."
