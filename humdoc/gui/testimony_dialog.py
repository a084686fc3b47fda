"""The testimony form: statement, interview facts, consent, violations, incidents and tags."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.taxonomy import Taxonomy
from humdoc.core.domain.testimonies import SCOPES, Testimony
from humdoc.core.session import Session
from humdoc.gui import keyboard
from humdoc.gui.bidi import follow_text_direction
from humdoc.gui.dialogs import FormDialog, date_edit, date_value, set_date_value
from humdoc.gui.fit import fit_to_screen

#: What separates tags as people type them: a comma in Latin, Arabic (،) or Burmese (၊) script.
TAG_SEPARATORS = "[,\u060c\u104a]"


def scope_label(scope: str) -> str:
    """What a consent scope means, in words a witness would be read."""
    labels = {
        "record": QCoreApplication.translate("consent", "Record the testimony"),
        "share-centre": QCoreApplication.translate(
            "consent", "Share with the documentation centre"
        ),
        "share-accountability": QCoreApplication.translate(
            "consent", "Share with accountability bodies"
        ),
        "publish-anonymised": QCoreApplication.translate("consent", "Publish anonymised"),
        "share-identity": QCoreApplication.translate("consent", "Share the witness's identity"),
    }
    return labels.get(scope, scope)


class ConsentBox(QGroupBox):
    """One checkbox per consent scope, in the fixed order of ``SCOPES``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent given by the witness"), parent)
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for scope in SCOPES:
            box = QCheckBox(
                self.tr("{label}  ({scope})").format(label=scope_label(scope), scope=scope)
            )
            box.setObjectName(f"consent-{scope}")
            self.boxes[scope] = box
            layout.addWidget(box)

    def scopes(self) -> tuple[str, ...]:
        """The ticked scopes, in ``SCOPES`` order."""
        return tuple(s for s in SCOPES if self.boxes[s].isChecked())

    def set_scopes(self, scopes: Iterable[str]) -> None:
        """Tick exactly ``scopes``."""
        wanted = set(scopes)
        for scope, box in self.boxes.items():
            box.setChecked(scope in wanted)


