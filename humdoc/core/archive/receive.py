"""Receiving bundles into the shared archive: every check a centre vault makes, then one import.

An ``ArchiveReceiver`` is an ``intake`` member's session with the archive's blob store. It checks
a bundle exactly as a centre vault does (``humdoc.core.exchange.receive.BundleChecker``: refuses
unfinished files, decrypts with the archive's age identity, looks the signer up by key id and
refuses a revoked device, refuses an unenrolled key, replays, forks, malformed records,
custody chains that do not verify, media that do not match, identities without consent), with
the archive's sealed ``devices`` and its ``bundles`` ledger in place of the vault's tables. Media
files are spooled straight into the blob store, encrypted, while the bundle is read.

Then everything the bundle carries goes into PostgreSQL in ONE transaction: the ledger row (with,
sealed, what the bundle's receipt will name: ``centre.receipt_contents``), every record version
(``store.put_record``), custody chains, each followed by the archive's own signed ``received``
entry (``centre.received_event``), media files (their keys sealed) and witness identities
(sealed to the identity key: the receiver cannot read them back).

Exactly once, with any number of receivers on any number of machines: the import takes a
transaction-scoped advisory lock on the sending device, then checks the ledger again. A second
receiver that took the same bundle waits for the first one's commit, then finds the bundle in
the ledger and reports it as already received; the ledger's unique keys (device and sequence,
bundle id) hold even against a client that skipped the lock. Killed at any instant, a receiver
leaves nothing half-imported: PostgreSQL rolls the transaction back. The blobs it had spooled
are then named by no row; ``sweep`` deletes such orphans once they are an hour old.

A record's rank (which version is current) orders as a centre vault does
(``humdoc.core.exchange.versions``): by the length of the item's custody chain for testimonies
and media, by the bundle's sequence number for the rest, and then by the sequence number:
``rank = base * 2**32 + sequence``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path
from typing import Any, cast

from humdoc.core.archive import store
from humdoc.core.archive.centre import centre_signing_key, receipt_contents, received_event
from humdoc.core.archive.devices import ArchiveDevice, ArchiveDevices
from humdoc.core.archive.session import (
    ArchiveSession,
    ArchiveUnavailable,
    NotPermitted,
    refusals,
)
from humdoc.core.blobs import BlobStore
from humdoc.core.bundle import Limits, ReceivedBag
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.bundle.reader import Spool
from humdoc.core.domain.common import now_iso
from humdoc.core.errors import (
    AlreadyExists,
    BundleRejected,
    InvalidInput,
    NotFound,
    VaultCorrupt,
)
from humdoc.core.exchange.arrivals import LedgerEntry, arrivals_of, check_arrival_in, link_of
from humdoc.core.exchange.receive import BundleChecker, Checked
from humdoc.core.exchange.spool import VaultSpool
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress
from humdoc.core.safefs import atomic_write, create_new, is_temp_name, make_private_dir, move_new

#: The file in a blob store's folder that names the store (and so the archive it belongs to).
STORE_MARK = "humdoc-archive-store"
#: An unreferenced blob younger than this may belong to an import still running.
ORPHAN_AGE = 3600.0
_SINGULAR = {
    "cases": "case",
    "incidents": "incident",
    "persons": "person",
    "testimonies": "testimony",
    "media": "media",
}


def rank_of(base: int, sequence: int) -> int:
    """A version's rank as one number: ``(base, sequence)`` in the order a centre vault uses."""
    return base * 2**32 + sequence


# --- the blob store --------------------------------------------------------------------------


