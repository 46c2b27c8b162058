"""A read-only table model over a list of read objects, described by columns."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.services.members import name_key

Index = QModelIndex | QPersistentModelIndex
# What a sorting proxy compares: the column's sort key, else its text without case or accents, so that
# Élodie sorts beside Elise whatever the system's locale (the language is Cercle's own setting).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    decoration: Callable[[Any], Any] | None = None
    align_right: bool = False
    sort_key: Callable[[Any], Any] | None = None  # e.g. minutes, where the text "10 h" would sort before "8 h"
    # Free text that a stretched column may elide: its tooltip gives it whole (see widgets.fit_columns).
    long_text: bool = False


class RowsModel(QAbstractTableModel):
    """Rows are plain objects; ``set_rows`` replaces them in one reset. Row objects are at UserRole."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says something of an empty cell
            return column.text(row) or self.tr("not filled in")
        if role == Qt.ItemDataRole.ToolTipRole and column.long_text:
            return column.text(row) or None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else name_key(column.text(row))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def sorting_proxy(model: RowsModel) -> QSortFilterProxyModel:
    """A proxy that sorts a RowsModel by its columns' sort keys."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
