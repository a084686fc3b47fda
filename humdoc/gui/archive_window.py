"""The window of an open shared archive: cases, their testimonies, incidents and media, and what
a member's duty lets them read.

Every read goes to the archive's server off the GUI thread (``run_in_background``); a result
that arrives after the view moved on, or after a lock, is dropped. Listing shows only the sealed
summaries; a testimony's whole text, a media item's details, a record's versions and a witness's
identity are read through the database's logging functions, so the access log gets a row naming
the member (the window says so before the click). The database enforces each duty; the window
only reflects it: "Witness identity" shows for the protection duty alone, the access log for
admin alone.

Lock (Ctrl+L, or after ten minutes without use) closes the session, which wipes the archive
key, empties every list and closes the window; ``locked`` tells the opener.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.errors import HumdocError
from humdoc.gui import keyboard
from humdoc.gui.archive_export import ExportMenu
from humdoc.gui.archive_models import RowsModel
from humdoc.gui.bidi import DirectedTextDelegate, facts_table, isolate, mirror_splitter
from humdoc.gui.case_tabs import RecordTable
from humdoc.gui.i18n import locale_date, locale_datetime, locale_number, locale_size
from humdoc.gui.main_window import ActivityFilter
from humdoc.gui.policy_text import policy_label
from humdoc.gui.workers import run_in_background

if TYPE_CHECKING:
    from humdoc.core.archive.session import ArchiveSession
    from humdoc.core.archive.store import RecordRow

#: The fields shown first, in this order, of any record (the rest follow by name).
_FIELD_ORDER = (
    "title", "code", "role", "witness_code", "witness_id", "interview_date", "language",
    "interviewer", "occurred_from", "occurred_to", "status", "kind", "mime", "size", "policy",
    "capture_time", "imported_at", "location", "description", "name", "contact", "notes",
    "consent", "violations", "incidents", "tags", "testimony_id", "case_id", "created",
    "updated",
)  # fmt: skip
#: Fields that hold a moment (ISO 8601), shown in the interface's locale.
_MOMENTS = frozenset(
    {"created", "updated", "interview_date", "occurred_from", "occurred_to", "capture_time",
     "imported_at"}
)  # fmt: skip

#: Lock after this long without a key press or mouse use (the vault's default).
AUTO_LOCK_MS = 10 * 60_000

#: The files previewed: images the vault's media tab previews too.
PREVIEW_MIMES = frozenset({"image/jpeg", "image/png", "image/heic", "image/heif"})
#: The side of a preview, in pixels (the vault's media tab's).
PREVIEW_PX = 320


def media_preview(
    session: ArchiveSession, folder: Path, item_id: str, files: list[tuple[str, int, str]]
) -> bytes:
    """A PNG preview of media item ``item_id``'s first image file, made in memory from the
    archive's blob store in ``folder`` (never written to disk); ``b""`` if it has no image.

    The store is checked first (``InvalidInput`` if ``folder`` is not it), so a wrong folder
    reads nothing; the read itself goes through ``read_media``, which logs it. Files above the
    vault's in-memory limit are refused with ``InvalidInput``.
    """
    from humdoc.core.archive import store
    from humdoc.core.archive.receive import open_store
    from humdoc.core.errors import InvalidInput
    from humdoc.core.media import HEAD_BYTES, sniff
    from humdoc.core.media.thumbnail import make_thumbnail
    from humdoc.core.mediarecords import MAX_IN_MEMORY

    image = next(((sha, size) for sha, size, mime in files if mime in PREVIEW_MIMES), None)
    if image is None:
        return b""
    sha256, size = image
    if size > MAX_IN_MEMORY:
        raise InvalidInput("No preview (too large to decode here).")
    blobs = open_store(session, folder)
    found = store.read_media(session.conn, session.keys, item_id, sha256)
    data = blobs.read_all(found.blob_id, found.file_key, MAX_IN_MEMORY)
    return make_thumbnail(data, sniff(data[:HEAD_BYTES]), PREVIEW_PX)


def search_function() -> Callable[..., Any] | None:
    """The archive's full-text search, if this humdoc has it (else the window hides the box)."""
    import importlib

    try:
        module = importlib.import_module("humdoc.core.archive.search")
    except ImportError:
        return None
    found = getattr(module, "search", None)
    return found if callable(found) else None


