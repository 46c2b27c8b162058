"""Meetings page: plan a weekly series, edit a meeting (saved elsewhere meanwhile: shown, not overwritten),
build the agenda, autosave notes, attendance and roles, actions, approve and export the minutes."""

import zipfile
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QDialog

from app import formatting, i18n
from app.domain.errors import RuleViolation
from app.domain.meetings import Attendance, MeetingStatus
from app.domain.members import MemberDraft
from app.services import meetings, members
from app.services.meetings import MeetingDraft
from app.ui.dialogs.meeting import MeetingDialog
from app.ui.pages.meetings import MeetingsPage, kept_position
from app.ui.repeat import MONTHLY_NTH, WEEKLY
from tests.conftest import TEST_AFTERNOON
from tests.french import typeset
from tests.statements import reading, statements
from tests.ui.conftest import delivered, finish_background, shown
from tests.ui.mouse import click, double_click

MONDAY = date(2026, 11, 23)


def make_page(qtbot, workspace, size=(1280, 800)):
    """The page at the size of a laptop's window: the list and the chosen meeting side by side (in a narrow
    window, one or the other is shown, chosen by tabs)."""
    return shown(qtbot, MeetingsPage(workspace, "Meetings"), size)


def export_minutes(qtbot, monkeypatch, page, path, fmt):
    """Export the minutes shown to ``path`` as if it were chosen in the save dialog: the file, or None."""
    monkeypatch.setattr("app.ui.exporting.QFileDialog.getSaveFileName", lambda *args: (str(path), ""))
    page.minutes.ask_export(fmt)
    finish_background(qtbot)
    return path if path.exists() else None


def series(workspace, weeks=2, first=MONDAY):
    draft = MeetingDraft(
        title="Réunion d'équipe", day=first, start=time(12, 30), end=time(14), place="Salle 1"
    )
    return meetings.create_weekly_series(workspace.ctx, draft, weeks)


