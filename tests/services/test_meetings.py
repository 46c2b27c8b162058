"""Team meetings through the services, on both engines: series, attendance credits, agenda, decisions,
actions, minutes locked once approved, search."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from app.domain.consensus import ProposalStatus, Stance
from app.domain.errors import RuleViolation
from app.domain.meetings import Attendance, ItemKind, MeetingKind, MeetingStatus
from app.domain.members import MemberDraft
from app.domain.recurrence import Recurrence
from app.services import decisions, meetings, members
from app.services.errors import NotAllowed
from app.services.meetings import MeetingDraft
from app.storage.models import AuditEntry, TimeEntry
from app.storage.models.meetings import Meeting
from tests.conftest import in_the_afternoon
from tests.statements import statements

MONDAY = date(2026, 11, 23)  # the test clock's day
ARRIVED = date(2026, 1, 5)  # the team's first day: the meetings the tests hold before today credit them


@pytest.fixture
def team(ctx):
    ids = [
        members.add_member(ctx, MemberDraft(name=name, start_date=ARRIVED)).id
        for name in ("Amina", "Bruno", "Chloé", "David")
    ]
    ctx.actor_id = ids[0]
    return ids


def weekly(ctx, first=MONDAY, weeks=3):
    draft = MeetingDraft(
        title="Réunion d'équipe", day=first, start=time(12, 30), end=time(14, 0), place="Salle 1"
    )
    return meetings.create_weekly_series(ctx, draft, weeks)


def open_proposal(ctx, team, title="Saturday opening"):
    ctx.actor_id = team[0]
    draft = decisions.create_draft(
        ctx,
        title=title,
        text="We open on Saturdays at 8:30.",
        deadline=ctx.now() + timedelta(days=7),
        quorum_percent=50,
    )
    decisions.submit(ctx, draft.summary.id)
    ctx.actor_id = team[1]
    decisions.endorse(ctx, draft.summary.id)
    ctx.actor_id = team[0]
    return draft.summary.id


def held_ahead_of_its_time(ctx, meeting_id):
    """Mark the meeting held as Cercle let anyone do before it took place, until that was refused: what the
    figures read must still leave it out until its day (a centre's database keeps such meetings)."""
    with ctx.writing() as unit:
        meeting = unit.db.get(Meeting, meeting_id)
        meeting.status = MeetingStatus.HELD.value
        unit.db.add(meeting)


def credits(ctx, meeting_id):
    with ctx.reading() as db:
        rows = db.exec(
            select(TimeEntry).where(TimeEntry.source == "meeting", TimeEntry.source_id == meeting_id)
        )
        return {row.member_id: row.minutes for row in rows}


def test_a_place_too_long_is_refused_not_cut_without_a_word(ctx, team):
    """The place was cut at 120 characters and saved: the end of the address typed was lost unseen."""
    address = "Salle polyvalente du centre social Jean-Jaurès, 12 rue de la Liberté, bâtiment B, 2e étage, " \
              "porte au fond du couloir à gauche"
    assert len(address) > meetings.MAX_PLACE
    draft = MeetingDraft(title="Comité de pilotage", day=MONDAY, start=time(14), end=time(16), place=address)
    with pytest.raises(RuleViolation) as refused:
        meetings.create_meeting(ctx, draft)
    assert str(refused.value) == "A place has at most 120 characters."
    with ctx.reading() as db:
        assert db.exec(select(Meeting)).all() == []
    kept = meetings.create_meeting(ctx, replace(draft, place=" " + address[:120] + " "))
    assert meetings.get_meeting(ctx, kept.id).summary.place == address[:120]


def test_a_weekly_series_keeps_weekday_and_hours(ctx, team):
    series = weekly(ctx, weeks=5)
    assert [m.day for m in series] == [MONDAY + timedelta(weeks=n) for n in range(5)]
    assert {m.series_id for m in series} == {series[0].id}
    assert all(m.minutes == 90 and m.status == MeetingStatus.PLANNED for m in series)
    with pytest.raises(RuleViolation):
        weekly(ctx, weeks=0)
    with pytest.raises(RuleViolation):
        meetings.create_meeting(ctx, MeetingDraft(title="x", day=MONDAY, start=time(14), end=time(13)))
    with pytest.raises(RuleViolation):
        meetings.create_meeting(ctx, MeetingDraft(title="  ", day=MONDAY, start=time(13), end=time(14)))


def test_present_members_are_credited_once_and_withdrawn(ctx, team):
    meeting = weekly(ctx, weeks=1)[0]
    meetings.set_attendance(
        ctx,
        meeting.id,
        {team[0]: Attendance.PRESENT, team[1]: Attendance.PRESENT, team[2]: Attendance.EXCUSED},
    )
    meetings.set_attendance(ctx, meeting.id, {team[0]: Attendance.PRESENT})  # again: still counted once
    assert credits(ctx, meeting.id) == {team[0]: 90, team[1]: 90}
    meetings.set_attendance(ctx, meeting.id, {team[1]: Attendance.ABSENT})
    assert credits(ctx, meeting.id) == {team[0]: 90}
    detail = meetings.get_meeting(ctx, meeting.id)
    assert detail.present_ids() == [team[0]]
    assert detail.people(Attendance.EXCUSED) == ["Chloé"]
    assert [p.attendance for p in detail.attendance if p.name == "David"] == [None]
    # A longer meeting credits the new duration.
    changed = MeetingDraft(title=meeting.title, day=meeting.day, start=time(12, 0), end=time(14, 0))
    meetings.update_meeting(ctx, meeting.id, changed)
    assert credits(ctx, meeting.id) == {team[0]: 120}


def test_roles_turn_among_those_present(ctx, team):
    first, second = weekly(ctx, weeks=2)
    meetings.set_attendance(ctx, first.id, {member: Attendance.PRESENT for member in team})
    suggested = meetings.suggest_meeting_roles(ctx, first.id)
    assert len(set(suggested.values())) == 3
    meetings.set_roles(ctx, first.id, suggested)
    meetings.set_attendance(ctx, second.id, {member: Attendance.PRESENT for member in team})
    following = meetings.suggest_meeting_roles(ctx, second.id)
    assert all(following[role] != suggested[role] for role in suggested)
    meetings.set_attendance(ctx, second.id, {team[3]: Attendance.ABSENT})
    assert team[3] not in meetings.suggest_meeting_roles(ctx, second.id).values()
    assert meetings.get_meeting(ctx, first.id).role_name("facilitator") in {
        "Amina",
        "Bruno",
        "Chloé",
        "David",
    }


def test_agenda_items_are_ordered_edited_and_removed(ctx, team):
    meeting = weekly(ctx, weeks=1)[0]
    a = meetings.add_item(ctx, meeting.id, "Café-accueil", ItemKind.INFORMATION, 5)
    b = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    c = meetings.add_item(ctx, meeting.id, "Ateliers", ItemKind.DISCUSSION, 15)
    assert [i.id for i in meetings.move_item(ctx, c.id, 0)] == [c.id, a.id, b.id]
    meetings.update_item(ctx, a.id, "Café-accueil du samedi", ItemKind.INFORMATION, 10)
    meetings.remove_item(ctx, b.id)
    items = meetings.get_meeting(ctx, meeting.id).items
    assert [(i.position, i.title) for i in items] == [(1, "Ateliers"), (2, "Café-accueil du samedi")]
    assert items[1].submitted_by == team[0]
    with pytest.raises(RuleViolation):
        meetings.add_item(ctx, meeting.id, "", ItemKind.DISCUSSION, 5)
    with pytest.raises(RuleViolation):
        meetings.set_spent_minutes(ctx, a.id, -1)


def test_building_the_agenda_gathers_proposals_actions_and_untreated_items(ctx, team):
    last, this = weekly(ctx, first=MONDAY - timedelta(weeks=1), weeks=2)
    proposal_id = open_proposal(ctx, team)
    late = meetings.add_action(ctx, last.id, team[1], "Call the CPAM", due=MONDAY - timedelta(days=2))
    done = meetings.add_action(ctx, last.id, team[2], "Book the room", due=MONDAY)
    meetings.set_action_done(ctx, done.id)
    ctx.actor_id = team[3]
    meetings.add_item(ctx, last.id, "Heating of room 2", ItemKind.DISCUSSION, 10)  # submitted, never treated
    ctx.actor_id = team[0]
    built = meetings.build_agenda(ctx, this.id)
    assert [(i.kind, i.proposal_id, i.source_action_id, i.title) for i in built] == [
        (ItemKind.DECISION, proposal_id, None, "Saturday opening"),
        (ItemKind.INFORMATION, None, late.id, "Call the CPAM"),
        (ItemKind.DISCUSSION, None, None, "Heating of room 2"),
    ]
    assert meetings.build_agenda(ctx, this.id) == built  # nothing new the second time
    assert [a.id for a in meetings.open_actions_for(ctx, team[1])] == [late.id]
    assert meetings.open_actions_for(ctx, team[1])[0].is_overdue(MONDAY)
    assert meetings.open_actions_for(ctx, team[2]) == []


def test_notes_autosave_is_small_and_audited_only_on_change(ctx, team):
    meeting = weekly(ctx, weeks=1)[0]
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    meetings.save_notes(ctx, item.id, "Le budget")
    meetings.save_notes(ctx, item.id, "Le budget")
    meetings.save_notes(ctx, item.id, "Le budget 2027 est voté.")
    meetings.set_spent_minutes(ctx, item.id, 25)
    with ctx.reading() as db:
        saves = db.exec(select(AuditEntry).where(AuditEntry.action == "notes")).all()
    assert len(saves) == 2
    got = meetings.get_meeting(ctx, meeting.id).items[0]
    assert (got.notes, got.spent_minutes) == ("Le budget 2027 est voté.", 25)


def test_decisions_in_the_meeting_go_through_the_decisions_service(ctx, team):
    meeting = weekly(ctx, weeks=1)[0]
    proposal_id = open_proposal(ctx, team)
    meetings.build_agenda(ctx, meeting.id)
    meetings.set_attendance(
        ctx,
        meeting.id,
        {
            team[0]: Attendance.PRESENT,
            team[1]: Attendance.PRESENT,
            team[2]: Attendance.PRESENT,
            team[3]: Attendance.ABSENT,
        },
    )
    with pytest.raises(NotAllowed):
        meetings.record_position(ctx, meeting.id, proposal_id, team[3], Stance.AGREE)
    for member in team[:3]:
        meetings.record_position(ctx, meeting.id, proposal_id, member, Stance.AGREE)
    detail = meetings.get_meeting(ctx, meeting.id)
    assert detail.decisions[0].agree == 3
    meetings.close_decision(ctx, meeting.id, proposal_id, "Open on Saturdays from January.")
    decision = meetings.get_meeting(ctx, meeting.id).decisions[0]
    assert (decision.status, decision.agree, decision.statement) == (
        ProposalStatus.ADOPTED.value,
        3,
        "Open on Saturdays from January.",
    )
    assert [m.id for m in meetings.search_meetings(ctx, "january")] == [meeting.id]


def test_nothing_is_decided_in_a_meeting_before_it_takes_place(ctx, team):
    """Bruno, at a meeting planned for Thursday, "recorded" on Monday that Chloé agrees, over the block she
    gave herself, closed the proposal, marked the meeting held and approved its minutes: all refused now."""
    proposal_id = open_proposal(ctx, team)
    ctx.actor_id = team[2]
    decisions.take_position(ctx, proposal_id, Stance.BLOCK, "Not enough of us on Saturday mornings.")
    ctx.actor_id = team[1]
    thursday = meetings.create_meeting(
        ctx, MeetingDraft(title="Réunion", day=MONDAY + timedelta(days=3), start=time(14), end=time(15)))
    meetings.set_attendance(ctx, thursday.id, {team[1]: Attendance.PRESENT, team[2]: Attendance.PRESENT})
    meetings.add_item(ctx, thursday.id, "Saturdays", ItemKind.DECISION, proposal_id=proposal_id)
    with pytest.raises(NotAllowed, match="takes place on 2026-11-26: positions are recorded in it from that day"):
        meetings.record_position(ctx, thursday.id, proposal_id, team[2], Stance.AGREE)
    with pytest.raises(NotAllowed, match="from that day on"):
        meetings.close_decision(ctx, thursday.id, proposal_id, "Adopted.")
    for too_early in (meetings.mark_held, meetings.approve_minutes):
        with pytest.raises(NotAllowed, match="begins on 2026-11-26 at 14:00:00: .* once it has begun"):
            too_early(ctx, thursday.id)
    assert decisions.get_proposal(ctx, proposal_id).position_of(team[2]).stance == Stance.BLOCK
    assert decisions.get_proposal(ctx, proposal_id).summary.status == ProposalStatus.OPEN
    assert meetings.get_meeting(ctx, thursday.id).summary.status == MeetingStatus.PLANNED

    that_morning = replace(ctx, clock=lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC))  # 10:00 in Paris
    assert meetings.record_position(that_morning, thursday.id, proposal_id, team[1], Stance.AGREE).agree == 1
    with pytest.raises(NotAllowed, match="once it has begun"):
        meetings.mark_held(that_morning, thursday.id)
    at_two = replace(ctx, clock=lambda: datetime(2026, 11, 26, 13, 0, tzinfo=UTC))  # 14:00 in Paris
    assert meetings.mark_held(at_two, thursday.id).status == MeetingStatus.HELD


