"""The Decisions page driven by hand: a draft edited and withdrawn (only once confirmed), comments, a proposal
postponed then another reopened saying why, a step refused because of a change made elsewhere, the register exported
through its button. Each click is checked in the database and on the page."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)

from app.domain.consensus import ProposalStatus, Stance
from app.domain.members import MemberDraft
from app.services import decisions, members
from app.ui.dialogs.decisions import PostponeDialog, ProposalDialog, ReopenDialog
from app.ui.exporting import ExportedMessage
from app.ui.pages.decisions import DecisionsPage
from tests.ui.conftest import delivered, finish_background, shown
from tests.ui.mouse import (
    answer,
    button_with_text,
    click_button,
    click_row_showing,
    click_save,
    click_standard,
    click_tab,
    double_click,
    modal_closed,
    named,
    say_yes,
)

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def page(qtbot, workspace):
    return shown(qtbot, DecisionsPage(workspace, "Decisions"))


@pytest.fixture
def bruno(workspace):
    return members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id


def draft(ctx, title: str = "Plantes"):
    return decisions.create_draft(ctx, title=title, text="Des plantes vertes.", quorum_percent=50,
                                  deadline=ctx.now() + timedelta(days=3)).summary.id


def shown_status(page, title: str) -> str:
    table = named(page, QTableView, "Proposals")
    model = table.model()
    status = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Status")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    return model.index(row, status).data()


def shown_buttons(page) -> set[str]:
    return {b.text() for b in page.action_buttons.values() if b.isVisibleTo(page)}


def choose(qtbot, page, title: str, table: str = "Proposals") -> None:
    delivered()
    click_row_showing(qtbot, named(page, QTableView, table), title)


def retitle(qtbot, dialog: ProposalDialog, title: str) -> None:
    field = named(dialog, QLineEdit, "Title")
    field.selectAll()
    qtbot.keyClicks(field, title)
    click_save(qtbot, dialog)


def test_a_draft_is_edited_then_withdrawn_once_confirmed(qtbot, workspace, page):
    proposal_id = draft(workspace.ctx)
    choose(qtbot, page, "Plantes")
    assert shown_buttons(page) == {"Edit…", "Ask for endorsements", "Withdraw"}
    answer(ProposalDialog, lambda dialog: retitle(qtbot, dialog, "Plantes vertes"))
    click_button(qtbot, page, "Edit…")
    assert decisions.get_proposal(workspace.ctx, proposal_id).summary.title == "Plantes vertes"
    assert page.feedback.text() == "The draft is saved. When it is ready: “Ask for endorsements”."
    delivered()
    assert shown_status(page, "Plantes vertes") == "Draft"

    asked = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.No))
    click_button(qtbot, page, "Withdraw")
    assert asked == ["“Plantes vertes” will be withdrawn for good; it stays visible in the list. Withdraw?"]
    assert decisions.get_proposal(workspace.ctx, proposal_id).summary.status == ProposalStatus.DRAFT

    say_yes(qtbot)
    click_button(qtbot, page, "Withdraw")
    assert decisions.get_proposal(workspace.ctx, proposal_id).summary.status == ProposalStatus.WITHDRAWN
    delivered()
    # No longer in progress, yet kept in sight: the list shows every status, the withdrawn one chosen.
    assert page.status_filter.currentText() == "All"
    assert shown_status(page, "Plantes vertes") == "Withdrawn"
    assert page.detail.summary.id == proposal_id and shown_buttons(page) == set()


def test_a_comment_is_added_and_an_empty_one_refused_in_french(qtbot, workspace, french, page):
    proposal_id = draft(workspace.ctx)
    choose(qtbot, page, "Plantes", "Propositions")
    comment = named(page, QLineEdit, "Votre commentaire")
    qtbot.keyClicks(comment, "Qui les arrose ?")
    click_button(qtbot, page, "Commenter")
    assert [c.text for c in decisions.get_proposal(workspace.ctx, proposal_id).comments] == ["Qui les arrose ?"]
    assert comment.text() == ""
    delivered()
    assert "Qui les arrose ?" in page.view.toPlainText()

    assert not button_with_text(page, "Commenter").isEnabled()  # nothing to send: nothing to refuse either
    qtbot.keyClicks(comment, "   ")
    assert not button_with_text(page, "Commenter").isEnabled()
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    assert len(decisions.get_proposal(workspace.ctx, proposal_id).comments) == 1


def test_a_comment_sent_by_a_double_click_or_two_enters_is_added_once_and_nothing_is_refused(qtbot, workspace,
                                                                                             page, monkeypatch):
    """The second press came once the field was emptied by the first: it said « A comment cannot be empty »."""
    refusals = []
    monkeypatch.setattr("app.ui.pages.decisions.show_error", lambda *args: refusals.append(args[-1]))
    proposal_id = draft(workspace.ctx)
    choose(qtbot, page, "Plantes")
    comment = named(page, QLineEdit, "Your comment")
    qtbot.keyClicks(comment, "Who waters them?")
    double_click(button_with_text(page, "Comment"))
    qtbot.keyClicks(comment, "On Mondays?")
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    qtbot.keyClick(comment, Qt.Key.Key_Return)
    assert refusals == []
    comments = decisions.get_proposal(workspace.ctx, proposal_id).comments
    assert [c.text for c in comments] == ["Who waters them?", "On Mondays?"]


def postpone_without_then_with_a_reason(qtbot, dialog: PostponeDialog, errors: list[str]) -> None:
    click_save(qtbot, dialog)
    errors.append(dialog.error.text())  # said in the dialog, which stays open
    qtbot.keyClicks(named(dialog, QLineEdit, "Why"), "Attendre le devis")
    click_save(qtbot, dialog)


def test_an_open_proposal_is_postponed_with_a_reason(qtbot, workspace, page):
    proposal_id = draft(workspace.ctx)
    decisions.submit(workspace.ctx, proposal_id)
    choose(qtbot, page, "Plantes")
    assert "Postpone…" in shown_buttons(page)
    errors: list[str] = []
    answer(PostponeDialog, lambda dialog: postpone_without_then_with_a_reason(qtbot, dialog, errors))
    click_button(qtbot, page, "Postpone…")
    assert errors == ["Say in a few words why."]
    saved = decisions.get_proposal(workspace.ctx, proposal_id)
    assert (saved.summary.status, saved.status_note) == (ProposalStatus.DRAFT, "Attendre le devis")
    delivered()
    assert shown_status(page, "Plantes") == "Draft"
    assert "Edit…" in shown_buttons(page)


def reopen_a_week_later_saying_why(qtbot, dialog: ReopenDialog, greyed: list[bool]) -> None:
    """Save is greyed until a reason is typed: clicked then, it does nothing; blanks are no reason."""
    deadline = named(dialog, QDateTimeEdit, "New deadline")
    deadline.setDateTime(deadline.dateTime().addDays(7))
    why = named(dialog, QPlainTextEdit, "Why reopen it?")
    greyed.append(not dialog.ok_button.isEnabled())
    click_save(qtbot, dialog)
    qtbot.keyClicks(why, "  ")
    greyed.append(not dialog.ok_button.isEnabled())
    qtbot.keyClicks(why, "Le loyer augmente en janvier.")
    qtbot.keyClick(why, Qt.Key.Key_Return)
    qtbot.keyClicks(why, "On en reparle.")
    greyed.append(not dialog.ok_button.isEnabled())
    click_save(qtbot, dialog)


def test_a_closed_proposal_is_reopened(qtbot, workspace, page, bruno):
    ctx = workspace.ctx
    proposal_id = draft(ctx)
    decisions.submit(ctx, proposal_id)
    workspace.set_actor(bruno)
    decisions.endorse(ctx, proposal_id)
    decisions.take_position(ctx, proposal_id, Stance.AGREE)
    assert decisions.close_due(ctx, ctx.now() + timedelta(days=30)) == [proposal_id]
    choose(qtbot, page, "Plantes")
    assert shown_buttons(page) == {"Statement…", "Reopen…"}
    greyed: list[bool] = []
    answer(ReopenDialog, lambda dialog: reopen_a_week_later_saying_why(qtbot, dialog, greyed))
    click_button(qtbot, page, "Reopen…")
    assert greyed == [True, True, False]
    reopened = decisions.get_proposal(ctx, proposal_id)
    assert reopened.summary.status == ProposalStatus.OPEN and reopened.summary.outcome is None
    assert reopened.summary.deadline > ctx.now() + timedelta(days=7)
    assert [earlier.reason for earlier in reopened.earlier_outcomes] == ["Le loyer augmente en janvier.\nOn en reparle."]
    delivered()
    assert shown_status(page, "Plantes") == "Open"
    assert page.detail.summary.id == proposal_id
    assert shown_buttons(page) == {"Change my position…", "Close…"}  # Bruno's position is kept
    shown = page.view.toPlainText()
    assert "Earlier outcomes" in shown and "Reopened on" in shown and "by Bruno" in shown
    assert "Why: Le loyer augmente en janvier.\nOn en reparle." in shown


def test_endorsing_a_proposal_withdrawn_elsewhere_says_why(qtbot, workspace, page, elsewhere):
    proposal_id = draft(elsewhere, "Vélos")  # Bruno's, on another workstation
    decisions.submit(elsewhere, proposal_id)
    delivered()
    page.refresh()  # another workstation's change reaches this page with the next look at the database
    choose(qtbot, page, "Vélos")
    assert "Endorse and open for positions" in shown_buttons(page)
    decisions.withdraw(elsewhere, proposal_id)
    refused = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    click(qtbot, button_with_text(page, "Endorse and open for positions"))
    assert refused == ["This cannot be done while the proposal is withdrawn."]
    saved = decisions.get_proposal(workspace.ctx, proposal_id)
    assert saved.summary.status == ProposalStatus.WITHDRAWN and saved.endorser_ids == ()
    assert page.feedback.text() == ""


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_as(qtbot, dialog: QFileDialog, path) -> None:
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    click_standard(qtbot, dialog, SAVE)


def test_the_register_is_exported_through_its_button(qtbot, workspace, page, bruno, tmp_path):
    ctx = workspace.ctx
    proposal_id = draft(ctx)
    decisions.submit(ctx, proposal_id)
    workspace.set_actor(bruno)
    decisions.endorse(ctx, proposal_id)
    decisions.take_position(ctx, proposal_id, Stance.AGREE)
    decisions.close(ctx, proposal_id, statement="Des plantes dans chaque salle.")
    delivered()
    click_tab(qtbot, page.tabs, "Register")
    target = tmp_path / "registre.csv"
    answer(QFileDialog, lambda dialog: save_as(qtbot, dialog, target))
    told = answer(ExportedMessage, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Close))
    click_button(qtbot, page, "Export…")
    finish_background(qtbot)
    modal_closed(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["“registre.csv” is saved."]
    written = target.read_text(encoding="utf-8-sig")
    assert "Plantes" in written and "Des plantes dans chaque salle." in written
