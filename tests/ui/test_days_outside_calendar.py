"""Days saved by an older version outside the years Cercle keeps (2000-9998): a meeting on 31/12/9999 made the
Meetings page fail at every refresh. The pages show such rows, steps by week or month stop at the calendar's
edge, the dialogs say the day they show instead, and the integrity checks name the rows for the team."""

from datetime import date, time

from PySide6.QtCore import QDate
from sqlalchemy import insert

from app.formatting import short_date
from app.services import integrity, meetings, notifications, rota
from app.services import workshops as ws
from app.storage.models.meetings import Meeting
from app.storage.models.rota import Closure, Shift
from app.storage.models.workshops import Workshop, WorkshopSession
from app.ui.dialogs.meeting import MeetingDialog
from app.ui.dialogs.workshops import SessionDialog
from app.ui.notifications import notification_text
from app.ui.pages.hours import HoursPage
from app.ui.pages.meetings import MeetingsPage
from app.ui.pages.reception import ReceptionPage
from app.ui.pages.workshops import WorkshopsPage
from tests.conftest import TEST_NOW
from tests.french import typeset
from tests.ui.conftest import delivered, finish_background, shown

LAST_DAY_PYTHON_HAS, LONG_AGO = date(9999, 12, 31), date(1, 1, 1)


def saved_by_an_older_version(ctx, table, **values) -> int:
    """A row written straight into the database, as a version that did not refuse the day saved it."""
    with ctx.engine.begin() as connection:
        return connection.execute(insert(table.__table__).values(**values)).inserted_primary_key[0]


def old_meeting(ctx, day: date, title: str) -> int:
    return saved_by_an_older_version(ctx, Meeting, kind="team", title=title, day=day, start_time=time(12, 30),
                                     end_time=time(14), place="", status="planned", version=1)


def old_session(ctx, day: date) -> tuple[int, int]:
    workshop = saved_by_an_older_version(ctx, Workshop, title="Cuisine du monde", description="", audience="",
                                         status="planned", capacity=10, version=1, is_cycle=False)
    return workshop, saved_by_an_older_version(ctx, WorkshopSession, workshop_id=workshop, day=day,
                                               start_time=time(14), end_time=time(16), status="planned", notes="")


def test_a_meeting_saved_on_31_12_9999_is_shown_and_can_be_moved_back(qtbot, workspace):
    ctx = workspace.ctx
    beyond = old_meeting(ctx, LAST_DAY_PYTHON_HAS, "Vieille réunion")
    before = old_meeting(ctx, LONG_AGO, "Réunion d'avant")
    page = shown(qtbot, MeetingsPage(workspace, "Meetings"))
    for meeting_id, due in ((beyond, QDate(9998, 12, 31)), (before, QDate(2000, 1, 8))):
        page.select_meeting(meeting_id)  # the actions' default due day, a week later, ran off the calendar
        assert page.detail is not None and page.detail.summary.id == meeting_id
        assert page.actions_panel.due.date() == due
        page.refresh()
    dialog = MeetingDialog(ctx, ctx.today(), meeting=page.detail.summary)
    qtbot.addWidget(dialog)
    assert dialog.day.date() == QDate(2000, 1, 1)
    assert not dialog.error.isHidden()
    assert dialog.error.text() == ("Monday 1 January 0001 is outside the years Cercle keeps: 2000 to 9998. The field "
                                   "shows Saturday 1 January 2000 instead: save to move it there, or choose another "
                                   "day.")
    dialog.save()
    assert dialog.result_view is not None and meetings.get_meeting(ctx, before).summary.day == date(2000, 1, 1)
    delivered()
    assert page.detail.summary.day == date(2000, 1, 1)


