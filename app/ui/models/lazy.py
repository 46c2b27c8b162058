"""A table model that fetches its rows a page at a time, as the view scrolls to them.

The view asks through Qt's ``canFetchMore``/``fetchMore``: a list of ten years opens as fast as a list of
one, for it reads only the first page. The service filters and orders in SQL; the model only appends.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex

from app.ui.models.table import Column, Index, RowsModel

PAGE_SIZE = 100  # a few screens of rows: a page costs about what one screen does
# (the last row read, or None for the first page; limit) → at most limit rows that follow it in the list's order:
# the service pages by key, and a page ten years down costs what the first one does.
Page = Callable[[Any, int], Sequence[Any]]


class LazyRowsModel(RowsModel):
    """Rows read by ``page`` as they are needed; row objects at UserRole as in a RowsModel."""

    def __init__(self, columns: Sequence[Column], parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self._page: Page | None = None
        self._more = False  # the last page read was full: there may be more

    def load(self, page: Page) -> None:
        """Start again from the first page of ``page`` (new filters, or the data changed)."""
        self._page = page
        self.beginResetModel()
        self.rows = list(page(None, self.page_size))
        self._more = len(self.rows) == self.page_size
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """All the rows at once: nothing more to fetch."""
        self._page, self._more = None, False
        super().set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt's name
        if parent.isValid() or not self._more or self._page is None:
            return
        more = list(self._page(self.rows[-1] if self.rows else None, self.page_size))
        self._more = len(more) == self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def find(self, wanted: Callable[[Any], bool], read_further: bool = True) -> int | None:
        """The row of the first object that is ``wanted``, reading further pages until it comes (None when
        no row is): a row chosen elsewhere may lie below the pages read. Without ``read_further``, among the
        rows read only."""
        row = next((index for index, item in enumerate(self.rows) if wanted(item)), None)
        while row is None and read_further and self.canFetchMore():
            start = len(self.rows)
            self.fetchMore()
            row = next((start + index for index, item in enumerate(self.rows[start:]) if wanted(item)), None)
        return row
