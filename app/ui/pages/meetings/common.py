"""What the panels of the Meetings page share: the page they work for, their tables and buttons, their labels.

Every panel translates in the page's context ("MeetingsPage"), as the page did alone, so that splitting it
kept every translation."""

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLayout, QPushButton, QTableView, QWidget

from app.domain.errors import CercleError
from app.domain.meetings import Attendance, ItemKind, MeetingStatus
from app.services.context import Context
from app.services.meetings import MeetingDetail
from app.ui.widgets import TableView, fit_columns, fit_columns_to_sample, show_error


class MeetingHost(Protocol):
    """What a panel asks of the page: the context, the chosen meeting, and the notes saved before a change
    that could lose them."""

    @property
    def ctx(self) -> Context: ...

    @property
    def detail(self) -> MeetingDetail | None: ...

    def flush_notes(self, leaving: bool = False) -> None: ...


def table_view(model: Any, name: str, *stretch: int, multi: bool = False, large: bool = False) -> TableView:
    """A table of read objects; a ``large`` one (a lazy model) sizes its columns from its header and a sample
    of rows, once, and keeps its rows one line high."""
    view = TableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.verticalHeader().hide()
    if large:
        fit_columns_to_sample(view, *stretch)
    else:
        fit_columns(view, *stretch)
    return view


def selected_rows(view: QTableView) -> list[Any]:
    return [index.data(Qt.ItemDataRole.UserRole) for index in view.selectionModel().selectedRows()]


def button(text: str, slot: Callable[..., Any], parent_layout: QLayout) -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(slot)
    parent_layout.addWidget(widget)
    return widget


def run(parent: QWidget, title: str, action: Callable[[], object]) -> bool:
    """Do ``action``; a refusal is shown under ``title``. Whether it was done."""
    try:
        action()
    except CercleError as error:
        show_error(parent, title, error)
        return False
    return True


def kind_labels() -> dict[ItemKind, str]:
    return {
        ItemKind.INFORMATION: QCoreApplication.translate("MeetingsPage", "Information"),
        ItemKind.DISCUSSION: QCoreApplication.translate("MeetingsPage", "Discussion"),
        ItemKind.DECISION: QCoreApplication.translate("MeetingsPage", "Decision"),
        ItemKind.CARE_REVIEW: QCoreApplication.translate("MeetingsPage", "Care pathway review"),
    }


def status_labels() -> dict[MeetingStatus, str]:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingsPage", "planned"),
        MeetingStatus.HELD: QCoreApplication.translate("MeetingsPage", "held, minutes in draft"),
        MeetingStatus.APPROVED: QCoreApplication.translate("MeetingsPage", "minutes approved"),
    }


def short_status_labels() -> dict[MeetingStatus, str]:
    """In the list beside the tabs; the Minutes tab says the rest."""
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingsPage", "planned"),
        MeetingStatus.HELD: QCoreApplication.translate("MeetingsPage", "held"),
        MeetingStatus.APPROVED: QCoreApplication.translate("MeetingsPage", "minutes approved", "short"),
    }


def attendance_labels() -> dict[Attendance | None, str]:
    return {
        Attendance.PRESENT: QCoreApplication.translate("MeetingsPage", "present"),
        Attendance.EXCUSED: QCoreApplication.translate("MeetingsPage", "excused"),
        Attendance.ABSENT: QCoreApplication.translate("MeetingsPage", "absent"),
        None: "—",
    }
