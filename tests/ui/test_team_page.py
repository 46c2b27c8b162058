"""Team page and member dialog: add, validate inline, edit (saved elsewhere meanwhile: shown, not
overwritten), deactivate."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from app.domain.members import MemberDraft
from app.services import hours as hours_service
from app.services import members
from app.ui.dialogs.departure import DepartureDialog
from app.ui.dialogs.fields import qdate
from app.ui.dialogs.member import MemberDialog
from app.ui.pages.team import TeamPage
from tests.statements import reading, statements
from tests.ui.conftest import delivered, when_modal


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


def test_a_new_member_s_first_day_is_today_and_the_form_says_why(qtbot, workspace):
    dialog = MemberDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    today = workspace.ctx.today()
    assert dialog.start.date().toPython() == today and "Nothing is owed before" in dialog.start.toolTip()
    dialog.show()
    assert dialog.start_hint.isVisible() and "Nothing is owed before" in dialog.start_hint.text()  # not only on hover
    dialog.name.setText("Paul Girard")
    dialog.save()
    assert dialog.result_view.start_date == today


def test_a_new_contract_applies_from_the_week_chosen_and_not_into_a_validated_week(qtbot, workspace):
    """Editing Amina's hours asks from when (this week by default); a week she validated is refused inline."""
    ctx = workspace.ctx
    amina = members.list_members(ctx)[0]
    this_week = hours_service.week_start(ctx.today())
    hours_service.validate_week(ctx, amina.id, this_week - timedelta(weeks=1))
    new = MemberDialog(ctx, None)
    qtbot.addWidget(new)
    assert new.contract_from is None  # a new member's first contract starts on their start date
    dialog = MemberDialog(ctx, amina)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.contract_from.date().toPython() == this_week
    assert "weeks before keep the contract they had" in dialog.contract_from.toolTip()
    dialog.contract.setValue(17.5)
    dialog.contract_from.setDate(qdate(this_week - timedelta(days=4)))  # a day of the week validated
    dialog.save()
    assert not dialog.error.isHidden() and "validated the week of 16/11/2026" in dialog.error.text()
    assert members.get_member(ctx, amina.id).contract_minutes == 35 * 60
    dialog.contract_from.setDate(qdate(this_week))
    dialog.save()
    assert dialog.result_view.contract_minutes == 1050
    assert [term.effective_from for term in members.contract_history(ctx, amina.id)] == [date(2026, 1, 5),
                                                                                         this_week]


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


def test_team_page_follows_changes_and_deactivates(qtbot, workspace):
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    from app.domain.members import MemberDraft

    members.add_member(workspace.ctx, MemberDraft(name="Élodie Roux"))
    delivered()
    names = [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]
    assert names == ["Amina Benali", "Élodie Roux"]
    page.select(page.proxy.index(1, 0).data(Qt.ItemDataRole.UserRole).id)
    QTimer.singleShot(0, lambda: when_modal(DepartureDialog, lambda dialog: dialog.ok_button.click()))
    page.active_button.click()
    delivered()
    assert page.proxy.rowCount() == 1
    assert page.message.accessibleName() == "Last action: The departure of Élodie Roux is recorded."
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
    other = Context(open_database(database_url), system="tests")
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


def test_the_audit_log_names_what_of_cercle_acted_for_nobody(qtbot, workspace):
    from app.domain.members import MemberDraft
    from app.ui.dialogs.audit import AuditDialog

    members.add_member(workspace.ctx.as_system("scheduler"), MemberDraft(name="Hugo Lambert"))
    members.add_member(workspace.ctx, MemberDraft(name="Inès Moreau"))
    dialog = AuditDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    who = [dialog.model.index(row, 1).data() for row in range(2)]
    assert who == ["Amina Benali", "Cercle (background task)"]


