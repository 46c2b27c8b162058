"""The workshops page: plan a workshop (saved elsewhere meanwhile: shown, not overwritten) and a series,
register with a waiting list, partners, calendar."""

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.domain.workshops import SessionStatus
from app.services import rota
from app.services import workshops as ws
from app.storage.models import Room, Shift
from app.ui.dialogs.workshops import (
    EnrolDialog,
    PartnerDialog,
    SessionDialog,
    ThemesDialog,
    WorkshopDialog,
    set_checked,
)
from app.ui.pages.workshops import WorkshopsPage
from app.ui.repeat import WEEKLY
from tests.french import typeset
from tests.statements import reading, statements
from tests.ui.conftest import delivered, finish_background


def test_plan_a_series_register_and_see_the_waiting_list(qtbot, workspace):
    ctx = workspace.ctx
    with ctx.writing() as unit:
        room_id = unit.add(Room(name="Salle commune", capacity=10)).id
    partner = ws.add_partner(ctx, ws.PartnerDraft(name="CPAM de l'Isère", kind="assurance maladie"))
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()

    dialog = WorkshopDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    assert (dialog.title_edit.maxLength(), dialog.audience.maxLength()) == (200, 200)  # what the database keeps
    dialog.title_edit.setText("Marche du jeudi")
    dialog.capacity.setValue(0)
    dialog.save()
    delivered()
    assert not dialog.error.isHidden()  # capacity refused inline, nothing written
    assert ws.list_workshops(ctx) == []
    dialog.capacity.setValue(2)
    set_checked(dialog.facilitators, {ctx.actor_id})
    set_checked(dialog.partners, {partner.id})
    dialog.save()
    delivered()
    assert dialog.result() == dialog.DialogCode.Accepted
    workshop = dialog.result_view
    page.select_workshop(workshop.id)
    assert page.detail.partners[0].name == "CPAM de l'Isère"
    assert [f.name for f in page.detail.facilitators] == ["Amina Benali"]

    series = SessionDialog(ctx, workshop.id, parent=page)
    qtbot.addWidget(series)
    series.day.setDate(QDate(2026, 11, 26))
    series.repeat.kind.setCurrentIndex(WEEKLY)
    series.repeat.count.setValue(6)
    series.room.setCurrentIndex(series.room.findData(room_id))
    series.save()
    delivered()
    assert series.result_view is not None and len(series.result_view.sessions) == 6
    assert page.session_model.rowCount() == 6

    session = page.selected_session()
    assert session.day == date(2026, 11, 26)
    for name in ("Nadia", "Yves", "Lou"):
        register = EnrolDialog(ctx, session, page)
        qtbot.addWidget(register)
        register.name.setText(name)
        register.save()
    register = EnrolDialog(ctx, session, page)
    qtbot.addWidget(register)
    assert register.places.maximum() == 2  # the workshop's capacity: a larger request could never come in
    assert register.name.maxLength() == 80
    register.name.setText("Sam")
    register.phone.setText("12")
    register.save()
    delivered()
    assert not register.error.isHidden()
    statuses = [
        page.registration_model.index(row, 3).data() for row in range(page.registration_model.rowCount())
    ]
    delivered()
    assert statuses == ["confirmed", "confirmed", "waiting list"]

    page.tabs.setCurrentIndex(1)
    page.show_month(2026, 12)
    assert len([s for s in page.month_sessions if s.status == SessionStatus.PLANNED]) == 5
    page.calendar.setSelectedDate(QDate(2026, 12, 3))
    delivered()
    assert page.day_list.count() == 1 and "Marche du jeudi" in page.day_list.item(0).text()

    page.tabs.setCurrentIndex(2)
    delivered()
    assert page.partner_model.index(0, 5).data() == "Marche du jeudi"
    partner_dialog = PartnerDialog(ctx, None, page)
    qtbot.addWidget(partner_dialog)
    assert partner_dialog.fields["name"].maxLength() == 120
    partner_dialog.fields["name"].setText("PMI Village Sud")
    partner_dialog.save()
    delivered()
    assert [page.partner_model.index(row, 0).data() for row in range(page.partner_model.rowCount())] == [
        "CPAM de l'Isère",
        "PMI Village Sud",
    ]


def test_cancel_registration_promotes_the_next_one(qtbot, workspace, monkeypatch):
    ctx = workspace.ctx
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Parents en jeu", capacity=1))
    delivered()
    session_id = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 27), time(10), time(12)))
        .sessions[0]
        .id
    )
    ws.enrol(ctx, session_id, "Nadia")
    ws.enrol(ctx, session_id, "Yves")
    delivered()
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    delivered()
    page.select_workshop(workshop.id)
    page.registration_table.selectRow(0)
    told = []
    monkeypatch.setattr("app.ui.pages.workshops.confirm", lambda *args: True)
    monkeypatch.setattr(page, "_tell", lambda title, people: told.extend(p.name for p in people))
    assert page.unenrol_button.isEnabled()
    qtbot.mouseClick(page.unenrol_button, Qt.MouseButton.LeftButton)
    delivered()
    assert told == ["Yves"]
    assert [
        page.registration_model.index(r, 0).data() for r in range(page.registration_model.rowCount())
    ] == ["Yves"]
    delivered()


