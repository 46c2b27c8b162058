"""The document model rendered as ODT (read back from the zip), Markdown, HTML and PDF (with page numbers)."""

import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest

from app.exports import document as document_module
from app.exports.document import (
    Bullets,
    Document,
    Heading,
    Paragraph,
    Table,
    to_html,
    to_markdown,
    write_odt,
)
from app.exports.documents import ExportFailed, write_pdf

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def text_of(element) -> str:
    return "".join(element.itertext())


def sample(paragraphs: int = 0) -> Document:
    return Document(
        title="Réunion d'équipe",
        subtitle="lundi 23 novembre 2026, 12:30–14:00 — Salle 1",
        organisation="Centre de santé Les Tilleuls",
        blocks=[
            Paragraph("Compte rendu approuvé", emphasis=True),
            Heading("Présences et rôles", 1),
            Table(
                ("Qui", "Noms"), [("Présent·es", "Amina <Benali> & Bruno"), ("Excusé·es", "—")], widths=(1, 3)
            ),
            Heading("Ordre du jour", 1),
            Heading("1. Loyer (discussion, 10 min)", 2),
            Paragraph("Première ligne\nseconde ligne"),
            Paragraph("Décidé : oui", strong=True),
            Bullets(("Appeler la CPAM", "Réserver la salle")),
        ]
        + [
            Paragraph(f"Paragraphe {number} : le texte des notes de la réunion.")
            for number in range(paragraphs)
        ],
    )


def read_odt(path, member: str):
    with zipfile.ZipFile(path) as archive:
        return ElementTree.fromstring(archive.read(member))


def test_odt_has_real_headings_with_outline_levels(tmp_path):
    path = write_odt(tmp_path / "doc.odt", sample())
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    body = read_odt(path, "content.xml").find("office:body/office:text", NS)
    headings = [
        (h.get(q("text:outline-level")), h.get(q("text:style-name")), text_of(h))
        for h in body.iter(q("text:h"))
    ]
    assert headings == [
        ("1", "Heading_20_1", "Présences et rôles"),
        ("1", "Heading_20_1", "Ordre du jour"),
        ("2", "Heading_20_2", "1. Loyer (discussion, 10 min)"),
    ]
    paragraphs = [(p.get(q("text:style-name")), text_of(p)) for p in body.findall("text:p", NS)]
    assert paragraphs[:3] == [
        ("Organisation", "Centre de santé Les Tilleuls"),
        ("Title", "Réunion d'équipe"),
        ("Subtitle", "lundi 23 novembre 2026, 12:30–14:00 — Salle 1"),
    ]
    styles = read_odt(path, "styles.xml")
    levels = {
        s.get(q("style:name")): s.get(q("style:default-outline-level"))
        for s in styles.iter(q("style:style"))
        if s.get(q("style:name"), "").startswith("Heading_20_")
    }
    assert levels == {"Heading_20_1": "1", "Heading_20_2": "2", "Heading_20_3": "3"}
    names = {s.get(q("style:display-name")) for s in styles.iter(q("style:style"))}
    assert {"Heading 1", "Heading 2", "Title", "Text body", "Table Heading"} <= names


def test_odt_tables_have_a_repeated_header_and_the_cells(tmp_path):
    path = write_odt(tmp_path / "doc.odt", sample())
    body = read_odt(path, "content.xml").find("office:body/office:text", NS)
    (table,) = body.iter(q("table:table"))
    assert len(table.findall("table:table-column", NS)) == 2
    header = table.find("table:table-header-rows", NS)
    assert [text_of(c) for c in header.iter(q("table:table-cell"))] == ["Qui", "Noms"]
    assert {p.get(q("text:style-name")) for p in header.iter(q("text:p"))} == {"Table_20_Heading"}
    rows = [
        [text_of(c) for c in row.findall("table:table-cell", NS)]
        for row in table.findall("table:table-row", NS)
    ]
    assert rows == [["Présent·es", "Amina <Benali> & Bruno"], ["Excusé·es", "—"]]
    automatic = read_odt(path, "content.xml").find("office:automatic-styles", NS)
    cell_styles = {s.get(q("style:name")): s for s in automatic.iter(q("style:style"))}
    border = cell_styles["TableCell"].find("style:table-cell-properties", NS).get(q("fo:border"))
    assert border.startswith("0.5pt solid")


def test_odt_keeps_line_breaks_emphasis_and_bullets(tmp_path):
    path = write_odt(tmp_path / "doc.odt", sample())
    body = read_odt(path, "content.xml").find("office:body/office:text", NS)
    notes = next(p for p in body.iter(q("text:p")) if text_of(p).startswith("Première ligne"))
    assert notes.find("text:line-break", NS) is not None
    spans = {s.get(q("text:style-name")): text_of(s) for s in body.iter(q("text:span"))}
    assert spans == {"Emphasis": "Compte rendu approuvé", "Strong_20_Emphasis": "Décidé : oui"}
    (bullets,) = body.iter(q("text:list"))
    assert [text_of(item) for item in bullets.findall("text:list-item", NS)] == [
        "Appeler la CPAM",
        "Réserver la salle",
    ]


