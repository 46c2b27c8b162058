"""Dialogs of the reception rota: offer a swap, draft a rota (and apply it), the fairness report."""

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.errors import CercleError
from app.services import members, rota
from app.ui.desk import run_modal
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.fields import date_edit, pydate
from app.ui.models.table import Column, RowsModel
from app.ui.widgets import TableView, colour_icon, fit_columns


def shift_text(shift: rota.ShiftView) -> str:
    """The day and times of a shift, and its label: two shifts at the same times that day differ by it."""
    times = f"{formatting.clock(shift.start)}–{formatting.clock(shift.end)}"
    label = f" ({shift.label})" if shift.label else ""
    return f"{formatting.long_date(shift.day)}, {times}{label}"


def read_only_table(model, name: str) -> QTableView:
    table = TableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    # measured when its rows change, the last column stretched: sized to its contents at each layout, the table
    # measured each cell of the team several times while the dialog opened
    fit_columns(table)
    return table


class SwapDialog(ServiceDialog[int]):
    """Offer one's shift to a member or to anyone, maybe asking one of theirs in return."""

    def __init__(self, ctx, shift: rota.ShiftView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shift = shift
        self.setWindowTitle(self.tr("Offer a swap"))
        form = QFormLayout(self)
        form.addRow(self.tr("Your shift"), QLabel(shift_text(shift)))
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Offer to"))
        self.member.addItem(self.tr("Anyone"), None)
        for member in members.list_members(ctx):
            if member.id != ctx.actor_id:
                self.member.addItem(colour_icon(member.colour), member.name, member.id)
        form.addRow(self.tr("Offer to"), self.member)
        self.wanted = QComboBox()
        self.wanted.setAccessibleName(self.tr("Their shift in return"))
        form.addRow(self.tr("Their shift in return"), self.wanted)
        self.member.currentIndexChanged.connect(self._fill_wanted)
        self._fill_wanted()
        self.add_buttons(form, self.tr("Offer the swap"))

    def _fill_wanted(self) -> None:
        self.wanted.clear()
        self.wanted.addItem(self.tr("Nothing in return"), None)
        member_id = self.member.currentData()
        if member_id is None:
            return
        today = self.ctx.today()
        for shift in rota.member_shifts(self.ctx, member_id, today, today + timedelta(weeks=8)):
            self.wanted.addItem(shift_text(shift), shift.id)

    def call_service(self) -> int:
        """The id of the offer."""
        return rota.offer_swap(self.ctx, self.shift.id, self.member.currentData(), self.wanted.currentData())

    @classmethod
    def offer(cls, parent: QWidget, ctx, shift: rota.ShiftView) -> int | None:
        return cls.run(parent, ctx, shift)


class DraftRotaDialog(ServiceDialog[int]):
    """Choose a period, see who would get what and everyone's load against their fair share, apply."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: rota.DraftRotaView | None = None
        self.setWindowTitle(self.tr("Propose a rota"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        period = QHBoxLayout()
        first = ctx.today() + timedelta(days=1)
        self.first = date_edit(first)
        self.first.setAccessibleName(self.tr("From"))
        self.last = date_edit(first + timedelta(weeks=4) - timedelta(days=1))
        self.last.setAccessibleName(self.tr("To"))
        self.view_button = QPushButton(self.tr("Propose"))
        self.view_button.clicked.connect(self.make_draft)
        for widget in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last, self.view_button):
            period.addWidget(widget)
        period.addStretch(1)
        layout.addLayout(period)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.assignments = RowsModel([
            Column(self.tr("Day"), lambda row: formatting.long_date(row[0].day)),
            Column(self.tr("Time"), lambda row: f"{formatting.clock(row[0].start)}–{formatting.clock(row[0].end)}"),
            Column(self.tr("Who"), lambda row: row[1]),
        ], self)
        layout.addWidget(read_only_table(self.assignments, self.tr("Proposed shifts")), 2)
        self.loads = RowsModel([
            Column(self.tr("Member"), lambda load: self._name(load.member_id)),
            Column(self.tr("Fair share"), lambda load: formatting.duration(round(load.fair_share_minutes)),
                   align_right=True),
            Column(self.tr("Before"), lambda load: formatting.duration(load.before_minutes), align_right=True),
            Column(self.tr("After"), lambda load: formatting.duration(load.after_minutes), align_right=True),
            Column(self.tr("Gap after"), lambda load: formatting.duration(round(load.deviation_minutes)),
                   align_right=True),
        ], self)
        layout.addWidget(read_only_table(self.loads, self.tr("Load of each member")), 1)
        self.add_buttons(layout, self.tr("Apply this rota"))
        self.ok_button.setEnabled(False)  # until a rota is drafted

    def _name(self, member_id: int) -> str:
        return self.view.names.get(member_id, "?") if self.view else ""

    def make_draft(self) -> None:
        self.error.clear_error()
        try:
            self.view = rota.draft_rota(self.ctx, pydate(self.first.date()), pydate(self.last.date()))
        except CercleError as error:
            self.error.show_error(error)
            return
        draft = self.view.draft
        rows = [(self.view.shifts[a.shift_id], self._name(a.member_id)) for a in draft.assignments]
        self.assignments.set_rows(sorted(rows, key=lambda row: (row[0].day, row[0].start, row[1])))
        self.loads.set_rows(sorted(draft.loads, key=lambda load: self._name(load.member_id)))
        if draft.unfilled:
            said = self.tr("{filled} seats filled, {unfilled} left open (nobody may hold them).")
        else:  # « 0 left open (nobody may hold them) » read as if someone were missing
            said = self.tr("{filled} seats filled: none is left open.")
        self.summary.setText(said.format(filled=len(draft.assignments), unfilled=len(draft.unfilled)))
        self.ok_button.setEnabled(bool(draft.assignments))

    def call_service(self) -> int:
        """The id of the applied batch (OK is enabled once a rota is drafted)."""
        assert self.view is not None
        return rota.apply_draft(self.ctx, self.view)


class FairnessDialog(QDialog):
    """Reception held over the rolling window against each member's fair share, largest gap first."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fairness of the rota"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reception held in the last weeks, against each member's fair share "
                                        "(in proportion to their self-management hours).")))
        self.model = RowsModel([
            Column(self.tr("Member"), lambda row: row.name, lambda row: colour_icon(row.colour)),
            Column(self.tr("Fair share"), lambda row: formatting.duration(round(row.fair_share_minutes)),
                   align_right=True),
            Column(self.tr("Held"), lambda row: formatting.duration(row.held_minutes), align_right=True),
            Column(self.tr("Missing"), lambda row: formatting.duration(round(row.gap_minutes)), align_right=True),
        ], self)
        self.model.set_rows(rota.fairness_report(ctx))
        layout.addWidget(read_only_table(self.model, self.tr("Fairness report")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_report(cls, parent: QWidget, ctx) -> None:
        run_modal(cls(ctx, parent))
