"""The activity report (bilan d'activité) for funders: ODT and A4 PDF with charts, or CSV (Cercle's dialect).

``cercle report activity`` and the Workshops page's dialog both call :func:`export_activity`. The figures
come from ``app.services.activity`` once; the charts are drawn by QtCharts off screen into pictures that
the PDF and the ODT both hold. Counts only: never a participant's name.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QDate, QIODevice, QLocale, QRectF, QSizeF, Qt

from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.meetings import MEETING_KIND_LABELS
from app.domain.people import ROLE_LABELS, PersonRole
from app.exports.csv_dialect import Cell, write_csv
from app.exports.document import (
    Block,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
    write_document_pdf,
    write_odt,
)
from app.services import centre
from app.services.activity import ActivityReport, Count, CycleLine, PartnerLine, WorkshopLine, activity_report
from app.services.context import Context

if TYPE_CHECKING:  # Qt Widgets is loaded only to draw the charts
    from PySide6.QtWidgets import QApplication

FORMATS = ("odt", "pdf", "csv")
CONTEXT = "ActivityReport"
CHART_SIZE = (1600, 800)  # pixels: sharp at the width of an A4 page's text

TITLE_YEAR = QT_TRANSLATE_NOOP("ActivityReport", "Activity report {year}")
TITLE_PERIOD = QT_TRANSLATE_NOOP("ActivityReport", "Activity report from {first} to {last}")
THEME_TITLE = QT_TRANSLATE_NOOP("ActivityReport", "Theme “{name}”")
PARTNER_TITLE = QT_TRANSLATE_NOOP("ActivityReport", "Partner “{name}”")
COUNTED_UNTIL = QT_TRANSLATE_NOOP(
    "ActivityReport", "Counted up to {day}: the days after it have not happened yet.")
PEOPLE_NOTE = QT_TRANSLATE_NOOP(
    "ActivityReport", "“Different people” counts each person once a year on each line, even after their name "
    "was erased under the retention rule; a person who came to two themes counts in each.")
PEOPLE_UNKNOWN = QT_TRANSLATE_NOOP(
    "ActivityReport", "“—”: the different people of this line cannot be counted for good: over part of a year, "
    "some were erased under the retention rule; over a whole year, its sessions are only some of a workshop's "
    "(its theme or its partners changed during the year).")
PARTNER_PEOPLE = QT_TRANSLATE_NOOP(
    "ActivityReport", "On a partner's line, each person who came to the sessions done with it counts once, "
    "whatever the workshop; a line made of several whole workshops adds up the different people of each.")
PRODUCED = QT_TRANSLATE_NOOP("ActivityReport", "Produced by Cercle on {day}.")
NO_THEME = QT_TRANSLATE_NOOP("ActivityReport", "Without a theme")
NO_CATEGORY = QT_TRANSLATE_NOOP("ActivityReport", "Without a category")
NOTHING = QT_TRANSLATE_NOOP("ActivityReport", "Nothing in this period.")
TOTAL = QT_TRANSLATE_NOOP("ActivityReport", "Total")

WORKSHOPS = QT_TRANSLATE_NOOP("ActivityReport", "Workshops")
BY_THEME = QT_TRANSLATE_NOOP("ActivityReport", "By theme")
BY_PARTNER = QT_TRANSLATE_NOOP("ActivityReport", "With partners")
BY_WORKSHOP = QT_TRANSLATE_NOOP("ActivityReport", "By workshop")
CYCLES = QT_TRANSLATE_NOOP("ActivityReport", "Cycles")
CYCLES_NOTE = QT_TRANSLATE_NOOP(
    "ActivityReport", "A cycle is a closed group enrolled once for all its sessions. It is counted over its whole "
    "course up to the last day counted; “completed”: the people still there at its last session, once it is over.")
RECEPTION = QT_TRANSLATE_NOOP("ActivityReport", "Reception")
SELF_MANAGEMENT = QT_TRANSLATE_NOOP("ActivityReport", "The team's self-management hours")
MEETINGS = QT_TRANSLATE_NOOP("ActivityReport", "Meetings held")
DECISIONS = QT_TRANSLATE_NOOP("ActivityReport", "Decisions adopted")
PARTNERS = QT_TRANSLATE_NOOP("ActivityReport", "Partners")
INVOLVED = QT_TRANSLATE_NOOP("ActivityReport", "Inhabitants and partners involved")
ROLE = QT_TRANSLATE_NOOP("ActivityReport", "Role")

THEME = QT_TRANSLATE_NOOP("ActivityReport", "Theme")
PARTNER = QT_TRANSLATE_NOOP("ActivityReport", "Partner")
WORKSHOP = QT_TRANSLATE_NOOP("ActivityReport", "Workshop")
WITH_WORKSHOPS = QT_TRANSLATE_NOOP("ActivityReport", "Workshops done together")
SESSIONS_HELD = QT_TRANSLATE_NOOP("ActivityReport", "Sessions held")
ATTENDANCES = QT_TRANSLATE_NOOP("ActivityReport", "Attendances")
PEOPLE = QT_TRANSLATE_NOOP("ActivityReport", "Different people")
CANCELLED = QT_TRANSLATE_NOOP("ActivityReport", "Sessions cancelled")
CYCLE = QT_TRANSLATE_NOOP("ActivityReport", "Cycle")
CYCLE_DATES = QT_TRANSLATE_NOOP("ActivityReport", "{name}, {first} – {last}")
FIRST_SESSION = QT_TRANSLATE_NOOP("ActivityReport", "First session")
LAST_SESSION = QT_TRANSLATE_NOOP("ActivityReport", "Last session")
ENROLLED = QT_TRANSLATE_NOOP("ActivityReport", "Enrolled")
COMPLETED = QT_TRANSLATE_NOOP("ActivityReport", "Completed")
DROPPED_OUT = QT_TRANSLATE_NOOP("ActivityReport", "Dropped out")
WAITING = QT_TRANSLATE_NOOP("ActivityReport", "Waiting list")
ATTENDANCE_RATE = QT_TRANSLATE_NOOP("ActivityReport", "Attendance")
HOURS_OPEN = QT_TRANSLATE_NOOP("ActivityReport", "Hours open")
SEATS = QT_TRANSLATE_NOOP("ActivityReport", "Seats to hold")
SEATS_FILLED = QT_TRANSLATE_NOOP("ActivityReport", "Seats held")
SHARE_FILLED = QT_TRANSLATE_NOOP("ActivityReport", "Share of seats held")
CATEGORY = QT_TRANSLATE_NOOP("ActivityReport", "Category")
HOURS = QT_TRANSLATE_NOOP("ActivityReport", "Hours")
KIND = QT_TRANSLATE_NOOP("ActivityReport", "Kind")
NUMBER = QT_TRANSLATE_NOOP("ActivityReport", "Number")
SECTION = QT_TRANSLATE_NOOP("ActivityReport", "Section")
ITEM = QT_TRANSLATE_NOOP("ActivityReport", "Item")
MEASURE = QT_TRANSLATE_NOOP("ActivityReport", "Measure")
VALUE = QT_TRANSLATE_NOOP("ActivityReport", "Value")
MEETINGS_WITH = QT_TRANSLATE_NOOP("ActivityReport", "Meetings held together")
MEETINGS_OF_KIND = QT_TRANSLATE_NOOP("ActivityReport", "Meetings held: {kind}")
TEAM_HOURS = QT_TRANSLATE_NOOP("ActivityReport", "Team hours at these meetings")
TEAM_HOURS_HEADER = QT_TRANSLATE_NOOP("ActivityReport", "Team hours")  # the note above the table says which
KIND_COUNT = QT_TRANSLATE_NOOP("ActivityReport", "{kind}: {count}")
PARTNERS_NOTE = QT_TRANSLATE_NOOP(
    "ActivityReport", "The meetings held where the partner was present, and the time credited to the team members "
    "present at them (a meeting with two partners counts for each); the workshops done with it and their sessions "
    "held.")
MONTH = QT_TRANSLATE_NOOP("ActivityReport", "Attendances by month")
MONTH_CAPTION = QT_TRANSLATE_NOOP("ActivityReport", "Attendances at the workshops, month by month.")
HOURS_CAPTION = QT_TRANSLATE_NOOP("ActivityReport", "Self-management hours of the team, by category.")


def tr(marked: str) -> str:
    return QCoreApplication.translate(CONTEXT, marked)


def _short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def _number(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"))


def _reader_hours(minutes: int) -> str:
    return QLocale().toString(minutes / 60, "f", 1)


def _percent(share: float | None) -> str:
    return "—" if share is None else QLocale().toString(100 * share, "f", 0) + "\u00a0%"


def theme_label(label: str) -> str:
    return label or tr(NO_THEME)


def kind_label(kind: str) -> str:
    known = {k.value: v for k, v in MEETING_KIND_LABELS.items()}
    return QCoreApplication.translate("MeetingKinds", known[kind]) if kind in known else kind


def role_label(role: str) -> str:
    return QCoreApplication.translate("People", ROLE_LABELS[PersonRole(role)])


def category_label(label: str) -> str:
    return QCoreApplication.translate("Categories", label)


def decision_category(label: str) -> str:
    return label or tr(NO_CATEGORY)


def report_title(report: ActivityReport) -> str:
    first, last = report.first_day, report.last_day
    if report.whole_years and first.year == last.year:
        return tr(TITLE_YEAR).format(year=first.year)
    return tr(TITLE_PERIOD).format(first=_short_date(first), last=_short_date(last))


def action_title(report: ActivityReport) -> str:
    if report.action is None:
        return ""
    return tr(THEME_TITLE if report.action.kind == "theme" else PARTNER_TITLE).format(name=report.action.name)


# --- the lines, shared by the document and the CSV ------------------------------------------------


WORKSHOP_MEASURES = (SESSIONS_HELD, ATTENDANCES, PEOPLE, CANCELLED)


def _measures(line: WorkshopLine) -> tuple[int | None, ...]:
    return (line.sessions_held, line.attendances, line.unique_participants, line.cancelled)


def _workshop_sections(report: ActivityReport) -> list[tuple[str, str, list[WorkshopLine], bool]]:
    """(section, first column, lines, with a total) of the workshops' tables."""
    sections = [(BY_THEME, THEME, [_named_theme(line) for line in report.by_theme], True)]
    if report.action is None or report.action.kind == "theme":
        sections.append((BY_PARTNER, PARTNER, list(report.by_partner), False))
    sections.append((BY_WORKSHOP, WORKSHOP, list(report.by_workshop), False))
    return sections


