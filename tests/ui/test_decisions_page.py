"""Decisions page and dialogs: propose (a draft saved elsewhere meanwhile: shown, not overwritten), endorse,
take a position, amend, close; the register, its export."""

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.consensus import Outcome, ProposalStatus, Stance
from app.domain.members import MemberDraft
from app.services import decisions, members, settings
from app.ui.dialogs.decisions import AmendDialog, CloseDialog, PositionDialog, ProposalDialog
from app.ui.exporting import ExportedMessage
from app.ui.pages.decisions import DecisionsPage
from tests.french import typeset
from tests.ui.conftest import delivered, shown, when_modal


@pytest.fixture
def page(qtbot, workspace):
    return shown(qtbot, DecisionsPage(workspace, "Decisions"))


@pytest.fixture
def bruno(workspace):
    return members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id


def propose(qtbot, workspace, title="Fruit in the waiting room"):
    dialog = ProposalDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.title.setText(title)
    dialog.text.setPlainText("A basket of fruit, refilled on Mondays.")
    dialog.quorum.setValue(50)
    dialog.save()
    return dialog


def visible_actions(page):
    return {key for key, button in page.action_buttons.items() if button.isVisibleTo(page)}


def test_proposing_shows_inline_errors_then_the_draft(qtbot, workspace, page):
    dialog = ProposalDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    delivered()
    assert not dialog.error.isHidden() and "needs a title" in dialog.error.text()
    dialog = propose(qtbot, workspace)
    delivered()
    assert dialog.result_view.summary.status == ProposalStatus.DRAFT
    page.show_proposal(dialog.result_view.summary.id)
    delivered()
    assert page.selected_id() == dialog.result_view.summary.id
    assert "Fruit in the waiting room" in page.view.toPlainText()
    assert "at least 50% of active members" in page.view.toPlainText()
    assert {"edit", "submit", "withdraw"} <= visible_actions(page)
    page.action_buttons["submit"].click()
    delivered()
    assert page.detail.summary.status == ProposalStatus.SEEKING_ENDORSEMENT


def test_the_proposal_form_takes_no_more_than_the_service_keeps(qtbot, workspace):
    dialog = ProposalDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentText("c" * 100)
    dialog.title.setText("t" * 250)
    assert (len(dialog.category.currentText()), len(dialog.title.text())) == (80, 200)


def test_endorsing_opens_and_taking_a_position(qtbot, workspace, page, bruno):
    proposal = propose(qtbot, workspace).result_view
    decisions.submit(workspace.ctx, proposal.summary.id)
    workspace.set_actor(bruno)
    page.show_proposal(proposal.summary.id)
    delivered()
    assert "endorse" in visible_actions(page)
    page.action_buttons["endorse"].click()
    delivered()
    assert page.detail.summary.status == ProposalStatus.OPEN
    assert "position" in visible_actions(page)
    dialog = PositionDialog(workspace.ctx, page.detail)
    qtbot.addWidget(dialog)
    assert len(dialog.buttons) == 4
    dialog.buttons[Stance.BLOCK].setChecked(True)
    dialog.reason.setPlainText("No.")
    dialog.save()
    delivered()
    assert "at least 10 characters" in dialog.error.text()
    dialog.reason.setPlainText("Fruit spoils over the weekend.")
    dialog.save()
    delivered()
    assert dialog.result_view.position_of(bruno).stance == Stance.BLOCK
    text = page.view.toPlainText()
    delivered()
    assert "Bruno Petit: Block — Fruit spoils over the weekend." in text
    assert "If it closed now: blocked." in text
    assert "Not heard from yet: Amina Benali." in text
    assert "Bruno Petit endorsed it" in text


def test_a_position_given_on_the_version_shown_is_refused_once_amended_meanwhile(
    qtbot, workspace, elsewhere, page, bruno
):
    """Bruno's dialog says version 1; the author amends it at her workstation before he records: the dialog
    says so and keeps his choice, nothing is recorded on the text he has not read."""
    proposal = propose(qtbot, workspace).result_view
    decisions.submit(workspace.ctx, proposal.summary.id)
    workspace.set_actor(bruno)
    decisions.endorse(workspace.ctx, proposal.summary.id)
    dialog = PositionDialog(workspace.ctx, decisions.get_proposal(workspace.ctx, proposal.summary.id))
    qtbot.addWidget(dialog)
    dialog.buttons[Stance.AGREE].setChecked(True)
    elsewhere.actor_id = proposal.summary.author_id  # Amina, at her own workstation
    decisions.amend(elsewhere, proposal.summary.id, text="No fruit: a water fountain.", change_note="Hygiene")
    dialog.save()
    delivered()
    assert dialog.result_view is None and "amended meanwhile" in dialog.error.text()
    assert decisions.get_proposal(workspace.ctx, proposal.summary.id).positions == ()


