"""A record saved elsewhere while it was edited here: the fields where the two differ, and a choice.

Used by the dialogs that edit members, meetings, proposal drafts and workshops (notes of an agenda item have
their own ``NotesConflictDialog``, with a merge).
"""

from enum import Enum
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.desk import run_modal
from app.ui.dialogs.base import ServiceDialog


class Choice(Enum):
    KEEP_MINE = "keep mine"  # save the edit over what was saved elsewhere
    TAKE_THEIRS = "take theirs"  # drop the edit, keep what was saved elsewhere
    EDIT_AGAIN = "edit again"  # back to the edit, nothing saved: to merge by hand, or decide later


class EditedElsewhereDialog(QDialog):
    """Both versions, field by field, and three buttons: Keep mine, Take theirs, Back to editing.

    Escape and the close button mean Back to editing: the edit stays on screen and nothing is saved, so no
    text typed here is lost by a key pressed in haste. Use :meth:`choose`.
    """

    def __init__(self, text: str, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.EDIT_AGAIN
        self.setWindowTitle(self.tr("Edited elsewhere"))
        layout = QVBoxLayout(self)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.differences = QPlainTextEdit("\n".join(
            self.tr("{field}: yours “{mine}”, saved “{theirs}”").format(field=field, mine=mine, theirs=theirs)
            for field, mine, theirs in rows
        ))
        self.differences.setReadOnly(True)
        self.differences.setAccessibleName(self.tr("Differences"))
        self.differences.setTabChangesFocus(True)
        layout.addWidget(self.differences, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keep_button = self._button(row, self.tr("Keep mine"), Choice.KEEP_MINE)
        self.take_button = self._button(row, self.tr("Take theirs"), Choice.TAKE_THEIRS)
        self.back_button = self._button(row, self.tr("Back to editing"), Choice.EDIT_AGAIN)
        layout.addLayout(row)
        self.resize(560, 320)

    def _button(self, row: QHBoxLayout, text: str, choice: Choice) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter chooses nothing: a choice is a click (or Escape, see the class)
        button.clicked.connect(lambda: self._choose(choice))
        row.addWidget(button)
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Escape and the close button: back to editing."""
        self.choice = Choice.EDIT_AGAIN
        super().reject()

    @classmethod
    def choose(cls, parent: QWidget, text: str, rows: list[tuple[str, str, str]]) -> Choice:
        """Show ``text`` and the rows (field label, mine, theirs) that differ; the person's choice.

        The rows name every field the edit saves, as text. When none differs, saving mine overwrites nothing
        of theirs: KEEP_MINE, without asking.
        """
        differing = [(field, mine, theirs) for field, mine, theirs in rows if mine != theirs]
        if not differing:
            return Choice.KEEP_MINE
        dialog = cls(text, differing, parent)
        try:
            run_modal(dialog)
            return dialog.choice
        finally:
            dialog.deleteLater()

    @classmethod
    def settle(cls, editor: ServiceDialog[Any], text: str, rows: list[tuple[str, str, str]], theirs: object, *,
               edited: str, result: object = None) -> None:
        """How an edit dialog ends when its save met a newer version: ask. Keep mine saves again over the new
        version (``editor.save()``); Take theirs closes the editor with ``result`` (default: theirs); Back to
        editing leaves everything as typed. ``edited`` names the editor's attribute holding the record the
        edit started from (its version is the one the next save expects)."""
        choice = cls.choose(editor, text, rows)
        if choice is Choice.EDIT_AGAIN:
            return
        setattr(editor, edited, theirs)  # from now on the edit starts from what was saved
        if choice is Choice.KEEP_MINE:
            editor.save()
        else:
            editor.result_view = theirs if result is None else result
            editor.reject()
