"""First start of a real centre: its first member (the coordinator), then the guided set-up."""

from datetime import time
from typing import cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CercleError
from app.domain.imports import Kind
from app.domain.members import (
    MAX_NAME_LENGTH,
    MAX_PROFESSION_LENGTH,
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    MemberDraft,
)
from app.domain.rota import MAX_SEATS, half_days
from app.formatting import member_line
from app.services import centre, members, rota, settings, setup
from app.ui.centre_fields import CentreFields, holiday_shifts_text
from app.ui.dialogs.fields import pytime, qtime
from app.ui.dialogs.imports import ImportDialog, help_text
from app.ui.dialogs.member import MemberDialog
from app.ui.dialogs.rota_setup import day_name, time_edit
from app.ui.widgets import ErrorLabel, StatusLabel, colour_icon, give_key, pin_field, pin_rule
from app.ui.workspace import Workspace


def screen_layout(widget: QWidget, title: str, intro: str) -> tuple[QVBoxLayout, QLabel]:
    """A full-window screen like the welcome one: a title, a paragraph, then what the caller adds."""
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(80, 48, 80, 48)
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    outer.addWidget(heading)
    text = QLabel(intro)
    text.setWordWrap(True)
    outer.addWidget(text)
    return outer, text


def label_row(form: QFormLayout, label: QLabel) -> int:
    # PySide6's stub says object: it is Qt's (row, role) pair.
    row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(label))
    return row


class FirstMemberScreen(QWidget):
    """The centre has nobody who can enter: its first member, with a PIN. Emits ``created(member_id)``, or
    ``opened_elsewhere(error)`` when someone became the first member at another window or workstation."""

    created = Signal(int)
    opened_elsewhere = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("firstMember")
        outer, _intro = screen_layout(self, self.tr("Who opens the centre?"), self.tr(
            "Enter your name first: you will be the centre's coordinator, the one who adds the other members. "
            "The computer at the desk is shared, so your name is protected by a PIN of {min} to {max} digits "
            "that only you know.").format(min=PIN_MIN_DIGITS, max=PIN_MAX_DIGITS))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setMinimumWidth(320)
        self.name.setAccessibleName(self.tr("Your name"))
        form.addRow(self.tr("Your name"), self.name)
        self.profession = QLineEdit()
        self.profession.setMaxLength(MAX_PROFESSION_LENGTH)
        self.profession.setMinimumWidth(320)
        self.profession.setPlaceholderText(self.tr("for example: Médecin généraliste"))
        self.profession.setAccessibleName(self.tr("Profession"))
        form.addRow(self.tr("Profession"), self.profession)
        self.pin = pin_field(self.tr("PIN"), pin_rule())
        form.addRow(self.tr("PIN"), self.pin)
        self.pin_again = pin_field(self.tr("PIN again"), pin_rule())
        form.addRow(self.tr("PIN again"), self.pin_again)
        self.error = ErrorLabel()
        form.addRow(self.error)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.create_member)
        self.pin_again.returnPressed.connect(self.create_member)
        form.addRow(self.continue_button)
        outer.addLayout(form)
        outer.addStretch(1)

    def refresh(self) -> None:
        for field in (self.name, self.profession, self.pin, self.pin_again):
            field.clear()
        self.error.clear_error()
        self.name.setFocus()

    def create_member(self) -> None:  # not create(): QWidget has its own
        if self.pin.text() != self.pin_again.text():
            self.error.setText(self.tr("The two PINs are not the same: type your PIN again."))
            self.error.show()
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            member = setup.add_coordinator(  # nobody is at the desk yet: Cercle records the first member
                self.workspace.ctx.as_system("first start"), MemberDraft(name=self.name.text(), profession=self.profession.text()),
                self.pin.text())
        except CercleError as error:
            if error.template == setup.NOT_FIRST_MEMBER:
                self.opened_elsewhere.emit(error)
                return
            self.error.show_error(error)
            return
        self.refresh()
        self.created.emit(member.id)


