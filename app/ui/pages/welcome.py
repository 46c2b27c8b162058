"""First start: create our centre, or explore the demo centre."""

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import centre
from app.ui.widgets import ErrorLabel

TIME_ZONES = ("Europe/Paris", "America/Cayenne", "America/Guadeloupe", "America/Martinique",
              "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti")


class WelcomeScreen(QWidget):
    """Emits ``create_requested(CentreDraft)`` or ``demo_requested()``."""

    create_requested = Signal(object)
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 48, 80, 48)
        title = QLabel(self.tr("Welcome to Cercle"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        intro = QLabel(self.tr("Cercle coordinates your team: the split of everyone's week, the reception "
                               "desk, decisions by consensus, workshops and team meetings. It keeps no "
                               "patient data."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self._create_box(), 3)
        row.addWidget(self._demo_box(), 2)
        outer.addLayout(row)
        outer.addStretch(1)

    def _create_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Create our centre"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example: Centre de santé communautaire du Village 2"))
        self.name.setAccessibleName(self.tr("Name of the centre"))
        form.addRow(self.tr("Name of the centre"), self.name)
        self.zone = QComboBox()
        self.zone.addItems(TIME_ZONES)
        self.zone.setAccessibleName(self.tr("Time zone"))
        form.addRow(self.tr("Time zone"), self.zone)
        self.region = QComboBox()
        self.region.addItem(self.tr("Metropolitan France"), "metropole")
        self.region.addItem(self.tr("Alsace-Moselle"), "alsace-moselle")
        self.region.setAccessibleName(self.tr("Public holidays"))
        form.addRow(self.tr("Public holidays"), self.region)
        self.opens = QTimeEdit(QTime(8, 30))
        self.closes = QTimeEdit(QTime(18, 30))
        self.opens.setAccessibleName(self.tr("Opens at"))
        self.closes.setAccessibleName(self.tr("Closes at"))
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        form.addRow(self.tr("Opening hours"), hours)
        self.error = ErrorLabel()
        form.addRow(self.error)
        self.create_button = QPushButton(self.tr("Create our centre"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        self.name.returnPressed.connect(self._create)
        form.addRow(self.create_button)
        return box

    def _demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Just looking?"))
        layout = QVBoxLayout(box)
        text = QLabel(self.tr("Explore a fictional centre of 18 people. It opens as a copy in a temporary "
                              "place: nothing you do there touches your own centre."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.demo_button = QPushButton(self.tr("Explore the demo centre"))
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
        return box

    def draft(self) -> centre.CentreDraft:
        to_time = lambda edit: time(edit.time().hour(), edit.time().minute())  # noqa: E731
        return centre.CentreDraft(
            name=self.name.text(),
            timezone=self.zone.currentText(),
            holiday_region=self.region.currentData(),
            opens_at=to_time(self.opens),
            closes_at=to_time(self.closes),
        )

    def _create(self) -> None:
        try:
            draft = centre.validate(self.draft())
        except ValueError as error:
            self.error.show_error(error)
            self.name.setFocus()
            return
        self.error.clear_error()
        self.create_requested.emit(draft)
