"""The unlocked workspace: cases (or search results) on the left, the selected case on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.cases import Case
from humdoc.core.domain.search import SearchHit
from humdoc.core.errors import HumdocError
from humdoc.core.session import Session
from humdoc.gui import keyboard
from humdoc.gui.bidi import mirror_splitter
from humdoc.gui.case_tabs import make_table
from humdoc.gui.case_view import CaseView
from humdoc.gui.dialogs import CaseDialog
from humdoc.gui.media_tab import MediaTab
from humdoc.gui.models import CasesModel, SearchModel


class Workspace(QWidget):
    """Everything shown while the vault is unlocked. ``set_session(None)`` empties it all."""

    #: Emitted with a one-line message for the status bar (search errors, counts).
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None

        self.new_case_button = QPushButton(self.tr("New case…"))
        self.new_case_button.setObjectName("primary")
        self.new_case_button.clicked.connect(self.new_case)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        keyboard.name(
            self.search_edit,
            self.tr("Search"),
            self.tr("Words of statements, titles and tags, or a witness's pseudonym code"),
        )
        self.search_edit.returnPressed.connect(lambda: self.search(self.search_edit.text()))

        self.cases_model = CasesModel()
        self.cases_view = make_table(self.cases_model, CasesModel.Column.TITLE, self.tr("Cases"))
        self.cases_view.selectionModel().selectionChanged.connect(self._case_selected)

        self.search_model = SearchModel()
        self.search_view = make_table(
            self.search_model, SearchModel.Column.MATCH, self.tr("Search results")
        )
        self.search_view.activated.connect(self.open_hit)
        self.search_label = QLabel()
        self.search_label.setObjectName("muted")
        back = QPushButton(self.tr("Back to cases"))
        back.clicked.connect(self.show_cases)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_head = QHBoxLayout()
        results_head.addWidget(self.search_label, 1)
        results_head.addWidget(back)
        results_layout.addLayout(results_head)
        results_layout.addWidget(self.search_view)

        self.left = QStackedWidget()
        self.left.addWidget(self.cases_view)
        self.left.addWidget(results)

        top = QHBoxLayout()
        top.addWidget(self.new_case_button)
        top.addStretch(1)
        top.addWidget(self.search_edit, 2)
        left_pane = QWidget()
        left_layout = QVBoxLayout(left_pane)
        left_layout.setContentsMargins(12, 12, 0, 12)
        left_layout.addLayout(top)
        left_layout.addWidget(self.left)

        self.case_view = CaseView()
        self.case_view.case_changed.connect(self._case_changed)
        self.case_view.case_deleted.connect(lambda _id: self.refresh())
        self.media = MediaTab()
        self.media.status_message.connect(self.status_message)
        self.case_view.add_tab(self.media, self.tr("Media"))
        view = self.case_view
        self.cases_menu = keyboard.context_menu(
            self.cases_view,
            [
                keyboard.button_action(b, self)
                for b in (view.export_button, view.edit_button, view.delete_button)
            ],
        )
        # A recorded testimony is a new media item: show it in the Media tab.
        self.case_view.testimonies.changed.connect(lambda _id: self.media.model.refresh())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_pane)
        split.addWidget(self.case_view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([460, 740])
        mirror_splitter(split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # --- session ----------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Show ``session``'s cases; None (on lock) drops every model's rows and typed search."""
        self.session = session
        self.search_edit.clear()
        self.search_model.clear()
        self.show_cases()
        self.case_view.set_case(session, None)
        self.cases_model.set_session(session)
        self.new_case_button.setEnabled(session is not None)
        if session is not None and self.cases_model.rowCount() > 0:
            self.cases_view.selectRow(0)

    def refresh(self) -> None:
        """Reload the cases list, keeping the selected case if it still exists."""
        current = self.case_view.case.id if self.case_view.case else None
        self.cases_model.refresh()
        if current is None or not self.select_case(current):
            self.case_view.set_case(self.session, None)

    # --- cases ------------------------------------------------------------------------------

    def _case_selected(self) -> None:
        rows = self.cases_view.selectionModel().selectedRows()
        case: Case | None = self.cases_model.record(rows[0].row()) if rows else None
        if case is not None and (self.case_view.case is None or self.case_view.case.id != case.id):
            self.case_view.set_case(self.session, case)

    def _case_changed(self, case_id: str) -> None:
        self.cases_model.refresh()
        self.select_case(case_id)

    def select_case(self, case_id: str, show_list: bool = True) -> bool:
        """Select and show ``case_id``; False if there is no such case.

        ``show_list=False`` leaves search results on the left (opening a hit keeps the others).
        """
        if show_list:
            self.show_cases()
        model, root = self.cases_model, self.cases_view.rootIndex()
        row = model.row_of(case_id)
        while row < 0 and model.canFetchMore(root):
            model.fetchMore(root)
            row = model.row_of(case_id)
        if row < 0:
            return False
        self.cases_view.selectRow(row)
        self.cases_view.scrollTo(model.index(row, 0))
        case = model.record(row)
        self.case_view.set_case(self.session, case)
        return True

    def new_case(self) -> CaseDialog | None:
        """Open the new-case form; returns the (open) dialog."""
        if self.session is None:
            return None
        dialog = CaseDialog(self.session, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.saved is not None:
                self.cases_model.refresh()
                self.select_case(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    # --- search -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self, text: str) -> list[SearchHit]:
        """Run a full-text search and show its hits in place of the cases list."""
        if self.session is None:
            return []
        try:
            hits = self.session.search(text)
        except HumdocError as exc:
            self.status_message.emit(str(exc))
            return []
        self.search_model.set_records(hits)
        self.search_label.setText(self.tr("%n result(s)", "", len(hits)))
        self.left.setCurrentIndex(1)
        if hits:
            self.search_view.selectRow(0)
        return hits

    def show_cases(self) -> None:
        """Show the cases list again instead of search results."""
        self.left.setCurrentIndex(0)

    def open_hit(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Open a search result: its case, on the tab that holds it, with it selected."""
        hit: SearchHit | None = self.search_model.record(index.row())
        if self.session is None or hit is None:
            return
        try:
            if hit.kind == "case":
                case_id = hit.ref
            elif hit.kind == "incident":
                case_id = self.session.cases.incident(hit.ref).case_id
            else:
                case_id = self.session.testimonies.get(hit.ref).case_id
        except HumdocError as exc:
            self.status_message.emit(str(exc))
            return
        view = self.case_view
        self.select_case(case_id, show_list=False)
        if hit.kind == "incident":
            view.tabs.setCurrentWidget(view.incidents)
            view.incidents.select(hit.ref)
        elif hit.kind == "testimony":
            view.tabs.setCurrentWidget(view.testimonies)
            view.testimonies.select(hit.ref)
