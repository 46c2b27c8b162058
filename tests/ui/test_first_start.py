"""The first start of a real centre, in the real window: from the empty welcome screen to a shift taken,
and a centre nobody can enter, or whose set-up was left, at the next start."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime, QTimer

from app.domain.members import PALETTE, MemberDraft
from app.services import centre, members, rota, settings, setup
from app.services.context import Context
from app.storage.engine import open_database
from app.ui.application import Controller
from app.ui.dialogs.member import MemberDialog
from app.ui.mainwindow import MainWindow
from app.ui.pages.first_start import FirstMemberScreen, SetupScreen
from app.ui.pages.lock import LockScreen
from tests.conftest import TEST_NOW
from tests.ui.conftest import when_modal


def start(qtbot, path) -> Controller:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, str(path), interactive=False)
    assert controller.open()
    controller.workspace.ctx.clock = lambda: TEST_NOW
    return controller


def screen(controller):
    return controller.window.screens.currentWidget()


def fill_member_dialog(name: str) -> None:
    """Type ``name`` in the next member dialog, once it is open, and save it."""

    def fill(dialog):
        dialog.name.setText(name)
        dialog.save()

    QTimer.singleShot(0, lambda: when_modal(MemberDialog, fill))


def open_setup(qtbot, path) -> tuple[Controller, SetupScreen]:
    """A new centre at ``path``, Amina its coordinator (PIN 2468): the set-up at its first step."""
    controller = start(qtbot, path)
    screen(controller).name.setText("Centre du Village")
    screen(controller).create_button.click()
    first = screen(controller)
    first.name.setText("Amina Benali")
    first.pin.setText("2468")
    first.pin_again.setText("2468")
    first.continue_button.click()
    assistant = screen(controller)
    assert isinstance(assistant, SetupScreen)
    return controller, assistant


def enter_again(qtbot, path) -> Controller:
    """The next start: Amina enters with her PIN."""
    controller = start(qtbot, path)
    controller.lock_screen.list.setCurrentRow(0)
    controller.lock_screen.pin.setText("2468")
    controller.lock_screen.enter_button.click()
    return controller


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_hours(assistant: SetupScreen) -> list[tuple[QTime, QTime]]:
    return [(start.time(), end.time()) for _label, start, end in assistant.shift_rows[:assistant.shift_count]]


@pytest.fixture
def stop_controllers():
    started: list[Controller] = []
    yield started
    for controller in started:
        controller.stop_background()
        controller.workspace.close()


def test_from_the_empty_welcome_screen_to_a_shift_taken(qtbot, tmp_path, english, monkeypatch,
                                                        stop_controllers):
    controller = start(qtbot, tmp_path / "centre.sqlite3")
    stop_controllers.append(controller)
    welcome = screen(controller)
    welcome.name.setText("Centre de santé du Village")
    welcome.create_button.click()

    first = screen(controller)
    assert isinstance(first, FirstMemberScreen)
    first.name.setText("Amina Benali")
    first.profession.setText("Coordinatrice")
    first.continue_button.click()
    assert "PIN" in first.error.text() and members.list_members(controller.workspace.ctx) == []
    first.pin.setText("2468")
    first.pin_again.setText("2469")
    first.continue_button.click()
    assert "not the same" in first.error.text()
    first.pin_again.setText("2468")
    first.continue_button.click()

    assistant = screen(controller)
    assert isinstance(assistant, SetupScreen)
    assert controller.window.actor_label.text() == "Acting: Amina Benali"
    assert "Step 1 of 3" in assistant.step_label.text()
    assert assistant.centre.name.text() == "Centre de santé du Village"
    assistant.centre.region.setCurrentIndex(assistant.centre.region.findData("alsace-moselle"))
    assistant.centre.opens.setTime(QTime(9, 0))
    assistant.centre.closes.setTime(QTime(17, 0))
    assistant.next_button.click()

    ctx = controller.workspace.ctx
    assert centre.get_centre(ctx).holiday_region == "alsace-moselle"
    assert "Step 2 of 3" in assistant.step_label.text()
    morning, afternoon = assistant.shift_rows
    assert (morning[1].time(), morning[2].time(), afternoon[2].time()) == (QTime(9, 0), QTime(13, 0),
                                                                           QTime(17, 0))
    assistant.next_button.click()
    assert "Step 3 of 3" in assistant.step_label.text()
    assert "shifts created ahead" in assistant.done_text.text()
    fill_member_dialog("Bruno Petit")
    assistant.add_member_button.click()
    assert assistant.member_list.count() == 2
    assert [m.colour for m in members.list_members(ctx)] == list(PALETTE[:2])
    assistant.next_button.click()

    assert setup.current_step(ctx) == setup.DONE
    assert screen(controller) is controller.area
    page = controller.window.current_page()
    assert page is controller.window.pages["reception"]
    assert page.week_model.rowCount() == 2 and page.week_model.columnCount() == 5
    page.grid.setCurrentIndex(page.week_model.index(0, 1))  # Tuesday morning, 9:00–13:00
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    monkeypatch.setattr("app.ui.pages.reception.show_error", lambda *args: pytest.fail(args[-1]))
    page.claim_button.click()
    tuesday = TEST_NOW.date() + timedelta(days=1)
    held = rota.member_shifts(ctx, ctx.actor_id, TEST_NOW.date(), tuesday)
    assert [(s.day, s.start, s.end) for s in held] == [(tuesday, time(9), time(13))]


def test_a_centre_without_members_always_asks_for_its_first_member(qtbot, tmp_path, english, stop_controllers):
    path = tmp_path / "centre.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre du Village"))  # by the CLI, say
    engine.dispose()
    controller = start(qtbot, path)
    stop_controllers.append(controller)
    assert isinstance(screen(controller), FirstMemberScreen)
    controller.lock()  # "Switch member" or the idle lock come back to it too
    assert isinstance(screen(controller), FirstMemberScreen)
    first = screen(controller)
    first.name.setText("Amina Benali")
    first.pin.setText("2468")
    first.pin_again.setText("2468")
    first.continue_button.click()
    assert screen(controller) is controller.area  # this centre has no set-up to do
    controller.lock()
    assert isinstance(screen(controller), LockScreen)
    bruno = MemberDraft(name="Bruno Petit", profession="Infirmier")
    members.add_member(controller.workspace.ctx.as_system("tests"), bruno)
    controller.lock()
    picker = controller.lock_screen.list
    assert [picker.item(row).text() for row in range(picker.count())] == [
        "Amina Benali", "Bruno Petit — Infirmier"]  # no dash left hanging after a name without a profession


def test_a_set_up_left_is_offered_to_its_coordinator_at_the_next_start(qtbot, tmp_path, english,
                                                                     stop_controllers):
    path = tmp_path / "centre.sqlite3"
    controller, assistant = open_setup(qtbot, path)
    assistant.next_button.click()  # the centre's step done
    screen(controller).later_button.click()
    assert screen(controller) is controller.area
    members.add_member(controller.workspace.ctx, MemberDraft(name="Bruno Petit"))
    controller.stop_background()
    controller.workspace.close()

    again = start(qtbot, path)
    stop_controllers.append(again)
    assert isinstance(screen(again), LockScreen)
    again.lock_screen.list.setCurrentRow(1)  # Bruno: not the one who began it
    again.lock_screen.enter_button.click()
    assert screen(again) is again.area
    again.lock()
    again.lock_screen.list.setCurrentRow(0)
    again.lock_screen.pin.setText("2468")
    again.lock_screen.enter_button.click()
    assistant = screen(again)
    assert isinstance(assistant, SetupScreen)
    assert "not finished" in assistant.intro.text() and "Step 2 of 3" in assistant.step_label.text()
    assistant.skip_button.click()
    assert "Step 3 of 3" in assistant.step_label.text() and rota.list_templates(again.workspace.ctx) == []
    assert settings.get(again.workspace.ctx, "setup_step") == "members"


def test_a_pin_longer_than_the_rule_is_kept_and_checked_the_same_way(qtbot, tmp_path, english, stop_controllers):
    """A coordinator who types her 10-digit phone number as PIN: every field keeps the same first digits, so
    the same 10 digits typed at the next start let her in; every PIN field says the rule."""
    path = tmp_path / "centre.sqlite3"
    controller = start(qtbot, path)
    screen(controller).name.setText("Centre du Village")
    screen(controller).create_button.click()
    first = screen(controller)
    assert first.pin.placeholderText() == "4 to 8 digits"
    first.name.setText("Amina Benali")
    qtbot.keyClicks(first.pin, "0612345678")
    qtbot.keyClicks(first.pin_again, "0612345678")
    first.continue_button.click()
    assert isinstance(screen(controller), SetupScreen)
    controller.stop_background()
    controller.workspace.close()

    again = start(qtbot, path)
    stop_controllers.append(again)
    lock = screen(again)
    assert isinstance(lock, LockScreen) and lock.pin.placeholderText() == "PIN (4 to 8 digits)"
    lock.list.setCurrentRow(0)
    qtbot.keyClicks(lock.pin, "0612345678")
    lock.enter_button.click()
    assert isinstance(screen(again), SetupScreen)


def test_the_member_dialog_takes_no_longer_pin_than_the_rule(qtbot, workspace):
    dialog = MemberDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.pin.placeholderText() == "optional, 4 to 8 digits"
    qtbot.keyClicks(dialog.pin, "0612345678")
    assert dialog.pin.text() == "06123456"
    assert dialog.name.maxLength() == dialog.profession.maxLength() == 80  # the columns' sizes


def test_the_first_start_fields_take_no_longer_names_than_the_database(qtbot, tmp_path, english,
                                                                       stop_controllers):
    controller = start(qtbot, tmp_path / "centre.sqlite3")
    stop_controllers.append(controller)
    assert screen(controller).name.maxLength() == 120
    screen(controller).name.setText("Centre du Village")
    screen(controller).create_button.click()
    first = screen(controller)
    assert first.name.maxLength() == first.profession.maxLength() == 80


def test_the_reception_step_done_at_another_workstation_is_said_and_not_done_twice(qtbot, tmp_path, english,
                                                                                 stop_controllers):
    path = tmp_path / "centre.sqlite3"
    here, _assistant = open_setup(qtbot, path)
    stop_controllers.append(here)
    screen(here).next_button.click()  # the centre's step done: both at the reception's
    there = start(qtbot, path)
    stop_controllers.append(there)
    there.lock_screen.list.setCurrentRow(0)
    there.lock_screen.pin.setText("2468")
    there.lock_screen.enter_button.click()
    screen(here).next_button.click()
    late = screen(there)
    assert "Step 2 of 3" in late.step_label.text()
    late.next_button.click()
    assert "already has weekly slots" in late.error.text()
    assert not late.reception_form.isEnabled() and late.next_button.text() == "Next"
    late.next_button.click()
    assert "Step 3 of 3" in late.step_label.text()
    assert len(rota.list_templates(here.workspace.ctx)) == 10


def test_a_centre_created_meanwhile_in_another_window_is_opened_instead(qtbot, tmp_path, english,
                                                                        stop_controllers):
    path = tmp_path / "centre.sqlite3"
    one, other = start(qtbot, path), start(qtbot, path)
    stop_controllers.extend([one, other])
    screen(one).name.setText("Centre du Village")
    screen(one).create_button.click()
    screen(other).name.setText("Centre des Alpes")
    screen(other).create_button.click()  # its welcome screen knew of no centre
    first = screen(other)
    assert isinstance(first, FirstMemberScreen)  # the centre made in the first window, nobody in it yet
    assert first.error.text() == "This database already holds a centre."
    assert other.window.windowTitle() == "Centre du Village"


def test_a_first_member_made_at_another_workstation_leads_to_who_are_you(qtbot, tmp_path, english,
                                                                         stop_controllers):
    """Both workstations ask « Who opens the centre? »: once one has its coordinator, the other shows her on
    « Who are you? », when it hears of it or at the latest when its own first member is refused."""
    path = tmp_path / "centre.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    centre.create_centre(Context(engine, clock=lambda: TEST_NOW, system="tests"),
                         centre.CentreDraft(name="Centre du Village"))
    engine.dispose()
    one, other, third = start(qtbot, path), start(qtbot, path), start(qtbot, path)
    stop_controllers.extend([one, other, third])
    third.open_workspace.hub.changed.disconnect(third._on_changed)  # hears nothing: learns it on Continue
    first = screen(one)
    first.name.setText("Amina Benali")
    first.pin.setText("2468")
    first.pin_again.setText("2468")
    first.continue_button.click()
    qtbot.waitUntil(lambda: screen(other) is other.lock_screen, timeout=3000)
    assert other.lock_screen.list.item(0).text().startswith("Amina Benali")

    late = screen(third)
    late.name.setText("Bruno Petit")
    late.pin.setText("1357")
    late.pin_again.setText("1357")
    late.continue_button.click()
    assert screen(third) is third.lock_screen
    assert third.lock_screen.error.text() == "The centre already has members: enter as one of them."


def test_back_from_the_reception_step_shows_the_centre_as_saved_and_saves_it_again(qtbot, tmp_path, english,
                                                                                   stop_controllers):
    path = tmp_path / "centre.sqlite3"
    controller, assistant = open_setup(qtbot, path)
    ctx = controller.workspace.ctx
    assert not assistant.back_button.isVisible()  # nothing before the first step
    assistant.centre.opens.setTime(QTime(9, 0))
    assistant.centre.closes.setTime(QTime(17, 0))
    click(qtbot, assistant.next_button)
    assert "Step 2 of 3" in assistant.step_label.text()
    assert assistant.back_button.text() == "Back"
    assert assistant.back_button.toolTip() == "Show the previous step as it was saved, to correct it (Alt+Left)"
    assert shown_hours(assistant) == [(QTime(9, 0), QTime(13, 0)), (QTime(13, 0), QTime(17, 0))]

    click(qtbot, assistant.back_button)  # a mistake in the first step
    assert "Step 1 of 3" in assistant.step_label.text() and assistant.next_button.text() == "Next"
    assert not assistant.back_button.isVisible() and assistant.skip_button.isHidden()
    assert assistant.centre.name.text() == "Centre du Village"
    assert (assistant.centre.opens.time(), assistant.centre.closes.time()) == (QTime(9, 0), QTime(17, 0))
    assert assistant.centre.region.currentData() == "metropole"
    assert not assistant.shifts_kept.isVisible()  # no shift yet: the reception will follow the new hours
    assert setup.current_step(ctx) == "reception"  # going back writes nothing
    assistant.centre.region.setCurrentIndex(assistant.centre.region.findData("alsace-moselle"))
    assistant.centre.closes.setTime(QTime(18, 0))
    click(qtbot, assistant.next_button)  # saved a second time
    saved = centre.get_centre(ctx)
    assert (saved.holiday_region, saved.opens_at, saved.closes_at) == ("alsace-moselle", time(9), time(18))
    assert "Step 2 of 3" in assistant.step_label.text() and setup.current_step(ctx) == "reception"
    assert shown_hours(assistant) == [(QTime(9, 0), QTime(13, 30)), (QTime(13, 30), QTime(18, 0))]

    click(qtbot, assistant.back_button)
    assistant.centre.name.setText("Centre du Village 2")  # typed, not saved: Finish later leaves it
    click(qtbot, assistant.later_button)
    assert screen(controller) is controller.area
    controller.stop_background()
    controller.workspace.close()

    again = enter_again(qtbot, path)
    stop_controllers.append(again)
    assistant = screen(again)
    assert isinstance(assistant, SetupScreen)
    assert "Step 2 of 3" in assistant.step_label.text()  # the step still to do, the first one done
    assert shown_hours(assistant) == [(QTime(9, 0), QTime(13, 30)), (QTime(13, 30), QTime(18, 0))]
    assert centre.get_centre(again.workspace.ctx).name == "Centre du Village"


def test_back_from_the_team_step_once_the_shifts_are_created(qtbot, tmp_path, english, stop_controllers):
    """The keyboard goes back too (Alt+Left). Back at the reception's step, its slots are said to exist already;
    back at the centre's, new opening hours are saved and the shifts made keep theirs. The next start, after
    going back, resumes at the step still to do, and nothing is lost."""
    path = tmp_path / "centre.sqlite3"
    controller, assistant = open_setup(qtbot, path)
    ctx = controller.workspace.ctx
    click(qtbot, assistant.next_button)
    click(qtbot, assistant.next_button)  # the shifts created from 8:30–18:30
    assert "Step 3 of 3" in assistant.step_label.text() and setup.current_step(ctx) == "members"
    templates = rota.list_templates(ctx)
    assert len(templates) == 10
    planned = rota.has_shifts_ahead(ctx)
    assert planned

    assistant.activateWindow()
    qtbot.waitUntil(assistant.isActiveWindow)
    assistant.member_list.setFocus()
    qtbot.keyClick(assistant.member_list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Step 2 of 3" in assistant.step_label.text())  # a button's key clicks after a flash
    assert "already has weekly slots" in assistant.reception_text.text()
    assert not assistant.reception_form.isEnabled() and assistant.skip_button.isHidden()
    assert assistant.next_button.text() == "Next" and assistant.back_button.isVisible()

    qtbot.keyClick(assistant.back_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "Step 1 of 3" in assistant.step_label.text())
    assert assistant.shifts_kept.isVisible() and "keep their times" in assistant.shifts_kept.text()
    assert assistant.centre.name.hasFocus()
    qtbot.keyClick(assistant.centre.name, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)
    assert "Step 1 of 3" in assistant.step_label.text()  # no step before the first: the key does nothing
    assistant.centre.opens.setTime(QTime(10, 0))
    click(qtbot, assistant.next_button)
    assert centre.get_centre(ctx).opens_at == time(10)
    assert setup.current_step(ctx) == "members"  # the progress stays where it was
    assert "Step 2 of 3" in assistant.step_label.text() and not assistant.reception_form.isEnabled()
    assert rota.list_templates(ctx) == templates  # the shifts made keep their hours, nothing doubled
    click(qtbot, assistant.next_button)
    assert "Step 3 of 3" in assistant.step_label.text() and assistant.error.text() == ""
    assert len(rota.list_templates(ctx)) == 10 and setup.current_step(ctx) == "members"

    click(qtbot, assistant.back_button)
    click(qtbot, assistant.back_button)  # the program closed at the first step after going back
    controller.stop_background()
    controller.workspace.close()
    again = enter_again(qtbot, path)
    stop_controllers.append(again)
    assistant = screen(again)
    assert isinstance(assistant, SetupScreen) and "not finished" in assistant.intro.text()
    assert "Step 3 of 3" in assistant.step_label.text()  # the step still to do
    click(qtbot, assistant.back_button)
    click(qtbot, assistant.back_button)
    assert assistant.centre.opens.time() == QTime(10, 0)  # as saved
    assert len(rota.list_templates(again.workspace.ctx)) == 10
    click(qtbot, assistant.next_button)
    click(qtbot, assistant.next_button)
    click(qtbot, assistant.next_button)
    assert setup.current_step(again.workspace.ctx) == setup.DONE and screen(again) is again.area


def test_back_to_a_reception_step_skipped_creates_its_shifts(qtbot, tmp_path, english, stop_controllers):
    path = tmp_path / "centre.sqlite3"
    controller, assistant = open_setup(qtbot, path)
    stop_controllers.append(controller)
    ctx = controller.workspace.ctx
    click(qtbot, assistant.next_button)
    click(qtbot, assistant.skip_button)
    assert "Step 3 of 3" in assistant.step_label.text() and "later" in assistant.done_text.text()
    click(qtbot, assistant.back_button)
    assert "Step 2 of 3" in assistant.step_label.text() and assistant.reception_form.isEnabled()
    assert assistant.next_button.text() == "Create the shifts" and assistant.skip_button.isVisible()
    assistant.days[4].setChecked(False)  # no reception on Fridays
    click(qtbot, assistant.next_button)
    assert "Step 3 of 3" in assistant.step_label.text() and "shifts created ahead" in assistant.done_text.text()
    assert sorted({t.weekday for t in rota.list_templates(ctx)}) == [0, 1, 2, 3]
    assert setup.current_step(ctx) == "members"


def test_the_set_up_says_which_shifts_a_new_region_cancelled(qtbot, tmp_path, english, stop_controllers):
    """Back at the first step once the shifts are made, Alsace-Moselle chosen: its 26 December (a Saturday)
    loses its shifts, and the reception's step says so."""
    controller, assistant = open_setup(qtbot, tmp_path / "centre.sqlite3")
    stop_controllers.append(controller)
    ctx = controller.workspace.ctx
    click(qtbot, assistant.next_button)
    assert not assistant.holiday_shifts.isVisible()  # the region saved first: nothing planned to follow it
    assistant.days[5].setChecked(True)  # Saturdays too
    click(qtbot, assistant.next_button)
    boxing_day = TEST_NOW.date().replace(month=12, day=26)
    assert len(rota.shifts_between(ctx, boxing_day, boxing_day)) == 2
    click(qtbot, assistant.back_button)
    click(qtbot, assistant.back_button)
    assistant.centre.region.setCurrentIndex(assistant.centre.region.findData("alsace-moselle"))
    click(qtbot, assistant.next_button)
    assert "Step 2 of 3" in assistant.step_label.text()
    assert assistant.holiday_shifts.isVisible()
    assert assistant.holiday_shifts.text() == "2 reception shifts cancelled (public holidays)."
    assert rota.shifts_between(ctx, boxing_day, boxing_day) == []
    click(qtbot, assistant.next_button)
    click(qtbot, assistant.back_button)
    assert not assistant.holiday_shifts.isVisible()  # said once, after the save
