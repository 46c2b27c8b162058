"""Open windows and the lock of the desk: nothing typed by one member can be saved by the next person.

Every dialog of Cercle runs through :func:`run_modal`. When the desk locks, each such dialog leaves the screen
with what was typed in it, owned by the member who was at the desk; any other window (a question, a notice)
is closed. When the same member comes back the dialogs come back as they were; when someone else enters,
they are closed without saving, as if cancelled.

Hiding a dialog ends its ``exec()``: :func:`run_modal` then waits, in an event loop of its own, for the
owner's return, and runs the dialog again; the code that opened it never knows it was away.
"""

import logging

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger(__name__)

AWAY, BACK, DISCARDED = "away", "back", "discarded"


class _Desk:
    def __init__(self) -> None:
        self.running: list[QDialog] = []  # the dialogs in run_modal, the outermost first
        self.away: dict[QDialog, str] = {}  # each put-away dialog: AWAY, then BACK or DISCARDED
        self.waiting: list[QDialog] = []  # put-away dialogs whose exec() has returned (run_modal waits)
        self.loops: list[QEventLoop] = []
        self.owner: int | None = None


_desk = _Desk()


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, that survives the lock of the desk (see the module)."""
    from app.ui.widgets import label_combo_boxes  # here: the window paints before the shared widgets load

    label_combo_boxes(dialog)
    _desk.running.append(dialog)
    try:
        while True:
            result = dialog.exec()
            state = _desk.away.get(dialog)
            if state is None:
                return result
            if state == BACK and not dialog.isVisible():  # shown again, then closed by its member
                del _desk.away[dialog]
                return result
            if not _wait_for_owner(dialog):
                return QDialog.DialogCode.Rejected
    finally:
        _desk.running.remove(dialog)


def _wait_for_owner(dialog: QDialog) -> bool:
    """Until the desk says: True when the owner came back (run the dialog again), False when discarded."""
    if _desk.away[dialog] == AWAY:
        loop = QEventLoop()
        _desk.loops.append(loop)
        _desk.waiting.append(dialog)
        try:
            loop.exec()  # ended by come_back(), or by the application quitting
        finally:
            _desk.waiting.remove(dialog)
            _desk.loops.remove(loop)
    return _desk.away.pop(dialog, DISCARDED) == BACK


def put_away(owner: int | None, main_window: QWidget) -> None:
    """The desk locks: every window but ``main_window`` leaves the screen; Cercle's dialogs are kept for
    ``owner`` (the member who was at the desk), the others are closed."""
    if AWAY not in _desk.away.values():
        _desk.owner = owner
    for window in QApplication.topLevelWidgets():
        if window is main_window or not window.isVisible():
            continue
        if window in _desk.running:
            _desk.away[window] = AWAY
            window.hide()  # ends its exec(): run_modal waits for the owner
        else:
            window.close()
    if _desk.away:
        log.info("desk locked: %d dialog(s) kept for member %s", len(_desk.away), _desk.owner)


def come_back(member_id: int | None) -> None:
    """Someone entered: the owner finds the dialogs as they left them; anyone else finds them gone."""
    if not _desk.away:
        return
    back = member_id is not None and member_id == _desk.owner
    log.info("desk: dialogs of member %s %s", _desk.owner, "shown again" if back else "discarded")
    for dialog in [d for d in _desk.running if d in _desk.away]:
        _desk.away[dialog] = BACK if back else DISCARDED
        if back and dialog not in _desk.waiting:
            dialog.show()  # still inside its exec(), under the one that waits: modal as before
    for loop in _desk.loops:
        loop.quit()
    _desk.owner = None


def discard_all() -> None:
    """The centre closes (another one opens, a backup is restored): nobody comes back to these dialogs."""
    come_back(None)


def away_count() -> int:
    """How many dialogs wait for their owner's return."""
    return sum(state == AWAY for state in _desk.away.values())
