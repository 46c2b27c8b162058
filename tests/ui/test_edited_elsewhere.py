"""The "Edited elsewhere" dialog shared by the member, meeting, draft and workshop dialogs: only what differs,
three choices, and neither Escape nor the close button drops the edit."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.dialogs.conflict import Choice, EditedElsewhereDialog

TEXT = "Someone else saved this meeting while you were editing it."
ROWS = [("Title", "Budget 2027", "Budget"), ("Place", "Salle 1", "Salle 1"), ("Day", "lundi", "mardi")]


@pytest.mark.parametrize(
    ("answer", "choice"),
    [
        ("Keep mine", Choice.KEEP_MINE),
        ("Take theirs", Choice.TAKE_THEIRS),
        ("Back to editing", Choice.EDIT_AGAIN),
        ("Escape", Choice.EDIT_AGAIN),
    ],
)
def test_the_dialog_lists_what_differs_and_returns_the_choice(
    qtbot, english, answer_edited_elsewhere, answer, choice
):
    seen = answer_edited_elsewhere(answer)
    assert EditedElsewhereDialog.choose(None, TEXT, ROWS) is choice
    assert seen == [
        TEXT + "\nTitle: yours “Budget 2027”, saved “Budget”\nDay: yours “lundi”, saved “mardi”"
    ]


def test_the_close_button_goes_back_to_editing(qtbot, english):
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditedElsewhereDialog):
            QTimer.singleShot(20, close)
            return
        assert dialog.windowTitle() == "Edited elsewhere"
        dialog.close()

    QTimer.singleShot(0, close)
    assert EditedElsewhereDialog.choose(None, TEXT, ROWS) is Choice.EDIT_AGAIN


def test_nothing_is_asked_when_mine_and_theirs_are_the_same(qtbot, english, never_edited_elsewhere):
    assert EditedElsewhereDialog.choose(None, TEXT, [ROWS[1]]) is Choice.KEEP_MINE
    assert EditedElsewhereDialog.choose(None, TEXT, []) is Choice.KEEP_MINE