def _named_theme(line: WorkshopLine) -> WorkshopLine:
    return replace(line, label=theme_label(line.label))


CYCLE_MEASURES = (SESSIONS_HELD, ENROLLED, COMPLETED, DROPPED_OUT, WAITING)


def _cycle_measures(line: CycleLine) -> tuple[int | None, ...]:
    return (line.sessions_held, line.enrolled, line.completed, line.dropped_out, line.waiting)


def _rate(share: float | None) -> Decimal | None:
    return None if share is None else Decimal(str(round(100 * share, 1)))


def _centre_counts(report: ActivityReport) -> list[tuple[str, str, list[tuple[str, str, Cell]]]]:
    """(section, first column, [(label, shown, CSV value)]) of the centre's counts (none for an action)."""
    sections: list[tuple[str, str, list[tuple[str, str, Cell]]]] = []
    if report.self_management is not None:
        sections.append((SELF_MANAGEMENT, CATEGORY, [
            (category_label(c.label), _reader_hours(c.value), _hours(c.value)) for c in report.self_management]))
    if report.meetings is not None:
        sections.append((MEETINGS, KIND, [(kind_label(c.label), _number(c.value), c.value)
                                          for c in report.meetings]))
    if report.decisions is not None:
        sections.append((DECISIONS, CATEGORY, [(decision_category(c.label), _number(c.value), c.value)
                                               for c in report.decisions]))
    if report.involved is not None:
        sections.append((INVOLVED, ROLE, [(role_label(c.label), _number(c.value), c.value)
                                          for c in report.involved]))
    return sections


