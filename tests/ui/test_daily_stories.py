"""The five daily stories with the mouse (issue 19): take and release a reception shift, propose a decision and
take a position, read one's balance, export the minutes, plan a workshop and register someone.

The real window on a copy of the demo centre, on a fixed day, Amina at the desk. Each step is a click on what
the window shows (a page in the list, a button by its words, a cell, a tab), and each dialog is answered
through its own widgets. What a story did is then read twice: in the database, through the services on a
connection of their own, and on screen (the message shown, the row changed).
"""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
)

from app import formatting
from app.domain.consensus import ProposalStatus, Stance
from app.services import decisions, hours, meetings, rota
from app.services import workshops as ws
from app.ui.dialogs.decisions import PositionDialog, ProposalDialog
from app.ui.dialogs.workshops import EnrolDialog, SessionDialog, WorkshopDialog
from app.ui.exporting import ExportedMessage
from tests.conftest import TEST_NOW
from tests.ui.conftest import delivered, finish_background
from tests.ui.mouse import (
    answer,
    button_with_text,
    click_button,
    click_cell,
    click_choice,
    click_row_showing,
    click_save,
    click_standard,
    click_tab,
    modal_closed,
    named,
    open_page,
    say_yes,
)

SPOKEN = Qt.ItemDataRole.AccessibleTextRole
SAVE = QDialogButtonBox.StandardButton.Save
LAST_MONDAY = TEST_NOW.date() - timedelta(weeks=1)


def test_take_then_release_a_reception_shift(qtbot, demo_window, demo_db):
    page = open_page(qtbot, demo_window, "Reception")
    me = page.workspace.actor_id
    click_button(qtbot, page, "Next ▶")  # next week: far enough ahead to give the seat back
    grid = named(page, QTableView, "Shifts of the week")
    model = grid.model()
    cells = [model.index(row, column) for row in range(model.rowCount()) for column in range(model.columnCount())]
    chosen = next(i for i in cells if (s := model.shift_at(i)) is not None and s.open_seats and not s.mine)
    shift_id = model.shift_at(chosen).id
    click_cell(qtbot, grid, chosen)
    asked = say_yes(qtbot)
    click_button(qtbot, page, "Claim")
    assert asked[0].startswith("Take a seat at reception on ")
    assert me in {c.member_id for c in rota.get_shift(demo_db, shift_id).claimants}
    assert page.message.text().startswith("You hold ")
    delivered()
    assert "(you)" in grid.model().index(chosen.row(), chosen.column()).data(SPOKEN)
    assert not button_with_text(page, "Claim").isEnabled()

    asked = say_yes(qtbot)
    click_button(qtbot, page, "Release")
    assert "Someone else will have to take it." in asked[0]
    assert me not in {c.member_id for c in rota.get_shift(demo_db, shift_id).claimants}
    assert page.message.text().startswith("You released ")
    delivered()
    assert page.message.text().startswith("You released ")
    assert "(you)" not in grid.model().index(chosen.row(), chosen.column()).data(SPOKEN)
    click_cell(qtbot, grid, chosen)
    assert button_with_text(page, "Claim").isEnabled()
    assert not button_with_text(page, "Release").isEnabled()


def write_proposal(qtbot, dialog: ProposalDialog) -> None:
    qtbot.keyClicks(named(dialog, QLineEdit, "Title"), "Des fruits en salle d'attente")
    qtbot.keyClicks(named(dialog, QPlainTextEdit, "Text of the proposal"), "Une corbeille, remplie le lundi.")
    click_save(qtbot, dialog)


def stand_aside(qtbot, dialog: PositionDialog) -> None:
    click_choice(qtbot, named(dialog, QRadioButton, "I stand aside"))
    click_save(qtbot, dialog)


def test_propose_a_decision_then_take_a_position(qtbot, demo_window, demo_db):
    page = open_page(qtbot, demo_window, "Decisions")
    me = page.workspace.actor_id
    answer(ProposalDialog, lambda dialog: write_proposal(qtbot, dialog))
    click_button(qtbot, page, "New proposal…")
    draft = next(p for p in decisions.list_proposals(demo_db) if p.title == "Des fruits en salle d'attente")
    assert (draft.status, draft.author_id) == (ProposalStatus.DRAFT, me)
    assert page.feedback.text() == "The draft is saved. When it is ready: “Ask for endorsements”."
    assert "Une corbeille, remplie le lundi." in named(page, type(page.view), "The proposal").toPlainText()

    click_button(qtbot, page, "Ask for endorsements")
    submitted = decisions.get_proposal(demo_db, draft.id)
    assert submitted.summary.status == ProposalStatus.SEEKING_ENDORSEMENT
    assert submitted.endorsements_needed - len(submitted.endorser_ids) == 1
    assert page.feedback.text() == ("Endorsements are asked of the team. "
                                    "It opens for positions after 1 more endorsement.")

    table = named(page, QTableView, "Proposals")
    row = click_row_showing(qtbot, table, "Atelier nutrition avec la CPAM")
    answer(PositionDialog, lambda dialog: stand_aside(qtbot, dialog))
    click_button(qtbot, page, "Take a position…")
    proposal_id = page.detail.summary.id
    assert decisions.get_proposal(demo_db, proposal_id).position_of(me).stance == Stance.STAND_ASIDE
    assert page.feedback.text() == "Your position “Stand aside” is recorded."
    delivered()
    mine = next(c for c in range(table.model().columnCount())
                if table.model().headerData(c, Qt.Orientation.Horizontal) == "My position")
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    row = shown.index("Atelier nutrition avec la CPAM")
    assert table.model().index(row, mine).data() == "Stand aside"