def test_a_long_debate_shows_its_latest_changes_and_the_whole_history_from_the_keyboard(
    qtbot, workspace, page, bruno
):
    proposal_id = propose(qtbot, workspace).result_view.summary.id
    decisions.submit(workspace.ctx, proposal_id)
    workspace.set_actor(bruno)
    decisions.endorse(workspace.ctx, proposal_id)
    for change in range(decisions.RECENT_CHANGES + 2):  # the first is not a change
        decisions.take_position(workspace.ctx, proposal_id, (Stance.AGREE, Stance.ABSTAIN)[change % 2])
    page.show_proposal(proposal_id)
    delivered()
    text = page.view.toPlainText()
    assert "Only the latest changes are shown. Show the whole history" in text
    assert "Only the latest steps are shown. Show the whole history" in text
    assert text.count("changed on") == decisions.RECENT_CHANGES
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)  # to the first link, under the changed positions
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    delivered()
    text = page.view.toPlainText()
    assert text.count("changed on") == decisions.RECENT_CHANGES + 1
    assert "Only the latest" not in text and "Bruno Petit endorsed it" in text
    page.refresh()  # a change elsewhere: the whole history stays shown
    delivered()
    assert page.view.toPlainText().count("changed on") == decisions.RECENT_CHANGES + 1


def test_amending_marks_earlier_positions_and_shows_the_difference(qtbot, workspace, page, bruno):
    ctx = workspace.ctx
    proposal = propose(qtbot, workspace).result_view
    proposal_id = proposal.summary.id
    decisions.submit(ctx, proposal_id)
    workspace.set_actor(bruno)
    decisions.endorse(ctx, proposal_id)
    decisions.take_position(ctx, proposal_id, Stance.AGREE)
    workspace.set_actor(proposal.summary.author_id)
    page.show_proposal(proposal_id)
    delivered()
    assert "amend" in visible_actions(page)
    dialog = AmendDialog(ctx, page.detail)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("A basket of fruit, refilled on Tuesdays.")
    dialog.save()
    delivered()
    assert "why" in dialog.error.text()
    dialog.note.setText("Deliveries come on Tuesdays")
    dialog.save()
    delivered()
    assert dialog.result_view.summary.current_version == 2
    text = page.view.toPlainText()
    delivered()
    assert "given on version 1, no longer counts" in text
    assert "Changes from version 1 to 2" in text and "Deliveries come on Tuesdays" in text
    assert page.compare.isVisibleTo(page) and page.compare.currentData() == 1
    assert "<s" in page.view.toHtml() or "line-through" in page.view.toHtml()
    # said in words too, for whoever does not see the strike-through or the underline
    assert "[removed: " in text and "[added: " in text


def test_closing_with_a_statement_and_the_register(qtbot, workspace, page, bruno, tmp_path):
    ctx = workspace.ctx
    proposal = propose(qtbot, workspace).result_view
    proposal_id = proposal.summary.id
    decisions.submit(ctx, proposal_id)
    delivered()
    workspace.set_actor(bruno)
    delivered()
    decisions.endorse(ctx, proposal_id)
    decisions.take_position(ctx, proposal_id, Stance.AGREE)
    delivered()
    page.show_proposal(proposal_id)
    delivered()
    dialog = CloseDialog(ctx, page.detail)
    delivered()
    qtbot.addWidget(dialog)
    dialog.save()
    delivered()
    assert "what was decided" in dialog.error.text()
    dialog.statement.setPlainText("A fruit basket from December.")
    dialog.save()
    delivered()
    assert dialog.result_view.summary.outcome == Outcome.ADOPTED
    assert "A fruit basket from December." in page.view.toPlainText()
    page.tabs.setCurrentIndex(1)
    delivered()
    assert page.register_model.rowCount() == 1
    page.search.setText("banana")
    page.refresh_register()
    delivered()
    assert page.register_model.rowCount() == 0
    page.search.setText("BASKET")
    qtbot.waitUntil(lambda: page.register_model.rowCount() == 1)
    written = page.export_to(tmp_path / "register.csv", page.register_filter())
    delivered()
    content = written.read_text(encoding="utf-8-sig")
    delivered()
    assert "Fruit in the waiting room" in content and "A fruit basket from December." in content
    assert page.export_to(tmp_path / "register.odt", page.register_filter()).stat().st_size > 0
    delivered()