# --- CSV ------------------------------------------------------------------------------------------


def report_rows(report: ActivityReport) -> list[list[Cell]]:
    """One figure a line (section; item; measure; value): a spreadsheet sorts and pivots it as it likes."""
    rows: list[list[Cell]] = [[tr(SECTION), tr(ITEM), tr(MEASURE), tr(VALUE)]]
    for section, _column, lines, with_total in _workshop_sections(report):
        shown = [*lines, report.total] if with_total else lines
        for line in shown:
            label = tr(TOTAL) if line is report.total else line.label
            rows += [[tr(section), label, tr(measure), value]
                     for measure, value in zip(WORKSHOP_MEASURES, _measures(line))]
    rows += [[tr(MONTH), month, tr(ATTENDANCES), count]
             for month, count in report.attendances_by_month]
    for cycle in report.cycles:
        rows += [[tr(CYCLES), cycle.label, tr(FIRST_SESSION), cycle.first_session],
                 [tr(CYCLES), cycle.label, tr(LAST_SESSION), cycle.last_session]]
        rows += [[tr(CYCLES), cycle.label, tr(measure), value]
                 for measure, value in zip(CYCLE_MEASURES, _cycle_measures(cycle))]
        rows.append([tr(CYCLES), cycle.label, tr(ATTENDANCE_RATE), _rate(cycle.attendance_rate)])
    if report.reception is not None:
        reception = report.reception
        share = None if reception.share_filled is None else Decimal(
            str(round(100 * reception.share_filled, 1)))
        rows += [[tr(RECEPTION), "", tr(measure), value] for measure, value in (
            (HOURS_OPEN, _hours(reception.minutes_open)), (SEATS, reception.seats),
            (SEATS_FILLED, reception.seats_filled), (SHARE_FILLED, share))]
    for section, _column, counts in _centre_counts(report):
        measure = HOURS if section == SELF_MANAGEMENT else NUMBER
        rows += [[tr(section), label, tr(measure), value] for label, _shown, value in counts]
    for partner in report.partners or ():
        rows += [[tr(PARTNERS), partner.name, measure, value] for measure, value in _partner_figures(partner)]
    return rows


