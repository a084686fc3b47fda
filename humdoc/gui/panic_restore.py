"""Panic and restore: the two safety actions that work while the vault is locked.

``PanicDialog`` only asks. Whoever opened it runs the panic once it emits ``confirmed``, after
closing the session first (``MainWindow.lock``), so that no model, form or key of the vault is
left in this process when its keys are destroyed. ``RestoreDialog`` restores a backup into a new,
empty folder and proves that it opens; the unlock screen then points at it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.location import default_vault_path
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.core.vault.backup import RestoreResult
from humdoc.gui import file_dialogs, keyboard
from humdoc.gui.bidi import isolate
from humdoc.gui.fields import password_field
from humdoc.gui.identity_dialogs import inline_error
from humdoc.gui.keyguard import guard_secret_fields
from humdoc.gui.paths import display_path
from humdoc.gui.typed_confirm import TypedConfirmDialog
from humdoc.gui.workers import JobDialog, run_job

#: What the user types to enable the panic button (as in ``humdoc panic``); never translated.
PANIC_WORD = "PANIC"

#: The folder a restore goes into when the one chosen already holds something.
RESTORED_FOLDER = "humdoc-vault"


def holds_vault(path: Path) -> bool:
    """True if ``path`` holds a vault (or what a wipe would remove of one)."""
    return (path / "vault.json").is_file() or (path / "vault.db").exists()


def is_free_folder(path: Path) -> bool:
    """True if a restore may go into ``path``: absent, or an empty folder (not a link)."""
    if path.is_symlink():
        return False
    if not path.exists():
        return True
    return path.is_dir() and not any(path.iterdir())


def suggested_restore_target(current: Path) -> Path | None:
    """The default vault folder if it holds no vault, else ``current`` if free, else None."""
    for candidate in (default_vault_path(), current):
        if is_free_folder(candidate):
            return candidate
    return None


class PanicDialog(TypedConfirmDialog):
    """The confirmation before panic: what it does, "also wipe", and PANIC typed by hand.

    The red button stays disabled until the confirmation field holds exactly ``PANIC_WORD``.
    Enter does nothing here: only a click on the red button destroys the keys.
    Pressing it closes the dialog and emits ``confirmed``.
    """

    #: Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.
    confirmed = Signal(bool)

    def __init__(self, vault_path: Path, parent: QWidget | None) -> None:
        super().__init__(
            PANIC_WORD, QCoreApplication.translate("PanicDialog", "Destroy the keys"), parent
        )
        self.vault_path = vault_path
        self.setWindowTitle(self.tr("Panic: destroy keys"))
        self.warning = QLabel(
            self.tr(
                "<b>This destroys the keys of the vault at {path} now, without a passphrase. "
                "Nothing in it can ever be opened again, by you or by anyone, and there is no "
                "undo.</b><br><br>Afterwards, unlocking it says “Wrong passphrase.” like any "
                "mistyped passphrase. Only a backup made earlier can bring the material back; "
                "a backup or copy made earlier is not destroyed."
            ).format(path=isolate(display_path(vault_path)))
        )
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.wipe_box = QCheckBox(self.tr("Also delete all vault files (wipe)"))
        self.wipe_box.setToolTip(
            self.tr(
                "Without wipe, the vault's files stay, unreadable. With wipe, they are deleted "
                "too and the vault folder is removed if nothing else is in it."
            )
        )
        self.destroy_button = self.action_button
        prompt = QLabel(self.tr("Type {word} to confirm:").format(word=PANIC_WORD))
        prompt.setBuddy(self.confirm_edit)
        self.wipe_box.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.wipe_box)
        row = QHBoxLayout()
        row.addWidget(prompt)
        row.addWidget(self.confirm_edit, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.confirm_edit.setFocus()

    def _update(self) -> None:
        super()._update()
        self.destroy_button.setText(
            self.tr("Destroy the keys and delete the files")
            if self.wipe_box.isChecked()
            else self.tr("Destroy the keys")
        )

    def accept(self) -> None:
        """Close and emit ``confirmed``; does nothing until the panic word is typed."""
        if not self.is_confirmed():
            return
        wipe = self.wipe_box.isChecked()
        super().accept()
        self.confirmed.emit(wipe)


class RestoreDialog(QDialog):
    """A backup file, a new or empty folder, the passphrase; Restore runs a job with Cancel.

    The restored vault must open with the passphrase and pass its integrity check, or nothing
    of it is kept (core's contract). Refusals show inline and the dialog stays open.
    """

    #: Emitted with the restored vault's folder (``Path``) after the dialog closed.
    restored = Signal(object)

    def __init__(self, target: Path | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.job_dialog: JobDialog | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        explanation = QLabel(
            self.tr(
                "Restores a humdoc backup into a new, empty folder, then checks that it opens "
                "with the passphrase and is intact. Nothing that exists is overwritten."
            )
        )
        explanation.setWordWrap(True)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("The backup file"))
        keyboard.name(self.source_edit, self.tr("Backup file"))
        source_button = QPushButton(self.tr("Choose…"))
        keyboard.name(source_button, self.tr("Choose the backup file"))
        source_button.clicked.connect(self.choose_source)
        self.target_edit = QLineEdit(str(target) if target is not None else "")
        self.target_edit.setPlaceholderText(self.tr("A new or empty folder"))
        keyboard.name(self.target_edit, self.tr("Folder to restore into"))
        target_button = QPushButton(self.tr("Choose…"))
        keyboard.name(target_button, self.tr("Choose the folder to restore into"))
        target_button.clicked.connect(self.choose_target)
        self.passphrase = password_field(self.tr("The vault's passphrase when it was backed up"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Backup"), _with_button(self.source_edit, source_button))
        form.addRow(self.tr("Restore into"), _with_button(self.target_edit, target_button))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.error = inline_error()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("primary")
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        guard_secret_fields(self, self.passphrase)

    def choose_source(self) -> None:
        """Ask for the backup file."""
        path = file_dialogs.open_file_name(
            self,
            self.tr("Choose the backup"),
            self.tr("humdoc backups (*.tar);;All files (*)"),
        )
        if path is not None:
            self.source_edit.setText(str(path))

    def choose_target(self) -> None:
        """Ask for the folder; one that already holds something gets a new folder inside it."""
        text = self.target_edit.text().strip()
        start = Path(text).expanduser().parent if text else Path.home()
        folder = file_dialogs.existing_directory(self, self.tr("Restore into"), start)
        if folder is None:
            return
        if not is_free_folder(folder):
            folder = folder / RESTORED_FOLDER
        self.target_edit.setText(str(folder))

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def restore(self) -> JobDialog | None:
        """Restore in a job (progress, Cancel); returns its dialog, or None if refused here."""
        secret = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        source_text = self.source_edit.text().strip()
        target_text = self.target_edit.text().strip()
        if not source_text:
            self._refuse(self.tr("Choose the backup file."))
            return None
        source = Path(source_text).expanduser()
        if not source.is_file():
            self._refuse(
                self.tr("There is no file at {path}.").format(path=isolate(display_path(source)))
            )
            return None
        if not target_text:
            self._refuse(self.tr("Choose a new or empty folder to restore into."))
            return None
        if not secret:
            self._refuse(self.tr("Type the vault's passphrase."))
            return None
        target = Path(target_text).expanduser()
        self.error.hide()

        def work(progress: Progress, cancelled: Cancelled) -> RestoreResult:
            return Session.restore(source, target, secret, progress, cancelled)

        _job, self.job_dialog = run_job(
            work,
            parent=self,
            title=self.windowTitle(),
            message=self.tr("Restoring and checking the vault…"),
            on_success=self._done,
            on_failure=self._failed,
            cancellable=True,
        )
        return self.job_dialog

    def _done(self, result: RestoreResult) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.restored.emit(result.root)

    def _failed(self, exc: HumdocError) -> None:
        self._refuse(str(exc))
        self.passphrase.setFocus()

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)


def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row
