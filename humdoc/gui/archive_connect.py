"""Connecting to a shared archive: its address, the member's passphrase, the database password.

The dialog asks for a ``postgresql://`` address (typed, or picked from the saved connections),
the member's humdoc passphrase and, only if libpq has none (``PGPASSWORD``, ``~/.pgpass``, a
client certificate), the member's database password. Opening unlocks the member's keyslot with
Argon2id, about a second, so it runs on a worker thread; a failure (wrong passphrase, server
unreachable, not a member) is shown in one line and the dialog stays.

The passphrase never lands anywhere but its masked field: the saved connections are a list that
takes no typed text, the address field hands Enter on to the passphrase field instead of
opening, and text typed on a button or the list goes to the passphrase field
(``PassphraseGuard``). The saved connections are those ``humdoc archive connections add`` keeps
(``humdoc.core.archive.connections``: names and addresses, never a password); humdoc stores
nothing else about an archive on this computer.

An optional blob store folder (the archive's encrypted media files, as the administrator set
them up) lets the archive window preview images; it is kept for this run of humdoc only. Its
"Choose…" button is never the default and Enter on it does nothing, so a passphrase typed with
the focus there can never fall into a folder chooser (text typed on it goes to the passphrase
field like on every other button).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.progress import Cancelled, Progress
from humdoc.gui.fields import password_field
from humdoc.gui.keyguard import guard_secret_fields
from humdoc.gui.workers import start_job

if TYPE_CHECKING:
    from humdoc.core.archive.session import ArchiveSession


#: The setting holding the saved connections: a map of name to ``postgresql://`` address.
def saved_connections() -> dict[str, str]:
    """The saved connections, by name: those ``humdoc archive connections add`` keeps (empty if
    there are none or the file is unreadable)."""
    from humdoc.core.archive import connections
    from humdoc.core.errors import HumdocError

    try:
        return connections.load()
    except HumdocError:
        return {}


def saved_stores() -> dict[str, str]:
    """The blob store folder saved with each connection that has one, by name (empty if the
    file is unreadable)."""
    from humdoc.core.archive import connections
    from humdoc.core.errors import HumdocError

    try:
        return connections.stores()
    except HumdocError:
        return {}


def with_password(url: str, password: str) -> str:
    """``url`` with the database ``password`` as a libpq parameter (kept in memory only)."""
    if not password:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    query.append(("password", password))
    return urlunsplit(parts._replace(query=urlencode(query)))


def shown_address(url: str) -> str:
    """``url`` as it may be shown: without any password it holds."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        auth, host = netloc.rsplit("@", 1)
        netloc = f"{auth.split(':', 1)[0]}@{host}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query)))


