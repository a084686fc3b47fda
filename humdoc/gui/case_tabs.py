"""The tabs of a case: its testimonies (list + reader) and its incidents.

A tab is any widget with ``set_case(session, case)``; ``CaseView.add_tab`` takes more of them
(Media, Export) without changes here.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.cases import Case
from humdoc.core.domain.testimonies import Testimony
from humdoc.core.errors import HumdocError
from humdoc.core.session import Session
from humdoc.gui import dialogs, keyboard
from humdoc.gui.bidi import DirectedTextDelegate, facts_table
from humdoc.gui.dialogs import IncidentDialog
from humdoc.gui.i18n import locale_date
from humdoc.gui.identity_dialogs import IdentityDialog
from humdoc.gui.models import IncidentsModel, RecordModel, TestimoniesModel
from humdoc.gui.testimony_dialog import TestimonyDialog, scope_label

if TYPE_CHECKING:
    from humdoc.gui.record_dialog import RecordDialog


class CaseTab(Protocol):
    """What ``CaseView`` needs of a tab: to be told which case to show (None: nothing)."""

    def set_case(self, session: Session | None, case: Case | None) -> None: ...


class RecordTable(QTableView):
    """A table of records, one selected row at a time."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down or Up with no row selected selects the row the focus is on.

        Qt makes the first row current, unselected, when Tab brings the focus to the table: Down
        then skipped it (it selected the second), and a one-row list, such as the one case a
        centre has just received, could not be opened by the arrow keys at all.
        """
        current = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and current.isValid()
            and not self.selectionModel().hasSelection()
        ):
            self.selectRow(current.row())
            return
        super().keyPressEvent(event)

    def selectRow(self, row: int) -> None:
        """Select ``row`` (and make it current). QTableView's own selects nothing when the layout
        is right to left: it looks for the first column one pixel past the viewport's edge."""
        model = self.model()
        root = self.rootIndex()
        if model is None or not 0 <= row < model.rowCount(root):
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(model.index(row, 0, root), flags)