def _partner_figures(line: PartnerLine) -> list[tuple[str, Cell]]:
    """(measure, value) of a partner's line in the CSV: meetings by kind, the team's hours, sessions held."""
    figures: list[tuple[str, Cell]] = [(tr(MEETINGS_OF_KIND).format(kind=kind_label(c.label)), c.value)
                                       for c in line.meetings]
    figures.append((tr(TEAM_HOURS), _hours(line.team_minutes)))
    figures.append((tr(SESSIONS_HELD), line.workshops.sessions_held if line.workshops else 0))
    return figures


# --- charts ---------------------------------------------------------------------------------------


def ensure_widgets_application() -> "QApplication | None":
    """QtCharts draws with Qt Widgets: a QApplication (off screen for a command), made before any other."""
    import os
    import sys

    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if existing is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get(
                "WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QApplication([sys.argv[0]])
    if not isinstance(existing, QApplication):  # QtCharts would crash the process
        raise TypeError("the charts need a QApplication: call ensure_widgets_application() first")
    return existing


def bar_chart(labels: Sequence[str], values: Sequence[float], caption: str, *, horizontal: bool = False,
              title: str = "") -> Figure:
    """A bar chart of ``values`` drawn off screen by QtCharts, as a Figure; its ``title`` is drawn in the
    picture, so that a page break never parts them."""
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSeries,
        QBarSet,
        QChart,
        QHorizontalBarSeries,
        QValueAxis,
    )
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QGraphicsScene

    ensure_widgets_application()
    chart = QChart()
    font = QFont(chart.font())
    font.setPointSizeF(26)  # the picture is shrunk to a third in the page
    bars = QBarSet(caption)
    bars.append([float(value) for value in values])
    bars.setColor(QColor("#3b6ea5"))
    bars.setLabelColor(QColor("#202020"))
    bars.setLabelFont(font)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    chart.legend().hide()
    if title:
        heading = QFont(font)
        heading.setPointSizeF(32)
        heading.setBold(True)
        chart.setTitleFont(heading)
        chart.setTitle(title)
    chart.setBackgroundVisible(False)
    categories, scale = QBarCategoryAxis(), QValueAxis()
    categories.append(list(labels))
    scale.setRange(0, max([*values, 1]) * 1.15)
    scale.applyNiceNumbers()
    scale.setLabelFormat("%d")
    for axis in (categories, scale):
        axis.setLabelsFont(font)
    if not horizontal and len(labels) > 6:  # twelve months side by side: each label in its slot
        smaller = QFont(font)
        smaller.setPointSizeF(20)
        categories.setLabelsFont(smaller)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(scale)
    width, height = CHART_SIZE
    chart.resize(QSizeF(width, height))
    scene = QGraphicsScene()
    scene.addItem(chart)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes only str
    scene.removeItem(chart)
    return Figure(bytes(buffer.data().data()), CHART_SIZE, caption, width=0.9)


