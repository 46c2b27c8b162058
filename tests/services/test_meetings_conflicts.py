"""No lost updates in meetings, on both engines: notes and agenda items carry a version, and a save over
a newer one (from another workstation) is refused with StaleEdit, carrying what was saved; nothing is
written then."""

import json
import threading
from datetime import date, time

import pytest
from sqlmodel import select

from app.domain.meetings import ItemKind
from app.domain.members import MemberDraft
from app.services import meetings, members
from app.services.context import Context, free_text_digest
from app.services.errors import StaleEdit
from app.services.meetings import MeetingDraft
from app.storage.engine import open_database
from app.storage.models import AuditEntry
from tests.conftest import TEST_NOW

MONDAY = date(2026, 11, 23)


@pytest.fixture
def meeting(ctx):
    ctx.actor_id = members.add_member(ctx, MemberDraft(name="Amina")).id
    draft = MeetingDraft(
        title="Réunion d'équipe", day=MONDAY, start=time(12, 30), end=time(14), place="Salle 1"
    )
    return meetings.create_meeting(ctx, draft)


@pytest.fixture
def other(ctx, database_url, meeting):
    """A second workstation on the same database (its own engine and connections), where Bruno acts."""
    engine = open_database(database_url)
    context = Context(engine, clock=lambda: TEST_NOW, system="tests")
    context.actor_id = members.add_member(context, MemberDraft(name="Bruno")).id
    yield context
    engine.dispose()


def audit(ctx, action: str) -> list[AuditEntry]:
    with ctx.reading() as db:
        query = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(db.exec(query))


def saved_item(ctx, meeting_id: int):
    return meetings.get_meeting(ctx, meeting_id).items[0]


def test_notes_saved_over_newer_notes_are_refused_and_nothing_is_written(ctx, other, meeting):
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    assert item.version == 1
    theirs = meetings.save_notes(other, item.id, "Le loyer augmente.", expected_version=item.version)
    assert (theirs.notes, theirs.version) == ("Le loyer augmente.", 2)
    meeting_version = meetings.get_meeting(ctx, meeting.id).summary.version

    with pytest.raises(StaleEdit) as conflict:
        meetings.save_notes(ctx, item.id, "Le budget 2027 est voté.", expected_version=item.version)
    current = conflict.value.current
    assert (current.id, current.notes, current.version) == (item.id, "Le loyer augmente.", 2)
    saved = saved_item(ctx, meeting.id)
    assert (saved.notes, saved.version) == ("Le loyer augmente.", 2)
    assert len(audit(ctx, "notes")) == 1
    assert meetings.get_meeting(ctx, meeting.id).summary.version == meeting_version  # the meeting untouched

    merged = meetings.save_notes(
        ctx, item.id, "Le loyer augmente.\nLe budget 2027 est voté.", expected_version=current.version
    )
    assert merged.version == 3
    assert saved_item(other, meeting.id).notes == "Le loyer augmente.\nLe budget 2027 est voté."
    entries = audit(ctx, "notes")
    assert len(entries) == 2
    assert '"version": 2' in entries[1].before and '"version": 3' in entries[1].after
    assert json.loads(entries[1].after)["notes"] == free_text_digest("Le loyer augmente.\nLe budget 2027 est voté.")
    assert "Le budget 2027" not in entries[1].after and entries[1].member_id == ctx.actor_id


def test_the_autosave_stays_quiet_when_nothing_changed(ctx, other, meeting):
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    first = meetings.save_notes(ctx, item.id, "Le budget", expected_version=item.version)
    again = meetings.save_notes(ctx, item.id, "Le budget", expected_version=first.version)
    assert again.version == first.version == 2
    # The same text as saved elsewhere, from an older version: nothing to lose, so no conflict either.
    same = meetings.save_notes(other, item.id, "Le budget", expected_version=item.version)
    assert same.version == 2
    assert len(audit(ctx, "notes")) == 1


def test_every_save_of_an_item_bumps_its_version(ctx, meeting):
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    assert meetings.save_notes(ctx, item.id, "Le budget").version == 2  # no expected version: the demo's way
    assert meetings.set_spent_minutes(ctx, item.id, 25).version == 3
    edited = meetings.update_item(ctx, item.id, "Budget 2027", ItemKind.DECISION, 30, expected_version=3)
    assert (edited.title, edited.kind, edited.planned_minutes, edited.version) == (
        "Budget 2027",
        ItemKind.DECISION,
        30,
        4,
    )
    assert saved_item(ctx, meeting.id) == edited


