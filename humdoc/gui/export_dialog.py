"""Exchange ▸ Export cases…: choose cases, recipients and policy, preview, write a bundle.

The preview is the point of this dialog: it lists everything that will be held back (a testimony
without ``share-centre`` consent, media linked to it, a file that cannot comply with the policy,
a witness identity without ``share-identity`` consent) with the reason, before the bundle is
written. It plans by reading alone (``Exporter.plan``), then makes the cleaned copies the policy
still needs (``Exporter.prepare``), a step with progress and Cancel. Export stays disabled until
the preview shown matches the current choice of cases, policy and identities.

Witness identities leave only when the user ticks "Include witness identities" (never by
default) and types the identity-compartment passphrase when Export is pressed; the preview then
names the witnesses (by pseudonym code only) whose identities will leave.

Planning and exporting run as jobs behind the modal ``JobDialog``; while one runs, the GUI
thread does not touch the ``Session`` (the modal dialog blocks every action here).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.core.exchange.export import ExportPlan, ExportResult
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui import file_dialogs, keyboard
from humdoc.gui.bidi import facts_table
from humdoc.gui.case_tabs import make_table
from humdoc.gui.drives import export_folder
from humdoc.gui.exchange_models import Choice, ChoiceModel, PlanModel, PlanRow
from humdoc.gui.fit import fit_to_screen, scrolling
from humdoc.gui.i18n import join_sentences, locale_number
from humdoc.gui.identity_dialogs import PassphrasePrompt, ask_identity_passphrase
from humdoc.gui.paths import display_path
from humdoc.gui.policy_text import add_policy_items
from humdoc.gui.testimony_dialog import scope_label
from humdoc.gui.workers import JobDialog, run_job

BUNDLE_SUFFIX = ".humdoc"


def plan_rows(session: Session, plan: ExportPlan) -> list[PlanRow]:
    """The rows of a preview: held back first (with reasons), then what is carried.

    Looks names up in the session (witness codes, file names), so it runs inside the plan job.
    Keeps nothing of the plan's content beyond names, ids and reasons.
    """

    def testimony_name(tid: str) -> str:
        try:
            return session.testimonies.get(tid).witness_code
        except HumdocError:
            return tid

    def media_name(mid: str) -> str:
        try:
            return session.media.get(mid).original_name
        except HumdocError:
            return mid

    def person_code(pid: str) -> str:
        try:
            return session.persons.get(pid).code
        except HumdocError:
            return pid

    names = {"testimony": testimony_name, "media": media_name, "identity": person_code}
    rows = [
        PlanRow(False, h.kind, names.get(h.kind, lambda i: i)(h.id), h.reason, h.id)
        for h in plan.held_back
    ]
    rows += [PlanRow(True, "case", str(c["title"]), "", str(c["id"])) for c in plan.rows["cases"]]
    rows += [
        PlanRow(True, "incident", str(i.get("title", "")), "", str(i["id"]))
        for i in plan.rows["incidents"]
    ]
    for t in plan.rows["testimonies"]:
        scopes = QLocale().createSeparatedList(
            [scope_label(s) for s in t.get("consent", {}).get("scopes", [])]
        )
        detail = QCoreApplication.translate("export_dialog", "consent: {scopes}").format(
            scopes=scopes
        )
        rows.append(PlanRow(True, "testimony", testimony_name(t["id"]), detail, t["id"]))
    for rec, _opener in plan.media:
        removed = QLocale().createSeparatedList(list(rec["removed"])) or QCoreApplication.translate(
            "export_dialog", "nothing"
        )
        detail = QCoreApplication.translate(
            "export_dialog", "{policy} copy; removed: {removed}"
        ).format(policy=rec["policy"], removed=removed)
        rows.append(PlanRow(True, "media", media_name(rec["id"]), detail, rec["id"]))
    # By pseudonym code only: the identities themselves stay sealed until the export runs.
    rows += [
        PlanRow(
            True,
            "identity",
            person_code(pid),
            "name, contact and notes; consent: share-identity",
            pid,
        )
        for pid in plan.identities
    ]
    return rows


class ExportDialog(QDialog):
    """Choose cases, recipients and policy; preview; write a bundle."""

    #: Emitted with the ``ExportResult`` after a bundle was written.
    exported = Signal(object)

    def __init__(
        self, session: Session, preselect: list[str] | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.result_dialog: QDialog | None = None
        self._previewed: tuple[tuple[str, ...], str | None, bool] | None = None
        self.setWindowTitle(self.tr("Export cases"))

        self.cases_model = ChoiceModel((self.tr("Case"), self.tr("Status")))
        self.cases_view = make_table(
            self.cases_model, ChoiceModel.Column.NAME, self.tr("Cases to export")
        )
        self.recipients_model = ChoiceModel((self.tr("Recipient"), self.tr("Fingerprint")))
        self.recipients_model.CODE_COLUMNS = frozenset({ChoiceModel.Column.DETAIL})
        self.recipients_view = make_table(
            self.recipients_model, ChoiceModel.Column.DETAIL, self.tr("Recipients")
        )
        self.add_recipient_button = QPushButton(self.tr("Add recipient…"))
        self.add_recipient_button.setObjectName("link")
        self.add_recipient_button.clicked.connect(self.show_add_recipient)
        self.recipient_name = QLineEdit()
        self.recipient_name.setPlaceholderText(self.tr("Name, e.g. Documentation centre"))
        self.recipient_key = QLineEdit()
        self.recipient_key.setPlaceholderText(self.tr("age1… (the centre's Device keys show it)"))
        keyboard.name(self.recipient_name, self.tr("Recipient name"))
        keyboard.name(self.recipient_key, self.tr("Recipient key (age1…)"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_recipient)
        # Return after typing (or pasting) the key adds the recipient, as the Add button does.
        keyboard.on_enter(self.recipient_key, self.add_recipient)
        self.recipient_error = QLabel()
        self.recipient_error.setObjectName("inlineError")
        self.recipient_error.setTextFormat(
            Qt.TextFormat.PlainText
        )  # errors may quote what a bundle holds
        self.recipient_error.setWordWrap(True)
        self.recipient_error.hide()
        self.add_recipient_box = QWidget()
        add_form = QFormLayout(self.add_recipient_box)
        add_form.setContentsMargins(0, 0, 0, 0)
        add_form.addRow(self.tr("Name"), self.recipient_name)
        key_row = QHBoxLayout()
        key_row.addWidget(self.recipient_key, 1)
        key_row.addWidget(add)
        add_form.addRow(self.tr("Key"), key_row)
        add_form.addRow(self.recipient_error)
        self.add_recipient_box.hide()

        self.policy_combo = QComboBox()
        self.policy_combo.addItem(self.tr("Each case's own policy"), None)
        add_policy_items(self.policy_combo)
        self.identity_box = QCheckBox(
            self.tr(
                "Include witness identities (only where the witness consented to share-identity)"
            )
        )
        self.identity_box.setChecked(False)
        has_compartment = session.identities.exists()
        self.identity_box.setEnabled(has_compartment)
        if not has_compartment:
            self.identity_box.setToolTip(
                self.tr("This vault has no identity compartment (Vault ▸ Identity compartment…).")
            )
        self.identity_warning = QLabel(
            self.tr(
                "<b>The bundle will carry these witnesses' real names, contacts and notes.</b> "
                "Every recipient can read them: encrypt it to the documentation centre only. "
                "Export asks for the identity-compartment passphrase."
            )
        )
        self.identity_warning.setObjectName("warning")
        self.identity_warning.setWordWrap(True)
        self.identity_warning.hide()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(lambda _checked=False: self.preview())

        self.plan_model = PlanModel()
        self.plan_view = make_table(
            self.plan_model, PlanModel.Column.DETAIL, self.tr("What the bundle will hold")
        )
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)

        self.out_edit = QLineEdit(display_path(self.suggested_path()))
        keyboard.name(self.out_edit, self.tr("Bundle file"))
        browse = QPushButton(self.tr("Choose…"))
        keyboard.name(browse, self.tr("Choose the bundle file"))
        browse.clicked.connect(self.choose_output)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # errors may quote what a bundle holds
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("primary")
        self.buttons.accepted.connect(lambda: self.export())
        self.buttons.rejected.connect(self.reject)

        cases_box = QGroupBox(self.tr("Cases"))
        QVBoxLayout(cases_box).addWidget(self.cases_view)
        recipients_box = QGroupBox(self.tr("Encrypt to"))
        rl = QVBoxLayout(recipients_box)
        rl.addWidget(self.recipients_view)
        rl.addWidget(self.add_recipient_button, 0, Qt.AlignmentFlag.AlignLeft)
        rl.addWidget(self.add_recipient_box)
        choices = QHBoxLayout()
        choices.addWidget(cases_box, 1)
        choices.addWidget(recipients_box, 1)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(self.tr("Metadata policy")))
        policy_row.addWidget(self.policy_combo, 1)
        policy_row.addWidget(self.preview_button)
        preview_box = QGroupBox(self.tr("What will leave, and what is held back"))
        pl = QVBoxLayout(preview_box)
        pl.addWidget(self.preview_label)
        pl.addWidget(self.plan_view)
        out_row = QHBoxLayout()
        out_row.addWidget(QLabel(self.tr("Bundle file")))
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        body = QVBoxLayout()
        body.addLayout(choices, 2)
        body.addLayout(policy_row)
        body.addWidget(self.identity_box)
        body.addWidget(self.identity_warning)
        body.addWidget(preview_box, 3)
        body.addLayout(out_row)
        body.addWidget(self.error)
        layout = QVBoxLayout(self)
        # On a small screen the choices and preview scroll; Export and Close stay in view.
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.buttons)

        self._load_cases(preselect or [])
        self._load_recipients([])
        self.cases_model.dataChanged.connect(self._choice_changed)
        self.recipients_model.dataChanged.connect(self._update_export_button)
        self.policy_combo.currentIndexChanged.connect(self._choice_changed)
        self.identity_box.toggled.connect(self._choice_changed)
        self.out_edit.textChanged.connect(self._update_export_button)
        self._choice_changed()
        fit_to_screen(self, 900, 720)

    # --- choices ----------------------------------------------------------------------------

    def _load_cases(self, checked: list[str]) -> None:
        total = self.session.cases.count()
        cases = self.session.cases.list(0, max(total, 1))
        self.cases_model.set_choices(
            [
                Choice(c.id, c.title, self.tr("open") if c.status == "open" else self.tr("closed"))
                for c in cases
            ],
            checked,
        )

    def _load_recipients(self, checked: list[str]) -> None:
        recipients = self.session.recipients.list()
        if len(recipients) == 1 and not checked:
            checked = [recipients[0].name]  # the usual case: one centre
        self.recipients_model.set_choices(
            [Choice(r.name, r.name, r.fingerprint) for r in recipients], checked
        )
        if not recipients:
            self.show_add_recipient()

    def show_add_recipient(self) -> None:
        """Show the inline form that adds a recipient."""
        self.add_recipient_box.show()
        self.recipient_name.setFocus()

    def add_recipient(self) -> bool:
        """Add the recipient typed inline and tick it; errors show inline. True if added."""
        try:
            rec = self.session.recipients.add(self.recipient_name.text(), self.recipient_key.text())
        except HumdocError as exc:
            self.recipient_error.setText(str(exc))
            self.recipient_error.show()
            return False
        self.recipient_error.hide()
        self.recipient_name.clear()
        self.recipient_key.clear()
        self.add_recipient_box.hide()
        self._load_recipients([*self.recipients_model.checked_ids(), rec.name])
        self._update_export_button()
        return True

    def policy(self) -> str | None:
        """The chosen export policy; None: each case's own (else the vault's)."""
        value = self.policy_combo.currentData()
        return str(value) if value else None

    def include_identity(self) -> bool:
        """True when the user asked for witness identities to leave (unticked by default)."""
        return self.identity_box.isEnabled() and self.identity_box.isChecked()

    def _selection(self) -> tuple[tuple[str, ...], str | None, bool]:
        return tuple(self.cases_model.checked_ids()), self.policy(), self.include_identity()

    def _choice_changed(self) -> None:
        self.identity_warning.setVisible(self.include_identity())
        if self._previewed is not None and self._previewed != self._selection():
            self.plan_model.clear()
            self._previewed = None
        if self._previewed is None:
            self.preview_label.setText(
                self.tr("Press Preview to see what this export carries and what it holds back.")
                if self.cases_model.checked_ids()
                else self.tr("Tick the cases to export.")
            )
        self.preview_button.setEnabled(bool(self.cases_model.checked_ids()))
        self._update_export_button()

    def _update_export_button(self) -> None:
        self.export_button.setEnabled(
            self._previewed is not None
            and self._previewed == self._selection()
            and bool(self.recipients_model.checked_ids())
            and bool(self.out_edit.text().strip())
        )

    # --- preview ----------------------------------------------------------------------------

    def preview(self) -> JobDialog | None:
        """Plan the export of the ticked cases in a job and show the preview."""
        case_ids, policy, identities = self._selection()
        if not case_ids:
            return None
        session = self.session

        def work(progress: Progress, cancelled: Cancelled) -> list[PlanRow]:
            # The plan itself only reads; making the cleaned copies it needs is the step that
            # writes, one item at a time, and it stops between items when Cancel is pressed.
            plan = session.exporter.plan(list(case_ids), policy, include_identity=identities)
            session.exporter.prepare(plan, progress, cancelled)
            return plan_rows(session, plan)

        def done(rows: list[PlanRow]) -> None:
            self.plan_model.set_records(rows)
            self._previewed = (case_ids, policy, identities)
            carried = [r for r in rows if r.carried]
            held = len(rows) - len(carried)
            testimonies = sum(1 for r in carried if r.kind == "testimony")
            media = sum(1 for r in carried if r.kind == "media")
            carried_text = self.tr("Carried: {testimonies}, {media}.").format(
                testimonies=self.tr("%n testimony(ies)", "", testimonies),
                media=self.tr("%n media file(s)", "", media),
            )
            identities_text = (
                self.tr(
                    "<b>Witness identities: %n</b> (names, contacts and notes).",
                    "",
                    sum(1 for r in carried if r.kind == "identity"),
                )
                if identities
                else ""
            )
            held_text = (
                self.tr(
                    "<b>Held back: %n item(s)</b> — they stay on this device (reasons below).",
                    "",
                    held,
                )
                if held
                else self.tr("Nothing is held back.")
            )
            self.preview_label.setText(join_sentences(carried_text, identities_text, held_text))
            self._update_export_button()

        def cancelled() -> None:
            # The copies made before Cancel are kept (the next preview uses them); the
            # preview stays empty, so nothing can be exported from a half-made plan.
            self.plan_model.clear()
            self._previewed = None
            self.preview_label.setText(self.tr("Preview cancelled."))
            self._update_export_button()

        _job, dialog = run_job(
            work,
            parent=self,
            title=self.tr("Preview export"),
            message=self.tr("Checking consent and preparing cleaned copies…"),
            on_success=done,
            on_cancelled=cancelled,
        )
        return dialog

    # --- output -----------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        """``<date>-<next sequence>.humdoc`` on a mounted removable drive, else in the last
        export's folder, else in the home folder (``drives.export_folder``). The last folder
        comes from the vault's export records: no settings file keeps it."""
        try:
            history = self.session.exporter.history()
        except HumdocError:
            history = []
        n = max((int(h["sequence"]) for h in history), default=0) + 1
        last = Path(str(history[-1]["out_path"])) if history else None
        return export_folder(last) / f"{date.today().isoformat()}-{n}{BUNDLE_SUFFIX}"

    def choose_output(self) -> None:
        """Ask where to write the bundle (normally onto the USB stick)."""
        text = self.out_edit.text().strip()
        start = Path(text).expanduser() if text else self.suggested_path()
        path = file_dialogs.save_file_name(
            self, self.tr("Write the bundle to"), start, self.tr("humdoc bundles (*.humdoc)")
        )
        if path is not None:
            if path.suffix != BUNDLE_SUFFIX:
                path = path.with_name(path.name + BUNDLE_SUFFIX)
            self.out_edit.setText(str(path))

    # --- export -----------------------------------------------------------------------------

    def export(self) -> JobDialog | PassphrasePrompt | None:
        """Write the bundle in a job with progress and Cancel; show its summary afterwards.

        With identities included, first asks for the identity-compartment passphrase (the job
        starts once it is given) and returns that prompt; otherwise returns the job's dialog.
        """
        if not self.export_button.isEnabled():
            return None
        self.error.hide()
        if not self.include_identity():
            return self._start_export(None)
        prompt = ask_identity_passphrase(
            self,
            self.tr("Include witness identities"),
            self.tr(
                "The identities of the witnesses listed in the preview will leave in this "
                "bundle. Type the identity-compartment passphrase to include them."
            ),
        )
        prompt.answered.connect(self._start_export)
        return prompt

    def _start_export(self, identity_passphrase: bytes | None) -> JobDialog:
        case_ids, policy, identities = self._selection()
        recipients = self.recipients_model.checked_ids()
        out = Path(self.out_edit.text().strip()).expanduser()
        session = self.session

        def work(progress: Progress, cancelled: Cancelled) -> ExportResult:
            return session.exporter.export(
                list(case_ids),
                recipients,
                out,
                policy,
                progress,
                cancelled,
                include_identity=identities,
                identity_passphrase=identity_passphrase,
            )

        def failed(err: HumdocError) -> None:
            self.error.setText(str(err))
            self.error.show()

        def cancelled() -> None:
            self.error.setText(self.tr("Export cancelled; no bundle was written."))
            self.error.show()

        _job, dialog = run_job(
            work,
            parent=self,
            title=self.tr("Export"),
            message=self.tr("Signing and encrypting the bundle…"),
            on_success=self._exported,
            on_failure=failed,
            on_cancelled=cancelled,
        )
        return dialog

    def _exported(self, result: ExportResult) -> None:
        self.result_dialog = ExportResultDialog(result, self.parentWidget())
        self.result_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_dialog.open()
        self.exported.emit(result)
        self.accept()

    def done(self, result: int) -> None:
        # Drop what the preview showed (witness codes, file names) with the window.
        self.plan_model.clear()
        self.cases_model.clear()
        self.recipients_model.clear()
        super().done(result)


