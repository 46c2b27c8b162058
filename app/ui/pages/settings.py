"""Settings: language of this computer, the centre's details, the idle lock, the public holidays worked,
where meeting time goes, the rooms, the backups."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CercleError
from app.preferences import preferences
from app.services import centre, settings
from app.services.changes import Entity
from app.ui.backups import BackupsBox
from app.ui.centre_fields import CentreFields, holiday_shifts_text
from app.ui.holidays import HolidaysBox
from app.ui.meeting_credits import MeetingCreditsBox
from app.ui.pages.base import Page
from app.ui.rooms import RoomsBox
from app.ui.widgets import ErrorLabel, StatusLabel, scrolling


def compact_form(parent: QWidget) -> QFormLayout:
    """A form whose fields keep their natural width instead of spanning the page."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


class SettingsPage(Page):
    watched = frozenset({Entity.SETTING, Entity.CENTRE, Entity.ROOM, Entity.TIME_CATEGORY})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        content = QWidget()  # the boxes scroll when the window is shorter than they are
        boxes = QVBoxLayout(content)
        boxes.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(scrolling(content))
        computer = QGroupBox(self.tr("This computer"))
        form = compact_form(computer)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Language of the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences().value("language", ""))))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        url = workspace.ctx.engine.url
        self.database = QLabel(url.database if url.get_backend_name() == "sqlite"
                               else url.render_as_string(hide_password=True))
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("Connection…"))
        change.setToolTip(self.tr("A database file on this computer, or the centre's server"))
        change.clicked.connect(self._change_connection)
        where = QHBoxLayout()
        where.addWidget(self.database, 1)
        where.addWidget(change)
        form.addRow(self.tr("Database"), where)
        boxes.addWidget(computer)

        team = QGroupBox(self.tr("The centre"))
        form = compact_form(team)
        self.centre = CentreFields(form)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after"))
        form.addRow(self.tr("Lock after inactivity of"), self.idle)
        self.error = ErrorLabel()
        form.addRow(self.error)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        self.saved = StatusLabel(self.tr("Saving the centre"))
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(self.saved, 1)
        form.addRow(row)
        boxes.addWidget(team)
        self.holidays = HolidaysBox(workspace)
        boxes.addWidget(self.holidays)
        self.meeting_credits = MeetingCreditsBox(workspace)
        boxes.addWidget(self.meeting_credits)
        self.rooms = RoomsBox(workspace)
        boxes.addWidget(self.rooms)
        self.backups = BackupsBox(workspace)
        boxes.addWidget(self.backups)
        boxes.addStretch(1)
        self._shown: tuple | None = None  # the centre's details and idle lock as last shown
        self.refresh()

    def refresh(self) -> None:
        self._show_centre()
        self.holidays.refresh()
        self.meeting_credits.refresh()
        self.rooms.refresh()

    def save(self) -> None:
        """The centre's details, then the idle lock (each service call saves only what changed)."""
        ctx = self.workspace.ctx
        try:
            saved = centre.update_centre(ctx, self.centre.draft())
            if self.idle.value() != settings.get(ctx, "idle_lock_minutes"):
                settings.put(ctx, "idle_lock_minutes", self.idle.value())
        except CercleError as error:
            self.error.show_error(error)
            self.saved.clear()
            return
        self.error.clear_error()
        self._shown = None  # saved: show it as stored
        self._show_centre()
        # a new region: the shifts on its public holidays were cancelled, those of days no longer ones created
        followed = holiday_shifts_text(saved.holiday_shifts)
        self.saved.setText("\n".join([self.tr("The centre's details are saved."), *([followed] if followed else [])]))

    def _typed(self) -> tuple:
        return self.centre.draft(), self.idle.value()

    def _show_centre(self) -> None:
        """The centre's details and idle lock as saved, unless someone is typing them: another box of this
        page saving (a worked holiday ticked), or another workstation, does not undo an edit not saved."""
        if self._shown is not None and self._typed() != self._shown:
            return
        current = centre.get_centre(self.workspace.ctx)
        if current:
            self.centre.show(current)
        self.idle.setValue(settings.get(self.workspace.ctx, "idle_lock_minutes"))
        self._shown = self._typed()

    def _change_connection(self) -> None:
        from app import paths
        from app.ui.dialogs.connection import ConnectionDialog

        ConnectionDialog.choose(self, str(paths.default_database_path()))

    def _language_changed(self) -> None:
        preferences().setValue("language", self.language.currentData())
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language applies the next time Cercle starts."))
