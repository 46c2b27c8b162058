"""Two workstations on one centre: what one saves appears on the other's Team page within two seconds, and
notes of one agenda item typed on both are never overwritten unseen."""

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.meetings import ItemKind
from app.domain.members import MemberDraft
from app.services import backups, meetings, members
from app.services.context import Context
from app.services.meetings import MeetingDraft
from app.storage.engine import open_database
from app.ui.application import Controller
from app.ui.dialogs.meeting import NotesConflictDialog
from app.ui.hub import SignalHub
from app.ui.mainwindow import MainWindow
from app.ui.pages.meetings import MeetingsPage
from app.ui.pages.team import TeamPage
from app.ui.workspace import Workspace
from tests.ui.conftest import finish_background
from tests.ui.test_mainwindow import enter_as


def shown_names(page: TeamPage) -> set[str]:
    return {page.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            for row in range(page.proxy.rowCount())}


def open_team_page(qtbot, space: Workspace) -> TeamPage:
    page = TeamPage(space, "Team")
    qtbot.addWidget(page)
    page.show()
    space.watch_other_workstations(interval_ms=100)
    return page


def test_each_workstation_sees_the_others_changes_within_two_seconds(qtbot, ctx, database_url, english):
    here = Workspace(ctx, SignalHub())
    there = Workspace(Context(open_database(database_url), system="tests"), SignalHub())
    try:
        page_here, page_there = open_team_page(qtbot, here), open_team_page(qtbot, there)
        karim = members.add_member(here.ctx, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
        qtbot.waitUntil(lambda: "Karim Bensaïd" in shown_names(page_there), timeout=2000)

        draft = members.get_member(there.ctx, karim.id).draft()
        members.update_member(there.ctx, karim.id, replace(draft, name="Karim B."))
        qtbot.waitUntil(lambda: "Karim B." in shown_names(page_here), timeout=2000)
        assert "Karim Bensaïd" not in shown_names(page_here)
    finally:
        there.close()
        here.close()


def open_desk(qtbot, database_url: str) -> Controller:
    """A window of Cercle on the centre at ``database_url``, as another workstation runs it."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, database_url, interactive=False)
    assert controller.open()
    return controller


def test_a_departure_recorded_elsewhere_locks_the_desk_of_who_left(qtbot, ctx, database_url, english):
    """Bruno is at a desk when his departure is recorded at another: his desk goes back to "Who are you?"
    and says why, within two seconds."""
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Petit"))
    controller = open_desk(qtbot, database_url)
    try:
        enter_as(controller, "Bruno")
        assert controller.open_workspace.actor_id == bruno.id
        members.deactivate(ctx, bruno.id)
        qtbot.waitUntil(lambda: controller.window.screens.currentWidget() is controller.lock_screen, timeout=2000)
        assert controller.open_workspace.actor_id is None
        assert controller.lock_screen.error.text() == (
            "The member who was at the desk is no longer active in this centre. Choose your name.")
        picker = controller.lock_screen.list
        assert [picker.item(row).text().split(" — ")[0] for row in range(picker.count())] == ["Amina Benali"]
    finally:
        controller.close()


def test_a_backup_restored_at_one_window_reaches_the_other(qtbot, ctx, database_url, english, tmp_path):
    """Two windows on one SQLite file: the one restores a backup made before Chloé came; the other, where
    Chloé was, sees it and asks who is there, and what it saves next is kept in the restored centre."""
    if not database_url.startswith("sqlite"):
        pytest.skip("a server's centre is restored with its own tools")
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    copy = backups.back_up_now(ctx, tmp_path / "copy.sqlite3")
    members.add_member(ctx, MemberDraft(name="Chloé Martin"))
    here, there = open_desk(qtbot, database_url), open_desk(qtbot, database_url)
    try:
        enter_as(here, "Amina")
        enter_as(there, "Chloé")
        assert here.restore_backup(copy)
        finish_background(qtbot)
        qtbot.waitUntil(lambda: there.window.screens.currentWidget() is there.lock_screen, timeout=2000)
        enter_as(there, "Amina")
        members.add_member(there.open_workspace.ctx, MemberDraft(name="Added after the restore"))
        assert [m.name for m in members.list_members(here.open_workspace.ctx)] == [
            "Added after the restore", "Amina Benali"]
    finally:
        there.close()
        here.close()


# ---------------------------------------------------------------- notes of one agenda item typed on two desks

MONDAY = date(2026, 11, 23)
THEIRS = "Le loyer augmente de 2 %.\nLe chauffagiste passe jeudi."
MINE = "Le loyer augmente de 2 %.\nBudget 2027 voté à l'unanimité."


@pytest.fixture
def desks(qtbot, workspace, database_url):
    """The same meeting open on two workstations (Amina's here, Bruno's there), the item "Budget" chosen on
    both, each hearing the other's commits within a tenth of a second."""
    meeting = meetings.create_meeting(
        workspace.ctx, MeetingDraft(title="Réunion d'équipe", day=MONDAY, start=time(12, 30), end=time(14))
    )
    item = meetings.add_item(workspace.ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    there = Workspace(Context(open_database(database_url), system="tests"), SignalHub())
    there.set_actor(members.add_member(there.ctx, MemberDraft(name="Bruno Martin")).id)
    pages = []
    for space in (workspace, there):
        page = MeetingsPage(space, "Meetings")
        qtbot.addWidget(page)
        page.show()
        page.agenda.notes.autosave.setInterval(100)  # the same autosave, sooner
        page.agenda.items_view.selectRow(0)
        space.watch_other_workstations(interval_ms=100)
        pages.append(page)
    yield pages[0], pages[1], item
    there.close()
    workspace.close()


def saved_notes(page: MeetingsPage, item_id: int) -> str:
    items = meetings.get_meeting(page.ctx, page.detail.summary.id).items
    return next(i for i in items if i.id == item_id).notes


def type_into(qtbot, page: MeetingsPage, text: str, at_end: bool = True) -> None:
    """Typing at the end of the notes (or where the cursor is), as the keyboard would (QTest's key clicks
    know no accents)."""
    page.agenda.notes.setFocus()
    if at_end:
        page.agenda.notes.moveCursor(page.agenda.notes.textCursor().MoveOperation.End)
    page.agenda.notes.insertPlainText(text)


def settled(page: MeetingsPage) -> bool:
    notes = page.agenda.notes
    return not notes.autosave.isActive() and not notes.has_unsaved() and not notes.busy


def both_typing(qtbot, here: MeetingsPage, there: MeetingsPage, item) -> None:
    """Bruno's notes are saved there while Amina is typing hers here: hers are not saved yet."""
    here.agenda.notes.autosave.setInterval(60_000)  # Amina types on; her autosave comes later in the test
    type_into(qtbot, here, MINE)
    type_into(qtbot, there, THEIRS)
    qtbot.waitUntil(lambda: settled(there), timeout=3000)
    assert saved_notes(there, item.id) == THEIRS
    # The live refresh reaches Amina's desk, and keeps what she is typing.
    qtbot.waitUntil(lambda: here.detail.items[0].notes == THEIRS, timeout=3000)
    assert here.agenda.notes.toPlainText() == MINE and here.agenda.notes.has_unsaved()
    here.agenda.notes.autosave.setInterval(100)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("mine", MINE),
        ("theirs", THEIRS),
        ("merge", THEIRS + "\nBudget 2027 voté à l'unanimité."),
    ],
    ids=["keep mine", "take theirs", "merge"],
)
def test_an_autosave_over_notes_saved_elsewhere_asks_and_saves_the_choice(
    qtbot, desks, monkeypatch, choice, expected
):
    here, there, item = desks
    asked = []

    def resolve(parent, mine, theirs):
        asked.append((parent, mine, theirs))
        return {"mine": mine, "theirs": theirs, "merge": expected}[choice]

    monkeypatch.setattr(NotesConflictDialog, "resolve", resolve)
    both_typing(qtbot, here, there, item)
    here.agenda.notes.autosave.start()  # Amina stops typing: her autosave comes
    qtbot.waitUntil(lambda: settled(here), timeout=3000)
    assert asked == [(here.agenda.notes, MINE, THEIRS)]  # asked once, with both texts
    assert saved_notes(here, item.id) == expected
    assert here.agenda.notes.toPlainText() == expected
    # Bruno's desk, with nothing unsaved, shows the chosen notes within a refresh.
    qtbot.waitUntil(lambda: there.agenda.notes.toPlainText() == expected, timeout=3000)
    assert settled(there)
    # Both go on from the saved version: the next save on either desk is no conflict.
    type_into(qtbot, there, "\nFin.")
    qtbot.waitUntil(
        lambda: settled(there) and saved_notes(there, item.id) == expected + "\nFin.", timeout=3000
    )
    qtbot.waitUntil(lambda: here.agenda.notes.toPlainText() == expected + "\nFin.", timeout=3000)
    assert len(asked) == 1