def test_minutes_of_a_meeting_marked_held_before_it_took_place_wait_for_it(ctx, team):
    """A meeting marked held ahead of its time, before that was refused: its minutes are approved once it
    has begun, not before."""
    meeting = weekly(ctx, first=MONDAY + timedelta(weeks=1), weeks=1)[0]
    held_ahead_of_its_time(ctx, meeting.id)
    with pytest.raises(NotAllowed, match="once it has begun"):
        meetings.approve_minutes(ctx, meeting.id)
    assert meetings.get_meeting(ctx, meeting.id).summary.status == MeetingStatus.HELD


def test_a_position_in_the_meeting_goes_on_the_text_read_out_only(ctx, team):
    meeting = weekly(ctx, weeks=1)[0]
    proposal_id = open_proposal(ctx, team)
    meetings.build_agenda(ctx, meeting.id)
    meetings.set_attendance(ctx, meeting.id, {team[1]: Attendance.PRESENT})
    read_out = meetings.get_meeting(ctx, meeting.id).decisions[0]
    assert (read_out.version, read_out.text) == (1, "We open on Saturdays at 8:30.")
    decisions.amend(ctx, proposal_id, text="We open on Saturdays at 9:00.", change_note="Later")
    with pytest.raises(NotAllowed, match="amended meanwhile"):
        meetings.record_position(ctx, meeting.id, proposal_id, team[1], Stance.AGREE, text_version=read_out.version)
    assert meetings.get_meeting(ctx, meeting.id).decisions[0].agree == 0