def test_the_dialog_plans_a_weekly_series_and_explains_errors(qtbot, workspace):
    dialog = MeetingDialog(workspace.ctx, MONDAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("")
    dialog.save()
    assert not dialog.error.isHidden() and "title" in dialog.error.text()
    dialog.title.setText("Réunion d'équipe")
    dialog.repeat.kind.setCurrentIndex(WEEKLY)
    dialog.repeat.count.setValue(4)
    dialog.save()
    assert [m.day for m in dialog.result_view] == [MONDAY + timedelta(weeks=n) for n in range(4)]


def test_the_dialog_takes_the_title_and_place_the_meeting_keeps(qtbot, workspace):
    """A place pasted from an e-mail, longer than what is kept, was cut at saving, unseen: it is cut as it
    shows, before saving."""
    dialog = MeetingDialog(workspace.ctx, MONDAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("Réunion " * 100)
    dialog.place.setText("Centre social Jean-Jaurès, " * 10)
    assert (len(dialog.title.text()), len(dialog.place.text())) == (200, 120)
    dialog.save()
    [saved] = dialog.result_view
    assert saved.place == dialog.place.text().strip()


def test_a_meeting_dated_beyond_the_calendar_is_refused_in_french(qtbot, workspace, french):
    """31/12/9999 was saved (the date field offered it), then the Meetings page failed on each refresh: the
    actions' default due day, a week later, ran off the calendar. The field now stops at 31/12/9998, and the
    service refuses the day whoever asks."""
    dialog = MeetingDialog(workspace.ctx, date(9999, 12, 31))
    qtbot.addWidget(dialog)
    assert (dialog.day.minimumDate(), dialog.day.maximumDate()) == (QDate(2000, 1, 1), QDate(9998, 12, 31))
    assert dialog.day.date() == QDate(9998, 12, 31)
    with pytest.raises(RuleViolation) as refused:
        meetings.create_meeting(workspace.ctx, replace(dialog.draft(), day=date(9999, 12, 31)))
    assert i18n.message(refused.value) == typeset(
        "Le vendredi 31 décembre 9999 est en dehors des années que Cercle prend en compte : de 2000 à 9998.")
    assert meetings.list_meetings(workspace.ctx) == []


def test_building_the_agenda_and_autosaving_notes(qtbot, workspace):
    last, this = series(workspace, first=MONDAY - timedelta(weeks=1))
    bruno = members.add_member(workspace.ctx, MemberDraft(name="Bruno Martin")).id
    meetings.add_action(workspace.ctx, last.id, bruno, "Appeler la CPAM", due=MONDAY - timedelta(days=3))
    page = make_page(qtbot, workspace)
    delivered()
    assert page.detail.summary.id == this.id  # the next meeting is chosen
    page.agenda.build_button.click()
    delivered()
    assert [item.title for item in page.agenda.items_model.rows] == ["Appeler la CPAM"]
    page.agenda.new_title.setText("Chauffage de la salle 2")
    page.agenda.add_button.click()
    delivered()
    assert [item.title for item in page.agenda.items_model.rows] == ["Appeler la CPAM", "Chauffage de la salle 2"]
    page.agenda.items_view.selectRow(1)
    page.agenda.up_button.click()
    delivered()
    assert page.agenda.items_model.rows[0].title == "Chauffage de la salle 2"
    page.agenda.items_view.selectRow(0)
    page.agenda.notes.setPlainText("Le chauffagiste passe jeudi.")
    assert page.agenda.notes.autosave.isActive()
    qtbot.waitUntil(lambda: not page.agenda.notes.autosave.isActive() and not page.agenda.notes.dirty, timeout=5000)
    saved = meetings.get_meeting(workspace.ctx, this.id).items[0]
    delivered()
    assert saved.notes == "Le chauffagiste passe jeudi."
    page.agenda.notes.setPlainText("Le chauffagiste passe jeudi à 9 h.")
    page.agenda.items_view.selectRow(1)  # choosing another item saves at once
    delivered()
    assert meetings.get_meeting(workspace.ctx, this.id).items[0].notes == "Le chauffagiste passe jeudi à 9 h."
    assert page.agenda.notes.toPlainText() == ""
    qtbot.wait(50)  # the refresh after the save: the item chosen stays chosen, its notes in the editor
    delivered()
    assert page.agenda.selected_item().id == page.agenda.notes.item_id == page.agenda.items_model.rows[1].id
    assert page.agenda.notes.toPlainText() == "" and not page.agenda.notes.has_unsaved()


def test_attendance_roles_and_actions(qtbot, workspace):
    meeting = series(workspace, weeks=1)[0]
    for name in ("Bruno Martin", "Chloé Dubois"):
        members.add_member(workspace.ctx, MemberDraft(name=name))
    page = make_page(qtbot, workspace)
    page.attendance.people_view.selectAll()
    page.attendance.present_button.click()
    delivered()
    assert {p.attendance for p in page.attendance.people_model.rows} == {Attendance.PRESENT}
    page.attendance.suggest_button.click()
    roles = meetings.get_meeting(workspace.ctx, meeting.id).roles
    delivered()
    assert len(set(roles.values())) == 3
    assert page.attendance.role_boxes["facilitator"].currentData() == roles["facilitator"]
    page.actions_panel.description.setText("Réserver la salle")
    page.actions_panel.has_due.setChecked(True)
    page.actions_panel.add_action_button.click()
    delivered()
    assert [a.description for a in page.actions_panel.actions_model.rows] == ["Réserver la salle"]
    assert [a.due for a in page.actions_panel.actions_model.rows] == [meeting.day + timedelta(days=7)]  # the default: a week on
    assert [a.description for a in page.my_actions.model.rows] == ["Réserver la salle"]  # Amina acts
    page.actions_panel.actions_view.selectRow(0)
    page.actions_panel.done_button.click()
    delivered()
    assert page.my_actions.model.rows == []


def test_marking_present_someone_at_reception_then_says_so(qtbot, workspace):
    from app.services import rota
    from app.storage.models import Shift

    meeting = series(workspace, weeks=1, first=MONDAY + timedelta(days=2))[0]
    with workspace.ctx.writing() as unit:
        shift_id = unit.add(Shift(day=meeting.day, start_time=time(12), end_time=time(14))).id
    rota.claim_shift(workspace.ctx, shift_id)
    page = make_page(qtbot, workspace)
    page.select_meeting(meeting.id)
    page.attendance.people_view.selectAll()
    page.attendance.present_button.click()
    assert page.attendance.attendance_notes.text() == (
        "Amina Benali: present.\nAmina Benali is already on a reception shift from 12:00 to 14:00.")
    page.attendance.people_view.selectAll()
    page.attendance.absent_button.click()
    assert page.attendance.attendance_notes.text() == "Amina Benali: absent."  # what was done, said aloud too
    assert page.attendance.attendance_notes.accessibleName() == "Attendance, last change: Amina Benali: absent."
    assert page.attendance.present_button.shortcut().toString() == "Ctrl+Shift+P"
    assert "(Ctrl+Shift+P)" in page.attendance.present_button.toolTip()


def test_approving_and_exporting_the_minutes(qtbot, workspace, tmp_path, monkeypatch):
    meeting = series(workspace, weeks=2)[0]
    item = meetings.add_item(workspace.ctx, meeting.id, "Budget", "discussion", 20)
    meetings.save_notes(workspace.ctx, item.id, "Le loyer augmente.")
    delivered()
    workspace.ctx.clock = lambda: TEST_AFTERNOON  # the meeting of 12:30 has taken place
    page = make_page(qtbot, workspace)
    delivered()
    assert not page.minutes.approve_button.isEnabled()
    page.minutes.held_button.click()
    delivered()
    monkeypatch.setattr("app.ui.pages.meetings.minutes.confirm", lambda *args: True)
    page.minutes.approve_button.click()
    delivered()
    assert page.detail.summary.status == MeetingStatus.APPROVED
    assert not page.agenda.add_button.isEnabled() and page.agenda.notes.isReadOnly() and page.minutes.erratum_button.isEnabled()
    assert page.minutes.add_erratum("Le loyer augmente de 2 %.")
    delivered()
    odt = export_minutes(qtbot, monkeypatch, page, tmp_path / "cr.odt", "odt")
    delivered()
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode("utf-8")
    delivered()
    assert "Le loyer augmente." in content and "Le loyer augmente de 2 %." in content
    assert export_minutes(qtbot, monkeypatch, page, tmp_path / "cr.pdf", "pdf").read_bytes().startswith(b"%PDF")
    delivered()
    errors = []
    monkeypatch.setattr("app.ui.exporting.show_error", lambda parent, title, error: errors.append(str(error)))
    (tmp_path / "blocker").write_text("")
    delivered()
    assert export_minutes(qtbot, monkeypatch, page, tmp_path / "blocker" / "cr.md", "md") is None
    delivered()
    assert errors and "Cannot write" in errors[0]
    assert "Le loyer augmente." in page.minutes.preview.toPlainText()


def test_a_decision_is_taken_in_the_meeting(qtbot, workspace, monkeypatch):
    from app.domain.consensus import ProposalStatus, Stance
    from app.services import decisions

    meeting = series(workspace, weeks=1)[0]
    ctx = workspace.ctx
    amina = ctx.actor_id
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Martin")).id
    proposal = decisions.create_draft(
        ctx,
        title="Café le samedi",
        text="Nous ouvrons le samedi.",
        deadline=ctx.now() + timedelta(days=7),
        quorum_percent=50,
    )
    delivered()
    decisions.submit(ctx, proposal.summary.id)
    delivered()
    workspace.set_actor(bruno)
    delivered()
    decisions.endorse(ctx, proposal.summary.id)
    delivered()
    workspace.set_actor(amina)
    delivered()
    meetings.set_attendance(ctx, meeting.id, {amina: Attendance.PRESENT, bruno: Attendance.PRESENT})
    delivered()
    page = make_page(qtbot, workspace)
    delivered()
    page.agenda.build_button.click()
    delivered()
    page.agenda.items_view.selectRow(0)
    delivered()
    assert page.agenda.decision.isVisibleTo(page) and page.agenda.decision.voter.count() == 2
    delivered()
    for _ in range(2):
        page.agenda.decision.stance.setCurrentIndex(page.agenda.decision.stance.findData(Stance.AGREE.value))
        delivered()
        page.agenda.decision.record_button.click()
    delivered()
    assert "Agree 2" in page.agenda.decision.tally.text()
    monkeypatch.setattr("app.ui.pages.meetings.decision.confirm", lambda *args: True)
    page.agenda.decision.statement.setText("Le café ouvre le samedi.")
    page.agenda.decision.close_button.click()
    delivered()
    assert decisions.get_proposal(ctx, proposal.summary.id).summary.status == ProposalStatus.ADOPTED
    delivered()
    assert "Le café ouvre le samedi." in page.agenda.decision.tally.text() and not page.agenda.decision.record_button.isEnabled()


def test_a_refused_removal_keeps_the_item_and_its_notes_saving(qtbot, workspace, monkeypatch):
    """Positions were taken on the decision: its removal is refused and said; the notes typed are saved to the
    item before and after, not dropped as if it had gone."""
    from app.domain.consensus import Stance
    from app.services import decisions

    meeting = series(workspace, weeks=1)[0]
    ctx = workspace.ctx
    amina = ctx.actor_id
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Martin")).id
    proposal = decisions.create_draft(ctx, title="Café le samedi", text="Nous ouvrons le samedi.",
                                      deadline=ctx.now() + timedelta(days=7), quorum_percent=50).summary.id
    decisions.submit(ctx, proposal)
    workspace.set_actor(bruno)
    decisions.endorse(ctx, proposal)
    workspace.set_actor(amina)
    meetings.set_attendance(ctx, meeting.id, {amina: Attendance.PRESENT})
    meetings.build_agenda(ctx, meeting.id)
    meetings.record_position(ctx, meeting.id, proposal, amina, Stance.AGREE)
    page = make_page(qtbot, workspace)
    delivered()
    page.agenda.items_view.selectRow(0)
    errors = []
    monkeypatch.setattr("app.ui.pages.meetings.common.show_error", lambda parent, title, error: errors.append(error))
    monkeypatch.setattr("app.ui.pages.meetings.agenda.confirm", lambda *args: True)
    page.agenda.notes.setPlainText("D'accord.")
    page.agenda.remove_selected()
    delivered()
    assert len(errors) == 1 and "stays on the agenda" in str(errors[0])
    assert meetings.get_meeting(ctx, meeting.id).items[0].notes == "D'accord."
    page.agenda.notes.setPlainText("D'accord, sauf le dimanche.")
    page.flush_notes()
    assert meetings.get_meeting(ctx, meeting.id).items[0].notes == "D'accord, sauf le dimanche."


def proposal_on_the_agenda(qtbot, workspace, day=MONDAY):
    """A meeting on ``day`` where Amina and Bruno are present, an open proposal on its agenda, the page
    showing its decision."""
    from app.services import decisions

    meeting = series(workspace, weeks=1, first=day)[0]
    ctx, amina = workspace.ctx, workspace.ctx.actor_id
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Martin")).id
    proposal = decisions.create_draft(ctx, title="Café le samedi", text="Nous ouvrons le samedi.",
                                      deadline=ctx.now() + timedelta(days=14), quorum_percent=50)
    decisions.submit(ctx, proposal.summary.id)
    decisions.endorse(replace(ctx, actor_id=bruno), proposal.summary.id)
    meetings.set_attendance(ctx, meeting.id, {amina: Attendance.PRESENT, bruno: Attendance.PRESENT})
    meetings.build_agenda(ctx, meeting.id)
    page = make_page(qtbot, workspace)
    page.select_meeting(meeting.id)
    page.agenda.items_view.selectRow(0)
    delivered()
    return page, proposal.summary.id, bruno


def test_a_double_click_records_one_position_and_the_next_member_s_is_chosen_for_them(qtbot, workspace):
    """The minute-taker double-clicks "Record the position" for Amina: Bruno, next in the list, got her
    stance too. Now the stance is cleared after each record, and the button waits for the next one."""
    from app.domain.consensus import Stance
    from app.services import decisions

    page, proposal_id, bruno = proposal_on_the_agenda(qtbot, workspace)
    panel = page.agenda.decision
    assert panel.voter.currentText() == "Amina Benali" and panel.stance.currentIndex() == -1
    assert not panel.record_button.isEnabled()  # no stance chosen yet: none is presumed
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.AGREE.value))
    assert panel.record_button.isEnabled()
    double_click(panel.record_button)
    delivered()
    counted = decisions.get_proposal(workspace.ctx, proposal_id).counting()
    assert [(p.member_name, p.stance) for p in counted] == [("Amina Benali", Stance.AGREE)]
    assert panel.voter.currentData() == bruno and panel.stance.currentIndex() == -1
    assert not panel.record_button.isEnabled()
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.ABSTAIN.value))
    click(qtbot, panel.record_button)
    delivered()
    assert decisions.get_proposal(workspace.ctx, proposal_id).position_of(bruno).stance == Stance.ABSTAIN


