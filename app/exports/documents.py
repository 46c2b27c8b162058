"""Writing documents safely: Qt renders HTML to PDF (A4) with page numbers; files are replaced atomically.

An export never leaves a half-written file in place of an earlier good one: it is written to a
temporary file in the same folder, checked, flushed to the disk, then renamed over the target
(app.files). Like every file of Cercle, an export is readable by its owner only.
"""

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from app import files
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.file_errors import reason

CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}.")
NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} could not be written whole (is the disk full?). An earlier file of that name is unchanged.",
)


class ExportFailed(CercleError):
    """The document could not be written; any earlier file at that place is untouched."""


def write_atomically(
    path: Path, produce: Callable[[Path], object], check: Callable[[Path], None] | None = None
) -> Path:
    """app.files.write_atomically, whose failure is an ExportFailed (the earlier file is untouched)."""
    path = Path(path)
    try:
        return files.write_atomically(path, produce, check)
    except OSError as error:
        raise ExportFailed(CANNOT_WRITE, path=str(path), reason=reason(error)) from error


def write_bytes(path: Path, data: bytes) -> Path:
    return write_atomically(path, lambda temporary: temporary.write_bytes(data))


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_atomically(path, lambda temporary: temporary.write_text(text, encoding=encoding))


def ensure_gui_application():
    """Rendering needs fonts, hence a QGuiApplication; headless commands get the offscreen platform."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a QCoreApplication already runs: call ensure_gui_application() first")
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0]])


POINTS_PER_METRE = round(72 / 0.0254)
MARGIN_MM = 15  # the margins of write_pdf's pages
STRAY_SHARE = 0.4  # a last page filled less than this holds a few stray lines (a table's end, a signature)


def text_metrics(points: float, bold: bool = False):
    """QFontMetricsF of the documents' font at ``points``, in points (on a 72 dpi surface, a pixel is a
    point): the widths by which an export lays out its text before Qt does."""
    from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QImage

    ensure_gui_application()
    font = QFont(QGuiApplication.font())
    font.setBold(bold)
    font.setPointSizeF(points)
    surface = QImage(1, 1, QImage.Format.Format_RGB32)
    surface.setDotsPerMeterX(POINTS_PER_METRE)
    surface.setDotsPerMeterY(POINTS_PER_METRE)
    return QFontMetricsF(font, surface)


def text_width_points(landscape: bool = False) -> float:
    """The width of write_pdf's text on an A4 page, in points."""
    return ((297 if landscape else 210) - 2 * MARGIN_MM) / 25.4 * 72


def html_document(html: str, title: str = "", device=None, page_size=None):
    """A QTextDocument of ``html``; laid out for ``device`` (a PDF writer) on pages of ``page_size`` if given.

    The device comes before the text: the document is then laid out once, at the device's resolution.
    """
    from PySide6.QtGui import QTextDocument

    ensure_gui_application()
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(page_size)
    document.setHtml(html)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def page_footer_template() -> str:
    """The words of the page footer, with the fields {number} and {count}, in the reader's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Document", "Page {number} of {count}")


def page_footer(number: int, count: int) -> str:
    return page_footer_template().format(number=number, count=count)


def _laid_out(html: str, title: str, writer, width: float, height: float):
    """The HTML laid out on ``writer``'s pages of ``width`` × ``height`` device pixels, no heading left alone
    at the foot of a page."""
    from PySide6.QtCore import QSizeF

    return _headings_kept_with_next(html_document(html, title, writer, QSizeF(width, height)))


def _headings_kept_with_next(document):
    """Move to the next page each heading whose following text starts there: Qt's rich text knows no
    "keep with next", so the heading gets a page break before it, and the layout flows again."""
    from PySide6.QtGui import QTextCursor, QTextFormat

    layout, height = document.documentLayout(), document.pageSize().height()

    def page_of(block) -> int:
        return int(layout.blockBoundingRect(block).top() // height)

    block = document.begin()
    while block.isValid():
        following = block.next()
        while following.isValid() and not following.text().strip():
            following = following.next()
        if block.blockFormat().headingLevel() and following.isValid() and page_of(following) > page_of(block):
            cursor = QTextCursor(block)
            moved = block.blockFormat()
            moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(moved)
        block = following
    return document


def _ends_with_stray_lines(page) -> bool:
    """Whether the last of several pages holds only a few lines (a table's last rows, a signature line)."""
    count, height = page.pageCount(), page.pageSize().height()
    bottom = page.documentLayout().blockBoundingRect(page.lastBlock()).bottom()
    return count > 1 and bottom - (count - 1) * height < STRAY_SHARE * height


def _best_layout(html: str, candidates: Iterable[str], title: str, writer, width: float, height: float):
    """``html`` laid out; a tighter candidate instead when it saves a last page of stray lines (the
    candidates are made only then: an export rarely needs them)."""
    page = _laid_out(html, title, writer, width, height)
    if _ends_with_stray_lines(page):
        for tighter in candidates:
            compact = _laid_out(tighter, title, writer, width, height)
            if compact.pageCount() < page.pageCount():
                return compact
    return page


def write_pdf(
    path: Path, html: str, *, title: str = "", landscape: bool = False, tighter: Iterable[str] = ()
) -> Path:
    """An A4 PDF of ``html`` (margins 15 mm), "Page N of M" centred in the footer of every page.

    Qt lays the text out at the PDF's resolution on pages the height of the printable area minus the
    footer (it does not cut a line of text between two pages), then each page is painted on its own.
    ``tighter`` holds the same content in ever smaller print, tried in turn when ``html`` would end with
    a page of a few stray lines: the first that spares that page is printed.
    """
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    ensure_gui_application()

    def produce(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(title)
        writer.setCreator("Cercle")
        writer.setResolution(300)
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        width, height = writer.width(), writer.height()  # the printable area, in device pixels
        footer = 8 * writer.resolution() / 25.4  # 8 mm for "Page N of M"
        page = _best_layout(html, tighter, title, writer, width, height - footer)
        count = page.pageCount()
        font = QFont(page.defaultFont())
        font.setPointSizeF(8.5)
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportFailed(NOT_WHOLE, path=str(path))
        try:
            for number in range(1, count + 1):
                if number > 1:
                    writer.newPage()
                top = (number - 1) * (height - footer)
                painter.save()
                painter.translate(QPointF(0, -top))
                page.drawContents(painter, QRectF(0, top, width, height - footer))
                painter.restore()
                painter.setFont(font)
                painter.setPen(QColor("#505050"))
                painter.drawText(
                    QRectF(0, height - footer, width, footer),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    page_footer(number, count),
                )
        finally:
            finished = painter.end()
        del page, writer  # closes the file before the rename
        if not finished:
            raise ExportFailed(NOT_WHOLE, path=str(path))

    return write_atomically(path, produce, lambda temporary: check_pdf(temporary, path))


def check_pdf(written: Path, shown: Path) -> None:
    """Refuse (ExportFailed) a PDF that Qt did not write whole: Qt does not report a full disk itself."""
    size = written.stat().st_size
    with written.open("rb") as handle:
        start = handle.read(5)
        handle.seek(max(0, size - 32))
        end = handle.read()
    if size == 0 or start != b"%PDF-" or b"%%EOF" not in end:
        raise ExportFailed(NOT_WHOLE, path=str(shown))
