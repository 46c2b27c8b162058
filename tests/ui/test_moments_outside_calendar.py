"""Moments saved by an older version outside the years Cercle keeps: a proposal's deadline at 23:00 UTC on
31/12/9999 is in the year 10000 in Paris, which Python has not (OverflowError); raised inside the Decisions
page's list model, it crashed Cercle (a segmentation fault). The pages, dialogs and exports show such a
moment at the nearest one Python has, no Qt model lets an exception out, and the integrity checks name it."""

import logging
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, QRect, Qt, QTime
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import insert, select

from app.domain.kept_years import local_moment
from app.exports import decisions as decisions_export
from app.formatting import short_date
from app.services import decisions, integrity, notifications
from app.storage.models.core import Member
from app.storage.models.decisions import Proposal, ProposalVersion
from app.ui.dialogs.decisions import ProposalDialog
from app.ui.models.table import Column, RowsModel
from app.ui.notifications import notification_text
from app.ui.pages.decisions import DecisionsPage
from app.ui.pages.my_week import MyWeekPage
from app.ui.pages.reception import ShiftDelegate
from tests.conftest import TEST_NOW
from tests.french import typeset
from tests.ui.conftest import finish_background, shown

# 00:00 on 01/01/10000 in Paris; the last moment Python has there is 23:59 on 31/12/9999.
PAST_PYTHONS_LAST_DAY_IN_PARIS = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
# 21:00 on 31/12/0000 in French Guiana (UTC-3), a year Python has not either.
LONG_AGO = datetime(1, 1, 1, 0, 0, tzinfo=UTC)
CAYENNE = ZoneInfo("America/Cayenne")


def saved_by_an_older_version(ctx, table, **values) -> int:
    with ctx.engine.begin() as connection:
        return connection.execute(insert(table.__table__).values(**values)).inserted_primary_key[0]


def old_proposal(ctx, author: int, title: str, deadline: datetime, closed_at: datetime | None = None) -> int:
    """A proposal written straight into the database, open (or adopted when ``closed_at`` is given)."""
    proposal = saved_by_an_older_version(
        ctx, Proposal, title=title, category="", author_id=author, status="adopted" if closed_at else "open",
        rule="consensus", quorum_percent=50, deadline=deadline, created_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
        closed_at=closed_at, outcome="adopted" if closed_at else None, outcome_statement="", review_date=None,
        status_note="", current_version=1, count_agree=0, count_stand_aside=0, count_abstain=0, count_block=0,
        version=1)
    saved_by_an_older_version(ctx, ProposalVersion, proposal_id=proposal, number=1, text="Le texte.",
                              change_note="", created_at=datetime(2026, 11, 2, 9, tzinfo=UTC))
    return proposal


def cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_local_time_stops_at_the_last_and_first_moments_python_has():
    paris = ZoneInfo("Europe/Paris")
    assert local_moment(PAST_PYTHONS_LAST_DAY_IN_PARIS, paris) == datetime(9999, 12, 31, 23, 59, tzinfo=paris)
    assert local_moment(LONG_AGO, CAYENNE) == datetime(1, 1, 1, 0, 0, tzinfo=CAYENNE)
    assert local_moment(TEST_NOW, paris) == datetime(2026, 11, 23, 9, 0, tzinfo=paris)


def test_a_deadline_past_pythons_last_day_in_paris_is_shown(qtbot, workspace):
    ctx = workspace.ctx
    beyond = old_proposal(ctx, workspace.actor_id, "Jamais", PAST_PYTHONS_LAST_DAY_IN_PARIS)
    page = shown(qtbot, DecisionsPage(workspace, "Decisions"))  # its list model crashed Cercle
    page.show_proposal(beyond)
    assert page.selected_id() == beyond and page.detail is not None
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Jamais")
    assert cell(page.proxy, row, 2) == short_date(date(9999, 12, 31))
    week = shown(qtbot, MyWeekPage(workspace, "My week"), (1200, 700))  # awaiting Amina's position
    said = [week.proposals.list.item(i).text() for i in range(week.proposals.list.count())]
    assert any(line.startswith("Jamais — until ") and "9999" in line for line in said), said
    dialog = ProposalDialog(ctx, decisions.get_proposal(ctx, beyond))
    qtbot.addWidget(dialog)
    assert dialog.deadline.dateTime() == QDateTime(QDate(9999, 12, 31), QTime(23, 59))
    finish_background(qtbot)


def test_a_decision_closed_before_pythons_first_day_in_cayenne_is_in_the_register(qtbot, workspace, tmp_path):
    ctx = workspace.ctx
    ctx.timezone = CAYENNE  # a centre in French Guiana: 00:00 UTC on 01/01/0001 is in the year 0 there
    old_proposal(ctx, workspace.actor_id, "Autrefois", LONG_AGO, closed_at=LONG_AGO)
    page = shown(qtbot, DecisionsPage(workspace, "Decisions"))
    page.tabs.setCurrentIndex(1)
    page.refresh_register()
    finish_background(qtbot)
    assert [cell(page.register_model, 0, column) for column in (0, 1)] == [short_date(date(1, 1, 1)), "Autrefois"]
    written = decisions_export.export_register(ctx, tmp_path / "registre.csv", "csv")
    assert "Autrefois" in written.read_text(encoding="utf-8-sig")
    decisions_export.register_html(ctx, decisions.register(ctx))