def test_the_page_follows_changes_made_elsewhere(qtbot, workspace, page, bruno):
    ctx = workspace.ctx
    created = decisions.create_draft(
        ctx, title="Plants", text="Green plants.", quorum_percent=50, deadline=ctx.now() + timedelta(days=3)
    )
    delivered()
    assert [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())] == ["Plants"]
    page.show_proposal(created.summary.id)
    decisions.add_comment(ctx, created.summary.id, "Who waters them?")
    delivered()
    assert "Who waters them?" in page.view.toPlainText()


def test_a_proposal_closed_at_its_deadline_gets_its_statement_later(qtbot, workspace, page, bruno):
    ctx = workspace.ctx
    proposal_id = propose(qtbot, workspace).result_view.summary.id
    decisions.submit(ctx, proposal_id)
    workspace.set_actor(bruno)
    decisions.endorse(ctx, proposal_id)
    delivered()
    assert decisions.close_due(ctx, ctx.now() + timedelta(days=30)) == [proposal_id]
    page.show_proposal(proposal_id)
    delivered()
    assert {"statement", "reopen"} <= visible_actions(page)
    dialog = CloseDialog(ctx, page.detail)
    qtbot.addWidget(dialog)
    assert dialog.closed and not dialog.review.isChecked()
    dialog.statement.setPlainText("Not enough positions: we talk about it at the next meeting.")
    dialog.save()
    delivered()
    assert dialog.result_view.outcome_statement.startswith("Not enough positions")
    assert "we talk about it at the next meeting" in page.view.toPlainText()


def edit_elsewhere(ctx, detail, **changes):
    """The draft saved on another workstation, with ``changes``."""
    s = detail.summary
    values = {"title": s.title, "text": detail.text, "category": s.category, "deadline": s.deadline, "rule": s.rule,
                  "quorum_percent": s.quorum_percent}
    return decisions.edit_draft(ctx, s.id, expected_version=s.version, **values | changes)


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_a_draft_saved_elsewhere_meanwhile_is_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    proposal = propose(qtbot, workspace).result_view
    elsewhere.actor_id = workspace.ctx.actor_id  # the author, at another desk
    dialog = ProposalDialog(workspace.ctx, proposal)
    qtbot.addWidget(dialog)
    theirs = edit_elsewhere(
        elsewhere, proposal, title="Fruit and water in the waiting room", quorum_percent=60
    )
    dialog.text.setPlainText("A basket of fruit, refilled on Mondays and Thursdays.")
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert len(seen) == 1
    assert "Someone else saved this draft while you were editing it." in seen[0]
    assert "Title: yours “Fruit in the waiting room”, saved “Fruit and water in the waiting room”" in seen[0]
    assert (
        "Text: yours “A basket of fruit, refilled on Mondays and Thursdays.”, "
        "saved “A basket of fruit, refilled on Mondays.”"
    ) in seen[0]
    assert "Quorum: yours “50%”, saved “60%”" in seen[0]
    assert "Deadline" not in seen[0] and "Rule" not in seen[0]  # only what differs
    saved = decisions.get_proposal(workspace.ctx, proposal.summary.id)
    if keep_mine:
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_view == saved
        assert (saved.summary.title, saved.summary.quorum_percent, saved.text) == (
            "Fruit in the waiting room",
            50,
            "A basket of fruit, refilled on Mondays and Thursdays.",
        )
        assert saved.summary.version == theirs.summary.version + 1
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected
        assert saved == theirs


def test_a_draft_saved_unchanged_elsewhere_meanwhile_is_saved_without_asking(
    qtbot, workspace, elsewhere, never_edited_elsewhere
):
    proposal = propose(qtbot, workspace).result_view
    elsewhere.actor_id = workspace.ctx.actor_id
    dialog = ProposalDialog(workspace.ctx, proposal)
    qtbot.addWidget(dialog)
    edit_elsewhere(elsewhere, proposal)  # saved as it was: the version moves, nothing the dialog edits
    dialog.title.setText("Fruit for everyone")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert decisions.get_proposal(workspace.ctx, proposal.summary.id).summary.title == "Fruit for everyone"