def test_approved_minutes_are_locked_and_corrected_by_errata(ctx, team):
    meeting = weekly(ctx, weeks=1)[0]
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    meetings.save_notes(ctx, item.id, "Le loyer augmente.")
    with pytest.raises(NotAllowed):
        meetings.approve_minutes(ctx, meeting.id)  # not held yet
    with pytest.raises(NotAllowed):
        meetings.add_erratum(ctx, meeting.id, "Too early")
    ctx = in_the_afternoon(ctx)
    meetings.mark_held(ctx, meeting.id)
    approved = meetings.approve_minutes(ctx, meeting.id)
    assert approved.status == MeetingStatus.APPROVED
    for change in (
        lambda: meetings.save_notes(ctx, item.id, "changed"),
        lambda: meetings.add_item(ctx, meeting.id, "Late", ItemKind.DISCUSSION, 5),
        lambda: meetings.set_attendance(ctx, meeting.id, {team[1]: Attendance.PRESENT}),
        lambda: meetings.add_action(ctx, meeting.id, team[1], "Too late"),
    ):
        with pytest.raises(NotAllowed):
            change()
    meetings.add_erratum(ctx, meeting.id, "Le loyer augmente de 2 %, pas de 3 %.")
    detail = meetings.get_meeting(ctx, meeting.id)
    assert detail.items[0].notes == "Le loyer augmente."
    assert [(e.by_name, e.text) for e in detail.errata] == [
        ("Amina", "Le loyer augmente de 2 %, pas de 3 %.")
    ]
    with ctx.reading() as db:
        assert db.exec(select(AuditEntry).where(AuditEntry.action == "erratum")).first() is not None


