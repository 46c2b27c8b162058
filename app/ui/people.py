"""The directory of people who are not staff (inhabitants, habitants-relais, partners' contacts): a tab of the
Team page, apart from the team's own list. Add, edit, deactivate, erase on request."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.errors import CercleError
from app.domain.imports import Kind
from app.services import people
from app.ui.dialogs.imports import ImportDialog, help_text
from app.ui.dialogs.people import PersonDialog, person_label, role_label
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel, sorting_proxy
from app.ui.widgets import StatusLabel, confirm, directory_table, show_error


class PeopleTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Name"), self._name),
            Column(self.tr("Role"), lambda p: role_label(p.role)),
            Column(self.tr("Partner"), lambda p: p.partner_name, long_text=True),
            Column(self.tr("Phone"), lambda p: p.phone),
            Column(self.tr("E-mail"), lambda p: p.email, long_text=True),
            Column(self.tr("Consent on"), lambda p: formatting.short_date(p.consent_on) if p.consent_on else "",
                   sort_key=lambda p: p.consent_on.toordinal() if p.consent_on else 0, optional=True),
            Column(self.tr("Last came"), lambda p: formatting.short_date(p.last_came) if p.last_came else "—",
                   sort_key=lambda p: p.last_came.toordinal() if p.last_came else 0, optional=True),
            Column(self.tr("Status"), self._status),
        ], self)
        self.proxy = sorting_proxy(self.model)
        self.table = directory_table(self.proxy, self.tr("Inhabitants and partners"), self.edit_selected)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name or a partner"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        buttons = FlowLayout()  # on two lines in a narrow window
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(self.tr("Forget the name and contact details; the counts stay"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(help_text(Kind.PEOPLE))
        self.import_button.clicked.connect(lambda: ImportDialog.run(self, self.ctx, Kind.PEOPLE))
        self.show_inactive = QCheckBox(self.tr("Show people no longer active"))
        self.show_inactive.toggled.connect(self.refresh)
        for widget in (self.add_button, self.edit_button, self.active_button, self.erase_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.message = StatusLabel(self.tr("Last action"))
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _name(self, person: people.PersonView) -> str:
        return person_label(person) if person.erased else person.name

    def _status(self, person: people.PersonView) -> str:
        if person.erased:
            return self.tr("erased")
        return self.tr("active") if person.active else self.tr("no longer active")

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_rows(people.list_people(self.ctx, search=self.search.text(),
                                               include_inactive=self.show_inactive.isChecked()))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> people.PersonView | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(Qt.ItemDataRole.UserRole) if indexes else None

    def select(self, person_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole).id == person_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        person = self.selected()
        editable = person is not None and not person.erased
        self.edit_button.setEnabled(editable)
        self.active_button.setEnabled(editable)
        self.erase_button.setEnabled(editable)
        self.active_button.setText(self.tr("Reactivate") if person and not person.active
                                   else self.tr("Deactivate"))

    def add_person(self) -> None:
        added = PersonDialog.add(self, self.ctx)
        if added:
            self.refresh()
            self.select(added.id)
            self.message.setText(i18n.fill(self.tr("{name} is added to the directory."), name=added.name))

    def edit_selected(self) -> None:
        person = self.selected()
        if person and not person.erased and PersonDialog.edit(self, self.ctx, person):
            self.refresh()
            self.message.setText(i18n.fill(self.tr("The details of {name} are saved."), name=person.name))

    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            people.set_active(self.ctx, person.id, not person.active)
        except CercleError as error:
            show_error(self, self.tr("Deactivate"), error)
            return
        self.refresh()

    def erase_selected(self) -> None:
        person = self.selected()
        if person is None or not confirm(self, self.tr("Erase a person"), i18n.fill(self.tr(
                "Erase {name}? The name, the phone and the e-mail are forgotten for good; the meetings and "
                "workshops they took part in keep counting them, without their name."), name=person.name)):
            return
        people.erase_person(self.ctx, person.id)
        self.refresh()
        self.message.setText(self.tr("The person is erased."))