def test_read_my_balance(qtbot, demo_window, demo_db):
    page = open_page(qtbot, demo_window, "Hours")
    click_tab(qtbot, page.tabs, "Balance")
    table = named(page, QTableView, "Weeks of the running balance")
    model = table.model()
    weeks = model.rowCount()
    last_finished = hours.week_start(TEST_NOW.date()) - timedelta(weeks=1)
    history = hours.balance(demo_db, page.workspace.actor_id, last_finished, weeks=weeks)
    assert weeks == len(history) > 1
    columns = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    for row, week in enumerate(history):
        shown = {name: model.index(row, column).data() for name, column in columns.items()}
        assert shown["Week"] == f"Week {week.totals.week_start.isocalendar().week}"
        assert shown["Profession balance"] == hours_text(week.balance_profession)
        assert shown["Self-management balance"] == hours_text(week.balance_self_management)
    click_cell(qtbot, table, model.index(weeks - 1, columns["Self-management balance"]))
    assert table.currentIndex().data(SPOKEN).endswith(hours_text(history[-1].balance_self_management))


def hours_text(minutes: int) -> str:
    """A balance as the page writes it: signed hours and minutes."""
    from app.ui.pages.hours import gap_text

    return gap_text(minutes)


def save_as(qtbot, dialog: QFileDialog, path) -> None:
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    click_standard(qtbot, dialog, SAVE)


def test_export_the_minutes(qtbot, demo_window, demo_db, tmp_path):
    page = open_page(qtbot, demo_window, "Meetings")
    click_row_showing(qtbot, named(page, QTableView, "Meetings"), formatting.short_date(LAST_MONDAY))
    held = next(m for m in meetings.list_meetings(demo_db, LAST_MONDAY, LAST_MONDAY))
    click_tab(qtbot, page.tabs, "Minutes")
    target = tmp_path / "minutes.md"
    answer(QFileDialog, lambda dialog: save_as(qtbot, dialog, target))
    told = answer(ExportedMessage, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Close))
    click_button(qtbot, page, "Export Markdown…")
    finish_background(qtbot)
    modal_closed(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert told[0] == "“minutes.md” is saved."
    written = target.read_text(encoding="utf-8")
    detail = meetings.get_meeting(demo_db, held.id)
    assert detail.decisions, "the demo's last meeting treated a proposal"
    for decision in detail.decisions:
        assert decision.title in written
        assert " ".join(decision.text.split()) in " ".join(written.split())
    assert all(item.title in written for item in detail.items)


def plan_workshop(qtbot, dialog: WorkshopDialog) -> None:
    qtbot.keyClicks(named(dialog, QLineEdit, "Title"), "Bien dormir")
    named(dialog, type(dialog.capacity), "Places").setValue(8)
    click_save(qtbot, dialog)


def plan_one_session(qtbot, dialog: SessionDialog) -> None:
    if dialog.warnings.text():  # what the dialog says as it is filled, the page repeats once it is saved
        answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    click_save(qtbot, dialog)


def register_nadia(qtbot, dialog: EnrolDialog) -> None:
    qtbot.keyClicks(named(dialog, QLineEdit, "First name or pseudonym"), "Nadia")
    qtbot.keyClicks(named(dialog, QLineEdit, "Phone"), "06 12 34 56 78")
    click_save(qtbot, dialog)


def test_plan_a_workshop_and_register_someone(qtbot, demo_window, demo_db):
    page = open_page(qtbot, demo_window, "Workshops")
    answer(WorkshopDialog, lambda dialog: plan_workshop(qtbot, dialog))
    click_button(qtbot, page, "Plan a workshop…")
    workshop = next(w for w in ws.list_workshops(demo_db) if w.title == "Bien dormir")
    assert workshop.capacity == 8
    delivered()
    workshops_table = named(page, QTableView, "Workshops")
    assert [i.data() for i in workshops_table.selectionModel().selectedRows()] == ["Bien dormir"]

    answer(SessionDialog, lambda dialog: plan_one_session(qtbot, dialog))
    click_button(qtbot, page, "Plan sessions…")
    modal_closed(qtbot)
    session = ws.get_workshop(demo_db, workshop.id).sessions[0]
    delivered()
    sessions_table = named(page, QTableView, "Sessions")
    assert sessions_table.model().rowCount() == 1
    assert sessions_table.model().index(0, 0).data() == formatting.long_date(session.day)

    answer(EnrolDialog, lambda dialog: register_nadia(qtbot, dialog))
    click_button(qtbot, page, "Register a participant…")
    people = ws.list_enrolments(demo_db, session.id)
    assert [(p.name, p.phone, p.places) for p in people] == [("Nadia", "06 12 34 56 78", 1)]
    assert page.message.text() == f"Nadia is registered for {formatting.long_date(session.day)}."
    delivered()
    assert named(page, QTableView, "Registrations").model().index(0, 0).data() == "Nadia"
    assert sessions_table.model().index(0, 3).data() == "1 / 8"
