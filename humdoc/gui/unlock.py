"""The locked state: unlock the vault, or create a new one; restore a backup; panic.

Argon2id takes about a second by design, so unlocking and creating run on a worker thread; the
screen shows a busy bar meanwhile and reports failures inline, in one line. Panic is offered here
too, for a vault that the person cannot or will not unlock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError, InvalidInput
from humdoc.core.progress import Cancelled, Progress
from humdoc.gui import file_dialogs
from humdoc.gui.bidi import isolate
from humdoc.gui.fields import password_field
from humdoc.gui.keyguard import PassphraseGuard
from humdoc.gui.paths import display_path
from humdoc.gui.workers import Job, JobFunction, start_job

if TYPE_CHECKING:
    from humdoc.core.session import Session
    from humdoc.gui.panic_restore import PanicDialog, RestoreDialog
    from humdoc.gui.passphrase_meter import NewPassphraseRow

# The vault code (SQLCipher, Argon2id, every record type), the panic and restore forms and the
# passphrase meter of the create form are loaded when they are first used, not before this
# screen shows: the window comes up sooner (see docs/benchmarks.md), and ``MainWindow`` loads
# them right after its first paint anyway.


class UnlockScreen(QWidget):
    """The vault's path, a passphrase field and Unlock; or the form to create a vault there."""

    #: Emitted with the open ``Session`` once an unlock or a creation succeeded.
    unlocked = Signal(object)
    #: Emitted with the new vault folder when the user picks another one.
    vault_path_changed = Signal(str)
    #: Emitted with True when an unlock or creation starts, False when it ends.
    busy_changed = Signal(bool)
    #: Emitted when the user asks to open a shared archive instead of a vault.
    archive_requested = Signal()

    def __init__(
        self, vault_path: Path, icon: QIcon | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.busy = False

        logo = QLabel()
        if icon is not None and not icon.isNull():
            logo.setPixmap(icon.pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel("humdoc")
        name.setObjectName("appName")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.path_label = QLabel()
        self.path_label.setObjectName("muted")
        self.path_label.setWordWrap(True)
        self.path_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("C&hoose another vault…"))
        choose.setObjectName("link")
        choose.clicked.connect(self.choose_vault)

        # --- unlock page
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        to_create = QPushButton(self.tr("Create a &new vault…"))
        to_create.setObjectName("link")
        to_create.clicked.connect(self.show_create)
        self.panic_link = QPushButton(self.tr("Panic: destroy keys…"))
        self.panic_link.setObjectName("dangerLink")
        self.panic_link.clicked.connect(self.request_panic)
        unlock_page = QWidget()
        ul = QVBoxLayout(unlock_page)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.passphrase)
        ul.addWidget(self.unlock_button)
        ul.addWidget(to_create, 0, Qt.AlignmentFlag.AlignCenter)
        ul.addWidget(self.panic_link, 0, Qt.AlignmentFlag.AlignCenter)

        # --- create page: filled in when first shown (see ``_create_form``)
        self._form: _CreateForm | None = None
        self._create_page = QWidget()

        self.pages = QStackedWidget()
        self.pages.addWidget(unlock_page)
        self.pages.addWidget(self._create_page)
        self.restore_link = QPushButton(self.tr("&Restore from backup…"))
        self.restore_link.setObjectName("link")
        self.restore_link.clicked.connect(self.restore_backup)
        self.archive_link = QPushButton(self.tr("Open a shared &archive…"))
        self.archive_link.setObjectName("link")
        self.archive_link.clicked.connect(lambda _checked=False: self.archive_requested.emit())
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # errors may quote what a bundle holds
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.hide()
        # Why the vault locked by itself (inactivity, screen lock, sleep); empty after a lock
        # the user asked for.
        self.notice = QLabel()
        self.notice.setObjectName("warning")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()

        card = QFrame()
        card.setObjectName("card")
        # At least 420 px wide; wider when a translation's longer labels need it.
        card.setMinimumWidth(420)
        box = QVBoxLayout(card)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(10)
        box.addWidget(logo)
        box.addWidget(name)
        box.addWidget(self.path_label)
        box.addWidget(choose, 0, Qt.AlignmentFlag.AlignCenter)
        box.addSpacing(8)
        box.addWidget(self.notice)
        box.addWidget(self.pages)
        box.addWidget(self.restore_link, 0, Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.archive_link, 0, Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        # Whatever has the keyboard focus, typed text lands in the passphrase field.
        self.guard = PassphraseGuard(self._secret_fields, self)
        self.guard.guard(self)
        self.set_vault_path(vault_path)

    # --- the create form, built the first time it is needed ---------------------------------

    def _create_form(self) -> _CreateForm:
        # Most starts unlock an existing vault: the form, its strength meter and their widgets
        # are built only when the create page is first shown or used, guarded like the rest.
        if self._form is None:
            self._form = self._build_create_form(self._create_page)
            self.guard.guard(self._create_page)
        return self._form

    def _build_create_form(self, page: QWidget) -> _CreateForm:
        from humdoc.gui.passphrase_meter import NewPassphraseRow

        role = QComboBox()
        role.addItem(self.tr("Field device (records testimonies)"), "field")
        role.addItem(self.tr("Documentation centre (receives bundles)"), "centre")
        new_passphrase = password_field(self.tr("New passphrase"))
        confirm_passphrase = password_field(self.tr("The same passphrase again"))
        confirm_passphrase.returnPressed.connect(self.create_vault)
        create_button = QPushButton(self.tr("&Create vault"))
        create_button.setObjectName("primary")
        create_button.clicked.connect(self.create_vault)
        to_unlock = QPushButton(self.tr("Unlock an &existing vault instead"))
        to_unlock.setObjectName("link")
        to_unlock.clicked.connect(self.show_unlock)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Role"), role)
        new_row = NewPassphraseRow(
            new_passphrase, confirm_passphrase, (self.vault_path.name, "humdoc")
        )
        form.addRow(self.tr("Passphrase"), new_row)
        form.addRow(self.tr("Confirm"), confirm_passphrase)
        form.addRow(create_button)
        form.addRow(to_unlock)
        new_row.order_tabs()
        return _CreateForm(role, new_passphrase, confirm_passphrase, create_button, new_row)

    @property
    def role(self) -> QComboBox:
        """The role of the vault to create (field device or documentation centre)."""
        return self._create_form().role

    @property
    def new_passphrase(self) -> QLineEdit:
        """The new vault's passphrase."""
        return self._create_form().new_passphrase

    @property
    def confirm_passphrase(self) -> QLineEdit:
        """The new vault's passphrase, typed again."""
        return self._create_form().confirm_passphrase

    @property
    def create_button(self) -> QPushButton:
        """Create vault."""
        return self._create_form().create_button

    @property
    def new_row(self) -> NewPassphraseRow:
        """The new passphrase with its Suggest button and strength meter."""
        return self._create_form().new_row

    # --- state ------------------------------------------------------------------------------

    def set_vault_path(self, path: Path) -> None:
        """Point the screen at ``path``: unlock if a vault is there, otherwise offer to create."""
        self.vault_path = path
        self.path_label.setText(self.tr("Vault: {path}").format(path=isolate(display_path(path))))
        self.path_label.setToolTip(str(path))
        if (path / "vault.json").is_file():
            self.show_unlock()
        else:
            self.show_create()

    def _show_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; let only the shown page count.
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()

    def show_unlock(self) -> None:
        """Show the passphrase field, with the keyboard focus in it."""
        self._show_page(0)
        self.clear_error()
        self.focus_secret()

    def show_create(self) -> None:
        """Show the form that creates a vault at the current path, focus in its passphrase."""
        self._create_form()
        self._show_page(1)
        self.clear_error()
        self.focus_secret()

    def _secret_fields(self) -> list[QLineEdit]:
        if self.is_creating():
            return [self.new_passphrase, self.confirm_passphrase]
        return [self.passphrase]

    def focus_secret(self) -> None:
        """Put the keyboard focus in the passphrase field of the page shown."""
        field = self.guard.target() or self._secret_fields()[0]
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        window = self.window()
        if window is not None and window.isVisible():
            window.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        """At start and after every lock the passphrase field has the focus, whatever Qt chose."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_if_shown)

    def _focus_if_shown(self) -> None:
        if self.isVisible() and not self.busy:
            self.focus_secret()

    def is_creating(self) -> bool:
        """True while the create form is shown."""
        return self.pages.currentIndex() == 1

    def show_error(self, message: str) -> None:
        """Show ``message`` in one line under the form."""
        self.error.setText(message)
        self.error.show()

    def show_notice(self, text: str) -> None:
        """Show ``text`` above the passphrase field (why the vault locked); "" hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def reset(self) -> None:
        """Back to a blank unlock form (after a lock): no passphrase left in any field."""
        self.passphrase.clear()
        if self._form is not None:
            self._form.new_passphrase.clear()
            self._form.confirm_passphrase.clear()
        self.status.hide()
        self.set_vault_path(self.vault_path)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)
        self.restore_link.setEnabled(not busy)
        self.archive_link.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setVisible(busy)
        self.busy_changed.emit(busy)
        if not busy:
            self._focus_if_shown()

    def choose_vault(self) -> None:
        """Let the user pick another vault folder."""
        folder = file_dialogs.existing_directory(
            self, self.tr("Choose the vault folder"), self.vault_path.parent
        )
        if folder is not None:
            self.set_vault_path(folder)
            self.vault_path_changed.emit(str(folder))
        self.focus_secret()

    # --- actions ----------------------------------------------------------------------------

    def unlock(self) -> None:
        """Unlock the vault with the passphrase typed, on a worker thread."""
        if self.busy:
            return
        secret = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        if not secret:
            self.show_error(self.tr("Type the vault's passphrase."))
            return
        root = self.vault_path

        def work(progress: Progress, cancelled: Cancelled) -> Session:
            from humdoc.core.session import Session

            return Session.open(root, secret)

        self._run(work, self.tr("Unlocking…"))

    def create_vault(self) -> None:
        """Create a vault at the current path with the role and passphrase given."""
        if self.busy:
            return
        secret = self.new_passphrase.text().encode("utf-8")
        again = self.confirm_passphrase.text().encode("utf-8")
        self.new_passphrase.clear()
        self.confirm_passphrase.clear()
        if secret != again:
            self.show_error(self.tr("The two passphrases differ; type them again."))
            return
        root, role = self.vault_path, str(self.role.currentData())

        def work(progress: Progress, cancelled: Cancelled) -> Session:
            from humdoc.core.session import Session

            return Session.create(root, secret, role)

        self._run(work, self.tr("Creating the vault…"))

    def restore_backup(self) -> RestoreDialog | None:
        """Open the restore form; once restored, this screen points at the new vault."""
        if self.busy:
            return None
        from humdoc.gui.panic_restore import RestoreDialog, suggested_restore_target

        dialog = RestoreDialog(suggested_restore_target(self.vault_path), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(self._focus_if_shown)
        dialog.open()
        return dialog

    def _restored(self, root: Path) -> None:
        self.set_vault_path(root)
        self.vault_path_changed.emit(str(root))
        self.status.setText(self.tr("Restored. Unlock it with its passphrase."))
        self.status.show()

    def request_panic(self) -> PanicDialog | None:
        """Ask for the panic confirmation for the vault shown; None if there is none here."""
        from humdoc.gui.panic_restore import PanicDialog, holds_vault

        if self.busy or not holds_vault(self.vault_path):
            return None
        dialog = PanicDialog(self.vault_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(self.run_panic)
        dialog.finished.connect(self._focus_if_shown)
        dialog.open()
        return dialog

    def run_panic(self, wipe: bool) -> Job:
        """Destroy the keys of the vault shown (with ``wipe``, its files too), on a worker.

        The caller has closed any session of it first. Success says only "Done."; the screen
        then shows the vault as it now is (dead, or gone). A failure is shown inline.
        """
        root = self.vault_path

        def work(progress: Progress, cancelled: Cancelled) -> None:
            from humdoc.core.session import Session

            Session.panic(root, wipe)

        self.clear_error()
        self.status.setText(self.tr("Please wait…"))
        self._set_busy(True)
        job = start_job(work)
        job.signals.succeeded.connect(self._panic_done)
        job.signals.failed.connect(self._panic_failed)
        return job

    def _panic_done(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.set_vault_path(self.vault_path)
        self.status.setText(self.tr("Done."))
        self.status.show()

    def _panic_failed(self, err: HumdocError) -> None:
        self._set_busy(False)
        self.set_vault_path(self.vault_path)
        self.show_error(str(err))

    def _run(self, work: JobFunction, message: str) -> None:
        self.clear_error()
        self.status.setText(message)
        self._set_busy(True)
        job = start_job(work)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)

    def _succeeded(self, session: Session) -> None:
        self._set_busy(False)
        self.clear_error()
        self.unlocked.emit(session)

    def _failed(self, err: HumdocError) -> None:
        self._set_busy(False)
        self.show_error(str(err))
        if isinstance(err, InvalidInput) and self.is_creating():
            self.new_passphrase.setFocus()
        else:
            self.focus_secret()


class _CreateForm(NamedTuple):
    """The widgets of the create page that the screen works with."""

    role: QComboBox
    new_passphrase: QLineEdit
    confirm_passphrase: QLineEdit
    create_button: QPushButton
    new_row: NewPassphraseRow