def test_the_conflict_dialog_shows_both_and_saves_the_edited_merge(qtbot, desks):
    here, there, item = desks
    both_typing(qtbot, here, there, item)
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NotesConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen["texts"] = (dialog.mine.toPlainText(), dialog.theirs.toPlainText(), dialog.merged.toPlainText())
        seen["read_only"] = (dialog.mine.isReadOnly(), dialog.theirs.isReadOnly(), dialog.merged.isReadOnly())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not a choice: the dialog stays
        seen["after_escape"] = dialog.isVisible()
        # While it is open: no autosave runs, another save waits, a refresh waits.
        seen["autosave"] = here.agenda.notes.autosave.isActive()
        here.flush_notes()
        here.refresh()
        seen["dialogs"] = [w for w in QApplication.topLevelWidgets()
                           if isinstance(w, NotesConflictDialog) and w.isVisible()]
        dialog.merged.setPlainText(dialog.merged.toPlainText() + "\nÀ revoir en janvier.")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    here.agenda.notes.autosave.start()
    qtbot.waitUntil(lambda: "texts" in seen and settled(here), timeout=5000)
    merged = THEIRS + "\nBudget 2027 voté à l'unanimité."
    assert seen["texts"] == (MINE, THEIRS, merged)
    assert seen["read_only"] == (True, True, False)
    assert seen["after_escape"] and not seen["autosave"] and len(seen["dialogs"]) == 1
    final = merged + "\nÀ revoir en janvier."
    assert saved_notes(here, item.id) == final and here.agenda.notes.toPlainText() == final
    qtbot.waitUntil(lambda: there.agenda.notes.toPlainText() == final, timeout=3000)


