"""Chain of custody: per-item, hash-chained, device-signed event logs.

Every entry is a canonical JSON object (sorted keys, no spaces, UTF-8) holding the item id, the
action, the claimed wall time, the actor, the signing device's fingerprint and its per-device
sequence number, the previous entry's hash for the same item (64 zeros for the first) and
details such as SHA-256 digests. Its hash is SHA-256 over those bytes; its signature is a
minisign signature of the same bytes by the device key, so an expert can check any entry with
the ``minisign`` tool alone. The centre appends its own events to the chains it receives.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from humdoc.core.bundle.minisign import PublicKey, SigningKey, sign, verify
from humdoc.core.device_keys import DeviceKeyStore
from humdoc.core.domain.common import now_iso
from humdoc.core.errors import BundleRejected, HumdocError, InvalidInput
from humdoc.core.vault.database import Database

GENESIS = "0" * 64
ACTIONS = (
    "intake",
    "derivative",
    "edit",
    "extracted",
    "exported",
    "received",
    "device-revoked",
    "recorded",
    "safe-at-centre",
    "removed",
)


def canonical(obj: dict[str, Any]) -> bytes:
    """The one byte form an entry is hashed and signed in."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class CustodyEvent:
    """One signed entry as stored and as carried in bundles (one JSON line each)."""

    entry: str
    hash: str
    signature: str

    @property
    def fields(self) -> dict[str, Any]:
        return dict(json.loads(self.entry))

    def to_json(self) -> dict[str, Any]:
        return {"entry": self.entry, "hash": self.hash, "signature": self.signature}

    @classmethod
    def from_json(cls, obj: Any) -> CustodyEvent:
        if not isinstance(obj, dict) or not all(
            isinstance(obj.get(k), str) for k in ("entry", "hash", "signature")
        ):
            raise InvalidInput("A custody record is malformed.")
        return cls(obj["entry"], obj["hash"], obj["signature"])


