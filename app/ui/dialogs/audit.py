"""The audit log, readable by everyone: who did what, when, with the values before and after.

Free text is recorded as a digest and a length only (app.services.context.snapshot): it is shown as
"text changed (123 characters)", never as the text.
"""

import json

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QPlainTextEdit, QTableView, QVBoxLayout, QWidget

from app.services import audit
from app.ui.desk import run_modal
from app.ui.models.table import Column, RowsModel
from app.ui.widgets import TableView, split


class AuditDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(960, 600)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the log…"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.search.textChanged.connect(self.refresh)
        layout.addWidget(self.search)
        self.model = RowsModel([
            Column(self.tr("When"), lambda e: QLocale().toString(e.at.astimezone(ctx.timezone).replace(tzinfo=None),
                                                                   QLocale.FormatType.ShortFormat)),
            Column(self.tr("Who"), self._who),
            Column(self.tr("Action"), lambda e: e.action),
            Column(self.tr("Record"), lambda e: f"{e.entity} {e.entity_id or ''}".strip()),
        ], self)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Before and after"))
        layout.addWidget(split(self.tr("Changes and their details"), (self.table, self.details),
                               orientation=Qt.Orientation.Vertical), 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.refresh()

    def _who(self, entry: audit.AuditView) -> str:
        if entry.member_name:
            return entry.member_name
        if entry.system:
            return self.tr("Cercle ({system})").format(system=self._system_name(entry.system))
        return self.tr("(nobody at the desk)")

    def _system_name(self, system: str) -> str:
        names = {"scheduler": self.tr("background task"), "command line": self.tr("command line"),
                 "demo": self.tr("demo centre"), "restore": self.tr("restore"), "first start": self.tr("first start")}
        return names.get(system, system)

    @classmethod
    def show_log(cls, parent: QWidget, ctx) -> None:
        run_modal(cls(ctx, parent))

    def refresh(self) -> None:
        self.model.set_rows(audit.recent_entries(self.ctx, search=self.search.text()))

    def _show_details(self, current, _previous) -> None:
        entry = current.data(Qt.ItemDataRole.UserRole)
        if entry is None:
            self.details.clear()
            return
        before, after = _picture(entry.before), _picture(entry.after)
        self.details.setPlainText(self.tr("Before: {before}\nAfter: {after}").format(
            before=self._readable(before, None), after=self._readable(after, before)))

    def _readable(self, picture: object, earlier: object) -> str:
        """A recorded picture as JSON, each free text described by its length (and whether it changed)."""
        if picture is None:
            return "—"
        return json.dumps(self._described(picture, earlier), ensure_ascii=False, sort_keys=True)

    def _described(self, value: object, earlier: object) -> object:
        if _is_digest(value):
            if earlier is None:  # nothing to compare with: the "before" side, or a new record
                return self.tr("text (%n characters)", "", value["length"])
            if earlier == value:
                return self.tr("text unchanged (%n characters)", "", value["length"])
            return self.tr("text changed (%n characters)", "", value["length"])
        if isinstance(value, dict):
            earlier = earlier if isinstance(earlier, dict) else {}
            return {key: self._described(item, earlier.get(key)) for key, item in value.items()}
        return value


def _picture(recorded: str | None) -> object:
    if recorded is None:
        return None
    try:
        return json.loads(recorded)
    except ValueError:
        return recorded


def _is_digest(value: object) -> bool:
    return isinstance(value, dict) and set(value) == {"sha256", "length"}
