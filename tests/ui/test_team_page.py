"""Team page and member dialog: add, validate inline, edit, deactivate."""

from PySide6.QtCore import Qt

from app.domain.members import MemberDraft
from app.services import members
from app.ui.dialogs.member import MemberDialog
from app.ui.pages.team import TeamPage


def test_member_dialog_validates_inline_and_saves(qtbot, workspace):
    dialog = MemberDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Amina Benali")
    dialog.save()
    assert not dialog.error.isHidden() and "already called" in dialog.error.text()
    dialog.name.setText("Paul Girard")
    dialog.contract.setValue(28)
    assert dialog.self_management.value() == 8
    dialog.save()
    assert dialog.result_view.name == "Paul Girard"
    assert dialog.result_view.self_management_minutes == 480


def test_self_management_above_contract_is_explained(qtbot, workspace):
    dialog = MemberDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Claire")
    dialog.standard.setChecked(False)
    dialog.contract.setValue(10)
    dialog.self_management.setValue(12)
    dialog.save()
    assert "Self-management hours" in dialog.error.text()
    assert [m.name for m in members.list_members(workspace.ctx)] == ["Amina Benali"]


def test_team_page_follows_changes_and_deactivates(qtbot, workspace, monkeypatch):
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    from app.domain.members import MemberDraft

    members.add_member(workspace.ctx, MemberDraft(name="Élodie Roux"))
    names = [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]
    assert names == ["Amina Benali", "Élodie Roux"]
    page.select(page.proxy.index(1, 0).data(Qt.ItemDataRole.UserRole).id)
    monkeypatch.setattr("app.ui.pages.team.confirm", lambda *args: True)
    page.active_button.click()
    assert page.proxy.rowCount() == 1
    page.show_inactive.setChecked(True)
    assert page.proxy.rowCount() == 2


def test_another_workstation_s_change_appears_without_restart(qtbot, workspace, database_url):
    from app.domain.members import MemberDraft
    from app.services.context import Context
    from app.storage.engine import open_database

    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    workspace.watch_other_workstations(interval_ms=100)
    other = Context(open_database(database_url))
    try:
        members.add_member(other, MemberDraft(name="Yasmine Cherif"))
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=2000)
    finally:
        workspace.close()
        other.engine.dispose()


def test_the_audit_log_shows_who_did_what(qtbot, workspace):
    from app.domain.members import MemberDraft
    from app.ui.dialogs.audit import AuditDialog

    members.add_member(workspace.ctx, MemberDraft(name="Hugo Lambert"))
    dialog = AuditDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    first = dialog.model.rows[0]
    assert (first.member_name, first.action, first.entity) == ("Amina Benali", "add", "member")
    dialog.search.setText("Hugo")
    assert [entry.action for entry in dialog.model.rows] == ["add"]
    dialog.table.selectRow(0)
    assert "Hugo Lambert" in dialog.details.toPlainText()


def test_working_days_are_chosen_in_the_dialog(qtbot, workspace):
    dialog = MemberDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Thomas Lefèvre")
    dialog.contract.setValue(24)
    dialog.days[0].setChecked(False)  # no Monday
    dialog.days[4].setChecked(False)  # no Friday
    dialog.save()
    assert dialog.result_view.working_days == frozenset({1, 2, 3})
    for box in dialog.days:
        box.setChecked(False)
    dialog.member = dialog.result_view
    dialog.save()
    assert "working day" in dialog.error.text()


def test_names_sort_as_a_french_reader_expects_and_hours_as_numbers(qtbot, workspace):
    for name, hours in (("Élodie", 35), ("Zoé", 8), ("Eric", 28)):
        members.add_member(workspace.ctx, MemberDraft(name=name, contract_minutes=hours * 60))
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.refresh()
    column = lambda number: [page.proxy.index(row, number).data() for row in range(page.proxy.rowCount())]  # noqa: E731
    names = column(0)
    assert names.index("Élodie") < names.index("Eric") < names.index("Zoé")
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    contracts = column(2)
    assert contracts.index("8 h") < contracts.index("28 h") < contracts.index("35 h")