def test_an_item_edited_over_a_newer_version_is_refused_and_nothing_is_written(ctx, other, meeting):
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    meetings.update_item(
        other, item.id, "Budget 2027", ItemKind.DISCUSSION, 20, expected_version=item.version
    )
    meeting_version = meetings.get_meeting(ctx, meeting.id).summary.version
    edits = len(audit(ctx, "edit_item"))

    with pytest.raises(StaleEdit) as conflict:
        meetings.update_item(ctx, item.id, "Budget", ItemKind.DECISION, 30, expected_version=item.version)
    assert (conflict.value.current.title, conflict.value.current.version) == ("Budget 2027", 2)
    saved = saved_item(ctx, meeting.id)
    assert (saved.title, saved.kind, saved.planned_minutes, saved.version) == (
        "Budget 2027",
        ItemKind.DISCUSSION,
        20,
        2,
    )
    assert meetings.get_meeting(ctx, meeting.id).summary.version == meeting_version
    assert len(audit(ctx, "edit_item")) == edits

    # Notes typed elsewhere make the item newer too: an edit from before them is refused.
    meetings.save_notes(other, item.id, "Le loyer augmente.", expected_version=2)
    with pytest.raises(StaleEdit):
        meetings.update_item(ctx, item.id, "Budget 2027", ItemKind.DECISION, 30, expected_version=2)
    # An edit that changes nothing conflicts with nothing.
    same = meetings.update_item(ctx, item.id, "Budget 2027", ItemKind.DISCUSSION, 20, expected_version=1)
    assert same.version == 3

    edited = meetings.update_item(ctx, item.id, "Budget 2027", ItemKind.DECISION, 30, expected_version=3)
    assert edited.version == 4 and saved_item(other, meeting.id).notes == "Le loyer augmente."
    entry = audit(ctx, "edit_item")[-1]
    assert '"version": 3' in entry.before and '"version": 4' in entry.after


def test_meeting_details_saved_over_a_newer_version_are_refused(ctx, other, meeting):
    changed = MeetingDraft(
        title="Réunion de rentrée", day=MONDAY, start=time(12), end=time(14), place="Salle 2"
    )
    meetings.update_meeting(other, meeting.id, changed, expected_version=meeting.version)
    with pytest.raises(StaleEdit) as conflict:
        meetings.update_meeting(
            ctx,
            meeting.id,
            MeetingDraft(title="Réunion d'équipe", day=MONDAY, start=time(13), end=time(14)),
            expected_version=meeting.version,
        )
    assert conflict.value.current.title == "Réunion de rentrée"
    saved = meetings.get_meeting(ctx, meeting.id).summary
    assert (saved.title, saved.start, saved.place, saved.version) == (
        "Réunion de rentrée",
        time(12),
        "Salle 2",
        meeting.version + 1,
    )


def test_two_workstations_saving_the_same_notes_at_once_never_both_win(ctx, other, meeting):
    """Each round, both save their own notes of one item from the same version: exactly one is written, the
    other is told, whatever the engine does with the two transactions."""
    rounds = 20
    items = [meetings.add_item(ctx, meeting.id, f"Point {n}", ItemKind.DISCUSSION, 5) for n in range(rounds)]
    barrier = threading.Barrier(2, timeout=30)
    outcomes: dict[str, list[bool]] = {}
    failures: list[BaseException] = []

    def workstation(name: str, context: Context) -> None:
        won = outcomes.setdefault(name, [])
        try:
            for item in items:
                barrier.wait()
                try:
                    meetings.save_notes(context, item.id, f"Notes de {name}", expected_version=item.version)
                    won.append(True)
                except StaleEdit as conflict:
                    assert conflict.current.notes != f"Notes de {name}"
                    won.append(False)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)
            barrier.abort()

    threads = [
        threading.Thread(target=workstation, args=(name, context))
        for name, context in (("Amina", ctx), ("Bruno", other))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures
    saved = {item.id: item for item in meetings.get_meeting(ctx, meeting.id).items}
    for index, item in enumerate(items):
        winners = [name for name, won in outcomes.items() if won[index]]
        assert len(winners) == 1
        assert (saved[item.id].notes, saved[item.id].version) == (f"Notes de {winners[0]}", 2)
    assert len(audit(ctx, "notes")) == rounds