class SetupScreen(QWidget):
    """The guided set-up, a step a page: region and hours, reception shifts, the other members.

    Every step is saved as it is done; "Finish later" leaves, and the next start offers to resume. "Back"
    shows the previous step as it was saved, to correct it: done again, it is saved again, and the set-up's
    progress stays where it was (the next start resumes at the step still to do). Emits ``left(finished)``.
    """

    left = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("setup")
        outer, self.intro = screen_layout(self, self.tr("Setting up the centre"), "")  # resume() says more
        self.step_label = QLabel()
        self.step_label.setObjectName("greeting")
        outer.addWidget(self.step_label)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._centre_step())
        self.steps.addWidget(self._reception_step())
        self.steps.addWidget(self._members_step())
        outer.addWidget(self.steps, 1)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Finish later"))
        self.later_button.setToolTip(self.tr("What is done is saved; Cercle offers to carry on at the next start"))
        self.later_button.clicked.connect(lambda: self.left.emit(False))
        self.skip_button = QPushButton(self.tr("Skip this step"))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("Back"))  # beside Next, as in a wizard; the usual key to go back
        give_key(self.back_button, "Alt+Left", self.tr("Show the previous step as it was saved, to correct it"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

    # --- steps -----------------------------------------------------------------------------------

    def _centre_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        text = QLabel(self.tr(
            "Check the centre's details. The reception follows the opening hours, and no shift is planned on "
            "the public holidays of the region. All of this can be changed later in Settings."))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.centre = CentreFields(form)
        layout.addLayout(form)
        self.shifts_kept = QLabel(self.tr(  # shown when coming back to this step after the reception's
            "The reception shifts already planned keep their times (change them in Reception, “Set up the "
            "rota…”), and follow the public holidays of a new region."))
        self.shifts_kept.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.shifts_kept)
        layout.addStretch(1)
        return page

    def _reception_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.holiday_shifts = StatusLabel(self.tr("The shifts after the change of region"))
        layout.addWidget(self.holiday_shifts)  # step 1 saved again with a new region: what became of the shifts
        self.reception_text = QLabel()
        self.reception_text.setWordWrap(True)
        layout.addWidget(self.reception_text)
        self.reception_form = QWidget()
        form = self.reception_layout = QFormLayout(self.reception_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        days = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(day_name(weekday))
            box.setChecked(weekday < 5)
            self.days.append(box)
            days.addWidget(box)
        days.addStretch(1)
        form.addRow(self.tr("Days with reception"), days)
        self.shift_rows: list[tuple[QLabel, QTimeEdit, QTimeEdit]] = []  # two: a day shown in halves
        for _half in range(2):
            label = QLabel()
            start, end = time_edit(time(8, 30), ""), time_edit(time(12, 30), "")
            row = QHBoxLayout()
            row.addWidget(start)
            row.addWidget(QLabel(self.tr("to")))
            row.addWidget(end)
            row.addStretch(1)
            form.addRow(label, row)
            self.shift_rows.append((label, start, end))
        self.shift_count = 2
        self.seats = QSpinBox()
        self.seats.setRange(1, MAX_SEATS)
        self.seats.setAccessibleName(self.tr("People at the desk at once"))
        form.addRow(self.tr("People at the desk at once"), self.seats)
        layout.addWidget(self.reception_form)
        layout.addStretch(1)
        return page

    def _members_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        layout.addWidget(self.done_text)
        text = QLabel(self.tr(
            "Add the other members of the team now, one by one or from a spreadsheet, or later from the Team "
            "page. Each one gets a colour of their own on the rota, and can protect their name with a PIN."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.member_list = QListWidget()
        self.member_list.setAccessibleName(self.tr("Members of the team"))
        layout.addWidget(self.member_list, 1)
        buttons = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("Add a member…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.import_button = QPushButton(self.tr("Import from a spreadsheet…"))
        self.import_button.setToolTip(help_text(Kind.MEMBERS))
        self.import_button.clicked.connect(self.import_members)
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    # --- showing ---------------------------------------------------------------------------------

    def resume(self, again: bool) -> None:
        """Show the step still to do; ``again`` when coming back to a set-up left earlier."""
        self.intro.setText(self.tr(
            "The set-up of the centre is not finished: carry on where you left it, or finish it later.") if again
            else self.tr("Three short steps, each saved as soon as it is done: you can stop at any time, and "
                         "Cercle offers to carry on when you come back."))
        self.done_text.clear()
        step = setup.current_step(self.workspace.ctx)
        self._show_step(setup.STEPS.index(step) if step in setup.STEPS else len(setup.STEPS) - 1)

    def _show_step(self, index: int) -> None:
        self.error.clear_error()
        self.holiday_shifts.clear()
        self.holiday_shifts.setVisible(False)
        self.steps.setCurrentIndex(index)
        titles = (self.tr("Region and opening hours"), self.tr("Reception shifts"), self.tr("The team"))
        self.step_label.setText(self.tr("Step {number} of {count}: {title}").format(
            number=index + 1, count=len(titles), title=titles[index]))
        self.skip_button.setVisible(index == 1)
        self.back_button.setVisible(index > 0)
        self.next_button.setText((self.tr("Next"), self.tr("Create the shifts"), self.tr("Finish"))[index])
        (self._fill_centre, self._fill_reception, self._fill_members)[index]()

    def _fill_centre(self) -> None:
        ctx = self.workspace.ctx
        self.centre.show(self._centre())
        self.shifts_kept.setVisible(bool(rota.list_templates(ctx, on=ctx.today())))
        self.centre.name.setFocus()

    def _fill_reception(self) -> None:
        ctx = self.workspace.ctx
        current = self._centre()
        shifts = half_days(current.opens_at, current.closes_at)
        names = (self.tr("Morning shift"), self.tr("Afternoon shift")) if len(shifts) == 2 else (self.tr("Shift"),)
        self.shift_count = len(shifts)
        for (label, start, end), name, shift in zip(self.shift_rows, names, shifts):
            label.setText(name)
            start.setAccessibleName(self.tr("{shift}: start").format(shift=name))
            end.setAccessibleName(self.tr("{shift}: end").format(shift=name))
            start.setTime(qtime(shift[0]))
            end.setTime(qtime(shift[1]))
        for index, (label, _start, _end) in enumerate(self.shift_rows):
            self.reception_layout.setRowVisible(label_row(self.reception_layout, label), index < self.shift_count)
        already = bool(rota.list_templates(ctx, on=ctx.today()))
        self.reception_form.setEnabled(not already)
        self.reception_text.setText(self.tr(
            "The reception already has weekly slots: change them in Reception, “Set up the rota…”.") if already
            else self.tr("Cercle plans the reception shifts of the coming {weeks} weeks from the opening hours; "
                         "each member then takes theirs in Reception. Adjust them if needed.").format(
                weeks=settings.get(ctx, "shifts_weeks_ahead")))
        self.next_button.setText(self.tr("Next") if already else self.tr("Create the shifts"))
        self.skip_button.setVisible(not already)

    def _centre(self) -> centre.CentreView:
        current = centre.get_centre(self.workspace.ctx)
        assert current is not None, "the set-up follows the centre's creation"
        return current

    def _fill_members(self) -> None:
        self.member_list.clear()
        for member in members.list_members(self.workspace.ctx):
            item = QListWidgetItem(colour_icon(member.colour), member_line(member))
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.member_list.addItem(item)

    # --- acting ----------------------------------------------------------------------------------

    def next(self) -> None:
        index = self.steps.currentIndex()
        followed = ""
        try:
            if index == 0:
                followed = holiday_shifts_text(setup.save_centre(self.workspace.ctx, self.centre.draft()).holiday_shifts)
            elif index == 1:
                self._create_reception()
            else:
                setup.finish(self.workspace.ctx)
        except CercleError as error:
            if index == 1:
                self._fill_reception()  # another workstation may have created the slots: show them as done
            self.error.show_error(error)
            return
        if index + 1 < self.steps.count():
            self._show_step(index + 1)
            if followed:
                self.holiday_shifts.setText(followed)
                self.holiday_shifts.setVisible(True)
        else:
            self.left.emit(True)

    def back(self) -> None:
        """The previous step, filled with what was saved. Nothing is written: the set-up's progress stays at
        the step still to do, which the next start resumes."""
        index = self.steps.currentIndex()
        if index > 0:
            self._show_step(index - 1)

    def _create_reception(self) -> None:
        ctx = self.workspace.ctx
        if not self.reception_form.isEnabled():
            setup.skip_reception(ctx)
            return
        shifts = [(pytime(start.time()), pytime(end.time())) for _label, start, end
                  in self.shift_rows[:self.shift_count]]
        weekdays = [weekday for weekday, box in enumerate(self.days) if box.isChecked()]
        created = setup.create_reception(ctx, weekdays, shifts, self.seats.value())
        self.done_text.setText(self.tr("{count} reception shifts created ahead.").format(count=created))

    def skip(self) -> None:
        try:
            setup.skip_reception(self.workspace.ctx)
        except CercleError as error:
            self.error.show_error(error)
            return
        self.done_text.setText(self.tr("The reception shifts can be set up later in Reception, "
                                       "“Set up the rota…”."))
        self._show_step(2)

    def add_member(self) -> None:
        if MemberDialog.add(self, self.workspace.ctx) is not None:
            self._fill_members()

    def import_members(self) -> None:
        if ImportDialog.run(self, self.workspace.ctx, Kind.MEMBERS) is not None:
            self._fill_members()