def test_search_by_a_word_of_the_notes_and_the_next_meeting(ctx, team):
    first, second, third = weekly(ctx, weeks=3)
    item = meetings.add_item(ctx, second.id, "Budget", ItemKind.DISCUSSION, 20)
    meetings.save_notes(ctx, item.id, "Le Loyer augmente.")
    assert [m.id for m in meetings.search_meetings(ctx, "loyer")] == [second.id]
    assert meetings.search_meetings(ctx, "  ") == []
    assert meetings.get_meeting(ctx, first.id).next_meeting.id == second.id
    assert meetings.get_meeting(ctx, third.id).next_meeting is None
    assert [m.id for m in meetings.list_meetings(ctx)] == [first.id, second.id, third.id]  # the next first


def test_submitting_an_item_puts_it_on_the_next_planned_meeting(ctx, team):
    with pytest.raises(NotAllowed):
        meetings.submit_item(ctx, "Heating")
    earlier = meetings.create_meeting(
        ctx, MeetingDraft(title="Past", day=MONDAY - timedelta(days=7), start=time(12, 30), end=time(14))
    )
    upcoming = weekly(ctx, weeks=2)[0]
    ctx.actor_id = team[2]
    item = meetings.submit_item(ctx, "Heating")
    assert item.submitted_by == team[2]
    assert [i.id for i in meetings.get_meeting(ctx, upcoming.id).items] == [item.id]
    assert meetings.get_meeting(ctx, earlier.id).items == ()


