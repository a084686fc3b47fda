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


class NotFound(HumdocError):
    """A case, testimony, person, item, recipient or device id does not exist."""

    exit_code = 3


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


class PolicyRefused(MediaError):
    """A file cannot be made to comply with the metadata policy, so it may not leave (fail closed)."""


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


class ConsentWithheld(HumdocError):
    """The consent recorded for a witness does not allow the requested action."""

    exit_code = 10
