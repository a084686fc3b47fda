"""Witnesses' real identities: the compartment itself (create it, change its passphrase), one
witness's identity (unlock, show, edit, delete), and the passphrase prompt export and receive use.

The compartment passphrase is typed into a no-echo field, read once, the field cleared at once,
and the bytes handed to core; nothing here keeps it. Argon2id takes about a second by design, so
every unlock, creation and rewrap runs as a job. An identity is shown only inside
``IdentityDialog``: never in a table, the search, the status bar or the clipboard. That dialog
holds the open compartment for as long as it is open, and wipes the key and clears its fields
when it closes (also when the vault locks, which closes every dialog).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.identities import IdentityRecord, OpenCompartment
from humdoc.core.errors import HumdocError, InvalidInput, WrongPassphrase
from humdoc.core.passphrases import require_strong
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui import dialogs, keyboard
from humdoc.gui.dialogs import FormDialog, show_info
from humdoc.gui.fields import password_field
from humdoc.gui.fit import fit_to_screen
from humdoc.gui.i18n import join_sentences
from humdoc.gui.keyguard import guard_secret_fields
from humdoc.gui.passphrase_meter import NewPassphraseRow
from humdoc.gui.workers import JobDialog, run_job


def inline_error() -> QLabel:
    """A hidden one-line error label, styled like every other inline error."""
    label = QLabel()
    label.setObjectName("inlineError")
    label.setTextFormat(Qt.TextFormat.PlainText)  # errors may quote what a bundle holds
    label.setWordWrap(True)
    label.hide()
    return label


def _message(exc: HumdocError, wrong: str) -> str:
    # Every field here asks for one passphrase only: "Wrong passphrase." is unambiguous.
    return wrong if isinstance(exc, WrongPassphrase) else str(exc)


class PassphrasePrompt(QDialog):
    """Asks once for the identity-compartment passphrase, before a job that needs it starts.

    OK emits ``answered`` with the bytes typed; Skip (when offered) emits it with None; Cancel
    emits nothing. The field is cleared as soon as it is read.
    """

    #: Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.
    answered = Signal(object)

    def __init__(
        self, title: str, message: str, parent: QWidget | None, skip_text: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.passphrase = password_field(self.tr("Identity-compartment passphrase"))
        self.error = inline_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.skip_button: QPushButton | None = None
        if skip_text is not None:
            self.skip_button = self.buttons.addButton(
                skip_text, QDialogButtonBox.ButtonRole.ActionRole
            )
            self.skip_button.clicked.connect(self.skip)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        guard_secret_fields(self, self.passphrase)

    def accept(self) -> None:
        """Read and clear the field; an empty one keeps the prompt open."""
        secret = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        if not secret:
            self.error.setText(self.tr("Type the identity-compartment passphrase."))
            self.error.show()
            return
        super().accept()
        self.answered.emit(secret)

    def skip(self) -> None:
        """Go on without the passphrase."""
        self.passphrase.clear()
        super().accept()
        self.answered.emit(None)

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)


def held_secret(secret: bytes | None) -> Callable[[], bytes] | None:
    """``secret`` as core's ``identity_passphrase`` callable, or None when there is none.

    The bytes were captured on the GUI thread; returning them touches no widget, so the callable
    is safe on a worker thread.
    """
    if secret is None:
        return None
    held = secret

    def give() -> bytes:
        return held

    return give


def ask_identity_passphrase(
    parent: QWidget | None, title: str, message: str, skip_text: str | None = None
) -> PassphrasePrompt:
    """Open a (window-modal) ``PassphrasePrompt``; connect to its ``answered`` signal."""
    prompt = PassphrasePrompt(title, message, parent, skip_text)
    prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    prompt.open()
    return prompt


class CompartmentDialog(FormDialog):
    """Vault ▸ Identity compartment…: create the compartment, or change its passphrase.

    OK runs the Argon2id work in a job; the dialog stays open until it succeeded, and a refusal
    (the vault's own passphrase, a wrong current passphrase) is shown inline. ``creating``
    tells which of the two this dialog does.
    """

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        self.creating = not session.identities.exists()
        super().__init__(
            self.tr("Create identity compartment")
            if self.creating
            else self.tr("Change identity-compartment passphrase"),
            parent,
        )
        self.session = session
        self.job_dialog: JobDialog | None = None
        self.explanation = QLabel(
            self.tr(
                "The identity compartment keeps witnesses' real names, contacts and notes "
                "under a passphrase of its own, different from the vault's: someone made to "
                "unlock the vault still cannot read them. The passphrase cannot be recovered: "
                "lose it and the identities in the compartment are lost."
            )
            if self.creating
            else self.tr(
                "Only the compartment's key is rewrapped; the identities in it stay as they are."
            )
        )
        self.explanation.setWordWrap(True)
        self.form.addRow(self.explanation)
        self.old = password_field(self.tr("Current compartment passphrase"))
        self.new = password_field(self.tr("New compartment passphrase"))
        self.again = password_field(self.tr("The same passphrase again"))
        if not self.creating:
            self.form.addRow(self.tr("Current"), self.old)
        self.new_row = NewPassphraseRow(self.new, self.again, ("identity", "compartment"))
        self.form.addRow(
            self.tr("New") if not self.creating else self.tr("Passphrase"), self.new_row
        )
        self.form.addRow(self.tr("Confirm"), self.again)
        self.new_row.order_tabs()
        fit_to_screen(self, 480, 220)
        guard_secret_fields(self, *(f for f in self._fields() if f.parent() is not None))

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.old, self.new, self.again)

    def accept(self) -> None:
        """Check the fields, clear them, and start the job; errors show inline."""
        old = self.old.text().encode("utf-8")
        new = self.new.text().encode("utf-8")
        again = self.again.text().encode("utf-8")
        for field in self._fields():
            field.clear()
        try:
            if new != again:
                raise InvalidInput(self.tr("The two new passphrases differ; type them again."))
            if not new:
                raise InvalidInput(self.tr("The new passphrase must not be empty."))
            require_strong(new, ("identity", "compartment"))
        except HumdocError as exc:
            self._fail(exc)
            return
        self.error.hide()
        self.job_dialog = self._start(old, new)

    def _start(self, old: bytes, new: bytes) -> JobDialog:
        identities, creating = self.session.identities, self.creating
        title = self.windowTitle()

        def work(progress: Progress, cancelled: Cancelled) -> None:
            if creating:
                identities.create(new)
            else:
                identities.change_passphrase(old, new)

        def done(_result: object) -> None:
            parent = self.parentWidget()
            self.done(QDialog.DialogCode.Accepted)
            show_info(
                parent,
                title,
                self.tr(
                    "The identity compartment is created. Keep its passphrase apart from the "
                    "vault's; it cannot be recovered."
                )
                if creating
                else self.tr("The compartment passphrase is changed. Use the new one from now on."),
            )

        # Argon2id cannot stop half-way, so this job has no Cancel button.
        _job, dialog = run_job(
            work,
            parent=self,
            title=title,
            message=self.tr("Sealing the identity key…"),
            on_success=done,
            on_failure=self._fail,
            cancellable=False,
        )
        return dialog

    def _fail(self, exc: HumdocError) -> None:
        self.error.setText(_message(exc, self.tr("Wrong passphrase.")))
        self.error.show()

    def done(self, result: int) -> None:
        for field in self._fields():
            field.clear()
        super().done(result)


class IdentityDialog(QDialog):
    """One witness's real identity: first the compartment passphrase, then name, contact, notes.

    The compartment is opened (in a job) for this dialog only and closed, its key wiped, when
    the dialog closes; the fields are cleared then too. Save stores the identity and closes;
    Delete… removes it after confirmation.
    """

    #: Emitted with the person id after the identity was saved or deleted (never its content).
    changed = Signal(str)

    def __init__(
        self, session: Session, person_id: str, person_code: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.person_code = person_code
        self.compartment: OpenCompartment | None = None
        self.job_dialog: JobDialog | None = None
        self._closed = False
        self._has_record = False
        self.setWindowTitle(self.tr("Identity of {code}").format(code=person_code))
        self.pages = QStackedWidget()

        # --- unlock page
        recorded = person_id in session.identities.person_ids()
        self.unlock_message = QLabel(
            join_sentences(
                self.tr(
                    "The real identity of {code} is kept in the identity compartment. Its "
                    "passphrase opens it for this window only."
                ).format(code=person_code),
                self.tr("An identity is recorded.")
                if recorded
                else self.tr("No identity is recorded yet."),
            )
        )
        self.unlock_message.setWordWrap(True)
        self.passphrase = password_field(self.tr("Identity-compartment passphrase"))
        self.unlock_error = inline_error()
        self.unlock_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.unlock_buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("primary")
        self.open_button.setDefault(True)
        self.unlock_buttons.accepted.connect(self.unlock)
        self.unlock_buttons.rejected.connect(self.reject)
        unlock_page = QWidget()
        ul = QVBoxLayout(unlock_page)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.unlock_message)
        ul.addWidget(self.passphrase)
        ul.addWidget(self.unlock_error)
        ul.addStretch(1)
        ul.addWidget(self.unlock_buttons)

        # --- identity page
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Full name, as the witness gave it"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Telephone, address or go-between"))
        self.notes_edit = QPlainTextEdit()
        keyboard.text_area(self.notes_edit)
        self.error = inline_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        self.delete_button = self.buttons.addButton(
            self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_identity)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        identity_page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Contact"), self.contact_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        il = QVBoxLayout(identity_page)
        il.setContentsMargins(0, 0, 0, 0)
        il.addLayout(form)
        il.addWidget(self.error)
        il.addWidget(self.buttons)

        self.pages.addWidget(unlock_page)
        self.pages.addWidget(identity_page)
        QVBoxLayout(self).addWidget(self.pages)
        fit_to_screen(self, 460, 200)
        guard_secret_fields(unlock_page, self.passphrase)

    # --- unlock ---------------------------------------------------------------------------

    def unlock(self) -> JobDialog | None:
        """Open the compartment with the typed passphrase in a job (the field is cleared)."""
        secret = self.passphrase.text().encode("utf-8")
        self.passphrase.clear()
        if not secret:
            self.unlock_error.setText(self.tr("Type the identity-compartment passphrase."))
            self.unlock_error.show()
            return None
        self.unlock_error.hide()
        identities = self.session.identities

        def work(progress: Progress, cancelled: Cancelled) -> OpenCompartment:
            return identities.open(secret)

        _job, self.job_dialog = run_job(
            work,
            parent=self,
            title=self.windowTitle(),
            message=self.tr("Opening the identity compartment…"),
            on_success=self._opened,
            on_failure=self._unlock_failed,
            cancellable=False,
        )
        return self.job_dialog

    def _unlock_failed(self, exc: HumdocError) -> None:
        self.unlock_error.setText(_message(exc, self.tr("Wrong passphrase.")))
        self.unlock_error.show()
        self.passphrase.setFocus()

    def _opened(self, compartment: OpenCompartment) -> None:
        if self._closed:  # closed (or the vault locked) while Argon2id ran
            compartment.close()
            return
        self.compartment = compartment
        self.pages.setCurrentIndex(1)
        fit_to_screen(self, 560, 400)
        try:
            record = compartment.get(self.person_id)
        except HumdocError as exc:
            self._show_error(exc)
            self.save_button.setEnabled(False)
            record = None
        self._has_record = record is not None
        if record is not None:
            self.name_edit.setText(record.name)
            self.contact_edit.setText(record.contact)
            self.notes_edit.setPlainText(record.notes)
        self.delete_button.setEnabled(self._has_record)
        self.name_edit.setFocus()

    # --- edit -----------------------------------------------------------------------------

    def _show_error(self, exc: HumdocError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def save(self) -> bool:
        """Store the identity shown and close; errors show inline. True if saved."""
        if self.compartment is None:
            return False
        try:
            record = IdentityRecord(
                self.name_edit.text(), self.contact_edit.text(), self.notes_edit.toPlainText()
            )
            self.compartment.set(self.person_id, record)
        except HumdocError as exc:
            self._show_error(exc)
            return False
        self.changed.emit(self.person_id)
        self.accept()
        return True

    def delete_identity(self) -> bool:
        """Remove the recorded identity after confirmation, and close. True if deleted."""
        if self.compartment is None or not self._has_record:
            return False
        question = self.tr(
            "Delete the real identity of {code}? It cannot be recovered; the pseudonym and its "
            "testimonies stay."
        ).format(code=self.person_code)
        if not dialogs.confirm(self, self.tr("Delete identity"), question):
            return False
        try:
            self.compartment.delete(self.person_id)
        except HumdocError as exc:
            self._show_error(exc)
            return False
        self.changed.emit(self.person_id)
        self.accept()
        return True

    def done(self, result: int) -> None:
        self._closed = True
        self.passphrase.clear()
        # setText and QPlainTextEdit.clear also drop the undo history, which would keep the text.
        self.name_edit.setText("")
        self.contact_edit.setText("")
        self.notes_edit.clear()
        if self.compartment is not None:
            self.compartment.close()
            self.compartment = None
        super().done(result)
