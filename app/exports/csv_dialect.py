"""The one CSV dialect of Cercle: what a spreadsheet set to French opens typed, without an import dialog.

UTF-8 with a BOM (Excel then reads the accents), fields separated by ``;``, numbers with a decimal comma
and no thousands separator, days as dd/mm/yyyy, lines ended by CRLF. LibreOffice Calc and Excel in a
French locale read the numbers as numbers and the days as dates. Every CSV Cercle writes goes through
:func:`write_csv`.
"""

import csv
import io
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.exports.documents import write_bytes

DELIMITER = ";"
ENCODING = "utf-8-sig"  # the BOM
Cell = str | int | float | Decimal | date | datetime | None


def csv_cell(value: Cell) -> str:
    """A value as the French spreadsheet reads it back: 1,5 for 1.5, 23/11/2026 for a day."""
    if value is None:
        return ""
    if isinstance(value, bool):  # an int for Python, a word for the reader
        raise TypeError("write a yes/no as a translated word")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def csv_text(rows: Iterable[Iterable[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: Iterable[Iterable[Cell]]) -> Path:
    """Write ``rows`` (the header first) at ``path`` in Cercle's dialect, atomically. Raises ExportFailed."""
    return write_bytes(Path(path), csv_text(rows).encode(ENCODING))  # bytes: CRLF stays CRLF everywhere
