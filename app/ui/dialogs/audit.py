"""The audit log, readable by everyone: who did what, when, with the values before and after.

Free text is recorded as a digest and a length only (app.services.context.snapshot): it is shown as
"text changed (123 characters)", never as the text.
"""

import json
from datetime import datetime
from functools import partial
from typing import Any, TypeGuard

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.kept_years import local_moment
from app.services import audit
from app.ui.desk import run_modal
from app.ui.models.lazy import LazyRowsModel
from app.ui.models.table import Column
from app.ui.widgets import TableView, fit_columns_to_sample, split

# The services record an action and a kind of record as codes; the log shows them in words. A code missing
# here (a new one) is shown as it is.
ACTIONS = {
    "accept": QT_TRANSLATE_NOOP("AuditDialog", "accepted"),
    "activate": QT_TRANSLATE_NOOP("AuditDialog", "brought back"),
    "add": QT_TRANSLATE_NOOP("AuditDialog", "added"),
    "add_action": QT_TRANSLATE_NOOP("AuditDialog", "action added"),
    "add_co_facilitator": QT_TRANSLATE_NOOP("AuditDialog", "co-facilitator added"),
    "add_guest": QT_TRANSLATE_NOOP("AuditDialog", "guest added"),
    "add_item": QT_TRANSLATE_NOOP("AuditDialog", "agenda item added"),
    "amend": QT_TRANSLATE_NOOP("AuditDialog", "amended"),
    "apply": QT_TRANSLATE_NOOP("AuditDialog", "applied"),
    "apply_pending": QT_TRANSLATE_NOOP("AuditDialog", "pending changes applied"),
    "approve": QT_TRANSLATE_NOOP("AuditDialog", "minutes approved"),
    "attendance": QT_TRANSLATE_NOOP("AuditDialog", "attendance recorded"),
    "back up": QT_TRANSLATE_NOOP("AuditDialog", "backed up"),
    "cancel": QT_TRANSLATE_NOOP("AuditDialog", "cancelled"),
    "cancel_session": QT_TRANSLATE_NOOP("AuditDialog", "session cancelled"),
    "cancelled": QT_TRANSLATE_NOOP("AuditDialog", "cancelled"),
    "change_contract": QT_TRANSLATE_NOOP("AuditDialog", "contract changed"),
    "change_kind": QT_TRANSLATE_NOOP("AuditDialog", "kind changed"),
    "check integrity": QT_TRANSLATE_NOOP("AuditDialog", "integrity checked"),
    "claim": QT_TRANSLATE_NOOP("AuditDialog", "shift taken"),
    "close": QT_TRANSLATE_NOOP("AuditDialog", "closed"),
    "close_at_deadline": QT_TRANSLATE_NOOP("AuditDialog", "closed at its deadline"),
    "comment": QT_TRANSLATE_NOOP("AuditDialog", "comment added"),
    "create": QT_TRANSLATE_NOOP("AuditDialog", "created"),
    "create_ahead": QT_TRANSLATE_NOOP("AuditDialog", "shifts created ahead"),
    "credit": QT_TRANSLATE_NOOP("AuditDialog", "hours credited"),
    "deactivate": QT_TRANSLATE_NOOP("AuditDialog", "deactivated"),
    "declined": QT_TRANSLATE_NOOP("AuditDialog", "declined"),
    "delete": QT_TRANSLATE_NOOP("AuditDialog", "deleted"),
    "done": QT_TRANSLATE_NOOP("AuditDialog", "done"),
    "drop_out": QT_TRANSLATE_NOOP("AuditDialog", "left the cycle"),
    "edit": QT_TRANSLATE_NOOP("AuditDialog", "edited"),
    "edit_item": QT_TRANSLATE_NOOP("AuditDialog", "agenda item edited"),
    "edit_outcome": QT_TRANSLATE_NOOP("AuditDialog", "outcome edited"),
    "edit_session": QT_TRANSLATE_NOOP("AuditDialog", "session changed"),
    "edit_theme": QT_TRANSLATE_NOOP("AuditDialog", "theme edited"),
    "end": QT_TRANSLATE_NOOP("AuditDialog", "ended"),
    "endorse": QT_TRANSLATE_NOOP("AuditDialog", "endorsed"),
    "erase": QT_TRANSLATE_NOOP("AuditDialog", "erased"),
    "erase_expired": QT_TRANSLATE_NOOP("AuditDialog", "expired names erased"),
    "erratum": QT_TRANSLATE_NOOP("AuditDialog", "erratum added"),
    "facilitators": QT_TRANSLATE_NOOP("AuditDialog", "facilitators changed"),
    "forget": QT_TRANSLATE_NOOP("AuditDialog", "person forgotten"),
    "generate": QT_TRANSLATE_NOOP("AuditDialog", "demo data made"),
    "generate_demo": QT_TRANSLATE_NOOP("AuditDialog", "demo data made"),
    "held": QT_TRANSLATE_NOOP("AuditDialog", "meeting held"),
    "migrate": QT_TRANSLATE_NOOP("AuditDialog", "copied from another database"),
    "notes": QT_TRANSLATE_NOOP("AuditDialog", "notes saved"),
    "notify": QT_TRANSLATE_NOOP("AuditDialog", "notified"),
    "offer": QT_TRANSLATE_NOOP("AuditDialog", "swap offered"),
    "partners": QT_TRANSLATE_NOOP("AuditDialog", "partners changed"),
    "plan": QT_TRANSLATE_NOOP("AuditDialog", "planned"),
    "postpone": QT_TRANSLATE_NOOP("AuditDialog", "postponed"),
    "promote": QT_TRANSLATE_NOOP("AuditDialog", "off the waiting list"),
    "read": QT_TRANSLATE_NOOP("AuditDialog", "read"),
    "record": QT_TRANSLATE_NOOP("AuditDialog", "recorded"),
    "record_position": QT_TRANSLATE_NOOP("AuditDialog", "position recorded for someone"),
    "register": QT_TRANSLATE_NOOP("AuditDialog", "registered"),
    "release": QT_TRANSLATE_NOOP("AuditDialog", "shift released"),
    "remove": QT_TRANSLATE_NOOP("AuditDialog", "removed"),
    "remove_co_facilitator": QT_TRANSLATE_NOOP("AuditDialog", "co-facilitator removed"),
    "remove_guest": QT_TRANSLATE_NOOP("AuditDialog", "guest removed"),
    "remove_item": QT_TRANSLATE_NOOP("AuditDialog", "agenda item removed"),
    "rename": QT_TRANSLATE_NOOP("AuditDialog", "renamed"),
    "reopen": QT_TRANSLATE_NOOP("AuditDialog", "reopened"),
    "reorder": QT_TRANSLATE_NOOP("AuditDialog", "agenda reordered"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "restored"),
    "set": QT_TRANSLATE_NOOP("AuditDialog", "changed"),
    "set_opening_balance": QT_TRANSLATE_NOOP("AuditDialog", "starting balance set"),
    "set_quorum": QT_TRANSLATE_NOOP("AuditDialog", "quorum changed"),
    "set_roles": QT_TRANSLATE_NOOP("AuditDialog", "roles given"),
    "submit": QT_TRANSLATE_NOOP("AuditDialog", "submitted"),
    "supersede": QT_TRANSLATE_NOOP("AuditDialog", "replaced by a contract from an earlier week"),
    "swap_out": QT_TRANSLATE_NOOP("AuditDialog", "shift given in a swap"),
    "take_position": QT_TRANSLATE_NOOP("AuditDialog", "position taken"),
    "time_spent": QT_TRANSLATE_NOOP("AuditDialog", "time spent recorded"),
    "undo": QT_TRANSLATE_NOOP("AuditDialog", "undone"),
    "undo_rota": QT_TRANSLATE_NOOP("AuditDialog", "shift taken back by an undone rota"),
    "unlock": QT_TRANSLATE_NOOP("AuditDialog", "unlocked"),
    "validate": QT_TRANSLATE_NOOP("AuditDialog", "validated"),
    "withdraw": QT_TRANSLATE_NOOP("AuditDialog", "withdrawn"),
}
RECORDS = {
    "absence": QT_TRANSLATE_NOOP("AuditDialog", "absence"),
    "action_item": QT_TRANSLATE_NOOP("AuditDialog", "action"),
    "backup": QT_TRANSLATE_NOOP("AuditDialog", "backup"),
    "centre": QT_TRANSLATE_NOOP("AuditDialog", "centre"),
    "contract_term": QT_TRANSLATE_NOOP("AuditDialog", "contract"),
    "database": QT_TRANSLATE_NOOP("AuditDialog", "database"),
    "closure": QT_TRANSLATE_NOOP("AuditDialog", "closing day"),
    "cycle_enrolment": QT_TRANSLATE_NOOP("AuditDialog", "cycle enrolment"),
    "meeting": QT_TRANSLATE_NOOP("AuditDialog", "meeting"),
    "member": QT_TRANSLATE_NOOP("AuditDialog", "member"),
    "member_rota": QT_TRANSLATE_NOOP("AuditDialog", "reception settings"),
    "notification": QT_TRANSLATE_NOOP("AuditDialog", "notification"),
    "opening_balance": QT_TRANSLATE_NOOP("AuditDialog", "starting balance"),
    "partner": QT_TRANSLATE_NOOP("AuditDialog", "partner"),
    "person": QT_TRANSLATE_NOOP("AuditDialog", "person (not staff)"),
    "proposal": QT_TRANSLATE_NOOP("AuditDialog", "proposal"),
    "registration": QT_TRANSLATE_NOOP("AuditDialog", "registration"),
    "room": QT_TRANSLATE_NOOP("AuditDialog", "room"),
    "rota_batch": QT_TRANSLATE_NOOP("AuditDialog", "rota"),
    "setting": QT_TRANSLATE_NOOP("AuditDialog", "setting"),
    "shift": QT_TRANSLATE_NOOP("AuditDialog", "reception shift"),
    "shift_template": QT_TRANSLATE_NOOP("AuditDialog", "regular shift"),
    "swap": QT_TRANSLATE_NOOP("AuditDialog", "swap"),
    "time_category": QT_TRANSLATE_NOOP("AuditDialog", "hours category"),
    "time_entry": QT_TRANSLATE_NOOP("AuditDialog", "hours"),
    "week_validation": QT_TRANSLATE_NOOP("AuditDialog", "week validation"),
    "workshop": QT_TRANSLATE_NOOP("AuditDialog", "workshop"),
    "workshop_session": QT_TRANSLATE_NOOP("AuditDialog", "workshop session"),
}


