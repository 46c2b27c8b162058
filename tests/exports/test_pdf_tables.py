"""PDF tables read back from the PDF (poppler's pdftotext): headers cut only between words, or shortened
with a legend; the header row on every page; names on one line; no last page of a few stray lines."""

import shutil
import subprocess
import unicodedata
from datetime import timedelta
from xml.etree import ElementTree

import pytest

from app.exports import hours as hours_export
from app.exports.document import (
    Document,
    Heading,
    Paragraph,
    PdfPage,
    Table,
    legend_entry,
    short_label,
    table_layout,
    to_html,
    write_document_pdf,
)
from app.exports.documents import write_pdf
from tests.exports.conftest import DEMO_TODAY

XHTML = "{http://www.w3.org/1999/xhtml}"
FIRST_WEEK = DEMO_TODAY - timedelta(weeks=3)
LAST_DAY = DEMO_TODAY - timedelta(days=1)


def pdftotext(*arguments: str) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed: apt-get install poppler-utils")
    text = subprocess.run(["pdftotext", *arguments, "-"], capture_output=True, text=True, check=True).stdout
    return plain(text)


def plain(text: str) -> str:
    """Ligatures ("ﬁ") and no-break spaces as plain letters and spaces."""
    return unicodedata.normalize("NFKC", text)


def pages_of_words(path) -> list[list[tuple[str, float, float]]]:
    """Each page's words with the left and top of each, in points."""
    root = ElementTree.fromstring(pdftotext("-bbox", str(path)))
    return [
        [(word.text or "", float(word.get("xMin")), float(word.get("yMin")))
         for word in page.iter(f"{XHTML}word")]
        for page in root.iter(f"{XHTML}page")
    ]


def rightmost(path) -> float:
    """How far right the text of any page reaches, in points."""
    root = ElementTree.fromstring(pdftotext("-bbox", str(path)))
    return max(float(word.get("xMax")) for word in root.iter(f"{XHTML}word"))


def header_band(words: list[tuple[str, float, float]], first: str) -> list[str]:
    """The words of a page's header row: from the first header's top down to the first cell below it."""
    (left, top), = [(x, y) for text, x, y in words if text == first]
    first_cell = min(y for _, x, y in words if abs(x - left) < 1 and y > top + 1)
    return [text for text, _, y in words if top - 1 <= y < first_cell - 1]


@pytest.fixture(scope="module")
def hours_report(centre_of_40, tmp_path_factory, qapp):
    from app import i18n

    i18n.install(qapp, "fr")
    try:
        path = tmp_path_factory.mktemp("pdf") / "heures.pdf"
        hours_export.export_report(centre_of_40, path, "pdf", FIRST_WEEK, LAST_DAY)
        view = hours_export.hours.team_view(centre_of_40, FIRST_WEEK, LAST_DAY)
        columns = hours_export.report_columns(view)
        headers = [hours_export.translated(hours_export.MEMBER)] + [title for title, _ in columns]
        legends = [plain(legend_entry(short_label(header), header)) for header in headers]
    finally:
        i18n.install(qapp, "en")
    return path, view, headers, legends


def test_the_hours_table_repeats_its_header_on_both_pages_without_cutting_a_word(hours_report):
    path, _view, headers, legends = hours_report
    pages = pages_of_words(path)
    assert len(pages) == 2, "40 members take two A4 landscape pages"
    assert rightmost(path) <= (297 - 15) / 25.4 * 72, "the table runs into the right margin"
    text = pdftotext("-layout", str(path))
    whole_words = {word for header in headers for word in header.split()} | {short_label(h) for h in headers}
    for words in pages:
        band = header_band(words, headers[0])
        assert set(band) <= whole_words, f"a header word cut in two: {set(band) - whole_words}"
        for header, legend in zip(headers, legends):
            shown = all(word in band for word in header.split())
            assert shown or (short_label(header) in band and legend in " ".join(text.split())), header


