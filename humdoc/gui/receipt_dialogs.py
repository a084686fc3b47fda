"""Receipts in the window: the centre saves or shows them, the field device applies them.

Centre: after a receive, ``ReceiptsDialog`` offers each received bundle's signed receipt to save
(the receipt and its ``.minisig``) or to show as QR codes (``ReceiptQrDialog``, one code at a
time, for a device with no USB path back). The QR codes are made in memory and never written.

Field: Exchange ▸ Centres' signing keys… (``CentreKeysDialog``) adds the key that checks a
centre's receipts to a centre added without it. Exchange ▸ Apply a receipt… (``apply_receipt``) checks and applies a receipt in a job, then
``ReceiptAppliedDialog`` offers to remove what the centre holds (media; testimony texts only if
ticked), again in a job. Every refusal is shown in one line, as the command line says it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.device_keys import MAX_KEY_TEXT
from humdoc.core.errors import HumdocError
from humdoc.core.exchange.partners import signing_key_in
from humdoc.core.exchange.receipt_book import Applied, Removal
from humdoc.core.exchange.receipts import QR_PART_CHARS, Receipt, make_receipt, read_receipt
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui import file_dialogs, keyboard
from humdoc.gui.dialogs import monospace, show_error, show_info
from humdoc.gui.fit import fit_to_screen
from humdoc.gui.i18n import join_sentences
from humdoc.gui.keys_dialog import qr_pixmap
from humdoc.gui.workers import JobDialog, run_job

RECEIPT_FILTER = "humdoc receipts (*.receipt *.txt);;All files (*)"


# --- the centre ------------------------------------------------------------------------------


class ReceiptQrDialog(QDialog):
    """A receipt as a sequence of QR codes, one shown at a time (Previous / Next)."""

    def __init__(
        self, receipt: Receipt, parent: QWidget | None, chars: int = QR_PART_CHARS
    ) -> None:
        """``chars``: at most this many characters of the receipt in each code."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipt as QR codes"))
        self.parts = receipt.qr_parts(chars)
        self.index = 0
        self.caption = QLabel()
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous = QPushButton(self.tr("&Previous"))
        self.next = QPushButton(self.tr("&Next"))
        self.previous.clicked.connect(lambda _checked=False: self.show_code(self.index - 1))
        self.next.clicked.connect(lambda _checked=False: self.show_code(self.index + 1))
        hint = QLabel(
            self.tr(
                "Scan every code with the phone that carries the receipt to the field device, "
                "in any order; save what it reads, one code per line, as a text file and apply "
                "it there (Exchange ▸ Apply a receipt…)."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addStretch(1)
        row.addWidget(self.caption)
        row.addStretch(1)
        row.addWidget(self.next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.code, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.show_code(0)
        fit_to_screen(self, 640, 720)

    def show_code(self, index: int) -> None:
        """Show code ``index`` (0-based) of the sequence."""
        self.index = max(0, min(index, len(self.parts) - 1))
        self.code.setPixmap(qr_pixmap(self.parts[self.index], scale=3))
        self.caption.setText(
            self.tr("Code {n} of {count}").format(n=self.index + 1, count=len(self.parts))
        )
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.parts) - 1)


class ReceiptsDialog(QDialog):
    """Centre, after a receive: each received bundle's signed receipt, to save or show."""

    #: Emitted with the path of the receipt document after it was saved (its .minisig beside).
    saved = Signal(object)

    def __init__(
        self,
        session: Session,
        received: list[tuple[str, dict[str, Any]]],
        parent: QWidget | None,
        folders: dict[str, Path] | None = None,
    ) -> None:
        """``received``: (bundle file name, receive summary) of each bundle received;
        ``folders``: the folder each bundle file came from, where Save receipt… proposes to
        write its receipt (the receipt goes back on the same stick)."""
        super().__init__(parent)
        self.session = session
        self.folders = dict(folders or {})
        self.setWindowTitle(self.tr("Receipts for the field"))
        self.received = received
        self.bundles = QComboBox()
        for name, summary in received:
            label = self.tr("{file} — {bundle}").format(file=name, bundle=summary["bundle_id"])
            self.bundles.addItem(label, summary["bundle_id"])
        intro = QLabel(
            self.tr(
                "A signed receipt tells the field device what this centre now holds; applied "
                "there, it lets the device mark those items safe and remove them from the "
                "laptop. Save it next to the bundle on the stick, or show it as QR codes."
            )
        )
        intro.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save receipt…"))
        self.qr_button = QPushButton(self.tr("Show as &QR codes…"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_receipt())
        self.qr_button.clicked.connect(lambda _checked=False: self.show_qr())
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.qr_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bundles)
        layout.addLayout(row)
        layout.addWidget(buttons)
        # Each bundle by its path from here on, so that Save receipt… starts beside it rather
        # than in whatever folder the application was started from.
        self.received = [(str(self.folders.get(n, Path()) / n), s) for n, s in received]
        fit_to_screen(self, 560, 200)

    def suggested_path(self) -> Path:
        """Where Save receipt… proposes to write the chosen bundle's receipt: beside it."""
        return Path(self.received[max(self.bundles.currentIndex(), 0)][0] + ".receipt")

    def receipt(self) -> Receipt:
        """The signed receipt of the bundle chosen."""
        return make_receipt(self.session.db, self.session.device_keys, self.bundles.currentData())

    def save_receipt(self, dest: Path | None = None) -> Path | None:
        """Write the chosen bundle's receipt to ``dest`` (or where the user chooses) and its
        signature beside it; return the receipt's path, or None if cancelled or refused."""
        name = self.received[max(self.bundles.currentIndex(), 0)][0]
        if dest is None:
            dest = file_dialogs.save_file_name(
                self,
                self.tr("Save receipt"),
                Path(name + ".receipt"),
                QCoreApplication.translate(
                    "receipt_dialogs", "humdoc receipts (*.receipt *.txt);;All files (*)"
                ),
            )
        if dest is None:
            return None
        try:
            doc, sig = self.receipt().write(dest)
        except (HumdocError, OSError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else str(exc)
            show_error(self, self.tr("Save receipt"), str(why))
            return None
        show_info(
            self,
            self.tr("Save receipt"),
            self.tr("Wrote {doc} and {sig}. Carry both back to the field device.").format(
                doc=doc.name, sig=sig.name
            ),
        )
        self.saved.emit(doc)
        return doc

    def show_qr(self) -> ReceiptQrDialog:
        dialog = ReceiptQrDialog(self.receipt(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


# --- the field device ------------------------------------------------------------------------


def applied_text(applied: Applied) -> str:
    """What applying a receipt did, in a few sentences."""
    text = QCoreApplication.translate(
        "receipt_dialogs",
        "Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. "
        "{count} item(s) marked safe at the centre in their chain of custody.",
    ).format(
        centre=applied.recipient,
        bundle=applied.bundle_id,
        seq=applied.sequence,
        count=len(applied.marked),
    )
    if applied.unmarked:
        text = join_sentences(
            text,
            QCoreApplication.translate(
                "receipt_dialogs", "Not marked (sent before humdoc recorded what it sent): {ids}."
            ).format(ids=QLocale().createSeparatedList(list(applied.unmarked))),
        )
    return text


def removal_text(done: Removal) -> str:
    text = QCoreApplication.translate(
        "receipt_dialogs",
        "Removed from this device: {count} item(s), {files} file(s) crypto-erased. A "
        "tombstone and the chain of custody stay.",
    ).format(count=len(done.removed), files=done.erased_blobs)
    lines = [text]
    for kept in done.kept:
        lines.append(
            QCoreApplication.translate("receipt_dialogs", "Kept {kind} {id}: {reason}.").format(
                kind=kept.kind, id=kept.id, reason=kept.reason
            )
        )
    return "\n".join(lines)


class ReceiptAppliedDialog(QDialog):
    """What a receipt did, and the offer to remove the items it declared safe."""

    #: Emitted with the ``Removal`` once items were removed.
    removed = Signal(object)

    def __init__(self, session: Session, applied: Applied, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.applied = applied
        self.setWindowTitle(self.tr("Receipt applied"))
        self.summary = QLabel(applied_text(applied))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.testimonies_box = QCheckBox(self.tr("Also remove the testimony texts"))
        self.testimonies_box.setToolTip(
            self.tr(
                "Only testimonies unchanged since they were sent. Keep them if you still need "
                "them here, e.g. for follow-up interviews."
            )
        )
        self.remove_button = QPushButton(self.tr("&Remove from this device"))
        self.remove_button.clicked.connect(lambda _checked=False: self.remove())
        buttons = QDialogButtonBox()
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if applied.removal is not None:
            done = QLabel(removal_text(applied.removal))
            done.setWordWrap(True)
            layout.addWidget(done)
        explain = QLabel(
            self.tr(
                "Removing crypto-erases the items' files and deletes their records; a tombstone "
                "(id, hashes, this receipt) keeps the chain of custody whole. Media go only if "
                "the centre holds their sealed original."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        layout.addWidget(explain)
        layout.addWidget(self.testimonies_box)
        layout.addWidget(buttons)
        left = self._remaining()
        self.remove_button.setEnabled(bool(left))
        fit_to_screen(self, 560, 260)

    def _remaining(self) -> list[str]:
        gone = set() if self.applied.removal is None else set(self.applied.removal.removed)
        return [i for i in self.applied.marked if i not in gone]

    def remove(self) -> JobDialog:
        """Remove the receipted items still here (testimonies only if ticked), in a job."""
        testimonies = self.testimonies_box.isChecked()
        wanted = [i for i in self._remaining() if testimonies or i.startswith("m-")]
        book = self.session.receipt_book()

        def work(_progress: Progress, _cancelled: Cancelled) -> Removal:
            return book.remove(wanted, testimonies=testimonies)

        def done(result: Removal) -> None:
            self.remove_button.setEnabled(False)
            show_info(self, self.tr("Removed"), removal_text(result))
            self.removed.emit(result)

        _job, dialog = run_job(
            work,
            parent=self,
            title=self.tr("Remove from this device"),
            message=self.tr("Crypto-erasing what the centre holds…"),
            on_success=done,
            cancellable=False,
        )
        return dialog


class CentreKeysDialog(QDialog):
    """Field: the signing key of each centre this device exports to, which checks its receipts.

    Pick the centre, paste its key (or open the file its ``keys export --recipient`` wrote); the
    fingerprint shows at once, and Save stays disabled until the user confirms it is the one the
    centre shows (Vault ▸ Device keys there).
    """

    #: Emitted with the updated ``Recipient`` after its key was saved.
    saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Centres' signing keys"))
        self.centres = QComboBox()
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.key_edit = QPlainTextEdit()
        keyboard.text_area(self.key_edit, self.tr("Centre's signing key"))
        self.key_edit.setFont(monospace())
        self.key_edit.setFixedHeight(90)
        self.key_edit.setPlaceholderText(
            self.tr(
                "Paste the centre's signing key (the file its 'keys export --recipient' wrote, "
                "its .pub file, or the RW… line), or open the file"
            )
        )
        self.open_button = QPushButton(self.tr("Open key file…"))
        self.open_button.clicked.connect(lambda _checked=False: self.open_key_file())
        self.fingerprint = QLabel("—")
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(monospace(16))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_box = QCheckBox(
            self.tr("The centre shows exactly this fingerprint (I compared every group).")
        )
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Centre"), self.centres)
        form.addRow("", self.current)
        form.addRow(self.tr("Signing key"), self.key_edit)
        form.addRow("", self.open_button)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.confirm_box)
        form.addRow(self.error)
        form.addRow(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for r in session.recipients.list():
            self.centres.addItem(r.name, r.name)
        self.centres.currentIndexChanged.connect(lambda _i: self._show_current())
        self.key_edit.textChanged.connect(self._key_changed)
        self.confirm_box.toggled.connect(lambda _on: self._key_changed())
        self._show_current()
        self._key_changed()
        fit_to_screen(self, 640, 380)

    def _show_current(self) -> None:
        name = self.centres.currentData()
        key = None if name is None else self.session.recipients.get(name).key()
        self.current.setText(
            self.tr("No centre added yet (Exchange ▸ Export cases… ▸ Add recipient).")
            if name is None
            else self.tr("Its receipts cannot be checked until its signing key is added.")
            if key is None
            else self.tr("Signing key held, fingerprint {fp}.").format(fp=key.fingerprint())
        )

    def _key_changed(self) -> None:
        try:
            key = signing_key_in(self.key_edit.toPlainText())
        except HumdocError:
            key = None
        self.fingerprint.setText("—" if key is None else key.fingerprint())
        self.save_button.setEnabled(
            key is not None and self.confirm_box.isChecked() and self.centres.count() > 0
        )

    def open_key_file(self, path: Path | None = None) -> bool:
        """Put the text of a key file (chosen, or ``path``) in the paste field. True if read."""
        if path is None:
            path = file_dialogs.open_file_name(
                self, self.tr("Open the centre's key"), self.tr("Keys (*.pub *.txt);;All files (*)")
            )
        if path is None:
            return False
        try:
            if path.stat().st_size > MAX_KEY_TEXT:
                raise OSError(0, self.tr("far larger than a key file"))
            self.key_edit.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            self.error.setText(str(exc.strerror or exc))
            self.error.show()
            return False
        return True

    def save(self) -> bool:
        """Keep the pasted key as the chosen centre's signing key. True if saved."""
        try:
            rec = self.session.recipients.set_signing_key(
                self.centres.currentData(), self.key_edit.toPlainText()
            )
        except HumdocError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        self.confirm_box.setChecked(False)
        self.key_edit.clear()
        self._show_current()
        self.saved.emit(rec)
        return True


def apply_receipt(
    session: Session,
    parent: QWidget | None,
    path: Path | None = None,
    on_applied: Any = None,
) -> JobDialog | None:
    """Field: ask for a receipt file (when ``path`` is None), check and apply it in a job, then
    open ``ReceiptAppliedDialog`` (passed to ``on_applied`` if given). A refusal is shown in one
    line; nothing changes then."""
    if path is None:
        path = file_dialogs.open_file_name(
            parent,
            QCoreApplication.translate("receipt_dialogs", "Apply a receipt"),
            QCoreApplication.translate(
                "receipt_dialogs", "humdoc receipts (*.receipt *.txt);;All files (*)"
            ),
        )
    if path is None:
        return None
    book = session.receipt_book()
    chosen = path

    def work(_progress: Progress, _cancelled: Cancelled) -> Applied:
        return book.apply(read_receipt(chosen))

    def done(applied: Applied) -> None:
        dialog = ReceiptAppliedDialog(session, applied, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if on_applied is not None:
            on_applied(dialog)

    _job, dialog = run_job(
        work,
        parent=parent,
        title=QCoreApplication.translate("receipt_dialogs", "Apply a receipt"),
        message=QCoreApplication.translate("receipt_dialogs", "Checking the centre's receipt…"),
        on_success=done,
        cancellable=False,
    )
    return dialog
