"""One document model, three renderings: HTML (for the PDF), Markdown, and OpenDocument text.

An export builds a :class:`Document` once (title, headings, paragraphs, tables, bullet lists) and
renders it: :func:`to_html` feeds :func:`app.exports.documents.write_pdf`, :func:`to_markdown` gives a
plain text, :func:`write_odt` writes an ODT with odfpy that LibreOffice Writer and Word open cleanly:
real headings (outline levels, "Heading 1/2/3" styles, hence the navigator and tables of contents),
tables with a bold header row repeated on every page, an A4 page with margins and a footer
"Page N of M", the title in the metadata.
"""

import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from odf import dc, teletype
from odf import style as odf_style
from odf import table as odf_table
from odf import text as odf_text
from odf.opendocument import OpenDocumentText
from PySide6.QtCore import QLocale

from app.exports.documents import page_footer_template, write_atomically

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
    rows: list[tuple[str, ...]]
    widths: tuple[int, ...] = ()  # relative widths of the columns; equal when empty


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


Block = Heading | Paragraph | Table | Bullets


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


def _html_table(table: Table) -> str:
    widths = _relative_widths(table)
    head = "".join(
        f"<th align='left' width='{width}%'>{_html_text(cell)}</th>"
        for cell, width in zip(table.header, widths)
    )
    body = "".join(
        "<tr>" + "".join(f"<td>{_html_text(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='5' width='100%' style='border-collapse: collapse;"
        f" border-color: #808080; margin-top: 4px; margin-bottom: 8px'><thead><tr style='background-color:"
        f" #e8e8e8'>{head}</tr></thead>{body}</table>"
    )


def to_html(doc: Document) -> str:
    """The document as the HTML subset Qt renders (for :func:`app.exports.documents.write_pdf`)."""
    parts = []
    if doc.organisation:
        parts.append(f"<p style='color: #505050; font-size: 10pt'>{_html_text(doc.organisation)}</p>")
    parts.append(f"<h1 style='font-size: 20pt; margin-bottom: 4px'>{_html_text(doc.title)}</h1>")
    if doc.subtitle:
        parts.append(f"<p style='font-size: 12pt; margin-bottom: 12px'>{_html_text(doc.subtitle)}</p>")
    sizes = {1: "15pt", 2: "12.5pt", 3: "11pt"}
    for block in doc.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            parts.append(
                f"<h{level + 1} style='font-size: {sizes[level]}; margin-top: 14px'>"
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
            parts.append(_html_table(block))
        elif isinstance(block, Bullets):
            parts.append("<ul>" + "".join(f"<li>{_html_text(item)}</li>" for item in block.items) + "</ul>")
    return "<html><body style='font-size: 10.5pt'>" + "\n".join(parts) + "</body></html>"


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
            lines += ["| " + " | ".join(map(_md_cell, row)) + " |" for row in block.rows] + [""]
        elif isinstance(block, Bullets):
            lines += [f"- {_md_text(item)}" for item in block.items] + [""]
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
    _Style("List_20_Paragraph", "List Paragraph", "Text_20_body", "list", {"marginbottom": "0.1cm"}),
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
        style.addElement(
            odf_style.TableProperties(
                width=f"{TEXT_WIDTH_CM}cm",
                align="margins",
                bordermodel="collapsing",
                margintop="0.1cm",
                marginbottom="0.3cm",
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

        def row(cells: tuple[str, ...], cell_style: str, paragraph_style: str):
            element = odf_table.TableRow(stylename="TableRow")
            for text in cells:
                cell = odf_table.TableCell(stylename=cell_style, valuetype="string")
                cell.addElement(self._paragraph(paragraph_style, text))
                element.addElement(cell)
            return element

        header = odf_table.TableHeaderRows()
        header.addElement(row(table.header, "TableHeaderCell", "Table_20_Heading"))
        result.addElement(header)
        for cells in table.rows:
            result.addElement(row(tuple(cells), "TableCell", "Table_20_Contents"))
        return result

    def _bullets(self, bullets: Bullets):
        result = odf_text.List(stylename="List_20_Bullet")
        for item in bullets.items:
            entry = odf_text.ListItem()
            entry.addElement(self._paragraph("List_20_Paragraph", item))
            result.addElement(entry)
        return result

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
