"""The OpenDocument rendering of a :class:`app.exports.document.Document`, with odfpy.

Its own module, loaded by the first ODT written: odfpy and the XML libraries it loads take a tenth of a
second that a PDF or a CSV export, and the command that writes one, need not wait for.
"""

import io
from typing import NamedTuple

from odf import dc, draw, svg, teletype
from odf import style as odf_style
from odf import table as odf_table
from odf import text as odf_text
from odf.opendocument import OpenDocumentText
from PySide6.QtCore import QLocale

from app.exports.document import (
    FONT,
    MARGIN_CM,
    PAGE_HEIGHT_CM,
    PAGE_WIDTH_CM,
    TEXT_WIDTH_CM,
    Bullets,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
    figure_columns,
    page_footer_parts,
)


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
