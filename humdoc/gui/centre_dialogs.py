"""The documentation centre's Exchange menu: verify bundles, receive them, enrol devices.

Verifying and receiving run as jobs behind the modal ``JobDialog``; while one runs, the GUI thread
does not touch the ``Session`` (the modal dialog blocks every action of the window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.bundle.minisign import PublicKey
from humdoc.core.device_keys import MAX_KEY_TEXT, find_public_key
from humdoc.core.errors import BundleRejected, HumdocError, OperationCancelled
from humdoc.core.exchange.partners import Device
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui import file_dialogs, keyboard
from humdoc.gui.bidi import left_to_right
from humdoc.gui.case_tabs import button_row, make_table
from humdoc.gui.device_revoke import RevokeDeviceDialog
from humdoc.gui.dialogs import monospace
from humdoc.gui.exchange_models import BundleOutcome, DevicesModel, OutcomeModel
from humdoc.gui.fit import fit_to_screen
from humdoc.gui.i18n import join_sentences, locale_number
from humdoc.gui.workers import JobDialog, run_job

BUNDLE_FILTER = str(QT_TRANSLATE_NOOP("centre_dialogs", "humdoc bundles (*.humdoc);;All files (*)"))


class BundleSummary(QObject):
    """Words for what a bundle carried (a QObject only so that its plurals are ``self.tr``, the
    one form in which lupdate records a plural's forms)."""

    def describe(self, summary: dict[str, Any]) -> str:
        """One bundle's summary in a sentence, like the CLI prints it."""
        cases, testimonies, media = (int(summary[k]) for k in ("cases", "testimonies", "media"))
        counts = QLocale().createSeparatedList(
            [
                self.tr("%n case(s)", "", cases),
                self.tr("%n testimony(ies)", "", testimonies),
                self.tr("%n media file(s)", "", media),
            ]
        )
        text = self.tr("Bundle {id} from {device} (sequence {seq}): {counts}.").format(
            id=summary["bundle_id"],
            device=summary["device"],
            seq=locale_number(int(summary["sequence"])),
            counts=counts,
        )
        return join_sentences(text, *(str(w) for w in summary.get("warnings", [])))


def describe(summary: dict[str, Any]) -> str:
    """One bundle's summary in a sentence, like the CLI prints it (from any thread)."""
    return BundleSummary().describe(summary)


def check_bundles(
    session: Session,
    paths: list[Path],
    import_them: bool,
    identity_passphrase: Callable[[], bytes] | None = None,
) -> Callable[[Progress, Cancelled], list[BundleOutcome]]:
    """The job that verifies (or receives) each bundle in turn, one outcome per file.

    ``identity_passphrase`` is handed to ``Receiver.receive``, which calls it on the worker
    thread, only for a bundle that carries identities: it must not touch a widget. A bundle
    refused (``BundleRejected``) is "rejected"; one that could not be filed for another reason
    (no passphrase for its identities, a wrong one) is "not received". Neither stops the others. Cancel stops at the current bundle (nothing of
    it is kept); bundles received before it stay received and are reported.
    """

    def work(progress: Progress, cancelled: Cancelled) -> list[BundleOutcome]:
        receiver = session.receiver()
        outcomes: list[BundleOutcome] = []
        count = len(paths)
        for n, path in enumerate(paths):

            def file_progress(done: int, total: int, n: int = n) -> None:
                part = done * 1000 // total if total > 0 else 0
                progress(n * 1000 + min(part, 1000), count * 1000)

            try:
                if cancelled():
                    raise OperationCancelled("Cancelled.")
                if import_them:
                    summary = receiver.receive(
                        path, file_progress, cancelled, identity_passphrase=identity_passphrase
                    )
                else:
                    summary = receiver.verify(path, file_progress, cancelled)
            except OperationCancelled:
                outcomes += [
                    BundleOutcome(
                        p.name,
                        "cancelled",
                        QCoreApplication.translate("centre_dialogs", "Not checked: cancelled."),
                    )
                    for p in paths[n:]
                ]
                break
            except BundleRejected as exc:
                outcomes.append(BundleOutcome(path.name, "rejected", str(exc)))
            except HumdocError as exc:
                outcomes.append(BundleOutcome(path.name, "not-received", str(exc)))
            else:
                status = "received" if import_them else "verified"
                if import_them and summary.get("already_received"):
                    status = "already-received"  # the same bundle, filed before: nothing new
                outcomes.append(BundleOutcome(path.name, status, describe(summary), summary))
        progress(count * 1000, count * 1000)
        return outcomes

    return work


class BundleResultsDialog(QDialog):
    """Each bundle of a verify or receive run: received / already received / verified /
    rejected / not received, and why; a headline counts each kind apart."""

    def __init__(self, title: str, outcomes: list[BundleOutcome], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = OutcomeModel()
        self.model.set_records(outcomes)
        self.view = make_table(self.model, OutcomeModel.Column.DETAIL, self.tr("Bundles"))
        self.view.setWordWrap(True)
        # Each row as tall as its wrapped detail: cut to one line, the end of a reason (or of
        # what a bundle brought) could not be read at all by keyboard.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        counts = {
            s: sum(1 for o in outcomes if o.status == s)
            for s in ("received", "already-received", "verified")
        }
        rejected = sum(1 for o in outcomes if o.status == "rejected")
        held = sum(1 for o in outcomes if o.status == "not-received")
        parts = []
        if counts["received"]:
            parts.append(self.tr("%n received", "", counts["received"]))
        if counts["already-received"]:
            parts.append(
                self.tr("%n already received (nothing new)", "", counts["already-received"])
            )
        if counts["verified"]:
            parts.append(self.tr("%n verified (nothing imported)", "", counts["verified"]))
        if rejected:
            parts.append(self.tr("%n rejected", "", rejected))
        if held:
            parts.append(self.tr("%n not received", "", held))
        self.headline = QLabel(
            self.tr("{outcomes}.").format(outcomes=QLocale().createSeparatedList(parts))
            if parts
            else self.tr("Nothing checked.")
        )
        self.headline.setObjectName("inlineError" if rejected or held else "chainOk")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 300)

    def done(self, result: int) -> None:
        self.model.clear()
        super().done(result)


