"""The hours report of the team over a period: CSV for a spreadsheet set to French, PDF (A4) for a funder.

The report is built from ``hours.team_view``, the very numbers of the Team tab, so the two agree to
the minute. ``cercle hours report`` and the Hours page both call :func:`export_report`.
"""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.clock_time import CREDIT_RULE
from app.domain.errors import QT_TRANSLATE_NOOP
from app.exports.csv_dialect import csv_cell, csv_text, write_csv
from app.services import centre, hours
from app.services.context import Context
from app.services.hours import TeamRow, TeamView

if TYPE_CHECKING:
    from app.exports.document import Document

FORMATS = ("csv", "pdf")


def translated(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("HoursReport", ...), in the reader's language."""
    return QCoreApplication.translate("HoursReport", marked)


def category_label(category: hours.CategoryView) -> str:
    """A category's name in the reader's language (the seeded ones are translated, others shown as typed)."""
    return QCoreApplication.translate("Categories", category.label)


def hours_value(minutes: int) -> Decimal:
    """90 → 1.50: decimal hours, two decimals (exact enough to give back the minute)."""
    return (Decimal(minutes) / 60).quantize(Decimal("0.01"))


def decimal_hours(minutes: int) -> str:
    """90 → "1,50": hours as the CSV writes them, with a decimal comma."""
    return csv_cell(hours_value(minutes))


def reader_hours(minutes: int) -> str:
    """Decimal hours as the reader writes them, for the PDF: « 1,50 » in French, "1.50" in English."""
    return QLocale().toString(minutes / 60, "f", 2)


def _short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def reported_categories(view: TeamView) -> list[hours.CategoryView]:
    """The active categories and any retired one that holds hours in the period."""
    return [c for c in view.categories if c.active or view.category_total(c.id)]


MEMBER = QT_TRANSLATE_NOOP("HoursReport", "Member")
TOTAL = QT_TRANSLATE_NOOP("HoursReport", "Total")
TITLE = QT_TRANSLATE_NOOP("HoursReport", "Hours from {first} to {last}")
EXPLANATION = QT_TRANSLATE_NOOP(
    "HoursReport", "In decimal hours. The targets follow each contract from the member's first day, reduced "
    "for absences and public holidays; the weeks at the edges of the period count only their days inside it."
)
COUNTED_UNTIL = QT_TRANSLATE_NOOP(
    "HoursReport", "Counted up to {day}: the days after it have not happened yet, nothing is owed or done for them."
)
PRODUCED = QT_TRANSLATE_NOOP("HoursReport", "Produced by Cercle on {day}.")
VALIDATION = QT_TRANSLATE_NOOP("HoursReport", "Validated by the team on: ____________________   Signatures:")
# (header, TeamRow total) of the columns every report has, before the self-management categories.
TOTAL_COLUMNS = (
    (QT_TRANSLATE_NOOP("HoursReport", "Profession target"), "target_profession"),
    (QT_TRANSLATE_NOOP("HoursReport", "Profession done"), "done_profession"),
    (QT_TRANSLATE_NOOP("HoursReport", "Profession gap"), "gap_profession"),
    (QT_TRANSLATE_NOOP("HoursReport", "Self-management target"), "target_self_management"),
    (QT_TRANSLATE_NOOP("HoursReport", "Self-management done"), "done_self_management"),
    (QT_TRANSLATE_NOOP("HoursReport", "Self-management gap"), "gap_self_management"),
)


def report_columns(view: TeamView) -> list[tuple[str, Callable[[TeamRow], int]]]:
    """(header, minutes of a TeamRow) for every column after the member's name."""
    columns = [(translated(title), _total(attribute)) for title, attribute in TOTAL_COLUMNS]
    for category in reported_categories(view):
        if category.is_self_management:
            columns.append((category_label(category), _minutes_of(category.id)))
    return columns


def _total(attribute: str) -> Callable[[TeamRow], int]:
    return lambda row: row.total(attribute)


def _minutes_of(category_id: int) -> Callable[[TeamRow], int]:
    return lambda row: row.minutes_of(category_id)


def column_totals(view: TeamView, columns: list[tuple[str, Callable[[TeamRow], int]]]) -> list[int]:
    return [sum(value(row) for row in view.rows) for _, value in columns]


def report_rows(view: TeamView) -> list[list]:
    """The header, one line per member in decimal hours, and a total line."""
    columns = report_columns(view)
    rows: list[list] = [[translated(MEMBER)] + [title for title, _ in columns]]
    rows += [[row.name] + [hours_value(value(row)) for _, value in columns] for row in view.rows]
    rows.append([translated(TOTAL)] + [hours_value(total) for total in column_totals(view, columns)])
    return rows


def report_csv(view: TeamView) -> str:
    """The report in Cercle's CSV dialect (app.exports.csv_dialect)."""
    return csv_text(report_rows(view))


def report_title(view: TeamView) -> str:
    return translated(TITLE).format(first=_short_date(view.first_day), last=_short_date(view.last_day))


def report_notes(view: TeamView) -> list[str]:
    """What the reader must know to read the figures: units and rules, and where counting stopped."""
    notes = [translated(EXPLANATION), translated(CREDIT_RULE)]
    if view.counted_until < view.last_day:
        notes.append(translated(COUNTED_UNTIL).format(day=_short_date(view.counted_until)))
    return notes


def report_document(view: TeamView, centre_name: str, produced: date) -> "Document":
    """The centre, the period asked, the rules, a line per member and the totals, a line to validate it."""
    from app.exports.document import Document, Paragraph, Table  # the PDF's alone: a CSV needs no layout

    columns = report_columns(view)
    table = Table(
        header=(translated(MEMBER), *(title for title, _ in columns)),
        rows=[(row.name, *(reader_hours(value(row)) for _, value in columns)) for row in view.rows],
        total=(translated(TOTAL), *map(reader_hours, column_totals(view, columns))),
    )
    return Document(
        title=report_title(view),
        organisation=centre_name,
        blocks=[
            *(Paragraph(note) for note in report_notes(view)),
            table,
            Paragraph(translated(PRODUCED).format(day=_short_date(produced))),
            Paragraph("\n" + translated(VALIDATION)),
        ],
    )


def export_report(ctx: Context, path: Path, fmt: str, first_day: date, last_day: date) -> Path:
    """Write the team's hours report over the weeks from ``first_day`` to ``last_day``, in ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    view = hours.team_view(ctx, first_day, last_day)
    if fmt == "csv":
        return write_csv(path, report_rows(view))
    from app.exports.document import write_document_pdf

    found = centre.get_centre(ctx)
    document = report_document(view, found.name if found else "", ctx.today())
    return write_document_pdf(path, document, landscape=True)
