"""The activity report for funders, from the window: a year or a period, the whole centre or one action (a
theme, a partner), a format and a file; the report is then written off the GUI thread, and the usual
message names the file and opens its folder."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.services import workshops as ws
from app.services.activity import year_period
from app.ui import background
from app.ui.desk import run_modal
from app.ui.dialogs.fields import date_edit, pydate
from app.ui.exporting import tell_exported
from app.ui.widgets import show_error

FORMATS = ("odt", "pdf", "csv")


@dataclass(frozen=True)
class ReportChoice:
    first: date
    last: date
    theme: str | None
    partner: str | None
    fmt: str
    path: Path


class ActivityReportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity report"))
        today = ctx.today()
        self.choice: ReportChoice | None = None
        self.whole_year = QRadioButton(self.tr("A year"))
        self.whole_year.setChecked(True)
        self.year = QSpinBox()
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.period = QRadioButton(self.tr("A period"))
        self.first = date_edit(date(today.year, 1, 1), self.tr("From"))
        self.last = date_edit(today, self.tr("To"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action reported"))
        self.action.addItem(self.tr("The whole centre"), None)
        for theme in ws.list_themes(ctx):
            self.action.addItem(self.tr("Theme: {name}").format(name=theme.name), ("theme", theme.name))
        for partner in ws.list_partners(ctx):
            self.action.addItem(self.tr("Partner: {name}").format(name=partner.name), ("partner", partner.name))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, label in zip(FORMATS, (self.tr("OpenDocument text (ODT)"), self.tr("PDF"),
                                        self.tr("Spreadsheet (CSV)"))):
            self.format.addItem(label, fmt)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        self.format.currentIndexChanged.connect(lambda _index: self.suggest_file())
        self.year.valueChanged.connect(lambda _year: self.suggest_file())
        self.suggest_file()
        self._lay_out(choose)
        self.whole_year.toggled.connect(self._enable)
        self._enable()

    def _lay_out(self, choose: QPushButton) -> None:
        form = QFormLayout(self)
        form.addRow(self.whole_year, self.year)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(self.last)
        form.addRow(self.period, dates)
        form.addRow(self.tr("Report on"), self.action)
        form.addRow(self.tr("Format"), self.format)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form.addRow(self.tr("File"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _enable(self) -> None:
        self.year.setEnabled(self.whole_year.isChecked())
        self.first.setEnabled(not self.whole_year.isChecked())
        self.last.setEnabled(not self.whole_year.isChecked())

    def fmt(self) -> str:
        return self.format.currentData()

    def suggest_file(self) -> None:
        """The home folder and a name that says the year, with the format's extension."""
        name = self.tr("activity-report-{year}.{extension}").format(year=self.year.value(), extension=self.fmt())
        current = Path(self.file.text()) if self.file.text() else Path.home() / name
        self.file.setText(str(current.parent / name if not self.file.isModified() else
                              current.with_suffix("." + self.fmt())))

    def choose_file(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.windowTitle(), self.file.text())
        if path:
            self.file.setText(path)
            self.file.setModified(True)

    def accept(self) -> None:
        first, last = (year_period(self.year.value()) if self.whole_year.isChecked()
                       else (pydate(self.first.date()), pydate(self.last.date())))
        kind, name = self.action.currentData() or (None, None)
        path = Path(self.file.text().strip()).expanduser()
        if path.suffix.lower() != "." + self.fmt():
            path = path.with_suffix("." + self.fmt())
        self.choice = ReportChoice(first, last, name if kind == "theme" else None,
                                   name if kind == "partner" else None, self.fmt(), path)
        super().accept()


def export_activity_report(parent: QWidget, ctx) -> None:
    """Ask what to report, then write it in the background and say where it is (or why it is not)."""
    dialog = ActivityReportDialog(ctx, parent)
    if not run_modal(dialog) or dialog.choice is None:
        return
    choice, title = dialog.choice, dialog.windowTitle()

    def write() -> Path:  # off the GUI thread: touches no widget
        from app.exports.activity import export_activity

        return export_activity(ctx, choice.path, choice.fmt, choice.first, choice.last, theme=choice.theme,
                               partner=choice.partner)

    label = QCoreApplication.translate("Exporting", "Saving “{name}”…").format(name=choice.path.name)
    background.run(parent, label, write, lambda written: tell_exported(parent, title, written),
                   lambda error: show_error(parent, title, error))
