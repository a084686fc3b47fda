"""Small dialogs: messages, confirmations, and the case and incident forms.

Form dialogs save through the ``Session`` in ``accept()``; a ``HumdocError`` is shown inline in
one line and the dialog stays open, so nothing the user typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.cases import STATUSES, Case, Incident
from humdoc.core.errors import HumdocError
from humdoc.core.session import Session
from humdoc.gui import keyboard
from humdoc.gui.bidi import follow_text_direction
from humdoc.gui.fit import fit_to_screen, scrolling
from humdoc.gui.policy_text import add_policy_items, policy_label

#: The earliest date a date field accepts; showing it means "no date".
NO_DATE = QDate(1900, 1, 1)


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Show ``message`` (normally ``str(HumdocError)``) in a window-modal box; does not block."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    # An error may quote a received bundle or a record: shown as text, never as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Show an informational message in a window-modal box; does not block."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question (blocking); True if the user chose Yes. Tests replace this."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def monospace(point_size: int = 0) -> QFont:
    """A fixed-width font (for keys, fingerprints and hashes)."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    if point_size:
        font.setPointSize(point_size)
    return font


class _DateEdit(QDateEdit):
    """A date field Tab leaves at once (arrow keys move between year, month and day).

    Qt's own moves Tab from section to section, and on "Unknown" never out of the field.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_edit() -> QDateEdit:
    """A date field with a calendar whose lowest value reads "Unknown" and means no date."""
    edit = _DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("dialogs", "Unknown"))
    edit.setDate(NO_DATE)
    return edit


def date_value(edit: QDateEdit) -> str | None:
    """The ISO date in ``edit``, or None when it shows "Unknown"."""
    value = edit.date()
    return None if value == NO_DATE else value.toString("yyyy-MM-dd")


def set_date_value(edit: QDateEdit, iso: str | None) -> None:
    """Show an ISO date (or date-time) in ``edit``; None or unreadable shows "Unknown"."""
    parsed = QDate.fromString((iso or "")[:10], "yyyy-MM-dd")
    edit.setDate(parsed if parsed.isValid() else NO_DATE)


class FormDialog(QDialog):
    """A form with OK/Cancel and a one-line inline error. Subclasses implement ``save()``."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # errors may quote what a bundle holds
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The form scrolls on a small screen; the error and OK/Cancel stay in view below it.
        self.form_area = scrolling(self.form)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._focus_placed = False

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the dialog shows, the keyboard focus is in the form's first field.

        OK/Cancel come first in the focus chain (they exist before the subclass adds its
        fields), so Qt would give OK the focus: what a person typed at once then went nowhere,
        and a space pressed OK. A field a subclass focused itself keeps the focus.
        """
        super().showEvent(event)
        if self._focus_placed:
            return
        self._focus_placed = True
        focused = self.focusWidget()
        if focused is not None and focused not in self.buttons.buttons():
            return
        field = keyboard.first_tab_stop(self.form_area)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def save(self) -> None:
        """Write the form through the Session; raise ``HumdocError`` to keep the dialog open."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save; close on success, otherwise show the error inline and stay open."""
        try:
            self.save()
        except HumdocError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class CaseDialog(FormDialog):
    """Create a case, or edit one when ``case`` is given. ``saved`` holds the result."""

    def __init__(self, session: Session, case: Case | None, parent: QWidget | None) -> None:
        super().__init__(self.tr("Edit case") if case else self.tr("New case"), parent)
        self.session = session
        self.case = case
        self.saved: Case | None = None
        self.title_edit = QLineEdit(case.title if case else "")
        self.title_edit.setPlaceholderText(self.tr("A short name for the investigation"))
        self.description_edit = QPlainTextEdit(case.description if case else "")
        keyboard.text_area(self.description_edit)
        follow_text_direction(self.description_edit)
        self.status_combo = QComboBox()
        for status in STATUSES:
            self.status_combo.addItem(
                self.tr("Open") if status == "open" else self.tr("Closed"), status
            )
        self.policy_combo = QComboBox()
        vault_default = str(session.settings.default_policy)
        self.policy_combo.addItem(
            self.tr("Vault default: {label}").format(label=policy_label(vault_default)), None
        )
        add_policy_items(self.policy_combo)
        if case is not None:
            self.status_combo.setCurrentIndex(STATUSES.index(case.status))
            self.policy_combo.setCurrentIndex(self.policy_combo.findData(case.policy))
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Description"), self.description_edit)
        if case is not None:
            self.form.addRow(self.tr("Status"), self.status_combo)
        self.form.addRow(self.tr("Metadata policy"), self.policy_combo)
        fit_to_screen(self, 480, 320)

    def save(self) -> None:
        policy = self.policy_combo.currentData()
        if self.case is None:
            self.saved = self.session.cases.create(
                self.title_edit.text(), self.description_edit.toPlainText(), policy
            )
        else:
            self.saved = self.session.cases.update(
                self.case.id,
                title=self.title_edit.text(),
                description=self.description_edit.toPlainText(),
                status=self.status_combo.currentData(),
                policy=policy,
            )


class IncidentDialog(FormDialog):
    """Add an incident to a case. ``saved`` holds the result."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("New incident"), parent)
        self.session = session
        self.case_id = case_id
        self.saved: Incident | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.description_edit = QPlainTextEdit()
        keyboard.text_area(self.description_edit)
        follow_text_direction(self.description_edit)
        self.from_edit = date_edit()
        self.to_edit = date_edit()
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("Coarse is safer: district or town"))
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Description"), self.description_edit)
        self.form.addRow(self.tr("From"), self.from_edit)
        self.form.addRow(self.tr("To"), self.to_edit)
        self.form.addRow(self.tr("Location"), self.location_edit)
        fit_to_screen(self, 480, 360)

    def save(self) -> None:
        self.saved = self.session.cases.add_incident(
            self.case_id,
            self.title_edit.text(),
            self.description_edit.toPlainText(),
            date_value(self.from_edit),
            date_value(self.to_edit),
            self.location_edit.text(),
        )
