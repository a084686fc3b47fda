"""Receipts in the window: the centre saves or shows them, the field device applies them.

Centre: after a receive, ``ReceiptsDialog`` offers each received bundle's signed receipt to save
(the receipt and its ``.minisig``) or to show as QR codes (``ReceiptQrDialog``, one code at a
time, for a device with no USB path back). The QR codes are made in memory and never written.

Field: Exchange ▸ Apply a receipt… (``apply_receipt``) checks and applies a receipt in a job, then
``ReceiptAppliedDialog`` offers to remove what the centre holds (media; testimony texts only if
ticked), again in a job. Every refusal is shown in one line, as the command line says it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.exchange.receipts import (
    Applied,
    Receipt,
    Removal,
    make_receipt,
    read_receipt,
)
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui import file_dialogs
from humdoc.gui.dialogs import show_error, show_info
from humdoc.gui.fit import fit_to_screen
from humdoc.gui.keys_dialog import qr_pixmap
from humdoc.gui.workers import JobDialog, run_job

RECEIPT_FILTER = "humdoc receipts (*.receipt *.txt);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("receipt_dialogs", text)


# --- the centre ------------------------------------------------------------------------------


class ReceiptQrDialog(QDialog):
    """A receipt as a sequence of QR codes, one shown at a time (Previous / Next)."""

    def __init__(self, receipt: Receipt, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipt as QR codes"))
        self.parts = receipt.qr_parts()
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
        self, session: Session, received: list[tuple[str, dict[str, Any]]], parent: QWidget | None
    ) -> None:
        """``received``: (bundle file name, receive summary) of each bundle received."""
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Receipts for the field"))
        self.received = received
        self.bundles = QComboBox()
        for name, summary in received:
            self.bundles.addItem(f"{name} — {summary['bundle_id']}", summary["bundle_id"])
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
        fit_to_screen(self, 560, 200)

    def receipt(self) -> Receipt:
        """The signed receipt of the bundle chosen."""
        return make_receipt(self.session.db, self.session.identity, self.bundles.currentData())

    def save_receipt(self, dest: Path | None = None) -> Path | None:
        """Write the chosen bundle's receipt to ``dest`` (or where the user chooses) and its
        signature beside it; return the receipt's path, or None if cancelled or refused."""
        name = self.received[max(self.bundles.currentIndex(), 0)][0]
        if dest is None:
            dest = file_dialogs.save_file_name(
                self, self.tr("Save receipt"), Path(name + ".receipt"), _tr(RECEIPT_FILTER)
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
    text = _tr(
        "Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. "
        "{count} item(s) marked safe at the centre in their chain of custody."
    ).format(
        centre=applied.recipient,
        bundle=applied.bundle_id,
        seq=applied.sequence,
        count=len(applied.marked),
    )
    if applied.unmarked:
        text += " " + _tr("Not marked (sent before humdoc recorded what it sent): {ids}.").format(
            ids=", ".join(applied.unmarked)
        )
    return text


def removal_text(done: Removal) -> str:
    text = _tr(
        "Removed from this device: {count} item(s), {files} file(s) crypto-erased. A "
        "tombstone and the chain of custody stay."
    ).format(count=len(done.removed), files=done.erased_blobs)
    for kept in done.kept:
        text += "\n" + _tr("Kept {kind} {id}: {reason}.").format(
            kind=kept.kind, id=kept.id, reason=kept.reason
        )
    return text


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
        path = file_dialogs.open_file_name(parent, _tr("Apply a receipt"), _tr(RECEIPT_FILTER))
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
        title=_tr("Apply a receipt"),
        message=_tr("Checking the centre's receipt…"),
        on_success=done,
        cancellable=False,
    )
    return dialog
