"""The one CSV dialect of Cercle: what a spreadsheet set to French opens typed, without an import dialog.

UTF-8 with a BOM (Excel then reads the accents), fields separated by ``;``, numbers with a decimal comma
and no thousands separator, days as dd/mm/yyyy, lines ended by CRLF. LibreOffice Calc and Excel in a
French locale read the numbers as numbers and the days as dates. Every CSV Cercle writes goes through
:func:`write_csv`.

Text that a spreadsheet would take for a formula (a member imported as ``=HYPERLINK(...)``, say) is written
behind a single quote, as OWASP recommends against CSV injection: the reader sees the text, nothing runs.
Only text is: a number, negative ones included, is written by the code, never typed, and stays a number.
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
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what Calc and Excel may read as the start of a formula
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
    if isinstance(value, int):
        return str(value)
    return inert_text(value)


def inert_text(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows: Iterable[Iterable[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: Iterable[Iterable[Cell]]) -> Path:
    """Write ``rows`` (the header first) at ``path`` in Cercle's dialect, atomically. Raises ExportFailed."""
    return write_bytes(Path(path), csv_text(rows).encode(ENCODING))  # bytes: CRLF stays CRLF everywhere
