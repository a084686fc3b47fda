"""The Media tab of a case: import files, look at their metadata, export copies, custody, delete.

Imports and extractions run as jobs behind the modal ``JobDialog``. While the dialog is up the
GUI thread does not touch the ``Session`` (its SQLCipher connection is shared with the worker):
the dialog blocks every action, and the model and preview check ``jobs_active()`` before any
query they could make on a repaint.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
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
from humdoc.core.mediaitems import MediaItem
from humdoc.core.progress import Cancelled, Progress
from humdoc.core.session import Session
from humdoc.core.sizes import human_size
from humdoc.gui import dialogs, file_dialogs
from humdoc.gui.case_tabs import button_row, make_table
from humdoc.gui.media_dialogs import CustodyDialog, ExportCopyDialog, ImportReportDialog
from humdoc.gui.media_model import THUMB_PX, MediaModel, pixmap_from_png
from humdoc.gui.workers import JobDialog, jobs_active, run_job

if TYPE_CHECKING:
    from humdoc.gui.playback import PlayerDialog, PosterFrame

#: The side of the preview in the detail pane, in pixels.
PREVIEW_PX = 320
#: Videos up to this size get a poster frame when selected (decrypted into memory to decode it).
POSTER_MAX_BYTES = 64 * 1024 * 1024


def policy_label(policy: str) -> str:
    """A policy's name with what it does, for choosers."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "keep": "keep — the original, untouched",
        "evidence": "evidence — location, serials and names removed",
        "strip": "strip — nothing identifying left",
    }
    return QCoreApplication.translate("media_tab", texts.get(policy, policy))


