"""Qt models for media: the paged media list of a case (with thumbnails) and a custody chain.

Thumbnails live in memory only: PNG bytes from ``session.media.thumbnail`` go straight into a
``QPixmap`` (``loadFromData``) and are never written anywhere. Making one decrypts the original
(up to 256 MiB), so it never happens on the GUI thread: the import job makes them for the files
it imported; others are made lazily, one at a time on a background worker, for the rows a view
actually paints (the visible ones), and arrive by signal.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from humdoc.core.custody import CustodyEvent
from humdoc.core.mediaitems import MediaItem
from humdoc.core.session import Session
from humdoc.gui.bidi import isolate
from humdoc.gui.i18n import locale_datetime, locale_number, locale_size
from humdoc.gui.models import PAGE_SIZE, AnyIndex, PagedModel, RecordModel
from humdoc.gui.workers import run_in_background

#: The side of a list thumbnail, in pixels.
THUMB_PX = 64
#: How many list thumbnails stay in memory (the least recently made are dropped first).
THUMB_CACHE = 600


def pixmap_from_png(data: bytes) -> QPixmap | None:
    """A pixmap decoded from in-memory PNG bytes; None if they are empty or undecodable."""
    pixmap = QPixmap()
    if not data or not pixmap.loadFromData(data, "PNG"):
        return None
    return pixmap


def location_text(item: MediaItem) -> str:
    """Whether the item carries a location: yes, no, or removed at intake."""
    if item.metadata.get("gps"):
        return QCoreApplication.translate("media_model", "yes")
    if item.location_removed or item.metadata.get("location_removed_at_intake"):
        return QCoreApplication.translate("media_model", "removed")
    return QCoreApplication.translate("media_model", "no")


class MediaModel(PagedModel):
    """The media items of one case, in the order they were imported, paged from core."""

    class Column(enum.IntEnum):
        NAME = 0
        TYPE = 1
        SIZE = 2
        CAPTURED = 3
        LOCATION = 4

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.session: Session | None = None
        self.case_id: str | None = None
        self._thumbs: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._wanted: OrderedDict[str, None] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._make_next_thumbnail)
        # Which session and case the thumbnails belong to: a result made for an earlier one is
        # dropped when it arrives.
        self._generation = 0
        self._making = False

    def set_case(self, session: Session | None, case_id: str | None) -> None:
        """Show the media of ``case_id``; None for either empties the model and its thumbnails."""
        if session is not self.session or case_id != self.case_id or session is None:
            self._drop_thumbnails()
        self.session = session
        self.case_id = case_id
        self.refresh()

    def clear(self) -> None:
        self._drop_thumbnails()
        super().clear()

    def _drop_thumbnails(self) -> None:
        self._timer.stop()
        self._thumbs.clear()
        self._wanted.clear()
        self._generation += 1
        self._making = False

    def active(self) -> bool:
        return self.session is not None and self.case_id is not None

    def fetch(self, offset: int, limit: int) -> list[Any]:
        assert self.session is not None
        return list(self.session.media.list(self.case_id, offset, limit))

    def total(self) -> int:
        assert self.session is not None
        return self.session.media.count(self.case_id)

    def header(self, column: int) -> str:
        return {
            self.Column.NAME: QCoreApplication.translate("media_model", "File"),
            self.Column.TYPE: QCoreApplication.translate("media_model", "Type"),
            self.Column.SIZE: QCoreApplication.translate("media_model", "Size"),
            self.Column.CAPTURED: QCoreApplication.translate("media_model", "Captured"),
            self.Column.LOCATION: QCoreApplication.translate("media_model", "Location"),
        }[self.Column(column)]

    def cell(self, record: MediaItem, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.NAME:
            return record.original_name
        if col == self.Column.TYPE:
            kind = {
                "image": QCoreApplication.translate("media_model", "image"),
                "video": QCoreApplication.translate("media_model", "video"),
                "audio": QCoreApplication.translate("media_model", "audio"),
            }.get(record.kind, record.kind)
            return QCoreApplication.translate("media_model", "{kind} · {format}").format(
                kind=kind, format=record.format.upper()
            )
        if col == self.Column.SIZE:
            return locale_size(record.size)
        if col == self.Column.CAPTURED:
            captured = record.metadata.get("capture_time")
            return locale_datetime(str(captured)) if captured else "—"
        return location_text(record)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.Column.NAME
            and 0 <= index.row() < len(self._rows)
        ):
            return self._decoration(self._rows[index.row()])
        return super().data(index, role)

    # --- thumbnails -------------------------------------------------------------------------

    def thumbnail(self, item_id: str) -> QPixmap | None:
        """The list thumbnail of ``item_id`` if it has been made (None otherwise)."""
        return self._thumbs.get(item_id)

    def add_thumbnails(self, thumbnails: dict[str, bytes]) -> None:
        """Take PNG thumbnails made elsewhere (by the import job); empty bytes: no preview."""
        for item_id, png in thumbnails.items():
            self._remember(item_id, pixmap_from_png(png))
            self._wanted.pop(item_id, None)
            self._changed(item_id)

    def _remember(self, item_id: str, pixmap: QPixmap | None) -> None:
        self._thumbs[item_id] = pixmap
        self._thumbs.move_to_end(item_id)
        while len(self._thumbs) > THUMB_CACHE:
            self._thumbs.popitem(last=False)

    def _decoration(self, item: MediaItem) -> QPixmap | QIcon:
        if item.id in self._thumbs:
            pixmap = self._thumbs[item.id]
            return pixmap if pixmap is not None else self._kind_icon(item)
        if item.kind == "image" and item.id not in self._wanted:
            self._wanted[item.id] = None
            if not self._timer.isActive():
                self._timer.start(0)
        return self._kind_icon(item)

    @staticmethod
    def _kind_icon(item: MediaItem) -> QIcon:
        style = QApplication.style()
        kind = {
            "image": QStyle.StandardPixmap.SP_FileIcon,
            "video": QStyle.StandardPixmap.SP_MediaPlay,
            "audio": QStyle.StandardPixmap.SP_MediaVolume,
        }.get(item.kind, QStyle.StandardPixmap.SP_FileIcon)
        return style.standardIcon(kind) if style is not None else QIcon()

    def _make_next_thumbnail(self) -> None:
        """Start making the next wanted thumbnail on a worker (one at a time)."""
        if self.session is None or not self._wanted or self._making:
            return
        item_id, _ = self._wanted.popitem(last=False)
        if self.row_of(item_id) < 0:
            self._timer.start(0)
            return
        session, generation = self.session, self._generation
        self._making = True
        run_in_background(
            lambda: session.media.thumbnail(item_id, THUMB_PX),
            lambda png: self._thumbnail_made(generation, item_id, png),
            # damaged or undecodable, or the vault was locked: the row keeps its file icon
            lambda _err: self._thumbnail_made(generation, item_id, b""),
        )

    def _thumbnail_made(self, generation: int, item_id: str, png: bytes) -> None:
        if generation != self._generation:
            return  # made for another case or session: the model has moved on
        self._making = False
        self._remember(item_id, pixmap_from_png(png))
        self._changed(item_id)
        if self._wanted:
            self._timer.start(0)

    def _changed(self, item_id: str) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            index = self.index(row, self.Column.NAME)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class CustodyModel(RecordModel):
    """The events of one item's chain of custody, oldest first."""

    class Column(enum.IntEnum):
        SEQ = 0
        TIME = 1
        ACTION = 2
        ACTOR = 3
        DEVICE = 4
        HASH = 5

    TEXT_COLUMNS = frozenset({Column.ACTOR, Column.DEVICE})
    CODE_COLUMNS = frozenset({Column.HASH})

    def __init__(self) -> None:
        super().__init__()
        self.device_names: dict[str, str] = {}

    def set_chain(self, events: list[CustodyEvent], device_names: dict[str, str]) -> None:
        """Show ``events``; ``device_names`` maps fingerprints to names shown beside them."""
        self.device_names = dict(device_names)
        self.set_records([(ev, ev.fields) for ev in events])

    def record_id(self, record: Any) -> str:
        return str(record[0].hash)

    def header(self, column: int) -> str:
        return {
            self.Column.SEQ: QCoreApplication.translate("media_model", "#"),
            self.Column.TIME: QCoreApplication.translate("media_model", "Time (UTC)"),
            self.Column.ACTION: QCoreApplication.translate("media_model", "Action"),
            self.Column.ACTOR: QCoreApplication.translate("media_model", "Actor"),
            self.Column.DEVICE: QCoreApplication.translate("media_model", "Device"),
            self.Column.HASH: QCoreApplication.translate("media_model", "Entry hash"),
        }[self.Column(column)]

    def cell(self, record: Any, column: int) -> str:
        event, fields = record
        col = self.Column(column)
        if col == self.Column.SEQ:
            seq = fields.get("device_seq")
            return locale_number(seq) if isinstance(seq, int) else "?"
        if col == self.Column.TIME:
            return str(fields.get("at", "")).replace("T", " ").rstrip("Z")
        if col == self.Column.ACTION:
            return str(fields.get("action", ""))
        if col == self.Column.ACTOR:
            return str(fields.get("actor", ""))
        if col == self.Column.DEVICE:
            device = str(fields.get("device", ""))
            name = self.device_names.get(device)
            if not name:
                return device
            # Isolated: after an Arabic device name, the fingerprint's closing parenthesis
            # otherwise jumped to the far end of the line.
            return QCoreApplication.translate("media_model", "{name} ({fingerprint})").format(
                name=name, fingerprint=isolate(device)
            )
        return str(event.hash)