def test_the_demo_has_a_held_meeting_an_overdue_action_and_a_partial_agenda(ctx, team):
    from app.demo import meetings as meetings_demo

    meetings_demo.demo_step(ctx, {}, None)
    everything = sorted(meetings.list_meetings(ctx), key=lambda m: m.day)
    listed = [m for m in everything if m.kind == MeetingKind.TEAM]
    held = [m for m in listed if m.status == MeetingStatus.HELD]
    assert len(held) == 1 and held[0].day == MONDAY - timedelta(weeks=1)
    assert all(m.status == MeetingStatus.APPROVED for m in listed if m.day < held[0].day)
    relays = [m for m in everything if m.kind == MeetingKind.RELAYS]  # monthly, on the second Tuesday
    assert len(relays) == 6 and all(m.day.weekday() == 1 and 8 <= m.day.day <= 14 for m in relays)
    assert {m.status for m in relays if m.day >= MONDAY} == {MeetingStatus.PLANNED}
    assert [m.status for m in relays if m.day < MONDAY][-1] == MeetingStatus.HELD
    upcoming = meetings.get_meeting(ctx, next(m.id for m in listed if m.day >= MONDAY))
    assert {item.source_action_id is not None for item in upcoming.items} == {True, False}
    overdue = [a for a in meetings.open_actions(ctx) if a.is_overdue(MONDAY)]
    assert len(overdue) == 1
    assert meetings.get_meeting(ctx, held[0].id).items[0].notes


def test_synthetic_history_is_inserted_in_bulk(ctx, team):
    from app.demo import meetings as meetings_demo

    assert meetings_demo.generate(ctx, team, years=1) == 52
    listed = meetings.list_meetings(ctx)
    assert len(listed) == 52 and listed[0].day == MONDAY - timedelta(weeks=1)
    assert {m.series_id for m in listed} == {listed[-1].id}
    assert len(meetings.get_meeting(ctx, listed[0].id).items) == 3
    assert meetings.search_meetings(ctx, "subvention")
    # The ids given by the database stay usable afterwards (PostgreSQL sequences included).
    assert meetings.create_meeting(
        ctx, MeetingDraft(title="Next", day=MONDAY, start=time(12), end=time(13))
    ).id


def test_a_weekly_series_skips_the_public_holidays_and_says_which(ctx, team):
    """From Monday 22 March 2027 for 10 weeks: Easter Monday (29 March) and Whit Monday (17 May) are
    left out."""
    first = date(2027, 3, 22)
    planned = meetings.series_days(ctx, first, Recurrence(count=10))
    assert planned.skipped == (date(2027, 3, 29), date(2027, 5, 17))
    created = weekly(ctx, first=first, weeks=10)
    assert [m.day for m in created] == list(planned.days) and len(created) == 8
    assert not {m.day for m in created} & set(planned.skipped)
    with pytest.raises(RuleViolation, match="public holiday"):
        weekly(ctx, first=date(2027, 3, 29), weeks=1)


