"""Every failure a user can meet, one class each, with a message a field documenter understands.

The CLI maps each class to its ``exit_code`` and prints ``str(error)`` as one line on stderr; the GUI
shows the same text in a dialog. Anything that is *not* a ``HumdocError`` is a bug.
"""

from __future__ import annotations


class HumdocError(Exception):
    """Root of every user-facing failure. ``str(err)`` is one line, fit to show as it is."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message.replace("\n", " ").strip())


# --- usage and input -------------------------------------------------------------------------


class UsageError(HumdocError):
    """The command was given wrong or missing arguments."""

    exit_code = 2


class InvalidInput(HumdocError):
    """A value the user gave is malformed (empty passphrase, non-UTF-8 statement, bad scope …)."""

    exit_code = 2


class WeakPassphrase(InvalidInput):
    """A new vault or identity-compartment passphrase is too easy to guess."""


class EmptyField(InvalidInput):
    """A value that must hold something was given empty (or only blanks)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"The {what} must not be empty.")


class EmptyPassphrase(EmptyField):
    """A passphrase (the vault's, a new one, the duress or compartment one) was given empty."""

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(what)


class FieldTooLong(InvalidInput):
    """A value is longer than the field holds."""

    def __init__(self, what: str, limit: int, unit: str = "characters") -> None:
        super().__init__(f"The {what} is too long (at most {limit} {unit}).")


class ControlCharacters(InvalidInput):
    """A one-line or multi-line text holds an invisible control character."""

    def __init__(self, what: str, char: str) -> None:
        super().__init__(
            f"The {what} holds an invisible control character (U+{ord(char):04X}); "
            "remove it and try again."
        )


class InvalidDate(InvalidInput):
    """A date is not a real calendar date in the form YYYY-MM-DD."""

    def __init__(self, what: str, value: str) -> None:
        super().__init__(f"The {what} {value!r} is not a date (use YYYY-MM-DD).")


class UnknownPolicy(InvalidInput):
    """A metadata policy other than keep, evidence or strip was named."""

    def __init__(self, policy: str) -> None:
        super().__init__(f"Unknown policy {policy!r}; use keep, evidence or strip.")


class FileExists(InvalidInput):
    """A file humdoc was asked to write exists already; humdoc never overwrites one."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} already exists; choose a new file name.")


class AlreadyExists(InvalidInput):
    """A name, code, key or compartment to be added is there already."""


class MalformedKey(InvalidInput):
    """Text given as a key (minisign public key, age recipient or identity) is not one."""


class SamePassphrase(InvalidInput):
    """Two passphrases that must differ (vault, duress, identity compartment) are the same."""


class NotAFile(InvalidInput):
    """A path given to read is missing, unreadable, a folder, a link or not a regular file."""


class NotFound(HumdocError):
    """A case, testimony, person, item, recipient or device id does not exist."""

    exit_code = 3


class UnknownCase(NotFound):
    """No case has the id given."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"No case with id {case_id!r}.")


class UnknownIncident(NotFound):
    """No incident (of the case in question, with ``in_case``) has the id given."""

    def __init__(self, incident_id: str, *, in_case: bool = False) -> None:
        where = f"{incident_id!r} in this case" if in_case else f"with id {incident_id!r}"
        super().__init__(f"No incident {where}.")


class UnknownTestimony(NotFound):
    """No testimony (of the case in question, with ``in_case``) has the id given."""

    def __init__(self, testimony_id: str, *, in_case: bool = False) -> None:
        where = f"{testimony_id!r} in this case" if in_case else f"with id {testimony_id!r}"
        super().__init__(f"No testimony {where}.")


class UnknownPerson(NotFound):
    """No person has the id (or, with ``by_code``, the pseudonym code) given."""

    def __init__(self, ref: str, *, by_code: bool = False) -> None:
        what = "the pseudonym code" if by_code else "id"
        super().__init__(f"No person with {what} {ref!r}.")


class UnknownMedia(NotFound):
    """No media item has the id given."""

    def __init__(self, item_id: str) -> None:
        super().__init__(f"No media item with id {item_id!r}.")


class UnknownDevice(NotFound):
    """No enrolled device has the name (or, with ``or_fingerprint``, the fingerprint) given."""

    def __init__(self, ref: str, *, or_fingerprint: bool = False) -> None:
        how = "named or with fingerprint" if or_fingerprint else "named"
        super().__init__(f"No enrolled device {how} {ref!r}.")


