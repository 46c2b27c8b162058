"""The "Meeting time" box of the Settings page: the self-management category each kind of meeting credits."""

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from app import i18n
from app.domain.errors import CercleError
from app.domain.meetings import MEETING_KIND_LABELS, MeetingKind
from app.formatting import category_label
from app.services import credits, hours
from app.ui.widgets import ErrorLabel


class MeetingCreditsBox(QGroupBox):
    """One list per kind of meeting; a choice is saved at once (audited) and applies from today on."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Meeting time"))
        self.ctx = workspace.ctx
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hint = QLabel(self.tr("The self-management category the hours of those present go to. A change "
                              "applies to meetings from today on; earlier ones keep their category."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.boxes: dict[MeetingKind, QComboBox] = {}
        for kind, label in MEETING_KIND_LABELS.items():
            box = QComboBox()
            box.setAccessibleName(i18n.translate(label))
            box.activated.connect(lambda _index, kind=kind: self.save(kind))
            self.boxes[kind] = box
            form.addRow(i18n.translate(label), box)
        self.error = ErrorLabel()
        form.addRow(self.error)
        self.refresh()

    def refresh(self) -> None:
        categories = [c for c in hours.list_categories(self.ctx) if c.is_self_management]
        chosen = credits.meeting_categories(self.ctx)
        for kind, box in self.boxes.items():
            box.clear()
            for category in categories:
                box.addItem(category_label(category), category.id)
            box.setCurrentIndex(max(0, box.findData(chosen[kind])))

    def save(self, kind: MeetingKind) -> None:
        try:
            credits.set_meeting_category(self.ctx, kind, self.boxes[kind].currentData())
        except CercleError as error:
            self.error.show_error(error)
            self.refresh()
            return
        self.error.clear_error()