def test_themes_privacy_exports_and_summary(qtbot, workspace, monkeypatch, tmp_path):
    ctx = workspace.ctx
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    delivered()
    themes = ThemesDialog(ctx, page)
    delivered()
    qtbot.addWidget(themes)
    themes.name.setText("Santé mentale")
    themes.add()
    delivered()
    themes.name.setText("santé mentale")
    themes.add()
    delivered()
    assert not themes.error.isHidden() and themes.records.count() == 1  # duplicate refused
    themes.name.setText("Santé mentale et bien-être")
    themes.rename()
    delivered()
    assert [t.name for t in ws.list_themes(ctx)] == ["Santé mentale et bien-être"]
    delivered()

    theme_id = ws.list_themes(ctx)[0].id
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe de parole", capacity=8, theme_id=theme_id))
    delivered()
    held = (
        ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 16), time(18), time(20)))
        .sessions[0]
        .id
    )
    nadia = ws.enrol(ctx, held, "Nadia", "0612345678").enrolment
    ws.record_attendance(ctx, held, {nadia.id: True}, count=5)
    delivered()
    page.select_workshop(workshop.id)
    page.select_session(held)
    page.registration_table.selectRow(0)
    assert page.forget_button.isEnabled()
    page.write_person_data(page.selected_registration(), tmp_path / "nadia.json")
    delivered()
    assert '"phone": "06 12 34 56 78"' in (tmp_path / "nadia.json").read_text(encoding="utf-8")
    monkeypatch.setattr("app.ui.pages.workshops.confirm", lambda *args: True)
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    delivered()
    assert page.registration_model.index(0, 0).data() == "(erased)"
    delivered()

    page.tabs.setCurrentIndex(1)
    delivered()
    page.show_month(2026, 11)
    monkeypatch.setattr("app.ui.exporting.QFileDialog.getSaveFileName",
                        lambda _parent, _title, proposed, _filters: (str(tmp_path / Path(proposed).name), ""))
    delivered()
    for fmt in ("ics", "pdf"):
        page.export_month(fmt)
        delivered()
        finish_background(qtbot)
        delivered()
    month = tmp_path / "workshops-2026-11"
    delivered()
    assert "Groupe de parole" in month.with_suffix(".ics").read_text(encoding="utf-8")
    delivered()
    assert month.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    delivered()

    page.tabs.setCurrentIndex(3)
    delivered()
    page.year.setValue(2026)
    assert [page.by_theme_model.index(0, column).data() for column in range(4)] == [
        "Santé mentale et bien-être",
        "1",
        "5",
        "1",
    ]
    delivered()


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_a_workshop_saved_elsewhere_meanwhile_is_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    ctx = workspace.ctx
    partner = ws.add_partner(ctx, ws.PartnerDraft(name="CPAM de l'Isère"))
    created = ws.add_workshop(
        ctx, ws.WorkshopDraft("Marche du jeudi", capacity=8), facilitators={ctx.actor_id: 30},
        partner_ids=[partner.id],
    )
    dialog = WorkshopDialog(ctx, ws.get_workshop(ctx, created.id))
    qtbot.addWidget(dialog)
    ws.update_workshop(
        elsewhere, created.id, ws.WorkshopDraft("Marche du jeudi", capacity=12, audience="Tout public"),
        facilitators={ctx.actor_id: 30, elsewhere.actor_id: 30}, partner_ids=[partner.id],
        expected_version=created.version,
    )
    theirs = ws.get_workshop(ctx, created.id)
    dialog.title_edit.setText("Marche du vendredi")
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert len(seen) == 1
    assert "Someone else saved this workshop while you were editing it." in seen[0]
    assert "Title: yours “Marche du vendredi”, saved “Marche du jeudi”" in seen[0]
    assert "Places: yours “8”, saved “12”" in seen[0]
    assert "For whom: yours “”, saved “Tout public”" in seen[0]
    assert "Facilitators: yours “Amina Benali”, saved “Amina Benali, Bruno Martin”" in seen[0]
    assert "Partners" not in seen[0] and "Preparation" not in seen[0]  # only what differs
    saved = ws.get_workshop(ctx, created.id)
    if keep_mine:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert (saved.workshop.title, saved.workshop.capacity, saved.workshop.audience) == (
            "Marche du vendredi", 8, ""
        )
        assert [f.name for f in saved.facilitators] == ["Amina Benali"]
        assert [p.name for p in saved.partners] == ["CPAM de l'Isère"]
        assert saved.workshop.version == theirs.workshop.version + 1
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_view == theirs.workshop
        assert saved == theirs


