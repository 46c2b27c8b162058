"""Add or edit a member: name, profession, colour, contract and self-management hours, dates, phone, e-mail,
PIN."""

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app import formatting
from app.domain.errors import CercleError
from app.domain.hours import monday_of as week_start
from app.domain.members import (
    MAX_NAME_LENGTH,
    MAX_PROFESSION_LENGTH,
    PALETTE,
    MemberDraft,
    default_self_management_minutes,
)
from app.services import members
from app.services.errors import StaleEdit
from app.services.members import MemberView
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.conflict import EditedElsewhereDialog
from app.ui.dialogs.fields import OptionalDateEdit, date_edit, pydate
from app.ui.widgets import pin_field, pin_rule


def hours_box(maximum: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(2)
    box.setSingleStep(0.25)
    box.setSuffix(" h")
    return box

class MemberDialog(ServiceDialog[MemberView]):
    """Use :meth:`add` or :meth:`edit`; the services validate, the dialog shows their message inline."""

    def __init__(self, ctx, member: MemberView | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member = member
        self.setWindowTitle(self.tr("Edit a member") if member else self.tr("Add a member"))
        draft = member.draft() if member else MemberDraft(name="")
        form = QFormLayout(self)
        self.name = QLineEdit(draft.name)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Name"), self.name)
        self.profession = QLineEdit(draft.profession)
        self.profession.setMaxLength(MAX_PROFESSION_LENGTH)
        self.profession.setAccessibleName(self.tr("Profession"))
        form.addRow(self.tr("Profession"), self.profession)
        self.colour = draft.colour or self._colour_for_new_member()
        self.colour_button = QPushButton()
        self.colour_button.setAccessibleName(self.tr("Colour"))
        self.colour_button.clicked.connect(self._choose_colour)
        self._show_colour()
        form.addRow(self.tr("Colour"), self.colour_button)
        self.contract = hours_box(60)
        self.contract.setValue(draft.contract_minutes / 60)
        self.contract.setAccessibleName(self.tr("Contract hours per week"))
        form.addRow(self.tr("Contract hours per week"), self.contract)
        self.self_management = hours_box(60)
        self.self_management.setValue(draft.effective_self_management() / 60)
        self.self_management.setAccessibleName(self.tr("Self-management hours per week"))
        self.standard = QCheckBox(self.tr("standard share (10/35 of the contract)"))
        self.standard.setChecked(draft.effective_self_management()
                                 == default_self_management_minutes(draft.contract_minutes))
        self.standard.toggled.connect(self._follow_standard)
        self.contract.valueChanged.connect(self._follow_standard)
        row = QHBoxLayout()
        row.addWidget(self.self_management)
        row.addWidget(self.standard)
        form.addRow(self.tr("Self-management hours per week"), row)
        self.days = []
        day_row = QHBoxLayout()
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(weekday in draft.working_days)
            box.setAccessibleName(QLocale().dayName(weekday + 1))
            self.days.append(box)
            day_row.addWidget(box)
        day_row.addStretch(1)
        form.addRow(self.tr("Working days"), day_row)
        self.contract_from: QDateEdit | None = None  # a new member's first contract starts on their start date
        if member is not None:
            self.contract_from = self._contract_from(form, ctx.today())
        arrives = draft.start_date or (ctx.today() if member is None else None)  # nothing owed before it
        self.start = OptionalDateEdit(arrives, self.tr("Start date"), parent=self, opens_on=ctx.today())
        hint = self.tr("Nothing is owed before this day: today for someone who joins now.")
        self.start.setToolTip(hint)
        self.start_hint = QLabel(hint)  # said on the form, not only on hover
        self.start_hint.setWordWrap(True)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.start_hint, 1)
        form.addRow(self.tr("Start date"), start_row)
        self.end = OptionalDateEdit(draft.end_date, self.tr("End date"), parent=self, opens_on=ctx.today())
        form.addRow(self.tr("End date"), self.end)
        self.phone = QLineEdit(draft.phone)
        self.phone.setAccessibleName(self.tr("Phone"))
        form.addRow(self.tr("Phone"), self.phone)
        self.email = QLineEdit(draft.email)
        self.email.setAccessibleName(self.tr("E-mail"))
        form.addRow(self.tr("E-mail"), self.email)
        self.pin = pin_field(self.tr("PIN"), self.tr("optional, {rule}").format(rule=pin_rule()) if not member
                             else self.tr("leave empty to keep it as it is"))
        form.addRow(self.tr("PIN"), self.pin)
        self.add_buttons(form)
        self._follow_standard()

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone saved this member meanwhile: when what this dialog edits changed, show both and let the
        person keep theirs, take the other or go back to editing; when only the rest did (a deactivation),
        save quietly (the edit overwrites nothing then)."""
        theirs = conflict.current
        assert isinstance(theirs, MemberView), "the service says it with the record as saved"
        assert self.member is not None, "only an edit meets a newer version"
        if theirs.draft() == self.member.draft():
            self.member = theirs  # from now on the edit starts from the saved version
            self.save()
            return
        mine, saved = self.draft(), theirs.draft()
        rows = [
            (self.tr("Name"), mine.name, saved.name),
            (self.tr("Profession"), mine.profession, saved.profession),
            (self.tr("Colour"), str(mine.colour), str(saved.colour)),  # an edited member has one
            (self.tr("Contract hours per week"), formatting.duration(mine.contract_minutes),
             formatting.duration(saved.contract_minutes)),
            (self.tr("Self-management hours per week"), formatting.duration(mine.effective_self_management()),
             formatting.duration(saved.effective_self_management())),
            (self.tr("Working days"), self._days_text(mine.working_days),
             self._days_text(saved.working_days)),
            (self.tr("Start date"), self._date_text(mine.start_date), self._date_text(saved.start_date)),
            (self.tr("End date"), self._date_text(mine.end_date), self._date_text(saved.end_date)),
            (self.tr("Phone"), mine.phone, saved.phone),
            (self.tr("E-mail"), mine.email, saved.email),
        ]
        text = self.tr("Someone else saved {name} while you were editing.").format(name=theirs.name)
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="member")

    def _contract_from(self, form: QFormLayout, today: date) -> QDateEdit:
        """The week a change of hours or working days applies from: this week unless said otherwise."""
        label = self.tr("New contract from the week of")
        edit = date_edit(week_start(today), label)
        hint = self.tr("A change of hours or working days applies from this week on; the weeks before keep "
                       "the contract they had.")
        edit.setToolTip(hint)
        said = QLabel(hint)  # said on the form, not only on hover
        said.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(said, 1)
        form.addRow(label, row)
        return edit

    @staticmethod
    def _days_text(days: frozenset[int]) -> str:
        return " ".join(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat) for day in sorted(days))

    def _date_text(self, day: date | None) -> str:
        return formatting.short_date(day) if day else self.tr("none")

    @classmethod
    def add(cls, parent: QWidget, ctx) -> MemberView | None:
        return cls.run(parent, ctx, None)

    @classmethod
    def edit(cls, parent: QWidget, ctx, member: MemberView) -> MemberView | None:
        return cls.run(parent, ctx, member)

    def _colour_for_new_member(self) -> str | None:
        """The colour the member would get; None (the service chooses on saving) while the server is lost."""
        try:
            return members.colour_for_new_member(self.ctx)
        except CercleError:
            return None

    def _show_colour(self) -> None:
        if self.colour is None:
            self.colour_button.setText(self.tr("chosen on saving"))
            return
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(f"background: {self.colour}; color: white;")

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or PALETTE[0]), self, self.tr("Colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def _follow_standard(self) -> None:
        standard = self.standard.isChecked()
        self.self_management.setEnabled(not standard)
        if standard:
            self.self_management.setValue(default_self_management_minutes(round(self.contract.value() * 60)) / 60)

    def draft(self) -> MemberDraft:
        return MemberDraft(
            name=self.name.text(),
            profession=self.profession.text(),
            colour=self.colour,
            contract_minutes=round(self.contract.value() * 60),
            self_management_minutes=None if self.standard.isChecked() else round(self.self_management.value() * 60),
            working_days=frozenset(day for day, box in enumerate(self.days) if box.isChecked()),
            start_date=self.start.day(),
            end_date=self.end.day(),
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def call_service(self) -> MemberView:
        if self.member is None:
            return members.add_member(self.ctx, self.draft(), pin=self.pin.text() or None)
        contract_from = pydate(self.contract_from.date()) if self.contract_from is not None else None
        return members.update_member(self.ctx, self.member.id, self.draft(), pin=self.pin.text() or None,
                                     expected_version=self.member.version, contract_from=contract_from)
