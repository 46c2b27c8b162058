"""One document model, three renderings: HTML (for the PDF), Markdown, and OpenDocument text.

An export builds a :class:`Document` once (title, headings, paragraphs, tables, bullet lists) and
renders it: :func:`to_html` feeds :func:`app.exports.documents.write_pdf`, :func:`to_markdown` gives a
plain text, :func:`write_odt` writes an ODT with odfpy that LibreOffice Writer and Word open cleanly:
real headings (outline levels, "Heading 1/2/3" styles, hence the navigator and tables of contents),
tables with a bold header row repeated on every page, an A4 page with margins and a footer
"Page N of M", the title in the metadata.
"""

import base64
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.exports.documents import (
    page_footer_template,
    text_metrics,
    text_width_points,
    write_atomically,
    write_pdf,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetricsF

FONT = "Arial"  # Word has it everywhere; LibreOffice substitutes the metric-compatible Liberation Sans
PAGE_WIDTH_CM = 21.0
PAGE_HEIGHT_CM = 29.7
MARGIN_CM = 2.0
TEXT_WIDTH_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = a section, 2 = a subsection, 3 = below; the document title is above them all


@dataclass(frozen=True)
class Paragraph:
    text: str  # line breaks are kept
    emphasis: bool = False  # italic
    strong: bool = False  # bold


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    widths: tuple[int, ...] = ()  # relative widths of the columns in the ODT; equal when empty
    total: tuple[str, ...] = ()  # a last row in bold (the totals), when not empty


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """A picture (a chart) as PNG bytes, ``width`` the share of the text's width it takes; ``caption``
    says in words what it shows (under it, and as its alternative text)."""

    png: bytes
    size: tuple[int, int]  # in pixels: the picture's proportions
    caption: str = ""
    width: float = 1.0


Block = Heading | Paragraph | Table | Bullets | Figure


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str = ""
    blocks: list[Block] = field(default_factory=list)
    organisation: str = ""  # shown above the title (the centre's name)


def page_footer_parts() -> list[str]:
    """The translated footer split around its fields: ["Page ", "{number}", " of ", "{count}", ""]."""
    return re.split(r"(\{number\}|\{count\})", page_footer_template())


# ---------------------------------------------------------------------------------------------- HTML


def _html_text(text: str) -> str:
    return "<br/>".join(html.escape(line) for line in text.splitlines()) if text else ""


@dataclass(frozen=True)
class PdfPage:
    """What the HTML is laid out for: the text's width and the print size, in points."""

    width: float = text_width_points()
    points: float = 10.5
    padding: float = 5  # a cell's padding, in points
    # A wide table's print goes down to this size, and its cells' padding to this, before its headers
    # are shortened.
    least_points: float = 8
    least_padding: float = 2.5


# The print of a document in three sizes, tried in turn to spare a last page of a few stray lines.
PRINT_SIZES = (
    PdfPage(points=10.5, padding=5),
    PdfPage(points=9.5, padding=4, least_points=7.5, least_padding=2),
    PdfPage(points=8.5, padding=3, least_points=7, least_padding=1.5),
)
ONE_LINE_SHARE = 0.3  # a column whose longest cell is narrower than this share of the page never wraps
NUMBER = re.compile(r"^[-+−]?\d+(?:[.,\u202f\u00a0]\d+)*\s?%?$")
SMALL_WORDS = frozenset(["à", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "of", "the", "and", "for", "in", "to"])


@dataclass(frozen=True)
class _Column:
    """One column's needs, in points: the least width that cuts no word (nor a one-line cell), the least
    that also keeps the header on one line, and the width that holds everything on one line."""

    least: float
    header_line: float  # the least width that also keeps the header on one line
    natural: float
    one_line: bool
    numeric: bool


@dataclass(frozen=True)
class TableLayout:
    points: float
    padding: float
    header: tuple[str, ...]
    widths: tuple[float, ...]  # percent of the text width
    one_line: tuple[bool, ...]
    numeric: tuple[bool, ...]
    legend: tuple[str, ...]  # "FI : Fonctionnement interne", for the shortened headers


def _words(text: str) -> list[str]:
    return text.split() or [""]


class _Widths:
    """Text widths in points, each measured once: a table is measured at several sizes, and its cells
    repeat the same words and numbers (an hours report measured them 35,000 times)."""

    def __init__(self) -> None:
        self.known: dict[tuple[float, bool, str], float] = {}
        self.metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def __call__(self, text: str, points: float, bold: bool = False) -> float:
        key = (points, bold, text)
        if key not in self.known:
            if (points, bold) not in self.metrics:
                self.metrics[points, bold] = text_metrics(points, bold)
            self.known[key] = self.metrics[points, bold].horizontalAdvance(text)
        return self.known[key]


def _column(table: Table, index: int, points: float, page: PdfPage, width: _Widths,
            header: str | None = None) -> _Column:
    header = table.header[index] if header is None else header
    cells = [row[index] for row in table.rows if index < len(row)]
    lines = [(False, line) for cell in cells for line in cell.splitlines()]
    if index < len(table.total):
        lines += [(True, line) for line in table.total[index].splitlines()]
    widest = max([width(line, points, bold) for bold, line in lines], default=0)
    longest_word = max([width(word, points, bold) for bold, line in lines for word in _words(line)], default=0)
    one_line = widest <= ONE_LINE_SHARE * page.width
    room = 2 * page.padding + 3  # the padding both sides, the borders, Qt's rounding
    header_word = max(width(word, points, True) for word in _words(header))
    least = max(header_word, widest if one_line else longest_word) + room
    return _Column(
        least=least,
        header_line=max(least, width(header, points, True) + room),
        natural=max(width(header, points, True), widest) + room,
        one_line=one_line,
        numeric=_figures(cells),
    )


def _figures(cells: Sequence[str]) -> bool:
    """Whether a column holds figures (aligned right, as a reader compares them), blanks aside."""
    return bool(cells) and all(NUMBER.match(cell.strip()) for cell in cells if cell.strip())


def figure_columns(table: Table) -> tuple[bool, ...]:
    return tuple(_figures([row[index] for row in table.rows if index < len(row)])
                 for index in range(len(table.header)))


def short_label(header: str) -> str:
    """A header's abbreviation: the initials of its words ("Fonctionnement interne" → "FI"), or the
    start of a single word ("Partenariats" → "Part.")."""
    words = [word for word in re.split(r"[\s'’-]+", header) if word and word.casefold() not in SMALL_WORDS]
    if len(words) > 1:
        return "".join(word[0].upper() for word in words)
    word = words[0] if words else header
    return word if len(word) <= 5 else word[:4] + "."


def _spread(columns: list[_Column], width: float) -> list[float]:
    """Widths in percent: each column its natural width when all fit, else a floor and a share of what is
    left in proportion to what it lacks. The floor keeps every header on one line when the page allows
    it ("Pour quand" over a date), else it only keeps words whole."""
    naturals = [c.natural for c in columns]
    if sum(naturals) <= width:
        return [100 * n / sum(naturals) for n in naturals]
    floors = [c.header_line for c in columns]
    if sum(floors) > width:
        floors = [c.least for c in columns]
    lacking = [n - floor for n, floor in zip(naturals, floors)]
    left = max(width - sum(floors), 0)
    shares = [floor + left * lack / (sum(lacking) or 1) for floor, lack in zip(floors, lacking)]
    return [100 * share / sum(shares) for share in shares]


def _shortened(table: Table, columns: list[_Column], points: float, page: PdfPage,
               width: _Widths) -> tuple[list, list]:
    """The headers and columns once the headers that make the table too wide are abbreviated, those that
    save the most first, until the table fits."""
    header, columns = list(table.header), list(columns)
    while sum(c.least for c in columns) > page.width:
        choices = [
            (columns[index].least - shorter.least, index, label, shorter)
            for index, label in enumerate(map(short_label, table.header))
            if header[index] == table.header[index] != label
            for shorter in [_column(table, index, points, page, width, label)]
        ]
        gain, index, label, shorter = max(choices, key=lambda choice: choice[0], default=(0, -1, "", None))
        if gain <= 0 or shorter is None:
            break
        header[index], columns[index] = label, shorter
    return header, columns


def _unique(labels: list[str], originals: tuple[str, ...]) -> list[str]:
    """Labels told apart: a second "PT" becomes "PT2"."""
    seen: dict[str, int] = {}
    result = []
    for label, original in zip(labels, originals):
        if label != original:
            seen[label] = seen.get(label, 0) + 1
            label = label if seen[label] == 1 else f"{label}{seen[label]}"
        result.append(label)
    return result


def legend_entry(label: str, header: str) -> str:
    """« FI : Fonctionnement interne », as the reader's language writes it."""
    return QCoreApplication.translate("Document", "{label}: {header}").format(label=label, header=header)


def table_layout(table: Table, page: PdfPage = PdfPage()) -> TableLayout:
    """How a table fits the page: the largest print (from the page's down to its least) at which no
    word of a header is cut and no one-line cell (a name, a number, a day) wraps; at the smallest, the
    headers that still do not fit are abbreviated and spelled out in a legend below the table."""
    points = page.points
    width = _Widths()

    def measured(points: float, page: PdfPage) -> list[_Column]:
        return [_column(table, index, points, page, width) for index in range(len(table.header))]

    def too_wide(columns: list[_Column]) -> bool:
        return sum(c.least for c in columns) > page.width

    columns = measured(points, page)
    least = replace(page, padding=page.least_padding)
    if too_wide(columns) and too_wide(least_columns := measured(page.least_points, least)):
        # too wide even in the smallest print (a wide report): no size between fits, none is measured
        points, page, columns = page.least_points, least, least_columns
    smallest = (page.least_points, page.least_padding)
    while too_wide(columns) and (points, page.padding) > smallest:
        points = max(points - 0.5, page.least_points)
        page = replace(page, padding=max(page.padding - 0.5, page.least_padding))
        columns = measured(points, page)
    header, columns = _shortened(table, columns, points, page, width)
    header = _unique(header, table.header)
    legend = tuple(legend_entry(short, full) for short, full in zip(header, table.header) if short != full)
    return TableLayout(
        points=points,
        padding=page.padding,
        header=tuple(header),
        widths=tuple(_spread(columns, page.width)),
        one_line=tuple(c.one_line for c in columns),
        numeric=tuple(c.numeric for c in columns),
        legend=legend,
    )


def _html_cell(tag: str, text: str, layout: TableLayout, index: int, bold: bool = False) -> str:
    align = "right" if layout.numeric[index] else "left"
    style = " style='white-space: nowrap'" if layout.one_line[index] and tag == "td" else ""
    content = _html_text(text)
    return f"<{tag} align='{align}'{style}>{f'<b>{content}</b>' if bold else content}</{tag}>"


def _html_table(table: Table, page: PdfPage) -> str:
    layout = table_layout(table, page)
    head = "".join(
        f"<th align='{'right' if numeric else 'left'}' width='{width:.2f}%'>{_html_text(cell)}</th>"
        for cell, width, numeric in zip(layout.header, layout.widths, layout.numeric)
    )
    rows = [*table.rows, table.total] if table.total else table.rows
    body = "".join(
        _row_start(number, row is table.total)
        + "".join(_html_cell("td", cell, layout, index, bold=row is table.total) for index, cell in enumerate(row))
        + "</tr>"
        for number, row in enumerate(rows)
    )
    legend = _html_text(" · ".join(layout.legend))
    if legend:
        legend = f"<p style='font-size: {layout.points}pt; color: #303030'>{legend}</p>"
    return (
        f"<table border='0' cellspacing='0' cellpadding='{layout.padding}' width='100%'"
        f" style='margin-top: 4px; margin-bottom: 8px; font-size: {layout.points}pt'>"
        f"<thead><tr bgcolor='{_HEADER_SHADE}'>{head}</tr></thead>{body}</table>{legend}"
    )


# A table's rows are told apart by a shade on every other one, not by rules: Qt lays out and paints ruled
# (collapsed) borders cell by cell, which took two thirds of the time of the hours report's PDF.
_HEADER_SHADE, _STRIPE_SHADE = "#d8d8d8", "#efefef"


def _row_start(number: int, total: bool) -> str:
    """The opening tag of the body's row ``number`` (from 0): the total shaded as the header, every other
    row lightly."""
    shade = _HEADER_SHADE if total else _STRIPE_SHADE if number % 2 else ""
    return f"<tr bgcolor='{shade}'>" if shade else "<tr>"


HTML_PIXELS_PER_POINT = 96 / 72  # an <img>'s width is in CSS pixels


def _html_figure(figure: Figure, page: PdfPage) -> str:
    width = round(page.width * figure.width * HTML_PIXELS_PER_POINT)
    data = base64.b64encode(figure.png).decode("ascii")
    caption = f"<p style='color: #303030'><i>{_html_text(figure.caption)}</i></p>" if figure.caption else ""
    return (f"<p align='center'><img src='data:image/png;base64,{data}' width='{width}'"
            f" alt='{html.escape(figure.caption)}'/></p>{caption}")


def to_html(doc: Document, page: PdfPage = PdfPage()) -> str:
    """The document as the HTML subset Qt renders (for :func:`app.exports.documents.write_pdf`), its
    tables laid out for ``page``."""
    scale = page.points / 10.5

    def size(points: float) -> str:
        return f"font-size: {points * scale:.1f}pt"

    parts = []
    if doc.organisation:
        parts.append(f"<p style='color: #505050; {size(10)}'>{_html_text(doc.organisation)}</p>")
    parts.append(f"<h1 style='{size(20)}; margin-bottom: 4px'>{_html_text(doc.title)}</h1>")
    if doc.subtitle:
        parts.append(f"<p style='{size(12)}; margin-bottom: 12px'>{_html_text(doc.subtitle)}</p>")
    sizes = {1: 15, 2: 12.5, 3: 11}
    for block in doc.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            parts.append(
                f"<h{level + 1} style='{size(sizes[level])}; margin-top: 14px'>"
                f"{_html_text(block.text)}</h{level + 1}>"
            )
        elif isinstance(block, Paragraph):
            text = _html_text(block.text)
            if block.strong:
                text = f"<b>{text}</b>"
            if block.emphasis:
                text = f"<i>{text}</i>"
            parts.append(f"<p>{text}</p>")
        elif isinstance(block, Table):
            parts.append(_html_table(block, page))
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{_html_text(item)}</li>" for item in block.items) + "</ul>")
        elif isinstance(block, Figure):
            parts.append(_html_figure(block, page))
    return f"<html><body style='font-size: {page.points}pt'>" + "\n".join(parts) + "</body></html>"


def write_document_pdf(path: Path, doc: Document, *, title: str = "", landscape: bool = False) -> Path:
    """Write ``doc`` as an A4 PDF at ``path``, atomically, in smaller print when that spares a last page
    of a few stray lines. Raises ExportFailed."""
    width = text_width_points(landscape)
    first, *smaller = (replace(size, width=width) for size in PRINT_SIZES)
    tighter = (to_html(doc, page) for page in smaller)  # made only if the first print ends with stray lines
    return write_pdf(path, to_html(doc, first), title=title or doc.title, landscape=landscape, tighter=tighter)


# ------------------------------------------------------------------------------------------ Markdown


# What people typed stays text: the characters Markdown reads as marks anywhere, and at the start of a
# line (a heading, a quote, a list item, a setext underline), are escaped with a backslash.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_MARK = re.compile(r"^(?:([#>+=-])|(\d+)([.)]))")


def _md_text(text: str, starts_line: bool = True) -> str:
    """One line of plain text, safe inside Markdown: "# pas un titre" stays a sentence. After a heading's
    "##" or inside a table cell, a mark at its start means nothing (``starts_line`` False)."""
    line = _MD_INLINE.sub(r"\\\1", " ".join(text.split()))
    if not starts_line:
        return line
    return _MD_LINE_MARK.sub(lambda mark: f"\\{mark[1]}" if mark[1] else f"{mark[2]}\\{mark[3]}", line)


def _md_cell(text: str) -> str:
    return _md_text(text, starts_line=False)


def _md_lines(text: str) -> list[str]:
    """A paragraph's lines, kept apart by Markdown's hard line break (two trailing spaces)."""
    lines = [_md_text(line) for line in text.strip().splitlines()]
    return [line + "  " if index < len(lines) - 1 else line for index, line in enumerate(lines)]


def to_markdown(doc: Document) -> str:
    lines: list[str] = []
    if doc.organisation:
        lines += [_md_text(doc.organisation), ""]
    lines += [f"# {_md_text(doc.title, starts_line=False)}", ""]
    if doc.subtitle:
        lines += [f"**{_md_text(doc.subtitle)}**", ""]
    for block in doc.blocks:
        if isinstance(block, Heading):
            marks = "#" * (min(max(block.level, 1), 5) + 1)
            lines += [f"{marks} {_md_text(block.text, starts_line=False)}", ""]
        elif isinstance(block, Paragraph):
            if not block.text.strip():
                continue
            body = _md_lines(block.text)
            if block.strong:
                body = [f"**{line.rstrip()}**" + ("  " if line.endswith("  ") else "") for line in body]
            if block.emphasis:
                body = [f"*{line.rstrip()}*" + ("  " if line.endswith("  ") else "") for line in body]
            lines += body + [""]
        elif isinstance(block, Table):
            lines += ["| " + " | ".join(map(_md_cell, block.header)) + " |", "|" + "---|" * len(block.header)]
            lines += ["| " + " | ".join(map(_md_cell, row)) + " |" for row in block.rows]
            if block.total:
                bold = [f"**{_md_cell(cell)}**" if cell else "" for cell in block.total]
                lines.append("| " + " | ".join(bold) + " |")
            lines.append("")
        elif isinstance(block, Bullets):
            lines += [f"- {_md_text(item)}" for item in block.items] + [""]
        elif isinstance(block, Figure) and block.caption:
            lines += [f"*{_md_text(block.caption)}*", ""]
    return "\n".join(lines)


def odt_bytes(doc: Document, *, title: str = "") -> bytes:
    """``doc`` as an OpenDocument text (app.exports.odt, loaded on first use)."""
    from app.exports.odt import odt_bytes as rendered

    return rendered(doc, title=title)


def write_odt(path: Path, doc: Document, *, title: str = "") -> Path:
    """Write ``doc`` as an OpenDocument text at ``path``, atomically. Raises ExportFailed.

    ``title`` is the title in the file's properties (``doc.title`` when empty).
    """
    data = odt_bytes(doc, title=title)
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(data))