def test_a_record_is_not_made_twice_while_it_saves(qtbot, workspace, monkeypatch):
    """A click that reaches the panel while its record is being saved (an error shown meanwhile lets events
    through) records nothing more."""
    from app.domain.consensus import Stance

    page, _proposal_id, _bruno = proposal_on_the_agenda(qtbot, workspace)
    panel = page.agenda.decision
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.AGREE.value))
    calls = []
    saving = meetings.record_position

    def record_and_click_again(*args, **kwargs):
        calls.append(args[3])
        panel.record_position()  # the same slot again, before the first call has answered
        return saving(*args, **kwargs)

    monkeypatch.setattr(meetings, "record_position", record_and_click_again)
    panel.record_position()
    assert calls == [workspace.ctx.actor_id]


def test_a_stance_chosen_before_an_amendment_is_not_kept_for_the_new_text(qtbot, workspace):
    from app.domain.consensus import Stance
    from app.services import decisions

    page, proposal_id, _bruno = proposal_on_the_agenda(qtbot, workspace)
    panel = page.agenda.decision
    panel.stance.setCurrentIndex(panel.stance.findData(Stance.AGREE.value))
    decisions.amend(workspace.ctx, proposal_id, text="Nous ouvrons le samedi matin.", change_note="Le matin")
    delivered()
    assert panel.tally.toolTip() == "Nous ouvrons le samedi matin."
    assert panel.stance.currentIndex() == -1 and not panel.record_button.isEnabled()