def run_bundle_check(
    session: Session,
    paths: list[Path],
    import_them: bool,
    parent: QWidget | None,
    on_done: Callable[[list[BundleOutcome], BundleResultsDialog], None] | None = None,
    identity_passphrase: Callable[[], bytes] | None = None,
) -> JobDialog:
    """Verify or receive ``paths`` in a job; then show a ``BundleResultsDialog``.

    ``identity_passphrase``: see ``check_bundles`` (called off the GUI thread).

    ``on_done(outcomes, results_dialog)`` runs after the results are shown (the main window
    refreshes its cases list there).
    """
    title = (
        QCoreApplication.translate("centre_dialogs", "Receive bundles")
        if import_them
        else QCoreApplication.translate("centre_dialogs", "Verify bundle")
    )

    def done(outcomes: list[BundleOutcome]) -> None:
        results = BundleResultsDialog(title, outcomes, parent)
        results.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        results.open()
        if on_done is not None:
            on_done(outcomes, results)

    _job, dialog = run_job(
        check_bundles(session, paths, import_them, identity_passphrase),
        parent=parent,
        title=title,
        message=QCoreApplication.translate(
            "centre_dialogs", "Decrypting and checking every signature and hash…"
        ),
        on_success=done,
    )
    return dialog


def choose_bundles(parent: QWidget | None, several: bool) -> list[Path]:
    """Ask for one or several bundle files."""
    if several:
        return file_dialogs.open_file_names(
            parent,
            QCoreApplication.translate("centre_dialogs", "Receive bundles"),
            QCoreApplication.translate("centre_dialogs", BUNDLE_FILTER),
        )
    path = file_dialogs.open_file_name(
        parent,
        QCoreApplication.translate("centre_dialogs", "Verify bundle"),
        QCoreApplication.translate("centre_dialogs", BUNDLE_FILTER),
    )
    return [path] if path is not None else []


