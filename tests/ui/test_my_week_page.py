"""My week gathers the acting member's shifts, hours, proposals and actions, and leads to each page."""

from datetime import time, timedelta

from app.services import rota
from app.ui.pages.my_week import MyWeekPage


def test_my_week_shows_my_shift_and_my_hours(qtbot, workspace):
    ctx = workspace.ctx
    tomorrow = ctx.today() + timedelta(days=1)
    shift = rota.add_shift(ctx, tomorrow, time(8, 30), time(12, 30), seats=2, label="Café-accueil")
    rota.claim_shift(ctx, shift.id, workspace.actor_id)
    page = MyWeekPage(workspace, "My week")
    qtbot.addWidget(page)
    page.show()
    shifts = [page.shifts.list.item(row).text() for row in range(page.shifts.list.count())]
    assert len(shifts) == 1 and "08:30–12:30 — Café-accueil" in shifts[0]
    hours = [page.hours.list.item(row).text() for row in range(page.hours.list.count())]
    assert hours[0].startswith("Profession:") and hours[1].startswith("Self-management:")
    assert page.proposals.list.item(0).text() == "Nothing awaits your position."
    assert "Hello Amina" in page.greeting.text()


def test_my_week_follows_a_release(qtbot, workspace):
    ctx = workspace.ctx
    later = ctx.today() + timedelta(days=7)
    shift = rota.add_shift(ctx, later, time(13, 30), time(17, 30))
    rota.claim_shift(ctx, shift.id, workspace.actor_id)
    page = MyWeekPage(workspace, "My week")
    qtbot.addWidget(page)
    page.show()
    assert "13:30" in page.shifts.list.item(0).text()
    rota.release_shift(ctx, shift.id, workspace.actor_id)
    assert page.shifts.list.item(0).text() == "No reception shift in the next two weeks."
