"""The Qt binding keeps Python's ``None`` alive: PySide6 6.12.0 on Python 3.11 took one reference away from
``None`` on every Qt call that returns nothing, and aborted the desk's window after about a thousand clicks
(``Fatal Python error: none_dealloc``). This guards every future upgrade of the binding."""

import sys

from PySide6.QtCharts import QLineSeries
from PySide6.QtWidgets import QLabel

CALLS = 100_000


def test_a_hundred_thousand_void_calls_keep_nones_reference_count(qapp):
    label = QLabel()
    series = QLineSeries()
    before = sys.getrefcount(None)
    for index in range(CALLS // 2):
        label.setText("12 h 30")
        series.append(float(index % 7), 1.0)
        if index % 500 == 0:
            series.clear()
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} void calls"