class DevicesDialog(QDialog):
    """The enrolled field devices, and the form to enrol one by its minisign public key.

    Enrol stays disabled until the pasted (or opened) key parses and the user confirms that the
    fingerprint shown here is the one the device itself shows (Vault ▸ Device keys on the device).
    A revoked key is enrolled again only with "Reinstate" ticked. Revoke… revokes the selected
    device after its name is typed (``RevokeDeviceDialog``).
    """

    #: Emitted with the new ``Device`` after an enrolment.
    enrolled = Signal(object)
    #: Emitted with the ``Revocation`` after a device was revoked.
    revoked = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Enrolled devices"))
        self.model = DevicesModel()
        self.view = make_table(
            self.model, DevicesModel.Column.FINGERPRINT, self.tr("Enrolled devices")
        )
        self.view.setFont(monospace())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Laptop field team B"))
        self.key_edit = QPlainTextEdit()
        keyboard.text_area(self.key_edit)
        self.key_edit.setPlaceholderText(
            self.tr(
                "Paste the device's public key (its .pub file, the RW… line or what "
                "'keys show' prints), or open the file"
            )
        )
        self.open_key_button = QPushButton(self.tr("Open key file…"))
        self.open_key_button.clicked.connect(lambda _checked=False: self.open_key_file())
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setToolTip(self.tr("Stop accepting the selected device's bundles"))
        self.revoke_button.clicked.connect(lambda _checked=False: self.revoke_selected())
        self.reinstate_box = QCheckBox(
            self.tr("This key was revoked: trust it again (the device is back in safe hands)")
        )
        self.reinstate_box.hide()
        self.key_edit.setFont(monospace())
        self.key_edit.setFixedHeight(64)
        self.fingerprint = QLabel("—")
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(monospace(16))
        left_to_right(self.fingerprint, self.key_edit)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_box = QCheckBox(
            self.tr("The device shows exactly this fingerprint (I compared every group).")
        )
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.setObjectName("primary")
        self.enrol_button.clicked.connect(self.enrol)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # errors may quote what a bundle holds
        self.error.setWordWrap(True)
        self.error.hide()

        form_box = QGroupBox(self.tr("Enrol a field device"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Public key"), self.key_edit)
        form.addRow("", button_row(self.open_key_button))
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.confirm_box)
        form.addRow(self.reinstate_box)
        form.addRow(self.error)
        form.addRow(self.enrol_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(button_row(self.revoke_button))
        layout.addWidget(form_box)
        layout.addWidget(buttons)
        self.key_edit.textChanged.connect(self._key_changed)
        self.confirm_box.toggled.connect(self._update_enrol_button)
        self.name_edit.textChanged.connect(self._update_enrol_button)
        self.reinstate_box.toggled.connect(self._update_enrol_button)
        self.view.selectionModel().selectionChanged.connect(self._update_revoke_button)
        self.refresh()
        self._key_changed()
        fit_to_screen(self, 760, 560)
        if self.model.rowCount() == 0:
            # Nothing enrolled yet, so enrolling is what the dialog is for. On the empty list
            # the focus showed nowhere and typing the device's name went nowhere.
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Reload the list of enrolled devices."""
        self.model.set_records(self.session.devices.list())
        self._update_revoke_button()

    def selected_device(self) -> Device | None:
        """The device selected in the list, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_revoke_button(self) -> None:
        device = self.selected_device()
        self.revoke_button.setEnabled(device is not None and device.revoked is None)

    def revoke_selected(self) -> RevokeDeviceDialog | None:
        """Open the confirmation to revoke the selected device; returns the (open) dialog."""
        device = self.selected_device()
        if device is None or device.revoked is not None:
            return None
        dialog = RevokeDeviceDialog(self.session, device, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.revoked.connect(self._device_revoked)
        dialog.open()
        return dialog

    def _device_revoked(self, done: object) -> None:
        self.refresh()
        self.revoked.emit(done)

    def open_key_file(self, path: Path | None = None) -> bool:
        """Put the text of a key file (chosen, or ``path``) in the paste field. True if read."""
        if path is None:
            path = file_dialogs.open_file_name(
                self,
                self.tr("Open public key"),
                self.tr("Public keys (*.pub *.txt);;All files (*)"),
            )
        if path is None:
            return False
        try:
            if path.stat().st_size > MAX_KEY_TEXT:
                raise OSError(0, self.tr("far larger than a key file"))
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            self.error.setText(
                self.tr("{name} could not be read: {why}").format(
                    name=path.name, why=exc.strerror or exc
                )
            )
            self.error.show()
            return False
        self.key_edit.setPlainText(text)
        return True

    def pasted_key(self) -> PublicKey | None:
        """The key in the paste field, or None if it does not hold exactly one public key."""
        try:
            return find_public_key(self.key_edit.toPlainText())
        except HumdocError:
            return None

    def _key_changed(self) -> None:
        # A changed key must be compared again.
        self.confirm_box.setChecked(False)
        self.reinstate_box.setChecked(False)
        key = self.pasted_key()
        self.fingerprint.setText(key.fingerprint() if key is not None else "—")
        self.confirm_box.setEnabled(key is not None)
        known = self.session.devices.by_fingerprint(key.fingerprint()) if key else None
        self.reinstate_box.setVisible(known is not None and known.revoked is not None)
        self._update_enrol_button()

    def _update_enrol_button(self) -> None:
        self.enrol_button.setEnabled(
            self.pasted_key() is not None
            and self.confirm_box.isChecked()
            and bool(self.name_edit.text().strip())
            and (self.reinstate_box.isHidden() or self.reinstate_box.isChecked())
        )

    def enrol(self) -> bool:
        """Pin the pasted key under the name given; errors show inline. True if enrolled."""
        if not self.enrol_button.isEnabled():
            return False
        try:
            device = self.session.enrol_device(
                self.name_edit.text(),
                self.key_edit.toPlainText(),
                reinstate=self.reinstate_box.isChecked(),
            )
        except HumdocError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        self.name_edit.clear()
        self.key_edit.clear()
        self.refresh()
        self.enrolled.emit(device)
        return True

    def done(self, result: int) -> None:
        self.model.clear()
        super().done(result)