class MediaTab(QWidget):
    """The media items of a case, a detail pane for the selected one, and their actions."""

    #: Emitted after items were imported or one was deleted; carries the case id.
    changed = Signal(str)
    #: Emitted with the ``ImportReport`` once an import job has ended (also when it refused all).
    imported = Signal(object)
    #: Emitted with a one-line message for the status bar.
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.case: Case | None = None
        self.report_dialog: ImportReportDialog | None = None

        self.model = MediaModel()
        self.view = make_table(self.model, MediaModel.Column.NAME)
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
        self.details.setObjectName("mediaDetails")
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        # Like the Testimonies tab: the list above, the selected item below (preview | details).
        pane = QSplitter(Qt.Orientation.Horizontal)
        pane.addWidget(self.preview)
        pane.addWidget(self.details)
        pane.setSizes([PREVIEW_PX, 400])
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
        row = button_row(self.import_button)
        row.insertWidget(1, policy_caption)
        row.insertWidget(2, self.policy_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        self._update_buttons()

    # --- case -------------------------------------------------------------------------------

    def set_case(self, session: Session | None, case: Case | None) -> None:
        """Show the media of ``case``; None (or a locked session) empties everything."""
        self.session, self.case = session, case
        if session is None:
            self.report_dialog = None  # it holds the last import's items and their metadata
        self.model.set_case(session, case.id if case else None)
        self.update_policy_choices()

    def update_policy_choices(self) -> None:
        """Refill the import policy chooser: the case's (or vault's) default first."""
        self.policy_combo.clear()
        if self.session is None or self.case is None:
            return
        default = self.case.policy or str(self.session.settings.default_policy)
        origin = self.tr("case") if self.case.policy else self.tr("vault")
        self.policy_combo.addItem(
            self.tr("Default: {policy} ({origin})").format(policy=default, origin=origin), None
        )
        self.policy_combo.setItemData(0, policy_label(default), Qt.ItemDataRole.ToolTipRole)
        for policy in ("keep", "evidence", "strip"):
            self.policy_combo.addItem(policy, policy)
            self.policy_combo.setItemData(
                self.policy_combo.count() - 1, policy_label(policy), Qt.ItemDataRole.ToolTipRole
            )
        # The style sheet's padding is not in the combo's own size hint: leave room for it.
        metrics = self.policy_combo.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.policy_combo.itemText(i))
            for i in range(self.policy_combo.count())
        )
        self.policy_combo.setMinimumWidth(widest + 48)

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
        if item is None or self.session is None:
            self.details.clear()
            return
        self.details.setHtml(self.render_details(item))
        self.preview.setText(self.tr("No preview"))
        if self.poster is not None:
            self.poster.stop()
        self._poster_item = None
        if item.kind == "video" and not jobs_active():
            self._grab_poster(item)
            return
        if item.kind != "image" or jobs_active():
            return
        try:
            png = self.session.media.thumbnail(item.id, PREVIEW_PX)
        except HumdocError as exc:
            self.preview.setText(str(exc))
            return
        pixmap = pixmap_from_png(png)
        if pixmap is not None:
            self.preview.setPixmap(pixmap)

    # --- audio and video, from memory ------------------------------------------------------

    def _grab_poster(self, item: MediaItem) -> None:
        assert self.session is not None
        if item.size > POSTER_MAX_BYTES:
            self.preview.setText(self.tr("No preview (too large to decode here)"))
            return
        try:
            data = self.session.media.read_original(item.id)
        except HumdocError as exc:
            self.preview.setText(str(exc))
            return
        if self.poster is None:
            from humdoc.gui.playback import PosterFrame

            self.poster = PosterFrame(self)
            self.poster.ready.connect(self._poster_ready)
            self.poster.failed.connect(self._poster_failed)
        self._poster_item = item.id
        self.preview.setText(self.tr("Decoding a frame…"))
        self.poster.grab(data, str(item.metadata.get("_extension", item.format)))

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
            where = f"{gps.get('lat'):.6f}, {gps.get('lon'):.6f}"
            if gps.get("alt") is not None:
                where += self.tr(", altitude {alt} m").format(alt=gps["alt"])
            location = esc(where)
        elif item.location_removed or "location_removed_at_intake" in meta:
            location = esc(self.tr("removed at intake"))
        else:
            location = esc(self.tr("none recorded"))
        width, height = meta.get("width"), meta.get("height")
        facts = [
            (self.tr("File"), esc(item.original_name)),
            (self.tr("Type"), esc(f"{item.mime}  ({human_size(item.size)})")),
            (self.tr("Imported"), esc(f"{item.imported_at[:19].replace('T', ' ')}")),
            (self.tr("Imported by"), esc(item.imported_by)),
            (self.tr("Capture time"), text("capture_time").replace("T", " ")),
            (self.tr("Camera"), esc(camera) if camera else none),
            (self.tr("Serial number"), text("serial")),
            (self.tr("Artist"), text("artist")),
            (self.tr("Software"), text("software")),
            (self.tr("GPS location"), location),
            (self.tr("Dimensions"), esc(f"{width} × {height}") if width and height else none),
            (self.tr("SHA-256"), f"<tt>{esc(item.sha256)}</tt>"),
        ]
        if item.sealed_sha256 != item.sha256:
            facts.append((self.tr("Sealed SHA-256"), f"<tt>{esc(item.sealed_sha256)}</tt>"))
        rows = "".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in facts)
        derivs = []
        for d in item.derivatives:
            removed = ", ".join(d.removed) or self.tr("nothing needed removing")
            converted = self.tr(" (converted to {fmt})").format(fmt=d.format) if d.converted else ""
            derivs.append(
                f"<li><b>{esc(d.policy)}</b>{esc(converted)} — {esc(human_size(d.size))}<br>"
                f"{esc(self.tr('Removed:'))} {esc(removed)}<br><tt>{esc(d.sha256)}</tt></li>"
            )
        deriv_html = (
            f"<ul>{''.join(derivs)}</ul>"
            if derivs
            else f"<p>{esc(self.tr('No cleaned copy yet (one is made on export).'))}</p>"
        )
        return (
            "<style>td{padding:2px 12px 2px 0;vertical-align:top} td.k{color:#5b6670}</style>"
            f"<table>{rows}</table><p><b>{esc(self.tr('Derivatives'))}</b></p>{deriv_html}"
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
        if report.failed or report.warnings:
            self.report_dialog = ImportReportDialog(report, self)
            self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_dialog.open()
        self.status_message.emit(
            self.tr("%n file(s) imported.", "", len(report.imported))
            + (" " + self.tr("%n refused.", "", len(report.failed)) if report.failed else "")
        )
        if self.case is not None:
            self.changed.emit(self.case.id)
        self.imported.emit(report)

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
        default = self.case.policy or str(self.session.settings.default_policy)
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
                self.tr("Saved the {what} of {name} as {out}.\n\nSHA-256: {sha}").format(
                    what=result["what"], name=item.original_name, out=out.name, sha=result["sha256"]
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
