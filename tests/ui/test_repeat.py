"""The repeat control of the series dialogs, on its own: the choices a first day allows, the rule read from
them, the days listed and those unchecked."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain.recurrence import LAST, Frequency, Recurrence, SkipReason, plan
from app.ui.repeat import (
    MEETINGS,
    MONTHLY_DAY,
    MONTHLY_LAST,
    MONTHLY_NTH,
    ONCE,
    WEEKLY,
    RepeatEditor,
    describe,
)

CHRISTMAS = date(2026, 12, 25)


def planner(first, rule, chosen):
    return plan(first, rule, {CHRISTMAS: SkipReason.HOLIDAY}, chosen)


@pytest.fixture
def editor(qtbot):
    """Builds the control for a first day, in a form kept as long as the test."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)

    def build(first: date) -> RepeatEditor:
        repeat = RepeatEditor(first, planner, MEETINGS, form)
        repeat.add_to(layout)
        return repeat
    return build


def enabled(repeat: RepeatEditor) -> list[bool]:
    return [repeat.kind.model().item(row).isEnabled() for row in range(repeat.kind.count())]


def test_the_choices_follow_the_first_day(editor, french):
    repeat = editor(date(2026, 10, 29))  # the fifth and last Thursday of October
    assert enabled(repeat) == [True, True, False, False, True]
    assert repeat.kind.itemText(MONTHLY_LAST) == "Chaque mois, le dernier jeudi"
    repeat.kind.setCurrentIndex(MONTHLY_LAST)
    repeat.set_first(date(2026, 10, 8))  # a second Thursday: no last one, the nearest rule is taken
    assert enabled(repeat) == [True, True, True, True, False]
    assert repeat.kind.currentIndex() == MONTHLY_NTH
    assert repeat.rule() == Recurrence(Frequency.MONTHLY_WEEKDAY, 1, 6, position=2)
    assert repeat.summary.text() == "6 réunions, le deuxième jeudi du mois."


def test_once_plans_no_list_and_a_rule_lists_its_days(editor, french):
    repeat = editor(date(2026, 12, 4))
    assert repeat.kind.currentIndex() == ONCE and not repeat.repeats() and repeat.days.count() == 0
    repeat.kind.setCurrentIndex(WEEKLY)
    repeat.interval.setValue(3)
    repeat.count.setValue(2)
    assert repeat.interval.suffix() == " semaines"
    assert [repeat.days.item(row).text() for row in range(2)] == ["vendredi 4 décembre 2026",
                                                                  "vendredi 25 décembre 2026 — jour férié"]
    assert repeat.summary.text().startswith("1 réunion, toutes les 3 semaines, le vendredi.")
    repeat.kind.setCurrentIndex(MONTHLY_DAY)
    assert repeat.interval.suffix() == " mois"
    assert repeat.summary.text() == "2 réunions, le 4, tous les 3 mois."


def test_a_day_unchecked_is_left_out_and_checked_again_comes_back(editor):
    repeat = editor(date(2027, 1, 7))
    repeat.kind.setCurrentIndex(MONTHLY_NTH)
    repeat.count.setValue(3)
    repeat.days.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert repeat.chosen() == [date(2027, 2, 4)]
    assert "Days left out: Thursday 4 February 2027 (unchecked)." in repeat.summary.text()
    repeat.days.item(1).setCheckState(Qt.CheckState.Checked)
    assert repeat.chosen() == [] and "left out" not in repeat.summary.text()


def test_the_rules_in_words(french):
    assert describe(Recurrence(Frequency.MONTHLY_WEEKDAY, count=2, position=LAST), date(2026, 10, 30)) == (
        "le dernier vendredi du mois"
    )
    assert describe(Recurrence(Frequency.MONTHLY_DAY, count=2), date(2026, 10, 15)) == "le 15 de chaque mois"
    assert describe(Recurrence(interval=2, count=2), date(2026, 10, 15)) == "toutes les 2 semaines, le jeudi"
    assert describe(Recurrence(Frequency.MONTHLY_WEEKDAY, interval=2, count=2), date(2026, 10, 1)) == (
        "le premier jeudi du mois, tous les 2 mois"
    )
