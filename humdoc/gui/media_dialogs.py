"""The Media tab's dialogs: the import report, "Export copy…" and the chain of custody."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError, InvalidInput
from humdoc.core.intake import ImportReport
from humdoc.core.mediaitems import MediaItem
from humdoc.core.session import Session
from humdoc.gui import file_dialogs, keyboard
from humdoc.gui.case_tabs import make_table
from humdoc.gui.dialogs import FormDialog, monospace
from humdoc.gui.fit import fit_to_screen
from humdoc.gui.media_model import CustodyModel
from humdoc.gui.policy_text import add_policy_items


class ImportReportDialog(QDialog):
    """What an import did: how many files came in, each refused file with its reason, warnings."""

    def __init__(self, report: ImportReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.report = report
        self.text = QTextBrowser()
        keyboard.text_area(self.text, self.tr("Import report"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.report_html(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 360)

    def report_html(self, report: ImportReport) -> str:
        """The report as simple HTML (every name and reason escaped)."""
        esc = html.escape
        imported = self.tr("%n file(s) imported and sealed.", "", len(report.imported))
        parts = [f"<p><b>{esc(imported)}</b></p>"]
        if report.failed:
            refused = self.tr("%n file(s) refused:", "", len(report.failed))
            parts.append(f"<p>{esc(refused)}</p><ul>")
            parts += [
                f"<li><b>{esc(name)}</b>: {esc(reason)}</li>" for name, reason in report.failed
            ]
            parts.append("</ul>")
        if report.warnings:
            warnings = self.tr("Warnings:")
            parts.append(f"<p>{esc(warnings)}</p><ul>")
            parts += [
                f"<li><b>{esc(name)}</b>: {esc(warning)}</li>" for name, warning in report.warnings
            ]
            parts.append("</ul>")
        return "".join(parts)

    def plain_text(self) -> str:
        """The report as shown, without markup (for tests and copying)."""
        return self.text.toPlainText()


class ExportCopyDialog(FormDialog):
    """Choose which copy of an item to save (original or a policy copy) and where.

    On OK, ``on_accept(policy, path)`` is called (policy None: the copy the vault holds sealed,
    named for what it is: the original, or at a centre the cleaned copy it received); it starts
    the extraction and the dialog closes.
    """

    def __init__(
        self,
        item: MediaItem,
        default_policy: str,
        on_accept: Callable[[str | None, Path], object],
        parent: QWidget | None,
    ) -> None:
        super().__init__(self.tr("Export a copy"), parent)
        self.item = item
        self.on_accept = on_accept
        self.copy_combo = QComboBox()
        sealed = {
            "original": self.tr("The original, untouched (all its metadata)"),
            "evidence copy": self.tr("The evidence copy this vault received (not the original)"),
            "strip copy": self.tr("The stripped copy this vault received (not the original)"),
            "copy sealed without location": self.tr(
                "The copy sealed at intake, location removed (not the original)"
            ),
        }
        self.copy_combo.addItem(sealed.get(item.sealed_name, item.sealed_name), None)
        add_policy_items(self.copy_combo, ("evidence", "strip"))
        index = self.copy_combo.findData(default_policy)
        self.copy_combo.setCurrentIndex(max(index, 0))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Where to save the copy"))
        keyboard.name(self.path_edit, self.tr("File to save the copy to"))
        browse = QPushButton(self.tr("Choose…"))
        keyboard.name(browse, self.tr("Choose the file to save the copy to"))
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.warning = QLabel()
        self.warning.setObjectName("inlineError")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # errors may quote what a bundle holds
        self.warning.setWordWrap(True)
        name_label = QLabel(item.original_name)
        name_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        self.form.addRow(self.tr("Item"), name_label)
        self.form.addRow(self.tr("Copy"), self.copy_combo)
        self.form.addRow(self.tr("Save as"), path_row)
        self.form.addRow(self.warning)
        self.copy_combo.currentIndexChanged.connect(self._update_warning)
        self._update_warning()
        fit_to_screen(self, 520, 220)

    def policy(self) -> str | None:
        """The chosen copy: None for the original, else the policy name."""
        value = self.copy_combo.currentData()
        return str(value) if value else None

    def suggested_name(self) -> str:
        """A file name that does not repeat the original's (it may identify someone)."""
        policy = self.policy()
        if policy is None:
            return f"{self.item.id}.{self.item.extension}"
        return f"{self.item.id}-{policy}.{self.item.extension}"

    def choose_path(self) -> None:
        """Ask where to save the copy (a file dialog; nothing about it is remembered)."""
        path = file_dialogs.save_file_name(
            self, self.tr("Save the copy as"), Path.home() / self.suggested_name()
        )
        if path is not None:
            self.path_edit.setText(str(path))

    def _update_warning(self) -> None:
        meta = self.item.metadata
        risky = self.policy() is None and (
            meta.get("gps") or meta.get("serial") or meta.get("artist") or meta.get("owner")
        )
        self.warning.setText(
            self.tr(
                "The original carries its location, serial number or names. "
                "Hand it over only where that is safe."
            )
            if risky
            else ""
        )
        self.warning.setVisible(bool(risky))

    def save(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            raise InvalidInput(self.tr("Choose where to save the copy."))
        self.on_accept(self.policy(), Path(text))


class CustodyDialog(QDialog):
    """An item's chain of custody, entry by entry, and whether the whole chain verifies."""

    def __init__(self, session: Session, item: MediaItem, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chain of custody — {name}").format(name=item.original_name))
        self.model = CustodyModel()
        self.view = make_table(self.model, CustodyModel.Column.HASH, self.tr("Chain of custody"))
        self.view.setFont(monospace())
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # problems may quote received data
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.problems: list[str] = []
        self._load(session, item)
        fit_to_screen(self, 980, 380)

    def _load(self, session: Session, item: MediaItem) -> None:
        try:
            report = session.custody_report(item.id)
            events = report.events
            # the one problem core names for an empty chain, in the interface's language
            self.problems = report.problems if events else [self.tr("the chain is empty")]
            own = session.device_keys.fingerprint()
            names = session.device_names()
        except HumdocError as exc:
            events, own, names = [], "", {}
            self.problems = [str(exc)]
        names[own] = self.tr("this device")
        self.model.set_chain(events, names)
        if self.problems:
            self.status.setObjectName("inlineError")
            self.status.setText(
                self.tr("Chain broken: {problem}").format(problem="; ".join(self.problems))
            )
        else:
            self.status.setObjectName("chainOk")
            self.status.setText(
                self.tr(
                    "Chain verified: %n entries, every hash link and device signature checks.",
                    "",
                    len(events),
                )
            )

    def verified(self) -> bool:
        """True if the chain verified."""
        return not self.problems

    def done(self, result: int) -> None:
        self.model.clear()
        super().done(result)
