"""Background work while Cercle is open: closing proposals at their deadline, reminders, backups, retention,
the weekly check of the centre's file.

Cercle is often closed, so nothing is kept in a job store: the jobs are rebuilt from the data at each
start, each one is idempotent, and a catch-up pass at start does what was missed (a proposal whose
deadline passed while Cercle was closed is closed with its deadline as closing time). The job logic is
plain functions taking ``(ctx, now)``, testable with any clock; ``CercleScheduler`` only times them.

Jobs run in APScheduler's pool threads: they call services, which publish change events; the GUI's hub
re-emits them as queued Qt signals. A job never touches a widget. A job that raises is logged in
``cercle.log`` (data folder) and shown once as a notification; its next run still happens.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.domain.errors import QT_TRANSLATE_NOOP
from app.services.context import Context

log = logging.getLogger(__name__)

JOB_FAILED = QT_TRANSLATE_NOOP(
    "Notifications", "A background task failed ({job}). Details are in cercle.log, in Cercle's data folder.")
# QTimer cannot wait more than about 24.8 days: farther deadlines are planned by a daily re-planning job.
TIMER_HORIZON = timedelta(days=20)
MISFIRE_GRACE_SECONDS = 24 * 3600  # a laptop that slept through a run still does it on waking
CATCH_UP_DELAY = timedelta(seconds=10)  # the window settles (and shows its data) first


# --- the jobs: plain functions of (ctx, now), each idempotent ----------------------------------------
def close_proposals(ctx: Context, now: datetime) -> Any:
    """Close the proposals whose deadline has passed, at their deadline."""
    from app.services.decisions import close_due

    return close_due(ctx, now)


def backup_if_due(ctx: Context, now: datetime) -> Path | None:
    """The daily backup: made when the newest one is more than 24 hours old (then pruned)."""
    from app.services import backups

    if not backups.backup_overdue(ctx, now):
        return None
    return backups.back_up_now(ctx, now=now)


def create_shifts(ctx: Context, now: datetime) -> Any:
    """Reception shifts created ahead, as many weeks as the settings say."""
    from app.services.rota import create_shifts_ahead

    return create_shifts_ahead(ctx)


def erase_participants(ctx: Context, now: datetime) -> Any:
    """Workshop participants' personal data, and the directory's people who no longer take part, erased once
    their retention period is over."""
    from app.services.people import erase_expired_people
    from app.services.workshops import erase_expired_participants

    today = now.astimezone(ctx.timezone).date()
    return erase_expired_participants(ctx, today) + erase_expired_people(ctx, today)


def check_integrity(ctx: Context, now: datetime) -> str | None:
    """The weekly page-by-page check of the centre's file (opening it only checks its shape)."""
    from app.services.integrity import check_if_due

    return check_if_due(ctx, now)


def reminders(ctx: Context, now: datetime) -> dict[str, int]:
    from app.services.reminders import send_reminders

    return send_reminders(ctx, now)


JOBS: dict[str, Callable[[Context, datetime], Any]] = {
    "close_proposals": close_proposals,
    "backup": backup_if_due,
    "shifts_ahead": create_shifts,
    "retention": erase_participants,
    "reminders": reminders,
    "integrity": check_integrity,
}


def job_context(ctx: Context) -> Context:
    """The context of background work: same database, clock and events, acting for nobody, as the scheduler."""
    return ctx.as_system("scheduler")


def run_job(ctx: Context, name: str, now: datetime) -> Any:
    """Run one job; a failure is logged and notified once a day, and never stops the next run."""
    try:
        return JOBS[name](ctx, now)
    except Exception:
        log.exception("background job %s failed", name)
        report_failure(ctx, name, now)
        return None


def report_failure(ctx: Context, name: str, now: datetime) -> None:
    from app.services import notifications

    day = now.astimezone(ctx.timezone).date().isoformat()
    try:
        notifications.notify(ctx, kind="job-failed", text=JOB_FAILED, params={"job": name},
                             dedupe_key=f"job-failed:{name}:{day}")
    except Exception:
        log.exception("could not notify the failure of %s", name)


