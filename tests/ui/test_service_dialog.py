"""The base of the dialogs that save through a service, with real widgets and a real service (rooms): a refusal
is said inline in the person's language and nothing is saved; OK pressed again while saving saves once; Escape
cancels; the runner returns what was saved."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app import i18n
from app.domain.errors import CercleError
from app.services import rooms
from app.ui.dialogs.base import ServiceDialog
from tests.ui.conftest import when_modal


class NameDialog(ServiceDialog[rooms.RoomView]):
    """The smallest service dialog: a room's name. ``calls`` counts the service calls; ``again`` presses OK
    once more while the first call is under way (a double click, or Enter held down)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.calls = 0
        self.again = False
        form = QFormLayout(self)
        self.name = QLineEdit()
        form.addRow("Name", self.name)
        self.add_buttons(form)

    def call_service(self) -> rooms.RoomView:
        self.calls += 1
        if self.again:
            self.ok_button.click()
        return rooms.add_room(self.ctx, self.name.text())


def run_with(qtbot, workspace, drive) -> rooms.RoomView | None:
    """Run the dialog as the application does (modal, through the runner), driven by ``drive(dialog)``."""
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, lambda: when_modal(NameDialog, drive))
    return NameDialog.run(parent, workspace.ctx)


def test_a_refusal_is_said_inline_in_french_the_dialog_stays_open_and_nothing_is_saved(qtbot, workspace,
                                                                                        french):
    with pytest.raises(CercleError) as refused:
        rooms.add_room(workspace.ctx, "   ")
    seen = []

    def drive(dialog):
        dialog.name.setText("   ")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.error.isVisible(), dialog.error.text(), dialog.result_view))
        dialog.reject()

    assert run_with(qtbot, workspace, drive) is None
    open_after, error_shown, text, result = seen[0]
    assert open_after and error_shown and result is None
    assert text == i18n.message(refused.value) and text != str(refused.value.args[0])  # the French words
    assert rooms.list_rooms(workspace.ctx, include_retired=True) == []


def test_after_a_refusal_the_corrected_form_saves_and_the_runner_returns_it(qtbot, workspace):
    def drive(dialog):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no name: refused
        dialog.name.setText("Salle bleue")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    saved = run_with(qtbot, workspace, drive)
    assert saved is not None and saved.name == "Salle bleue"
    assert [room.name for room in rooms.list_rooms(workspace.ctx)] == ["Salle bleue"]


def test_ok_pressed_again_while_saving_saves_once(qtbot, workspace):
    dialogs = []

    def drive(dialog):
        dialogs.append(dialog)
        dialog.name.setText("Salle bleue")
        dialog.again = True
        dialog.ok_button.click()

    saved = run_with(qtbot, workspace, drive)
    assert saved is not None and dialogs[0].calls == 1
    assert [room.name for room in rooms.list_rooms(workspace.ctx)] == ["Salle bleue"]


def test_escape_cancels_without_calling_the_service(qtbot, workspace):
    dialogs = []

    def drive(dialog):
        dialogs.append(dialog)
        dialog.name.setText("Salle bleue")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    assert run_with(qtbot, workspace, drive) is None
    assert dialogs[0].calls == 0 and rooms.list_rooms(workspace.ctx, include_retired=True) == []


def test_enter_saves_as_ok_does(qtbot, workspace):
    def drive(dialog):
        dialog.name.setText("Salle verte")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    saved = run_with(qtbot, workspace, drive)
    assert saved is not None and saved.name == "Salle verte"


def test_an_unexpected_error_reaches_the_failure_notice_and_ok_works_again(qtbot, workspace):
    dialog = NameDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Salle bleue")
    broken = dialog.call_service
    dialog.call_service = lambda: (_ for _ in ()).throw(RuntimeError("the disk is gone"))
    with pytest.raises(RuntimeError):  # not swallowed: the application's hook shows its notice
        dialog.save()
    assert not dialog.saving
    dialog.call_service = broken
    dialog.save()
    assert dialog.result_view is not None and dialog.result_view.name == "Salle bleue"
