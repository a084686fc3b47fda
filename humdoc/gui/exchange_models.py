"""Qt models for exchange: checkable choices, an export plan, bundle outcomes, enrolled devices."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from humdoc.core.exchange.partners import Device
from humdoc.gui.i18n import locale_date
from humdoc.gui.models import AnyIndex, RecordModel


@dataclass(frozen=True)
class Choice:
    """One checkable row: what it stands for (``id``), its name and a muted detail."""

    id: str
    label: str
    detail: str = ""


class ChoiceModel(RecordModel):
    """A list of ``Choice`` rows the user ticks (cases to export, recipients to encrypt to)."""

    class Column(enum.IntEnum):
        NAME = 0
        DETAIL = 1

    def __init__(self, headers: tuple[str, str] = ("", "")) -> None:
        super().__init__()
        self._headers = headers
        self._checked: set[str] = set()

    def set_choices(self, choices: Iterable[Choice], checked: Iterable[str] = ()) -> None:
        """Replace the rows; ``checked`` ids start ticked (ids not among the rows are ignored)."""
        rows = list(choices)
        ids = {c.id for c in rows}
        self._checked = {c for c in checked if c in ids}
        self.set_records(rows)

    def clear(self) -> None:
        self._checked = set()
        super().clear()

    def checked_ids(self) -> list[str]:
        """The ticked ids, in row order."""
        return [c.id for c in self._rows if c.id in self._checked]

    def set_checked(self, choice_id: str, checked: bool) -> None:
        """Tick or untick ``choice_id``."""
        row = self.row_of(choice_id)
        if row >= 0:
            state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            self.setData(self.index(row, self.Column.NAME), state, Qt.ItemDataRole.CheckStateRole)

    def header(self, column: int) -> str:
        return self._headers[column]

    def cell(self, record: Choice, column: int) -> str:
        return record.label if column == self.Column.NAME else record.detail

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == self.Column.NAME
            and 0 <= index.row() < len(self._rows)
        ):
            ticked = self._rows[index.row()].id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.Column.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.Column.NAME
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        choice_id = self._rows[index.row()].id
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(choice_id)
        else:
            self._checked.discard(choice_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


@dataclass(frozen=True)
class PlanRow:
    """One line of an export preview: carried or held back, what, and the detail or reason."""

    carried: bool
    kind: str
    what: str
    detail: str
    id: str


class PlanModel(RecordModel):
    """An export preview: everything held back (with its reason) first, then what is carried."""

    class Column(enum.IntEnum):
        STATUS = 0
        KIND = 1
        ITEM = 2
        DETAIL = 3

    TEXT_COLUMNS = frozenset({Column.ITEM, Column.DETAIL})

    def header(self, column: int) -> str:
        return {
            self.Column.STATUS: QCoreApplication.translate("exchange_models", "Status"),
            self.Column.KIND: QCoreApplication.translate("exchange_models", "Kind"),
            self.Column.ITEM: QCoreApplication.translate("exchange_models", "Item"),
            self.Column.DETAIL: QCoreApplication.translate("exchange_models", "Reason / detail"),
        }[self.Column(column)]

    def cell(self, record: PlanRow, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.STATUS:
            return (
                QCoreApplication.translate("exchange_models", "carried")
                if record.carried
                else QCoreApplication.translate("exchange_models", "held back")
            )
        if col == self.Column.KIND:
            return {
                "case": QCoreApplication.translate("exchange_models", "case"),
                "incident": QCoreApplication.translate("exchange_models", "incident"),
                "testimony": QCoreApplication.translate("exchange_models", "testimony"),
                "media": QCoreApplication.translate("exchange_models", "media"),
                "identity": QCoreApplication.translate("exchange_models", "witness identity"),
            }.get(record.kind, record.kind)
        if col == self.Column.ITEM:
            return record.what
        return record.detail

    def held_back(self) -> list[PlanRow]:
        """The rows that will not leave."""
        return [r for r in self._rows if not r.carried]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            record = self.record(index.row())
            if record is not None and not record.carried:
                return QColor("#a3312a")
            return None
        return super().data(index, role)


@dataclass(frozen=True)
class BundleOutcome:
    """What became of one bundle file: received, already received (filed before: nothing new),
    verified, rejected, not received (it could not be filed, e.g. its identities without the
    compartment passphrase) or not tried (cancelled)."""

    file: str
    status: str
    detail: str
    summary: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return self.file


class OutcomeModel(RecordModel):
    """One row per bundle file of a verify or receive run."""

    class Column(enum.IntEnum):
        FILE = 0
        RESULT = 1
        DETAIL = 2

    TEXT_COLUMNS = frozenset({Column.DETAIL})
    CODE_COLUMNS = frozenset({Column.FILE})

    def header(self, column: int) -> str:
        return {
            self.Column.FILE: QCoreApplication.translate("exchange_models", "Bundle"),
            self.Column.RESULT: QCoreApplication.translate("exchange_models", "Result"),
            self.Column.DETAIL: QCoreApplication.translate("exchange_models", "Details"),
        }[self.Column(column)]

    def cell(self, record: BundleOutcome, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.FILE:
            return record.file
        if col == self.Column.RESULT:
            return {
                "received": QCoreApplication.translate("exchange_models", "received"),
                "already-received": QCoreApplication.translate(
                    "exchange_models", "already received"
                ),
                "verified": QCoreApplication.translate("exchange_models", "verified"),
                "rejected": QCoreApplication.translate("exchange_models", "rejected"),
                "not-received": QCoreApplication.translate("exchange_models", "not received"),
                "cancelled": QCoreApplication.translate(
                    "exchange_models", "not received (cancelled)"
                ),
            }.get(record.status, record.status)
        return record.detail


class DevicesModel(RecordModel):
    """The field devices a centre has enrolled."""

    class Column(enum.IntEnum):
        NAME = 0
        FINGERPRINT = 1
        ENROLLED = 2
        STATUS = 3

    TEXT_COLUMNS = frozenset({Column.NAME})
    CODE_COLUMNS = frozenset({Column.FINGERPRINT})

    def record_id(self, record: Device) -> str:
        return record.fingerprint

    def header(self, column: int) -> str:
        return {
            self.Column.NAME: QCoreApplication.translate("exchange_models", "Device"),
            self.Column.FINGERPRINT: QCoreApplication.translate("exchange_models", "Fingerprint"),
            self.Column.ENROLLED: QCoreApplication.translate("exchange_models", "Enrolled"),
            self.Column.STATUS: QCoreApplication.translate("exchange_models", "Status"),
        }[self.Column(column)]

    def cell(self, record: Device, column: int) -> str:
        col = self.Column(column)
        if col == self.Column.NAME:
            return record.name
        if col == self.Column.FINGERPRINT:
            return record.fingerprint
        if col == self.Column.STATUS:
            if record.revoked is None:
                return QCoreApplication.translate("exchange_models", "accepted")
            return QCoreApplication.translate("exchange_models", "revoked {date}").format(
                date=locale_date(record.revoked)
            )
        return locale_date(record.enrolled)