def in_words(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("AuditDialog", labels[code]) if code in labels else code


def when_text(ctx, moment: datetime) -> str:
    """A moment of the log in the centre's local time, the locale's short way."""
    local = local_moment(moment, ctx.timezone)
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute, local.second)), QLocale.FormatType.ShortFormat)


class AuditDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(960, 600)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the log…"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.search.textChanged.connect(self.refresh)
        layout.addWidget(self.search)
        self.model = LazyRowsModel([
            Column(self.tr("When"), lambda e: when_text(ctx, e.at)),
            Column(self.tr("Who"), self._who),
            Column(self.tr("Action"), lambda e: in_words(ACTIONS, e.action)),
            Column(self.tr("Record"), lambda e: f"{in_words(RECORDS, e.entity)} {e.entity_id or ''}".strip()),
        ], self)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        fit_columns_to_sample(self.table)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Before and after"))
        layout.addWidget(split(self.tr("Changes and their details"), (self.table, self.details),
                               orientation=Qt.Orientation.Vertical), 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.refresh()

    def _who(self, entry: audit.AuditView) -> str:
        if entry.member_name:
            return entry.member_name
        if entry.system:
            return self.tr("Cercle ({system})").format(system=self._system_name(entry.system))
        return self.tr("(nobody at the desk)")

    def _system_name(self, system: str) -> str:
        names = {"scheduler": self.tr("background task"), "command line": self.tr("command line"),
                 "demo": self.tr("demo centre"), "restore": self.tr("restore"), "first start": self.tr("first start")}
        return names.get(system, system)

    @classmethod
    def show_log(cls, parent: QWidget, ctx) -> None:
        run_modal(cls(ctx, parent))

    def refresh(self) -> None:
        self.model.load(partial(audit.entries_page, self.ctx, self.search.text()))

    def _show_details(self, current, _previous) -> None:
        entry = current.data(Qt.ItemDataRole.UserRole)
        if entry is None:
            self.details.clear()
            return
        before, after = _picture(entry.before), _picture(entry.after)
        self.details.setPlainText(self.tr("Before: {before}\nAfter: {after}").format(
            before=self._readable(before, None), after=self._readable(after, before)))

    def _readable(self, picture: object, earlier: object) -> str:
        """A recorded picture as JSON, each free text described by its length (and whether it changed)."""
        if picture is None:
            return "—"
        return json.dumps(self._described(picture, earlier), ensure_ascii=False, sort_keys=True)

    def _described(self, value: object, earlier: object) -> object:
        if _is_digest(value):
            if earlier is None:  # nothing to compare with: the "before" side, or a new record
                return self.tr("text (%n characters)", "", value["length"])
            if earlier == value:
                return self.tr("text unchanged (%n characters)", "", value["length"])
            return self.tr("text changed (%n characters)", "", value["length"])
        if isinstance(value, dict):
            earlier = earlier if isinstance(earlier, dict) else {}
            return {key: self._described(item, earlier.get(key)) for key, item in value.items()}
        return value


def _picture(recorded: str | None) -> object:
    if recorded is None:
        return None
    try:
        return json.loads(recorded)
    except ValueError:
        return recorded


def _is_digest(value: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(value, dict) and set(value) == {"sha256", "length"}