class ExportResultDialog(QDialog):
    """What was written: the bundle's file, id, sequence number and SHA-256, and what it holds."""

    def __init__(self, result: ExportResult, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle written"))
        esc = html.escape
        plan = result.plan
        facts = [
            (self.tr("File"), esc(str(result.path))),
            (self.tr("Bundle id"), f"<tt>{esc(result.bundle_id)}</tt>"),
            (self.tr("Sequence"), locale_number(result.sequence)),
            (self.tr("SHA-256"), f"<tt>{esc(result.sha256)}</tt>"),
            (
                self.tr("Size"),
                esc(self.tr("{count} bytes").format(count=locale_number(result.size))),
            ),
            (self.tr("Testimonies"), locale_number(len(plan.rows["testimonies"]))),
            (self.tr("Media files"), locale_number(len(plan.media))),
            (self.tr("Witness identities"), locale_number(len(plan.identities))),
            (self.tr("Held back"), locale_number(len(plan.held_back))),
        ]
        self.text = QTextBrowser()
        keyboard.text_area(self.text, self.tr("The bundle written"))
        self.text.setOpenLinks(False)
        self.text.setHtml(
            "<style>td{{padding:2px 12px 2px 0}} td.k{{color:#5b6670}}</style>"
            "<p>{intro}</p>{table}".format(
                intro=esc(
                    self.tr(
                        "The bundle is signed and encrypted. Note its SHA-256 to compare it "
                        "at the centre."
                    )
                ),
                table=facts_table(facts),
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 320)

    def plain_text(self) -> str:
        """The summary as shown, without markup."""
        return self.text.toPlainText()


def open_export_dialog(
    session: Session, preselect: list[str] | None, parent: QWidget | None
) -> ExportDialog:
    """Open the export dialog (window-modal); returns it."""
    dialog = ExportDialog(session, preselect, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