def test_a_workshop_session_saved_beyond_the_calendar_is_shown_and_its_month_read(qtbot, workspace):
    ctx = workspace.ctx
    workshop, session = old_session(ctx, LAST_DAY_PYTHON_HAS)
    assert [s.id for s in ws.month_sessions(ctx, 9999, 12)] == [session]  # its next month Python has not
    assert rota.month_view(ctx, 9999, 12) == []
    page = shown(qtbot, WorkshopsPage(workspace, "Workshops"))
    page.select_workshop(workshop)
    page.select_session(session)
    page.show_month(9999, 12)  # its six weeks run off Python's calendar: the last month Cercle keeps instead
    assert page.shown_month() == (date(9998, 12, 1), date(9998, 12, 31))
    page.calendar.step(1)
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (9998, 12)
    page.calendar.setSelectedDate(QDate(9999, 12, 31))
    page.show_month(1, 1)
    assert page.shown_month() == (date(2000, 1, 1), date(2000, 1, 31))
    dialog = SessionDialog(ctx, workshop, ws.get_session(ctx, session))
    qtbot.addWidget(dialog)
    assert dialog.day.date() == QDate(9998, 12, 31) and not dialog.error.isHidden()
    finish_background(qtbot)


def test_week_and_month_steps_stop_at_the_edge_of_the_calendar(qtbot, workspace):
    saved_by_an_older_version(workspace.ctx, Shift, day=LAST_DAY_PYTHON_HAS, start_time=time(8, 30),
                              end_time=time(12), seats=1, label="", status="planned")
    reception = shown(qtbot, ReceptionPage(workspace, "Reception"))
    last_monday = date(9998, 12, 28)
    reception.show_week(last_monday)
    reception.move_period(1)  # the week of 03/01/10000 raised OverflowError
    assert reception.monday == last_monday
    reception.month_view.setChecked(True)
    reception.month = date(9998, 12, 1)
    reception.move_period(1)
    assert reception.month == date(9998, 12, 1)
    reception.month = date(2000, 1, 1)
    reception.move_period(-1)
    assert reception.month == date(2000, 1, 1)
    hours_page = shown(qtbot, HoursPage(workspace, "Hours"), (1280, 800))
    hours_page.week = last_monday
    hours_page.move_week(1)
    assert hours_page.week == last_monday
    finish_background(qtbot)


def test_the_weekly_check_tells_the_desk_each_row_to_correct(tmp_path, qtbot, english):
    from tests.services.test_integrity import sqlite_centre

    ctx = sqlite_centre(tmp_path / "c.sqlite3")
    beyond = old_meeting(ctx, LAST_DAY_PYTHON_HAS, "Vieille réunion")
    saved_by_an_older_version(ctx, Closure, day=date(1900, 1, 1), reason="Inventaire", cancelled=False)
    assert integrity.check_if_due(ctx, TEST_NOW) is None  # the file is sound: these are rows to correct
    told = sorted(notification_text(note) for note in notifications.list_notifications(ctx, None))
    tail = "is outside the years Cercle keeps (2000 to 9998). Correct it, or ask for help."
    assert told == [
        f"Closure of the centre no. 1, day: {short_date(date(1900, 1, 1))} {tail}",
        f"Meeting “Vieille réunion” (no. {beyond}), day: {short_date(LAST_DAY_PYTHON_HAS)} {tail}",
    ]
    assert integrity.tell_outside_calendar(ctx) and len(notifications.list_notifications(ctx, None)) == 2  # once
    ctx.engine.dispose()


def test_the_dialog_says_in_french_the_day_it_shows_instead(qtbot, workspace, french):  # French after the
    # workspace's English
    meeting_id = old_meeting(workspace.ctx, LAST_DAY_PYTHON_HAS, "Vieille réunion")
    dialog = MeetingDialog(workspace.ctx, workspace.ctx.today(), meeting=meetings.get_meeting(
        workspace.ctx, meeting_id).summary)
    qtbot.addWidget(dialog)
    assert dialog.error.text() == typeset(
        "Le vendredi 31 décembre 9999 est en dehors des années que Cercle prend en compte : de 2000 à 9998. Le champ "
        "affiche le jeudi 31 décembre 9998 à la place : enregistrez pour l'y déplacer, ou choisissez un autre jour.")


def test_a_title_that_reads_like_one_of_cercles_words_stays_as_typed(tmp_path, qtbot, french):
    from tests.services.test_integrity import sqlite_centre

    ctx = sqlite_centre(tmp_path / "c.sqlite3")
    old_meeting(ctx, LAST_DAY_PYTHON_HAS, "Meeting")  # the team's title, though it reads like « Meeting »
    integrity.tell_outside_calendar(ctx)
    told, = (notification_text(note) for note in notifications.list_notifications(ctx, None))
    assert told.startswith(typeset("Réunion « Meeting » (n° ")), told
    ctx.engine.dispose()