class CustodyLog:
    """Appending to and checking the custody chains of this vault."""

    def __init__(self, db: Database, device_keys: DeviceKeyStore, actor: Callable[[], str]) -> None:
        self.db = db
        self.device_keys = device_keys
        self.actor = actor

    def append(self, item_id: str, action: str, details: dict[str, Any]) -> CustodyEvent:
        """Sign and append an event to ``item_id``'s chain (joins the caller's transaction)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown custody action {action}")
        key = self.device_keys.signing_key()
        try:
            device = key.public().fingerprint()
            with self.db.transaction() as db:
                last = db.one(
                    "SELECT hash FROM custody_events WHERE item_id = ? ORDER BY id DESC LIMIT 1",
                    (item_id,),
                )
                seq_row = db.one(
                    "SELECT max(device_seq) FROM custody_events WHERE device = ?", (device,)
                )
                device_seq = int(seq_row[0] or 0) + 1
                event = signed_event(
                    key, item_id, action, self.actor(), device_seq, last[0] if last else GENESIS,
                    details,
                )  # fmt: skip
                self._store(item_id, event, device, device_seq)
        finally:
            key.wipe()
        return event

    @contextlib.contextmanager
    def batch(self, item_ids: Sequence[str]) -> Iterator[CustodyBatch]:
        """Sign many events in one transaction (the caller's, if one is open) with the device
        key loaded once, and store them together when the block ends without error.

        ``item_ids`` are the items the events will be for: their chains' last entries are read
        in one query. Appending through the batch gives the same entries, in the same order, as
        ``append`` one by one would; nothing else may append to the log until the block ends
        (the transaction holds the database's lock, so no other thread can). The key is wiped
        when the block ends, as ``append`` wipes it after each event.
        """
        key = self.device_keys.signing_key()
        try:
            with self.db.transaction() as db:
                batch = CustodyBatch(self, key, _last_hashes(db, item_ids))
                yield batch
                db.executemany(_INSERT_EVENT, batch.rows)
        finally:
            key.wipe()

    def chain(self, item_id: str) -> list[CustodyEvent]:
        rows = self.db.all(
            "SELECT entry, hash, signature FROM custody_events WHERE item_id = ? ORDER BY id",
            (item_id,),
        )
        return [CustodyEvent(r[0], r[1], r[2]) for r in rows]

    def report(self, item_id: str, keys: Callable[[str], PublicKey | None]) -> ChainReport:
        """``item_id``'s chain as stored here and every problem ``verify_chain`` finds in it.

        Reads only. An item with no entries at all reports that as its one problem.
        """
        events = self.chain(item_id)
        problems = verify_chain(item_id, events, keys) if events else ["the chain is empty"]
        return ChainReport(item_id, events, problems)

    def chained_items(self) -> dict[str, int]:
        """Every item id that has a chain here, with the chain's size (its entries' characters)."""
        rows = self.db.all(
            "SELECT item_id, sum(length(entry)) FROM custody_events GROUP BY item_id ORDER BY 1"
        )
        return {r[0]: int(r[1]) for r in rows}

    def adopt_chains(
        self,
        chains: Mapping[str, Sequence[CustodyEvent]],
        keys: Callable[[str], PublicKey | None],
    ) -> int:
        """Store the entries of received chains (item id -> its chain) that this vault does not
        hold yet, in one statement (joins the caller's transaction); return how many.

        Every chain is checked first, each entry's signature too; ``BundleRejected`` for the
        first that does not verify, and nothing is stored.
        """
        for item_id, events in chains.items():
            problems = verify_chain(item_id, list(events), keys)
            if problems:
                raise BundleRejected(
                    "custody", f"The custody log of {item_id} does not verify: {problems[0]}"
                )
        known = {
            (str(r[0]), str(r[1]))
            for r in self.db.all(
                "SELECT c.item_id, c.hash FROM json_each(?) j "
                "CROSS JOIN custody_events c ON c.item_id = j.value",
                (json.dumps(list(chains)),),
            )
        }
        rows = [
            _event_row(item_id, ev, ev.fields["device"], int(ev.fields["device_seq"]))
            for item_id, events in chains.items()
            for ev in events
            if (item_id, ev.hash) not in known
        ]
        with self.db.transaction() as db:
            db.executemany(_INSERT_EVENT, rows)
        return len(rows)

    def _store(self, item_id: str, ev: CustodyEvent, device: str, seq: int) -> None:
        self.db.execute(_INSERT_EVENT, _event_row(item_id, ev, device, seq))


_INSERT_EVENT = (
    "INSERT INTO custody_events(item_id, entry, hash, signature, device, device_seq) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _event_row(
    item_id: str, ev: CustodyEvent, device: str, seq: int
) -> tuple[str, str, str, str, str, int]:
    """The ``custody_events`` row of ``ev`` (``_INSERT_EVENT``'s parameters)."""
    return (item_id, ev.entry, ev.hash, ev.signature, device, seq)


def signed_event(
    key: SigningKey,
    item_id: str,
    action: str,
    actor: str,
    device_seq: int,
    prev: str,
    details: dict[str, Any],
) -> CustodyEvent:
    """A new entry of ``item_id``'s chain, following the entry whose hash is ``prev``, signed by
    ``key`` (whose fingerprint it names as its device), dated now. ``ValueError`` for an action
    not in ``ACTIONS``."""
    if action not in ACTIONS:
        raise ValueError(f"unknown custody action {action}")
    entry: dict[str, Any] = {
        "v": 1,
        "item": item_id,
        "action": action,
        "at": now_iso(),
        "actor": actor,
        "device": key.public().fingerprint(),
        "device_seq": device_seq,
        "prev": prev,
        "details": details,
    }
    return _signed(entry, key)


class CustodyBatch:
    """Events being signed for ``CustodyLog.batch``, stored when its block ends."""

    def __init__(self, log: CustodyLog, key: SigningKey, last: dict[str, str]) -> None:
        self._log = log
        self._key = key
        self._device = key.public().fingerprint()
        seq_row = log.db.one(
            "SELECT max(device_seq) FROM custody_events WHERE device = ?", (self._device,)
        )
        self._seq = int(seq_row[0] or 0)
        self._actor = log.actor()
        self._last = last
        #: The rows to insert, in the order the events were signed.
        self.rows: list[tuple[str, str, str, str, str, int]] = []

    def append(self, item_id: str, action: str, details: dict[str, Any]) -> CustodyEvent:
        """Sign an event for ``item_id`` (one of the batch's items), as ``CustodyLog.append``
        does; it is stored when the batch ends."""
        if item_id not in self._last:
            raise ValueError("an event for an item outside the batch")
        self._seq += 1
        event = signed_event(
            self._key, item_id, action, self._actor, self._seq, self._last[item_id], details
        )
        self._last[item_id] = event.hash
        self.rows.append(_event_row(item_id, event, self._device, self._seq))
        return event


def _last_hashes(db: Database, item_ids: Sequence[str]) -> dict[str, str]:
    """Each item's latest entry's hash (``GENESIS`` for an item with none), in one query."""
    last = dict.fromkeys(item_ids, GENESIS)
    rows = db.all(
        "SELECT item_id, hash FROM custody_events WHERE id IN (SELECT max(id) FROM "
        "custody_events WHERE item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id)",
        (json.dumps(list(last)),),
    )
    last.update((r[0], r[1]) for r in rows)
    return last


def _signed(entry: dict[str, Any], key: SigningKey) -> CustodyEvent:
    data = canonical(entry)
    digest = hashlib.sha256(data).hexdigest()
    return CustodyEvent(data.decode(), digest, sign(key, data, f"humdoc custody {digest}"))


@dataclass(frozen=True)
class ChainReport:
    """One item's chain of custody and what is wrong with it (nothing, when it verifies)."""

    item_id: str
    events: list[CustodyEvent]
    problems: list[str]

    @property
    def verified(self) -> bool:
        """True if and only if the chain has entries and every check on them passed."""
        return not self.problems


def verify_chain(
    item_id: str, events: list[CustodyEvent], keys: Callable[[str], PublicKey | None]
) -> list[str]:
    """Every problem with ``events`` as ``item_id``'s chain; empty if and only if it verifies.

    Checks, per entry: the canonical form and hash, the link to the previous entry, the item id,
    the signature by the key ``keys(device fingerprint)`` returns, and that each device's
    sequence numbers only grow. An entry that follows another device's entry may link instead
    to its own device's latest entry: a centre records its receipt of a bundle while the field
    device goes on, and the device's later events arrive after the centre's (each device's own
    entries still form one unbroken line).
    """
    problems: list[str] = []
    prev = GENESIS
    prev_device: str | None = None
    latest: dict[str, str] = {}  # device → hash of its latest entry so far
    last_seq: dict[str, int] = {}
    for n, ev in enumerate(events, 1):
        try:
            fields = json.loads(ev.entry)
        except ValueError:
            problems.append(f"entry {n} is not JSON")
            break
        if not isinstance(fields, dict) or canonical(fields).decode() != ev.entry:
            problems.append(f"entry {n} is not in canonical form")
            break
        if hashlib.sha256(ev.entry.encode()).hexdigest() != ev.hash:
            problems.append(f"entry {n} does not match its hash")
        if fields.get("item") != item_id:
            problems.append(f"entry {n} belongs to another item")
        device = str(fields.get("device", ""))
        link = fields.get("prev")
        if link != prev and (device == prev_device or link != latest.get(device)):
            problems.append(f"entry {n} does not follow the entry before it")
        seq = fields.get("device_seq")
        if not isinstance(seq, int) or seq <= last_seq.get(device, 0):
            problems.append(f"entry {n} has an out-of-order device sequence number")
        else:
            last_seq[device] = seq
        pub = keys(device)
        if pub is None:
            problems.append(f"entry {n} is signed by an unknown device ({device})")
        else:
            try:
                verify(pub, ev.entry.encode(), ev.signature)
            except HumdocError:
                problems.append(f"entry {n} has a bad signature")
        prev, prev_device, latest[device] = ev.hash, device, ev.hash
    return problems
