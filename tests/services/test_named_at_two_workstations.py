"""The same name given at two workstations at once, on both engines: a room, a member, a time category. On
PostgreSQL each found the name free; the database kept one, and the other got its refusal as a failure notice.
Now the second is told the name is taken, as when it comes second, and nothing of it is written."""

import pytest
from sqlmodel import select

from app.domain.members import MemberDraft
from app.services import hours, members, rooms
from app.storage.models import AuditEntry
from tests.conftest import at_the_first_commit, other_workstation

GIVEN = {
    "room": (
        lambda ctx, name: rooms.add_room(ctx, name, 10),
        "Salle bleue",
        "There is already a room called Salle bleue.",
    ),
    "member": (
        lambda ctx, name: members.add_member(ctx, MemberDraft(name=name)),
        "Élodie Martin",
        "Another member is already called Élodie Martin.",
    ),
    "category": (
        lambda ctx, name: hours.add_category(ctx, name),
        "Partenariats CPAM",
        "Another category is already called Partenariats CPAM.",
    ),
}
RENAMED = {
    "room": (
        lambda ctx: rooms.add_room(ctx, "Salle 1", 10).id,
        lambda ctx, record_id, name: rooms.update_room(ctx, record_id, name, 10),
    ),
    "member": (
        lambda ctx: members.add_member(ctx, MemberDraft(name="Élo")).id,
        lambda ctx, record_id, name: members.update_member(ctx, record_id, MemberDraft(name=name)),
    ),
    "category": (
        lambda ctx: hours.add_category(ctx, "Partenariats").id,
        lambda ctx, record_id, name: hours.rename_category(ctx, record_id, name),
    ),
}


def additions(ctx) -> int:
    with ctx.reading() as db:
        return len(db.exec(select(AuditEntry).where(AuditEntry.action == "add")).all())


@pytest.mark.parametrize("kind", GIVEN)
def test_a_name_added_at_two_workstations_at_once_is_added_once(ctx, database_url, monkeypatch, kind):
    add, name, taken = GIVEN[kind]
    other, application = other_workstation(ctx, database_url)
    added = additions(ctx)
    raised = at_the_first_commit(
        ctx, other, application, monkeypatch, lambda: add(ctx, name), lambda: add(other, name)
    )
    assert [str(error) for error in raised] == [taken]
    assert additions(ctx) == added + 1


@pytest.mark.parametrize("kind", GIVEN)
def test_a_name_given_by_a_rename_while_another_workstation_adds_it_is_given_once(
    ctx, database_url, monkeypatch, kind
):
    add, name, taken = GIVEN[kind]
    make, rename = RENAMED[kind]
    record_id = make(ctx)
    other, application = other_workstation(ctx, database_url)
    raised = at_the_first_commit(
        ctx, other, application, monkeypatch, lambda: add(ctx, name), lambda: rename(other, record_id, name)
    )
    assert [str(error) for error in raised] == [taken]
