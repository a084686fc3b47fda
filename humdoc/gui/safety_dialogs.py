"""Vault ▸ Duress passphrase… and Vault ▸ Back up vault…: preparing for a bad day.

Setting or removing the duress passphrase runs Argon2id (the vault passphrase is checked, every
keyslot is resealed), so it runs as a job without Cancel: Argon2id cannot stop half-way. A backup
copies the vault's encrypted files as they are; it needs no passphrase, since the session is
unlocked, and runs as a job with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.core.vault.backup import BackupResult
from humdoc.gui import file_dialogs
from humdoc.gui.dialogs import show_info
from humdoc.gui.fields import password_field
from humdoc.gui.i18n import locale_size
from humdoc.gui.identity_dialogs import inline_error
from humdoc.gui.keyguard import guard_secret_fields
from humdoc.gui.workers import JobDialog, JobFunction, run_job

#: The file name a backup gets when the user types none of its own.
BACKUP_SUFFIX = ".tar"

#: ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog.
SessionJobRunner = Callable[[JobFunction, str, str, Callable[[Any], None], bool], JobDialog]


class DuressDialog(QDialog):
    """Set (or replace) the duress passphrase, or remove it; both need the vault passphrase.

    "Set" and "Remove" start a job; the dialog stays open until it succeeded, and a refusal
    (a wrong vault passphrase, a duress passphrase equal to it, two that differ) is shown inline.
    Every field is cleared as soon as it is read, and again when the dialog closes.
    """

    #: Emitted with True once a duress passphrase was set, False once it was removed.
    changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.job_dialog: JobDialog | None = None
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.explanation = QLabel(
            self.tr(
                "A duress passphrase is one to give if someone forces you to unlock the vault. "
                "Typed at unlock, it destroys the vault's keys for good, and humdoc answers "
                "“Wrong passphrase.” exactly as for a mistyped one. Copies and backups made "
                "before are not affected: they still open with the vault passphrase. Typed in "
                "any passphrase field of humdoc, this one included, it destroys the keys too."
            )
        )
        self.explanation.setWordWrap(True)
        self.vault_passphrase = password_field(self.tr("The passphrase you unlock with"))
        self.duress = password_field(self.tr("Duress passphrase"))
        self.again = password_field(self.tr("The same duress passphrase again"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Vault passphrase"), self.vault_passphrase)
        form.addRow(self.tr("Duress passphrase"), self.duress)
        form.addRow(self.tr("Confirm"), self.again)
        self.error = inline_error()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button: QPushButton = self.buttons.addButton(
            self.tr("Set duress passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.set_button.setObjectName("primary")
        self.remove_button: QPushButton = self.buttons.addButton(
            self.tr("Remove duress passphrase"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setToolTip(
            self.tr("Only the vault passphrase is needed; the duress fields are ignored.")
        )
        self.buttons.accepted.connect(self.set_duress)
        self.remove_button.clicked.connect(self.remove_duress)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        guard_secret_fields(self, *self._fields())

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.vault_passphrase, self.duress, self.again)

    def _read(self) -> tuple[bytes, bytes, bytes]:
        values = tuple(f.text().encode("utf-8") for f in self._fields())
        for field in self._fields():
            field.clear()
        return values[0], values[1], values[2]

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.vault_passphrase.setFocus()

    def set_duress(self) -> JobDialog | None:
        """Set the duress passphrase typed (twice) in a job; returns the job's dialog."""
        secret, duress, again = self._read()
        if not secret:
            self._refuse(self.tr("Type the vault's passphrase."))
            return None
        if not duress:
            self._refuse(self.tr("Type a duress passphrase."))
            return None
        if duress != again:
            self._refuse(self.tr("The two duress passphrases differ; type them again."))
            return None
        session = self.session

        def work(progress: Progress, cancelled: Cancelled) -> None:
            session.set_duress(secret, duress)

        return self._start(
            work,
            True,
            self.tr(
                "The duress passphrase is set. Typed at unlock, it destroys the keys for good "
                "and shows “Wrong passphrase.”"
            ),
        )

    def remove_duress(self) -> JobDialog | None:
        """Remove any duress passphrase, proven by the vault passphrase; returns the job's dialog."""
        secret, _duress, _again = self._read()
        if not secret:
            self._refuse(self.tr("Type the vault's passphrase."))
            return None
        session = self.session

        def work(progress: Progress, cancelled: Cancelled) -> None:
            session.clear_duress(secret)

        return self._start(work, False, self.tr("No duress passphrase is set any more."))

    def _start(self, work: JobFunction, setting: bool, message: str) -> JobDialog:
        self.error.hide()
        title = self.windowTitle()

        def done(_result: object) -> None:
            parent = self.parentWidget()
            self.done(QDialog.DialogCode.Accepted)
            self.changed.emit(setting)
            show_info(parent, title, message)

        # Argon2id cannot stop half-way, so this job has no Cancel button.
        _job, self.job_dialog = run_job(
            work,
            parent=self,
            title=title,
            message=self.tr("Sealing the vault's keys…"),
            on_success=done,
            on_failure=self._failed,
            cancellable=False,
        )
        return self.job_dialog

    def _failed(self, exc: HumdocError) -> None:
        self._refuse(str(exc))

    def done(self, result: int) -> None:
        for field in self._fields():
            field.clear()
        super().done(result)


def suggested_backup_path() -> Path:
    """``humdoc-backup-<date>.tar`` in the home folder (no folder of an earlier backup is kept)."""
    return Path.home() / f"humdoc-backup-{date.today().isoformat()}{BACKUP_SUFFIX}"


def choose_backup_file(parent: QWidget | None) -> Path | None:
    """Ask where to write the backup; None if the user cancelled."""
    path = file_dialogs.save_file_name(
        parent,
        QCoreApplication.translate("safety_dialogs", "Back up the vault to"),
        suggested_backup_path(),
        QCoreApplication.translate("safety_dialogs", "humdoc backups (*.tar);;All files (*)"),
    )
    if path is not None and not path.suffix:
        path = path.with_name(path.name + BACKUP_SUFFIX)
    return path


def backup_summary(result: BackupResult) -> str:
    """What the user is told once a backup is written: where, how big, and how to keep it."""
    return QCoreApplication.translate(
        "safety_dialogs",
        "Backup written: {name} ({size}).\n\n"
        "It is as sensitive as the vault itself: encrypted, and it opens with the same "
        "passphrase. Keep it as safe as the laptop, and not with it.",
    ).format(name=result.path.name, size=locale_size(result.size))


def back_up_vault(
    session: Session, out: Path, run: SessionJobRunner, parent: QWidget | None
) -> JobDialog:
    """Write an encrypted backup of ``session``'s vault to ``out`` in a job with progress and
    Cancel, then show ``backup_summary``. A failure is shown by the runner; a cancelled backup
    leaves nothing at ``out``."""

    def work(progress: Progress, cancelled: Cancelled) -> BackupResult:
        return session.backup(out, progress, cancelled)

    def done(result: BackupResult) -> None:
        show_info(
            parent,
            QCoreApplication.translate("safety_dialogs", "Back up vault"),
            backup_summary(result),
        )

    return run(
        work,
        QCoreApplication.translate("safety_dialogs", "Back up vault"),
        QCoreApplication.translate("safety_dialogs", "Copying the vault's encrypted files…"),
        done,
        True,
    )
