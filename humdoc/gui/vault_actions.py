"""The Vault menu's slow actions: change the passphrase, check integrity. Both run off the GUI
thread (Argon2id twice; a full read of the database)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from humdoc.core.errors import InvalidInput
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui.dialogs import FormDialog, show_error, show_info
from humdoc.gui.unlock import password_field
from humdoc.gui.workers import JobFunction

#: ``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.
JobRunner = Callable[[JobFunction, str, str, Callable[[Any], None], bool], None]


class ChangePassphraseDialog(FormDialog):
    """Old passphrase, new one twice. OK starts the rewrap on a worker; the fields are cleared."""

    def __init__(self, session: Session, runner: JobRunner, parent: QWidget | None) -> None:
        super().__init__(self.tr("Change passphrase"), parent)
        self.session = session
        self.runner = runner
        self.old = password_field(self.tr("Current passphrase"))
        self.new = password_field(self.tr("New passphrase"))
        self.again = password_field(self.tr("New passphrase again"))
        self.form.addRow(self.tr("Current"), self.old)
        self.form.addRow(self.tr("New"), self.new)
        self.form.addRow(self.tr("Confirm"), self.again)
        self.resize(420, 180)

    def save(self) -> None:
        old = self.old.text().encode("utf-8")
        new = self.new.text().encode("utf-8")
        again = self.again.text().encode("utf-8")
        for field in (self.old, self.new, self.again):
            field.clear()
        if new != again:
            raise InvalidInput(self.tr("The two new passphrases differ; type them again."))
        if not new:
            raise InvalidInput(self.tr("The new passphrase must not be empty."))
        session, parent = self.session, self.parentWidget()

        def work(progress: Progress, cancelled: Cancelled) -> None:
            session.change_passphrase(old, new)

        def done(_result: object) -> None:
            show_info(
                parent,
                self.tr("Change passphrase"),
                self.tr("The passphrase is changed. Use the new one from now on."),
            )

        # Argon2id cannot stop half-way, so this job has no Cancel button.
        self.runner(
            work, self.tr("Change passphrase"), self.tr("Rewrapping the vault key…"), done, False
        )


def check_integrity(session: Session, runner: JobRunner, parent: QWidget | None) -> None:
    """Run ``session.check()`` on a worker and report the result."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("vault_actions", text)

    def work(progress: Progress, cancelled: Cancelled) -> list[str]:
        return session.check()

    def done(problems: list[str]) -> None:
        if problems:
            message = tr("The vault database failed its integrity check: {problem}").format(
                problem=problems[0]
            )
            show_error(parent, tr("Check integrity"), message)
        else:
            show_info(parent, tr("Check integrity"), tr("The vault database is intact."))

    runner(work, tr("Check integrity"), tr("Checking every page of the vault…"), done, False)