def test_the_list_starts_with_the_next_meeting_then_the_past_ones(ctx, team):
    past = weekly(ctx, first=MONDAY - timedelta(weeks=3), weeks=2)
    coming = weekly(ctx, first=MONDAY + timedelta(days=1), weeks=2)
    assert [m.id for m in meetings.list_meetings(ctx)] == [coming[0].id, coming[1].id, past[1].id, past[0].id]


def test_the_list_read_page_by_page_is_the_list_whole(ctx, team):
    from app.demo import meetings as meetings_demo

    meetings_demo.generate(ctx, team, years=1)
    coming = weekly(ctx, first=MONDAY, weeks=4)
    today = MONDAY + timedelta(days=14)  # two of the series are past, as are the generated ones
    at_noon = meetings.MeetingDraft(title="Même heure", day=today, start=time(12, 30), end=time(13))
    tied = [meetings.create_meeting(ctx, at_noon).id for _ in range(2)]  # the id orders them
    ctx = replace(ctx, clock=lambda: datetime.combine(today, time(9), tzinfo=ctx.timezone))
    whole = [m.id for m in meetings.list_meetings(ctx)]
    for size in (1, 5, 100):
        paged: list[int] = []
        page = []
        while page := meetings.meetings_page(ctx, page[-1] if page else None, size):
            paged += [m.id for m in page]
        assert paged == whole
    assert whole[:4] == [coming[2].id, *tied, coming[3].id] and whole[4:6] == [coming[1].id, coming[0].id]


def test_names_in_french_order_in_the_attendance(ctx):
    ids = [members.add_member(ctx, MemberDraft(name=name)).id for name in ("Fatou", "Élodie", "David", "Zoé")]
    ctx.actor_id = ids[0]
    meeting = weekly(ctx, weeks=1)[0]
    attendance = meetings.get_meeting(ctx, meeting.id).attendance
    assert [p.name for p in attendance] == ["David", "Élodie", "Fatou", "Zoé"]


def test_the_next_meeting_is_today_s_until_it_is_over_then_the_next_planned_one(ctx, team):
    first, second, third = weekly(ctx)  # Mondays 12:30–14:00; the clock says Monday 09:00 in Paris
    assert meetings.next_meeting(ctx).id == first.id
    ctx.clock = lambda: datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 13:00 in Paris: under way
    assert meetings.next_meeting(ctx).id == first.id
    meetings.mark_held(ctx, first.id)  # held before its end: no longer to come
    assert meetings.next_meeting(ctx).id == second.id
    ctx.clock = lambda: datetime(2026, 11, 30, 13, 30, tzinfo=UTC)  # 14:30 in Paris on the second Monday: over
    assert meetings.next_meeting(ctx).id == third.id
    ctx.clock = lambda: datetime(2026, 12, 14, 13, 30, tzinfo=UTC)
    assert meetings.next_meeting(ctx) is None


def test_each_use_case_of_the_meeting_is_one_transaction(ctx, team, monkeypatch):
    """A position, a close and a submitted item check the meeting (on its agenda, minutes in draft, who is
    present, which one is next) inside the transaction that writes them: nothing can change in between."""
    proposal_id = open_proposal(ctx, team)
    meeting = weekly(ctx, weeks=1)[0]
    meetings.build_agenda(ctx, meeting.id)
    meetings.set_attendance(ctx, meeting.id, {team[0]: Attendance.PRESENT, team[1]: Attendance.PRESENT})
    opened = []
    writing = ctx.writing
    monkeypatch.setattr(ctx, "writing", lambda: opened.append("write") or writing())
    monkeypatch.setattr(ctx, "reading", lambda: pytest.fail("read outside the use case's transaction"))

    told = meetings.record_position(ctx, meeting.id, proposal_id, team[1], Stance.AGREE)
    assert (told.proposal_id, told.agree) == (proposal_id, 1)
    closed = meetings.close_decision(ctx, meeting.id, proposal_id, "Open on Saturdays from January.")
    assert closed.status != ProposalStatus.OPEN.value and closed.statement == "Open on Saturdays from January."
    submitted = meetings.submit_item(ctx, "Heating of the workshop room")
    assert opened == ["write"] * 3

    monkeypatch.undo()
    assert submitted.id in {item.id for item in meetings.get_meeting(ctx, meeting.id).items}


