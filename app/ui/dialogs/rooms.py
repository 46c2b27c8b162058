"""The centre's rooms: the picker of the workshop and meeting dialogs, and the dialog that adds or edits one."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from app.domain.errors import CercleError
from app.services import rooms
from app.ui.desk import run_modal
from app.ui.widgets import ErrorLabel


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


class RoomDialog(QDialog):
    """Add a room or rename it and change its capacity. Use :meth:`add` or :meth:`edit`."""

    def __init__(self, ctx, room: rooms.RoomView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.room, self.result_view = ctx, room, None
        self.setWindowTitle(self.tr("Edit a room") if room else self.tr("Add a room"))
        form = QFormLayout(self)
        self.setMinimumWidth(380)
        self.name = QLineEdit(room.name if room else "")
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Name"), self.name)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 999)
        self.capacity.setValue(room.capacity if room else 10)
        self.capacity.setSuffix(self.tr(" people"))
        self.capacity.setAccessibleName(self.tr("Capacity"))
        form.addRow(self.tr("Capacity"), self.capacity)
        self.error = ErrorLabel()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            if self.room is None:
                self.result_view = rooms.add_room(self.ctx, self.name.text(), self.capacity.value())
            else:
                self.result_view = rooms.update_room(self.ctx, self.room.id, self.name.text(), self.capacity.value())
        except CercleError as error:
            self.error.show_error(error)
            return
        self.accept()

    @classmethod
    def add(cls, parent: QWidget, ctx) -> rooms.RoomView | None:
        dialog = cls(ctx, None, parent)
        return dialog.result_view if run_modal(dialog) == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(cls, parent: QWidget, ctx, room: rooms.RoomView) -> rooms.RoomView | None:
        dialog = cls(ctx, room, parent)
        return dialog.result_view if run_modal(dialog) == QDialog.DialogCode.Accepted else None
