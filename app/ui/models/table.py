"""A read-only table model over a list of read objects, described by columns."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.services.members import name_key
from app.ui.models.guard import never_raises

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
    # Hidden where the table has no room for it (a narrow window): its text is in the row's own dialog.
    optional: bool = False
    # Every text the column can show (a status): measured on them all, not only on the rows at hand, so that
    # a status that comes later (« compte rendu approuvé ») is not cut in a column sized on « prévue ».
    texts: tuple[str, ...] = ()


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

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks seven roles of every cell it paints, most of them unanswered: one look-up says which.
        answer = ANSWERS.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(self.columns[index.column()], self.rows[index.row()])

    @never_raises
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def _accessible_text(column: Column, row: Any) -> str:
    return column.text(row) or QCoreApplication.translate("RowsModel", "not filled in")


def _alignment(column: Column, _row: Any) -> int | None:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column.align_right else None


ANSWERS: dict[int, Callable[[Column, Any], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda column, row: column.text(row),
    Qt.ItemDataRole.AccessibleTextRole: _accessible_text,  # a screen reader says something of an empty cell
    Qt.ItemDataRole.ToolTipRole: lambda column, row: (column.text(row) or None) if column.long_text else None,
    Qt.ItemDataRole.DecorationRole: lambda column, row: column.decoration(row) if column.decoration else None,
    Qt.ItemDataRole.TextAlignmentRole: _alignment,
    Qt.ItemDataRole.UserRole: lambda _column, row: row,
    SORT_ROLE: lambda column, row: column.sort_key(row) if column.sort_key else name_key(column.text(row)),
}


def sorting_proxy(model: RowsModel) -> QSortFilterProxyModel:
    """A proxy that sorts a RowsModel by its columns' sort keys."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