def test_the_minutes_count_an_open_proposal_as_the_decisions_page_does(ctx, team):
    """Members who left mid-vote: their positions no longer count, in the minutes as on the decisions page, and
    a block stands whoever made it (until the proposal is amended)."""
    proposal_id = open_proposal(ctx, team)
    for member, stance, reason in ((team[1], Stance.AGREE, ""), (team[2], Stance.AGREE, ""),
                                   (team[3], Stance.BLOCK, "Nous n'avons pas consulté les habitants.")):
        ctx.actor_id = member
        decisions.take_position(ctx, proposal_id, stance, reason)
    ctx.actor_id = team[0]
    members.deactivate(ctx, team[2])
    members.deactivate(ctx, team[3])
    meeting = weekly(ctx, weeks=1)[0]
    meetings.build_agenda(ctx, meeting.id)
    told = meetings.get_meeting(ctx, meeting.id).decisions[0]
    page = decisions.get_proposal(ctx, proposal_id).tally
    assert (told.agree, told.stand_aside, told.abstain, told.block) == (1, 0, 0, 1)
    assert (page.agree, page.stand_aside, page.abstain, page.block) == (1, 0, 0, 1)
    assert [block.name for block in told.blocks] == ["David"]


def test_the_minutes_announce_the_next_meeting_of_the_same_kind_its_series_first(ctx, team):
    first, second = weekly(ctx, weeks=2)  # Mondays 23 and 30 November
    relays = meetings.create_meeting(ctx, MeetingDraft(
        title="Habitants-relais", day=MONDAY + timedelta(days=1), start=time(18), end=time(19),
        kind=MeetingKind.RELAYS))
    extra = meetings.create_meeting(ctx, MeetingDraft(
        title="Réunion d'équipe exceptionnelle", day=MONDAY + timedelta(days=3), start=time(12), end=time(13)))
    assert meetings.get_meeting(ctx, first.id).next_meeting.id == second.id  # its series' next, not the others
    assert meetings.get_meeting(ctx, extra.id).next_meeting.id == second.id  # the next team meeting
    assert meetings.get_meeting(ctx, relays.id).next_meeting is None
    assert meetings.get_meeting(ctx, second.id).next_meeting is None
    following = weekly(ctx, first=MONDAY + timedelta(weeks=2), weeks=1)[0]  # a new series
    assert meetings.get_meeting(ctx, second.id).next_meeting.id == following.id  # its series over: its kind's


BLOCK_REASON = "Pas assez de monde le samedi matin."


def meeting_on(ctx, team, day, proposal_id):
    """A meeting on ``day`` with everyone present and ``proposal_id`` on its agenda."""
    ctx.clock = lambda: datetime.combine(day, time(12, 30), tzinfo=ctx.timezone)
    meeting = meetings.create_meeting(ctx, MeetingDraft(title="Réunion", day=day, start=time(12), end=time(13)))
    meetings.set_attendance(ctx, meeting.id, {member: Attendance.PRESENT for member in team})
    meetings.build_agenda(ctx, meeting.id)
    return meeting.id