def test_an_export_the_system_refuses_is_said_in_french(qtbot, page, tmp_path, monkeypatch, french):
    folder = tmp_path / "register.csv"
    folder.mkdir()
    monkeypatch.setattr("app.ui.exporting.QFileDialog.getSaveFileName", lambda *args: (str(folder), ""))
    shown = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.close()

    QTimer.singleShot(0, lambda: when_modal(QMessageBox, read_and_close))
    page.export()  # written off the GUI thread: its error comes back to the window
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [typeset(f"Impossible d'écrire {folder} : c'est un dossier, pas un fichier.")]
    assert page.findChild(ExportedMessage) is None


def column(page, header):
    """The texts of a column of the proposals table, by its header."""
    model = page.proxy
    index = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_one_path_names_each_next_step_and_says_what_each_did(qtbot, workspace, french, bruno, monkeypatch):
    page = DecisionsPage(workspace, "Décisions")
    qtbot.addWidget(page)
    page.show()
    saved_with = []

    def write_and_save(dialog):
        saved_with.append(dialog.ok_button.text())
        dialog.title.setText("Des fruits en salle d'attente")
        dialog.text.setPlainText("Une corbeille de fruits, remplie le lundi.")
        dialog.quorum.setValue(50)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ProposalDialog, "exec", write_and_save)
    page.new_button.click()
    delivered()
    assert saved_with == ["Enregistrer le brouillon"]
    submit = page.action_buttons["submit"]
    delivered()
    assert page.feedback.text() == typeset("Le brouillon est enregistré. Quand il est prêt : « Demander des soutiens ».")
    assert visible_actions(page) & {"submit", "endorse", "position"} == {"submit"}
    assert submit.objectName() == "primaryButton" and "<b" in page.steps.text().split("Brouillon")[0]

    submit.click()
    delivered()
    assert page.feedback.text() == (
        "Les soutiens sont demandés à l'équipe. Elle s'ouvrira aux positions après 1 soutien de plus."
    )
    assert "Soutenue, en plus de l'auteur·rice, par 0 membre sur 1 : —" in page.view.toPlainText()

    delivered()
    assert column(page, "Ma position") == ["—"]  # Amina's own proposal
    workspace.set_actor(bruno)
    page.show_proposal(page.detail.summary.id)
    delivered()
    assert not page.feedback.isVisibleTo(page)  # said to Amina, not to Bruno
    assert column(page, "Ma position") == ["à soutenir"]
    endorse = page.action_buttons["endorse"]
    delivered()
    assert endorse.text() == "Soutenir et ouvrir aux positions"
    endorse.click()
    delivered()
    assert page.feedback.text().startswith(typeset(
        "Votre soutien est enregistré. Elle est ouverte : chacun·e peut prendre"))
    assert "Positions prises : 0 membre actif·ve sur 2 ; le quorum en demande 1." in page.view.toPlainText()
    assert column(page, "Ma position") == ["à donner"]

    def agree(dialog):
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PositionDialog, "exec", agree)
    page.action_buttons["position"].click()
    delivered()
    assert page.feedback.text() == typeset("Votre position « D'accord » est enregistrée.")
    assert column(page, "Ma position") == ["D'accord"]
    assert page.action_buttons["position"].text() == "Changer ma position…"
    assert "Positions prises : 1 membre actif·ve sur 2" in page.view.toPlainText()


def test_without_endorsements_to_ask_the_draft_opens_at_once(qtbot, workspace, page, bruno):
    settings.put(workspace.ctx, "endorsements_needed", 0)
    proposal = propose(qtbot, workspace).result_view
    page.show_proposal(proposal.summary.id)
    delivered()
    assert page.action_buttons["submit"].text() == "Open for positions"
    page.action_buttons["submit"].click()
    delivered()
    assert page.detail.summary.status == ProposalStatus.OPEN
    assert re.fullmatch(r"It is open: everyone can take a position until \S+ at \d\d:\d\d\.", page.feedback.text())
    assert "Positions taken: 0 active members out of 2; the quorum needs 1." in page.view.toPlainText()
    assert column(page, "My position") == ["to give"]
    decisions.take_position(workspace.ctx, proposal.summary.id, Stance.ABSTAIN)
    delivered()
    assert "Positions taken: 1 active member out of 2" in page.view.toPlainText()
    assert column(page, "My position") == ["Abstain"]