class _NoEnter(QObject):
    """Swallows Return and Enter on the widget it watches (the folder button: it never opens
    its chooser from the keyboard's Enter, the key that ends a typed passphrase)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        return False


class ArchiveConnectDialog(QDialog):
    """Address, passphrase, database password and Open; emits ``opened`` with the session."""

    #: Emitted with the open ``ArchiveSession``; the receiver owns it and must close it.
    opened = Signal(object)

    def __init__(
        self,
        address: str = "",
        notice: str = "",
        parent: QWidget | None = None,
        store: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a shared archive"))
        self.setModal(True)
        self.setMinimumWidth(600)
        self.busy = False

        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved connections"))
        self.saved.addItem(self.tr("Type an address below"), "")
        for name, url in sorted(saved_connections().items()):
            self.saved.addItem(name, url)
        self.saved.currentIndexChanged.connect(self._pick_saved)
        self.address = QLineEdit()
        self.address.setPlaceholderText(
            self.tr("postgresql://role@host/archive?sslmode=verify-full")
        )
        self.address.setAccessibleName(self.tr("Archive address"))
        # Enter in the address goes on to the passphrase: it never opens, and so never sends
        # the passphrase a person meant to type next into a half-typed address.
        self.address.returnPressed.connect(self.focus_secret)
        self.passphrase = password_field(self.tr("Your humdoc passphrase"))
        self.passphrase.returnPressed.connect(self.open_archive)
        self.db_password = password_field(self.tr("Empty: from PGPASSWORD or ~/.pgpass"))
        self.db_password.returnPressed.connect(self.open_archive)

        self.store = QLineEdit(store)
        self.store.setPlaceholderText(self.tr("Optional: to preview images"))
        self.store.setAccessibleName(self.tr("Blob store folder"))
        self.store.returnPressed.connect(self.focus_secret)  # as the address: never opens
        self.choose_store_button = QPushButton(self.tr("C&hoose…"))
        self.choose_store_button.setAccessibleName(self.tr("Choose the blob store folder"))
        self.choose_store_button.clicked.connect(self.choose_store)
        self.folder_dialog: QFileDialog | None = None
        store_row = QHBoxLayout()
        store_row.setContentsMargins(0, 0, 0, 0)
        store_row.addWidget(self.store, 1)
        store_row.addWidget(self.choose_store_button)
        store_box = QWidget()
        store_box.setLayout(store_row)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_archive)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.open_button, self.cancel_button, self.choose_store_button):
            button.setDefault(False)
            button.setAutoDefault(False)  # Enter belongs to the fields (see above)

        self.notice = QLabel(notice)
        self.notice.setObjectName("warning")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a server's words, never markup
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel(self.tr("Opening the archive…"))
        self.status.setObjectName("muted")
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()

        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Saved"), self.saved)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Database password"), self.db_password)
        form.addRow(self.tr("Blob store"), store_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setTabOrder(self.saved, self.address)
        self.setTabOrder(self.address, self.passphrase)
        self.setTabOrder(self.passphrase, self.db_password)
        self.setTabOrder(self.db_password, self.store)
        self.setTabOrder(self.store, self.choose_store_button)
        self.setTabOrder(self.choose_store_button, self.open_button)
        self.setTabOrder(self.open_button, self.cancel_button)
        self.guard = guard_secret_fields(self, self.passphrase, self.db_password)
        # Installed after the guard, so it sees Enter first (the guard would click the button).
        self.no_enter = _NoEnter(self)
        self.choose_store_button.installEventFilter(self.no_enter)

        form.setRowVisible(self.saved, self.saved.count() > 1)  # none saved: no list
        if address:
            self.address.setText(address)
        elif self.saved.count() == 2:  # exactly one saved connection: it is the one
            self.saved.setCurrentIndex(1)

    def showEvent(self, event: QShowEvent) -> None:
        """The dialog takes the keyboard at once: the passphrase field if the address is
        there, else the address (the window below would otherwise keep the focus)."""
        super().showEvent(event)
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        if not self.isVisible() or self.busy:
            return
        self.activateWindow()
        if self.address.text():
            self.focus_secret()
        else:
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state ------------------------------------------------------------------------------

    def _pick_saved(self, index: int) -> None:
        url = self.saved.itemData(index)
        if isinstance(url, str) and url:
            self.address.setText(url)
            store = saved_stores().get(self.saved.itemText(index))
            if store:  # saved with the address: previews need not be pointed at it again
                self.store.setText(store)
            self.focus_secret()

    def focus_secret(self) -> None:
        """Put the keyboard focus in the passphrase field."""
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def store_folder(self) -> Path | None:
        """The blob store folder typed or chosen, or None if none was."""
        text = self.store.text().strip()
        return Path(text).expanduser() if text else None

    def choose_store(self) -> QFileDialog:
        """Choose the blob store folder in a folder chooser (opened, not run: the dialog stays
        responsive); the passphrase typed so far stays in its field."""
        chooser = QFileDialog(self, self.tr("The archive's blob store folder"))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.store.text().strip():
            chooser.setDirectory(self.store.text().strip())
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self._store_chosen)
        self.folder_dialog = chooser
        chooser.open()
        return chooser

    def _store_chosen(self, folder: str) -> None:
        self.store.setText(folder)
        self.focus_secret()

    def show_error(self, message: str) -> None:
        """Show ``message`` as one line under the form."""
        self.error.setText(message.strip().splitlines()[0] if message.strip() else message)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (
            self.saved,
            self.address,
            self.passphrase,
            self.db_password,
            self.store,
            self.choose_store_button,
        ):
            widget.setEnabled(not busy)
        self.open_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setVisible(busy)

    # --- opening ----------------------------------------------------------------------------

    def open_archive(self) -> None:
        """Open the archive at the address with the passphrase typed, on a worker thread."""
        if self.busy:
            return
        address = self.address.text().strip()
        if not address:
            self.show_error(self.tr("Type the archive's address (postgresql://…)."))
            self.address.setFocus()
            return
        if not address.startswith(("postgresql://", "postgres://")):
            self.show_error(self.tr("An archive's address starts with postgresql://."))
            self.address.setFocus()
            return
        secret = self.passphrase.text().encode("utf-8")
        password = self.db_password.text()
        self.passphrase.clear()
        if not secret:
            self.show_error(self.tr("Type your humdoc passphrase."))
            self.focus_secret()
            return
        url = with_password(address, password)

        def work(progress: Progress, cancelled: Cancelled) -> ArchiveSession:
            from humdoc.core.archive.session import ArchiveSession, refusals

            with refusals():
                return ArchiveSession.open(url, secret)

        self.error.hide()
        self._set_busy(True)
        job = start_job(work)
        job.signals.succeeded.connect(self._opened)
        job.signals.failed.connect(self._failed)

    def _opened(self, session: Any) -> None:
        self._set_busy(False)
        self.db_password.clear()
        if not self.isVisible():  # closed meanwhile: nobody is there to take it
            session.close()
            return
        self.opened.emit(session)
        self.accept()

    def _failed(self, err: HumdocError) -> None:
        self._set_busy(False)
        self.show_error(str(err))
        self.focus_secret()

    def reject(self) -> None:
        """Cancel (not while opening: the worker would open a session nobody takes)."""
        if self.busy:
            return
        self.passphrase.clear()
        self.db_password.clear()
        super().reject()
