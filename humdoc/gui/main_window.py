"""The application window, its menus, the auto-lock, and ``start()``.

What the window keeps on disk (QSettings): its geometry, the vault folder and, if one was chosen
in Settings, the interface language. Nothing else: no
recent cases, no search history, no thumbnails, no folders of imported or exported files, no case
data of any kind.

Menus follow the role: a field device has no Verify, Receive or Enrolled devices.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from humdoc import __version__
from humdoc.core.location import resolve_vault_path
from humdoc.core.resources import resources_dir
from humdoc.gui import keyboard
from humdoc.gui.bidi import set_directed_text
from humdoc.gui.fit import available_area, fit_to_screen
from humdoc.gui.i18n import join_sentences, load_interface_language
from humdoc.gui.lock_watch import LockReason, LockWatch, watch_supported
from humdoc.gui.paths import display_path
from humdoc.gui.unlock import UnlockScreen
from humdoc.gui.workers import JobDialog, JobFunction, jobs_active, run_job

if TYPE_CHECKING:
    from humdoc.core.session import Session
    from humdoc.gui.archive_connect import ArchiveConnectDialog
    from humdoc.gui.archive_window import ArchiveWindow
    from humdoc.gui.centre_dialogs import DevicesDialog
    from humdoc.gui.exchange_models import BundleOutcome
    from humdoc.gui.export_dialog import ExportDialog
    from humdoc.gui.identity_dialogs import CompartmentDialog, PassphrasePrompt
    from humdoc.gui.keys_dialog import DeviceKeysDialog
    from humdoc.gui.panic_restore import PanicDialog
    from humdoc.gui.receipt_dialogs import (
        CentreKeysDialog,
        ReceiptAppliedDialog,
        ReceiptsDialog,
    )
    from humdoc.gui.safety_dialogs import DuressDialog
    from humdoc.gui.vault_actions import ChangePassphraseDialog, SettingsDialog
    from humdoc.gui.workspace import Workspace

# Start-up: only the unlock screen is loaded before the window first shows. The workspace, with
# the vault code, media, exchange and reports behind it, is built right after that first paint
# (``MainWindow.finish_start``), or at once when something needs it first; each dialog's module
# is loaded where it is opened. tests/gui/test_startup.py keeps it so.

#: How often a lock that waits for a running job looks again whether the job has ended.
DEFERRED_LOCK_POLL_MS = 250

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_VAULT = "vault/path"

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def app_icon() -> QIcon:
    """The humdoc icon from resources/icons (an empty icon if it is missing)."""
    return QIcon(str(resources_dir() / "icons" / "humdoc.svg"))


class ActivityFilter(QObject):
    """Watches the whole application for user input, to drive the auto-lock."""

    #: Emitted on every key press, click, wheel or mouse move anywhere in the application.
    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self.activity.emit()
        return False


class MainWindow(QMainWindow):
    """The unlock screen while locked; the workspace while a ``Session`` is open."""

    #: Emitted with the ``Session`` once the vault is unlocked (or created) and shown.
    unlocked = Signal(object)
    #: Emitted after the session was closed and the unlock screen shown again.
    locked = Signal()

    def __init__(
        self,
        vault_path: Path,
        auto_lock_ms: int | None = None,
        parent: QWidget | None = None,
        lock_watch: LockWatch | None = None,
    ) -> None:
        """``auto_lock_ms`` overrides the vault's auto-lock setting (None: use the setting).

        ``lock_watch`` reports screen locks and sleep; None: one on the desktop's own D-Bus
        buses, started by ``finish_start`` (no vault can be open before it has run) where
        there is D-Bus (Linux), none elsewhere.
        """
        super().__init__(parent)
        self.session: Session | None = None
        #: The last receipts offer (centre, after a receive) and applied receipt (field).
        self.receipts_dialog: ReceiptsDialog | None = None
        self.receipt_applied: ReceiptAppliedDialog | None = None
        self._jobs = 0
        self.setWindowTitle("humdoc")
        self.setWindowIcon(app_icon())

        self.unlock_screen = UnlockScreen(vault_path, app_icon())
        self.unlock_screen.unlocked.connect(self.adopt_session)
        self.unlock_screen.archive_requested.connect(self.open_archive)
        #: The shared archives open in windows of their own.
        self.archive_windows: list[ArchiveWindow] = []
        #: The blob store folder given for each archive address, for this run of humdoc only.
        self.archive_stores: dict[str, Path] = {}
        self.unlock_screen.vault_path_changed.connect(
            lambda path: QSettings().setValue(SETTINGS_VAULT, path)
        )
        self._workspace: Workspace | None = None
        self._finish_scheduled = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)

        self.role_label = QLabel()
        self.role_label.setObjectName("statusRole")
        self.path_label = QLabel()
        self.path_label.setObjectName("muted")
        self.statusBar().addPermanentWidget(self.path_label)
        self.statusBar().addPermanentWidget(self.role_label)
        self._build_menus()

        self._auto_lock_override = auto_lock_ms
        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.setInterval(auto_lock_ms or 10 * 60_000)
        self.auto_lock.timeout.connect(self._auto_lock_due)
        # A lock due while a job uses the session waits for the job (see ``lock_by_itself``).
        self._deferred: LockReason | None = None
        self._deferred_timer = QTimer(self)
        self._deferred_timer.setSingleShot(True)
        self._deferred_timer.setInterval(DEFERRED_LOCK_POLL_MS)
        self._deferred_timer.timeout.connect(self._retry_deferred_lock)
        self.lock_watch: LockWatch | None = None
        if lock_watch is not None:
            self._watch_locks(lock_watch)
        self.activity = ActivityFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)
        self.activity.activity.connect(self._user_active)
        #: What this window put on each clipboard (and, on X11, the selection) while unlocked.
        self._copied: dict[QClipboard.Mode, str] = {}
        QGuiApplication.clipboard().changed.connect(self._clipboard_changed)
        self._set_unlocked_ui(False)

    # --- menus ------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        vault = bar.addMenu(self.tr("&Vault"))
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.archive_action = self._action(self.tr("Open a shared &archive…"), self.open_archive)
        self.keys_action = self._action(self.tr("Device &keys…"), self.device_keys)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.vault_settings, keyboard.preferences_keys()
        )
        self.passphrase_action = self._action(
            self.tr("Change &passphrase…"), self.change_passphrase
        )
        self.identity_action = self._action(
            self.tr("&Identity compartment…"), self.identity_compartment
        )
        self.check_action = self._action(self.tr("&Check integrity"), self.check_integrity)
        self.backup_action = self._action(self.tr("&Back up vault…"), self.backup_vault)
        self.duress_action = self._action(self.tr("&Duress passphrase…"), self.duress_passphrase)
        # No shortcut on purpose: a panic triggered by a stray key press is worse than one
        # that takes two clicks more.
        self.panic_action = self._action(self.tr("Panic: destroy keys…"), self.panic)
        self.quit_action = self._action(
            self.tr("&Quit"),
            self.close,
            keyboard.standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        )
        vault.addAction(self.lock_action)
        vault.addSeparator()
        vault.addAction(self.keys_action)
        vault.addAction(self.settings_action)
        vault.addSeparator()
        vault.addAction(self.passphrase_action)
        vault.addAction(self.identity_action)
        vault.addAction(self.check_action)
        vault.addSeparator()
        vault.addAction(self.backup_action)
        vault.addAction(self.duress_action)
        vault.addAction(self.panic_action)
        vault.addSeparator()
        vault.addAction(self.archive_action)
        vault.addSeparator()
        vault.addAction(self.quit_action)
        # Panic works locked too, on the vault the unlock screen shows, if there is one.
        vault.aboutToShow.connect(self._update_panic_action)
        edit = bar.addMenu(self.tr("&Edit"))
        # The workspace is built after the window first shows (see ``finish_start``): these
        # find it when they are triggered.
        self.find_action = self._action(
            self.tr("&Find…"),
            lambda: self.workspace.focus_search(),
            QKeySequence.StandardKey.Find,
        )
        self.new_case_action = self._action(
            self.tr("&New case…"),
            lambda: self.workspace.new_case(),
            QKeySequence.StandardKey.New,
        )
        # These follow the buttons they stand for: enabled only where the button is (a case
        # shown, a row selected), so a key press never acts on nothing.
        self.new_testimony_action = self._action(
            self.tr("New &testimony…"),
            lambda: self.workspace.case_view.testimonies.new_button.click(),
            "Ctrl+Shift+N",
        )
        self.import_action = self._action(self.tr("&Import media…"), self.import_media, "Ctrl+I")
        self.delete_action = self._action(
            self.tr("&Delete…"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        edit.addAction(self.new_case_action)
        edit.addAction(self.new_testimony_action)
        edit.addAction(self.import_action)
        edit.addSeparator()
        edit.addAction(self.delete_action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        exchange = bar.addMenu(self.tr("E&xchange"))
        self.export_action = self._action(self.tr("&Export cases…"), self.export_cases, "Ctrl+E")
        self.verify_action = self._action(self.tr("&Verify bundle…"), self.verify_bundle)
        self.receive_action = self._action(
            self.tr("&Receive bundles…"), self.receive_bundles, "Ctrl+R"
        )
        self.devices_action = self._action(self.tr("Enrolled &devices…"), self.enrolled_devices)
        self.apply_receipt_action = self._action(self.tr("&Apply a receipt…"), self.apply_receipt)
        self.centre_keys_action = self._action(self.tr("Centres' &signing keys…"), self.centre_keys)
        exchange.addAction(self.export_action)
        exchange.addAction(self.apply_receipt_action)
        exchange.addAction(self.centre_keys_action)
        self.centre_separator = exchange.addSeparator()
        exchange.addAction(self.verify_action)
        exchange.addAction(self.receive_action)
        exchange.addAction(self.devices_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About humdoc"), self.about))
        self.session_actions = [
            self.lock_action,
            self.keys_action,
            self.settings_action,
            self.passphrase_action,
            self.identity_action,
            self.check_action,
            self.backup_action,
            self.duress_action,
            self.find_action,
            self.new_case_action,
            self.export_action,
        ]
        self._update_selection_actions()
        #: Only a documentation centre verifies, receives and enrols; a field device never sees them.
        self.centre_actions = [
            self.centre_separator,
            self.verify_action,
            self.receive_action,
            self.devices_action,
        ]
        #: Only a field device applies the receipts a centre sends back.
        self.field_actions = [self.apply_receipt_action, self.centre_keys_action]

    # --- the workspace, built once the window shows ----------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The cases, testimonies and media of the open vault, built on first use: right after
        the window's first paint (``finish_start``), else when something asks for it."""
        if self._workspace is None:
            self._workspace = self._build_workspace()
        return self._workspace

    def _build_workspace(self) -> Workspace:
        from humdoc.gui.workspace import Workspace

        ws = Workspace()
        self._workspace = ws
        ws.status_message.connect(lambda m: self.statusBar().showMessage(m, 6000))
        ws.case_view.export_requested.connect(lambda case_id: self.export_cases(case_id))
        self.stack.addWidget(ws)
        case_view = ws.case_view
        media = ws.media
        for button in (
            case_view.testimonies.new_button,
            media.import_button,
            *self._delete_buttons(),
        ):
            keyboard.when_enabled_changes(button, self._update_selection_actions)
        case_view.tabs.currentChanged.connect(lambda _i: self._update_selection_actions())
        for widget, tip, action in (
            (ws.new_case_button, self.tr("Create a case"), self.new_case_action),
            (
                case_view.testimonies.new_button,
                self.tr("Record a testimony"),
                self.new_testimony_action,
            ),
            (
                media.import_button,
                self.tr("Import photos, video and documents"),
                self.import_action,
            ),
            (
                case_view.export_button,
                self.tr("Write this case into a signed, encrypted bundle"),
                self.export_action,
            ),
            (ws.search_edit, self.tr("Search"), self.find_action),
        ):
            keyboard.tip_with_shortcut(widget, tip, action)
        for button in self._delete_buttons():
            keyboard.tip_with_shortcut(
                button, self.tr("Delete the selected one"), self.delete_action
            )
        self._update_selection_actions()
        return ws

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint (the unlock screen is on screen), load and build the rest."""
        super().paintEvent(event)
        if not self._finish_scheduled:
            self._finish_scheduled = True
            QTimer.singleShot(0, self.finish_start)

    def finish_start(self) -> None:
        """Build the workspace (loading the vault code, media, exchange, reports) while the
        person types the passphrase, so that unlocking does not wait for it; start listening
        for screen locks and sleep. Idempotent; ``adopt_session`` makes sure it has run."""
        if self.lock_watch is None and watch_supported():
            self._watch_locks(LockWatch(self))
        _ = self.workspace

    def _watch_locks(self, watch: LockWatch) -> None:
        self.lock_watch = watch
        watch.lock_requested.connect(self.lock_by_itself)
        watch.lock_requested.connect(lambda _reason: self.lock_archives())

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        for action in self.session_actions:
            action.setEnabled(unlocked)
        centre = unlocked and self.session is not None and self.session.role == "centre"
        for action in self.centre_actions:
            action.setVisible(centre)
            action.setEnabled(centre)
        field = unlocked and self.session is not None and self.session.role == "field"
        for action in self.field_actions:
            action.setVisible(field)
            action.setEnabled(field)
        self.stack.setCurrentWidget(self.workspace if unlocked else self.unlock_screen)
        if unlocked and self.session is not None:
            role = self.tr("Field device") if self.session.role == "field" else self.tr("Centre")
            self.role_label.setText(role)
            self._show_path(self.session.root)
        else:
            self.role_label.setText(self.tr("Locked"))
            self._show_path(self.unlock_screen.vault_path)

    def _delete_buttons(self) -> list[QPushButton]:
        view = self.workspace.case_view
        return [
            view.delete_button,
            view.testimonies.delete_button,
            view.incidents.delete_button,
            self.workspace.media.delete_button,
        ]

    def _delete_target(self) -> QPushButton | None:
        """The Delete… button the Delete key stands for: the case's, when the cases list has
        the focus; else the shown tab's (testimony, incident, media item)."""
        if self.session is None:
            return None
        view = self.workspace.case_view
        if self.workspace.cases_view.hasFocus():
            return view.delete_button
        tab = view.tabs.currentWidget()
        button = getattr(tab, "delete_button", None)
        return button if isinstance(button, QPushButton) else None

    def _update_selection_actions(self) -> None:
        if self._workspace is None:  # nothing to act on yet
            for action in (self.new_testimony_action, self.import_action, self.delete_action):
                action.setEnabled(False)
            return
        view = self.workspace.case_view
        self.new_testimony_action.setEnabled(view.testimonies.new_button.isEnabled())
        self.import_action.setEnabled(self.workspace.media.import_button.isEnabled())
        target = self._delete_target()
        self.delete_action.setEnabled(
            target is not None and target.isEnabled() and view.case is not None
        )

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_selection_actions()  # Delete acts on the cases list while it has focus

    def delete_selected(self) -> None:
        """Delete what is selected (after the usual confirmation): see ``_delete_target``."""
        target = self._delete_target()
        if target is not None and target.isEnabled():
            target.click()

    def import_media(self) -> None:
        """Show the Media tab of the case shown and ask for the files to import."""
        media = self.workspace.media
        if media.import_button.isEnabled():
            self.workspace.case_view.tabs.setCurrentWidget(media)
            media.import_files()

    def _update_panic_action(self) -> None:
        from humdoc.gui.panic_restore import holds_vault

        self.panic_action.setEnabled(
            self.session is not None
            or (not self.unlock_screen.busy and holds_vault(self.unlock_screen.vault_path))
        )

    def _show_path(self, path: Path) -> None:
        set_directed_text(self.path_label, display_path(path))
        self.path_label.setToolTip(str(path))

    # --- session life cycle -----------------------------------------------------------------

    def adopt_session(self, session: Session) -> None:
        """Show the workspace for an open ``session``; the window now owns it and will close it."""
        if self.session is not None:
            self.session.close()
        self.session = session
        self.finish_start()  # an unlock quicker than the first paint: nothing unwatched
        QSettings().setValue(SETTINGS_VAULT, str(session.root))
        self.workspace.set_session(session)
        self._set_unlocked_ui(True)
        self.apply_auto_lock_setting()
        self.unlocked.emit(session)

    def apply_auto_lock_setting(self) -> None:
        """(Re)start the inactivity timer with the vault's timeout (or the one given at creation)."""
        if self.session is None:
            return
        minutes = self.session.settings.auto_lock_minutes
        self.auto_lock.setInterval(self._auto_lock_override or minutes * 60_000)
        self.auto_lock.start()

    def lock(self, reason: LockReason | None = None) -> None:
        """Close the session, drop every model's rows and open form, show the unlock screen.

        Clears what humdoc put on the clipboard. ``reason`` (an automatic lock) is told on the
        unlock screen; a lock the user asked for shows no notice.
        """
        if self.session is None:
            return
        notice = self._lock_notice(reason)
        self.auto_lock.stop()
        self._deferred_timer.stop()
        self._deferred = None
        for dialog in self.findChildren(QDialog):
            if not isinstance(dialog, JobDialog):
                dialog.close()
        self.workspace.set_session(None)
        session, self.session = self.session, None
        session.close()
        self._clear_copied_text()
        self.unlock_screen.reset()
        self.unlock_screen.show_notice(notice)
        self._set_unlocked_ui(False)
        self.statusBar().showMessage(self.tr("Vault locked."), 4000)
        self.locked.emit()

    def _lock_notice(self, reason: LockReason | None) -> str:
        if reason is LockReason.IDLE:
            ms = self.auto_lock.interval()
            if ms % 60_000 == 0:
                return self.tr("Locked after %n minute(s) without use.", "", ms // 60_000)
            return self.tr("Locked after %n second(s) without use.", "", max(1, round(ms / 1000)))
        if reason is LockReason.SCREEN:
            return self.tr("Locked because the screen locked.")
        if reason is LockReason.SLEEP:
            return self.tr("Locked because the computer went to sleep.")
        return ""

    def lock_by_itself(self, reason: LockReason) -> None:
        """Lock for ``reason`` (inactivity, screen lock, sleep) and say so on the unlock screen.

        While a job uses the session the lock waits for it to end (pulling the session away
        mid-write would abandon the write); it then locks at once. Nothing happens when locked.
        """
        if self.session is None:
            return
        if self.busy():
            if self._deferred is not LockReason.SLEEP:  # the strongest reason is told
                self._deferred = reason
            self._deferred_timer.start()
            return
        self.lock(reason)

    def _retry_deferred_lock(self) -> None:
        if self._deferred is not None:
            self.lock_by_itself(self._deferred)

    def _clipboard_changed(self, mode: QClipboard.Mode) -> None:
        # Remember what this window put on the clipboard, or (X11) the selection, while unlocked,
        # so that lock can take it back. Ours when the platform says so; where it cannot tell,
        # when humdoc has the keyboard focus (another program's copy happens without it).
        clipboard = QGuiApplication.clipboard()
        ours = (
            _owns(clipboard, mode)
            if _platform_tells_owner()
            else QApplication.focusWidget() is not None
        )
        if self.session is not None and ours:
            self._copied[mode] = clipboard.text(mode)

    def _clear_copied_text(self) -> None:
        # Every mode humdoc wrote to: the clipboard, the X11 selection (text selected with the
        # mouse or keyboard), the macOS find buffer. Something another program copied since
        # is left alone.
        clipboard = QGuiApplication.clipboard()
        for mode, text in self._copied.items():
            if _owns(clipboard, mode) or clipboard.text(mode) == text:
                clipboard.clear(mode)
        self._copied.clear()

    def _user_active(self) -> None:
        if self.session is not None:
            self.auto_lock.start()
            if self._deferred is LockReason.IDLE:
                self._deferred = None

    def busy(self) -> bool:
        """True while a job uses the session (the window's own, or a tab's or dialog's)."""
        return self._jobs > 0 or (self.session is not None and jobs_active() > 0)

    def _auto_lock_due(self) -> None:
        # A testimony being recorded is use of the computer, however still the hands are; a
        # screen lock or sleep still locks (and the recording is saved as the dialog closes).
        if any(getattr(d, "recording", False) for d in self.findChildren(QDialog)):
            self.auto_lock.start()
            return
        self.lock_by_itself(LockReason.IDLE)

    # --- jobs -------------------------------------------------------------------------------

    def run_session_job(
        self,
        fn: JobFunction,
        title: str,
        message: str,
        on_success: Callable[[Any], None],
        cancellable: bool = True,
    ) -> JobDialog:
        """Run a job that uses the session, behind a modal ``JobDialog``; auto-lock waits for it."""
        self._jobs += 1
        job, dialog = run_job(
            fn,
            parent=self,
            title=title,
            message=message,
            on_success=on_success,
            cancellable=cancellable,
        )
        job.signals.finished.connect(self._job_finished)
        return dialog

    def _job_finished(self) -> None:
        self._jobs -= 1

    def _runner(
        self,
        fn: JobFunction,
        title: str,
        message: str,
        on_success: Callable[[Any], None],
        cancellable: bool,
    ) -> None:
        self.run_session_job(fn, title, message, on_success, cancellable)

    # --- vault menu -------------------------------------------------------------------------

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        """Open the change-passphrase form; returns the (open) dialog."""
        if self.session is None:
            return None
        from humdoc.gui.vault_actions import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self._runner, self)
        dialog.open()
        return dialog

    def identity_compartment(self) -> CompartmentDialog | None:
        """Create the identity compartment, or change its passphrase; returns the (open) dialog."""
        if self.session is None:
            return None
        from humdoc.gui.identity_dialogs import CompartmentDialog

        dialog = CompartmentDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def check_integrity(self) -> None:
        """Check the database, every attachment and custody chain, off the GUI thread."""
        if self.session is not None:
            from humdoc.gui.vault_actions import check_integrity

            check_integrity(self.session, self._runner, self)

    def device_keys(self) -> DeviceKeysDialog | None:
        """Show this device's public keys, fingerprint and QR codes; returns the (open) dialog."""
        if self.session is None:
            return None
        from humdoc.gui.keys_dialog import DeviceKeysDialog

        dialog = DeviceKeysDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def vault_settings(self) -> SettingsDialog | None:
        """Open the vault settings form; returns the (open) dialog."""
        if self.session is None:
            return None
        from humdoc.gui.vault_actions import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.workspace.media.update_policy_choices)
        dialog.accepted.connect(self.apply_auto_lock_setting)
        dialog.open()
        return dialog

    def duress_passphrase(self) -> DuressDialog | None:
        """Open the form that sets or removes the duress passphrase; returns the (open) dialog."""
        if self.session is None:
            return None
        from humdoc.gui.safety_dialogs import DuressDialog

        dialog = DuressDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup_vault(self, out: Path | None = None) -> JobDialog | None:
        """Write an encrypted backup to ``out`` (asks where when None); returns the job's dialog."""
        if self.session is None:
            return None
        from humdoc.gui.safety_dialogs import back_up_vault, choose_backup_file

        target = out if out is not None else choose_backup_file(self)
        if target is None or self.session is None:
            return None
        return back_up_vault(self.session, target, self.run_session_job, self)

    def panic(self) -> PanicDialog | None:
        """Ask for the panic confirmation; then lock first, then destroy the keys.

        Unlocked, this is the open vault; locked, the vault the unlock screen shows. Returns the
        (open) confirmation dialog, or None when there is no vault to destroy.
        """
        if self.session is None:
            return self.unlock_screen.request_panic()
        from humdoc.gui.panic_restore import PanicDialog

        root = self.session.root
        dialog = PanicDialog(root, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda wipe: self._panic_confirmed(root, wipe))
        dialog.open()
        return dialog

    def _panic_confirmed(self, root: Path, wipe: bool) -> None:
        # Every model, form and key of the vault goes before its keys do; should closing the
        # session fail, the keys must still go.
        try:
            self.lock()
        finally:
            self.unlock_screen.set_vault_path(root)
            self._show_path(root)
            self.unlock_screen.run_panic(wipe)

    # --- exchange menu ----------------------------------------------------------------------

    def export_cases(self, case_id: str | None = None) -> ExportDialog | None:
        """Open the export dialog, with ``case_id`` (else the shown case) ticked."""
        if self.session is None:
            return None
        from humdoc.gui.export_dialog import open_export_dialog

        shown = self.workspace.case_view.case
        preselect = [case_id] if case_id else ([shown.id] if shown is not None else [])
        return open_export_dialog(self.session, preselect, self)

    def verify_bundle(self, path: Path | None = None) -> JobDialog | None:
        """Centre: run every check on one bundle and import nothing (asks for it when None)."""
        if self.session is None or self.session.role != "centre":
            return None
        from humdoc.gui.centre_dialogs import choose_bundles, run_bundle_check

        paths = [path] if path is not None else choose_bundles(self, several=False)
        if not paths:
            return None
        return run_bundle_check(self.session, paths, False, self)

    def receive_bundles(
        self, paths: list[Path] | None = None
    ) -> JobDialog | PassphrasePrompt | None:
        """Centre: verify and import bundles (asks for them when None); the cases list refreshes.

        With an identity compartment, first asks for its passphrase (or Skip), on the GUI thread:
        the receive job only hands the bytes captured here to core, never opens a window. A
        bundle that carries identities and arrives without the passphrase is not received.
        Returns the prompt in that case, else the job's dialog.
        """
        if self.session is None or self.session.role != "centre":
            return None
        from humdoc.gui.centre_dialogs import choose_bundles, run_bundle_check
        from humdoc.gui.identity_dialogs import ask_identity_passphrase, held_secret
        from humdoc.gui.receipt_dialogs import ReceiptsDialog

        chosen = paths if paths is not None else choose_bundles(self, several=True)
        if not chosen:
            return None

        def done(outcomes: list[BundleOutcome], _dialog: QDialog) -> None:
            self.workspace.refresh()
            received = sum(1 for o in outcomes if o.status == "received")
            again = sum(1 for o in outcomes if o.status == "already-received")
            message = self.tr("%n bundle(s) received.", "", received)
            if again:
                message = join_sentences(message, self.tr("%n already received before.", "", again))
            self.statusBar().showMessage(message, 6000)
            got = [(o.file, o.summary) for o in outcomes if o.status == "received" and o.summary]
            if got and self.session is not None:  # offer the receipts for the field
                folders = {path.name: path.parent for path in chosen}
                self.receipts_dialog = ReceiptsDialog(self.session, got, self, folders)
                self.receipts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.receipts_dialog.open()

        def start(secret: bytes | None) -> JobDialog | None:
            if self.session is None:
                return None
            return run_bundle_check(self.session, chosen, True, self, done, held_secret(secret))

        if not self.session.identities.exists():
            return start(None)
        prompt = ask_identity_passphrase(
            self,
            self.tr("Receive bundles"),
            self.tr(
                "If these bundles carry witness identities, humdoc needs the identity-"
                "compartment passphrase to file them in this centre's compartment. Skip: a "
                "bundle that carries identities is then not received (nothing of it is kept); "
                "the others are."
            ),
            skip_text=self.tr("Skip"),
        )
        prompt.answered.connect(start)
        return prompt

    def apply_receipt(self, path: Path | None = None) -> JobDialog | None:
        """Field: check and apply a centre's receipt (asks for it when None), then offer to
        remove what the centre holds; the cases refresh once something was removed."""
        if self.session is None or self.session.role != "field":
            return None
        from humdoc.gui.receipt_dialogs import apply_receipt

        def applied(dialog: ReceiptAppliedDialog) -> None:
            self.receipt_applied = dialog
            self.workspace.refresh()
            dialog.removed.connect(lambda _done: self.workspace.refresh())

        return apply_receipt(self.session, self, path, applied)

    def centre_keys(self) -> CentreKeysDialog | None:
        """Field: add the signing key that checks a centre's receipts; returns the dialog."""
        if self.session is None or self.session.role != "field":
            return None
        from humdoc.gui.receipt_dialogs import CentreKeysDialog

        dialog = CentreKeysDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def enrolled_devices(self) -> DevicesDialog | None:
        """Centre: list enrolled devices and enrol one; returns the (open) dialog."""
        if self.session is None or self.session.role != "centre":
            return None
        from humdoc.gui.centre_dialogs import DevicesDialog

        dialog = DevicesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_archive(self, address: str = "", notice: str = "") -> ArchiveConnectDialog:
        """Ask for a shared archive's address and the member's passphrase; once it is open,
        show it in a window of its own (see ``humdoc.gui.archive_window``)."""
        from humdoc.gui.archive_connect import ArchiveConnectDialog

        known = self.archive_stores.get(address)
        dialog = ArchiveConnectDialog(address, notice, self, store=str(known) if known else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(
            lambda session: self._show_archive(
                session, dialog.address.text(), dialog.store_folder()
            )
        )
        dialog.open()
        return dialog

    def _show_archive(self, session: Any, address: str, store: Path | None = None) -> None:
        from humdoc.gui.archive_connect import shown_address
        from humdoc.gui.archive_window import ArchiveWindow

        shown = shown_address(address)
        if store is not None:
            self.archive_stores[shown] = store  # re-opened after a lock, it is there again
        else:
            self.archive_stores.pop(shown, None)
        window = ArchiveWindow(session, shown, store_folder=store)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.archive_windows.append(window)
        window.destroyed.connect(lambda _obj=None: self._forget_archive(window))
        window.locked.connect(
            lambda where: self.open_archive(where, self.tr("The archive was locked."))
        )
        fit_to_screen(window, 1280, 760)
        window.show()

    def lock_archives(self) -> None:
        """Lock every open archive window (the screen locked, the computer went to sleep)."""
        for window in list(self.archive_windows):
            window.lock()

    def _forget_archive(self, window: ArchiveWindow) -> None:
        if window in self.archive_windows:
            self.archive_windows.remove(window)

    def about(self) -> None:
        """Show what humdoc is and which version this is."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About humdoc"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>humdoc {version}</b><br>Offline-first, encrypted documentation of "
                "human rights testimonies and evidence.<br><br>Everything you record stays "
                "in the encrypted vault on this computer until you export it."
            ).format(version=__version__)
        )
        box.open()

    # --- window -----------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        """Restore the window size and place from the last run, or a sensible default."""
        geometry = QSettings().value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1200, 760)
        else:  # saved on a larger screen: keep the place, shrink to this one
            self.resize(self.size().boundedTo(available_area(self).size()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return on a focused button of this window clicks it, as in a dialog.

        Outside dialogs Qt's buttons answer Space only, and pass Enter on to the window: a
        person who Tabbed to New case… and pressed Enter saw nothing happen.
        """
        if not keyboard.enter_clicks_focused_button(self, event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            # Quitting mid-job would abandon a half-done write; the JobDialog offers Cancel.
            event.ignore()
            return
        QSettings().setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.lock()
        for window in list(self.archive_windows):
            window.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        super().closeEvent(event)


def _platform_tells_owner() -> bool:
    # X11, Wayland and Windows report which program owns the clipboard. Elsewhere (macOS, and
    # the offscreen and minimal platforms) the keyboard focus decides, which may take back a
    # copy another program made while humdoc had the focus: the safe side.
    name = QGuiApplication.platformName()
    return name in {"xcb", "windows"} or name.startswith("wayland")


def _owns(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    if mode is QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    if mode is QClipboard.Mode.FindBuffer:
        return clipboard.ownsFindBuffer()
    return clipboard.ownsClipboard()


def _load_style(app: QApplication) -> None:
    qss = resources_dir() / "style" / "humdoc.qss"
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def configure_application(app: QApplication) -> None:
    """Name, icon, style, and the interface language (see ``humdoc.gui.i18n``) for ``app``."""
    app.setApplicationName("humdoc")
    app.setDesktopFileName("humdoc")  # links the window to humdoc.desktop on Wayland
    app.setOrganizationName("humdoc")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    _load_style(app)
    load_interface_language(app)


def start(vault: str | None) -> int:
    """Open the window on ``vault`` (else HUMDOC_VAULT, the last one used, the default); run."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    configure_application(app)
    remembered = QSettings().value(SETTINGS_VAULT)
    if not vault and not os.environ.get("HUMDOC_VAULT") and isinstance(remembered, str):
        vault = remembered
    window = MainWindow(resolve_vault_path(vault))
    window.restore_geometry()
    window.show()
    return app.exec()