def test_nothing_is_recorded_nor_held_before_the_meeting(qtbot, workspace):
    """A meeting on Thursday, seen on Monday: no position, no close, not held; the panel says why."""
    page, _proposal_id, _bruno = proposal_on_the_agenda(qtbot, workspace, day=MONDAY + timedelta(days=3))
    panel = page.agenda.decision
    assert panel.isVisibleTo(page)
    for widget in (panel.voter, panel.stance, panel.record_button, panel.statement, panel.close_button):
        assert not widget.isEnabled()
    why = "Positions are recorded, and the decision closed, on the day of the meeting (Thursday 26 November 2026)."
    assert panel.not_yet.isVisibleTo(page) and panel.not_yet.text() == why
    assert panel.record_button.toolTip() == why
    assert not page.minutes.held_button.isEnabled()
    assert "has not begun" in page.minutes.held_button.toolTip()


def test_the_meeting_can_be_held_once_it_has_begun(qtbot, workspace):
    """Seen at 9:00 for 12:30: not yet; the page left open, the button is enabled when the meeting begins."""
    page, _proposal_id, _bruno = proposal_on_the_agenda(qtbot, workspace)
    panel = page.agenda.decision
    assert panel.close_button.isEnabled() and panel.not_yet.isHidden()  # positions from the meeting's day on
    assert not page.minutes.held_button.isEnabled()
    assert page.minutes._at_start.isActive()  # the alarm set for 12:30
    workspace.ctx.clock = lambda: TEST_AFTERNOON
    page.minutes._at_start.timeout.emit()  # as it will at 12:30
    assert page.minutes.held_button.isEnabled() and page.minutes.held_button.toolTip() == ""