def test_taking_theirs_in_the_real_dialog_replaces_the_typing(qtbot, desks):
    here, there, item = desks
    both_typing(qtbot, here, there, item)

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NotesConflictDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    here.flush_notes()  # leaving the editor saves at once
    assert settled(here)
    assert saved_notes(here, item.id) == THEIRS and here.agenda.notes.toPlainText() == THEIRS


def test_a_live_refresh_keeps_unsaved_typing_and_otherwise_shows_the_new_notes_in_place(qtbot, desks):
    here, there, item = desks
    type_into(qtbot, here, "Le loyer augmente.")
    qtbot.waitUntil(lambda: settled(here), timeout=3000)
    qtbot.waitUntil(lambda: there.agenda.notes.toPlainText() == "Le loyer augmente.", timeout=3000)
    # Amina has nothing unsaved, her cursor after "loyer": Bruno's lines before and after it move with it.
    cursor = here.agenda.notes.textCursor()
    cursor.setPosition(len("Le loyer"))
    here.agenda.notes.setTextCursor(cursor)
    meetings.save_notes(there.ctx, item.id, "Budget : Le loyer augmente.\nVoté.", expected_version=2)
    qtbot.waitUntil(lambda: here.agenda.notes.toPlainText() == "Budget : Le loyer augmente.\nVoté.", timeout=3000)
    assert here.agenda.notes.textCursor().position() == len("Budget : Le loyer")
    assert not here.agenda.notes.has_unsaved()

    # Now she types, unsaved yet, and Bruno saves again: her typing stays, and so does her cursor.
    here.agenda.notes.autosave.setInterval(60_000)
    type_into(qtbot, here, " (de 2 %)", at_end=False)
    typed = here.agenda.notes.toPlainText()
    position = here.agenda.notes.textCursor().position()
    meetings.save_notes(
        there.ctx, item.id, "Budget : Le loyer augmente.\nVoté à l'unanimité.", expected_version=3
    )
    qtbot.waitUntil(lambda: "unanimité" in here.detail.items[0].notes, timeout=3000)
    here.refresh()  # and once more, for good measure
    assert here.agenda.notes.toPlainText() == typed and here.agenda.notes.textCursor().position() == position
    assert here.agenda.notes.has_unsaved() and here.agenda.notes.version == 3


def test_notes_saved_after_only_the_time_spent_changed_elsewhere_ask_nothing(qtbot, desks, monkeypatch):
    here, there, item = desks
    monkeypatch.setattr(NotesConflictDialog, "resolve", lambda *args: pytest.fail("nothing to merge"))
    here.agenda.notes.autosave.setInterval(60_000)
    type_into(qtbot, here, MINE)
    meetings.set_spent_minutes(there.ctx, item.id, 25)  # the item's version moves, its notes do not
    qtbot.waitUntil(lambda: here.detail.items[0].spent_minutes == 25, timeout=3000)
    assert here.agenda.spent.value() == 25 and here.agenda.notes.toPlainText() == MINE
    here.flush_notes()
    assert settled(here) and saved_notes(here, item.id) == MINE
    qtbot.waitUntil(lambda: there.agenda.notes.toPlainText() == MINE, timeout=3000)
