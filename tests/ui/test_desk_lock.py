"""Nothing is saved by nobody: the lock takes every open dialog off the screen, for its member's return only."""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from sqlmodel import select

from app.domain.members import MemberDraft
from app.services import hours, members, setup
from app.storage.models import AuditEntry
from app.ui.dialogs.member import MemberDialog
from tests.ui.conftest import when_modal
from tests.ui.test_mainwindow import enter_as, start

AMINA_PIN = "2468"


def centre_of_two(qtbot, tmp_path):
    """A new centre where Amina and Bruno work; Amina is at the desk, on the Team page."""
    controller = start(qtbot, tmp_path)
    controller.window.screens.currentWidget().name.setText("Centre")
    controller.window.screens.currentWidget().create_button.click()
    first = controller.window.screens.currentWidget()  # the centre's first member, with a PIN
    first.name.setText("Amina Benali")
    first.pin.setText(AMINA_PIN)
    first.pin_again.setText(AMINA_PIN)
    first.continue_button.click()
    controller.setup_screen.later_button.click()
    members.add_member(controller.workspace.ctx, MemberDraft(name="Bruno Martin"))
    setup.finish(controller.workspace.ctx)
    controller.lock()
    enter_as(controller, "Amina", AMINA_PIN)
    controller.window.show_page("team")
    return controller


def in_the_dialog(steps, done: list) -> None:
    """Run each step with the modal dialog then open, each in the event loop of that dialog."""

    def run(tries: int = 250) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MemberDialog):
            if tries:
                QTimer.singleShot(20, lambda: run(tries - 1))
            return
        steps.pop(0)(dialog)
        done.append(True)
        if steps:
            QTimer.singleShot(0, run)

    QTimer.singleShot(0, run)


def test_a_dialog_open_at_lock_time_cannot_save_and_is_gone_for_the_next_member(qtbot, tmp_path, english):
    controller = centre_of_two(qtbot, tmp_path)
    seen = {}

    def type_then_walk_away(dialog):
        dialog.name.setText("Passer-by")
        controller.idle.timer.timeout.emit()  # the idle lock
        seen["visible after the lock"] = dialog.isVisible()
        dialog.save()  # what "Save" does, were the dialog still there for whoever passes
        seen["error"] = dialog.error.text()
        enter_as(controller, "Bruno")
        seen["visible for Bruno"] = dialog.isVisible()

    done = []
    in_the_dialog([type_then_walk_away], done)
    added = MemberDialog.add(controller.window.pages["team"], controller.workspace.ctx)
    assert done and added is None
    assert seen == {"visible after the lock": False, "visible for Bruno": False,
                    "error": "Nobody is identified at the desk: nothing was saved. Choose your name, then save again."}
    assert "Passer-by" not in [member.name for member in members.list_members(controller.workspace.ctx)]
    assert controller.window.actor_label.text() == "Acting: Bruno Martin"


def test_the_same_member_finds_the_dialog_as_left_and_saves_it_as_themself(qtbot, tmp_path, english):
    controller = centre_of_two(qtbot, tmp_path)
    amina = controller.workspace.actor_id
    seen = {}

    def type_then_lock_then_come_back(dialog):
        dialog.name.setText("Chloé Petit")
        controller.lock()  # "Switch member"
        seen["visible after the lock"] = dialog.isVisible()
        enter_as(controller, "Amina", AMINA_PIN)

    def save_again(dialog):
        seen["text"] = dialog.name.text()
        seen["modal"] = QApplication.activeModalWidget() is dialog
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    done = []
    in_the_dialog([type_then_lock_then_come_back, save_again], done)
    added = MemberDialog.add(controller.window.pages["team"], controller.workspace.ctx)
    assert len(done) == 2
    assert seen == {"visible after the lock": False, "text": "Chloé Petit", "modal": True}
    assert added is not None and added.name == "Chloé Petit"
    with controller.workspace.ctx.reading() as db:
        entry = db.exec(select(AuditEntry).where(AuditEntry.entity_id == added.id,
                                                      AuditEntry.entity == "member")).one()
    assert (entry.member_id, entry.system) == (amina, None)


def test_other_windows_are_closed_by_the_lock(qtbot, tmp_path, english):
    controller = centre_of_two(qtbot, tmp_path)
    box = QMessageBox(QMessageBox.Icon.Information, "Cercle", "A question left open", parent=controller.window)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    controller.lock()
    assert not box.isVisible()


def test_a_question_inside_a_dialog_comes_back_above_it_and_its_answer_saves(qtbot, tmp_path, english):
    from app.ui.dialogs.conflict import EditedElsewhereDialog

    controller = centre_of_two(qtbot, tmp_path)
    amina = members.get_member(controller.workspace.ctx, controller.workspace.actor_id)
    elsewhere = controller.workspace.ctx.as_system("tests")  # another workstation, as far as versions go
    seen = {}

    def edit_while_someone_else_saves(editor):
        editor.profession.setText("Médecin")
        members.update_member(elsewhere, amina.id, replace(amina.draft(), profession="Généraliste"),
                              expected_version=amina.version)
        QTimer.singleShot(0, lambda: when_modal(EditedElsewhereDialog, lock_then_come_back))
        editor.save()  # meets the newer version: the question opens over the editor

    def lock_then_come_back(question):
        editor = question.parent()
        controller.lock()
        seen["hidden"] = (editor.isVisible(), question.isVisible())
        enter_as(controller, "Amina", AMINA_PIN)
        QTimer.singleShot(0, lambda: when_modal(EditedElsewhereDialog, keep_mine))

    def keep_mine(question):
        seen["back"] = (question.parent().isVisible(), question.isVisible())
        qtbot.mouseClick(question.keep_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: when_modal(MemberDialog, edit_while_someone_else_saves))
    saved = MemberDialog.edit(controller.window.pages["team"], controller.workspace.ctx, amina)
    assert seen == {"hidden": (False, False), "back": (True, True)}
    assert saved is not None and saved.profession == "Médecin"
    assert members.get_member(controller.workspace.ctx, amina.id).profession == "Médecin"


def test_a_cell_being_typed_in_at_lock_time_is_not_saved_by_nobody(qtbot, tmp_path, english):
    controller = centre_of_two(qtbot, tmp_path)
    amina = controller.workspace.actor_id
    controller.window.show_page("hours")
    page = controller.window.pages["hours"]
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow)
    page.grid_view.edit(page.week_model.index(0, 0))
    editor = page.grid_view.viewport().findChild(QLineEdit)
    assert editor is not None, "the cell is being edited"
    qtbot.keyClicks(editor, "2h")
    controller.idle.timer.timeout.emit()  # the idle lock: the cell closes as the lock screen takes the focus
    enter_as(controller, "Bruno")
    assert not any(hours.week_grid(controller.workspace.ctx, amina, page.week).cells.values())