def catch_up(ctx: Context, now: datetime, *, backups: bool = True) -> dict[str, Any]:
    """At start: every job once, in order (what was missed while Cercle was closed). Safe to repeat."""
    ctx = job_context(ctx)
    return {name: run_job(ctx, name, now) for name in JOBS if backups or name != "backup"}


def deadlines_to_plan(ctx: Context, now: datetime) -> dict[int, datetime]:
    """Open proposals whose deadline falls after ``now`` and within the timer's horizon."""
    from app.domain.consensus import ProposalStatus
    from app.services.decisions import list_proposals

    return {proposal.id: proposal.deadline for proposal in list_proposals(ctx, ProposalStatus.OPEN)
            if now < proposal.deadline <= now + TIMER_HORIZON}


# --- the timing, in the GUI process ---------------------------------------------------------------
class _GuiThreadCall(QObject):
    """Calls ``function`` in the thread this object was made in (the GUI's), whichever thread asks: a job
    that closes a proposal asks from a pool thread, and the Qt scheduler's timers live in the GUI thread."""

    asked = Signal()

    def __init__(self, function: Callable[[], None]) -> None:
        super().__init__()
        self.function = function
        self.asked.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _call(self) -> None:
        self.function()


class CercleScheduler:
    """APScheduler's QtScheduler with Cercle's jobs, rebuilt from the data at each start."""

    def __init__(self, ctx: Context, *, backups: bool = True) -> None:
        from apscheduler.schedulers.qt import QtScheduler

        self.ctx = job_context(ctx)
        self.backups = backups  # never back up a demo centre into the user's folder
        self.scheduler = QtScheduler(
            timezone=ctx.timezone,
            job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_SECONDS, "max_instances": 1},
        )
        self._replan = _GuiThreadCall(self.plan_deadlines)

    def start(self) -> None:
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        add = self.scheduler.add_job
        add(self._catch_up, "date", run_date=self.ctx.now() + CATCH_UP_DELAY, id="catch_up")
        add(self.run, IntervalTrigger(minutes=15), args=["reminders"], id="reminders")
        if self.backups:
            add(self.run, IntervalTrigger(hours=1), args=["backup"], id="backup")
        add(self.run, CronTrigger(hour=12, minute=30), args=["shifts_ahead"], id="shifts_ahead")
        add(self.run, CronTrigger(hour=12, minute=40), args=["retention"], id="retention")
        add(self.run, IntervalTrigger(hours=6), args=["integrity"], id="integrity")
        add(self.plan_deadlines, CronTrigger(hour=3), id="replan")
        self.plan_deadlines()
        self.ctx.events.subscribe(self._on_change)
        self.scheduler.start()

    def run(self, name: str) -> Any:
        return run_job(self.ctx, name, self.ctx.now())

    def _catch_up(self) -> None:
        catch_up(self.ctx, self.ctx.now(), backups=self.backups)

    def plan_deadlines(self) -> None:
        """One date job per proposal closing within the timer's horizon; the daily re-plan adds later ones."""
        try:
            planned = deadlines_to_plan(self.ctx, self.ctx.now())
        except Exception:
            log.exception("could not plan the deadlines")
            return
        for job in self.scheduler.get_jobs():
            if job.id.startswith("deadline:") and int(job.id.split(":")[1]) not in planned:
                job.remove()
        for proposal_id, deadline in planned.items():
            self.scheduler.add_job(self.run, "date", run_date=deadline, args=["close_proposals"],
                                   id=f"deadline:{proposal_id}", replace_existing=True)

    def _on_change(self, entity: str, _ids: tuple[int, ...]) -> None:
        if entity == "proposal":
            self._replan.asked.emit()

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self.scheduler.get_jobs())

    def shutdown(self) -> None:
        """Stop; a job under way (a backup) finishes first."""
        self.ctx.events.unsubscribe(self._on_change)
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
