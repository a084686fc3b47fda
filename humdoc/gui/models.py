"""Qt table models over core queries: cases, incidents, testimonies and search results.

Each model has a column enum and holds only what core returned for the current view. Cases and
testimonies are fetched in pages (``canFetchMore``/``fetchMore``) so a large vault never loads at
once. ``clear()`` drops every row; the main window calls it on lock.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from humdoc.core.domain.cases import Case, Incident
from humdoc.core.domain.search import SearchHit
from humdoc.core.domain.testimonies import Testimony
from humdoc.core.session import Session
from humdoc.gui.bidi import text_alignment
from humdoc.gui.i18n import locale_date
from humdoc.gui.workers import jobs_active

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

#: The id of the row's record (case, incident, testimony or search hit ref).
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row's record itself (a core dataclass).
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
_EXCERPT = 80


def excerpt(text: str, length: int = _EXCERPT) -> str:
    """The first line of ``text``, cut to ``length`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


class RecordModel(QAbstractTableModel):
    """A read-only table of core records. Subclasses set ``Column`` and implement ``cell``."""

    Column: type[enum.IntEnum]
    #: The columns that show text someone wrote (titles, statements, snippets): each cell is
    #: aligned by its own text's direction, not the interface's.
    TEXT_COLUMNS: frozenset[int] = frozenset()
    #: The columns of codes (fingerprints, hashes): always left to right, group by group.
    CODE_COLUMNS: frozenset[int] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    # --- to implement ---------------------------------------------------------------------

    def header(self, column: int) -> str:
        """The translated title of ``column``."""
        raise NotImplementedError

    def cell(self, record: Any, column: int) -> str:
        """The text shown for ``record`` in ``column``."""
        raise NotImplementedError

    def record_id(self, record: Any) -> str:
        """The id that ``ID_ROLE`` returns."""
        return str(record.id)

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.TEXT_COLUMNS:
            align = text_alignment(self.cell(record, index.column()))
            return align | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.CODE_COLUMNS:
            return (
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == ID_ROLE:
            return self.record_id(record)
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Column):
            return self.header(section)
        return None

    # --- for the views --------------------------------------------------------------------

    def record(self, row: int) -> Any:
        """The record at ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        """The row holding ``record_id`` among the rows loaded so far, or -1."""
        return next((i for i, r in enumerate(self._rows) if self.record_id(r) == record_id), -1)

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock, or when the view has nothing to show)."""
        self.set_records([])


class PagedModel(RecordModel):
    """A ``RecordModel`` that loads its rows ``PAGE_SIZE`` at a time as the view scrolls."""

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.page_size = page_size
        self._total = 0

    def fetch(self, offset: int, limit: int) -> list[Any]:
        """Rows ``offset`` … ``offset + limit`` from core."""
        raise NotImplementedError

    def total(self) -> int:
        """How many rows core has in all."""
        raise NotImplementedError

    def active(self) -> bool:
        """False when there is nothing to query (locked, or no case selected)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload the first page (and the count) from core."""
        self.beginResetModel()
        if self.active():
            self._total = self.total()
            self._rows = self.fetch(0, self.page_size)
        else:
            self._total = 0
            self._rows = []
        self.endResetModel()

    def clear(self) -> None:
        self._total = 0
        super().clear()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        # A view may ask for more rows while it repaints behind a modal JobDialog. The session
        # is safe to share (one lock), but a job's transaction may hold that lock for a while;
        # the next page waits for the job to end rather than stall the window behind it.
        return (
            not parent.isValid()
            and self.active()
            and len(self._rows) < self._total
            and not jobs_active()
        )

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        more = self.fetch(len(self._rows), self.page_size)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()


class CasesModel(PagedModel):
    """Every case in the vault, newest first, paged from ``session.cases.list``."""

    class Column(enum.IntEnum):
        TITLE = 0
        STATUS = 1
        UPDATED = 2

    TEXT_COLUMNS = frozenset({Column.TITLE})

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.session: Session | None = None

    def set_session(self, session: Session | None) -> None:
        """Show the cases of ``session``; None (locked) empties the model."""
        self.session = session
        self.refresh()

    def active(self) -> bool:
        return self.session is not None

    def fetch(self, offset: int, limit: int) -> list[Any]:
        assert self.session is not None
        return list(self.session.cases.list(offset, limit))

    def total(self) -> int:
        assert self.session is not None
        return self.session.cases.count()

    def header(self, column: int) -> str:
        return {
            self.Column.TITLE: QCoreApplication.translate("models", "Case"),
            self.Column.STATUS: QCoreApplication.translate("models", "Status"),
            self.Column.UPDATED: QCoreApplication.translate("models", "Updated"),
        }[self.Column(column)]

    def cell(self, record: Case, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.TITLE:
            return record.title
        if col == self.Column.STATUS:
            return (
                QCoreApplication.translate("models", "Open")
                if record.status == "open"
                else QCoreApplication.translate("models", "Closed")
            )
        return locale_date(record.updated)


class TestimoniesModel(PagedModel):
    """The testimonies of one case, oldest first, paged from ``session.testimonies.list``."""

    __test__ = False  # not a pytest class, despite the name

    class Column(enum.IntEnum):
        WITNESS = 0
        DATE = 1
        LANGUAGE = 2
        CONSENT = 3
        STATEMENT = 4

    TEXT_COLUMNS = frozenset({Column.STATEMENT})

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.session: Session | None = None
        self.case_id: str | None = None

    def set_case(self, session: Session | None, case_id: str | None) -> None:
        """Show the testimonies of ``case_id``; None for either empties the model."""
        self.session = session
        self.case_id = case_id
        self.refresh()

    def active(self) -> bool:
        return self.session is not None and self.case_id is not None

    def fetch(self, offset: int, limit: int) -> list[Any]:
        assert self.session is not None
        return list(self.session.testimonies.list(self.case_id, offset, limit))

    def total(self) -> int:
        assert self.session is not None
        return self.session.testimonies.count(self.case_id)

    def header(self, column: int) -> str:
        return {
            self.Column.WITNESS: QCoreApplication.translate("models", "Witness"),
            self.Column.DATE: QCoreApplication.translate("models", "Interview"),
            self.Column.LANGUAGE: QCoreApplication.translate("models", "Language"),
            self.Column.CONSENT: QCoreApplication.translate("models", "Consent"),
            self.Column.STATEMENT: QCoreApplication.translate("models", "Statement"),
        }[self.Column(column)]

    def cell(self, record: Testimony, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.WITNESS:
            return record.witness_code
        if col == self.Column.DATE:
            return locale_date(record.interview_date)
        if col == self.Column.LANGUAGE:
            return record.language or "—"
        if col == self.Column.CONSENT:
            # The scopes' names as the command line takes them, not words: never translated.
            scopes = ", ".join(record.consent.scopes)
            return scopes or QCoreApplication.translate("models", "none recorded")
        return excerpt(record.statement)


class IncidentsModel(RecordModel):
    """The incidents of one case, in the order they happened."""

    class Column(enum.IntEnum):
        TITLE = 0
        WHEN = 1
        LOCATION = 2

    TEXT_COLUMNS = frozenset({Column.TITLE, Column.LOCATION})

    def set_case(self, session: Session | None, case_id: str | None) -> None:
        """Show the incidents of ``case_id``; None for either empties the model."""
        if session is None or case_id is None:
            self.clear()
        else:
            self.set_records(session.cases.incidents(case_id))

    def header(self, column: int) -> str:
        return {
            self.Column.TITLE: QCoreApplication.translate("models", "Incident"),
            self.Column.WHEN: QCoreApplication.translate("models", "When"),
            self.Column.LOCATION: QCoreApplication.translate("models", "Location"),
        }[self.Column(column)]

    def cell(self, record: Incident, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.TITLE:
            return record.title
        if col == self.Column.WHEN:
            start, end = record.occurred_from, record.occurred_to
            if start and end and end != start:
                return QCoreApplication.translate("models", "{start} – {end}").format(
                    start=locale_date(start), end=locale_date(end)
                )
            return locale_date(start or end)
        return record.location or "—"


class SearchModel(RecordModel):
    """The hits of one full-text search, best first."""

    class Column(enum.IntEnum):
        KIND = 0
        TITLE = 1
        MATCH = 2

    TEXT_COLUMNS = frozenset({Column.TITLE, Column.MATCH})

    def header(self, column: int) -> str:
        return {
            self.Column.KIND: QCoreApplication.translate("models", "Kind"),
            self.Column.TITLE: QCoreApplication.translate("models", "Title"),
            self.Column.MATCH: QCoreApplication.translate("models", "Match"),
        }[self.Column(column)]

    def cell(self, record: SearchHit, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.KIND:
            return {
                "case": QCoreApplication.translate("models", "Case"),
                "incident": QCoreApplication.translate("models", "Incident"),
                "testimony": QCoreApplication.translate("models", "Testimony"),
            }.get(record.kind, record.kind)
        if col == self.Column.TITLE:
            return record.title
        return " ".join(record.snippet.split())

    def record_id(self, record: SearchHit) -> str:
        return record.ref
