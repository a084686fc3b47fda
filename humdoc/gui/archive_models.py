"""Qt table models over what a shared archive returns: record rows, custody, the access log.

One small model serves every list of the archive window: its columns are ``(header, cell)``
pairs the window gives (translated headers, functions of a row), its rows what one core query
returned. ``clear()`` drops every row; the window calls it on lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from humdoc.gui.bidi import text_alignment

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

#: The row's object itself (a ``RecordRow``, a log entry).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

#: A column: its translated header and the text it shows of a row.
Column = tuple[str, Callable[[Any], str]]


class RowsModel(QAbstractTableModel):
    """A read-only table of rows; columns in ``text_columns`` hold text someone wrote (titles,
    names) and are aligned by that text's own direction, those in ``code_columns`` (ids,
    hashes, role names) always left to right."""

    def __init__(
        self,
        columns: Sequence[Column],
        text_columns: frozenset[int] = frozenset(),
        code_columns: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.text_columns = text_columns
        self.code_columns = code_columns
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (replacing what was shown)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row."""
        self.set_rows([])

    def row(self, index: int) -> Any:
        """The row at ``index``, or None."""
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[column][1](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.text_columns:
            return text_alignment(self.columns[column][1](row)) | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.code_columns:
            return (
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][0]
        return None
