"""The service API: one unlocked vault and everything a user can do with it.

The CLI and the GUI both hold a ``Session`` and call its parts; neither contains domain logic.

Threading contract: any thread may use a session. Its one database connection is shared under
one re-entrant lock (``Database.lock``): each statement holds it, and each transaction holds it
from start to end, so threads never interleave inside a transaction; they wait for it.
``close()`` waits the same way, and any use after it raises ``SessionClosed``. Attachments need
no lock (each is written once under a new id). See docs/architecture.md.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from humdoc.core import settings as settings_mod
from humdoc.core.blobs import BlobStore
from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.check import CheckReport, check_vault
from humdoc.core.custody import ChainReport, CustodyLog
from humdoc.core.device_keys import DeviceKeys, DeviceKeyStore
from humdoc.core.domain import search as search_mod
from humdoc.core.domain.cases import Cases
from humdoc.core.domain.identities import IdentityCompartment, vault_passphrase_check
from humdoc.core.domain.persons import Persons
from humdoc.core.domain.search import SearchHit
from humdoc.core.domain.taxonomy import Taxonomy, load_taxonomy
from humdoc.core.domain.testimonies import Testimonies
from humdoc.core.exchange.export import Exporter
from humdoc.core.exchange.partners import Device, Devices, Recipients, Revocation
from humdoc.core.exchange.receipt_book import ReceiptBook
from humdoc.core.exchange.receive import Receiver
from humdoc.core.media import Policy, applicable_policy
from humdoc.core.mediaitems import MediaItem, MediaLibrary
from humdoc.core.passphrases import require_strong
from humdoc.core.progress import Cancelled, Progress, never_cancelled, no_progress
from humdoc.core.recording import Recordings
from humdoc.core.vault import Vault
from humdoc.core.vault.backup import BackupResult, RestoreResult, restore_backup, write_backup
from humdoc.core.vault.duress import PanicResult, panic
from humdoc.core.vault.keyslots import KdfParams


class Session:
    """An unlocked vault with its repositories. Use as a context manager, or call ``close()``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.db = vault.db
        self.cases = Cases(self.db)
        self.persons = Persons(self.db)
        self.identities = IdentityCompartment(self.db, vault_passphrase_check(vault.paths.keyfile))
        self.blobs = BlobStore(vault.paths.blobs)
        #: Orphan attachments ``sweep`` removed since unlocking; ``check`` reports them.
        self.swept: list[str] = []
        self.device_keys = DeviceKeyStore(self.db)
        self.settings = settings_mod.load(vault)
        self.custody = CustodyLog(self.db, self.device_keys, lambda: self.settings.actor)
        self.testimonies = Testimonies(self.db, self.persons, self.custody)
        self.media = MediaLibrary(self.db, self.blobs, self.custody, self.settings)
        self.recordings = Recordings(self.db, self.blobs, self.media, self.testimonies)
        #: Media items made at unlock from recordings a crash had cut short.
        self.recovered: list[MediaItem] = []
        self.recipients = Recipients(self.db)
        self.devices = Devices(self.db, self.custody)
        self.exporter = Exporter(
            self.db,
            self.cases,
            self.testimonies,
            self.media,
            self.custody,
            self.device_keys,
            self.recipients,
            lambda: self.settings,
            self.identities,
        )

    @classmethod
    def create(
        cls, root: Path, passphrase: bytes, role: str = "field", params: KdfParams | None = None
    ) -> Session:
        """Create a vault at ``root`` and return it unlocked.

        ``WeakPassphrase`` (nothing written) if the passphrase is below the strength floor.
        """
        require_strong(passphrase, (root.name, role))
        return cls(Vault.create(root, passphrase, role, params))

    @classmethod
    def open(cls, root: Path, passphrase: bytes) -> Session:
        """Unlock the vault at ``root`` and tidy what a crash may have left behind.

        A recording cut short by a crash is made into its media item (``recovered``).
        """
        session = cls(Vault.unlock(root, passphrase))
        try:
            session.sweep()
            if session.role == "field":
                session.recovered = session.recordings.recover()
        except BaseException:
            session.close()
            raise
        return session

    def sweep(self) -> int:
        """Remove temporary files and encrypted blobs no database row names (left by a crash).

        Returns how many blobs were removed.
        """
        self.blobs.clean_temp()
        keep = self.media.referenced_blobs()  # spooled bundle blobs are never referenced yet
        orphans = [b for b in self.blobs.ids() if b not in keep]
        for blob_id in orphans:
            self.blobs.delete(blob_id)
        self.swept += orphans
        return len(orphans)

    def update_settings(
        self,
        *,
        default_policy: str | None = None,
        strip_at_intake: bool | None = None,
        actor: str | None = None,
        auto_lock_minutes: int | None = None,
        remove_when_receipted: bool | None = None,
    ) -> settings_mod.Settings:
        """Change vault-wide settings (default policy, strip location at intake, actor name,
        auto-lock timeout, removing media once a centre's receipt declares them safe)."""
        self.settings = settings_mod.update(
            self.vault,
            default_policy=default_policy,
            strip_at_intake=strip_at_intake,
            actor=actor,
            auto_lock_minutes=auto_lock_minutes,
            remove_when_receipted=remove_when_receipted,
        )
        self.media.settings = self.settings
        return self.settings

    @property
    def role(self) -> str:
        return self.vault.role

    @property
    def root(self) -> Path:
        return self.vault.paths.root

    # --- actions shared by every shell ----------------------------------------------------------

    def policy_for_case(self, case_id: str, chosen: str | None = None) -> tuple[Policy, str]:
        """The metadata policy that applies to ``case_id``'s items, and where it came from
        (``"chosen"``, ``"case"`` or ``"vault"``); see ``applicable_policy``.

        ``NotFound`` if there is no such case.
        """
        case = self.cases.get(case_id)
        return applicable_policy(chosen, case.policy, self.settings.default_policy)

    def policy_for_item(self, item_id: str, chosen: str | None = None) -> Policy:
        """The metadata policy that applies to media item ``item_id`` (``chosen`` wins, then its
        case's, then the vault's). ``NotFound`` if there is no such item."""
        return self.policy_for_case(self.media.get(item_id).case_id, chosen)[0]

    def enrol_device(self, name: str, public_key_text: str, *, reinstate: bool = False) -> Device:
        """Pin a field device's signing key under ``name`` (documentation centres only:
        ``RoleMismatch`` elsewhere); see ``Devices.enrol``."""
        self.vault.require_role("centre", "Enrolling devices")
        return self.devices.enrol(name, public_key_text, reinstate=reinstate)

    def revoke_device(self, ref: str, reason: str = "") -> Revocation:
        """Stop accepting the bundles of the device ``ref`` (name or fingerprint); documentation
        centres only (``RoleMismatch`` elsewhere); see ``Devices.revoke``."""
        self.vault.require_role("centre", "Revoking devices")
        return self.devices.revoke(ref, reason)

    def export_recipient(self, dest: Path) -> DeviceKeys:
        """Write this centre's age recipient to ``dest`` (documentation centres only:
        ``RoleMismatch`` elsewhere); see ``DeviceKeyStore.export_recipient``."""
        self.vault.require_role("centre", "Exporting an age recipient")
        return self.device_keys.export_recipient(dest)

    def custody_report(self, item_id: str) -> ChainReport:
        """``item_id``'s chain of custody, verified against this device's key and the enrolled
        devices' keys; reads only."""
        return self.custody.report(item_id, self.known_key)

    def device_names(self) -> dict[str, str]:
        """Enrolled devices' names by fingerprint (this device's own is not among them)."""
        return {d.fingerprint: d.name for d in self.devices.list()}

    def known_key(self, fingerprint: str) -> PublicKey | None:
        """The public key behind a device fingerprint: this device's own or an enrolled one's."""
        own = self.device_keys.public_key()
        if own.fingerprint() == fingerprint:
            return own
        device = self.devices.by_fingerprint(fingerprint)
        return None if device is None else device.key()

    def receiver(self) -> Receiver:
        """Verifying and importing bundles (documentation centres only)."""
        self.vault.require_role("centre", "Receiving bundles")
        return Receiver(
            self.db,
            self.blobs,
            self.device_keys,
            self.devices,
            self.custody,
            self.settings.actor,
            identities=self.identities,
        )

    def receipt_book(self) -> ReceiptBook:
        """Applying centres' receipts and removing what they declare safe (field devices)."""
        self.vault.require_role("field", "Applying receipts")
        return ReceiptBook(
            self.db,
            self.device_keys,
            self.recipients,
            self.custody,
            self.media,
            self.testimonies,
            self.blobs,
            lambda: self.settings.remove_when_receipted,
        )

    def search(self, text: str, limit: int = 50, kind: str | None = None) -> list[SearchHit]:
        """Full-text search over non-identifying fields."""
        return search_mod.search(self.db, text, limit, kind)

    def taxonomy(self) -> Taxonomy:
        return load_taxonomy()

    def change_passphrase(self, old: bytes, new: bytes, params: KdfParams | None = None) -> None:
        """Rewrap the master key under a new passphrase.

        ``WeakPassphrase`` (nothing written) if ``new`` is below the strength floor; checked once
        ``old`` has opened the vault, so that a duress passphrase given as ``old`` still destroys.
        """
        context = (self.root.name, self.role)
        self.vault.change_passphrase(old, new, params, lambda p: require_strong(p, context))

    def set_duress(self, vault_passphrase: bytes, duress_passphrase: bytes) -> None:
        """Add a duress passphrase (replacing any earlier one); see ``Vault.set_duress``."""
        self.vault.set_duress(vault_passphrase, duress_passphrase)

    def clear_duress(self, vault_passphrase: bytes) -> None:
        """Remove any duress passphrase; see ``Vault.clear_duress``."""
        self.vault.clear_duress(vault_passphrase)

    @staticmethod
    def panic(root: Path, wipe: bool = False) -> PanicResult:
        """Destroy the vault's keys without a passphrase (with ``wipe``, its files too)."""
        return panic(root, wipe)

    def backup(
        self, out: Path, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled
    ) -> BackupResult:
        """Write a consistent, encrypted backup of this vault to ``out`` (see ``write_backup``)."""
        return write_backup(self.vault, out, list(self.blobs.ids()), progress, cancelled)

    @classmethod
    def restore(
        cls,
        source: Path,
        root: Path,
        passphrase: bytes,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> RestoreResult:
        """Restore a backup into the absent or empty folder ``root``, then prove it opens.

        The restored vault must open with ``passphrase``, pass the database integrity check and
        hold every attachment its database names; otherwise nothing restored is kept.
        """

        def verify(restored: Path, secret: bytes) -> list[str]:
            with cls.open(restored, secret) as session:
                problems = [str(f) for f in session.check(quick=True)]
                missing = session.media.referenced_blobs() - set(session.blobs.ids())
                if missing:
                    problems.append(f"{len(missing)} attachment(s) missing")
                return problems

        return restore_backup(source, root, passphrase, verify, progress, cancelled)

    def check(
        self,
        quick: bool = False,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> CheckReport:
        """Check the database, every custody chain and every attachment; writes nothing.

        Every attachment is decrypted to its end and compared with its record's size and SHA-256;
        files no record names are reported as orphans. ``quick`` runs the database's integrity
        checks alone. Returns the findings (empty when nothing was found); see
        ``humdoc.core.check``. Raises ``OperationCancelled`` if ``cancelled()`` turns true.
        """
        return check_vault(
            self.db,
            self.media,
            self.blobs,
            self.custody,
            self.known_key,
            quick=quick,
            swept=self.swept,
            progress=progress,
            cancelled=cancelled,
        )

    def close(self) -> None:
        """Lock the vault: checkpoint, close, wipe keys."""
        self.vault.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