def test_the_audit_log_says_in_words_what_was_done_to_what(qtbot, workspace, french):
    from app.domain.members import MemberDraft
    from app.ui.dialogs.audit import ACTIONS, RECORDS, AuditDialog

    hugo = members.add_member(workspace.ctx, MemberDraft(name="Hugo Lambert"))
    dialog = AuditDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    assert [dialog.model.index(0, column).data() for column in (2, 3)] == ["ajout", f"membre {hugo.id}"]
    assert ACTIONS.keys() >= {"add", "edit", "claim", "take_position", "add_item", "change_contract", "supersede"}
    assert {"meeting", "contract_term"} <= RECORDS.keys()


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


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_a_member_saved_elsewhere_meanwhile_is_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    karim = members.add_member(workspace.ctx, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
    dialog = MemberDialog(workspace.ctx, karim)
    qtbot.addWidget(dialog)
    theirs = members.update_member(
        elsewhere, karim.id, replace(karim.draft(), profession="Infirmier coordinateur", contract_minutes=28 * 60),
        expected_version=karim.version,
    )
    dialog.name.setText("Karim B.")
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert len(seen) == 1
    assert "Someone else saved Karim Bensaïd while you were editing." in seen[0]
    assert "Name: yours “Karim B.”, saved “Karim Bensaïd”" in seen[0]
    assert "Profession: yours “Infirmier”, saved “Infirmier coordinateur”" in seen[0]
    assert "Contract hours per week: yours “35 h”, saved “28 h”" in seen[0]
    assert "Colour" not in seen[0]  # only what differs
    saved = members.get_member(workspace.ctx, karim.id)
    if keep_mine:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert (saved.name, saved.profession, saved.contract_minutes) == ("Karim B.", "Infirmier", 35 * 60)
        assert saved.version == theirs.version + 1
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected
        assert saved == theirs


def test_escape_in_the_edited_elsewhere_dialog_goes_back_to_the_edit_with_nothing_saved(
    qtbot, workspace, elsewhere, answer_edited_elsewhere
):
    karim = members.add_member(workspace.ctx, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
    dialog = MemberDialog(workspace.ctx, karim)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = members.update_member(
        elsewhere, karim.id, replace(karim.draft(), profession="Infirmier coordinateur"),
        expected_version=karim.version,
    )
    dialog.profession.setText("Infirmier de pratique avancée")
    seen = answer_edited_elsewhere("Escape")
    dialog.save()
    assert len(seen) == 1
    assert dialog.isVisible() and dialog.result_view is None  # still editing, the text still there
    assert dialog.profession.text() == "Infirmier de pratique avancée"
    assert members.get_member(workspace.ctx, karim.id) == theirs
    # Saving again asks again (the edit still starts from the version it was opened on); kept this time.
    seen = answer_edited_elsewhere("Keep mine")
    dialog.save()
    assert len(seen) == 1 and "saved “Infirmier coordinateur”" in seen[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert members.get_member(workspace.ctx, karim.id).profession == "Infirmier de pratique avancée"


def test_a_member_deactivated_elsewhere_meanwhile_is_saved_without_asking(
    qtbot, workspace, elsewhere, never_edited_elsewhere
):
    karim = members.add_member(workspace.ctx, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
    dialog = MemberDialog(workspace.ctx, karim)
    qtbot.addWidget(dialog)
    members.set_active(elsewhere, karim.id, False)  # the version moves, no detail of the dialog does
    dialog.profession.setText("Infirmier coordinateur")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = members.get_member(workspace.ctx, karim.id)
    assert (saved.profession, saved.active) == ("Infirmier coordinateur", False)


def test_member_dialog_keeps_a_phone_and_an_e_mail(qtbot, workspace):
    amina = members.list_members(workspace.ctx)[0]
    dialog = MemberDialog(workspace.ctx, amina)
    qtbot.addWidget(dialog)
    dialog.phone.setText("06.12.34.56.78")
    dialog.email.setText("amina@example.org")
    dialog.save()
    assert (dialog.result_view.phone, dialog.result_view.email) == ("06 12 34 56 78", "amina@example.org")
    again = MemberDialog(workspace.ctx, dialog.result_view)
    qtbot.addWidget(again)
    assert again.phone.text() == "06 12 34 56 78"
    again.email.setText("amina@")
    again.save()
    assert "not an e-mail address" in again.error.text()


def test_the_audit_log_tells_free_text_changed_without_showing_it(qtbot, workspace):
    from datetime import date, time

    from app.domain.meetings import ItemKind, MeetingKind
    from app.services import meetings
    from app.ui.dialogs.audit import AuditDialog

    draft = meetings.MeetingDraft(title="Revue de cas", day=date(2026, 11, 24), start=time(13), end=time(14),
                                  kind=MeetingKind.CARE_REVIEW)
    meeting = meetings.create_meeting(workspace.ctx, draft)
    item = meetings.add_item(workspace.ctx, meeting.id, "Situation 1", ItemKind.CARE_REVIEW, 15)
    meetings.save_notes(workspace.ctx, item.id, "Mme D. est tombée")
    meetings.save_notes(workspace.ctx, item.id, "Mme D. est tombée chez elle")
    dialog = AuditDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.search.setText("notes")
    dialog.table.selectRow(0)
    shown = dialog.details.toPlainText()
    assert "text (17 characters)" in shown and "text changed (27 characters)" in shown
    assert "tombée" not in shown and "sha256" not in shown


def test_a_change_reads_the_tab_in_sight_and_the_directory_when_chosen(qtbot, workspace):
    """A change to the team, while the team is in sight, reads the team, not the directory of inhabitants and
    partners behind it: the directory is read when chosen, with what changed."""
    from app.domain.people import PersonDraft, PersonRole
    from app.services import people

    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    members.add_member(workspace.ctx, MemberDraft(name="Paul Girard"))
    people.create_person(workspace.ctx, PersonDraft(name="Nadia", role=PersonRole.RELAY))
    with statements(workspace.ctx.engine) as seen:
        delivered()
    assert "Paul Girard" in [member.name for member in page.model.rows]
    assert reading(seen, "member") and not reading(seen, "person")
    assert page.people.model.rowCount() == 0
    page.tabs.setCurrentIndex(1)
    assert [person.name for person in page.people.model.rows] == ["Nadia"]