def test_the_page_edits_the_chosen_meeting(qtbot, workspace, monkeypatch):
    first = series(workspace, weeks=1)[0]
    page = make_page(qtbot, workspace)
    edited = []
    monkeypatch.setattr(MeetingDialog, "edit", lambda parent, ctx, meeting: edited.append(meeting))
    page.edit_button.click()
    assert [m.id for m in edited] == [first.id]


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_meeting_details_saved_elsewhere_meanwhile_are_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    meeting = series(workspace, weeks=1)[0]
    dialog = MeetingDialog(workspace.ctx, MONDAY, meeting=meeting)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Réunion d'équipe" and dialog.place.text() == "Salle 1"
    assert not dialog.repeat.kind.isVisibleTo(dialog)
    changed = MeetingDraft(
        title="Réunion de rentrée", day=MONDAY, start=time(12), end=time(14), place="Salle 1"
    )
    theirs = meetings.update_meeting(elsewhere, meeting.id, changed, expected_version=meeting.version)
    dialog.place.setText("Salle 3")
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert len(seen) == 1
    assert "Réunion de rentrée" in seen[0] and "Réunion d'équipe" in seen[0] and "Salle 3" in seen[0]
    saved = meetings.get_meeting(workspace.ctx, meeting.id).summary
    if keep_mine:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert (saved.title, saved.start, saved.place) == ("Réunion d'équipe", time(12, 30), "Salle 3")
        assert saved.version == theirs.version + 1
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected
        assert saved == theirs


