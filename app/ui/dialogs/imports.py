"""Import the team, the rooms, the partners, the people who are not staff, the reception's weekly slots or the
time categories from a spreadsheet: choose the file, see every line as it will be created or updated (and every
error, by line), then import all of it in one go."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import formatting, i18n
from app.domain import imports as rules
from app.domain.errors import CercleError
from app.domain.imports import CategoryRecord, Kind, PartnerRecord, PersonRecord, ReceptionRecord, RoomRecord
from app.domain.people import ROLE_LABELS
from app.services import imports
from app.ui import background
from app.ui.desk import run_modal
from app.ui.dialogs.base import ServiceDialog
from app.ui.models.table import Column, RowsModel
from app.ui.widgets import TableView, show_error


def category_kind(is_self_management: bool) -> str:
    """A time category's kind in a list, in the words of the file's Type column: « autogestion » or « métier »
    (the import's preview and the categories dialog say it alike)."""
    if is_self_management:
        return QCoreApplication.translate("ImportDialog", "self-management")
    return QCoreApplication.translate("ImportDialog", "profession")


class ImportDialog(ServiceDialog[imports.ImportResult]):
    """The preview of an import. Use :meth:`run`; tests build it from a preview and call :meth:`save`.

    The Import button stays disabled while the file has errors: nothing is imported by halves.
    """

    def __init__(self, ctx, preview: imports.Preview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RowsModel([
            Column(self.tr("Line"), lambda row: str(row.record.line), align_right=True),
            Column(self.tr("Action"), self._action),
            Column(self.tr("Weekly slot") if preview.kind == Kind.RECEPTION else self.tr("Name"), self._name),
            Column(self.tr("Details"), self._details, long_text=True),  # whole in its tooltip if cut
        ], self)
        self.model.set_rows(preview.rows)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lines to import"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)  # a line of the file on a line: wrapped, its end was cut by the row's height
        layout.addWidget(self.table, 1)
        self.errors = QPlainTextEdit("\n".join(i18n.message(error) for error in preview.errors))
        self.errors.setObjectName("errorLabel")
        self.errors.setReadOnly(True)
        self.errors.setAccessibleName(self.tr("Errors to correct"))
        self.errors.setMaximumHeight(160)  # the lines to import keep the room
        self.errors.setVisible(bool(preview.errors))
        layout.addWidget(self.errors)
        self.add_buttons(layout, self.tr("Import"))
        self.ok_button.setEnabled(not preview.errors and bool(preview.rows))
        self.resize(940, 520)  # a member's line whole: profession, hours, days, first day

    def _summary(self) -> str:
        if self.preview.errors:
            return self.tr("%n line(s) to correct in the file before anything can be imported; "
                           "nothing has been written.", "", len(self.preview.errors))
        return self.tr("{created} to create, {updated} to update, {same} already up to date.").format(
            created=self.preview.count(imports.CREATE), updated=self.preview.count(imports.UPDATE),
            same=self.preview.count(imports.SAME))

    def _action(self, row: imports.PlannedRow) -> str:
        return {imports.CREATE: self.tr("new"), imports.UPDATE: self.tr("update"),
                imports.SAME: self.tr("no change")}[row.action]

    @staticmethod
    def _name(row: imports.PlannedRow) -> str:
        record = row.record
        if isinstance(record, ReceptionRecord):
            return f"{formatting.weekday_name(record.weekday)} {formatting.clock(record.start)}–" \
                   f"{formatting.clock(record.end)}"
        return record.name

    def _details(self, row: imports.PlannedRow) -> str:
        record = row.record  # of the preview's kind
        new = row.action == imports.CREATE
        if isinstance(record, ReceptionRecord):  # an empty cell: a slot keeps its own seats, a new one has one
            seats = rules.DEFAULT_SEATS if record.seats is None and new else record.seats
            said = "" if seats is None else self.tr("seats: {count}").format(count=seats)
            return " · ".join(part for part in (said, record.label) if part)
        if isinstance(record, CategoryRecord):
            self_management = True if record.is_self_management is None and new else record.is_self_management
            kind = "" if self_management is None else category_kind(self_management)
            brought_back = self.tr("brought back") if "active" in row.changes else ""  # it was retired
            moved = self.tr("kind changed") if "is_self_management" in row.changes else ""
            return " · ".join(part for part in (kind, moved, brought_back) if part)
        if isinstance(record, RoomRecord):
            return self.tr("{count} people").format(count=record.capacity)
        if isinstance(record, PartnerRecord):
            return " · ".join(part for part in (record.kind, record.contact_person, record.phone, record.email)
                              if part)
        if isinstance(record, PersonRecord):
            person = record.draft
            consent = self.tr("agreed on {day}").format(day=formatting.short_date(person.consent_on)) \
                if person.consent_on else ""
            role = QCoreApplication.translate("People", ROLE_LABELS[person.role])
            return " · ".join(part for part in (role, record.partner, person.phone, person.email, consent) if part)
        draft = record.draft
        days = " ".join(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)
                        for day in sorted(draft.working_days))
        parts = [draft.profession, formatting.hours_per_week(draft.contract_minutes), days]
        if draft.start_date:
            parts.append(self.tr("from {day}").format(day=formatting.short_date(draft.start_date)))
        return " · ".join(part for part in parts if part)

    def start_saving(self) -> None:
        """Import off the GUI thread; the dialog closes once it is done, or says why nothing was imported."""
        # A copy: the desk locking meanwhile does not change who answers for the import.
        ctx, kind, records = replace(self.ctx), self.preview.kind, self.preview.records
        label = self.tr("Importing %n line(s)…", "", len(records))
        if not background.run(self, label, lambda: imports.import_records(ctx, kind, records), self.saved,
                              self.refused):
            self.saving = False  # other work runs: nothing started, OK may be pressed again

    def refused(self, error: CercleError) -> None:
        """Refused while importing (hours came to a category since the preview, say): nothing was written. Each
        line's error is listed as the preview lists its own, not only their count; the file must be corrected
        and chosen again, so the Import button stays disabled."""
        super().refused(error)
        if isinstance(error, imports.ImportRefused):
            self.errors.setPlainText("\n".join(i18n.message(problem) for problem in error.errors))
            self.errors.setVisible(True)
            self.ok_button.setEnabled(False)

    def done_message(self) -> str:
        result = self.result_view
        assert result is not None, "asked once the import is done"
        done = self.tr("{created} created, {updated} updated, {same} already up to date.").format(
            created=result.created, updated=result.updated, same=result.unchanged)
        return "\n".join([done, *(i18n.message(warning) for warning in result.warnings)])  # the seats freed

    @classmethod
    def run(cls, parent: QWidget, ctx, kind: Kind) -> imports.ImportResult | None:
        """Ask for the file, show the preview, import; says how many were created and updated."""
        title = QCoreApplication.translate("ImportDialog", "Import from a spreadsheet")
        spreadsheets = QCoreApplication.translate("ImportDialog", "Spreadsheets (*.csv *.ods *.txt)")
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", spreadsheets)
        if not path:
            return None
        preview = read_preview(parent, ctx, kind, Path(path))
        if isinstance(preview, CercleError):
            show_error(parent, title, preview)
            return None
        if preview is None:  # other work runs: nothing was read
            return None
        dialog = cls(ctx, preview, Path(path).name, parent)
        try:
            if run_modal(dialog) != QDialog.DialogCode.Accepted:
                return None
            QMessageBox.information(parent, title, dialog.done_message())
            return dialog.result_view
        finally:
            dialog.deleteLater()


def read_preview(parent: QWidget, ctx, kind: Kind, path: Path) -> imports.Preview | CercleError | None:
    """The preview of ``path``, read and checked off the GUI thread (a long file, an .ods, take seconds: the
    window paints, says what it does, and takes no click meanwhile), or why the file cannot be read; None when
    other work runs."""
    ctx = replace(ctx)  # as for the import: the desk locking meanwhile does not change whose preview it is
    loop = QEventLoop()
    outcome: list[imports.Preview | CercleError] = []

    def end(result: imports.Preview | CercleError) -> None:
        outcome.append(result)
        loop.quit()

    label = QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=path.name)
    if not background.run(parent, label, lambda: imports.preview(ctx, kind, path), end, end):
        return None
    # Until the result is delivered (by this loop); or until the work ends without one (a fault, said by the
    # failure notice), which the loop would else wait for forever.
    def ended() -> None:
        if background.current() is None:
            loop.quit()

    watch = QTimer()
    watch.timeout.connect(ended)
    watch.start(100)
    loop.exec()
    watch.stop()
    return outcome[0] if outcome else None


