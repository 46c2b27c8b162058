"""First start: create our centre, or explore the demo centre."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import centre
from app.ui.centre_fields import CentreFields
from app.ui.widgets import ErrorLabel


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
        self.fields = CentreFields(form)
        self.name = self.fields.name
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
        return self.fields.draft()

    def _create(self) -> None:
        try:
            draft = centre.validate(self.draft())
        except ValueError as error:
            self.error.show_error(error)
            self.name.setFocus()
            return
        self.error.clear_error()
        self.create_requested.emit(draft)