def test_the_weekly_check_names_the_deadline_and_the_closing(tmp_path, qtbot, english):
    from tests.services.test_integrity import sqlite_centre

    ctx = sqlite_centre(tmp_path / "c.sqlite3")
    author = saved_member(ctx)
    beyond = old_proposal(ctx, author, "Jamais", PAST_PYTHONS_LAST_DAY_IN_PARIS)
    before = old_proposal(ctx, author, "Autrefois", datetime(1999, 12, 31, 18, tzinfo=UTC),
                          closed_at=datetime(1999, 12, 31, 18, tzinfo=UTC))
    old_proposal(ctx, author, "Bientôt", datetime(2026, 12, 1, 17, tzinfo=UTC))  # nothing to say of it
    assert integrity.check_if_due(ctx, TEST_NOW) is None  # the file is sound: these are rows to correct
    told = sorted(notification_text(note) for note in notifications.list_notifications(ctx, None))
    tail = "is outside the years Cercle keeps (2000 to 9998). Correct it, or ask for help."
    assert told == sorted([
        f"Decision “Jamais” (no. {beyond}), deadline: {short_date(date(9999, 12, 31))} {tail}",
        f"Decision “Autrefois” (no. {before}), deadline: {short_date(date(1999, 12, 31))} {tail}",
        f"Decision “Autrefois” (no. {before}), closing: {short_date(date(1999, 12, 31))} {tail}",
    ])
    ctx.engine.dispose()


def test_the_notification_says_the_deadline_in_french(tmp_path, qtbot, french):
    from tests.services.test_integrity import sqlite_centre

    ctx = sqlite_centre(tmp_path / "c.sqlite3")
    beyond = old_proposal(ctx, saved_member(ctx), "Jamais", PAST_PYTHONS_LAST_DAY_IN_PARIS)
    integrity.tell_outside_calendar(ctx)
    told, = (notification_text(note) for note in notifications.list_notifications(ctx, None))
    assert told == typeset(
        f"Décision « Jamais » (n° {beyond}), échéance : le 31/12/9999 est en dehors des années que Cercle prend en "
        "compte (de 2000 à 9998). Corrigez-la, ou demandez de l'aide.")
    ctx.engine.dispose()


def saved_member(ctx) -> int:
    """The centre's first member (the integrity tests' centre has one)."""
    with ctx.engine.connect() as connection:
        return connection.execute(select(Member.id).order_by(Member.id)).scalars().first()


def failing(_row) -> str:
    raise ValueError("a column that fails")


@pytest.mark.qt_no_exception_capture  # Cercle's own hook must see the exception, not pytest-qt's
def test_a_failing_cell_is_left_empty_and_reported_once(qtbot, caplog, monkeypatch):
    reported = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, trace: reported.append(value))
    model = RowsModel([Column("Title", failing)])
    model.set_rows([object()])
    with caplog.at_level(logging.ERROR, logger="app.ui.models.guard"):
        assert model.index(0, 0).data() is None
        assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) is None
    assert [str(error) for error in reported] == ["a column that fails"]  # once: a view asks at every paint
    assert [r.getMessage() for r in caplog.records] == ["RowsModel.data failed; Qt is answered None"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert model.rowCount(QModelIndex()) == 1


class FailingWeek:
    """A week whose shifts fail to be read, as a bug in a shift's reading would."""

    actor_id = None

    def shift_at(self, _index):
        raise ValueError("a shift that fails")


@pytest.mark.qt_no_exception_capture  # Cercle's own hook must see the exception, not pytest-qt's
def test_a_failing_shift_is_painted_empty_and_reported_once(qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, trace: reported.append(value))
    delegate = ShiftDelegate(FailingWeek())
    model = RowsModel([Column("Shift", str)])
    model.set_rows(["Accueil"])
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 120, 60)
    image = QImage(120, 60, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for _paint in range(2):
        delegate.paint(painter, option, model.index(0, 0))
    painter.end()  # a save left unrestored would make Qt warn here, which fails the test
    size = delegate.sizeHint(option, model.index(0, 0))
    assert size.height() == 2 * option.fontMetrics.height() + 10  # an empty cell's height
    assert [str(error) for error in reported] == ["a shift that fails"]  # once, whatever asks


def test_a_new_deadline_past_the_years_cercle_keeps_is_refused(workspace):
    from app.domain.errors import RuleViolation

    with pytest.raises(RuleViolation) as refused:
        decisions.create_draft(workspace.ctx, title="Jamais", deadline=datetime(9999, 1, 1, 12, tzinfo=UTC))
    assert "outside the years Cercle keeps" in refused.value.template
    draft = decisions.create_draft(workspace.ctx, title="Au bord", deadline=datetime(9998, 12, 31, 22, tzinfo=UTC))
    assert draft.summary.deadline == datetime(9998, 12, 31, 22, tzinfo=UTC)  # 23:00 on the last day, in Paris
