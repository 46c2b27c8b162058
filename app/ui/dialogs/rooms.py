"""The centre's rooms: the picker of the workshop and meeting dialogs, and the dialog that adds or edits one."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from app.domain.imports import MAX_ROOM_CAPACITY
from app.services import rooms
from app.services.errors import StaleEdit
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.conflict import EditedElsewhereDialog


def room_picker(ctx, current: int | None, no_room: str) -> QComboBox:
    """The rooms in use, after ``no_room``; a booking's own room stays offered even once retired."""
    combo = QComboBox()
    combo.addItem(no_room, None)
    for room in rooms.list_rooms(ctx, include_retired=True):
        if room.active:
            combo.addItem(room.name, room.id)
        elif room.id == current:
            label = QCoreApplication.translate("Rooms", "{room} (no longer in use)").format(room=room.name)
            combo.addItem(label, room.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class RoomDialog(ServiceDialog[rooms.RoomView]):
    """Add a room or rename it and change its capacity. Use :meth:`add` or :meth:`edit`."""

    def __init__(self, ctx, room: rooms.RoomView | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.room = room
        self.setWindowTitle(self.tr("Edit a room") if room else self.tr("Add a room"))
        form = QFormLayout(self)
        self.setMinimumWidth(380)
        self.name = QLineEdit(room.name if room else "")
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Name"), self.name)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, MAX_ROOM_CAPACITY)  # any capacity a room may have: saved back as it was
        self.capacity.setValue(room.capacity if room else 10)
        self.capacity.setSuffix(self.tr(" people"))
        self.capacity.setAccessibleName(self.tr("Capacity"))
        form.addRow(self.tr("Capacity"), self.capacity)
        self.add_buttons(form)

    def call_service(self) -> rooms.RoomView:
        if self.room is None:
            return rooms.add_room(self.ctx, self.name.text(), self.capacity.value())
        return rooms.update_room(self.ctx, self.room.id, self.name.text(), self.capacity.value(), self.room)

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone renamed or resized this room meanwhile: show both and let the person keep theirs, take the
        other or go back to editing."""
        theirs = conflict.current
        assert isinstance(theirs, rooms.RoomView), "the service says it with the room as saved"
        rows = [
            (self.tr("Name"), self.name.text().strip(), theirs.name),
            (self.tr("Capacity"), str(self.capacity.value()), str(theirs.capacity)),
        ]
        text = self.tr("Someone else changed this room while you were editing it.")
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="room")

    @classmethod
    def add(cls, parent: QWidget, ctx) -> rooms.RoomView | None:
        return cls.run(parent, ctx, None)

    @classmethod
    def edit(cls, parent: QWidget, ctx, room: rooms.RoomView) -> rooms.RoomView | None:
        return cls.run(parent, ctx, room)