def test_names_stay_on_one_line_and_the_total_ends_the_table(hours_report):
    path, view, *_ = hours_report
    lines = pdftotext("-layout", str(path)).splitlines()
    for row in view.rows:
        assert any(f" {row.name} " in f" {line} " for line in lines), f"{row.name} is cut over two lines"
    last_page = pages_of_words(path)[-1]
    assert "Total" in [text for text, _, _ in last_page]


def test_a_table_that_fits_smaller_leaves_no_page_of_stray_lines(qapp, tmp_path):
    rows = 20
    while True:  # the first length at which the table in the usual print runs a few lines over a page
        doc = Document(title="Présences", blocks=[
            Paragraph("Qui était là, jour par jour."),
            Table(("Nom", "Jours"), [(f"Personne {n}", str(n)) for n in range(rows)],
                  total=("Total", str(rows))),
            Paragraph("Établi par Cercle."),
        ])
        usual = write_pdf(tmp_path / "usual.pdf", to_html(doc), title="Présences")
        if len(pages_of_words(usual)) == 2:
            break
        rows += 1
    second_page = [text for text, _, _ in pages_of_words(usual)[1]]
    assert len(second_page) < 12, "a few stray lines on the second page"
    fitted = write_document_pdf(tmp_path / "fitted.pdf", doc)
    pages = pages_of_words(fitted)
    assert len(pages) == 1 and "Établi" in [text for text, _, _ in pages[0]]


def test_headers_too_long_for_the_page_are_shortened_and_spelled_out(qapp):
    header = ("Nom", "Fonctionnement interne", "Partenariats", "Revues de parcours complexes", "Heures")
    table = Table(header, [("Amina Benali", "1,50", "2,00", "0,25", "12,00")])
    layout = table_layout(table, PdfPage(width=260, points=10.5))
    assert layout.header[0] == "Nom" and layout.points == 8  # the smallest print, before any label
    assert set(layout.header) & {"FI", "Part.", "RPC"}, layout.header
    assert all(legend_entry(short, full) in layout.legend
               for short, full in zip(layout.header, header) if short != full)
    assert abs(sum(layout.widths) - 100) < 0.01 and layout.numeric == (False, True, True, True, True)
    roomy = table_layout(table, PdfPage(width=2000))
    assert roomy.header == header and not roomy.legend and roomy.points == 10.5


def test_a_header_stays_on_one_line_when_a_long_column_can_give_it_room(qapp, tmp_path):
    what = ("Appeler la CPAM pour fixer la date de l'atelier nutrition et réserver la salle commune auprès du "
            "centre social pour les trois séances de janvier, puis envoyer le programme aux partenaires, aux "
            "habitants-relais et à la mairie avant les vacances de Noël")
    doc = Document(title="Actions", blocks=[
        Table(("Qui", "Quoi", "Pour quand"), [("Bruno Petit", what, "03/12/2026")], widths=(2, 5, 2)),
    ])
    words = pages_of_words(write_document_pdf(tmp_path / "actions.pdf", doc))[0]
    (pour_top,), (quand_top,) = ([y for text, _, y in words if text == word] for word in ("Pour", "quand"))
    assert abs(pour_top - quand_top) < 1, "« Pour quand » broken over two lines above a date"


def test_short_labels():
    assert short_label("Fonctionnement interne") == "FI"
    assert short_label("Revues de parcours complexes") == "RPC"
    assert short_label("Partenariats") == "Part." and short_label("Total") == "Total"


def test_a_busy_month_of_workshops_stays_on_its_page(centre_of_40, qapp, tmp_path):
    from datetime import date

    from app.exports.workshops import export_workshops
    from app.services import workshops

    first, last = date(2026, 12, 1), date(2026, 12, 31)
    sessions = workshops.sessions_between(centre_of_40, first, last, include_cancelled=False)
    assert len(sessions) > 16, "the demo's December is busy"
    path = export_workshops(centre_of_40, first, last, tmp_path / "programme.pdf", "pdf")
    (page,) = pages_of_words(path)
    assert sum(text == "cycle" for text, _, _ in page) == len(sessions)


