"""Who are you? The member picker shown at start, on "Switch member" and after the idle time."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.formatting import member_line
from app.services import members
from app.ui.widgets import ErrorLabel, StatusLabel, colour_icon, pin_field, pin_rule

NO_LONGER_ACTIVE = QT_TRANSLATE_NOOP(
    "Errors", "The member who was at the desk is no longer active in this centre. Choose your name.")


class LockScreen(QWidget):
    """Lists the active members; a member with a PIN types it. Emits ``entered(member_id)``."""

    entered = Signal(int)

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("lockScreen")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 2)
        outer.addStretch(1)
        column.addStretch(1)
        title = QLabel(self.tr("Who are you?"))
        title.setObjectName("pageTitle")
        column.addWidget(title)
        hint = QLabel(self.tr("Choose your name. The computer at the desk is shared: Cercle locks itself "
                              "again after a while without use."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.notice = StatusLabel(self.tr("What was just done"))  # a restore: the screen alone said nothing
        self.notice.hide()
        column.addWidget(self.notice)
        self.list = QListWidget()
        self.list.setObjectName("memberPicker")
        self.list.setAccessibleName(self.tr("Members"))
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item: self._enter())
        column.addWidget(self.list, 4)
        self.pin = pin_field(self.tr("PIN"), self.tr("PIN ({rule})").format(rule=pin_rule()))
        self.pin.returnPressed.connect(self._enter)
        column.addWidget(self.pin)
        self.error = ErrorLabel()
        column.addWidget(self.error)
        self.enter_button = QPushButton(self.tr("Continue"))
        self.enter_button.setDefault(True)
        self.enter_button.clicked.connect(self._enter)
        column.addWidget(self.enter_button)
        column.addStretch(1)

    def refresh(self) -> None:
        self.list.clear()
        for member in members.list_members(self.workspace.ctx):
            item = QListWidgetItem(colour_icon(member.colour), member_line(member))
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.list.addItem(item)
        self.pin.clear()
        self.error.clear_error()
        self.notice.clear()
        self.notice.hide()
        self._selection_changed(self.list.currentItem())
        self.list.setFocus()

    def say_restored(self, safety_copy: str) -> None:
        """The centre reopened restored from a backup: said here, where the restore ends."""
        self.notice.setText(self.tr("The backup is restored: the centre is as it was then. The centre as it was "
                                    "before the restore is kept in {file}.").format(file=safety_copy))
        self.notice.show()

    def say_member_left(self) -> None:
        """Why the desk locked by itself: the member who was at it is no longer active."""
        self.error.show_error(CercleError(NO_LONGER_ACTIVE))

    def selected(self):
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _selection_changed(self, item) -> None:
        member = self.selected()
        self.pin.setVisible(bool(member and member.has_pin))
        self.enter_button.setEnabled(member is not None)
        self.error.clear_error()

    def _enter(self) -> None:
        member = self.selected()
        if member is None:
            return
        try:
            self.workspace.guard.check(self.workspace.ctx, member.id, self.pin.text())
        except CercleError as error:
            self.error.show_error(error)
            self.pin.selectAll()
            self.pin.setFocus()
            return
        self.pin.clear()
        self.entered.emit(member.id)