class ViolationPicker(QTreeWidget):
    """The violation taxonomy as a tree; every entry can be ticked on its own."""

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._add(taxonomy, None, self.invisibleRootItem())

    def _add(self, taxonomy: Taxonomy, parent: str | None, into: QTreeWidgetItem) -> None:
        for violation in taxonomy.children(parent):
            item = QTreeWidgetItem(into, [f"{violation.code}  {violation.label}"])
            item.setData(0, Qt.ItemDataRole.UserRole, violation.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.items[violation.code] = item
            self._add(taxonomy, violation.code, item)

    def codes(self) -> list[str]:
        """The ticked codes, in taxonomy order."""
        return [c for c, i in self.items.items() if i.checkState(0) == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes`` and open the branches that hold them."""
        wanted = set(codes)
        for code, item in self.items.items():
            ticked = code in wanted
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            parent = item.parent()
            if ticked and parent is not None:
                parent.setExpanded(True)


class TestimonyDialog(FormDialog):
    """Record a new testimony in a case, or edit one. ``saved`` holds the result.

    The witness cannot change once a testimony is recorded; a change of consent is recorded as a
    new consent event (the history is kept), and only when the ticks actually changed.
    """

    __test__ = False  # not a pytest class, despite the name

    def __init__(
        self,
        session: Session,
        case_id: str,
        testimony: Testimony | None,
        parent: QWidget | None,
    ) -> None:
        title = self.tr("Edit testimony") if testimony else self.tr("New testimony")
        super().__init__(title, parent)
        self.session = session
        self.case_id = case_id
        self.testimony = testimony
        self.saved: Testimony | None = None

        self.witness_edit = QLineEdit()
        self.witness_edit.setPlaceholderText(self.tr("Pseudonym code, e.g. W-017 (never a name)"))
        self.statement_edit = QPlainTextEdit()
        keyboard.text_area(self.statement_edit)
        self.statement_edit.setPlaceholderText(self.tr("The statement, in the witness's words"))
        follow_text_direction(self.statement_edit)
        self.language_edit = QLineEdit()
        self.language_edit.setPlaceholderText(self.tr("e.g. en, ar, fr"))
        self.date_edit = date_edit()
        self.interviewer_edit = QLineEdit()
        self.consent = ConsentBox()
        self.violations = ViolationPicker(session.taxonomy())
        self.incidents = QListWidget()
        for incident in session.cases.incidents(case_id):
            item = QListWidgetItem(incident.title, self.incidents)
            item.setData(Qt.ItemDataRole.UserRole, incident.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. checkpoint, night"))

        self.form.addRow(self.tr("Witness"), self.witness_edit)
        self.form.addRow(self.tr("Statement"), self.statement_edit)
        self.form.addRow(self.tr("Language"), self.language_edit)
        self.form.addRow(self.tr("Interview date"), self.date_edit)
        self.form.addRow(self.tr("Interviewer"), self.interviewer_edit)
        links = QHBoxLayout()
        violations_box = QGroupBox(self.tr("Violations"))
        QVBoxLayout(violations_box).addWidget(self.violations)
        incidents_box = QGroupBox(self.tr("Incidents"))
        QVBoxLayout(incidents_box).addWidget(self.incidents)
        links.addWidget(violations_box, 3)
        links.addWidget(incidents_box, 2)
        self.form.addRow(self.consent)
        self.form.addRow(links)
        self.form.addRow(self.tr("Tags"), self.tags_edit)
        if testimony is not None:
            self._fill(testimony)
        fit_to_screen(self, 760, 820)

    def _fill(self, testimony: Testimony) -> None:
        self.witness_edit.setText(testimony.witness_code)
        self.witness_edit.setReadOnly(True)
        self.statement_edit.setPlainText(testimony.statement)
        self.language_edit.setText(testimony.language)
        set_date_value(self.date_edit, testimony.interview_date)
        self.interviewer_edit.setText(testimony.interviewer)
        self.consent.set_scopes(testimony.consent.scopes)
        self.violations.set_codes(testimony.violations)
        linked = set(testimony.incidents)
        for row in range(self.incidents.count()):
            item = self.incidents.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tags_edit.setText(", ".join(testimony.tags))

    def incident_ids(self) -> list[str]:
        """The ids of the ticked incidents."""
        items = (self.incidents.item(row) for row in range(self.incidents.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def tags(self) -> list[str]:
        """The tags typed, split on commas: the Latin one, the Arabic "،" and the Burmese "၊"
        (core cleans and de-duplicates them)."""
        return [t for t in re.split(TAG_SEPARATORS, self.tags_edit.text()) if t.strip()]

    def save(self) -> None:
        testimonies = self.session.testimonies
        interviewer = self.interviewer_edit.text()
        if self.testimony is None:
            self.saved = testimonies.add(
                self.case_id,
                self.witness_edit.text(),
                self.statement_edit.toPlainText(),
                language=self.language_edit.text(),
                interview_date=date_value(self.date_edit),
                interviewer=interviewer,
                consent=self.consent.scopes(),
                violations=self.violations.codes(),
                incidents=self.incident_ids(),
                tags=self.tags(),
            )
            return
        tid = self.testimony.id
        updated = testimonies.update(
            tid,
            statement=self.statement_edit.toPlainText(),
            language=self.language_edit.text(),
            interview_date=date_value(self.date_edit) or "",
            interviewer=interviewer,
            violations=self.violations.codes(),
            incidents=self.incident_ids(),
            tags=self.tags(),
        )
        if self.consent.scopes() != self.testimony.consent.scopes:
            testimonies.record_consent(tid, self.consent.scopes(), interviewer or "documenter")
            updated = testimonies.get(tid)
        self.saved = updated