def test_a_meeting_whose_agenda_changed_meanwhile_saves_its_details_without_asking(
    qtbot, workspace, elsewhere, never_edited_elsewhere
):
    meeting = series(workspace, weeks=1)[0]
    meetings.add_item(elsewhere, meeting.id, "Budget", "discussion", 20)  # the meeting's version moves
    dialog = MeetingDialog(workspace.ctx, MONDAY, meeting=meeting)
    qtbot.addWidget(dialog)
    dialog.place.setText("Salle 3")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_view.place == "Salle 3"
    assert meetings.get_meeting(workspace.ctx, meeting.id).items[0].title == "Budget"


def test_the_cursor_follows_its_text_when_notes_change_elsewhere():
    old = "Le loyer augmente."
    assert kept_position(old, old + "\nVoté.", len(old)) == len(old)  # a line added after it
    assert kept_position(old, "Budget\n" + old, 3) == len("Budget\n") + 3  # a line added before it
    assert kept_position(old, "Budget : " + old, 8) == len("Budget : Le loyer")  # words added before it
    assert kept_position("a\nb\nc", "a\nc", 3) == 2  # its line removed: the start of the next one
    assert kept_position(old, "", 5) == 0


def test_notes_whose_save_failed_stay_on_screen_and_are_saved_on_leaving_the_item(
    qtbot, workspace, monkeypatch
):
    from app.storage.connection import ServerUnavailable

    meeting = series(workspace, weeks=1)[0]
    first = meetings.add_item(workspace.ctx, meeting.id, "Budget", "discussion", 20)
    meetings.add_item(workspace.ctx, meeting.id, "Ateliers", "discussion", 20)
    page = make_page(qtbot, workspace)
    page.agenda.items_view.selectRow(0)
    errors = []
    monkeypatch.setattr("app.ui.pages.meetings.notes.show_error", lambda parent, title, error: errors.append(error))
    real_save = meetings.save_notes

    def server_down(*args, **kwargs):
        raise ServerUnavailable()

    monkeypatch.setattr(meetings, "save_notes", server_down)
    page.agenda.notes.setPlainText("Le loyer augmente.")
    page.flush_notes()
    assert len(errors) == 1 and isinstance(errors[0], ServerUnavailable)
    page.refresh()  # e.g. the server is back: everything is reloaded, the typing is not
    assert page.agenda.notes.toPlainText() == "Le loyer augmente." and page.agenda.notes.has_unsaved()
    monkeypatch.setattr(meetings, "save_notes", real_save)
    page.agenda.items_view.selectRow(1)
    assert meetings.get_meeting(workspace.ctx, meeting.id).items[0].notes == "Le loyer augmente."
    assert first.id == meetings.get_meeting(workspace.ctx, meeting.id).items[0].id and len(errors) == 1