def _month_label(month: date, with_year: bool) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yy" if with_year else "MMM")


def month_chart(report: ActivityReport) -> Figure | None:
    months = report.attendances_by_month
    if not any(count for _month, count in months):
        return None
    with_year = months[0][0].year != months[-1][0].year
    return bar_chart([_month_label(m, with_year) for m, _c in months], [c for _m, c in months],
                     tr(MONTH_CAPTION), title=tr(MONTH))


def hours_chart(counts: Sequence[Count]) -> Figure | None:
    shown = [c for c in counts if c.value]
    if not shown:
        return None
    return bar_chart([category_label(c.label) for c in reversed(shown)],
                     [round(c.value / 60) for c in reversed(shown)], tr(HOURS_CAPTION), horizontal=True)


# --- the document ---------------------------------------------------------------------------------


def _workshop_table(column: str, lines: list[WorkshopLine], total: WorkshopLine | None,
                    details: str = "") -> Table:
    header = (tr(column), *([tr(details)] if details else []), *map(tr, WORKSHOP_MEASURES))

    def cells(line: WorkshopLine, label: str) -> tuple[str, ...]:
        extra = (", ".join(line.details),) if details else ()
        return (label, *extra, *map(_number, _measures(line)))

    widths = (5, *([5] if details else []), *[3] * len(WORKSHOP_MEASURES))  # the ODT's: names wider
    return Table(header=header, rows=[cells(line, line.label) for line in lines], widths=widths,
                 total=cells(total, tr(TOTAL)) if total else ())


def _notes(report: ActivityReport) -> list[Block]:
    notes = [tr(PEOPLE_NOTE)]
    if (report.action is not None and report.action.kind == "partner") or report.by_partner:
        notes.append(tr(PARTNER_PEOPLE))
    every = [*report.by_theme, *report.by_partner, *report.by_workshop, report.total]
    if any(line.unique_participants is None for line in every):
        notes.append(tr(PEOPLE_UNKNOWN))
    if report.counted_until < report.last_day:
        notes.insert(0, tr(COUNTED_UNTIL).format(day=_short_date(report.counted_until)))
    return [Paragraph(note, emphasis=True) for note in notes]


def _workshop_blocks(report: ActivityReport) -> list[Block]:
    blocks: list[Block] = [Heading(tr(WORKSHOPS))]
    if not report.total.sessions_held and not report.total.cancelled:
        return [*blocks, Paragraph(tr(NOTHING))]
    for section, column, lines, with_total in _workshop_sections(report):
        if not lines:
            continue
        details = {PARTNER: WITH_WORKSHOPS, WORKSHOP: THEME}.get(column, "")
        if column == WORKSHOP:
            lines = [_with_theme(line) for line in lines]
        blocks += [Heading(tr(section), 2), _workshop_table(column, lines, report.total if with_total else None,
                                                            details)]
    chart = month_chart(report)
    if chart:
        blocks.append(chart)
    return blocks


def _with_theme(line: WorkshopLine) -> WorkshopLine:
    return replace(line, details=tuple(theme_label(d) for d in line.details) or (theme_label(""),))


