"""The bell, the notifications list, the Backups box of Settings, and a restore through the controller."""

import pytest

from app import i18n
from app.domain.members import MemberDraft
from app.services import backups, members, notifications
from app.storage import backup
from app.ui import backups as backups_ui
from app.ui.backups import BackupsBox, RestoreDialog
from app.ui.notifications import BellButton, NotificationsPanel, notification_text
from tests.ui.conftest import delivered, finish_background
from tests.ui.test_mainwindow import enter_as, open_demo, start


def test_the_bell_counts_the_unread_and_the_list_marks_them_read(qtbot, workspace):
    bell = BellButton(workspace)
    qtbot.addWidget(bell)
    assert bell.count == 0 and bell.text() == "Notifications"
    notifications.notify(workspace.ctx, kind="week", text="Validate your hours of the week of {day}.",
                         params={"day": "2026-11-23"}, member_id=workspace.actor_id, dedupe_key="w")
    notifications.notify(workspace.ctx, kind="job-failed", text="For the whole desk", dedupe_key="all")
    delivered()
    assert bell.count == 2 and bell.text() == "Notifications (2)"
    panel = NotificationsPanel(workspace)  # what the bell opens (not shown: offscreen has no windowing)
    qtbot.addWidget(panel)
    panel.refresh()
    delivered()
    assert panel.list.count() == 2 and panel.mark_button.isEnabled()
    week = panel.list.item(1).text()
    delivered()
    assert "Validate your hours" in week and "2026-11-23" not in week  # the date in the user's format
    assert panel.list.item(0).font().bold()
    panel.list.item(0).setSelected(True)
    panel.mark_button.click()
    delivered()
    assert bell.count == 1
    assert not panel.list.item(0).font().bold()
    panel.mark_all_button.click()
    delivered()
    assert bell.count == 0 and not panel.mark_all_button.isEnabled()


def test_nothing_to_mark_read_when_there_is_nothing(qtbot, workspace):
    panel = NotificationsPanel(workspace)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.list.count() == 0
    assert not panel.mark_button.isEnabled() and not panel.mark_all_button.isEnabled()


def test_a_broken_template_still_shows_its_text(workspace):
    notifications.notify(workspace.ctx, kind="x", text="Missing {param}", dedupe_key="x")
    [view] = notifications.list_notifications(workspace.ctx, None)
    assert notification_text(view) == "Missing {param}"


def test_back_up_now_then_restore_is_handed_to_the_controller(qtbot, workspace, monkeypatch):
    if workspace.ctx.engine.dialect.name != "sqlite":
        pytest.skip("backups of a server go through pg_dump")
    box = BackupsBox(workspace)
    qtbot.addWidget(box)
    assert box.last.text() == "No backup yet."
    box.back_up_button.click()
    finish_background(qtbot)
    [written] = backup.backup_files(backup.backups_dir())
    assert box.last.text().endswith(": 1 member, 0 proposals, 0 shifts")  # not « 1 members », « 1 propositions »
    dialog = RestoreDialog(backups.list_backups())
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.chosen() == written
    asked = []
    workspace.restore_backup = lambda path: asked.append(path) is None
    monkeypatch.setattr(backups_ui, "confirm", lambda parent, title, text: "reopen" in text)
    assert box.restore_file(written)  # checked off the GUI thread, then asked
    finish_background(qtbot)
    assert asked == [written]


def test_a_backups_folder_the_system_refuses_is_said_plainly(qtbot, workspace, monkeypatch):
    if workspace.ctx.engine.dialect.name != "sqlite":
        pytest.skip("a server's backup needs pg_dump")
    folder = backup.backups_dir()
    folder.rmdir()
    folder.write_text("a file where the folder should be")
    box = BackupsBox(workspace)  # the Settings page still opens, and says why no backup is listed
    qtbot.addWidget(box)
    refusal = box.last.text()
    assert refusal == f"Cannot use {folder}: it already exists."
    errors = []
    monkeypatch.setattr(backups_ui, "show_error", lambda parent, title, error: errors.append(i18n.message(error)))
    box.back_up_button.click()
    finish_background(qtbot)
    assert errors == [refusal] and box.last.text() == refusal


def damage(path) -> None:
    with path.open("r+b") as damaged:
        damaged.seek(4096)
        damaged.write(b"\xff" * 8192)


