"""The bases of the dialogs that call a service.

``ServiceDialog``: a form, an inline error line, OK and Cancel. OK calls the service once (a second OK while
it saves does nothing); a refusal (a ``CercleError``) is said under the form in the person's language and the
dialog stays open with what was typed, nothing saved; what the service returned closes the dialog and is what
the classmethod that ran it returns. Escape cancels.

``ListEditorDialog``: a list of records changed in place (the workshop themes, the time categories).
"""

from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.domain.errors import CercleError
from app.domain.kept_years import shown_instead
from app.services.errors import NotFound, StaleEdit
from app.ui.desk import run_modal
from app.ui.widgets import ErrorLabel

R = TypeVar("R")


class ServiceDialog(QDialog, Generic[R]):
    """Subclasses build their form, end it with :meth:`add_buttons`, and implement :meth:`call_service`.

    ``save()`` is what OK does (tests and the "Edited elsewhere" dialog call it too); ``result_view`` holds
    what the service returned once saved. Run a dialog with :meth:`run` (or a classmethod named for what it
    does that calls it).
    """

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_view: R | None = None
        self.saving = False  # from OK until the service has answered
        self.error = ErrorLabel()

    def add_buttons(self, layout: QFormLayout | QBoxLayout, ok_text: str = "") -> QDialogButtonBox:
        """The error line, then Save (or ``ok_text``, when "Save" says too little) and Cancel, at the end of
        ``layout``."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.ok_button: QPushButton = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.ok_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        add_rows(layout, self.error, buttons)
        return buttons

    def say_if_outside_calendar(self, saved: date | None) -> None:
        """A day saved outside the years Cercle keeps (by an older version) cannot be shown by a date field,
        which shows the nearest kept day: say so on the error line, so that saving does not move it unawares.
        Call it after :meth:`add_buttons`."""
        outside = None if saved is None else shown_instead(saved)
        if outside is not None:
            self.error.show_error(outside)

    def call_service(self) -> R:
        """Save what the form says through the service; return what it gives back, raise what it refuses."""
        raise NotImplementedError

    def save(self) -> None:
        """What OK does: call the service, then close, or say why not."""
        if self.saving:
            return  # a second OK (a double click, Enter held down) while the first one saves
        self.saving = True
        self.start_saving()

    def start_saving(self) -> None:
        """Call the service here and now; a dialog whose call is long runs it off the GUI thread instead, and
        hands its outcome to :meth:`saved` or :meth:`refused`."""
        try:
            result = self.call_service()
        except CercleError as error:
            self.refused(error)
            return
        finally:  # OK works again after any outcome; an unexpected error still goes on to the failure notice
            self.saving = False
        self.saved(result)

    def saved(self, result: R) -> None:
        self.saving = False
        self.result_view = result
        self.accept()

    def refused(self, error: CercleError) -> None:
        self.saving = False  # the person may correct the form and save again
        if isinstance(error, StaleEdit):
            self.resolve(error)
        else:
            self.error.show_error(error)

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone saved the record while it was edited here: said inline, unless the dialog settles it (the
        dialogs that edit a whole record show both versions, see ``EditedElsewhereDialog.settle``)."""
        self.error.show_error(conflict)

    @classmethod
    def run(cls, parent: QWidget, ctx, *args: Any, **kwargs: Any) -> R | None:
        """Build the dialog with ``ctx`` and the rest, run it; what it saved, or None when cancelled."""
        build: Callable[..., ServiceDialog[R]] = cls  # each dialog takes its own arguments after ctx
        dialog = build(ctx, *args, parent=parent, **kwargs)
        try:
            return dialog.result_view if run_modal(dialog) == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # else kept, hidden, as long as its parent


class ListEditorDialog(QDialog):
    """A list of named records that the dialog itself changes, one service call at a time (add, rename, set
    aside…): each call is said in the error line when refused, or shows the list again with the record
    changed chosen. Close (or Escape) ends it.

    Subclasses lay out ``records`` and ``error`` with their own fields and buttons, end with
    :meth:`add_close_button`, hand their name field and Add button to :meth:`guard_adding`, then call
    :meth:`reload`; they implement :meth:`rows` and :meth:`show_current`.
    """

    def __init__(self, ctx, title: str, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.records = QListWidget()
        self.records.setAccessibleName(list_name)
        self.records.currentItemChanged.connect(self.show_current)
        self.error = ErrorLabel()

    def rows(self) -> list[tuple[str, Any]]:
        """Each record as listed, with its words."""
        raise NotImplementedError

    def show_current(self) -> None:
        """Show the chosen record in the fields, and enable what applies to it."""
        raise NotImplementedError

    def guard_adding(self, field: QLineEdit, add_button: QPushButton) -> None:
        """Keep ``add_button`` greyed while ``field`` is empty or still shows the chosen record untouched: the
        second press of a double click on Add came once the first had chosen the record added, and was refused
        as a duplicate of it right under the first one's success."""
        self._name_field, self._add_button, self._chosen_text = field, add_button, ""
        # The dialog opens on the empty name field, nothing chosen. On the list, the first record was chosen by
        # the focus alone: its name filled the field (typing went after it) and its kind was the new record's
        # (a time category added at once was of profession hours, the kind of « Métier »).
        field.setFocus()
        field.textChanged.connect(self._allow_adding)
        self.records.currentItemChanged.connect(self._chosen_shown)  # after show_current has filled the field
        self._allow_adding()

    def _chosen_shown(self) -> None:
        self._chosen_text = self._name_field.text() if self.current() is not None else ""
        self._allow_adding()

    def _allow_adding(self) -> None:
        text = self._name_field.text()
        self._add_button.setEnabled(bool(text.strip()) and text != self._chosen_text)

    def add_close_button(self, layout: QFormLayout | QBoxLayout) -> None:
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        add_rows(layout, self.error, close)

    def reload(self, chosen: int | None = None) -> None:
        self.records.clear()
        for text, record in self.rows():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record)
            self.records.addItem(item)
            if record.id == chosen:
                self.records.setCurrentItem(item)

    def current(self) -> Any:
        """The chosen record, or None."""
        item = self.records.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def change(self, action: Callable[[], Any]) -> None:
        """Call the service with ``action``; the record it returns is chosen in the list shown again. Refused
        because the record changed meanwhile (at another workstation) or is gone, the list is shown as it is now,
        the record chosen again and what was typed in the name field kept."""
        try:
            changed = action()
        except CercleError as error:
            if isinstance(error, StaleEdit | NotFound):
                self._reload_keeping_typing()
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.reload(changed.id)

    def _reload_keeping_typing(self) -> None:
        chosen, field = self.current(), getattr(self, "_name_field", None)
        typed = field.text() if field is not None else None
        self.reload(chosen.id if chosen is not None else None)
        if field is not None and typed is not None:
            field.setText(typed)


def add_rows(layout: QFormLayout | QBoxLayout, *widgets: QWidget) -> None:
    """``widgets`` one under the other at the end of ``layout``, each as wide as the layout."""
    for widget in widgets:
        if isinstance(layout, QFormLayout):
            layout.addRow(widget)
        else:
            layout.addWidget(widget)
