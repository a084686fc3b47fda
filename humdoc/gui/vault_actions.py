"""The Vault menu's actions: change the passphrase and check integrity (both slow, so off the GUI
thread: Argon2id twice; decrypting every attachment), and the vault settings form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from humdoc.core.check import CheckReport
from humdoc.core.errors import InvalidInput
from humdoc.core.passphrases import require_strong
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.core.settings import AUTO_LOCK_MAX_MINUTES, AUTO_LOCK_MIN_MINUTES, Settings
from humdoc.gui.dialogs import FormDialog, show_error, show_info
from humdoc.gui.fields import password_field
from humdoc.gui.fit import fit_to_screen
from humdoc.gui.i18n import LANGUAGES, store_choice, stored_choice
from humdoc.gui.keyguard import guard_secret_fields
from humdoc.gui.passphrase_meter import NewPassphraseRow
from humdoc.gui.policy_text import add_policy_items
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
        self.new_row = NewPassphraseRow(self.new, self.again, (session.root.name, "humdoc"))
        self.form.addRow(self.tr("New"), self.new_row)
        self.form.addRow(self.tr("Confirm"), self.again)
        self.new_row.order_tabs()
        guard_secret_fields(self, self.old, self.new, self.again)
        fit_to_screen(self, 460, 220)

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
        require_strong(new, (self.session.root.name, self.session.role))
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


class IntegrityWords(QObject):
    """What a check found, in words (a QObject so that its plurals are ``self.tr``: lupdate
    records a plural's forms for that form only)."""

    def intact(self, report: CheckReport) -> str:
        """The sentence for a vault without damage."""
        return self.tr(
            "The vault is intact: the database, {chains} and {attachments} checked."
        ).format(
            chains=self.tr("%n custody chain(s)", "", report.chains),
            attachments=self.tr("%n attachment(s)", "", report.attachments),
        )

    def damaged(self, report: CheckReport) -> str:
        """The sentence for a damaged vault: how many places, and the first."""
        return self.tr(
            "Damage found in %n place(s). The first: {finding}", "", len(report.damaged)
        ).format(finding=str(report.damaged[0]))


def check_integrity(session: Session, runner: JobRunner, parent: QWidget | None) -> None:
    """Run ``session.check()`` on a worker, with byte progress and Cancel, and report the result.

    Every finding is listed in the message box's details, by item id.
    """

    title = QCoreApplication.translate("vault_actions", "Check integrity")

    def work(progress: Progress, cancelled: Cancelled) -> CheckReport:
        return session.check(progress=progress, cancelled=cancelled)

    def done(report: CheckReport) -> None:
        words = IntegrityWords()
        if report.ok:
            box = show_info(parent, title, words.intact(report))
        else:
            box = show_error(parent, title, words.damaged(report))
        if report:
            box.setDetailedText("\n".join(str(finding) for finding in report))

    runner(
        work,
        title,
        QCoreApplication.translate("vault_actions", "Decrypting and checking every attachment…"),
        done,
        True,
    )


class SettingsDialog(FormDialog):
    """Vault ▸ Settings…: the default metadata policy, strip location at intake, the actor name,
    the auto-lock timeout.

    Saved inside the encrypted vault (never in QSettings). ``saved`` holds the new settings.
    """

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(self.tr("Vault settings"), parent)
        self.session = session
        self.saved: Settings | None = None
        current = session.settings
        self.policy_combo = QComboBox()
        add_policy_items(self.policy_combo)
        self.policy_combo.setCurrentIndex(self.policy_combo.findData(str(current.default_policy)))
        self.strip_box = QCheckBox(self.tr("Never store the location of new files"))
        self.strip_box.setChecked(current.strip_at_intake)
        self.strip_box.setToolTip(
            self.tr(
                "GPS data is removed before the file is sealed. The sealed copy then differs "
                "from the original file; both hashes are kept."
            )
        )
        self.actor_edit = QLineEdit(current.actor)
        self.actor_edit.setPlaceholderText(self.tr("How you appear in the chain of custody"))
        self.form.addRow(self.tr("Default metadata policy"), self.policy_combo)
        self.form.addRow(self.tr("Strip location at intake"), self.strip_box)
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(AUTO_LOCK_MIN_MINUTES, AUTO_LOCK_MAX_MINUTES)
        self.auto_lock_spin.setValue(current.auto_lock_minutes)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setToolTip(
            self.tr(
                "Lock the vault after this many minutes without a key press or mouse use. It "
                "also locks when the screen locks or the computer goes to sleep."
            )
        )
        self.form.addRow(self.tr("Actor name"), self.actor_edit)
        self.form.addRow(self.tr("Lock after inactivity"), self.auto_lock_spin)
        self.receipted_box = QCheckBox(self.tr("Remove media once the centre's receipt says so"))
        self.receipted_box.setChecked(current.remove_when_receipted)
        self.receipted_box.setToolTip(
            self.tr(
                "When a receipt from the centre is applied, media whose sealed original the "
                "centre holds are crypto-erased from this device (a tombstone stays). "
                "Testimony texts are removed only when you ask."
            )
        )
        if session.role == "field":
            self.form.addRow(self.tr("After a receipt"), self.receipted_box)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("The system's language"), None)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(stored_choice()), 0))
        self.language_combo.setToolTip(
            self.tr(
                "Kept on this computer outside the vault, beside the window size and the last "
                "vault folder."
            )
        )
        self.form.addRow(self.tr("Language"), self.language_combo)
        self.language_note = QLabel(self.tr("A new language takes effect when humdoc next starts."))
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        self.form.addRow(self.language_note)
        fit_to_screen(self, 680, 320)

    def save(self) -> None:
        self.saved = self.session.update_settings(
            default_policy=str(self.policy_combo.currentData()),
            strip_at_intake=self.strip_box.isChecked(),
            actor=self.actor_edit.text(),
            auto_lock_minutes=self.auto_lock_spin.value(),
            remove_when_receipted=self.receipted_box.isChecked(),
        )
        language = self.language_combo.currentData()
        store_choice(str(language) if language else None)
