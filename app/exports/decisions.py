"""The decision register as a document (ODT, PDF) or a spreadsheet (CSV); words for statuses and stances.

``cercle decisions export --format odt|pdf|csv --output FILE`` and the Register tab both call
:func:`export_register`.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.consensus import Outcome, ProposalStatus, Stance
from app.domain.errors import QT_TRANSLATE_NOOP
from app.exports.csv_dialect import write_csv
from app.exports.document import Document, Heading, Paragraph, to_html, write_document_pdf, write_odt
from app.services import centre, decisions
from app.services.context import Context
from app.services.decisions import RegisterEntry, RegisterFilter

FORMATS = ("odt", "pdf", "csv")
CONTEXT = "Decisions"

STATUS_LABELS = {
    ProposalStatus.DRAFT: QT_TRANSLATE_NOOP("Decisions", "Draft"),
    ProposalStatus.SEEKING_ENDORSEMENT: QT_TRANSLATE_NOOP("Decisions", "Seeking endorsement"),
    ProposalStatus.OPEN: QT_TRANSLATE_NOOP("Decisions", "Open"),
    ProposalStatus.ADOPTED: QT_TRANSLATE_NOOP("Decisions", "Adopted"),
    ProposalStatus.NOT_ADOPTED: QT_TRANSLATE_NOOP("Decisions", "Not adopted"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Decisions", "Withdrawn"),
}
OUTCOME_LABELS = {
    Outcome.ADOPTED: QT_TRANSLATE_NOOP("Decisions", "adopted"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("Decisions", "blocked"),
    Outcome.NO_QUORUM: QT_TRANSLATE_NOOP("Decisions", "not enough positions (no quorum)"),
}
STANCE_LABELS = {
    Stance.AGREE: QT_TRANSLATE_NOOP("Decisions", "Agree"),
    Stance.STAND_ASIDE: QT_TRANSLATE_NOOP("Decisions", "Stand aside"),
    Stance.ABSTAIN: QT_TRANSLATE_NOOP("Decisions", "Abstain"),
    Stance.BLOCK: QT_TRANSLATE_NOOP("Decisions", "Block"),
}


def translated(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Decisions", ...), in the reader's language."""
    return QCoreApplication.translate(CONTEXT, marked)


def status_label(status: ProposalStatus) -> str:
    return translated(STATUS_LABELS[status])


def outcome_label(outcome: Outcome | None) -> str:
    return translated(OUTCOME_LABELS[outcome]) if outcome else ""


def stance_label(stance: Stance) -> str:
    return translated(STANCE_LABELS[stance])


def long_date(day: date) -> str:
    """lundi 23 novembre 2026: in the reader's language (QLocale's default, set by the language chosen)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def register_rows(ctx: Context, entries: list[RegisterEntry]) -> list[list]:
    """The header and one line per decision: days, counts and versions typed for the spreadsheet."""
    translate = QCoreApplication.translate
    rows: list[list] = [
        [
            translate("Decisions", "Closed on"),
            translate("Decisions", "Title"),
            translate("Decisions", "Category"),
            translate("Decisions", "Outcome"),
            translate("Decisions", "Version"),
            translate("Decisions", "Text"),
            translate("Decisions", "Statement"),
            translate("Decisions", "Agree"),
            translate("Decisions", "Stand aside"),
            translate("Decisions", "Abstain"),
            translate("Decisions", "Block"),
            translate("Decisions", "Review on"),
        ]
    ]
    for entry in entries:
        rows.append(
            [
                entry.closed_at.astimezone(ctx.timezone).date(),
                entry.title,
                entry.category,
                outcome_label(entry.outcome),
                entry.version,
                entry.text,
                entry.outcome_statement,
                entry.agree,
                entry.stand_aside,
                entry.abstain,
                entry.block,
                entry.review_date,
            ]
        )
    return rows


def register_document(ctx: Context, entries: list[RegisterEntry]) -> Document:
    """The register as a document: one section per decision, newest first."""
    translate = QCoreApplication.translate
    blocks: list = []
    if not entries:
        blocks.append(Paragraph(translate("Decisions", "No decision matches.")))
    for entry in entries:
        day = long_date(entry.closed_at.astimezone(ctx.timezone).date())
        blocks.append(Heading(entry.title, 1))
        heading = translate("Decisions", "{day}: {outcome} (version {version})").format(
            day=day, outcome=outcome_label(entry.outcome), version=entry.version
        )
        blocks.append(Paragraph(heading, strong=True))
        if entry.category:
            category = translate("Decisions", "Category: {category}").format(category=entry.category)
            blocks.append(Paragraph(category))
        blocks.append(Paragraph(entry.text))
        if entry.outcome_statement:
            blocks.append(Paragraph(entry.outcome_statement, emphasis=True))
        counts = translate(
            "Decisions", "Agree {agree} · stand aside {stand_aside} · abstain {abstain} · block {block}"
        )
        blocks.append(
            Paragraph(
                counts.format(
                    agree=entry.agree,
                    stand_aside=entry.stand_aside,
                    abstain=entry.abstain,
                    block=entry.block,
                )
            )
        )
        if entry.review_date:
            review = translate("Decisions", "To be reviewed on {day}.").format(
                day=long_date(entry.review_date)
            )
            blocks.append(Paragraph(review))
    found = centre.get_centre(ctx)
    return Document(
        title=translate("Decisions", "Register of decisions"),
        blocks=blocks,
        organisation=found.name if found else "",
    )


def register_html(ctx: Context, entries: list[RegisterEntry]) -> str:
    return to_html(register_document(ctx, entries))


def export_register(ctx: Context, path: Path, fmt: str, query: RegisterFilter = RegisterFilter()) -> Path:
    """Write the register (filtered by ``query``) to ``path`` in ``fmt``, replacing any earlier file whole."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    entries = decisions.register(ctx, query)
    if fmt == "csv":
        return write_csv(path, register_rows(ctx, entries))
    document = register_document(ctx, entries)
    if fmt == "pdf":
        return write_document_pdf(path, document)
    return write_odt(path, document)
