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
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from odf import dc, draw, svg, teletype
from odf import style as odf_style
from odf import table as odf_table
from odf import text as odf_text
from odf.opendocument import OpenDocumentText
from PySide6.QtCore import QCoreApplication, QLocale

from app.exports.documents import (
    page_footer_template,
    text_metrics,
    text_width_points,
    write_atomically,
    write_pdf,
)

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
    """One column's needs, in points: the least width that cuts no word (nor a one-line cell) and the
    width that holds everything on one line."""

    least: float
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


def _column(table: Table, index: int, points: float, page: PdfPage, header: str | None = None) -> _Column:
    plain, bold = text_metrics(points), text_metrics(points, bold=True)
    header = table.header[index] if header is None else header
    cells = [row[index] for row in table.rows if index < len(row)]
    lines = [(plain, line) for cell in cells for line in cell.splitlines()]
    if index < len(table.total):
        lines += [(bold, line) for line in table.total[index].splitlines()]
    widest = max([metrics.horizontalAdvance(line) for metrics, line in lines], default=0)
    longest_word = max([metrics.horizontalAdvance(word) for metrics, line in lines for word in _words(line)],
                       default=0)
    one_line = widest <= ONE_LINE_SHARE * page.width
    room = 2 * page.padding + 3  # the padding both sides, the borders, Qt's rounding
    header_word = max(bold.horizontalAdvance(word) for word in _words(header))
    return _Column(
        least=max(header_word, widest if one_line else longest_word) + room,
        natural=max(bold.horizontalAdvance(header), widest) + room,
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
    """Widths in percent: each column its natural width when all fit, else its least width and a share
    of what is left in proportion to what it lacks."""
    naturals, leasts = [c.natural for c in columns], [c.least for c in columns]
    if sum(naturals) <= width:
        return [100 * n / sum(naturals) for n in naturals]
    lacking = [n - m for n, m in zip(naturals, leasts)]
    left = max(width - sum(leasts), 0)
    shares = [m + left * lack / (sum(lacking) or 1) for m, lack in zip(leasts, lacking)]
    return [100 * share / sum(shares) for share in shares]


def _shortened(table: Table, columns: list[_Column], points: float, page: PdfPage) -> tuple[list, list]:
    """The headers and columns once the headers that make the table too wide are abbreviated, those that
    save the most first, until the table fits."""
    header, columns = list(table.header), list(columns)
    while sum(c.least for c in columns) > page.width:
        choices = [
            (columns[index].least - shorter.least, index, label, shorter)
            for index, label in enumerate(map(short_label, table.header))
            if header[index] == table.header[index] != label
            for shorter in [_column(table, index, points, page, label)]
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

    def measured() -> list[_Column]:
        return [_column(table, index, points, page) for index in range(len(table.header))]

    columns = measured()
    smallest = (page.least_points, page.least_padding)
    while sum(c.least for c in columns) > page.width and (points, page.padding) > smallest:
        points = max(points - 0.5, page.least_points)
        page = replace(page, padding=max(page.padding - 0.5, page.least_padding))
        columns = measured()
    header, columns = _shortened(table, columns, points, page)
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
        "<tr>" + "".join(_html_cell("td", cell, layout, index, bold=row is table.total)
                         for index, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    legend = _html_text(" · ".join(layout.legend))
    if legend:
        legend = f"<p style='font-size: {layout.points}pt; color: #303030'>{legend}</p>"
    return (
        f"<table border='1' cellspacing='0' cellpadding='{layout.padding}' width='100%'"
        " style='border-collapse: collapse; border-color: #808080; margin-top: 4px; margin-bottom: 8px;"
        f" font-size: {layout.points}pt'>"
        f"<thead><tr style='background-color: #e8e8e8'>{head}</tr></thead>{body}</table>{legend}"
    )


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
    pages = [to_html(doc, replace(size, width=width)) for size in PRINT_SIZES]
    return write_pdf(path, pages[0], title=title or doc.title, landscape=landscape, tighter=pages[1:])


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


# ----------------------------------------------------------------------------------------------- ODT


class _Style(NamedTuple):
    """A named paragraph style, with the names Writer and Word know ("Heading 1", "Text body", ...)."""

    name: str
    display: str
    parent: str
    kind: str  # style:class
    paragraph: dict | None = None
    text: dict | None = None


_KEEP = {"keepwithnext": "always"}
SHORT_TABLE_ROWS = 12  # a table this short moves whole to the next page rather than leave a row or two behind
_GREY = "#505050"
PARAGRAPH_STYLES = (
    _Style("Standard", "Standard", "", "text", text={"fontname": FONT, "fontsize": "10.5pt"}),
    _Style("Text_20_body", "Text body", "Standard", "text", {"marginbottom": "0.21cm", "lineheight": "115%"}),
    _Style(
        "Organisation",
        "Organisation",
        "Standard",
        "text",
        {"marginbottom": "0.1cm"},
        {"fontsize": "10pt", "color": _GREY, "letterspacing": "0.02cm"},
    ),
    _Style(
        "Title",
        "Title",
        "Standard",
        "chapter",
        {"marginbottom": "0.15cm", **_KEEP},
        {"fontsize": "20pt", "fontweight": "bold"},
    ),
    _Style(
        "Subtitle",
        "Subtitle",
        "Standard",
        "chapter",
        {"marginbottom": "0.4cm", **_KEEP},
        {"fontsize": "12pt", "color": "#303030"},
    ),
    _Style(
        "Heading",
        "Heading",
        "Standard",
        "text",
        {"margintop": "0.42cm", "marginbottom": "0.21cm", **_KEEP},
        {"fontweight": "bold"},
    ),
    _Style("Heading_20_1", "Heading 1", "Heading", "text", text={"fontsize": "15pt", "fontweight": "bold"}),
    _Style("Heading_20_2", "Heading 2", "Heading", "text", text={"fontsize": "12.5pt", "fontweight": "bold"}),
    _Style(
        "Heading_20_3",
        "Heading 3",
        "Heading",
        "text",
        text={"fontsize": "11pt", "fontweight": "bold", "fontstyle": "italic"},
    ),
    _Style("Table_20_Contents", "Table Contents", "Standard", "extra"),
    _Style("Table_20_Heading", "Table Heading", "Table_20_Contents", "extra", text={"fontweight": "bold"}),
    _Style("Table_20_Contents_20_Figures", "Table Contents Figures", "Table_20_Contents", "extra",
           {"textalign": "end"}),
    _Style("Table_20_Heading_20_Figures", "Table Heading Figures", "Table_20_Heading", "extra",
           {"textalign": "end"}),
    _Style("List_20_Paragraph", "List Paragraph", "Text_20_body", "list", {"marginbottom": "0.1cm"}),
    _Style("Figure", "Figure", "Standard", "extra", {"textalign": "center", "margintop": "0.2cm", **_KEEP}),
    _Style(
        "Footer", "Footer", "Standard", "extra", {"textalign": "center"}, {"fontsize": "9pt", "color": _GREY}
    ),
)
TEXT_STYLES = (
    ("Emphasis", "Emphasis", {"fontstyle": "italic"}),
    ("Strong_20_Emphasis", "Strong Emphasis", {"fontweight": "bold"}),
)


def _relative_widths(table: Table) -> list[int]:
    """Column widths in percent of the text width."""
    weights = list(table.widths) if len(table.widths) == len(table.header) else [1] * len(table.header)
    total = sum(weights) or 1
    return [round(100 * weight / total) for weight in weights]


def _language() -> tuple[str, str]:
    """The reader's language and country (fr, FR) for Writer's spelling; ("", "") for the C locale."""
    name = QLocale().name()  # fr_FR
    language, _, country = name.partition("_")
    return ("", "") if language in ("", "C") else (language, country)


class _OdtBuilder:
    def __init__(self, doc: Document, title: str) -> None:
        self.doc = doc
        self.odt = OpenDocumentText()
        self.odt.meta.addElement(dc.Title(text=title))
        language, country = _language()
        if language:
            self.odt.meta.addElement(dc.Language(text=f"{language}-{country}" if country else language))
        self._fonts()
        self._styles(language, country)
        self._page()
        self._table_count = 0

    # styles ----------------------------------------------------------------------------------
    def _fonts(self) -> None:
        self.odt.fontfacedecls.addElement(
            odf_style.FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="swiss", fontpitch="variable")
        )

    def _paragraph_style(self, spec: _Style) -> None:
        attributes = {"name": spec.name, "family": "paragraph", "displayname": spec.display}
        if spec.parent:
            attributes["parentstylename"] = spec.parent
        if spec.name.startswith("Heading_20_"):  # Writer's outline, Word's heading levels
            attributes["defaultoutlinelevel"] = spec.name.removeprefix("Heading_20_")
        style = odf_style.Style(attributes={"class": spec.kind}, **attributes)
        if spec.paragraph:
            style.addElement(odf_style.ParagraphProperties(**spec.paragraph))
        if spec.text:
            style.addElement(odf_style.TextProperties(**spec.text))
        self.odt.styles.addElement(style)

    def _styles(self, language: str, country: str) -> None:
        default = odf_style.DefaultStyle(family="paragraph")
        default.addElement(odf_style.ParagraphProperties(writingmode="lr-tb"))
        text = {"fontname": FONT, "fontsize": "10.5pt"}
        if language:
            text["language"] = language
        if country:
            text["country"] = country
        default.addElement(odf_style.TextProperties(**text))
        self.odt.styles.addElement(default)
        for spec in PARAGRAPH_STYLES:
            self._paragraph_style(spec)

        for name, display, properties in TEXT_STYLES:
            style = odf_style.Style(name=name, family="text", displayname=display)
            style.addElement(odf_style.TextProperties(**properties))
            self.odt.styles.addElement(style)
        both = odf_style.Style(
            name="StrongItalic", family="text"
        )  # automatic: Writer does not combine nested spans
        both.addElement(odf_style.TextProperties(fontweight="bold", fontstyle="italic"))
        self.odt.automaticstyles.addElement(both)

        outline = odf_text.OutlineStyle(
            name="Outline"
        )  # headings unnumbered, but in the navigator and the contents
        for level in range(1, 11):
            level_style = odf_text.OutlineLevelStyle(level=level, numformat="")
            level_style.addElement(odf_style.ListLevelProperties())
            outline.addElement(level_style)
        self.odt.styles.addElement(outline)

        bullets = odf_text.ListStyle(name="List_20_Bullet", displayname="List Bullet")
        bullet = odf_text.ListLevelStyleBullet(level=1, bulletchar="•")
        bullet.addElement(odf_style.ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
        bullets.addElement(bullet)
        self.odt.styles.addElement(bullets)

        row = odf_style.Style(name="TableRow", family="table-row")  # a row is never cut between two pages
        row.addElement(odf_style.TableRowProperties(keeptogether="always"))
        self.odt.automaticstyles.addElement(row)
        border = "0.5pt solid #808080"
        for name, background in (("TableHeaderCell", "#e8e8e8"), ("TableCell", "transparent")):
            cell = odf_style.Style(name=name, family="table-cell")
            cell.addElement(
                odf_style.TableCellProperties(border=border, padding="0.1cm", backgroundcolor=background)
            )
            self.odt.automaticstyles.addElement(cell)

    def _page(self) -> None:
        layout = odf_style.PageLayout(name="A4")
        layout.addElement(
            odf_style.PageLayoutProperties(
                pagewidth=f"{PAGE_WIDTH_CM}cm",
                pageheight=f"{PAGE_HEIGHT_CM}cm",
                printorientation="portrait",
                margintop=f"{MARGIN_CM}cm",
                marginbottom="1.2cm",
                marginleft=f"{MARGIN_CM}cm",
                marginright=f"{MARGIN_CM}cm",
            )
        )
        footer_style = odf_style.FooterStyle()
        footer_style.addElement(odf_style.HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm"))
        layout.addElement(footer_style)
        self.odt.automaticstyles.addElement(layout)

        master = odf_style.MasterPage(name="Standard", pagelayoutname=layout)
        footer = odf_style.Footer()
        line = odf_text.P(stylename="Footer")
        for part in page_footer_parts():
            if part == "{number}":
                line.addElement(odf_text.PageNumber(selectpage="current", numformat="1", text="1"))
            elif part == "{count}":
                line.addElement(odf_text.PageCount(text="1"))
            elif part:
                line.addText(part)
        footer.addElement(line)
        master.addElement(footer)
        self.odt.masterstyles.addElement(master)

    # content ---------------------------------------------------------------------------------
    def _paragraph(self, style: str, text: str, *, span: str | None = None):
        paragraph = odf_text.P(stylename=style)
        target = paragraph
        if span:
            target = odf_text.Span(stylename=span)
            paragraph.addElement(target)
        teletype.addTextToElement(target, text)
        return paragraph

    def _heading(self, text: str, level: int):
        level = min(max(level, 1), 3)
        heading = odf_text.H(outlinelevel=level, stylename=f"Heading_20_{level}")
        teletype.addTextToElement(heading, " ".join(text.split()))
        return heading

    def _table(self, table: Table):
        self._table_count += 1
        name = f"Table{self._table_count}"
        style = odf_style.Style(name=name, family="table")
        short = len(table.rows) + bool(table.total) <= SHORT_TABLE_ROWS  # kept on one page, not cut after a row
        style.addElement(
            odf_style.TableProperties(
                width=f"{TEXT_WIDTH_CM}cm",
                align="margins",
                bordermodel="collapsing",
                margintop="0.1cm",
                marginbottom="0.3cm",
                maybreakbetweenrows="false" if short else "true",
            )
        )
        self.odt.automaticstyles.addElement(style)
        result = odf_table.Table(name=name, stylename=name)
        for index, percent in enumerate(_relative_widths(table)):
            column_style = odf_style.Style(name=f"{name}.C{index}", family="table-column")
            column_style.addElement(
                odf_style.TableColumnProperties(
                    columnwidth=f"{TEXT_WIDTH_CM * percent / 100:.2f}cm", relcolumnwidth=f"{percent * 100}*"
                )
            )
            self.odt.automaticstyles.addElement(column_style)
            result.addElement(odf_table.TableColumn(stylename=column_style))

        figures = figure_columns(table)

        def row(cells: tuple[str, ...], cell_style: str, paragraph_style: str):
            element = odf_table.TableRow(stylename="TableRow")
            for index, text in enumerate(cells):
                cell = odf_table.TableCell(stylename=cell_style, valuetype="string")
                right = index < len(figures) and figures[index]  # figures on the right, as in the PDF
                style = f"{paragraph_style}_20_Figures" if right else paragraph_style
                cell.addElement(self._paragraph(style, text))
                element.addElement(cell)
            return element

        header = odf_table.TableHeaderRows()
        header.addElement(row(table.header, "TableHeaderCell", "Table_20_Heading"))
        result.addElement(header)
        for cells in table.rows:
            result.addElement(row(tuple(cells), "TableCell", "Table_20_Contents"))
        if table.total:
            result.addElement(row(table.total, "TableCell", "Table_20_Heading"))
        return result

    def _bullets(self, bullets: Bullets):
        result = odf_text.List(stylename="List_20_Bullet")
        for item in bullets.items:
            entry = odf_text.ListItem()
            entry.addElement(self._paragraph("List_20_Paragraph", item))
            result.addElement(entry)
        return result

    def _figure(self, figure: Figure) -> list:
        """The picture in a frame as wide as asked, anchored in its own centred paragraph, then its caption."""
        self._table_count += 1
        href = self.odt.addPictureFromString(figure.png, "image/png")
        width = TEXT_WIDTH_CM * figure.width
        height = width * figure.size[1] / figure.size[0]
        holder = odf_text.P(stylename="Figure")
        frame = draw.Frame(name=f"Figure{self._table_count}", anchortype="as-char",
                           width=f"{width:.2f}cm", height=f"{height:.2f}cm")
        frame.addElement(draw.Image(href=href))
        if figure.caption:
            description = svg.Desc()
            description.addText(figure.caption)
            frame.addElement(description)
        holder.addElement(frame)
        parts = [holder]
        if figure.caption:
            parts.append(self._paragraph("Text_20_body", figure.caption, span="Emphasis"))
        return parts

    def build(self):
        text = self.odt.text
        if self.doc.organisation:
            text.addElement(self._paragraph("Organisation", self.doc.organisation))
        text.addElement(self._paragraph("Title", self.doc.title))
        if self.doc.subtitle:
            text.addElement(self._paragraph("Subtitle", self.doc.subtitle))
        for block in self.doc.blocks:
            if isinstance(block, Heading):
                text.addElement(self._heading(block.text, block.level))
            elif isinstance(block, Paragraph):
                span = {
                    (True, True): "StrongItalic",
                    (True, False): "Strong_20_Emphasis",
                    (False, True): "Emphasis",
                }.get((block.strong, block.emphasis))
                text.addElement(self._paragraph("Text_20_body", block.text, span=span))
            elif isinstance(block, Table):
                text.addElement(self._table(block))
            elif isinstance(block, Bullets):
                text.addElement(self._bullets(block))
            elif isinstance(block, Figure):
                for part in self._figure(block):
                    text.addElement(part)
        return self.odt


def odt_bytes(doc: Document, *, title: str = "") -> bytes:
    buffer = io.BytesIO()
    _OdtBuilder(doc, title or doc.title).build().write(buffer)
    return buffer.getvalue()


def write_odt(path: Path, doc: Document, *, title: str = "") -> Path:
    """Write ``doc`` as an OpenDocument text at ``path``, atomically. Raises ExportFailed.

    ``title`` is the title in the file's properties (``doc.title`` when empty).
    """
    data = odt_bytes(doc, title=title)
    return write_atomically(Path(path), lambda temporary: temporary.write_bytes(data))