def test_a_damaged_backup_is_refused_before_the_question(qtbot, workspace, monkeypatch):
    """Nobody is asked to replace the centre by a backup that cannot replace it; the centre stays open."""
    if workspace.ctx.engine.dialect.name != "sqlite":
        pytest.skip("a server's centre is restored with its own tools")
    written = backups.back_up_now(workspace.ctx)
    damage(written)
    box = BackupsBox(workspace)
    qtbot.addWidget(box)
    questions, errors, restored = [], [], []
    monkeypatch.setattr(backups_ui, "confirm", lambda parent, title, text: questions.append(text) is None)
    monkeypatch.setattr(backups_ui, "show_error", lambda parent, title, error: errors.append(str(error)))
    workspace.restore_backup = lambda path: restored.append(path) is None
    assert box.restore_file(written)
    finish_background(qtbot)
    assert len(errors) == 1 and str(written) in errors[0]
    assert questions == [] and restored == []


def background_running(controller) -> bool:
    return controller.scheduler is not None and controller.scheduler.scheduler.running


def test_the_background_starts_once_the_lock_screen_shows_or_someone_enters(qtbot, tmp_path, english,
                                                                             monkeypatch):
    from app.ui.application import Controller

    monkeypatch.setattr(Controller, "BACKGROUND_DELAY_MS", 60_000)
    controller = start(qtbot, tmp_path)
    open_demo(qtbot, controller)
    assert controller.window.screens.currentWidget() is controller.lock_screen
    assert controller.scheduler is None  # not yet: the lock screen comes first
    assert controller._background_timer.isActive()
    controller._background_timer.start(0)  # the delay is over (a fixed delay would race a slow machine)
    qtbot.waitUntil(lambda: background_running(controller))
    assert "catch_up" in controller.scheduler.job_ids()
    assert controller.window.top_bar_layout.indexOf(controller.bell) >= 0
    controller.stop_background()
    assert controller.scheduler is None

    monkeypatch.setattr(Controller, "BACKGROUND_DELAY_MS", 60_000)
    open_demo(qtbot, controller)
    assert controller.scheduler is None
    enter_as(controller, "Amina")  # sooner than the delay: the bell is there at once
    assert background_running(controller)
    assert controller.window.top_bar_layout.indexOf(controller.bell) >= 0
    controller.stop_background()


def test_the_controller_restores_and_reopens_the_centre(qtbot, tmp_path, english, monkeypatch):
    from app.ui.application import Controller

    monkeypatch.setattr(Controller, "BACKGROUND_DELAY_MS", 0)
    controller = start(qtbot, tmp_path)
    controller.window.screens.currentWidget().name.setText("Centre")
    controller.window.screens.currentWidget().create_button.click()
    ctx = controller.workspace.ctx.as_system("tests")  # nobody is at the desk yet
    members.add_member(ctx, MemberDraft(name="Fatou Diallo"))
    qtbot.waitUntil(lambda: background_running(controller))
    assert controller.window.top_bar_layout.indexOf(controller.bell) >= 0
    copy = backups.back_up_now(ctx)
    members.add_member(ctx, MemberDraft(name="Added later"))
    assert controller.restore_backup(copy)  # off the GUI thread, then the centre reopens
    finish_background(qtbot)
    names = [member.name for member in members.list_members(controller.workspace.ctx)]
    assert names == ["Fatou Diallo"]
    notice = controller.lock_screen.notice  # the lock screen alone said nothing of the restore
    assert notice.isVisibleTo(controller.window) and notice.text().startswith(
        "The backup is restored: the centre is as it was then. The centre as it was before the restore is kept in ")
    qtbot.waitUntil(lambda: background_running(controller))
    enter_as(controller, "Fatou")
    assert controller.workspace.actor_id is not None
    controller.stop_background()
    assert controller.scheduler is None


@pytest.fixture(autouse=True)
def _no_tray_in_tests(monkeypatch):
    """The offscreen platform has no tray; keep it so whatever the test machine offers."""
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_the_settings_page_has_the_backups_box(qtbot, workspace):
    from app.ui.pages.settings import SettingsPage

    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    assert page.backups.title() == "Backups"
    assert page.backups.back_up_button.text() == "Back up now"
    assert page.backups.restore_button.isEnabled() == (workspace.ctx.engine.dialect.name == "sqlite")


def test_the_controller_reopens_the_centre_untouched_when_the_backup_is_refused(qtbot, tmp_path, english):
    controller = start(qtbot, tmp_path)
    controller.window.screens.currentWidget().name.setText("Centre")
    controller.window.screens.currentWidget().create_button.click()
    ctx = controller.workspace.ctx.as_system("tests")
    members.add_member(ctx, MemberDraft(name="Fatou Diallo"))
    copy = backups.back_up_now(ctx)
    damage(copy)  # between the question and the restore
    members.add_member(ctx, MemberDraft(name="Added later"))
    assert controller.restore_backup(copy)
    finish_background(qtbot)
    names = [member.name for member in members.list_members(controller.workspace.ctx)]
    assert names == ["Added later", "Fatou Diallo"]
    assert controller.window.screens.currentWidget() is controller.lock_screen