def test_a_quiet_month_of_workshops_keeps_each_day_and_partner_on_one_line(ctx, french, tmp_path):
    from datetime import date, time

    from app.exports.workshops import export_workshops
    from app.services import workshops

    partner = workshops.add_partner(ctx, workshops.PartnerDraft(name="Association Les Habitants-Relais"))
    workshop = workshops.add_workshop(ctx, workshops.WorkshopDraft("Marche du mardi", capacity=8),
                                      partner_ids=[partner.id])
    workshops.add_session(ctx, workshop.id, workshops.SessionDraft(date(2026, 11, 18), time(10), time(11, 30)))
    path = export_workshops(ctx, date(2026, 11, 1), date(2026, 11, 30), tmp_path / "programme.pdf", "pdf")
    (page,) = pages_of_words(path)
    top = {text: y for text, _, y in page}
    assert top["mercredi"] == top["18"] == top["novembre"]  # large print, yet never "mercredi 18 / novembre"
    assert top["Association"] == top[plain("Habitants\u2011Relais")]  # a hyphen that never breaks


def test_the_hours_report_names_its_centre_period_rule_day_and_leaves_a_line_to_sign(centre_of_40, french,
                                                                                     tmp_path):
    from datetime import date

    path = hours_export.export_report(centre_of_40, tmp_path / "heures.pdf", "pdf", date(2026, 11, 2),
                                      date(2026, 12, 31))
    text = " ".join(pdftotext(str(path)).split())
    assert "Centre de santé communautaire Les Tilleuls" in text
    assert "Heures du 02/11/2026 au 31/12/2026" in text  # the period asked, not its ISO weeks
    assert "Une même heure n'est comptée qu'une fois par personne" in text
    assert "Compté jusqu'au 23/11/2026 : les jours suivants n'ont pas encore eu lieu" in text
    assert "Établi par Cercle le 23/11/2026." in text
    assert "Validé par l'équipe le : ____________________ Signatures :" in text


def test_a_heading_never_stays_alone_at_the_foot_of_a_page(qapp, tmp_path):
    """The first length of the page's table at which the next table's first row goes over: its heading
    goes over with it (Qt's rich text would leave it alone at the foot of the first page)."""
    rows = 30
    while True:
        doc = Document(title="Bilan", blocks=[
            Table(("Nom", "Jours"), [(f"Personne {n}", str(n)) for n in range(rows)]),
            Heading("Réunions tenues"),
            Table(("Type", "Nombre"), [("Comité", "1"), ("Équipe", "5")]),
            Paragraph("Établi par Cercle."),
        ])
        pages = [[text for text, _, _ in page] for page in pages_of_words(write_pdf(
            tmp_path / "report.pdf", to_html(doc), title="Bilan"))]
        if len(pages) == 2 and "Comité" in pages[1]:
            break
        rows += 1
    assert "Réunions" not in pages[0] and "Réunions" in pages[1]


def test_rows_are_told_apart_by_shades_not_by_ruled_borders(qapp):
    """Every other row lightly shaded, the total as the header; no border, whose cell-by-cell painting took
    two thirds of the hours report's PDF."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument, QTextTable

    table = Table(("Nom", "Heures"), [("Anne", "1"), ("Bruno", "2"), ("Chloé", "3")], total=("Total", "6"))
    document = QTextDocument()
    document.setHtml(to_html(Document(title="Heures", blocks=[table])))
    qt_table, = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]

    def shade(row: int) -> str | None:
        brush = qt_table.cellAt(row, 1).format().background()
        return None if brush.style() == Qt.BrushStyle.NoBrush else brush.color().name()

    header, stripe = shade(0), shade(2)
    assert header and stripe and header != stripe
    assert [shade(row) for row in range(5)] == [header, None, stripe, None, header]
    assert qt_table.format().border() == 0