def make_table(model: RecordModel, stretch_column: int, name: str) -> QTableView:
    """A row-selecting, read-only table view over ``model``, named ``name`` for screen readers.

    Tab moves on to the next control (arrow keys move between rows), so a table is no trap.
    """
    view = RecordTable()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setItemDelegate(DirectedTextDelegate(view))
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """The buttons, left-aligned."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class TestimoniesTab(QWidget):
    """The testimonies of a case, and the selected one shown in full below the list."""

    __test__ = False  # not a pytest class, despite the name

    #: Emitted after a testimony was added, edited or deleted; carries the testimony id.
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.case: Case | None = None
        self.model = TestimoniesModel()
        self.view = make_table(
            self.model, TestimoniesModel.Column.STATEMENT, self.tr("Testimonies of the case")
        )
        self.view.doubleClicked.connect(lambda _index: self.edit_testimony())
        self.reader = QTextBrowser()
        self.reader.setObjectName("testimonyReader")
        keyboard.text_area(self.reader, self.tr("Statement of the selected testimony"))
        # Never fetch anything a statement might link to.
        self.reader.setOpenLinks(False)
        self.reader.setOpenExternalLinks(False)
        self.new_button = QPushButton(self.tr("New testimony…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.identity_button = QPushButton(self.tr("Identity…"))
        self.identity_button.setToolTip(
            self.tr("The witness's real identity, kept in the identity compartment")
        )
        self.record_button = QPushButton(self.tr("Record…"))
        self.record_button.setToolTip(
            self.tr("Record the witness speaking; the sound goes straight into the vault")
        )
        self.record_button.clicked.connect(lambda _checked=False: self.record_testimony())
        self.record_dialog: RecordDialog | None = None
        self.new_button.clicked.connect(self.new_testimony)
        self.edit_button.clicked.connect(self.edit_testimony)
        self.delete_button.clicked.connect(self.delete_testimony)
        self.identity_button.clicked.connect(self.open_identity)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.reader)
        split.setSizes([220, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(
            button_row(
                self.new_button,
                self.edit_button,
                self.record_button,
                self.delete_button,
                self.identity_button,
            )
        )
        layout.addWidget(split)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        keyboard.on_enter(self.view, self.edit_testimony)  # as a double-click
        self.context_menu = keyboard.context_menu(
            self.view,
            [
                keyboard.button_action(b, self)
                for b in (self.edit_button, self.delete_button, self.identity_button)
            ],
        )
        self.model.modelReset.connect(self._show_selected)
        self._update_buttons()

    def set_case(self, session: Session | None, case: Case | None) -> None:
        """Show the testimonies of ``case``."""
        self.session, self.case = session, case
        self.model.set_case(session, case.id if case else None)

    def current(self) -> Testimony | None:
        """The selected testimony, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, testimony_id: str) -> bool:
        """Select ``testimony_id`` (fetching pages as needed); False if the case has no such."""
        row = self.model.row_of(testimony_id)
        while row < 0 and self.model.canFetchMore(self.view.rootIndex()):
            self.model.fetchMore(self.view.rootIndex())
            row = self.model.row_of(testimony_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        has_case = self.case is not None
        has_current = self.current() is not None
        self.new_button.setEnabled(has_case)
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)
        self.identity_button.setEnabled(has_current)
        self.record_button.setEnabled(has_current)

    def _show_selected(self) -> None:
        self._update_buttons()
        testimony = self.current()
        if testimony is None or self.session is None:
            self.reader.clear()
            return
        self.reader.setHtml(self._render(testimony))

    def _render(self, t: Testimony) -> str:
        assert self.session is not None
        esc = html.escape
        taxonomy = self.session.taxonomy()
        violations = [
            f"{esc(code)} {esc(v.label) if (v := taxonomy.get(code)) else ''}"
            for code in t.violations
        ]
        consent = [esc(scope_label(s)) for s in t.consent.scopes]
        facts = [
            (self.tr("Witness"), esc(t.witness_code)),
            (self.tr("Interview date"), esc(locale_date(t.interview_date))),
            (self.tr("Language"), esc(t.language or "—")),
            (self.tr("Interviewer"), esc(t.interviewer or "—")),
            (self.tr("Consent"), "<br>".join(consent) or self.tr("None recorded")),
            (self.tr("Violations"), "<br>".join(violations) or "—"),
            (self.tr("Tags"), esc(QLocale().createSeparatedList(list(t.tags))) or "—"),
        ]
        # One block per paragraph: each takes its direction (and side) from its own text.
        statement = "".join(
            "<p>{}</p>".format(esc(p.strip("\n")).replace("\n", "<br>"))
            for p in re.split(r"\n[ \t]*\n", t.statement)
            if p.strip()
        )
        return (
            "<style>td{padding:2px 12px 2px 0;vertical-align:top} td.k{color:#5b6670}</style>"
            f"{facts_table(facts)}<hr>{statement}"
        )

    def new_testimony(self) -> TestimonyDialog | None:
        """Open the form for a new testimony in this case; returns the (open) dialog."""
        if self.session is None or self.case is None:
            return None
        return self._open(TestimonyDialog(self.session, self.case.id, None, self))

    def edit_testimony(self) -> TestimonyDialog | None:
        """Open the form on the selected testimony; returns the (open) dialog."""
        testimony = self.current()
        if self.session is None or self.case is None or testimony is None:
            return None
        return self._open(TestimonyDialog(self.session, self.case.id, testimony, self))

    def _open(self, dialog: TestimonyDialog) -> TestimonyDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.saved is not None:
                self.model.refresh()
                self.select(dialog.saved.id)
                self.changed.emit(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def record_testimony(self, source: str = "microphone") -> RecordDialog | None:
        """Open the recorder on the selected testimony; returns the (open) dialog.

        ``source`` is ``"synthetic"`` for a test voice where there is no microphone.
        """
        from humdoc.gui.record_dialog import RecordDialog  # loads Qt Multimedia when first used

        testimony = self.current()
        if self.session is None or testimony is None:
            return None
        dialog = RecordDialog(self.session, testimony.id, source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _item: self.changed.emit(testimony.id))
        dialog.destroyed.connect(lambda: setattr(self, "record_dialog", None))
        self.record_dialog = dialog
        dialog.open()
        return dialog

    def open_identity(self) -> IdentityDialog | None:
        """Ask for the compartment passphrase, then show the selected witness's real identity.

        Returns the (open) dialog; None without a selection or an identity compartment.
        """
        testimony = self.current()
        if self.session is None or testimony is None:
            return None
        if not self.session.identities.exists():
            dialogs.show_info(
                self,
                self.tr("Identity"),
                self.tr(
                    "This vault has no identity compartment yet. Create one with "
                    "Vault ▸ Identity compartment… to record witnesses' real identities."
                ),
            )
            return None
        dialog = IdentityDialog(self.session, testimony.witness_id, testimony.witness_code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_testimony(self) -> None:
        """Delete the selected testimony after confirmation."""
        testimony = self.current()
        if self.session is None or testimony is None:
            return
        question = self.tr(
            "Delete the testimony of {code}? Its statement is overwritten and cannot be recovered."
        ).format(code=testimony.witness_code)
        if not dialogs.confirm(self, self.tr("Delete testimony"), question):
            return
        try:
            self.session.testimonies.delete(testimony.id)
        except HumdocError as exc:
            dialogs.show_error(self, self.tr("Delete testimony"), str(exc))
            return
        self.model.refresh()
        self.changed.emit(testimony.id)


class IncidentsTab(QWidget):
    """The incidents of a case."""

    #: Emitted after an incident was added or deleted; carries the incident id.
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.case: Case | None = None
        self.model = IncidentsModel()
        self.view = make_table(
            self.model, IncidentsModel.Column.TITLE, self.tr("Incidents of the case")
        )
        self.new_button = QPushButton(self.tr("New incident…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_incident)
        self.delete_button.clicked.connect(self.delete_incident)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(button_row(self.new_button, self.delete_button))
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.context_menu = keyboard.context_menu(
            self.view, [keyboard.button_action(self.delete_button, self)]
        )
        self._update_buttons()

    def set_case(self, session: Session | None, case: Case | None) -> None:
        """Show the incidents of ``case``."""
        self.session, self.case = session, case
        self.model.set_case(session, case.id if case else None)

    def select(self, incident_id: str) -> bool:
        """Select ``incident_id``; False if this case has no such incident."""
        row = self.model.row_of(incident_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.case is not None)
        self.delete_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def new_incident(self) -> IncidentDialog | None:
        """Open the form for a new incident in this case; returns the (open) dialog."""
        if self.session is None or self.case is None:
            return None
        dialog = IncidentDialog(self.session, self.case.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.saved is not None and self.session is not None:
                self.model.set_case(self.session, dialog.saved.case_id)
                self.select(dialog.saved.id)
                self.changed.emit(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def delete_incident(self) -> None:
        """Delete the selected incident after confirmation."""
        rows = self.view.selectionModel().selectedRows()
        if self.session is None or self.case is None or not rows:
            return
        incident = self.model.record(rows[0].row())
        question = self.tr("Delete the incident “{title}”?").format(title=incident.title)
        if not dialogs.confirm(self, self.tr("Delete incident"), question):
            return
        try:
            self.session.cases.delete_incident(incident.id)
        except HumdocError as exc:
            dialogs.show_error(self, self.tr("Delete incident"), str(exc))
            return
        self.model.set_case(self.session, self.case.id)
        self.changed.emit(incident.id)