def test_odt_has_an_a4_page_numbered_in_the_footer_and_a_title(tmp_path):
    path = write_odt(tmp_path / "doc.odt", sample(), title="Réunion d'équipe — 23/11/2026")
    styles = read_odt(path, "styles.xml")
    layout = styles.find(".//style:page-layout-properties", NS)
    assert (layout.get(q("fo:page-width")), layout.get(q("fo:page-height"))) == ("21.0cm", "29.7cm")
    assert layout.get(q("fo:margin-left")) == "2.0cm"
    (master,) = styles.iter(q("style:master-page"))
    assert master.get(q("style:name")) == "Standard"
    footer = master.find("style:footer/text:p", NS)
    assert footer.find("text:page-number", NS).get(q("text:select-page")) == "current"
    assert footer.find("text:page-count", NS) is not None
    assert footer.text == "Page " and footer.find("text:page-number", NS).tail == " of "
    default = styles.find(".//style:default-style/style:text-properties", NS)
    assert default.get(q("style:font-name")) == "Arial"
    meta = read_odt(path, "meta.xml")
    assert meta.find(".//dc:title", NS).text == "Réunion d'équipe — 23/11/2026"


def test_the_footer_follows_the_translated_words(tmp_path, monkeypatch):
    monkeypatch.setattr(document_module, "page_footer_template", lambda: "{number} sur {count} pages")
    path = write_odt(tmp_path / "doc.odt", sample())
    footer = read_odt(path, "styles.xml").find(".//style:master-page/style:footer/text:p", NS)
    assert [child.tag for child in footer] == [q("text:page-number"), q("text:page-count")]
    assert footer.text is None
    assert footer.find("text:page-number", NS).tail == " sur "
    assert footer.find("text:page-count", NS).tail == " pages"


def test_an_unwritable_folder_fails_cleanly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportFailed):
        write_odt(blocker / "doc.odt", sample())
    write_odt(tmp_path / "doc.odt", sample())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.odt", "file"]


MARKDOWN = (
    "Centre de santé Les Tilleuls",
    "",
    "# Réunion d'équipe",
    "",
    "**lundi 23 novembre 2026, 12:30–14:00 — Salle 1**",
    "",
    "*Compte rendu approuvé*",
    "",
    "## Présences et rôles",
    "",
    "| Qui | Noms |",
    "|---|---|",
    "| Présent·es | Amina \\<Benali\\> \\& Bruno |",
    "| Excusé·es | — |",
    "",
    "## Ordre du jour",
    "",
    "### 1. Loyer (discussion, 10 min)",
    "",
    "Première ligne  ",
    "seconde ligne",
    "",
    "**Décidé : oui**",
    "",
    "- Appeler la CPAM",
    "- Réserver la salle",
    "",
)


def test_markdown():
    assert to_markdown(sample()).split("\n") == list(MARKDOWN)


def test_markdown_table_cells_stay_on_one_line():
    doc = Document("T", blocks=[Table(("A", "B"), [("x | y", "deux\nlignes")])])
    assert "| x \\| y | deux lignes |" in to_markdown(doc)


def test_a_total_row_closes_the_table_in_bold(qapp, tmp_path):
    doc = Document("T", blocks=[Table(("Nom", "Heures"), [("Amina", "1,50")], total=("Total", "1,50"))])
    assert "| Amina | 1,50 |\n| **Total** | **1,50** |" in to_markdown(doc)
    body = read_odt(write_odt(tmp_path / "t.odt", doc), "content.xml").find("office:body/office:text", NS)
    last = body.find("table:table", NS).findall("table:table-row", NS)[-1]
    assert [text_of(c) for c in last.findall("table:table-cell", NS)] == ["Total", "1,50"]
    # the figures on the right, in bold as the rest of the total
    assert [p.get(q("text:style-name")) for p in last.iter(q("text:p"))] == [
        "Table_20_Heading", "Table_20_Heading_20_Figures"]
    first = body.find("table:table", NS).findall("table:table-row", NS)[0]
    assert [p.get(q("text:style-name")) for p in first.iter(q("text:p"))] == [
        "Table_20_Contents", "Table_20_Contents_20_Figures"]
    styles = read_odt(write_odt(tmp_path / "t.odt", doc), "styles.xml")
    right = {s.get(q("style:name")): s.find("style:paragraph-properties", NS).get(q("fo:text-align"))
             for s in styles.iter(q("style:style")) if s.get(q("style:name"), "").endswith("_20_Figures")}
    assert right == {"Table_20_Contents_20_Figures": "end", "Table_20_Heading_20_Figures": "end"}
    assert "<b>Total</b>" in to_html(doc)


def test_html_escapes_the_text(qapp):  # the tables are measured with the fonts
    html = to_html(sample())
    assert "Amina &lt;Benali&gt; &amp; Bruno" in html
    assert "<h2" in html and "<h3" in html and "Première ligne<br/>seconde ligne" in html
    assert "<b>Décidé : oui</b>" in html


def test_the_pdf_numbers_its_pages(qapp, tmp_path):
    path = write_pdf(tmp_path / "doc.pdf", to_html(sample(paragraphs=120)), title="Réunion d'équipe")
    assert path.read_bytes().startswith(b"%PDF")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    assert "Réunion d'équipe" in pages[0] and "Paragraphe 119" in pages[-1]
    # no line of text lost or cut between two pages
    assert all(f"Paragraphe {number} :" in text for number in range(120))


def test_a_short_odt_table_moves_whole_to_the_next_page(tmp_path):
    """Writer keeps a short table on one page (with its heading, kept with what follows); a long one may break
    between rows, its header repeated."""
    doc = Document("T", blocks=[Table(("Catégorie", "Nombre"), [("Accueil", "1"), ("Partenariats", "1")]),
                                Table(("Nom", "Jours"), [(f"Personne {n}", str(n)) for n in range(40)])])
    automatic = read_odt(write_odt(tmp_path / "t.odt", doc), "content.xml").find("office:automatic-styles", NS)
    breaks = {s.get(q("style:name")): s.find("style:table-properties", NS).get(q("style:may-break-between-rows"))
              for s in automatic.iter(q("style:style")) if s.get(q("style:family")) == "table"}
    assert breaks == {"Table1": "false", "Table2": "true"}