def test_the_notes_of_a_care_review_say_no_patient_may_be_identified(qtbot, workspace):
    from app.domain.meetings import ItemKind, MeetingKind

    team = series(workspace, weeks=1)[0]
    meetings.add_item(workspace.ctx, team.id, "Budget", ItemKind.DISCUSSION, 10)
    draft = MeetingDraft(title="Revue de cas", day=MONDAY + timedelta(days=1), start=time(13), end=time(14),
                         kind=MeetingKind.CARE_REVIEW)
    review = meetings.create_meeting(workspace.ctx, draft)
    meetings.add_item(workspace.ctx, review.id, "Situation 1", ItemKind.DISCUSSION, 15)
    page = make_page(qtbot, workspace)
    page.select_meeting(team.id)
    page.agenda.items_view.selectRow(0)
    assert page.agenda.no_patient_hint.isHidden()
    page.select_meeting(review.id)
    page.agenda.items_view.selectRow(0)
    assert page.agenda.no_patient_hint.isVisible() and "identifies a patient" in page.agenda.no_patient_hint.text()


def test_the_dialog_says_which_public_holidays_the_series_skips(qtbot, workspace, french):
    dialog = MeetingDialog(workspace.ctx, date(2027, 3, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.repeat.days.isEnabled() and dialog.repeat.summary.text() == ""
    dialog.repeat.kind.setCurrentIndex(WEEKLY)
    dialog.repeat.count.setValue(10)
    assert dialog.repeat.summary.text() == typeset(
        "8 réunions, chaque semaine, le lundi. Jours laissés de côté : lundi 29 mars 2027 (jour férié), "
        "lundi 17 mai 2027 (jour férié)."
    )
    holiday = dialog.repeat.days.item(1)
    assert holiday.text() == "lundi 29 mars 2027 — jour férié"
    assert not holiday.flags() & Qt.ItemFlag.ItemIsUserCheckable  # no choice on a holiday
    dialog.save()
    assert date(2027, 3, 29) not in [m.day for m in dialog.result_view] and len(dialog.result_view) == 8


def test_the_first_thursday_of_the_month_and_a_day_left_out_by_keyboard(qtbot, workspace, french):
    dialog = MeetingDialog(workspace.ctx, date(2027, 1, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repeat.kind.itemText(MONTHLY_NTH) == "Chaque mois, le premier jeudi"
    dialog.repeat.kind.setCurrentIndex(MONTHLY_NTH)
    dialog.repeat.count.setValue(3)
    assert dialog.repeat.summary.text() == "3 réunions, le premier jeudi du mois."
    dialog.repeat.days.setFocus()
    dialog.repeat.days.setCurrentRow(1)
    qtbot.keyClick(dialog.repeat.days, Qt.Key.Key_Space)  # leaves out Thursday 4 February
    assert dialog.repeat.summary.text() == typeset(
        "2 réunions, le premier jeudi du mois. Jours laissés de côté : jeudi 4 février 2027 (décoché)."
    )
    assert dialog.repeat.days.currentRow() == 1
    dialog.save()
    assert [m.day for m in dialog.result_view] == [date(2027, 1, 7), date(2027, 3, 4)]


def searchable_page(qtbot, workspace):
    """Two weekly meetings, the notes of the first speaking of the heating; the page, its changes delivered."""
    first, second = series(workspace)
    item = meetings.add_item(workspace.ctx, first.id, "Travaux")
    meetings.save_notes(workspace.ctx, item.id, "Le chauffagiste passe jeudi.")
    page = make_page(qtbot, workspace)
    delivered()
    return page, first, second


def listed(page) -> list[int]:
    return [meeting.id for meeting in page.list_model.rows]


def test_a_search_runs_once_when_the_typing_pauses(qtbot, workspace):
    """Issue 18: the notes of ten years were searched at each key; now once the typing pauses."""
    page, first, second = searchable_page(qtbot, workspace)
    assert sorted(listed(page)) == [first.id, second.id]
    searches = QSignalSpy(page.list_model.modelReset)
    qtbot.keyClicks(page.search, "chauff")
    assert searches.count() == 0 and len(listed(page)) == 2  # not yet: the typing goes on
    qtbot.waitUntil(lambda: listed(page) == [first.id])
    assert searches.count() == 1


def test_enter_searches_at_once_and_emptying_the_field_lists_every_meeting_again(qtbot, workspace):
    page, first, second = searchable_page(qtbot, workspace)
    searches = QSignalSpy(page.list_model.modelReset)
    qtbot.keyClicks(page.search, "chauff")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert searches.count() == 1 and listed(page) == [first.id]
    assert not page._search_timer.isActive()  # searched: nothing left to run
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert searches.count() == 1  # nothing new to search
    page.search.clear()  # as its clear button does
    assert searches.count() == 2 and sorted(listed(page)) == [first.id, second.id]


def rows_in_sight(view) -> float:
    """How many rows ``view`` shows at once, whether it has that many or not."""
    assert view.isVisible()
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


def test_half_a_screen_shows_five_meetings_then_five_agenda_items(qtbot, demo_window):
    """At the window's least size (half a 1920 px screen), the list of meetings and the chosen meeting's
    agenda show five rows each: stacked one above the other, they showed a row and a half each. There, the
    list and the chosen meeting take the whole height in turn, chosen by tabs named after the meeting; Enter
    on a meeting opens it. At a laptop's size, they are side by side again and the tabs go."""
    demo_window.resize(demo_window.minimumSize())
    assert (demo_window.width(), demo_window.height()) == (960, 640)
    demo_window.show_page("meetings")
    page = demo_window.page("meetings")
    qtbot.waitUntil(lambda: page.list_view.isVisible())
    delivered()
    assert rows_in_sight(page.list_view) >= 5
    chosen = page.detail.summary
    assert page.panes.isVisible() and not page.tabs.isVisible()
    assert page.panes.tabText(1) == f"{chosen.title}, {formatting.short_date(chosen.day)}"
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.agenda.items_view.isVisible())
    delivered()  # laid out
    assert not page.list_view.isVisible() and page.tabs.hasFocus()
    assert rows_in_sight(page.agenda.items_view) >= 5
    assert page.agenda.notes.height() >= 5 * page.agenda.notes.fontMetrics().lineSpacing()  # room to write
    demo_window.resize(1280, 800)
    qtbot.waitUntil(lambda: page.list_view.isVisible() and page.agenda.items_view.isVisible())
    delivered()
    assert not page.panes.isVisible()
    assert rows_in_sight(page.list_view) >= 12 and rows_in_sight(page.agenda.items_view) >= 8


def test_a_refresh_reads_the_chosen_meeting_once(qtbot, workspace):
    """A change, or a search emptied, reads the list and the chosen meeting again: the meeting once (chosen again
    in the list read, it was read twice)."""
    first, _second = series(workspace)
    page = make_page(qtbot, workspace)
    page.select_meeting(first.id)
    for refresh in (page.refresh, lambda: page.refresh(searching=True)):
        with statements(workspace.ctx.engine) as seen:
            refresh()
        assert page.detail is not None and page.detail.summary.id == first.id
        assert len(reading(seen, "meeting_attendance")) == 1


def test_the_status_column_has_room_for_every_status_before_it_comes(qtbot, workspace, french):
    """A new centre's first meetings are all « prévue »: the column sized on them cut « CR approuvé » to
    « CR a… » once the first minutes were approved."""
    series(workspace)
    page = make_page(qtbot, workspace)
    delivered()
    view = page.list_view
    status = page.list_model.columnCount() - 1
    widest = max(view.fontMetrics().horizontalAdvance(text) for text in page.short_status_labels.values())
    assert view.columnWidth(status) > widest