def test_a_workshop_without_a_theme_has_no_empty_dash(qtbot, workspace):
    ws.add_workshop(workspace.ctx, ws.WorkshopDraft("Atelier cuisine", capacity=12))
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    assert "<b>Atelier cuisine</b> — 12 places<br>" in page.summary.text()


def test_a_new_session_comes_on_a_working_day_in_a_free_room_and_is_selected_once_saved(
    qtbot, workspace, monkeypatch
):
    ctx = workspace.ctx  # today is Monday 23 November 2026
    with ctx.writing() as unit:
        taken, free = (unit.add(Room(name=name, capacity=10)).id for name in ("Atelier", "Salle commune"))
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Marche du jeudi", capacity=8))
    other = ws.add_workshop(ctx, ws.WorkshopDraft("Parents en jeu", capacity=8))
    ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 23), time(10), time(12)))
    ws.add_session(ctx, other.id, ws.SessionDraft(date(2026, 11, 24), time(13), time(15), taken))
    delivered()
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    delivered()
    page.select_workshop(workshop.id)
    assert page.selected_session().day == date(2026, 11, 23)
    delivered()
    suggested = []

    def save_as_suggested(dialog):
        suggested.append((dialog.draft().day, dialog.room.currentText()))
        delivered()
        dialog.save()
        delivered()
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", save_as_suggested)
    page.sessions_button.click()
    delivered()
    assert suggested == [(date(2026, 11, 24), "Salle commune")]  # Tuesday; "Atelier" is taken at 14:00
    delivered()
    assert page.selected_session().day == date(2026, 11, 24)  # the new session, not the first upcoming one
    delivered()
    assert page.selected_session().room_id == free


def test_the_registration_dialog_names_its_session(qtbot, workspace, french):
    ctx = workspace.ctx
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Atelier cuisine", capacity=8))
    session = ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 12, 10), time(14), time(16))).sessions[0]
    dialog = EnrolDialog(ctx, session)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == typeset(
        "Inscription à « Atelier cuisine » — jeudi 10 décembre 2026, 14 h 00 – 16 h 00")


def test_an_empty_day_of_the_calendar_says_nothing_is_planned(qtbot, workspace, french):
    page = WorkshopsPage(workspace, "Ateliers")
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    page.calendar.setSelectedDate(QDate(2026, 12, 3))
    assert [page.day_list.item(row).text() for row in range(page.day_list.count())] == ["Rien de prévu"]
    assert page.day_list.item(0).flags() == Qt.ItemFlag.NoItemFlags


def test_a_facilitator_added_to_a_workshop_is_told_of_the_shift_at_its_session(qtbot, workspace, monkeypatch):
    ctx = workspace.ctx
    with ctx.writing() as unit:
        shift_id = unit.add(Shift(day=date(2026, 11, 26), start_time=time(14), end_time=time(16))).id
    rota.claim_shift(ctx, shift_id, ctx.actor_id)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Marche du jeudi", capacity=8))
    ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 26), time(15), time(17)))
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    page.select_workshop(workshop.id)
    told = []
    monkeypatch.setattr("app.ui.pages.workshops.QMessageBox.information",
                        lambda parent, title, text: told.append(text))

    def add_amina(dialog):
        set_checked(dialog.facilitators, {ctx.actor_id})
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(WorkshopDialog, "exec", add_amina)
    page.edit_workshop()
    assert told == [("Thursday 26 November 2026: Amina Benali is already on a reception shift from 14:00 to "
                     "16:00.")]


def test_a_change_reads_the_tab_in_sight_and_the_others_when_chosen(qtbot, workspace):
    """A change while the workshops' list is in sight reads that list and the workshop chosen (once), not the
    year's summary, the month's calendar and the partners behind it (the summary of ten years of sessions was read
    at each change): each is read when chosen, with what changed."""
    ctx = workspace.ctx
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)
    page.tabs.setCurrentIndex(0)
    delivered()
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe de parole", capacity=8))
    held = ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 16), time(18), time(20))).sessions[0]
    ws.record_attendance(ctx, held.id, {}, count=5)
    with statements(ctx.engine) as seen:
        delivered()
    assert [view.id for view in page.workshop_model.rows] == [workshop.id]
    assert page.by_workshop_model.rowCount() == 0  # not read behind the list
    assert seen and not reading(seen, "participant_tally")  # the summary's counts of people erased
    assert len(reading(seen, "workshop_facilitator")) == 1  # the workshop chosen, read once
    page.tabs.setCurrentIndex(3)
    assert [page.by_workshop_model.index(0, column).data() for column in range(3)] == ["Groupe de parole", "1", "5"]
