"""Dialogs of the Hours page: record an absence, manage the time categories, set a starting balance."""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.errors import CercleError
from app.domain.hours import ABSENCE_KIND_LABELS
from app.domain.imports import Kind
from app.services import hours
from app.ui.desk import run_modal
from app.ui.dialogs.base import ListEditorDialog, ServiceDialog
from app.ui.dialogs.fields import date_edit, pydate
from app.ui.dialogs.imports import ImportDialog, category_kind, help_text
from app.ui.widgets import confirm


def kind_label(kind: str) -> str:
    """An absence's kind as the dialog that records it names it: « Congés », « Arrêt maladie »..."""
    return QCoreApplication.translate("AbsenceDialog", ABSENCE_KIND_LABELS.get(kind, kind))


def signed_hours_box() -> QDoubleSpinBox:
    """Hours ahead (positive) or behind (negative), to the quarter hour."""
    box = QDoubleSpinBox()
    box.setRange(-hours.MAX_OPENING_MINUTES / 60, hours.MAX_OPENING_MINUTES / 60)
    box.setDecimals(2)
    box.setSingleStep(0.25)
    box.setSuffix(" h")
    return box


class AbsenceDialog(ServiceDialog[hours.RecordedAbsence]):
    """Use :meth:`record`: a holiday, sick leave, training or other absence, full or half days."""

    def __init__(self, ctx, member_id: int, first_day: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member_id = member_id
        self.setWindowTitle(self.tr("Record an absence"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in ABSENCE_KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of absence"))
        form.addRow(self.tr("Kind"), self.kind)
        self.first_day, self.last_day = date_edit(first_day), date_edit(first_day)
        self.first_day.setAccessibleName(self.tr("First day"))
        self.last_day.setAccessibleName(self.tr("Last day"))
        self.first_day.dateChanged.connect(
            lambda value: self.last_day.setDate(max(value, self.last_day.date())))
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Last day"), self.last_day)
        self.half_day_start = QCheckBox(self.tr("only the afternoon of the first day"))
        self.half_day_end = QCheckBox(self.tr("only the morning of the last day"))
        form.addRow("", self.half_day_start)
        form.addRow("", self.half_day_end)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note"), self.note)
        self.add_buttons(form)

    @classmethod
    def record(cls, parent: QWidget, ctx, member_id: int, first_day: date) -> hours.RecordedAbsence | None:
        return cls.run(parent, ctx, member_id, first_day)

    def call_service(self) -> hours.RecordedAbsence:
        return hours.add_absence(
            self.ctx, self.member_id, pydate(self.first_day.date()), pydate(self.last_day.date()),
            self.kind.currentData(),
            half_day_start=self.half_day_start.isChecked(), half_day_end=self.half_day_end.isChecked(),
            note=self.note.text(),
        )


class CategoriesDialog(ListEditorDialog):
    """Use :meth:`manage`: add, rename, retire (or bring back) the time categories, and change the kind
    (profession or self-management) of one that holds no hours yet. Each is listed with its kind.

    The name field and the kind show the chosen category; Add makes a new one of them, Rename and Change kind
    give the chosen one what they show."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Time categories"), self.tr("Time categories"), parent)
        self.refusals: dict[int, CercleError] = {}  # why a category's kind cannot change, read with the list
        layout = QVBoxLayout(self)
        layout.addWidget(self.records)
        fields = QHBoxLayout()
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Category name"))
        self.label.setPlaceholderText(self.tr("Name of the category"))
        fields.addWidget(self.label, 1)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Self-management hours"), True)
        self.kind.addItem(self.tr("Profession hours"), False)
        self.kind.setAccessibleName(self.tr("Kind of category"))
        self.kind.currentIndexChanged.connect(self.show_kind_change)
        fields.addWidget(self.kind)
        layout.addLayout(fields)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename)
        self.kind_button = QPushButton(self.tr("Change kind"))
        self.kind_button.clicked.connect(self.change_kind)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(help_text(Kind.CATEGORIES))
        self.import_button.clicked.connect(self.import_categories)
        for button in (self.add_button, self.rename_button, self.kind_button, self.retire_button,
                       self.import_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.add_close_button(layout)
        self.guard_adding(self.label, self.add_button)
        self.reload()

    @classmethod
    def manage(cls, parent: QWidget, ctx) -> None:
        run_modal(cls(ctx, parent))

    def rows(self) -> list[tuple[str, hours.CategoryView]]:
        self.refusals = dict(hours.kind_refusals(self.ctx))
        return [(self._listed(category), category)
                for category in hours.list_categories(self.ctx, include_retired=True)]

    def _listed(self, category: hours.CategoryView) -> str:
        """The category as listed, with its kind: « Accueil · autogestion », « Plaidoyer (retirée) · métier »."""
        name = self._name(category)
        listed = name if category.active else self.tr("{name} (retired)").format(name=name)
        return f"{listed} · {category_kind(category.is_self_management)}"

    @staticmethod
    def _name(category: hours.CategoryView) -> str:
        return QCoreApplication.translate("Categories", category.label)

    def show_current(self) -> None:
        category = self.current()
        self.rename_button.setEnabled(category is not None)
        self.retire_button.setEnabled(category is not None and category.code != hours.PROFESSION)
        retired = category is not None and not category.active
        self.retire_button.setText(self.tr("Bring back") if retired else self.tr("Retire"))
        if category:
            self.label.setText(self._name(category))
            self.kind.setCurrentIndex(self.kind.findData(category.is_self_management))
        self.show_kind_change()

    def show_kind_change(self) -> None:
        """Change kind is offered when the kind shown is not the chosen category's and it may take it; if it may
        not, the button and the kind say why (a disabled button takes no focus: the kind is read aloud)."""
        category = self.current()
        refusal = self.refusals.get(category.id) if category is not None else None
        why = i18n.message(refusal) if refusal is not None else ""
        self.kind_button.setEnabled(
            category is not None and refusal is None and self.kind.currentData() != category.is_self_management)
        self.kind_button.setToolTip(why or self.tr(
            "Give the chosen category the kind shown, while no hours are recorded in it."))
        self.kind.setToolTip(why)
        self.kind.setAccessibleDescription(why)

    def add(self) -> None:
        self.change(lambda: hours.add_category(self.ctx, self.label.text(),
                                               is_self_management=self.kind.currentData()))

    def change_kind(self) -> None:
        category = self.current()
        if category:
            self.change(lambda: hours.change_category_kind(self.ctx, category.id, self.kind.currentData()))

    def rename(self) -> None:
        category = self.current()
        if category:
            self.change(lambda: hours.rename_category(self.ctx, category.id, self.label.text(), category))

    def import_categories(self) -> None:
        if ImportDialog.run(self, self.ctx, Kind.CATEGORIES) is not None:
            self.error.clear_error()
            self.reload()

    def toggle_retired(self) -> None:
        category = self.current()
        if category is None:
            return
        if category.active and not confirm(
            self, self.tr("Retire a category"),
            self.tr("{name} will no longer be offered; its hours stay counted. Retire it?").format(
                name=self._name(category)),
        ):
            return
        self.change(lambda: hours.set_category_active(self.ctx, category.id, not category.active))


class OpeningBalanceDialog(ServiceDialog[bool]):
    """Use :meth:`edit`: the balance a member starts with, and the week it counts from."""

    def __init__(self, ctx, member_id: int, name: str, week: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.member_id = member_id
        self.setWindowTitle(i18n.fill(self.tr("Starting balance of {name}"), name=name))
        form = QFormLayout(self)
        self.week = date_edit(week)
        self.week.setAccessibleName(self.tr("Counted from the week of"))
        form.addRow(self.tr("Counted from the week of"), self.week)
        self.profession = signed_hours_box()
        self.profession.setAccessibleName(self.tr("Profession hours carried in"))
        form.addRow(self.tr("Profession hours carried in"), self.profession)
        self.self_management = signed_hours_box()
        self.self_management.setAccessibleName(self.tr("Self-management hours carried in"))
        form.addRow(self.tr("Self-management hours carried in"), self.self_management)
        self.add_buttons(form)

    @classmethod
    def edit(cls, parent: QWidget, ctx, member_id: int, name: str, week: date) -> bool:
        """Whether a balance was saved."""
        return bool(cls.run(parent, ctx, member_id, name, week))

    def call_service(self) -> bool:
        """True once saved: the service returns nothing."""
        profession = round(self.profession.value() * 60)
        self_management = round(self.self_management.value() * 60)
        hours.set_opening_balance(self.ctx, self.member_id, pydate(self.week.date()), profession, self_management)
        return True