def init_store(session: ArchiveSession, folder: Path) -> str:
    """(admin) Make ``folder`` the archive's blob store; return its id.

    The id is written into ``folder`` and sealed into the archive, so a receiver given another
    folder (another archive's, an empty one) is refused. ``AlreadyExists`` if the archive has a
    store already (another folder); the same folder again is fine.
    """
    if session.duty != "admin":
        raise NotPermitted("Only an administrator sets the archive's blob store.")
    with contextlib.suppress(NotFound):
        held = session.secret("blob-store").decode()
        if _mark_of(folder) == held:
            return held
        raise AlreadyExists(
            f"The archive's blob store is another folder (store {held}); give that folder."
        )
    make_private_dir(folder)
    store_id = secrets.token_hex(16)
    try:
        fd = create_new(folder / STORE_MARK)
    except FileExistsError:
        raise AlreadyExists(
            f"{folder} is the blob store of another archive already; choose an empty folder."
        ) from None
    try:
        os.write(fd, (store_id + "\n").encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    with refusals():
        session.conn.execute(
            "INSERT INTO archive_secrets(name, sealed) VALUES ('blob-store', %s)",
            (session.keys.seal_secret("blob-store", store_id.encode()),),
        )
    return store_id


def _mark_of(folder: Path) -> str | None:
    try:
        return (folder / STORE_MARK).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def open_store(session: ArchiveSession, folder: Path) -> BlobStore:
    """The archive's blob store in ``folder``; ``InvalidInput`` if ``folder`` is not it."""
    try:
        held = session.secret("blob-store").decode()
    except NotFound:
        raise InvalidInput(
            "The archive has no blob store yet: an administrator sets it with "
            "'humdoc centre store-init --archive URL --store PATH'."
        ) from None
    if _mark_of(folder) != held:
        raise InvalidInput(
            f"{folder} is not this archive's blob store (store {held}); give the folder the "
            "administrator set."
        )
    return BlobStore(folder)


def sweep(session: ArchiveSession, blobs: BlobStore, older_than: float = ORPHAN_AGE) -> int:
    """Delete blobs no media file of the archive names (left by a receiver killed mid-import
    or by a rejected bundle's spool), and temporary files of unfinished writes, once they are
    ``older_than`` seconds old; return how many were deleted."""
    limit = time.time() - older_than
    with refusals():
        named = {
            str(r[0]) for r in session.conn.execute("SELECT blob_id FROM media_files").fetchall()
        }
    count = 0
    for blob_id in list(blobs.ids()):
        path = blobs.folder / blob_id[:2] / blob_id
        with contextlib.suppress(FileNotFoundError):
            if blob_id not in named and path.stat().st_mtime < limit:
                blobs.delete(blob_id)
                count += 1
    for shard in blobs._shards():
        for entry in shard.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if is_temp_name(entry.name) and entry.lstat().st_mtime < limit:
                    entry.unlink()
                    count += 1
    return count


# --- the ledger ------------------------------------------------------------------------------


class ArchiveLedger:
    """The archive's ``bundles`` and ``bundle_copies``, as the arrival checks read them (on the
    session's connection of the moment: a reconnected session's new one)."""

    def __init__(self, session: ArchiveSession) -> None:
        self.session = session

    @property
    def conn(self) -> Any:
        return self.session.conn

    def at(self, device: str, sequence: int) -> LedgerEntry | None:
        row = self.conn.execute(
            "SELECT bundle_id, identity, sha256, previous FROM bundles "
            "WHERE device = %s AND sequence = %s",
            (device, sequence),
        ).fetchone()
        if row is None:
            return None
        kind, _, previous = str(row[3] or "").partition(":")
        return LedgerEntry(row[0], row[1] or None, row[2], kind or None, previous or None)

    def has_bundle_id(self, bundle_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM bundles WHERE bundle_id = %s", (bundle_id,))
        return row.fetchone() is not None

    def has_copy(self, bundle_id: str, sha256: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM bundle_copies WHERE bundle_id = %s AND sha256 = %s", (bundle_id, sha256)
        )
        return row.fetchone() is not None

    def sequences(self, device: str) -> set[int]:
        rows = self.conn.execute("SELECT sequence FROM bundles WHERE device = %s", (device,))
        return {int(r[0]) for r in rows.fetchall()}


# --- the receiver ----------------------------------------------------------------------------


class ArchiveReceiver(BundleChecker):
    """Verifying and importing bundles into the archive, as an ``intake`` member."""

    def __init__(
        self, session: ArchiveSession, blobs: BlobStore, limits: Limits | None = None
    ) -> None:
        if session.duty != "intake":
            raise NotPermitted(
                f"Receiving bundles is the intake duty; {session.role} is {session.duty}."
            )
        self.session = session
        self.blobs = blobs
        self.limits = limits or Limits()
        self.devices = ArchiveDevices(session)
        self.ledger = ArchiveLedger(session)
        self._age = session.secret("age-identity").decode().strip()
        self._known: dict[str, ArchiveDevice | None] = {}

    # --- where the checks look ------------------------------------------------------------

    def age_identities(self) -> list[str]:
        return [self._age]

    def spool(self) -> Spool:
        return VaultSpool(self.blobs)

    def _device(self, fingerprint: str) -> ArchiveDevice | None:
        if fingerprint not in self._known:
            self._known[fingerprint] = self.devices.by_fingerprint(fingerprint)
        return self._known[fingerprint]

    def _device_by_key_id(self, key_id: str) -> ArchiveDevice | None:
        return self.devices.by_key_id(key_id)

    def _key_for(self, fingerprint: str) -> PublicKey | None:
        dev = self._device(fingerprint)
        return None if dev is None else dev.key()

    def device_name(self, fingerprint: str) -> str | None:
        dev = self._device(fingerprint)
        return None if dev is None else dev.name

    def arrival(self, bag: ReceivedBag, fingerprint: str) -> tuple[bool, list[tuple[int, int]]]:
        duplicate = check_arrival_in(self.ledger, bag, fingerprint)
        return duplicate, arrivals_of(self.ledger.sequences(fingerprint), bag.sequence).missing

    # --- receiving ------------------------------------------------------------------------

    def verify(
        self, path: Path, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled
    ) -> dict[str, Any]:
        """Run every check and import nothing. Raises ``BundleRejected`` naming the reason."""
        self._known.clear()
        with refusals():
            checked = self.check(path, progress, cancelled)
        checked.bag.discard()
        return checked.summary()

    def receive(
        self, path: Path, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled
    ) -> dict[str, Any]:
        """Verify, then import in one transaction; a bundle received before (by this receiver
        or any other, at any moment) is recognised and changes nothing but its copies."""
        self._known.clear()
        with refusals():
            checked = self.check(path, progress, cancelled)
        adopted: set[str] = set()
        try:
            with refusals():
                adopted = self._import(checked)
            for rel in adopted:  # committed: these blobs now belong to the archive's media
                checked.bag.files.pop(rel, None)
        except ArchiveUnavailable:
            # The connection broke, maybe while the COMMIT was on its way: whether it reached
            # the server is unknown here. The media blobs stay (named by committed rows, or
            # orphans that ``sweep`` deletes); the next look finds the bundle received or not.
            for r in checked.rows.get("media", []):
                checked.bag.files.pop(r["file"], None)
            raise
        finally:
            checked.bag.discard()
        return checked.summary()

    def reconnect(self) -> None:
        """Connect the session again after its connection broke (``ArchiveSession.reconnect``)."""
        self.session.reconnect()

    def _import(self, checked: Checked) -> set[str]:
        import psycopg

        conn, bag = self.session.conn, checked.bag
        try:
            with conn.transaction():
                conn.execute(
                    "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                    ("humdoc-device:" + checked.device_fp,),
                )
                # Under the lock, the ledger is as the last receiver of this device left it.
                if check_arrival_in(self.ledger, bag, checked.device_fp):
                    _already(checked)
                    conn.execute(
                        "INSERT INTO bundle_copies(sha256, bundle_id) "
                        "SELECT %s, bundle_id FROM bundles WHERE device = %s AND sequence = %s "
                        "ON CONFLICT DO NOTHING",
                        (bag.bundle_sha256, checked.device_fp, bag.sequence),
                    )
                    return set()
                return self._write(checked)
        except psycopg.errors.UniqueViolation:
            raise BundleRejected(
                "replay", f"Rejected: bundle id {bag.bundle_id} was already received."
            ) from None

    def _write(self, checked: Checked) -> set[str]:
        conn, keys = self.session.conn, self.session.keys
        bag, rows, device = checked.bag, checked.rows, checked.device_fp
        for kind in ("cases", "incidents", "testimonies"):
            for r in rows[kind]:
                _claim(conn, kind, r["id"], device)
        for r in rows.get("identities", []):
            _claim(conn, "persons", r["person_id"], device)
        kind_of, link = link_of(bag)
        add_to_ledger(
            conn, keys, device, bag.sequence, bag.bundle_id, bag.tagmanifest_sha256,
            f"{kind_of}:{link}", bag.bundle_sha256, checked.summary(),
            receipt_contents(now_iso(), rows),
        )  # fmt: skip
        for kind in ("cases", "incidents", "persons", "testimonies", "media"):
            for r in rows[kind]:
                chain = checked.chains.get(r["id"])
                base = len(chain) if chain is not None else bag.sequence
                case_id = r["id"] if kind == "cases" else r.get("case_id")
                current = store.put_record(
                    conn, keys, kind, r, device=device, bundle_id=bag.bundle_id,
                    rank=rank_of(base, bag.sequence), case_id=case_id,
                )  # fmt: skip
                if not current and kind != "persons":
                    checked.older.append((_SINGULAR[kind], r["id"]))
        adopted: set[str] = set()
        for r in rows["media"]:
            held = conn.execute(
                "SELECT 1 FROM media_files WHERE item_id = %s AND sha256 = %s",
                (r["id"], r["sha256"]),
            ).fetchone()
            if held is None:
                blob_id, key = cast(tuple[str, bytes], bag.files[r["file"]].handle)
                store.put_media_file(
                    conn, keys, r["id"], r["sha256"], blob_id, r["size"], r["mime"], key,
                    bag.bundle_id,
                )  # fmt: skip
                adopted.add(r["file"])
        received = {
            "bundle_id": bag.bundle_id,
            "bundle_sha256": bag.bundle_sha256,
            "bundle_tagmanifest_sha256": bag.tagmanifest_sha256,
            "sequence": bag.sequence,
            "from_device": device,
        }
        signing = centre_signing_key(self.session)
        try:
            for item_id in sorted(checked.chains):  # the items' locks, always in one order
                events = [e.to_json() for e in checked.chains[item_id]]
                held = store.put_custody(conn, keys, item_id, events, bag.bundle_id)
                event = received_event(conn, signing, self.session.role, item_id, held, received)
                store.append_custody(conn, keys, item_id, len(held), event.to_json(), bag.bundle_id)
        finally:
            signing.wipe()
        for r in rows.get("identities", []):
            # A later bundle's identity replaces the one held (a new contact, say), as in a
            # centre vault; an earlier bundle's, arriving late, is reported as older.
            if not store.put_identity(
                conn, keys, r["person_id"],
                {"name": r["name"], "contact": r["contact"], "notes": r["notes"]},
                bag.bundle_id, bag.sequence,
            ):  # fmt: skip
                checked.older.append(("identity", r["person_id"]))
        return adopted


def add_to_ledger(
    conn: Any,
    keys: Any,
    device: str,
    sequence: int,
    bundle_id: str,
    identity: str | None,
    previous: str,
    sha256: str,
    summary: dict[str, Any],
    receipt: dict[str, Any],
) -> None:
    """Write a bundle's ledger row and its first copy (inside the caller's transaction).

    ``previous`` is ``tagmanifest:<sha256>`` or ``file:<sha256>``; ``identity`` the SHA-256 of
    its tag manifest, None for a bundle a centre vault received before it kept identities;
    ``receipt`` what its receipt names (``centre.receipt_contents``), sealed."""
    conn.execute(
        "INSERT INTO bundles(device, sequence, bundle_id, identity, previous, sha256, "
        "summary_ct, receipt_ct) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
        (device, sequence, bundle_id, identity or "", previous, sha256,
         keys.seal_json(summary, "bundles", bundle_id, "summary"),
         keys.seal_json(receipt, "bundles", bundle_id, "receipt")),
    )  # fmt: skip
    add_copy(conn, bundle_id, sha256)


def add_copy(conn: Any, bundle_id: str, sha256: str) -> None:
    """Remember that bundle ``bundle_id`` arrived (also) as the file with this SHA-256."""
    conn.execute(
        "INSERT INTO bundle_copies(sha256, bundle_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (sha256, bundle_id),
    )


def _claim(conn: Any, kind: str, rid: str, device: str) -> None:
    """Refuse a record (or a witness's identity) that another device sent first."""
    row = conn.execute("SELECT device FROM records WHERE kind = %s AND id = %s", (kind, rid))
    found = row.fetchone()
    if found is not None and found[0] != device:
        what = "person" if kind == "persons" else _SINGULAR[kind]
        raise BundleRejected(
            "conflict", f"The {what} {rid} was already received from another device."
        )


def _already(checked: Checked) -> None:
    if checked.duplicate:
        return
    checked.duplicate = True
    checked.warnings.insert(
        0,
        f"Already received: bundle {checked.bag.sequence} from {checked.device_name} arrived "
        "before (the same signed content); nothing was imported again.",
    )


# --- watching a folder -----------------------------------------------------------------------

#: What a watcher takes as a bundle: a file with this ending (never a temporary name).
BUNDLE_SUFFIX = ".humdoc"


class Watcher:
    """Receives every bundle that appears in ``folder``, once it is fully written.

    A file is taken when its size and modification time did not change between two polls.
    Received (or already received) bundles are moved to ``folder/received/``, rejected ones to
    ``folder/rejected/`` with a one-line ``NAME.reason`` file beside them. Any number of
    watchers, on one machine or many, may watch one folder: which of them imports a bundle is
    decided by the archive's ledger, never by who moved the file (a bundle another watcher
    moved away first is simply passed over).
    """

    def __init__(
        self,
        receiver: ArchiveReceiver,
        folder: Path,
        report: Any = None,
    ) -> None:
        self.receiver = receiver
        self.folder = folder
        self.report = report or (lambda _event: None)
        self._seen: dict[str, tuple[int, int]] = {}
        for sub in ("received", "rejected"):
            make_private_dir(folder / sub)

    def _candidates(self) -> list[Path]:
        ready: list[Path] = []
        seen: dict[str, tuple[int, int]] = {}
        for entry in sorted(self.folder.iterdir()):
            if not entry.name.endswith(BUNDLE_SUFFIX) or is_temp_name(entry.name):
                continue
            try:
                info = entry.lstat()
            except FileNotFoundError:
                continue
            if not entry.is_file() or entry.is_symlink():
                continue
            mark = (info.st_size, info.st_mtime_ns)
            if self._seen.get(entry.name) == mark:
                ready.append(entry)
            seen[entry.name] = mark
        self._seen = seen
        return ready

    def poll(self) -> list[dict[str, Any]]:
        """Look once; receive what is ready. Returns one event per bundle handled."""
        events: list[dict[str, Any]] = []
        for path in self._candidates():
            event: dict[str, Any] = {"file": path.name}
            try:
                summary = self.receiver.receive(path)
            except BundleRejected as exc:
                if exc.reason == "missing" or not path.exists():
                    continue  # another watcher took it
                event.update(received=False, reason=exc.reason, error=str(exc))
                _move(path, self.folder / "rejected", f"{exc.reason}: {exc}")
            except (InvalidInput, NotFound, VaultCorrupt) as exc:  # e.g. a planted device
                if not path.exists():
                    continue
                event.update(received=False, reason="not-received", error=str(exc))
                _move(path, self.folder / "rejected", f"not-received: {exc}")
            else:
                event.update(received=True, **summary)
                _move(path, self.folder / "received", None)
            self._seen.pop(path.name, None)
            events.append(event)
            self.report(event)
        return events

    def run(self, stop: Any, interval: float = 2.0) -> None:
        """Poll every ``interval`` seconds until ``stop()`` is true.

        When the archive cannot be reached (its server restarts, the network fails), reports
        ``{"archive": "unreachable", "error": ...}`` once, then tries to connect again after
        1, 2, 4 ... seconds (at most ``RETRY_MAX``) until it can, and reports
        ``{"archive": "reconnected", "after": seconds}``. A bundle whose import the outage
        broke is still in the folder (its transaction rolled back) and is taken at the next
        look. Other errors (the member was removed meanwhile) end the run."""
        while not stop():
            try:
                self.poll()
            except ArchiveUnavailable as exc:
                self._reconnect(stop, exc)
            _wait(stop, interval)

    def _reconnect(self, stop: Any, lost: ArchiveUnavailable) -> None:
        self.report({"archive": "unreachable", "error": str(lost)})
        started = time.monotonic()
        delay = RETRY_FIRST
        while not stop():
            _wait(stop, delay)
            if stop():
                return
            try:
                self.receiver.reconnect()
            except ArchiveUnavailable:
                delay = min(delay * 2, RETRY_MAX)
                continue
            self.report({"archive": "reconnected", "after": round(time.monotonic() - started, 1)})
            return


#: A watcher that lost the archive tries again after this many seconds, then twice as long ...
RETRY_FIRST = 1.0
#: ... up to this.
RETRY_MAX = 30.0


def _wait(stop: Any, seconds: float) -> None:
    """Sleep ``seconds``, waking early when ``stop()`` turns true."""
    deadline = time.monotonic() + seconds
    while not stop() and time.monotonic() < deadline:
        time.sleep(min(0.2, seconds))


def _move(path: Path, into: Path, reason: str | None) -> None:
    """Move ``path`` into ``into`` (a new name if one is taken), its one-line ``reason`` beside
    it; a file another watcher moved already is passed over."""
    n = 0
    while True:
        target = into / (path.name if n == 0 else f"{path.stem}.{n}{path.suffix}")
        try:
            move_new(path, target)
            break
        except FileExistsError:
            n += 1
        except FileNotFoundError:
            return
    if reason is not None:
        atomic_write(target.with_name(target.name + ".reason"),
                     (" ".join(reason.split()) + "\n").encode("utf-8"))  # fmt: skip
