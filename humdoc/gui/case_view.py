"""The right-hand side of the workspace: one case's details above its tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.cases import Case
from humdoc.core.errors import HumdocError
from humdoc.core.session import Session
from humdoc.gui import dialogs, keyboard
from humdoc.gui.bidi import set_directed_text
from humdoc.gui.case_tabs import CaseTab, IncidentsTab, TestimoniesTab
from humdoc.gui.dialogs import CaseDialog
from humdoc.gui.report_dialog import ask_and_write_report
from humdoc.gui.workers import Job, JobDialog


class CaseView(QWidget):
    """Title, status, policy and description of a case, and a tab per kind of content.

    Add tabs with ``add_tab``; every tab is told the current case through ``set_case``.
    """

    #: Emitted after the case was edited; carries the case id.
    case_changed = Signal(str)
    #: Emitted after the case was deleted; carries the case id.
    case_deleted = Signal(str)
    #: Emitted when the user asks to export this case (the window opens the export dialog).
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.case: Case | None = None
        self._tabs: list[CaseTab] = []

        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.status = QLabel()
        self.status.setObjectName("badge")
        self.policy = QLabel()
        self.policy.setObjectName("badgeMuted")
        self.description = QLabel()
        self.description.setObjectName("caseDescription")
        # A title or description may have come in a bundle: show it as text, never as markup.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit case…"))
        self.delete_button = QPushButton(self.tr("Delete case…"))
        self.delete_button.setObjectName("danger")
        self.edit_button.clicked.connect(self.edit_case)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write this case into a signed, encrypted bundle"))
        self.export_button.clicked.connect(self.request_export)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setToolTip(
            self.tr("Save the custody report of this case for investigators and courts")
        )
        self.report_button.clicked.connect(self.save_report)
        self.delete_button.clicked.connect(self.delete_case)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_button)
        heading.addWidget(self.report_button)
        heading.addWidget(self.edit_button)
        heading.addWidget(self.delete_button)
        badges = QHBoxLayout()
        badges.addWidget(self.status)
        badges.addWidget(self.policy)
        badges.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.testimonies = TestimoniesTab()
        self.incidents = IncidentsTab()
        self.add_tab(self.testimonies, self.tr("Testimonies"))
        self.add_tab(self.incidents, self.tr("Incidents"))

        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(badges)
        layout.addWidget(self.description)
        layout.addWidget(self.tabs, 1)
        keyboard.switch_tabs_by_keys(self.tabs, details)

        placeholder = QLabel(self.tr("Select a case on the left, or create one."))
        placeholder.setObjectName("placeholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(placeholder)
        self.stack.addWidget(details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(self.stack)

    def add_tab(self, tab: QWidget, title: str) -> int:
        """Add a tab (a widget with ``set_case(session, case)``); returns its index."""
        if not hasattr(tab, "set_case"):
            raise TypeError("a case tab must have set_case(session, case)")
        self._tabs.append(tab)
        index = self.tabs.addTab(tab, title)
        tab.set_case(self.session, self.case)
        return index

    def set_case(self, session: Session | None, case: Case | None) -> None:
        """Show ``case`` (None: the placeholder) and pass it on to every tab."""
        self.session = session
        self.case = case if session is not None else None
        if self.case is None:
            self.stack.setCurrentIndex(0)
            for label in (self.title, self.status, self.policy, self.description):
                label.clear()
        else:
            c = self.case
            set_directed_text(self.title, c.title)
            self.status.setText(self.tr("Open") if c.status == "open" else self.tr("Closed"))
            self.policy.setText(
                self.tr("Metadata policy: {policy}").format(
                    policy=c.policy or self.tr("vault default")
                )
            )
            set_directed_text(self.description, c.description or self.tr("No description."))
            self.stack.setCurrentIndex(1)
        for button in (self.edit_button, self.delete_button, self.export_button):
            button.setEnabled(self.case is not None)
        for tab in self._tabs:
            tab.set_case(session, self.case)

    def request_export(self) -> None:
        """Ask the window to open the export dialog with this case ticked."""
        if self.case is not None:
            self.export_requested.emit(self.case.id)

    def save_report(self) -> tuple[Job, JobDialog] | None:
        """Ask where to save this case's custody report (PDF or JSON), then write it; returns
        the running job and its dialog, or None if nothing was started."""
        if self.session is None or self.case is None:
            return None
        return ask_and_write_report(self, self.session, self.case)

    def edit_case(self) -> CaseDialog | None:
        """Open the form on this case; returns the (open) dialog."""
        if self.session is None or self.case is None:
            return None
        dialog = CaseDialog(self.session, self.case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.saved is not None:
                self.set_case(self.session, dialog.saved)
                self.case_changed.emit(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def delete_case(self) -> None:
        """Delete this case, with its incidents and testimonies, after confirmation."""
        if self.session is None or self.case is None:
            return
        case = self.case
        question = self.tr(
            "Delete the case “{title}” with all its incidents and testimonies? "
            "This cannot be undone."
        ).format(title=case.title)
        if not dialogs.confirm(self, self.tr("Delete case"), question):
            return
        try:
            self.session.cases.delete(case.id)
        except HumdocError as exc:
            dialogs.show_error(self, self.tr("Delete case"), str(exc))
            return
        self.set_case(self.session, None)
        self.case_deleted.emit(case.id)
