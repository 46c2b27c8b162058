"""The decision register as a document (ODT, PDF) or a spreadsheet (CSV).

``cercle decisions export --format odt|pdf|csv --output FILE`` and the Register tab both call
:func:`export_register`.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.kept_years import local_moment
from app.exports.csv_dialect import write_csv
from app.exports.decision_labels import (  # noqa: F401 - also named here
    OUTCOME_LABELS,
    STANCE_LABELS,
    STATUS_LABELS,
    outcome_label,
    stance_label,
    status_label,
    translated,
)
from app.exports.document import Document, Heading, Paragraph, to_html, write_document_pdf, write_odt
from app.services import centre, decisions
from app.services.context import Context
from app.services.decisions import EVERY_DECISION, RegisterEntry, RegisterFilter

FORMATS = ("odt", "pdf", "csv")


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
                local_moment(entry.closed_at, ctx.timezone).date(),
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
        day = long_date(local_moment(entry.closed_at, ctx.timezone).date())
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


def export_register(ctx: Context, path: Path, fmt: str, query: RegisterFilter = EVERY_DECISION) -> Path:
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
