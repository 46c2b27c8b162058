"""The Rooms box of the Settings page: the rooms workshops and meetings book; add, edit, retire, import."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from app.domain.imports import Kind
from app.services import rooms
from app.ui.dialogs.imports import ImportDialog, help_text
from app.ui.dialogs.rooms import RoomDialog
from app.ui.models.table import Column, RowsModel
from app.ui.widgets import TableView, confirm, fit_columns


class RoomsBox(QGroupBox):
    """Every room, the retired ones too (they keep their bookings' history; nothing is ever deleted)."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rooms"))
        self.ctx = workspace.ctx
        self.model = RowsModel([
            Column(self.tr("Room"), lambda room: room.name),
            Column(self.tr("Capacity"), lambda room: str(room.capacity), align_right=True),
            Column(self.tr("Status"), lambda room: self.tr("in use") if room.active else self.tr("retired")),
        ], self)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rooms"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table)
        self.table.setMaximumHeight(180)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a room…"))
        self.add_button.clicked.connect(self.add_room)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("Retire"))
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(help_text(Kind.ROOMS))
        self.import_button.clicked.connect(lambda: ImportDialog.run(self, self.ctx, Kind.ROOMS))
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_rows(rooms.list_rooms(self.ctx, include_retired=True))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> rooms.RoomView | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(Qt.ItemDataRole.UserRole) if indexes else None

    def select(self, room_id: int) -> None:
        for row, room in enumerate(self.model.rows):
            if room.id == room_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        room = self.selected()
        self.edit_button.setEnabled(room is not None)
        self.active_button.setEnabled(room is not None)
        self.active_button.setText(self.tr("Bring back") if room and not room.active else self.tr("Retire"))
        self.active_button.setToolTip(self.tr("A retired room is offered for no new booking; its bookings stay"))

    def add_room(self) -> None:
        added = RoomDialog.add(self, self.ctx)
        if added:
            self.refresh()
            self.select(added.id)

    def edit_selected(self) -> None:
        room = self.selected()
        if room and RoomDialog.edit(self, self.ctx, room):
            self.refresh()

    def toggle_active(self) -> None:
        """Retire the chosen room once asked (the button then says "Bring back" under the mouse: the second
        press of a double click brought it back), or bring it back."""
        room = self.selected()
        if room is None or room.active and not confirm(
            self, self.tr("Retire a room"),
            self.tr("{room} will no longer be offered for a booking; its bookings stay. Retire it?").format(
                room=room.name),
        ):
            return
        rooms.set_room_active(self.ctx, room.id, not room.active)
        self.refresh()
