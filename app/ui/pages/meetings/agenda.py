"""The Agenda tab: the chosen meeting's items (built, added, moved, removed), the notes of the chosen one and
the time spent on it, and the decision it carries."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.meetings import ItemKind, MeetingKind
from app.services import meetings
from app.services.meetings import AgendaItemView, MeetingDetail
from app.ui.flow_layout import FlowLayout
from app.ui.models.table import Column, RowsModel
from app.ui.pages.meetings.common import MeetingHost, button, kind_labels, run, selected_rows, table_view
from app.ui.pages.meetings.decision import DecisionPanel
from app.ui.pages.meetings.notes import NotesEditor
from app.ui.widgets import confirm, fit_placeholder, gives_way


class AgendaPanel(QWidget):
    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.kind_labels = kind_labels()
        layout = QVBoxLayout(self)
        self.items_model = RowsModel(
            [
                Column("#", lambda i: str(i.position), align_right=True),
                Column(QCoreApplication.translate("MeetingsPage", "Item"), lambda i: i.title, long_text=True),
                Column(QCoreApplication.translate("MeetingsPage", "Kind"), lambda i: self.kind_labels[i.kind]),
                Column(QCoreApplication.translate("MeetingsPage", "Planned"),
                       lambda i: formatting.duration(i.planned_minutes), align_right=True),
                Column(QCoreApplication.translate("MeetingsPage", "Spent"),
                       lambda i: formatting.duration(i.spent_minutes) if i.spent_minutes else "", align_right=True),
            ],
            self,
        )
        self.items_view = table_view(self.items_model, QCoreApplication.translate("MeetingsPage", "Agenda items"), 1)
        self.items_view.selectionModel().selectionChanged.connect(lambda *_: self.item_chosen())
        self.items_view.least_rows = 5  # a meeting's usual agenda, in sight in a low window too
        layout.addWidget(self.items_view, 2)
        layout.addLayout(self._build_buttons())
        layout.addLayout(self._build_new_item())
        layout.addLayout(self._build_spent())
        self.no_patient_hint = QLabel(QCoreApplication.translate(
            "MeetingsPage", "Care review: write nothing that identifies a patient "
                            "(no name, birth date, address or file number)."))
        self.no_patient_hint.setWordWrap(True)
        self.no_patient_hint.hide()
        layout.addWidget(self.no_patient_hint)
        self.notes = NotesEditor(lambda: self.host.ctx)
        gives_way(self.notes, 3)  # the agenda's rows in sight first
        layout.addWidget(self.notes, 2)
        self.decision = DecisionPanel(host)
        layout.addWidget(self.decision)

    def _build_buttons(self) -> FlowLayout:
        row = FlowLayout()
        self.build_button = button(QCoreApplication.translate("MeetingsPage", "Build the agenda"),
                                   self.build_agenda, row)
        self.build_button.setToolTip(
            QCoreApplication.translate(
                "MeetingsPage",
                "Add the open proposals, the open actions of earlier meetings and "
                "the items not treated last time"
            )
        )
        self.up_button = button(QCoreApplication.translate("MeetingsPage", "Move up"),
                                lambda: self.move_selected(-1), row)
        self.down_button = button(QCoreApplication.translate("MeetingsPage", "Move down"),
                                  lambda: self.move_selected(1), row)
        self.remove_button = button(QCoreApplication.translate("MeetingsPage", "Remove"), self.remove_selected, row)
        row.addStretch()
        return row

    def _build_new_item(self) -> QHBoxLayout:
        add_row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(QCoreApplication.translate("MeetingsPage", "A new item…"))
        fit_placeholder(self.new_title)
        self.new_title.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Title of a new item"))
        self.new_title.returnPressed.connect(self.add_item)
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Kind of the new item"))
        for kind, label in self.kind_labels.items():
            self.new_kind.addItem(label, kind.value)
        self.new_kind.setCurrentIndex(1)
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(0, meetings.MAX_ITEM_MINUTES)
        self.new_minutes.setValue(10)
        self.new_minutes.setSuffix(" min")
        self.new_minutes.setAccessibleName(
            QCoreApplication.translate("MeetingsPage", "Planned minutes of the new item"))
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.new_minutes)
        self.add_button = button(QCoreApplication.translate("MeetingsPage", "Add"), self.add_item, add_row)
        return add_row

    def _build_spent(self) -> QHBoxLayout:
        notes_row = QHBoxLayout()
        self.notes_label = QLabel(QCoreApplication.translate("MeetingsPage", "Notes"))
        notes_row.addWidget(self.notes_label, 1)
        notes_row.addWidget(QLabel(QCoreApplication.translate("MeetingsPage", "Time spent")))
        self.spent = QSpinBox()
        self.spent.setRange(0, meetings.MAX_ITEM_MINUTES)
        self.spent.setSuffix(" min")
        self.spent.setAccessibleName(QCoreApplication.translate("MeetingsPage", "Time spent on the item"))
        self.spent.editingFinished.connect(self.save_spent)
        notes_row.addWidget(self.spent)
        return notes_row

    # ------------------------------------------------------------ showing

    def show_meeting(self, detail: MeetingDetail | None, locked: bool) -> None:
        """The agenda of ``detail``, the item chosen so far chosen again; nothing editable once ``locked``."""
        item_id = self.notes.item_id
        self.items_model.set_rows(detail.items if detail else [])
        if item_id is not None:
            self.select_item(item_id)
        for widget in (self.build_button, self.up_button, self.down_button, self.remove_button,
                       self.add_button, self.new_title, self.spent):
            widget.setEnabled(not locked)
        self.notes.setReadOnly(locked)
        self.item_chosen()

    def selected_item(self) -> AgendaItemView | None:
        rows = selected_rows(self.items_view)
        return rows[0] if rows else None

    def select_item(self, item_id: int) -> None:
        for row, item in enumerate(self.items_model.rows):
            if item.id == item_id:
                self.items_view.selectRow(row)
                return

    def item_chosen(self) -> None:
        item = self.selected_item()
        same = item is not None and item.id == self.notes.item_id
        self.notes.follow(item)
        focus = QApplication.focusWidget()
        if not (same and focus is not None and (focus is self.spent or self.spent.isAncestorOf(focus))):
            self.spent.setValue(item.spent_minutes if item else 0)  # not under the time-keeper's fingers
        self.notes_label.setText(
            QCoreApplication.translate("MeetingsPage", "Notes: {title}").format(title=item.title) if item
            else QCoreApplication.translate("MeetingsPage", "Notes")
        )
        self.no_patient_hint.setVisible(self._is_care_review(item))
        self.decision.show_item(item)

    def _is_care_review(self, item: AgendaItemView | None) -> bool:
        """Notes of a care review (or of a care review item) must never identify a patient."""
        detail = self.host.detail
        in_care_review = detail is not None and detail.summary.kind == MeetingKind.CARE_REVIEW
        return in_care_review or (item is not None and item.kind == ItemKind.CARE_REVIEW)

    # ------------------------------------------------------------ acting

    def build_agenda(self) -> None:
        detail = self.host.detail
        if detail:
            run(self, QCoreApplication.translate("MeetingsPage", "Build the agenda"),
                lambda: meetings.build_agenda(self.host.ctx, detail.summary.id))

    def add_item(self) -> None:
        detail = self.host.detail
        if detail and run(
            self,
            QCoreApplication.translate("MeetingsPage", "Add an item"),
            lambda: meetings.add_item(self.host.ctx, detail.summary.id, self.new_title.text(),
                                      ItemKind(self.new_kind.currentData()), self.new_minutes.value()),
        ):
            self.new_title.clear()

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is not None:
            run(self, QCoreApplication.translate("MeetingsPage", "Move an item"),
                lambda: meetings.move_item(self.host.ctx, item.id, item.position - 1 + step))
            self.select_item(item.id)

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is not None and confirm(
            self,
            QCoreApplication.translate("MeetingsPage", "Remove an item"),
            QCoreApplication.translate("MeetingsPage", "Take “{title}” off the agenda?").format(title=item.title),
        ):
            self.notes.flush(leaving=True)  # what was typed is kept, whether the item goes or stays
            if run(self, QCoreApplication.translate("MeetingsPage", "Remove an item"),
                   lambda: meetings.remove_item(self.host.ctx, item.id)):
                self.notes.forget()  # only once gone: a refused removal leaves the notes saving to the item

    def save_spent(self) -> None:
        item = self.selected_item()
        if item is not None and item.spent_minutes != self.spent.value():
            run(self, QCoreApplication.translate("MeetingsPage", "Time spent"),
                lambda: meetings.set_spent_minutes(self.host.ctx, item.id, self.spent.value()))
