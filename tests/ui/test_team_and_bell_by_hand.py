"""The Team page and the bell driven by hand: a member added then edited through the dialog; notifications
read one by one or all at once. Each click is checked in the database and on screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListWidget, QTableView

from app.services import members, notifications
from app.ui.dialogs.member import MemberDialog
from app.ui.notifications import BellButton, NotificationsPanel
from app.ui.pages.team import TeamPage
from tests.ui.conftest import delivered
from tests.ui.mouse import (
    LEFT,
    answer,
    button_with_text,
    click,
    click_button,
    click_row_showing,
    click_standard,
    named,
)

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def team(qtbot, workspace):
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    return page


def new_member(qtbot, dialog: MemberDialog) -> None:
    qtbot.keyClicks(named(dialog, QLineEdit, "Name"), "Bruno Martin")
    qtbot.keyClicks(named(dialog, QLineEdit, "Profession"), "Infirmier")
    click_standard(qtbot, dialog, SAVE)


def new_phone(qtbot, dialog: MemberDialog) -> None:
    qtbot.keyClicks(named(dialog, QLineEdit, "Phone"), "06 98 76 54 32")
    click_standard(qtbot, dialog, SAVE)


def test_a_member_is_added_then_edited(qtbot, workspace, team):
    assert not button_with_text(team, "Edit…").isEnabled()  # nobody chosen
    answer(MemberDialog, lambda dialog: new_member(qtbot, dialog))
    click_button(qtbot, team, "Add a member…")
    bruno = next(m for m in members.list_members(workspace.ctx) if m.name == "Bruno Martin")
    assert bruno.profession == "Infirmier"
    assert team.message.text() == "Bruno Martin is added to the team."
    delivered()
    table = named(team, QTableView, "Members of the team")
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert sorted(names) == ["Amina Benali", "Bruno Martin"]

    click_row_showing(qtbot, table, "Bruno Martin")
    answer(MemberDialog, lambda dialog: new_phone(qtbot, dialog))
    click_button(qtbot, team, "Edit…")
    assert members.get_member(workspace.ctx, bruno.id).phone == "06 98 76 54 32"
    assert team.message.text() == "The details of Bruno Martin are saved."


@pytest.fixture
def bell(qtbot, workspace):
    ctx = workspace.ctx
    notifications.notify(ctx, kind="reminder", text="Your shift tomorrow", dedupe_key="one",
                         member_id=workspace.actor_id)
    notifications.notify(ctx, kind="reminder", text="The minutes wait for approval", dedupe_key="two")
    button = BellButton(workspace)
    qtbot.addWidget(button)
    button.show()
    return button


def panel_items(panel: NotificationsPanel) -> list[str]:
    shown = named(panel, QListWidget, "Notifications")
    return [shown.item(r).data(Qt.ItemDataRole.AccessibleTextRole) or shown.item(r).text()
            for r in range(shown.count())]


def test_notifications_are_read_one_then_all(qtbot, workspace, bell):
    ctx, me = workspace.ctx, workspace.actor_id
    assert bell.text() == "Notifications (2)"
    click(qtbot, bell)
    panel = bell.panel
    qtbot.addWidget(panel)
    assert panel.isVisible()
    assert all(text.startswith("Unread: ") for text in panel_items(panel)) and len(panel_items(panel)) == 2

    shown = named(panel, QListWidget, "Notifications")
    qtbot.mouseClick(shown.viewport(), LEFT, pos=shown.visualItemRect(shown.item(0)).center())
    click_button(qtbot, panel, "Mark as read")
    assert notifications.unread_count(ctx, me) == 1
    delivered()
    assert bell.text() == "Notifications (1)"
    assert sum(text.startswith("Unread: ") for text in panel_items(panel)) == 1

    click_button(qtbot, panel, "Mark all as read")
    assert notifications.unread_count(ctx, me) == 0
    delivered()
    assert bell.text() == "Notifications"
    assert not any(text.startswith("Unread: ") for text in panel_items(panel))
    assert not button_with_text(panel, "Mark all as read").isEnabled()