class NoIdentityCompartment(NotFound):
    """The vault has no identity compartment, and the action needs one."""

    def __init__(
        self,
        message: str = "This vault has no identity compartment; "
        "create one with 'humdoc identity init'.",
    ) -> None:
        super().__init__(message)


class OperationCancelled(HumdocError):
    """The user cancelled a long operation; nothing half-done was kept."""

    exit_code = 130


# --- the vault -------------------------------------------------------------------------------


class VaultError(HumdocError):
    """Base for problems with the vault itself."""

    exit_code = 4


class VaultNotFound(VaultError):
    """There is no vault at the given place."""


class VaultExists(VaultError):
    """``init`` was asked to create a vault where one already is."""


class VaultLocked(VaultError):
    """The vault is in use by another humdoc process."""


class SessionClosed(VaultError):
    """The vault was locked while something still wanted to read or write it."""


class WrongPassphrase(VaultError):
    """No keyslot opens with the passphrase given. Also what a duress unlock looks like."""

    exit_code = 5

    def __init__(self, message: str = "Wrong passphrase.") -> None:
        super().__init__(message)


class VaultCorrupt(VaultError):
    """vault.json or vault.db is damaged or has been altered."""

    exit_code = 6


class VaultDamaged(VaultError):
    """``humdoc check`` found damage: a database page, an attachment or a custody chain."""

    exit_code = 6


class KdfTooCostly(VaultError):
    """A keyslot asks for more memory or time to derive its key than this computer can give."""

    exit_code = 6


class UnsupportedVersion(VaultError):
    """The vault or bundle was written by a newer humdoc than this one."""


class RoleMismatch(VaultError):
    """The action belongs to the other role (field device vs documentation centre)."""


class DiskFull(HumdocError):
    """Writing failed for lack of space; what was being written was discarded, nothing else."""

    exit_code = 7


class StreamLengthMismatch(HumdocError):
    """A file or stream held fewer or more bytes than it was promised to (cut short, or grown).

    ``expected`` is the length promised (or the cap), ``got`` how many bytes were found (for a
    stream that runs on, the first count beyond ``expected``).
    """

    exit_code = 6

    def __init__(self, what: str, expected: int, got: int) -> None:
        how = "ends after" if got < expected else "holds more than"
        counted = got if got < expected else expected
        super().__init__(f"{what} {how} {counted} bytes; {expected} were expected.")
        self.expected = expected
        self.got = got


# --- media -----------------------------------------------------------------------------------


class MediaError(HumdocError):
    """Base for problems with an imported file."""

    exit_code = 8


class UnsupportedMedia(MediaError):
    """The file's type is not one humdoc accepts."""


class MalformedMedia(MediaError):
    """The file claims a type but its structure is broken or hostile."""


class FileChanged(MediaError):
    """A file changed on disk while it was being imported (it is then not imported)."""


class ConsentWithheld(HumdocError):
    """The consent recorded for a witness does not allow the requested action."""

    exit_code = 10


class PolicyRefused(MediaError):
    """A file cannot be made to comply with the metadata policy, so it may not leave (fail closed)."""


class MediaTooLarge(MediaError):
    """An item is too large to be decrypted into memory to be played or previewed here."""


class BlobCorrupt(MediaError):
    """An encrypted attachment on disk was altered, truncated, reordered or swapped."""

    exit_code = 6


# --- bundles ---------------------------------------------------------------------------------


class BundleError(HumdocError):
    """Base for problems writing or reading an export bundle."""

    exit_code = 9


class BundleRejected(BundleError):
    """A bundle failed one of the centre's checks. ``reason`` is a stable machine-readable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class PathEscape(HumdocError):
    """A path from outside (an archive member, a file name) would leave its folder."""

    exit_code = 9


class RevokedDevice(InvalidInput):
    """A device key the centre revoked was offered for enrolment again without reinstating it."""

    def __init__(self, revocation: str) -> None:
        super().__init__(
            f"That key is revoked: {revocation}. Enrol it again only if the device is back in "
            "safe hands, by reinstating it (--reinstate)."
        )


class ReceiptRefused(BundleError):
    """A centre's receipt was not applied. ``reason`` is a stable machine-readable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class UnknownRecipient(BundleError):
    """An export names a recipient that was never added."""

    def __init__(self, name: str, message: str | None = None) -> None:
        super().__init__(
            message or f"No recipient named {name!r}; add it with 'humdoc recipients add'."
        )