def _cycle_blocks(report: ActivityReport) -> list[Block]:
    if not report.cycles:
        return []
    header = (tr(CYCLE), *map(tr, CYCLE_MEASURES), tr(ATTENDANCE_RATE))
    rows = [(tr(CYCLE_DATES).format(name=cycle.label, first=_short_date(cycle.first_session),
                                    last=_short_date(cycle.last_session)),
             *map(_number, _cycle_measures(cycle)), _percent(cycle.attendance_rate))
            for cycle in report.cycles]
    return [Heading(tr(CYCLES), 2), Paragraph(tr(CYCLES_NOTE), emphasis=True),
            Table(header=header, rows=rows, widths=(6, *[3] * (len(CYCLE_MEASURES) + 1)))]


def _centre_blocks(report: ActivityReport) -> list[Block]:
    blocks: list[Block] = []
    if report.reception is not None:
        reception = report.reception
        blocks += [Heading(tr(RECEPTION)), Table(
            header=(tr(HOURS_OPEN), tr(SEATS), tr(SEATS_FILLED), tr(SHARE_FILLED)),
            rows=[(_reader_hours(reception.minutes_open), _number(reception.seats),
                   _number(reception.seats_filled), _percent(reception.share_filled))])]
    for section, column, counts in _centre_counts(report):
        blocks.append(Heading(tr(section)))
        if not counts:
            blocks.append(Paragraph(tr(NOTHING)))
            continue
        measure = HOURS if section == SELF_MANAGEMENT else NUMBER
        blocks.append(Table(header=(tr(column), tr(measure)), rows=[(label, shown) for label, shown, _v in counts]))
        if section == SELF_MANAGEMENT and report.self_management and (chart := hours_chart(report.self_management)):
            blocks.append(chart)
    return blocks


def _partner_blocks(report: ActivityReport) -> list[Block]:
    """Per partner organisation: the meetings held with it by kind, the team's hours there, the workshops."""
    if report.partners is None:
        return []
    blocks: list[Block] = [Heading(tr(PARTNERS))]
    if not report.partners:
        return [*blocks, Paragraph(tr(NOTHING))]

    def cells(line: PartnerLine) -> tuple[str, ...]:
        kinds = "\n".join(tr(KIND_COUNT).format(kind=kind_label(c.label), count=_number(c.value))
                          for c in line.meetings) or "—"
        workshops = line.workshops
        return (line.name, kinds, _reader_hours(line.team_minutes), ", ".join(workshops.details) if workshops else "—",
                _number(workshops.sessions_held if workshops else 0))  # figures stay numbers: right-aligned

    header = (tr(PARTNER), tr(MEETINGS_WITH), tr(TEAM_HOURS_HEADER), tr(WITH_WORKSHOPS), tr(SESSIONS_HELD))
    return [*blocks, Paragraph(tr(PARTNERS_NOTE), emphasis=True),
            Table(header=header, rows=[cells(line) for line in report.partners], widths=(4, 5, 3, 5, 3))]


def report_document(report: ActivityReport, centre_name: str, produced: date) -> Document:
    return Document(
        title=report_title(report),
        subtitle=action_title(report),
        organisation=centre_name,
        blocks=[*_notes(report), *_workshop_blocks(report), *_cycle_blocks(report), *_partner_blocks(report),
                *_centre_blocks(report),
                Paragraph(tr(PRODUCED).format(day=_short_date(produced)))],
    )


def export_activity(ctx: Context, path: Path, fmt: str, first: date, last: date, *, theme: str | None = None,
                    partner: str | None = None) -> Path:
    """Write the activity report from ``first`` to ``last`` (of one theme or partner if given) in ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    report = activity_report(ctx, first, last, theme=theme, partner=partner)
    if fmt == "csv":
        return write_csv(Path(path), report_rows(report))
    found = centre.get_centre(ctx)
    document = report_document(report, found.name if found else "", ctx.today())
    if fmt == "pdf":
        return write_document_pdf(Path(path), document)
    return write_odt(Path(path), document)
