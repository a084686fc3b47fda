"""The Media tab of a case: import files, look at their metadata, export copies, custody, delete.

Imports and extractions run as jobs behind the modal ``JobDialog``. Nothing here decrypts an
attachment on the GUI thread: the preview of the selected item is made by a background worker
and arrives by signal, as the list's thumbnails do (see ``media_model``).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from humdoc.core.domain.cases import Case
from humdoc.core.errors import HumdocError
from humdoc.core.intake import ImportReport
from humdoc.core.media import POLICY_NAMES
from humdoc.core.mediaitems import MediaItem
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.gui import dialogs, file_dialogs, keyboard
from humdoc.gui.bidi import facts_table, mirror_splitter
from humdoc.gui.case_tabs import button_row, make_table
from humdoc.gui.i18n import join_sentences, locale_datetime, locale_number, locale_size
from humdoc.gui.media_dialogs import CustodyDialog, ExportCopyDialog, ImportReportDialog
from humdoc.gui.media_model import THUMB_PX, MediaModel, pixmap_from_png
from humdoc.gui.policy_text import policy_explanation, policy_label
from humdoc.gui.workers import JobDialog, run_in_background, run_job

if TYPE_CHECKING:
    from humdoc.gui.playback import PlayerDialog, PosterFrame

#: The side of the preview in the detail pane, in pixels.
PREVIEW_PX = 320
#: Videos up to this size get a poster frame when selected (decrypted into memory to decode it).
POSTER_MAX_BYTES = 64 * 1024 * 1024


class MediaTab(QWidget):
    """The media items of a case, a detail pane for the selected one, and their actions."""

    #: Emitted after items were imported or one was deleted; carries the case id.
    changed = Signal(str)
    #: Emitted with the ``ImportReport`` once an import job has ended (also when it refused all).
    imported = Signal(object)
    #: Emitted with a one-line message for the status bar.
    status_message = Signal(str)
    #: Emitted with the item id once the selected item's preview (made on a worker) is shown.
    preview_ready = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.case: Case | None = None
        self.report_dialog: ImportReportDialog | None = None
        # The (session, item) whose preview a worker is making; a result for another is dropped.
        self._preview_wanted: tuple[Session, str] | None = None

        self.model = MediaModel()
        self.view = make_table(self.model, MediaModel.Column.NAME, self.tr("Media of the case"))
        self.view.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.view.verticalHeader().setDefaultSectionSize(THUMB_PX + 8)
        self.view.doubleClicked.connect(lambda _index: self.show_custody())

        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(lambda _checked=False: self.import_files())
        self.policy_combo = QComboBox()
        self.policy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.policy_combo.setToolTip(
            self.tr(
                "The original is always sealed untouched as evidence; this chooses the "
                "cleaned copy made at intake."
            )
        )
        self.export_button = QPushButton(self.tr("Export copy…"))
        self.export_button.clicked.connect(self.export_copy)
        self.custody_button = QPushButton(self.tr("Custody…"))
        self.custody_button.clicked.connect(self.show_custody)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_item)
        self.play_button = QPushButton(self.tr("Play…"))
        self.play_button.setToolTip(self.tr("Play the sound or video from memory"))
        self.play_button.clicked.connect(self.play_selected)
        self.player_dialog: PlayerDialog | None = None
        # Qt Multimedia is loaded the first time a video is selected or an item played.
        self.poster: PosterFrame | None = None
        self._poster_item: str | None = None
        #: The last poster frame shown (for tests and screenshots).
        self.poster_image: QImage | None = None

        self.preview = QLabel()
        self.preview.setObjectName("mediaPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_PX // 2, PREVIEW_PX // 2)
        self.details = QTextBrowser()
        keyboard.text_area(self.details, self.tr("Metadata of the selected item"))
        self.details.setObjectName("mediaDetails")
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        # Like the Testimonies tab: the list above, the selected item below (preview | details).
        pane = QSplitter(Qt.Orientation.Horizontal)
        pane.addWidget(self.preview)
        pane.addWidget(self.details)
        pane.setSizes([PREVIEW_PX, 400])
        mirror_splitter(pane)
        # The actions on the selected item sit above its details, not beside Import: one row
        # of all six is wider than a 1280-pixel screen once translated.
        selected = QWidget()
        selected_layout = QVBoxLayout(selected)
        selected_layout.setContentsMargins(0, 4, 0, 0)
        selected_layout.addLayout(
            button_row(
                self.play_button, self.export_button, self.custody_button, self.delete_button
            )
        )
        selected_layout.addWidget(pane, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(selected)
        split.setSizes([240, PREVIEW_PX])

        policy_caption = QLabel(self.tr("Import policy:"))
        policy_caption.setObjectName("muted")
        policy_caption.setBuddy(self.policy_combo)
        row = button_row(self.import_button)
        row.insertWidget(1, policy_caption)
        row.insertWidget(2, self.policy_combo)
        #: What the import policy chosen does (its name alone says too little).
        self.policy_explanation = QLabel()
        self.policy_explanation.setObjectName("muted")
        self.policy_explanation.setWordWrap(True)
        self.policy_combo.currentIndexChanged.connect(lambda _index: self._explain_policy())
        #: Files of the last import that cannot leave under their policy (not a modal dialog:
        #: work goes on; it stays until the next import or another case).
        self.leave_warning = QLabel()
        self.leave_warning.setObjectName("warning")
        self.leave_warning.setWordWrap(True)
        self.leave_warning.setTextFormat(Qt.TextFormat.PlainText)  # file names are never markup
        self.leave_warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.policy_explanation)
        layout.addWidget(self.leave_warning)
        layout.addWidget(split, 1)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        keyboard.on_enter(self.view, self.show_custody)  # as a double-click
        self.context_menu = keyboard.context_menu(
            self.view,
            [
                keyboard.button_action(b, self)
                for b in (self.export_button, self.custody_button, self.delete_button)
            ],
        )
        self._update_buttons()

    # --- case -------------------------------------------------------------------------------

    def set_case(self, session: Session | None, case: Case | None) -> None:
        """Show the media of ``case``; None (or a locked session) empties everything."""
        self.session, self.case = session, case
        self.show_cannot_leave([])
        if session is None:
            self.report_dialog = None  # it holds the last import's items and their metadata
        self.model.set_case(session, case.id if case else None)
        self.update_policy_choices()

    def update_policy_choices(self) -> None:
        """Refill the import policy chooser: the case's (or vault's) default first."""
        self.policy_combo.clear()
        if self.session is None or self.case is None:
            return
        applies, source = self.session.policy_for_case(self.case.id)
        default = applies.value
        origin = self.tr("case") if source == "case" else self.tr("vault")
        self.policy_combo.addItem(
            self.tr("Default: {policy} ({origin})").format(policy=default, origin=origin), None
        )
        self.policy_combo.setItemData(0, policy_label(default), Qt.ItemDataRole.ToolTipRole)
        for policy in POLICY_NAMES:
            self.policy_combo.addItem(policy, policy)
            self.policy_combo.setItemData(
                self.policy_combo.count() - 1, policy_label(policy), Qt.ItemDataRole.ToolTipRole
            )
        self._explain_policy()
        # The style sheet's padding is not in the combo's own size hint: leave room for it.
        metrics = self.policy_combo.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.policy_combo.itemText(i))
            for i in range(self.policy_combo.count())
        )
        self.policy_combo.setMinimumWidth(widest + 48)

    def _explain_policy(self) -> None:
        """Say beside the chooser what the chosen (or default) policy does."""
        if self.session is None or self.case is None:
            self.policy_explanation.clear()
            return
        chosen = self.import_policy()
        policy = chosen or self.session.policy_for_case(self.case.id)[0].value
        self.policy_explanation.setText(policy_explanation(policy))

    def current(self) -> MediaItem | None:
        """The selected item, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, item_id: str) -> bool:
        """Select ``item_id`` (fetching pages as needed); False if the case has no such item."""
        row = self.model.row_of(item_id)
        while row < 0 and self.model.canFetchMore(self.view.rootIndex()):
            self.model.fetchMore(self.view.rootIndex())
            row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        has_item = self.current() is not None
        self.import_button.setEnabled(self.case is not None)
        self.policy_combo.setEnabled(self.case is not None)
        for button in (self.export_button, self.custody_button, self.delete_button):
            button.setEnabled(has_item)
        item = self.current()
        self.play_button.setEnabled(item is not None and item.kind in ("audio", "video"))

    # --- detail pane ------------------------------------------------------------------------

    def _show_selected(self) -> None:
        self._update_buttons()
        item = self.current()
        self.preview.clear()
        self._preview_wanted = None
        if item is None or self.session is None:
            self.details.clear()
            return
        self.details.setHtml(self.render_details(item))
        self.preview.setText(self.tr("No preview"))
        if self.poster is not None:
            self.poster.stop()
        self._poster_item = None
        if item.kind == "video":
            self._grab_poster(item)
            return
        if item.kind != "image":
            return
        self.preview.setText(self.tr("Loading preview…"))
        session = self.session
        self._preview_wanted = (session, item.id)
        run_in_background(
            lambda: session.media.thumbnail(item.id, PREVIEW_PX),
            lambda png: self._preview_made(session, item.id, png, None),
            lambda err: self._preview_made(session, item.id, b"", err),
        )

    def _preview_made(
        self, session: Session, item_id: str, png: bytes, err: HumdocError | None
    ) -> None:
        """Show a preview made on a worker, if its item is still the one selected."""
        if self._preview_wanted != (session, item_id) or self.session is not session:
            return
        self._preview_wanted = None
        self.preview_ready.emit(item_id)
        if err is not None:
            self.preview.setText(str(err))
            return
        pixmap = pixmap_from_png(png)
        if pixmap is None:
            self.preview.setText(self.tr("No preview"))
        else:
            self.preview.setPixmap(pixmap)

    # --- audio and video, from memory ------------------------------------------------------

    def _grab_poster(self, item: MediaItem) -> None:
        """Decrypt ``item`` on a worker, then decode its first frame in memory (never a file)."""
        assert self.session is not None
        if item.size > POSTER_MAX_BYTES:
            self.preview.setText(self.tr("No preview (too large to decode here)"))
            return
        session = self.session
        self._poster_item = item.id
        self.preview.setText(self.tr("Decoding a frame…"))
        extension = str(item.metadata.get("_extension", item.format))
        run_in_background(
            lambda: session.media.read_original(item.id),
            lambda data: self._poster_data(session, item.id, data, extension),
            lambda err: self._poster_data(session, item.id, b"", extension, err),
        )

    def _poster_data(
        self,
        session: Session,
        item_id: str,
        data: bytes,
        extension: str,
        err: HumdocError | None = None,
    ) -> None:
        """Hand a video decrypted on a worker to the frame grabber, if still selected."""
        if self.session is not session or self._poster_item != item_id:
            return
        if err is not None:
            self.preview.setText(str(err))
            return
        if self.poster is None:
            from humdoc.gui.playback import PosterFrame

            self.poster = PosterFrame(self)
            self.poster.ready.connect(self._poster_ready)
            self.poster.failed.connect(self._poster_failed)
        self.poster.grab(data, extension)

    def _poster_ready(self, image: QImage) -> None:
        item = self.current()
        if item is None or item.id != self._poster_item:
            return
        scaled = image.scaled(
            PREVIEW_PX,
            PREVIEW_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(QPixmap.fromImage(scaled))
        self.poster_image = scaled

    def _poster_failed(self, reason: str) -> None:
        item = self.current()
        if item is not None and item.id == self._poster_item:
            self.preview.setText(self.tr("No preview: {reason}").format(reason=reason))

    def play_selected(self) -> JobDialog | None:
        """Decrypt the selected audio or video into memory (in a job) and open the player."""
        from humdoc.gui.playback import PlayerDialog, reader_job

        item = self.current()
        if self.session is None or item is None or item.kind not in ("audio", "video"):
            return None

        def opened(data: bytes) -> None:
            self.player_dialog = PlayerDialog(data, item, self)
            self.player_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.player_dialog.destroyed.connect(lambda: setattr(self, "player_dialog", None))
            self.player_dialog.open()
            self.player_dialog.player.play()

        _job, dialog = run_job(
            reader_job(self.session, item.id),
            parent=self,
            title=self.tr("Play"),
            message=self.tr("Decrypting {name} into memory…").format(name=item.original_name),
            on_success=opened,
        )
        return dialog

    def render_details(self, item: MediaItem) -> str:
        """The item's metadata, hashes and derivatives as HTML (everything escaped)."""
        esc = html.escape
        meta: dict[str, Any] = item.metadata
        none = "—"

        def text(key: str) -> str:
            value = meta.get(key)
            return esc(str(value)) if value not in (None, "") else none

        camera = " ".join(str(meta[k]) for k in ("make", "model") if meta.get(k))
        gps = meta.get("gps")
        if gps:
            locale = QLocale()
            lat = locale.toString(float(gps.get("lat")), "f", 6)
            lon = locale.toString(float(gps.get("lon")), "f", 6)
            if gps.get("alt") is not None:
                where = self.tr("{lat}, {lon}, altitude {alt} m").format(
                    lat=lat, lon=lon, alt=locale.toString(float(gps["alt"]), "f", 1)
                )
            else:
                where = self.tr("{lat}, {lon}").format(lat=lat, lon=lon)
            location = esc(where)
        elif item.location_removed or "location_removed_at_intake" in meta:
            location = esc(self.tr("removed at intake"))
        else:
            location = esc(self.tr("none recorded"))
        width, height = meta.get("width"), meta.get("height")
        facts = [
            (self.tr("File"), esc(item.original_name)),
            (self.tr("Type"), esc(item.mime)),
            (self.tr("Imported"), esc(locale_datetime(item.imported_at))),
            (self.tr("Imported by"), esc(item.imported_by)),
            (self.tr("Capture time"), esc(locale_datetime(str(meta.get("capture_time") or "")))),
            (self.tr("Camera"), esc(camera) if camera else none),
            (self.tr("Serial number"), text("serial")),
            (self.tr("Artist"), text("artist")),
            (self.tr("Software"), text("software")),
            (self.tr("GPS location"), location),
            (
                self.tr("Dimensions"),
                esc(
                    self.tr("{width} × {height}").format(
                        width=locale_number(int(width)), height=locale_number(int(height))
                    )
                )
                if width and height
                else none,
            ),
        ]
        names = {
            "original": self.tr("Original"),
            "evidence copy": self.tr("Evidence copy"),
            "strip copy": self.tr("Strip copy"),
            "copy sealed without location": self.tr("Copy sealed without location"),
        }
        sha_label = self.tr("SHA-256")
        for copy in item.copies():
            if not copy.sealed and copy.name != "original":
                continue  # derivatives are listed below, each with its size and hash
            size = self.tr("size not known here") if copy.size is None else locale_size(copy.size)
            if copy.sealed:
                size = self.tr("{size}, sealed in this vault").format(size=size)
            facts.append(
                (
                    esc(names.get(copy.name, copy.name)),
                    f"{esc(size)}<br>{esc(sha_label)} <tt>{esc(copy.sha256)}</tt>",
                )
            )
        derivs = []
        for d in item.derivatives:
            removed = QLocale().createSeparatedList(list(d.removed)) or self.tr(
                "nothing needed removing"
            )
            if d.converted:
                heading = self.tr("{policy} (converted to {format}) — {size}")
            else:
                heading = self.tr("{policy} — {size}")
            heading = heading.format(policy=d.policy, format=d.format, size=locale_size(d.size))
            removed_line = self.tr("Removed: {what}").format(what=removed)
            derivs.append(
                f"<li><b>{esc(heading)}</b><br>{esc(removed_line)}<br><tt>{esc(d.sha256)}</tt></li>"
            )
        no_copy = self.tr("No cleaned copy yet (one is made on export).")
        deriv_html = f"<ul>{''.join(derivs)}</ul>" if derivs else f"<p>{esc(no_copy)}</p>"
        derivatives = self.tr("Derivatives")
        return (
            "<style>td{padding:2px 12px 2px 0;vertical-align:top} td.k{color:#5b6670}</style>"
            f"{facts_table(facts)}<p><b>{esc(derivatives)}</b></p>{deriv_html}"
        )

    # --- import -----------------------------------------------------------------------------

    def import_policy(self) -> str | None:
        """The policy chosen for new imports; None means the case's or vault's default."""
        value = self.policy_combo.currentData()
        return str(value) if value else None

    def import_files(self, paths: list[Path] | None = None) -> JobDialog | None:
        """Import ``paths`` (asks with a file dialog when None) in a job with progress and Cancel.

        Returns the job's dialog (``dialog.job.signals.finished`` ends it), or None if nothing
        was chosen.
        """
        if self.session is None or self.case is None:
            return None
        if paths is None:
            paths = file_dialogs.open_file_names(
                self, self.tr("Import files into “{title}”").format(title=self.case.title)
            )
        if not paths:
            return None
        session, case_id, policy = self.session, self.case.id, self.import_policy()

        def work(progress: Progress, cancelled: Cancelled) -> tuple[ImportReport, dict[str, bytes]]:
            report = session.media.import_files(
                case_id, paths, policy, progress=progress, cancelled=cancelled
            )
            thumbs: dict[str, bytes] = {}
            for item in report.imported:
                if item.kind == "image":
                    try:
                        thumbs[item.id] = session.media.thumbnail(item.id, THUMB_PX)
                    except HumdocError:
                        thumbs[item.id] = b""
            return report, thumbs

        _job, dialog = run_job(
            work,
            parent=self,
            title=self.tr("Import files"),
            message=self.tr(
                "Hashing, sealing and reading the metadata of %n file(s)…", "", len(paths)
            ),
            on_success=self._imported,
            on_failure=self._import_failed,
            on_cancelled=self._import_cancelled,
        )
        return dialog

    def _imported(self, result: tuple[ImportReport, dict[str, bytes]]) -> None:
        report, thumbs = result
        self.model.refresh()
        self.model.add_thumbnails(thumbs)
        if report.imported:
            self.select(report.imported[0].id)
        self.show_cannot_leave(report.cannot_leave)
        if report.failed or report.warnings:
            self.report_dialog = ImportReportDialog(report, self)
            self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_dialog.open()
        self.status_message.emit(
            join_sentences(
                self.tr("%n file(s) imported.", "", len(report.imported)),
                self.tr("%n refused.", "", len(report.failed)) if report.failed else "",
            )
        )
        if self.case is not None:
            self.changed.emit(self.case.id)
        self.imported.emit(report)

    def show_cannot_leave(self, files: list[tuple[str, str]]) -> None:
        """Show (or, for none, hide) the warning naming the imported files that cannot leave
        under their policy, each with the reason and what would be needed."""
        if not files:
            self.leave_warning.clear()
            self.leave_warning.hide()
            return
        lines = [
            self.tr(
                "%n imported file(s) cannot leave this device under their policy; they are "
                "sealed and kept:",
                "",
                len(files),
            )
        ]
        lines += [f"• {name}: {reason}" for name, reason in files]
        self.leave_warning.setText("\n".join(lines))
        self.leave_warning.show()

    def _import_failed(self, err: HumdocError) -> None:
        self.model.refresh()
        dialogs.show_error(self, self.tr("Import files"), str(err))
        self.imported.emit(ImportReport())

    def _import_cancelled(self) -> None:
        # Files sealed before Cancel are committed and stay; show them.
        self.model.refresh()
        self.status_message.emit(
            self.tr("Import cancelled; the files imported before that are kept.")
        )
        if self.case is not None:
            self.changed.emit(self.case.id)
        self.imported.emit(ImportReport())

    # --- actions on the selected item -------------------------------------------------------

    def export_copy(self) -> ExportCopyDialog | None:
        """Open the form that saves a copy of the selected item; returns the (open) dialog."""
        item = self.current()
        if self.session is None or self.case is None or item is None:
            return None
        default = self.session.policy_for_case(self.case.id)[0].value
        dialog = ExportCopyDialog(
            item, default, lambda policy, path: self.extract(item, policy, path), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def extract(self, item: MediaItem, policy: str | None, out: Path) -> JobDialog | None:
        """Write the original (``policy`` None) or a policy copy of ``item`` to ``out``, in a job."""
        if self.session is None:
            return None
        session = self.session

        def work(progress: Progress, cancelled: Cancelled) -> dict[str, Any]:
            return session.media.extract(item.id, out, policy)

        def done(result: dict[str, Any]) -> None:
            dialogs.show_info(
                self,
                self.tr("Export a copy"),
                (
                    self.tr("Saved the original of {name} as {out}.\n\nSHA-256: {sha}")
                    if result["what"] == "original"
                    else self.tr("Saved the {policy} copy of {name} as {out}.\n\nSHA-256: {sha}")
                ).format(
                    policy=policy, name=item.original_name, out=out.name, sha=result["sha256"]
                ),
            )
            self.model.refresh()
            self.select(item.id)

        # extract() cannot stop half-way; it is short for photos.
        _job, dialog = run_job(
            work,
            parent=self,
            title=self.tr("Export a copy"),
            message=self.tr("Checking and writing the copy…"),
            on_success=done,
            cancellable=False,
        )
        return dialog

    def show_custody(self) -> CustodyDialog | None:
        """Show the selected item's chain of custody; returns the (open) dialog."""
        item = self.current()
        if self.session is None or item is None:
            return None
        dialog = CustodyDialog(self.session, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_item(self) -> None:
        """Delete the selected item and its copies after confirmation (its custody log stays)."""
        item = self.current()
        if self.session is None or self.case is None or item is None:
            return
        question = self.tr(
            "Delete “{name}” and its cleaned copies from the vault? The sealed original is "
            "destroyed; its chain of custody is kept. This cannot be undone."
        ).format(name=item.original_name)
        if not dialogs.confirm(self, self.tr("Delete media item"), question):
            return
        try:
            self.session.media.delete(item.id)
        except HumdocError as exc:
            dialogs.show_error(self, self.tr("Delete media item"), str(exc))
            return
        self.model.refresh()
        self.changed.emit(self.case.id)