def test_approved_minutes_keep_the_decisions_as_they_told_them(ctx, team):
    """The proposal blocked at a first meeting (approved) is adopted at the next one (approved), then its
    statement reworded, reopened and amended: neither approved minutes change; a draft's follow the proposal."""
    proposal_id = open_proposal(ctx, team)
    first = meeting_on(ctx, team, MONDAY, proposal_id)
    meetings.record_position(ctx, first, proposal_id, team[2], Stance.BLOCK, BLOCK_REASON)
    meetings.mark_held(ctx, first)
    meetings.approve_minutes(ctx, first)
    first_told = meetings.get_meeting(ctx, first).decisions
    assert [(d.status, d.block, d.blocks) for d in first_told] == [
        ("open", 1, (meetings.BlockReason("Chloé", BLOCK_REASON),))]

    second = meeting_on(ctx, team, MONDAY + timedelta(days=2), proposal_id)
    for member in team:
        meetings.record_position(ctx, second, proposal_id, member, Stance.AGREE)
    meetings.close_decision(ctx, second, proposal_id, "Open on Saturdays from January.")
    meetings.mark_held(ctx, second)
    meetings.approve_minutes(ctx, second)
    second_told = meetings.get_meeting(ctx, second).decisions
    assert [(d.status, d.agree, d.block, d.statement) for d in second_told] == [
        ("adopted", 4, 0, "Open on Saturdays from January.")]

    ctx.actor_id = team[0]
    decisions.update_outcome(ctx, proposal_id, statement="Closed on Saturdays after all.")
    decisions.reopen(ctx, proposal_id, ctx.now() + timedelta(days=5), reason="The landlord closes on Saturdays.")
    decisions.amend(ctx, proposal_id, text="We close on Saturdays.", change_note="Changed")
    draft = meeting_on(ctx, team, MONDAY + timedelta(days=3), proposal_id)
    assert meetings.get_meeting(ctx, first).decisions == first_told
    assert meetings.get_meeting(ctx, second).decisions == second_told
    assert [(d.status, d.text) for d in meetings.get_meeting(ctx, draft).decisions] == [
        ("open", "We close on Saturdays.")]
    found = {m.id for m in meetings.search_meetings(ctx, "saturdays at 8:30")}  # the text approved, not today's
    assert found == {first, second}
    assert {m.id for m in meetings.search_meetings(ctx, "we close")} == {draft}


def test_a_decision_item_stays_once_positions_were_taken_or_it_was_closed_from_the_meeting_s_day(ctx, team):
    """Removed after the vote, the decision would vanish from the minutes: refused, and said why. Positions
    taken before the meeting's day do not keep an item that the meeting did not treat."""
    proposal_id = open_proposal(ctx, team)
    untreated = meeting_on(ctx, team, MONDAY + timedelta(days=2), proposal_id)
    closing = meeting_on(ctx, team, MONDAY + timedelta(days=3), proposal_id)
    treated = meeting_on(ctx, team, MONDAY + timedelta(days=1), proposal_id)  # the clock on Tuesday
    item = {meeting_id: meetings.get_meeting(ctx, meeting_id).items[0].id
            for meeting_id in (untreated, closing, treated)}
    for member in team:
        meetings.record_position(ctx, treated, proposal_id, member, Stance.AGREE)
    with pytest.raises(NotAllowed, match="stays on the agenda"):
        meetings.remove_item(ctx, item[treated])
    meetings.remove_item(ctx, item[untreated])  # Wednesday's: the positions came before its day
    ctx.clock = lambda: datetime.combine(MONDAY + timedelta(days=3), time(12, 30), tzinfo=ctx.timezone)
    meetings.close_decision(ctx, closing, proposal_id, "Open on Saturdays from January.")
    with pytest.raises(NotAllowed, match="stays on the agenda"):
        meetings.remove_item(ctx, item[closing])  # closed on its day
    meetings.mark_held(ctx, treated)
    meetings.approve_minutes(ctx, treated)
    assert [d.statement for d in meetings.get_meeting(ctx, treated).decisions] == ["Open on Saturdays from January."]


def test_marking_one_member_credits_only_them_anew_whatever_the_team_present(ctx, team):
    """A click on "Excused" for one member settles that member's day only: the same statements whether three
    or nine are present (each member settled cost a dozen queries), and the others' credits stay."""
    more = [members.add_member(ctx, MemberDraft(name=f"Membre {n}", start_date=ARRIVED)).id for n in range(5)]
    small, large = weekly(ctx, weeks=1)[0], weekly(ctx, first=MONDAY + timedelta(days=1), weeks=1)[0]
    meetings.set_attendance(ctx, small.id, {member: Attendance.PRESENT for member in team[:3]})
    meetings.set_attendance(ctx, large.id, {member: Attendance.PRESENT for member in team + more})
    asked = []
    for meeting in (small, large):
        meetings.set_attendance(ctx, meeting.id, {team[2]: Attendance.ABSENT})  # the same work done once before
        with statements(ctx.engine) as seen:
            meetings.set_attendance(ctx, meeting.id, {team[1]: Attendance.EXCUSED})
        asked.append(len(seen))
    assert asked[0] == asked[1]
    assert credits(ctx, large.id) == {member: 90 for member in (team[0], team[3], *more)}
    assert credits(ctx, small.id) == {team[0]: 90}
