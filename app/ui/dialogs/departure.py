"""Deactivate a member from their last day, or bring them back from a first day back: the dialog says
what happens to their targets and their balance."""

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app import formatting
from app.services import hours, members
from app.services import workshops as ws
from app.services.members import MemberView
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.fields import date_edit, pydate


def signed(minutes: int) -> str:
    """A balance as the team reads it: +2 h, −3 h 30, 0 h."""
    return ("+" if minutes > 0 else "") + formatting.duration(minutes)


class DepartureDialog(ServiceDialog[MemberView]):
    """Use :meth:`run`: asks an active member's last day, or the first day back of one who left."""

    def __init__(self, ctx, member: MemberView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member = member
        form = QFormLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(420)
        if member.active:
            self._ask_last_day(form)
        else:
            self._ask_day_back(form)
        form.addRow(self.explanation)
        self.add_buttons(form, self.tr("Deactivate") if member.active else self.tr("Reactivate"))

    def _ask_last_day(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("Deactivate {name}").format(name=self.member.name))
        self.day = date_edit(self.ctx.today())
        self.day.setAccessibleName(self.tr("Last day"))
        form.addRow(self.tr("Last day"), self.day)
        self.day.dateChanged.connect(self._explain_departure)
        self._explain_departure()

    def _explain_departure(self) -> None:
        text = self.tr(
            "After this day, {name} owes no more hours and no longer appears in the lists. Their history "
            "is kept, and so is their balance on that day: it is carried over if they come back."
        ).format(name=self.member.name)
        led = ws.workshops_led_after(self.ctx, self.member.id, pydate(self.day.date()))
        if led:
            text += " " + self.tr("They no longer facilitate these workshops after that day: {workshops}.").format(
                workshops=", ".join(led))
        self.explanation.setText(text)

    def _ask_day_back(self, form: QFormLayout) -> None:
        self.setWindowTitle(self.tr("Reactivate {name}").format(name=self.member.name))
        last_day = members.last_day(self.ctx, self.member.id)
        self.day = date_edit(members.first_day_back(self.ctx, last_day))
        self.day.setAccessibleName(self.tr("First day back"))
        form.addRow(self.tr("First day back"), self.day)
        if last_day is None:
            self.explanation.setText(self.tr("Targets resume on the first day back."))
            return
        profession, self_management = hours.balance_on(self.ctx, self.member.id, last_day)
        self.explanation.setText(self.tr(
            "{name} left after {day}. Targets resume on the first day back; the days in between are not "
            "owed. Their balance on {day} (profession {profession}, self-management {self_management}) "
            "is carried over."
        ).format(name=self.member.name, day=formatting.short_date(last_day), profession=signed(profession),
                 self_management=signed(self_management)))

    def call_service(self) -> MemberView:
        change = members.deactivate if self.member.active else members.reactivate
        return change(self.ctx, self.member.id, pydate(self.day.date()))
