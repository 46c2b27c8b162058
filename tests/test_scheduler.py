"""The scheduler's jobs with a controllable clock: catch-up after closed time, reminders, failures."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from app import logs, scheduler
from app.services import context, hours, notifications, reminders
from app.storage import backup
from app.storage.models import AuditEntry
from app.storage.models.notifications import Notification
from tests.services.test_decisions import open_proposal, team  # noqa: F401 - the fixture is used


def count(ctx, model, *conditions) -> int:
    with ctx.reading() as db:
        return len(db.exec(select(model).where(*conditions)).all())


@pytest.fixture
def wall_clock(ctx):
    """APScheduler times its jobs by the computer's clock: a test of the live scheduler shares that clock
    (a fixed test clock would put every deadline in APScheduler's past once that date has gone by)."""
    ctx.clock = lambda: context.system_clock()
    return ctx


def test_a_week_closed_then_a_start_performs_each_missed_job_once_not_twice(ctx, team):  # noqa: F811
    due = open_proposal(ctx, team, deadline_days=2)
    closing_soon = open_proposal(ctx, team, deadline_days=7, quorum=None)
    later = ctx.now() + timedelta(days=7) - timedelta(hours=2)  # a week later, 2 h before the second closes
    with_backups = ctx.engine.dialect.name == "sqlite"
    first = scheduler.catch_up(ctx, later, backups=with_backups)
    assert first["close_proposals"] == [due]
    assert first["reminders"]["position_missing"] == len(team)
    if with_backups:
        assert first["backup"] is not None
    notes = count(ctx, Notification)
    second = scheduler.catch_up(ctx, later, backups=with_backups)
    assert second["close_proposals"] == []
    assert second.get("backup") is None
    assert sum(second["reminders"].values()) == 0
    assert count(ctx, Notification) == notes
    assert count(ctx, AuditEntry, AuditEntry.action == "close_at_deadline") == 1
    if with_backups:
        assert len(backup.backup_files(backup.backups_dir())) == 1
    with ctx.reading() as db:
        closer = db.exec(select(AuditEntry).where(AuditEntry.action == "close_at_deadline")).one()
    assert closer.member_id is None  # the scheduler acts for nobody
    assert closing_soon not in first["close_proposals"]


def test_the_week_reminder_comes_on_friday_afternoon_once(ctx, team):  # noqa: F811
    thursday = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    assert reminders.validate_week(ctx, thursday) == 0
    friday = datetime(2026, 11, 27, 14, 30, tzinfo=UTC)  # 15:30 in Paris
    hours.validate_week(ctx, team[0], hours.week_start(friday.date()))
    assert reminders.validate_week(ctx, friday) == len(team) - 1
    assert reminders.validate_week(ctx, friday + timedelta(days=1)) == 0
    assert notifications.unread_count(ctx, team[0]) == 0
    assert notifications.unread_count(ctx, team[1]) == 1


def test_a_failing_job_is_logged_and_notified_once_and_runs_again(ctx, tmp_path, monkeypatch):
    calls = []

    def broken(ctx, now):
        calls.append(now)
        raise RuntimeError("the rota is on fire")

    monkeypatch.setitem(scheduler.JOBS, "shifts_ahead", broken)
    log_file = logs.setup_logging(tmp_path)
    scheduler.run_job(ctx, "shifts_ahead", ctx.now())
    scheduler.run_job(ctx, "shifts_ahead", ctx.now() + timedelta(hours=1))
    assert len(calls) == 2
    [note] = notifications.list_notifications(ctx, None)
    assert (note.kind, note.params) == ("job-failed", {"job": "shifts_ahead"})
    logs.stop_logging()
    assert "the rota is on fire" in log_file.read_text(encoding="utf-8")


def test_near_deadlines_are_planned_far_ones_left_to_the_daily_replan(wall_clock, ctx, team, qapp):  # noqa: F811
    near = open_proposal(ctx, team, deadline_days=10)
    far = open_proposal(ctx, team, deadline_days=40)
    planner = scheduler.CercleScheduler(ctx, backups=False)
    planner.start()
    try:
        ids = planner.job_ids()
        expected = {"catch_up", "reminders", "shifts_ahead", "retention", "integrity", "replan",
                    f"deadline:{near}"}
        assert expected <= set(ids)
        assert f"deadline:{far}" not in ids and "backup" not in ids
        job = planner.scheduler.get_job("reminders")
        assert job.coalesce and job.misfire_grace_time >= 3600
    finally:
        planner.shutdown()


def test_shift_reminders_tell_the_holder_once_and_the_desk_the_free_seats(ctx, team):  # noqa: F811
    rota = pytest.importorskip("app.services.rota")
    from datetime import time

    tomorrow = ctx.today() + timedelta(days=1)
    shift = rota.add_shift(ctx, tomorrow, time(8, 30), time(12, 30), seats=2)
    rota.claim_shift(ctx, shift.id, team[1])
    assert reminders.shift_tomorrow(ctx, ctx.now()) == 1
    assert reminders.shift_tomorrow(ctx, ctx.now() + timedelta(hours=2)) == 0
    assert reminders.open_seats(ctx, ctx.now()) == 1
    assert reminders.open_seats(ctx, ctx.now()) == 0
    seen = {view.kind: view.params for view in notifications.list_notifications(ctx, team[1])}
    assert seen == {"shift": {"day": tomorrow.isoformat(), "start": "08:30", "end": "12:30"},
                    "seats": {"count": 1}}
    assert notifications.unread_count(ctx, team[2]) == 1  # only the free seat, for the whole desk


def test_action_items_due_by_tomorrow_are_reminded_once_to_their_owner(ctx, team):  # noqa: F811
    meetings = pytest.importorskip("app.services.meetings")
    from datetime import time

    meeting = meetings.create_meeting(ctx, meetings.MeetingDraft(
        title="Team meeting", day=ctx.today(), start=time(12, 30), end=time(13, 30)))
    meetings.add_action(ctx, meeting.id, team[2], "Call the CPAM", due=ctx.today() + timedelta(days=1))
    meetings.add_action(ctx, meeting.id, team[2], "Later", due=ctx.today() + timedelta(days=10))
    assert reminders.actions_due(ctx, ctx.now()) == 1
    assert reminders.actions_due(ctx, ctx.now()) == 0
    [note] = notifications.list_notifications(ctx, team[2])
    assert note.params["text"] == "Call the CPAM"


def test_a_waiting_list_promotion_tells_the_organiser_once(ctx, team):  # noqa: F811
    from datetime import date

    for _ in range(2):
        with ctx.writing() as unit:
            reminders.waiting_list_promoted(unit, member_id=team[0], participant_id=7, title="Sleep well",
                                            day=date(2026, 12, 3))
    [note] = notifications.list_notifications(ctx, team[0])
    assert (note.kind, note.params) == ("waiting-list", {"title": "Sleep well", "day": "2026-12-03"})


def test_a_proposal_changed_in_a_job_thread_is_planned_from_the_gui_thread(wall_clock, ctx, team, qtbot):  # noqa: F811
    """A job that closes a proposal runs in a pool thread. The Qt scheduler wakes itself with a timer, and a
    timer started from a thread without an event loop never fires: the new deadline would wait for the
    next planned wake-up (up to 15 minutes late). The planning is done in the GUI thread instead."""
    import threading

    planner = scheduler.CercleScheduler(ctx, backups=False)
    planner.start()
    woken_from = []
    wakeup = planner.scheduler.wakeup
    planner.scheduler.wakeup = lambda: (woken_from.append(threading.current_thread()), wakeup())
    opened = []
    try:
        worker = threading.Thread(target=lambda: opened.append(open_proposal(planner.ctx, team, deadline_days=3)))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: f"deadline:{opened[0]}" in planner.job_ids(), timeout=2000)
        assert woken_from and set(woken_from) == {threading.main_thread()}
    finally:
        planner.shutdown()
