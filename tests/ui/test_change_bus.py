"""One refresh per change (issue 18, point 4): the changes of a turn of the event loop are delivered together
at the next turn, to the page in front of the user; the hidden ones refresh when they are shown."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget
from sqlmodel import select

from app import formatting
from app.domain.members import MemberDraft
from app.services import members
from app.services.changes import Entity
from app.storage.models.audit import AuditEntry
from app.ui.hub import SignalHub
from app.ui.pages.hours import HoursPage
from app.ui.pages.team import TeamPage
from app.ui.workspace import Workspace


def counted(page) -> list[int]:
    """The page's refreshes from now on, as a list that grows by one at each."""
    calls: list[int] = []
    refresh = page.refresh

    def counting() -> None:
        calls.append(1)
        refresh()

    page.refresh = counting
    return calls


@pytest.fixture
def pages(qtbot, workspace):
    """The Team page in front, the Hours page (which watches members too) behind it."""
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    team, hours_page = TeamPage(workspace, "Team"), HoursPage(workspace, "Hours")
    stack.addWidget(team)
    stack.addWidget(hours_page)
    stack.setCurrentWidget(team)
    stack.show()
    return stack, team, hours_page


def add(workspace, name: str) -> None:
    members.add_member(workspace.ctx, MemberDraft(name=name, start_date=date(2026, 1, 5)))


def test_a_change_refreshes_the_visible_page_once_after_the_call_and_a_hidden_one_when_shown(pages, workspace):
    stack, team, hours_page = pages
    team_refreshes, hours_refreshes = counted(team), counted(hours_page)
    add(workspace, "Bruno Martin")
    assert team_refreshes == []  # not inside the service call
    QApplication.processEvents()
    assert len(team_refreshes) == 1 and hours_refreshes == []
    assert "Bruno Martin" in [team.model.rows[row].name for row in range(team.model.rowCount())]
    QApplication.processEvents()
    assert len(team_refreshes) == 1  # delivered once

    stack.setCurrentWidget(hours_page)
    assert len(hours_refreshes) == 1 and len(team_refreshes) == 1
    stack.setCurrentWidget(team)
    assert len(team_refreshes) == 1  # nothing changed while it was hidden


def test_a_burst_of_writes_in_one_turn_refreshes_once(pages, workspace, qtbot):
    _stack, team, hours_page = pages
    team_refreshes, hours_refreshes = counted(team), counted(hours_page)
    with qtbot.waitSignal(workspace.hub.batch) as delivered:
        for number in range(10):
            add(workspace, f"Membre {number}")
    QApplication.processEvents()
    assert len(team_refreshes) == 1 and hours_refreshes == []
    assert set(delivered.args[0]) == {Entity.MEMBER} and len(delivered.args[0][Entity.MEMBER]) == 10
    assert team.model.rowCount() == 11


def test_someone_else_at_the_desk_refreshes_only_the_visible_page(pages, workspace, ctx):
    _stack, team, hours_page = pages
    team_refreshes, hours_refreshes = counted(team), counted(hours_page)
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Martin"))
    QApplication.processEvents()
    workspace.set_actor(bruno.id)
    assert len(team_refreshes) == 2 and hours_refreshes == []


def test_a_change_only_shown_elsewhere_is_published_without_an_audit_row(workspace, ctx):
    """A unit of work can tell the window that something changed without writing to the audit log."""
    heard = []
    ctx.events.subscribe(lambda entity, ids: heard.append((entity, ids)))
    with ctx.writing() as unit:
        unit.changed(Entity.WORKSHOP, (7,))
        assert heard == []  # after the commit only
    assert heard == [(Entity.WORKSHOP, (7,))]
    with ctx.reading() as db:
        assert db.exec(select(AuditEntry).where(AuditEntry.entity == "workshop")).all() == []


def test_typing_an_hour_cell_reloads_the_hours_page_once(qtbot, workspace):
    page = HoursPage(workspace, "Hours")
    qtbot.addWidget(page)
    page.show()
    refreshes = counted(page)
    model = page.week_model
    training = next(row for row, category in enumerate(model.grid.categories) if category.code == "training")
    assert model.setData(model.index(training, 0), "1h30")  # refreshed once, then it says what it recorded
    QApplication.processEvents()
    assert len(refreshes) == 1
    assert model.index(training, 0).data() == formatting.duration(90)


def test_the_next_cell_typed_in_is_not_closed_by_the_echo_of_the_last_one(qtbot, workspace):
    """The window watches the file for other workstations' commits: its own must not come back as a change of
    everything that reloads the page under the cell being typed in."""
    workspace.watch_other_workstations(interval_ms=20)
    page = HoursPage(workspace, "Hours")
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    model, view = page.week_model, page.grid_view
    training = next(row for row, category in enumerate(model.grid.categories) if category.code == "training")
    assert model.setData(model.index(training, 0), "1h30")
    view.setCurrentIndex(model.index(training, 1))
    view.edit(model.index(training, 1))
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None, "the cell is being edited"
    qtbot.keyClicks(editor, "2h")
    qtbot.wait(300)  # fifteen polls
    assert view.state() == view.State.EditingState and editor.text() == "2h" and editor.hasFocus()
    workspace.close()


def test_a_change_from_elsewhere_waits_until_the_cell_being_typed_in_is_left(qtbot, workspace):
    page = HoursPage(workspace, "Hours")
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view = page.grid_view
    view.edit(view.model().index(0, 0))
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None, "the cell is being edited"
    qtbot.keyClicks(editor, "2h")
    refreshes = counted(page)
    workspace.hub.publish(Entity.TIME_ENTRY, (41,))  # another workstation's hours
    workspace.hub.flush()
    qtbot.wait(50)
    assert refreshes == [] and editor.text() == "2h" and editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # the cell left: what changed meanwhile is read now
    qtbot.waitUntil(lambda: len(refreshes) == 1)
    workspace.hub.publish(Entity.TIME_ENTRY, (42,))  # no cell open now: at once
    workspace.hub.flush()
    assert len(refreshes) == 2


def test_a_change_pending_when_the_centre_closes_is_never_delivered(qtbot, ctx):
    """A page built on the last turn may have written (a reminder, say): its change, still on its way, must not
    make the closed centre's widgets read a file that is gone (a demo's folder is deleted at close)."""
    workspace = Workspace(ctx, SignalHub())
    seen: list[str] = []
    workspace.hub.changed.connect(lambda entity, _ids: seen.append(entity))
    members.add_member(ctx, MemberDraft(name="Written on the last turn"))
    workspace.close()
    QApplication.processEvents()
    workspace.hub.publish(Entity.NOTIFICATION)  # a background thread finishing late
    QApplication.processEvents()
    assert seen == []