def _table(model: RowsModel, stretch: int, name: str) -> QTableView:
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
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class ArchiveWindow(QMainWindow):
    """Cases on the left; the chosen case's testimonies, incidents and media on the right, with
    the chosen record's details below them."""

    #: Emitted with the tag of a read (``cases``, ``case``, ``summary``, ``testimony``,
    #: ``media``, ``custody``, ``versions``, ``identity``, ``search``, ``log``, ``export``) once
    #: its result (or its error) is shown.
    updated = Signal(str)
    #: Emitted with the archive's address (without password) after a lock closed the session.
    locked = Signal(str)

    def __init__(
        self,
        session: ArchiveSession,
        address: str = "",
        auto_lock_ms: int = AUTO_LOCK_MS,
        parent: QWidget | None = None,
        store_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.session: ArchiveSession | None = session
        self.address = address
        #: The archive's blob store folder, if one was given: media previews come from it.
        self.store_folder = store_folder
        self._generation: dict[str, int] = {}
        #: Reads on a worker not yet reported, and sessions locked while some were: libpq must
        #: not close a connection another thread is using, so those close when the last ends.
        self._pending = 0
        self._closing: list[ArchiveSession] = []
        self._selected: RecordRow | None = None
        self._search = search_function()
        duty = self.duty_name(session.duty)
        self.setWindowTitle(
            self.tr("{archive} — {role}, {duty} — humdoc archive").format(
                archive=session.database, role=session.role, duty=duty
            )
        )

        # --- left: search and cases
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search the archive  (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the archive"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.setVisible(self._search is not None)
        self.cases_model = RowsModel(
            [
                (self.tr("Case"), lambda r: _text(r.summary.get("title"))),
                (self.tr("Status"), lambda r: self.status_name(r.summary.get("status"))),
                (self.tr("Updated"), lambda r: locale_datetime(r.updated)),
            ],
            text_columns=frozenset({0}),
        )
        self.cases_view = _table(self.cases_model, 0, self.tr("Cases"))
        self.cases_view.selectionModel().selectionChanged.connect(self._case_chosen)
        self.results_model = RowsModel(
            [
                (self.tr("Found"), self.hit_label),
                (self.tr("Kind"), lambda h: self.kind_name(h.kind)),
            ],
            text_columns=frozenset({0}),
        )
        self.results_view = _table(self.results_model, 0, self.tr("Search results"))
        self.results_view.selectionModel().selectionChanged.connect(self._hit_chosen)
        self.results_view.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.cases_view)
        left_layout.addWidget(self.results_view)

        # --- right: the case's records, then the chosen record
        self.case_title = QLabel(self.tr("Choose a case from the list."))
        self.case_title.setObjectName("caseTitle")
        self.case_title.setTextFormat(Qt.TextFormat.PlainText)
        self.case_title.setWordWrap(True)
        # The columns of the vault's case view, from what a listing may show without a log
        # entry (a testimony's statement is read with one: "Read the testimony").
        self.testimonies_model = RowsModel(
            [
                (self.tr("Witness"), _witness),
                (self.tr("Interview"), lambda r: _moment(r.summary.get("interview_date"))),
                (self.tr("Language"), lambda r: _text(r.summary.get("language"))),
                (self.tr("Interviewer"), lambda r: _text(r.summary.get("interviewer"))),
            ],
            text_columns=frozenset({3}),
            code_columns=frozenset({0}),
        )
        self.incidents_model = RowsModel(
            [
                (self.tr("Incident"), lambda r: _text(r.summary.get("title"))),
                (self.tr("From"), lambda r: _moment(r.summary.get("occurred_from"))),
                (self.tr("To"), lambda r: _moment(r.summary.get("occurred_to"))),
            ],
            text_columns=frozenset({0}),
        )
        self.media_model = RowsModel(
            [
                (self.tr("Item"), self.media_name),
                (self.tr("Size"), lambda r: _size(r.summary.get("size"))),
                (self.tr("Captured"), lambda r: _moment(r.summary.get("capture_time"))),
                # The policy's name as the command line takes it (the vault's lists too).
                (self.tr("Policy"), lambda r: _text(r.summary.get("policy"))),
            ],
            text_columns=frozenset({0}),
        )
        # The interviewer's column takes the width left: a witness code is short, and a code
        # column keeps its text at the left even in a right-to-left window.
        self.testimonies_view = _table(self.testimonies_model, 3, self.tr("Testimonies"))
        self.incidents_view = _table(self.incidents_model, 0, self.tr("Incidents"))
        self.media_view = _table(self.media_model, 0, self.tr("Media"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.testimonies_view, self.tr("Testimonies"))
        self.tabs.addTab(self.incidents_view, self.tr("Incidents"))
        self.tabs.addTab(self.media_view, self.tr("Media"))
        for view in (self.testimonies_view, self.incidents_view, self.media_view):
            view.selectionModel().selectionChanged.connect(
                lambda _selected, _deselected, v=view: self._record_chosen(v)
            )

        self.read_button = QPushButton(self.tr("&Read the testimony"))
        self.read_button.setObjectName("primary")
        self.read_button.clicked.connect(self.read_testimony)
        self.details_button = QPushButton(self.tr("Media &details"))
        self.details_button.clicked.connect(self.media_details)
        self.custody_button = QPushButton(self.tr("&Custody chain"))
        self.custody_button.clicked.connect(self.show_custody)
        self.versions_button = QPushButton(self.tr("&Versions"))
        self.versions_button.clicked.connect(self.show_versions)
        self.identity_button = QPushButton(self.tr("Witness &identity"))
        self.identity_button.setObjectName("danger")
        self.identity_button.clicked.connect(self.show_identity)
        logged = self.tr("The archive's access log records this read, with your name.")
        for button in (
            self.read_button,
            self.details_button,
            self.versions_button,
            self.identity_button,
        ):
            button.setToolTip(logged)
        self.logged_note = QLabel(
            self.tr("Opening this testimony is recorded in the archive's access log.")
        )
        self.logged_note.setObjectName("muted")
        self.logged_note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.read_button,
            self.details_button,
            self.custody_button,
            self.versions_button,
            self.identity_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Record details"))
        detail_pane = QWidget()
        detail_layout = QVBoxLayout(detail_pane)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.logged_note)
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.hide()
        detail_layout.addWidget(self.preview)
        detail_layout.addWidget(self.detail, 1)
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.tabs)
        right_split.addWidget(detail_pane)
        right_split.setSizes([300, 360])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.case_title)
        right_layout.addWidget(right_split, 1)

        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        mirror_splitter(self.split)
        # Cases take two fifths, at whichever side the interface puts them.
        self.split.setSizes([480, 720] if self.split.widget(0) is left else [720, 480])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.error)
        layout.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.role_label = QLabel(
            self.tr("{role}, duty: {duty}").format(role=isolate(session.role), duty=duty)
        )
        self.role_label.setObjectName("statusRole")
        self.statusBar().addPermanentWidget(self.role_label)
        self._build_menus(session.duty)
        self._show_record_actions(None)

        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.setInterval(auto_lock_ms)
        self.auto_lock.timeout.connect(self.lock)
        self.activity = ActivityFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)
        self.activity.activity.connect(self._user_active)
        self.auto_lock.start()
        self.refresh()

    # --- names ------------------------------------------------------------------------------

    def duty_name(self, duty: str) -> str:
        """A duty's name in the interface language."""
        return {
            "intake": self.tr("intake"),
            "analyst": self.tr("analyst"),
            "protection": self.tr("protection"),
            "admin": self.tr("admin"),
        }.get(duty, duty)

    def status_name(self, status: object) -> str:
        """A case's status in the interface language (as the vault's case list says it)."""
        return {"open": self.tr("Open"), "closed": self.tr("Closed")}.get(
            str(status), _text(status)
        )

    def kind_name(self, kind: str) -> str:
        """A kind of record in the interface language."""
        return {
            "cases": self.tr("case"),
            "incidents": self.tr("incident"),
            "testimonies": self.tr("testimony"),
            "media": self.tr("media item"),
            "persons": self.tr("person"),
        }.get(kind, kind)

    def field_name(self, key: str) -> str:
        """A record field's label in the interface language (its key if humdoc has none)."""
        return {
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "status": self.tr("Status"),
            "created": self.tr("Created"),
            "updated": self.tr("Updated"),
            "date": self.tr("Date"),
            "language": self.tr("Language"),
            "witness_id": self.tr("Witness"),
            "witness_code": self.tr("Witness code"),
            "case_id": self.tr("Case"),
            "interview_date": self.tr("Interview date"),
            "interviewer": self.tr("Interviewer"),
            "code": self.tr("Code"),
            "role": self.tr("Role"),
            "occurred_from": self.tr("From"),
            "occurred_to": self.tr("To"),
            "size": self.tr("Size"),
            "policy": self.tr("Policy"),
            "capture_time": self.tr("Captured"),
            "imported_at": self.tr("Imported"),
            "testimony_id": self.tr("Testimony"),
            "consent": self.tr("Consent"),
            "violations": self.tr("Violations"),
            "incidents": self.tr("Incidents"),
            "tags": self.tr("Tags"),
            "filename": self.tr("File"),
            "mime": self.tr("Type"),
            "taken": self.tr("Taken"),
            "kind": self.tr("Kind"),
            "location": self.tr("Location"),
            "name": self.tr("Name"),
            "contact": self.tr("Contact"),
            "notes": self.tr("Notes"),
            "id": self.tr("Id"),
            "device": self.tr("Device"),
            "bundle_id": self.tr("Bundle"),
        }.get(key, key)

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self, duty: str) -> None:
        menu = self.menuBar().addMenu(self.tr("&Archive"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda _checked=False: self.lock())
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda _checked=False: self.search_edit.setFocus())
        self.find_action.setEnabled(self._search is not None)
        self.log_action = QAction(self.tr("Access &log…"), self)
        self.log_action.triggered.connect(lambda _checked=False: self.show_access_log())
        self.log_action.setVisible(duty == "admin")
        menu.addAction(self.lock_action)
        menu.addAction(self.refresh_action)
        menu.addAction(self.find_action)
        menu.addSeparator()
        menu.addAction(self.log_action)
        self.exports = ExportMenu(self, duty)

    # --- reading, off the GUI thread --------------------------------------------------------

    def _read(
        self, tag: str, fn: Callable[[ArchiveSession], Any], show: Callable[[Any], None]
    ) -> None:
        """Run ``fn(session)`` on a worker; ``show`` its result unless a later read of the same
        tag, or a lock, came first."""
        session = self.session
        if session is None:
            return
        generation = self._generation.get(tag, 0) + 1
        self._generation[tag] = generation

        def work() -> Any:
            from humdoc.core.archive.session import refusals

            with refusals():
                return fn(session)

        def current() -> bool:
            self._pending -= 1
            if self._pending == 0:
                while self._closing:
                    self._closing.pop().close()
            return self.session is session and self._generation.get(tag) == generation

        def done(result: Any) -> None:
            if current():
                self.error.hide()
                show(result)
                self.updated.emit(tag)

        def failed(err: HumdocError) -> None:
            if current():
                self.show_error(str(err))
                self.updated.emit(tag)

        self._pending += 1
        run_in_background(work, done, failed)

    def read_in_background(
        self, tag: str, fn: Callable[[ArchiveSession], Any], show: Callable[[Any], None]
    ) -> None:
        """Run ``fn(session)`` on a worker as one of this window's reads (see ``_read``): its
        failure is one line above the lists, its result goes to ``show``."""
        self._read(tag, fn, show)

    def _release(self, session: ArchiveSession) -> None:
        """Wipe ``session``'s keys now; close its connection now, or once no read uses it."""
        session.keys.close()
        if self._pending == 0:
            session.close()
        else:
            self._closing.append(session)

    def show_error(self, message: str) -> None:
        """Show ``message`` in one line above the lists."""
        self.error.setText(message.strip().splitlines()[0] if message.strip() else message)
        self.error.show()

    def refresh(self) -> None:
        """Read the list of cases again (newest first)."""
        from humdoc.core.archive import store

        self._read(
            "cases",
            lambda s: store.list_records(s.conn, s.keys, "cases", limit=2000),
            self.cases_model.set_rows,
        )

    def _case_chosen(self) -> None:
        # Selection, not the current row: a table makes its first row current, unselected,
        # when it takes the focus, and that opens nothing.
        row = self.cases_model.row(_selected_row(self.cases_view))
        if row is not None:
            self.open_case(row.id, _text(row.summary.get("title")))

    def open_case(self, case_id: str, title: str) -> None:
        """Show the testimonies, incidents and media of ``case_id``."""
        from humdoc.core.archive import store

        self.case_title.setText(title)
        self.exports.show_case((case_id, title))
        self._show_record_actions(None)
        self.detail.clear()

        def fetch(s: ArchiveSession) -> tuple[list[RecordRow], ...]:
            testimonies = store.list_records(s.conn, s.keys, "testimonies", case_id=case_id)
            return (
                store.with_witness_codes(s.conn, s.keys, testimonies),
                store.list_records(s.conn, s.keys, "incidents", case_id=case_id),
                store.list_records(s.conn, s.keys, "media", case_id=case_id),
            )

        def show(result: tuple[list[RecordRow], ...]) -> None:
            testimonies, incidents, media = result
            n_testimonies, n_incidents, n_media = len(testimonies), len(incidents), len(media)
            self.testimonies_model.set_rows(testimonies)
            self.incidents_model.set_rows(incidents)
            self.media_model.set_rows(media)
            self.tabs.setTabText(0, self.tr("Testimonies (%n)", "", n_testimonies))
            self.tabs.setTabText(1, self.tr("Incidents (%n)", "", n_incidents))
            self.tabs.setTabText(2, self.tr("Media (%n)", "", n_media))

        self._read("case", fetch, show)

    def _record_chosen(self, view: QTableView) -> None:
        model = view.model()
        if not isinstance(model, RowsModel):
            return
        row = model.row(_selected_row(view))
        self._show_record_actions(row)
        if row is not None:
            self.detail.setHtml(self._facts(self._row_facts(row)))
            self.updated.emit("summary")

    def _show_record_actions(self, row: RecordRow | None) -> None:
        self._selected = row
        kind = row.kind if row is not None else ""
        # The database grants its logging reads to these duties alone (intake and admin
        # see the lists, custody and, for admin, the access log).
        reads = self.session is not None and self.session.duty in ("analyst", "protection")
        testimony = kind == "testimonies"
        self.read_button.setVisible(testimony and reads)
        self.logged_note.setVisible(testimony and reads)
        self.details_button.setVisible(kind == "media" and reads)
        self.custody_button.setVisible(kind in ("testimonies", "media"))
        self.versions_button.setVisible(row is not None and reads)
        witness = bool(row is not None and row.summary.get("witness_id"))
        protection = self.session is not None and self.session.duty == "protection"
        self.identity_button.setVisible(testimony and witness and protection)
        media = kind == "media" and reads
        if media:
            self.logged_note.setText(
                self.tr(
                    "Showing this media item's details and preview is recorded in the "
                    "archive's access log."
                )
                if self.store_folder is not None
                else self.tr(
                    "Showing this media item's details is recorded in the archive's access log."
                )
            )
        else:
            self.logged_note.setText(
                self.tr("Opening this testimony is recorded in the archive's access log.")
            )
        self.logged_note.setVisible((testimony or media) and reads)
        self.preview.clear()
        self.preview.hide()

    # --- what is shown of a record ----------------------------------------------------------

    def _row_facts(self, row: RecordRow) -> list[tuple[str, str]]:
        facts = self._body_facts(row.summary, ())
        facts.append((self.tr("Received"), locale_datetime(row.updated)))
        facts.append((self.field_name("device"), row.device))
        return facts

    def _facts(self, facts: list[tuple[str, str]], text: str = "") -> str:
        table = facts_table([(html.escape(k), html.escape(isolate(v))) for k, v in facts])
        # One block per paragraph: each takes its direction (and side) from its own text.
        body = "".join(
            "<p>{}</p>".format(html.escape(p.strip("\n")).replace("\n", "<br>"))
            for p in re.split(r"\n[ \t]*\n", text)
            if p.strip()
        )
        style = "<style>td{padding:2px 8px;vertical-align:top} td.k{color:#5b6670}</style>"
        return style + table + (f"<hr>{body}" if body else "")

    def _body_facts(
        self, body: dict[str, Any], leave_out: tuple[str, ...]
    ) -> list[tuple[str, str]]:
        """A record's fields, the usual ones first, as (label, text) pairs."""
        keys = [k for k in _FIELD_ORDER if k in body]
        keys += sorted(k for k in body if k not in _FIELD_ORDER)
        return [
            (self.field_name(k), self.field_text(k, body[k]))
            for k in keys
            if k not in leave_out and (k == "consent" or not isinstance(body[k], dict))
        ]

    def field_text(self, key: str, value: Any) -> str:
        """A record field's value as the window shows it: moments in the interface's locale,
        a size in its units, consent as the scopes given (the command line's names)."""
        if key in _MOMENTS:
            return _moment(value)
        if key == "size":
            return _size(value)
        if key == "policy":
            return _policy(value)
        if key == "kind":
            return self.kind_word(str(value))
        if key == "consent" and isinstance(value, dict):
            return _text(value.get("scopes")) if value.get("scopes") else self.tr("none recorded")
        return _text(value)

    def media_name(self, row: RecordRow) -> str:
        """A media item as the list names it: its kind and type (a bundle sends no file name),
        the vault's "image · JPEG"."""
        kind = self.kind_word(str(row.summary.get("kind", "")))
        mime = str(row.summary.get("mime", ""))
        form = mime.split("/", 1)[-1].upper() if mime else ""
        return self.tr("{kind} · {format}").format(kind=kind, format=form) if form else kind

    def kind_word(self, kind: str) -> str:
        """A media kind (image, video, audio, document) in the interface language."""
        return {
            "image": self.tr("image"),
            "video": self.tr("video"),
            "audio": self.tr("audio"),
            "document": self.tr("document"),
        }.get(kind, kind or "—")

    def hit_label(self, hit: RecordRow) -> str:
        """A search hit as the results list names it: a case's or incident's title, a
        testimony's witness code and interview date, a media item's kind and type."""
        summary = hit.summary
        if hit.kind == "testimonies":
            witness = _witness(hit)
            day = summary.get("interview_date")
            return f"{witness} · {_moment(day)}" if day else witness
        if hit.kind == "media":
            return self.media_name(hit)
        if hit.kind == "persons":
            return _text(summary.get("code"))
        return _text(summary.get("title"))

    def read_testimony(self) -> None:
        """Read the chosen testimony's whole current version (logged by the archive)."""
        from humdoc.core.archive import store

        row = self._selected
        if row is None or row.kind != "testimonies":
            return

        def show(body: dict[str, Any]) -> None:
            if row.summary.get("witness_code"):  # the code the list showed, beside the id
                body = {**body, "witness_code": row.summary["witness_code"]}
            facts = self._body_facts(body, ("statement", "id"))
            self.detail.setHtml(self._facts(facts, str(body.get("statement", ""))))
            self.logged_note.setText(
                self.tr("You opened this testimony; the archive's access log records it.")
            )

        self._read("testimony", lambda s: store.read_record(s.conn, s.keys, row.kind, row.id), show)

    def media_details(self) -> None:
        """The chosen media item's record (logged) and the files the archive keeps of it."""
        from humdoc.core.archive import store

        row = self._selected
        if row is None or row.kind != "media":
            return

        folder = self.store_folder
        Result = tuple[dict[str, Any], list[tuple[str, int, str]], bytes, str]

        def fetch(s: ArchiveSession) -> Result:
            from humdoc.core.archive.session import refusals

            body = store.read_record(s.conn, s.keys, "media", row.id)
            files = store.media_files(s.conn, row.id)
            png, problem = b"", ""
            if folder is not None:
                try:
                    with refusals():
                        png = media_preview(s, folder, row.id, files)
                except HumdocError as err:
                    problem = str(err).strip().splitlines()[0] if str(err).strip() else ""
            return body, files, png, problem

        def show(result: Result) -> None:
            from humdoc.gui.media_model import pixmap_from_png

            body, files, png, problem = result
            facts = self._body_facts(body, ("id",))
            for sha256, size, mime in files:
                facts.append(
                    (
                        self.tr("File kept"),
                        self.tr("{mime}, {size}, SHA-256 {digest}").format(
                            mime=mime, size=locale_size(size), digest=sha256
                        ),
                    )
                )
            pixmap = pixmap_from_png(png) if png else None
            if folder is None:
                preview = self.tr("not shown: no blob store is set for this connection")
            elif problem:
                preview = problem
            elif pixmap is None:
                preview = self.tr("none: the archive keeps no image of this item")
            else:
                preview = self.tr("shown above, decrypted in memory")
            facts.append((self.tr("Preview"), preview))
            if pixmap is not None:
                self.preview.setPixmap(pixmap)
                self.preview.show()
            else:
                self.preview.clear()
                self.preview.hide()
            self.detail.setHtml(self._facts(facts))

        self._read("media", fetch, show)

    def show_custody(self) -> None:
        """The chosen item's custody events, in order, under the verdict on the chain (every
        hash link and signature checked, as the vault's custody view checks them)."""
        from humdoc.core.archive.centre import checked_custody

        row = self._selected
        if row is None:
            return

        def show(found: tuple[list[dict[str, Any]], list[str]]) -> None:
            events, problems = found
            verdict = (
                self.tr("Chain broken: {problem}").format(problem="; ".join(problems))
                if problems
                else self.tr(
                    "Chain verified: %n entries, every hash link and device signature checks.",
                    "",
                    len(events),
                )
            )
            facts = [(self.tr("Custody chain"), verdict)] if events else []
            for event in events:
                entry = event.get("entry", event)
                if isinstance(entry, str):
                    try:
                        entry = json.loads(entry)
                    except ValueError:
                        entry = {"action": entry}
                facts.append(
                    (
                        locale_datetime(str(entry.get("at", ""))),
                        self.tr("{action} by {actor} on {device}").format(
                            action=_text(entry.get("action")),
                            actor=_text(entry.get("actor")),
                            device=_text(entry.get("device")),
                        ),
                    )
                )
            if not facts:
                facts.append((self.tr("Custody chain"), self.tr("No custody events.")))
            self.detail.setHtml(self._facts(facts))

        self._read("custody", lambda s: checked_custody(s, row.id), show)

    def show_versions(self) -> None:
        """Every version the archive received of the chosen record (logged)."""
        from humdoc.core.archive import store

        row = self._selected
        if row is None:
            return

        def show(versions: list[dict[str, Any]]) -> None:
            facts = [
                (
                    self.tr("Version {rank}").format(rank=locale_number(v["rank"])),
                    self.tr("received {when} in bundle {bundle} from {device}").format(
                        when=locale_datetime(v["received"]),
                        bundle=v["bundle_id"],
                        device=v["device"],
                    ),
                )
                for v in versions
            ]
            self.detail.setHtml(self._facts(facts))

        self._read(
            "versions", lambda s: store.read_versions(s.conn, s.keys, row.kind, row.id), show
        )

    def show_identity(self) -> None:
        """(protection) The chosen testimony's witness's identity (logged)."""
        from humdoc.core.archive import store

        row = self._selected
        if row is None:
            return
        person = str(row.summary.get("witness_id", ""))

        def show(identity: dict[str, Any]) -> None:
            facts = self._body_facts(identity, ())
            self.detail.setHtml(self._facts(facts))
            self.logged_note.setText(
                self.tr("You opened this witness's identity; the archive's access log records it.")
            )

        self._read("identity", lambda s: store.read_identity(s.conn, s.keys, person), show)

    # --- search -----------------------------------------------------------------------------

    def search(self) -> None:
        """Search the archive for the words typed; empty shows the cases again."""
        query = self.search_edit.text().strip()
        find = self._search
        if not query or find is None:
            self.results_view.hide()
            self.cases_view.show()
            return

        def show(hits: Any) -> None:
            self.results_model.set_rows(list(hits))
            self.cases_view.hide()
            self.results_view.show()
            found = self.results_model.rowCount()
            self.statusBar().showMessage(self.tr("%n result(s)", "", found), 6000)

        def fetch(s: ArchiveSession) -> list[RecordRow]:
            from humdoc.core.archive import store

            hits = find(s, query, kind=None, case_id=None, limit=200)
            return store.with_witness_codes(s.conn, s.keys, list(hits))

        self._read("search", fetch, show)

    def _hit_chosen(self) -> None:
        from humdoc.core.archive import store

        hit = self.results_model.row(_selected_row(self.results_view))
        if hit is None:
            return
        kind, rid = hit.kind, hit.id

        def fetch(s: ArchiveSession) -> tuple[RecordRow, RecordRow | None]:
            row = store.with_witness_codes(
                s.conn, s.keys, [store.record_summary(s.conn, s.keys, kind, rid)]
            )[0]
            case = (
                store.record_summary(s.conn, s.keys, "cases", row.case_id)
                if row.kind != "cases" and row.case_id
                else None
            )
            return row, case

        def show(found: tuple[RecordRow, RecordRow | None]) -> None:
            row, case = found
            if row.kind == "cases":
                self.open_case(row.id, _text(row.summary.get("title")))
                return
            if case is not None:  # the hit's case around it, as a click on the case shows
                self.open_case(case.id, _text(case.summary.get("title")))
            self._show_record_actions(row)
            self.detail.setHtml(self._facts(self._row_facts(row)))

        self._read("summary", fetch, show)

    # --- admin ------------------------------------------------------------------------------

    def show_access_log(self) -> QDialog | None:
        """(admin) The newest entries of the access log, in a window of their own."""
        if self.session is None or self.session.duty != "admin":
            return None
        model = RowsModel(
            [
                (self.tr("When"), lambda e: locale_datetime(e["at"])),
                (self.tr("Who"), lambda e: e["actor"]),
                (self.tr("Read"), lambda e: _text(e["action"])),
                (self.tr("Kind"), lambda e: self.kind_name(str(e["kind"]))),
                (self.tr("Record"), lambda e: _text(e["ref"])),
            ],
            code_columns=frozenset({1, 4}),
        )
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Access log"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view = _table(model, 4, self.tr("Access log"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dialog.resize(760, 480)
        dialog.log_model = model  # type: ignore[attr-defined]
        self._read("log", lambda s: s.access_log(), model.set_rows)
        dialog.open()
        return dialog

    # --- locking ----------------------------------------------------------------------------

    def _user_active(self) -> None:
        if self.session is not None:
            self.auto_lock.start()

    def lock(self) -> None:
        """Close the session (wiping the archive key), empty every list, close the window."""
        session, self.session = self.session, None
        if session is None:
            return
        self.auto_lock.stop()
        self.exports.show_case(None)
        for model in (
            self.cases_model,
            self.results_model,
            self.testimonies_model,
            self.incidents_model,
            self.media_model,
        ):
            model.clear()
        self.detail.clear()
        self.preview.clear()
        self.search_edit.clear()
        for dialog in self.findChildren(QDialog):
            dialog.close()
        self._release(session)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
        self.close()
        self.locked.emit(self.address)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return on a focused button clicks it, as in a dialog (and the vault's
        window): outside dialogs Qt's buttons answer Space only."""
        if not keyboard.enter_clicks_focused_button(self, event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window closes the session too."""
        if self.session is not None:
            session, self.session = self.session, None
            self._release(session)
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.activity)
        super().closeEvent(event)


def _witness(row: RecordRow) -> str:
    """A testimony's witness: the code the field gave them, else the person's id."""
    return _text(row.summary.get("witness_code") or row.summary.get("witness_id"))


def _moment(value: Any) -> str:
    """An ISO 8601 day or moment in the interface's locale; "—" if there is none."""
    if not value:
        return "—"
    text = str(value)  # a day alone is shown as a day, not as its midnight
    return locale_date(text) if len(text) <= 10 else locale_datetime(text)


def _policy(value: Any) -> str:
    """A media policy's name with what it does, in the interface language."""
    return policy_label(str(value)) if value else "—"


def _size(value: Any) -> str:
    return locale_size(value) if isinstance(value, int) else "—"


def _selected_row(view: QTableView) -> int:
    """The selected row of ``view``, or -1."""
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
