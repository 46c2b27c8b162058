"""The notes of the chosen agenda item: typed during the meeting, autosaved, and never saved over notes typed
meanwhile on another workstation unseen (the person merges them)."""

import difflib
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from app import i18n
from app.domain.errors import CercleError
from app.services import meetings
from app.services.context import Context
from app.services.errors import NotFound, StaleEdit
from app.services.meetings import AgendaItemView
from app.ui.desk import run_modal
from app.ui.dialogs.meeting import NotesConflictDialog
from app.ui.widgets import show_error

AUTOSAVE_MS = 2000  # notes are saved this long after the last keystroke, and on focus out


def kept_position(old: str, new: str, position: int) -> int:
    """Where a cursor at ``position`` in ``old`` goes when the text becomes ``new``: it moves with the text
    around it (lines added or changed above it, words added before it on its line), and stays at the same
    place within its line when that line itself was changed (clamped to the line's new length)."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_starts, new_starts = _line_starts(old_lines), _line_starts(new_lines)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if not old_starts[i1] <= position <= old_starts[i2]:
            continue
        if tag != "equal" and position == old_starts[i2] and i2 < len(old_lines):
            continue  # at the start of the next lines: they decide
        if tag == "equal":
            return new_starts[j1] + position - old_starts[i1]
        # The cursor's lines were changed: follow the characters within them.
        before, after = old[old_starts[i1]:old_starts[i2]], new[new_starts[j1]:new_starts[j2]]
        offset = position - old_starts[i1]
        chars = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for ctag, c1, c2, d1, d2 in chars.get_opcodes():
            if c1 <= offset <= c2 and (ctag == "equal" or offset < c2):
                return new_starts[j1] + (d1 + offset - c1 if ctag == "equal" else min(d1 + offset - c1, d2))
        return new_starts[j1] + min(offset, len(after))
    return len(new)


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


class NotesEditor(QPlainTextEdit):
    """The notes of one item: which item it shows, the version and text of its notes as last loaded or saved
    here (to tell a change made elsewhere from one typed here), whether an autosave is due, and whether a
    save (perhaps with its conflict dialog) is under way. ``settled`` says such a save is over."""

    settled = Signal()

    def __init__(self, context: Callable[[], Context], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.item_id: int | None = None
        self.latest: AgendaItemView | None = None  # the item shown, as last read (a refresh under typing too)
        self.version: int | None = None
        self.base = ""
        self.dirty = False
        self.busy = False
        self._loading = False
        self.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Notes of the chosen item"))
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.textChanged.connect(self._edited)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.flush()

    def follow(self, item: AgendaItemView | None) -> None:
        """Show the notes of ``item``, the item chosen now (or the same one, refreshed)."""
        same = item is not None and item.id == self.item_id
        if same:
            self.latest = item
        if not same:
            if self.item_id is not None:
                self.flush(leaving=True)
            self.load(item)
        elif not self.has_unsaved():
            self.load(item)  # the same item, refreshed: show its notes as saved, maybe elsewhere
        # Else a refresh while typing: the typing stays, and so do the version and text it started from,
        # so that its next save meets any newer notes saved elsewhere and asks how to merge them.
        self.setEnabled(item is not None)

    def forget(self) -> None:
        """Show nothing of the item shown so far (another meeting, or the item removed), once saved."""
        self.flush(leaving=True)
        self.item_id = None

    def has_unsaved(self) -> bool:
        """Whether the editor holds typing not saved yet (or not saveable: it stays on screen)."""
        return self.item_id is not None and (self.dirty or self.toPlainText() != self.base)

    def load(self, item: AgendaItemView | None) -> None:
        self.latest = item
        self.item_id = item.id if item else None
        self.version = item.version if item else None
        self.base = item.notes if item else ""
        self.dirty = False
        self.show_text(self.base)

    def show_text(self, text: str) -> None:
        """Put ``text`` in the editor without it counting as typing; the cursor and the scrolling stay where
        they were, as far as the change allows."""
        old = self.toPlainText()
        if old == text:
            return
        cursor = self.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        scroll = self.verticalScrollBar().value()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(kept_position(old, text, anchor))
        cursor.setPosition(kept_position(old, text, position), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def _edited(self) -> None:
        if self._loading or self.item_id is None:
            return
        self.dirty = True
        if not self.busy:
            self.autosave.start()

    def flush(self, leaving: bool = False) -> None:
        """Save the notes being typed now (autosave timer, focus out, another item chosen). ``leaving``:
        the editor is about to show other notes, so typing whose save failed earlier is tried again.

        Notes saved meanwhile elsewhere are never overwritten unseen: the conflict dialog shows both and
        the person keeps theirs, takes the others or saves a merge. One save at a time: the autosave is
        stopped, and focus changes or refreshes wait, while it runs and while its dialog is open.
        """
        self.autosave.stop()
        if self.busy or self.item_id is None:
            return
        if not (self.dirty or (leaving and self.has_unsaved())):
            return
        self.busy = True
        try:
            self._save(self.item_id)
        finally:
            self.busy = False
            self.settled.emit()

    def _save(self, item_id: int) -> None:
        text, expected = self.toPlainText(), self.version
        while True:
            try:
                saved = meetings.save_notes(self._context(), item_id, text, expected_version=expected)
                break
            except StaleEdit as conflict:
                theirs = cast(AgendaItemView, conflict.current)  # what save_notes raises it with
                if theirs.notes != self.base:  # their notes changed too: let the person choose
                    chosen = NotesConflictDialog.resolve(self, text, theirs.notes)
                    if chosen is None:
                        return  # no choice made: the typing stays, unsaved, and the next save asks again
                    text = chosen
                    self.show_text(text)  # on screen at once: should the save fail, it is not lost
                # else only the title or the time spent changed there: nothing to merge
                self.base, expected = theirs.notes, theirs.version
            except CercleError as error:
                if never_saved(error):
                    self._give_back(text, error)
                    return
                self.dirty = False  # no retry until more typing; the text stays on screen meanwhile
                show_error(self, QCoreApplication.translate("MeetingsPage", "Notes not saved"), error)
                return
        self.version, self.base = saved.version, saved.notes
        self.dirty = False
        self.show_text(saved.notes)

    def _give_back(self, typed: str, error: CercleError) -> None:
        """Typing that can never be saved (the minutes were approved, or the item removed, at another workstation
        meanwhile): said, the typing given back in the message to copy (into an erratum, say), and the notes
        shown as they are saved, not the typing as if it were in the approved minutes."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MeetingsPage", "Notes not saved"),
                          i18n.message(error), QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(QCoreApplication.translate(
            "MeetingsPage", "What you typed is in the details below, to copy."))
        box.setDetailedText(typed)
        run_modal(box)
        box.deleteLater()
        self.load(self.latest if self.latest is not None and self.latest.id == self.item_id else None)


def never_saved(error: CercleError) -> bool:
    """Whether a save of notes refused with ``error`` will never be accepted, whatever is typed or tried again:
    the item or its meeting is gone, or its minutes are approved (a server lost, or nobody at the desk, pass)."""
    return isinstance(error, NotFound) or error.template == meetings.MINUTES_LOCKED
