"""The custody report, the Uwazi export and the publication export, made from the shared archive.

``ArchiveSource`` is the archive as a ``humdoc.core.sources.CaseSource``: the very builders a
desktop vault uses make the report and the exports, so a court receives the same report format
and verdicts, and a partner the same files under the same consent gates, from either.

Every record is read through the archive's logging function ``read_record`` (every version of a
testimony, for its consent history, through ``read_versions``; every media file's key through
``read_media``): the access log names the member who read each one, and the database refuses
the duties that may not read (``intake``, ``admin``) with ``NotPermitted``. Once the cases are
read, and before anything is written, each export adds one entry per case (``export-report``,
``export-uwazi``, ``export-publication``), so the log says who exported what.

Custody events are checked against the device keys the archive holds (each device's key sealed
under the archive key; a migrated centre vault's own key is one of them, revoked) and the
archive's own signing key. An event whose sealed row does not open (altered in the database) is
given to the checks with an empty entry, so the report says VERIFICATION FAILED there.

Media come from the archive's blob store, decrypted as a stream: the archive keeps the copy the
field device sent under its export policy. It leaves as it is when it is at least as clean as
the export's policy asks (``strip`` is cleaner than ``evidence``, both than ``keep``); a copy
sent under a looser policy is cleaned in memory (never on disk), as a vault makes a derivative;
one that cannot be is held back with the reason.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from humdoc.core.archive import store
from humdoc.core.archive.devices import ArchiveDevices
from humdoc.core.archive.session import ArchiveSession, refusals
from humdoc.core.blobs import BlobStore
from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.bundle.minisign import PublicKey, SigningKey
from humdoc.core.custody import CustodyEvent
from humdoc.core.domain.cases import Case, Incident
from humdoc.core.domain.testimonies import Consent, Testimony
from humdoc.core.errors import (
    HumdocError,
    InvalidInput,
    NotFound,
    PolicyRefused,
    UnknownCase,
    VaultCorrupt,
)
from humdoc.core.exchange.importer import consent_from_row, testimony_from_row
from humdoc.core.exchange.publication import PublicationResult, check_out, write_publication
from humdoc.core.exchange.uwazi import UwaziResult, export_uwazi
from humdoc.core.media.policy import Policy, make_derivative
from humdoc.core.media.sniff import HEAD_BYTES, sniff
from humdoc.core.mediaitems import MediaItem
from humdoc.core.mediarecords import MAX_IN_MEMORY
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress
from humdoc.core.report import model
from humdoc.core.report.build import build_report
from humdoc.core.settings import DEFAULTS
from humdoc.core.sources import ALL, Reader, VerifyCommands

#: How clean each policy's copy is: a copy may leave under any policy up to its own.
_CLEANNESS = {"keep": 0, "evidence": 1, "strip": 2}
#: The re-verification steps' commands on an archive (ARCHIVE and STORE stand for its address
#: and its blob store folder); the archive keeps no working copies of its own.
COMMANDS = VerifyCommands(
    statement="humdoc archive show testimonies {id} --json --archive ARCHIVE"
    " | jq -j .record.statement",
    original="humdoc archive extract {id} --store STORE --out {out} --archive ARCHIVE",
    derivative="",
    custody="humdoc archive custody {id} --json --archive ARCHIVE",
)


class ArchiveSource:
    """The shared archive, as one member's session reads it, as a ``CaseSource``.

    ``blobs`` (the archive's blob store) is needed only for media files (the Uwazi export).
    Each record is read (and logged) once per source.
    """

    role = "centre"
    commands = COMMANDS

    def __init__(self, session: ArchiveSession, blobs: BlobStore | None = None) -> None:
        self.session = session
        self.blobs = blobs
        self._devices = ArchiveDevices(session)
        self._bodies: dict[tuple[str, str], dict[str, Any]] = {}
        self._made: dict[tuple[str, str], bytes] = {}  # copies cleaned in memory
        self._own: PublicKey | None = None

    # --- records ---------------------------------------------------------------------------

    def _body(self, kind: str, rid: str) -> dict[str, Any]:
        if (kind, rid) not in self._bodies:
            with refusals():
                s = self.session
                self._bodies[(kind, rid)] = store.read_record(s.conn, s.keys, kind, rid)
        return self._bodies[(kind, rid)]

    def _bodies_of(self, kind: str, case_id: str) -> list[dict[str, Any]]:
        with refusals():
            s = self.session
            rows = store.list_records(s.conn, s.keys, kind, case_id, limit=ALL)
        return [self._body(kind, r.id) for r in rows]

    def case(self, case_id: str) -> Case:
        try:
            r = self._body("cases", case_id)
        except NotFound:
            raise UnknownCase(case_id) from None
        with _record("case", case_id):
            return Case(r["id"], r["title"], r["description"], r["status"], None,
                        r["created"], r["updated"])  # fmt: skip

    def incidents(self, case_id: str) -> list[Incident]:
        found = []
        for r in self._bodies_of("incidents", case_id):
            with _record("incident", r.get("id")):
                found.append(Incident(**r))
        return sorted(found, key=lambda i: (i.occurred_from or "", i.created))

    def testimonies(self, case_id: str) -> list[Testimony]:
        found = []
        for r in self._bodies_of("testimonies", case_id):
            with _record("testimony", r.get("id")):
                found.append(self._testimony(r))
        return sorted(found, key=lambda t: (t.created, t.id))

    def _testimony(self, r: dict[str, Any]) -> Testimony:
        try:
            code = str(self._body("persons", r["witness_id"]).get("code", ""))
        except NotFound:
            code = ""
        return testimony_from_row(r, code)

    def media(self, case_id: str) -> list[MediaItem]:
        found = []
        for r in self._bodies_of("media", case_id):
            with _record("media item", r.get("id")):
                found.append(_media_item(r))
        return sorted(found, key=lambda m: (m.imported_at, m.id))

    def default_policy(self) -> str:
        return DEFAULTS["default_policy"]

    def consent_history(self, testimony_id: str) -> list[Consent]:
        """One record per change of the consent, over the versions received, oldest first."""
        with refusals():
            s = self.session
            versions = store.read_versions(s.conn, s.keys, "testimonies", testimony_id)
        history: list[Consent] = []
        for v in reversed(versions):
            consent = consent_from_row(v["body"].get("consent") or {})
            if not history or history[-1].scopes != consent.scopes:
                history.append(consent)
        return history

    # --- custody and keys ------------------------------------------------------------------

    def custody_chain(self, item_id: str) -> list[CustodyEvent]:
        with refusals():
            rows = self.session.conn.execute(
                "SELECT seq, event_ct FROM custody_events WHERE item_id = %s ORDER BY seq",
                (item_id,),
            ).fetchall()
        events: list[CustodyEvent] = []
        for seq, sealed in rows:
            try:
                obj = self.session.keys.open_json(sealed, "custody_events", item_id, str(seq))
                events.append(CustodyEvent.from_json(obj))
            except (VaultCorrupt, InvalidInput):
                events.append(CustodyEvent("", "", ""))  # altered in the database
        return events

    def _own_key(self) -> PublicKey:
        if self._own is None:
            secret = bytearray(self.session.secret("signing-key"))
            seed = secret[:32]
            try:
                key = SigningKey.from_bytes(seed, bytes(secret[32:]))
            finally:
                seed[:] = bytes(len(seed))
                secret[:] = bytes(len(secret))
            try:
                self._own = key.public()
            finally:
                key.wipe()
        return self._own

    def known_key(self, fingerprint: str) -> PublicKey | None:
        own = self._own_key()
        if own.fingerprint() == fingerprint:
            return own
        device = self._devices.by_fingerprint(fingerprint)
        return None if device is None else device.key()

    def generated_by(self) -> str:
        return self._own_key().fingerprint()

    def report_keys(self) -> list[model.Key]:
        import pyrage

        own = self._own_key()
        keys = [model.Key("this device", "this archive", own.fingerprint(), own.to_text(),
                          "active")]  # fmt: skip
        age = self.session.secret("age-identity").decode().strip()
        recipient = str(pyrage.x25519.Identity.from_str(age).to_public())
        keys.append(model.Key("centre encryption key", "this archive",
                              recipient_fingerprint(recipient), recipient, "active"))  # fmt: skip
        for d in self._devices.list():
            status = f"revoked on {(d.revoked or '')[:10]}" if d.revoked else "active"
            keys.append(model.Key("enrolled device", d.name, d.fingerprint, d.public_key, status))
        return keys

    # --- media -----------------------------------------------------------------------------

    def media_copy(self, item: MediaItem, policy: str) -> tuple[str, str]:
        held = {f[0] for f in store.media_files(self.session.conn, item.id)}
        if item.sealed_sha256 not in held:
            raise NotFound(f"The archive keeps no file of media item {item.id}.")
        sent = str(item.metadata.get("received_under_policy", "keep"))
        if policy == "keep" or _CLEANNESS.get(sent, 0) >= _CLEANNESS[policy]:
            return item.extension, item.sealed_sha256
        made = self._clean(item, policy)
        return made[0], hashlib.sha256(made[1]).hexdigest()

    def _clean(self, item: MediaItem, policy: str) -> tuple[str, bytes]:
        """The copy of ``item`` under ``policy``, made in memory from the file the archive
        keeps; ``PolicyRefused`` if it cannot be made here."""
        why = ""
        if item.sealed_size > MAX_IN_MEMORY:
            why = "it is too large to be cleaned in memory here"
        else:
            data = self._read_all(item)
            try:
                derivative = make_derivative(data, sniff(data[:HEAD_BYTES]), Policy(policy))
            except HumdocError as exc:
                why = str(exc)
            else:
                self._made[(item.id, policy)] = derivative.data
                return derivative.mtype.extension, derivative.data
        raise PolicyRefused(
            f"{item.original_name} ({item.id}) was sent under "
            f"{item.metadata.get('received_under_policy')} and cannot leave under {policy}: {why}"
        )

    def _file(self, item: MediaItem) -> tuple[BlobStore, store.MediaFile]:
        if self.blobs is None:
            raise InvalidInput("Give the archive's blob store folder to export media files.")
        with refusals():
            s = self.session
            return self.blobs, store.read_media(s.conn, s.keys, item.id, item.sealed_sha256)

    def _read_all(self, item: MediaItem) -> bytes:
        blobs, found = self._file(item)
        return blobs.read_all(found.blob_id, found.file_key, MAX_IN_MEMORY)

    def open_media_copy(self, item: MediaItem, policy: str) -> AbstractContextManager[Reader]:
        return self._open(item, policy)

    @contextmanager
    def _open(self, item: MediaItem, policy: str) -> Iterator[Reader]:
        made = self._made.get((item.id, policy))
        if made is not None:
            yield io.BytesIO(made)
            return
        blobs, found = self._file(item)
        with blobs.open(found.blob_id, found.file_key) as reader:
            yield reader


@contextmanager
def _record(what: str, rid: Any) -> Iterator[None]:
    """Turn a record the archive holds in another form than a received bundle's (a field
    missing, a wrong type) into ``VaultCorrupt`` naming it."""
    try:
        yield
    except (KeyError, TypeError, AttributeError, ValueError):
        raise VaultCorrupt(
            f"The archive's {what} {rid} is not in the form humdoc keeps records in; "
            "it cannot be exported."
        ) from None


def _media_item(r: dict[str, Any]) -> MediaItem:
    """A media record as a centre vault that received it shows it: the file the device sent is
    the copy the archive holds (sealed), under the policy it was sent under."""
    metadata = dict(r["metadata"])
    metadata["_extension"] = r["file"].rsplit(".", 1)[-1]
    metadata["received_under_policy"] = r["policy"]
    metadata["removed_before_export"] = r["removed"]
    return MediaItem(
        id=r["id"],
        case_id=r["case_id"],
        testimony_id=r["testimony_id"],
        original_name=r["file"].rsplit("/", 1)[-1],
        kind=r["kind"],
        format=r["mime"].split("/")[-1],
        mime=r["mime"],
        size=r["size"],
        sha256=r["original_sha256"],
        sealed_size=r["size"],
        sealed_sha256=r["sha256"],
        location_removed=False,
        metadata=metadata,
        description="",
        imported_at=r["imported_at"],
        imported_by="",
    )


def _exporting(source: ArchiveSource, action: str, case_ids: list[str]) -> None:
    """Read each case (the database refuses a member who may not read records; ``NotFound``
    for an unknown one), then log the export of each before anything is written."""
    if not case_ids:
        raise InvalidInput("Name at least one case to export.")
    for case_id in dict.fromkeys(case_ids):
        source.case(case_id)
    with refusals():
        for case_id in dict.fromkeys(case_ids):
            source.session.conn.execute("SELECT log_access(%s, 'cases', %s)", (action, case_id))


def report(session: ArchiveSession, case_id: str) -> model.CustodyReport:
    """The custody report of ``case_id`` from the archive (logged as ``export-report``)."""
    source = ArchiveSource(session)
    _exporting(source, "export-report", [case_id])
    with refusals():
        return build_report(source, case_id)


def uwazi(
    session: ArchiveSession,
    blobs: BlobStore,
    case_ids: list[str],
    out: Path,
    policy: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> UwaziResult:
    """The Uwazi zip of ``case_ids`` from the archive, media from ``blobs`` (see
    ``humdoc.core.exchange.uwazi.export_uwazi``; logged as ``export-uwazi``)."""
    check_out(out, ("zip",))
    source = ArchiveSource(session, blobs)
    _exporting(source, "export-uwazi", case_ids)
    with refusals():
        return export_uwazi(source, case_ids, out, policy, progress, cancelled)


def publication(session: ArchiveSession, case_ids: list[str], out: Path) -> PublicationResult:
    """The publication export of ``case_ids`` from the archive (see
    ``humdoc.core.exchange.publication.write_publication``; logged as ``export-publication``)."""
    check_out(out, ("csv", "json"))
    source = ArchiveSource(session)
    _exporting(source, "export-publication", case_ids)
    with refusals():
        return write_publication(source, case_ids, out)
