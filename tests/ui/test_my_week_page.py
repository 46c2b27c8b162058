"""My week gathers the acting member's hours so far, next meeting, shifts, proposals and actions, and leads to
each page."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.consensus import Stance
from app.domain.members import MemberDraft
from app.services import decisions, hours, meetings, members, rota
from app.services.meetings import MeetingDraft
from app.ui.pages.my_week import MyWeekPage
from tests.ui.conftest import delivered, shown


@pytest.fixture
def page(qtbot, workspace):
    return shown(qtbot, MyWeekPage(workspace, "My week"), (1200, 700))


def lines(card):
    return [card.list.item(row).text() for row in range(card.list.count())]


def test_my_week_shows_my_shifts_of_this_week_and_next(qtbot, workspace):
    ctx = workspace.ctx  # Monday 23 November 2026
    for offset, label in ((1, "Café-accueil"), (8, "")):
        shift = rota.add_shift(ctx, ctx.today() + timedelta(days=offset), time(8, 30), time(12, 30), label=label)
        rota.claim_shift(ctx, shift.id, workspace.actor_id)
    page = MyWeekPage(workspace, "My week")
    qtbot.addWidget(page)
    page.show()
    assert lines(page.shifts) == [
        "This week", "Tuesday 24 November 2026, 08:30–12:30 — Café-accueil",
        "Next week", "Tuesday 1 December 2026, 08:30–12:30",
    ]
    assert lines(page.proposals) == ["Nothing awaits your position."]
    assert lines(page.action_items) == ["No action item for you."]
    assert "Hello Amina" in page.greeting.text()


def test_my_week_follows_a_release(qtbot, workspace, page):
    ctx = workspace.ctx
    shift = rota.add_shift(ctx, ctx.today() + timedelta(days=7), time(13, 30), time(17, 30))
    rota.claim_shift(ctx, shift.id, workspace.actor_id)
    delivered()
    assert lines(page.shifts) == ["This week", "None.", "Next week", "Monday 30 November 2026, 13:30–17:30"]
    rota.release_shift(ctx, shift.id, workspace.actor_id)
    delivered()
    assert lines(page.shifts) == ["No reception shift this week or next."]


def test_my_hours_show_a_bar_of_what_is_done_against_what_is_due_by_today(qtbot, workspace, page):
    ctx = workspace.ctx  # on Monday, a 35-hour week owes 5 h of profession and 2 h of self-management by tonight
    training = next(c.id for c in hours.list_categories(ctx) if c.code == "training")
    hours.record_entry(ctx, workspace.actor_id, ctx.today(), training, 90)
    delivered()
    assert page.self_management.text.text() == "1 h 30 min done of 2 h due by today (10 h in the week)"
    assert (page.self_management.bar.value(), page.self_management.bar.maximum()) == (90, 120)
    assert page.profession.text.text() == "5 h done of 5 h due by today (25 h in the week)"
    assert page.profession.bar.value() == page.profession.bar.maximum() == 300


def test_my_week_shows_the_next_meeting_my_proposals_and_my_actions(qtbot, workspace, page):
    ctx = workspace.ctx
    delivered()
    assert page.next_meeting.text() == "No meeting planned."
    draft = MeetingDraft(title="Réunion d'équipe", day=ctx.today() + timedelta(days=7), start=time(12, 30),
                         end=time(14), place="Salle 1")
    meeting = meetings.create_meeting(ctx, draft)
    delivered()
    assert page.next_meeting.text() == "<b>Réunion d&#x27;équipe</b><br>Monday 30 November 2026, 12:30–14:00<br>Salle 1"
    meetings.add_action(ctx, meeting.id, workspace.actor_id, "Call the CPAM", ctx.today() - timedelta(days=1))
    delivered()
    assert lines(page.action_items) == ["Call the CPAM — by 22/11/2026"]
    assert page.action_items.list.item(0).foreground().color().name() == "#b00020"  # late
    said = page.action_items.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == "Overdue: Call the CPAM — by 22/11/2026"  # the red, in words

    bruno = members.add_member(ctx, MemberDraft(name="Bruno Martin")).id
    proposal = decisions.create_draft(ctx, title="Fruit", text="A basket.", deadline=ctx.now() + timedelta(days=3))
    decisions.submit(ctx, proposal.summary.id)
    workspace.set_actor(bruno)
    decisions.endorse(ctx, proposal.summary.id)
    delivered()
    assert lines(page.proposals) == ["Fruit — until Thursday 26 November 2026"]
    decisions.take_position(ctx, proposal.summary.id, Stance.AGREE)
    delivered()
    assert lines(page.proposals) == ["Nothing awaits your position."]


def test_the_two_hours_bars_start_at_the_same_place(qtbot, qapp, workspace):
    qapp.setStyleSheet("QLabel { font-size: 20px; }")  # "Self-management" is then wider than the least width
    try:
        page = MyWeekPage(workspace, "My week")
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        assert page.profession.bar.x() == page.self_management.bar.x()
    finally:
        qapp.setStyleSheet("")