def help_text(kind: Kind) -> str:
    """The columns a file of ``kind`` may have, for the tooltip of an Import button."""
    texts = {
        Kind.MEMBERS: QCoreApplication.translate(
            "ImportDialog", "A .csv or .ods file with the columns Nom, Fonction, Heures, Jours (lun mar mer jeu "
            "ven), and optionally Depuis, Téléphone, Courriel."),
        Kind.ROOMS: QCoreApplication.translate(
            "ImportDialog", "A .csv or .ods file with the columns Nom and Capacité."),
        Kind.PARTNERS: QCoreApplication.translate(
            "ImportDialog", "A .csv or .ods file with the columns Nom, Type, Contact, Téléphone, Courriel."),
        Kind.PEOPLE: QCoreApplication.translate(
            "ImportDialog", "A .csv or .ods file with the columns Nom, Rôle (habitant, habitant-relais, contact "
            "partenaire), Partenaire, and, with the person's consent, Téléphone, Courriel, Accord (its date)."),
        Kind.RECEPTION: QCoreApplication.translate(
            "ImportDialog", "A .csv or .ods file with the columns Jour (lundi…), Début and Fin (08:30), and "
            "optionally Places, Libellé. A slot of the same day and times is updated from today on."),
        Kind.CATEGORIES: QCoreApplication.translate(
            "ImportDialog", "A .csv or .ods file with the column Libellé, and optionally Type (autogestion or "
            "métier)."),
    }
    return texts[kind]
