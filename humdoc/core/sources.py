"""What the custody report and the exports read of a centre's cases: one interface, two holders.

The custody report (``humdoc.core.report.build``), the Uwazi export
(``humdoc.core.exchange.uwazi``) and the publication export (``humdoc.core.exchange.publication``)
read cases through ``CaseSource`` (the publication export through its narrower part,
``CaseRecords``), never through a vault's tables. A desktop vault offers it with ``VaultSource``
below; the shared archive with ``humdoc.core.archive.export.ArchiveSource``. So a court receives
the same report, and a partner the same export, from either, under the same consent gates.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from humdoc.core.bundle.format import recipient_fingerprint
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.custody import CustodyEvent
from humdoc.core.domain.cases import Case, Incident
from humdoc.core.domain.testimonies import Consent, Testimony
from humdoc.core.mediaitems import MediaItem

if TYPE_CHECKING:
    from humdoc.core.report.model import Key
    from humdoc.core.session import Session

#: Enough for every record of one case.
ALL = 1_000_000


@dataclass(frozen=True)
class VerifyCommands:
    """The humdoc commands a report's re-verification steps name (``{id}`` the item's id,
    ``{out}`` the file written, ``{policy}`` a working copy's policy); a vault's by default."""

    statement: str = "humdoc testimony show {id} --json | jq -j .statement"
    original: str = "humdoc media extract {id} --original --out {out}"
    derivative: str = "humdoc media extract {id} --derivative --policy {policy} --out {out}"
    custody: str = "humdoc custody {id} --json"


class Reader(Protocol):
    """A stream of a media copy's bytes."""

    def read(self, size: int = -1, /) -> bytes: ...


class CaseRecords(Protocol):
    """A case, its incidents and its testimonies (what the publication export reads)."""

    def case(self, case_id: str) -> Case:
        """The case; ``NotFound`` (a subclass) if there is no such case."""
        ...

    def incidents(self, case_id: str) -> list[Incident]: ...

    def testimonies(self, case_id: str) -> list[Testimony]:
        """The case's testimonies, each with its witness's pseudonym code."""
        ...


class CaseSource(CaseRecords, Protocol):
    """Everything the custody report and the Uwazi export read of a case."""

    #: ``"field"`` or ``"centre"``: what the report says made it.
    role: str
    #: The commands with which an outside expert re-runs the report's checks on this source.
    commands: VerifyCommands

    def media(self, case_id: str) -> list[MediaItem]: ...

    def default_policy(self) -> str:
        """The metadata policy of a case that names none."""
        ...

    def custody_chain(self, item_id: str) -> list[CustodyEvent]:
        """The item's custody events in order, as held (an event that cannot be read back is
        given with an empty entry, so that checking the chain fails there)."""
        ...

    def known_key(self, fingerprint: str) -> PublicKey | None:
        """The public key of the device with ``fingerprint``, or None if none is known."""
        ...

    def consent_history(self, testimony_id: str) -> list[Consent]:
        """The testimony's consent records, oldest first."""
        ...

    def report_keys(self) -> list[Key]:
        """The keys a report lists: the maker's own first, then centre, devices, recipients."""
        ...

    def generated_by(self) -> str:
        """The fingerprint of the key that stands for whoever makes the report."""
        ...

    def media_copy(self, item: MediaItem, policy: str) -> tuple[str, str]:
        """``(file extension, SHA-256)`` of the copy of ``item`` that may leave under
        ``policy`` (the sealed copy under ``keep``). A ``HumdocError`` naming the reason if no
        such copy can be given."""
        ...

    def open_media_copy(self, item: MediaItem, policy: str) -> AbstractContextManager[Reader]:
        """A reader of the copy ``media_copy`` describes."""
        ...


class VaultSource:
    """A desktop vault's session as a ``CaseSource`` (it reads exactly what it always read)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.role = session.role
        self.commands = VerifyCommands()

    def case(self, case_id: str) -> Case:
        return self.session.cases.get(case_id)

    def incidents(self, case_id: str) -> list[Incident]:
        return self.session.cases.incidents(case_id)

    def testimonies(self, case_id: str) -> list[Testimony]:
        return self.session.testimonies.list(case_id, limit=ALL)

    def media(self, case_id: str) -> list[MediaItem]:
        return self.session.media.list(case_id, limit=ALL)

    def default_policy(self) -> str:
        return str(self.session.settings.default_policy)

    def custody_chain(self, item_id: str) -> list[CustodyEvent]:
        return self.session.custody.chain(item_id)

    def known_key(self, fingerprint: str) -> PublicKey | None:
        return self.session.known_key(fingerprint)

    def consent_history(self, testimony_id: str) -> list[Consent]:
        return self.session.testimonies.consent_history(testimony_id)

    def generated_by(self) -> str:
        return self.session.device_keys.fingerprint()

    def report_keys(self) -> list[Key]:
        from humdoc.core.report.model import Key

        session = self.session
        own = session.device_keys.public_key()
        keys = [Key("this device", session.settings.actor, own.fingerprint(), own.to_text(),
                    "active")]  # fmt: skip
        if session.role == "centre":
            recipient = session.device_keys.age_recipient()
            keys.append(
                Key(
                    "centre encryption key",
                    "this centre",
                    recipient_fingerprint(recipient),
                    recipient,
                    "active",
                )
            )
        for d in session.devices.list():
            status = f"revoked on {(d.revoked or '')[:10]}" if d.revoked else "active"
            keys.append(Key("enrolled device", d.name, d.fingerprint, d.public_key, status))
        for r in session.recipients.list():
            keys.append(Key("recipient", r.name, r.fingerprint, r.recipient, "active"))
        return keys

    def media_copy(self, item: MediaItem, policy: str) -> tuple[str, str]:
        if policy == "keep":
            return item.extension, item.sealed_sha256
        d = self.session.media.derivative(item.id, policy)
        return d.extension, d.sha256

    def open_media_copy(self, item: MediaItem, policy: str) -> AbstractContextManager[Reader]:
        if policy == "keep":
            return self.session.media.open_sealed(item.id)
        return self.session.media.open_derivative(item.id, policy)


def source_of(holder: Session | CaseSource) -> CaseSource:
    """``holder`` as a ``CaseSource``: a vault's session wrapped in ``VaultSource``."""
    from humdoc.core.session import Session

    return VaultSource(holder) if isinstance(holder, Session) else holder
