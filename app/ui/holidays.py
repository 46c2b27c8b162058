"""The public-holidays box of the Settings page: which of this year's and next year's holidays the centre
works (the journée de solidarité, often Whit Monday). A worked holiday is a working day: hours are owed
and reception shifts are made that day. Ticking or unticking one gives or cancels the reception shifts of that
day from today on, and the box says what became of them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain.errors import CercleError
from app.services import centre
from app.ui.centre_fields import holiday_shifts_text
from app.ui.widgets import ErrorLabel, StatusLabel
from app.ui.workspace import Workspace

WORKED_COLUMN = 2


class HolidaysBox(QGroupBox):
    """Each change is saved at once (audited by the service)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Public holidays worked"))
        self.ctx = workspace.ctx
        self.holidays: list[centre.HolidayView] = []
        explanation = QLabel(self.tr(
            "A public holiday the centre works (the journée de solidarité, often Whit Monday) is a working "
            "day: hours are owed and reception shifts are made that day."))
        explanation.setWordWrap(True)
        self.whit_monday = QCheckBox(self.tr("Whit Monday is worked every year"))
        self.whit_monday.toggled.connect(self.save)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Public holiday"), self.tr("Worked")])
        self.table.setAccessibleName(self.tr("Public holidays of this year and the next"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move in it (widgets.TableView)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(220)
        self.table.itemChanged.connect(self._item_changed)
        self.error = ErrorLabel()
        self.shifts = StatusLabel(self.tr("The shifts after the change of public holidays worked"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.whit_monday)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.shifts)

    def refresh(self) -> None:
        year = self.ctx.today().year
        language = "fr" if i18n.is_french() else "en_US"
        self.holidays = centre.list_holidays(self.ctx, (year, year + 1), language)
        every_year = centre.worked_every_whit_monday(self.ctx)
        self.table.blockSignals(True)
        self.whit_monday.blockSignals(True)
        self.whit_monday.setChecked(every_year)
        self.table.setRowCount(len(self.holidays))
        for row, holiday in enumerate(self.holidays):
            self.table.setItem(row, 0, QTableWidgetItem(formatting.long_date(holiday.day)))
            self.table.setItem(row, 1, QTableWidgetItem(holiday.name))
            worked = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if not (every_year and holiday.whit_monday):  # then ticked by the box above
                flags |= Qt.ItemFlag.ItemIsEnabled
            worked.setFlags(flags)
            worked.setCheckState(Qt.CheckState.Checked if holiday.worked else Qt.CheckState.Unchecked)
            worked.setData(Qt.ItemDataRole.AccessibleTextRole,  # a check box alone has no words to read
                           self.tr("worked") if holiday.worked else self.tr("not worked"))
            self.table.setItem(row, WORKED_COLUMN, worked)
        self.table.blockSignals(False)
        self.whit_monday.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == WORKED_COLUMN:
            self.save()

    def worked(self, row: int) -> bool:
        item = self.table.item(row, WORKED_COLUMN)
        assert item is not None, "refresh() fills every row"
        return item.checkState() == Qt.CheckState.Checked

    def save(self) -> None:
        every_year = self.whit_monday.isChecked()
        days = [holiday.day for row, holiday in enumerate(self.holidays)
                if self.worked(row) and not (every_year and holiday.whit_monday)]
        try:
            done = centre.set_worked_holidays(self.ctx, days, whit_monday_every_year=every_year)
        except CercleError as error:
            self.error.show_error(error)
            self.shifts.clear()
            return
        self.error.clear_error()
        # the shifts of a holiday no longer worked were cancelled, those of a holiday now worked created
        self.shifts.setText(holiday_shifts_text(done, worked=True))
        self.refresh()
