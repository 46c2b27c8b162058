"""A workshop's details, facilitators and partners are saved together, on both engines: in one transaction
(a refusal in any part writes nothing), and over a newer version (saved on another workstation) only once
the person has seen it: StaleEdit carries the workshop as saved."""

from datetime import date, time

import pytest
from sqlmodel import select

from app.domain.members import MemberDraft
from app.domain.workshops import WorkshopStatus
from app.services import members
from app.services import workshops as ws
from app.services.context import Context
from app.services.errors import NotFound, StaleEdit
from app.storage.engine import open_database
from app.storage.models import AuditEntry, TimeEntry
from tests.conftest import TEST_NOW

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def people(ctx):
    return {name: members.add_member(ctx, MemberDraft(name=name)).id for name in ("Amina", "Bruno")}


@pytest.fixture
def partners(ctx):
    return {
        name: ws.add_partner(ctx, ws.PartnerDraft(name=name)).id
        for name in ("Centre social Romain Rolland", "CPAM de l'Isère")
    }


@pytest.fixture
def workshop(ctx, people, partners):
    """A workshop facilitated by Amina with the centre social, and one session on Thursday 14:00-16:00."""
    workshop = ws.add_workshop(
        ctx,
        ws.WorkshopDraft("Cuisine du marché", capacity=4),
        facilitators={people["Amina"]: 30},
        partner_ids=[partners["Centre social Romain Rolland"]],
    )
    ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16)))
    return ws.get_workshop(ctx, workshop.id)


@pytest.fixture
def other(ctx, database_url, workshop):
    """A second workstation on the same database (its own engine and connections)."""
    engine = open_database(database_url)
    yield Context(engine, clock=lambda: TEST_NOW, system="tests")
    engine.dispose()


def hours(ctx) -> dict[int, int]:
    with ctx.reading() as session:
        return dict(session.exec(select(TimeEntry.member_id, TimeEntry.minutes)).all())


def actions(ctx) -> list[str]:
    with ctx.reading() as session:
        query = select(AuditEntry.action).where(AuditEntry.entity == "workshop").order_by(AuditEntry.id)
        return list(session.exec(query).all())


def test_details_facilitators_and_partners_are_saved_in_one_call(ctx, workshop, people, partners):
    assert hours(ctx) == {people["Amina"]: 150}
    before = actions(ctx)
    saved = ws.update_workshop(
        ctx,
        workshop.workshop.id,
        ws.WorkshopDraft("Cuisine du marché", capacity=6, status=WorkshopStatus.CONFIRMED),
        facilitators={people["Bruno"]: 45},
        partner_ids=[partners["CPAM de l'Isère"]],
        expected_version=workshop.workshop.version,
    )
    assert (saved.capacity, saved.status, saved.version) == (6, WorkshopStatus.CONFIRMED, workshop.workshop.version + 1)
    detail = ws.get_workshop(ctx, workshop.workshop.id)
    assert [(f.name, f.preparation_minutes) for f in detail.facilitators] == [("Bruno", 45)]
    assert [p.name for p in detail.partners] == ["CPAM de l'Isère"]
    assert hours(ctx) == {people["Bruno"]: 165}  # the session's 2 h and 45 min of preparation, Bruno's now
    assert actions(ctx) == before + ["edit", "facilitators", "partners"]

    # The same facilitators and partners again: only the details are written.
    ws.update_workshop(
        ctx,
        workshop.workshop.id,
        ws.WorkshopDraft("Cuisine du marché", capacity=8, status=WorkshopStatus.CONFIRMED),
        facilitators={people["Bruno"]: 45},
        partner_ids=[partners["CPAM de l'Isère"]],
        expected_version=saved.version,
    )
    assert actions(ctx) == before + ["edit", "facilitators", "partners", "edit"]
    assert hours(ctx) == {people["Bruno"]: 165}


@pytest.mark.parametrize("part", ["facilitators", "partners"])
def test_a_refused_facilitator_or_partner_leaves_the_whole_workshop_as_it_was(ctx, workshop, people, part):
    before, audit = ws.get_workshop(ctx, workshop.workshop.id), actions(ctx)
    unknown = 999_999
    with pytest.raises(NotFound):
        ws.update_workshop(
            ctx,
            workshop.workshop.id,
            ws.WorkshopDraft("Cuisine de saison", capacity=10),
            facilitators={people["Bruno"]: 20} | ({unknown: 20} if part == "facilitators" else {}),
            partner_ids=[unknown] if part == "partners" else [],
            expected_version=workshop.workshop.version,
        )
    assert ws.get_workshop(ctx, workshop.workshop.id) == before  # details, version, facilitators, partners
    assert actions(ctx) == audit
    assert hours(ctx) == {people["Amina"]: 150}


def test_a_workshop_saved_over_a_newer_version_is_refused_with_what_was_saved(
    ctx, other, workshop, people, partners
):
    theirs = ws.update_workshop(
        other,
        workshop.workshop.id,
        ws.WorkshopDraft("Cuisine de saison", capacity=4, description="Avec le marché du quartier."),
        facilitators={people["Amina"]: 30, people["Bruno"]: 30},
        partner_ids=[],
        expected_version=workshop.workshop.version,
    )
    saved_then, audit = ws.get_workshop(ctx, workshop.workshop.id), actions(ctx)

    with pytest.raises(StaleEdit) as conflict:
        ws.update_workshop(
            ctx,
            workshop.workshop.id,
            ws.WorkshopDraft("Cuisine du marché", capacity=12),
            facilitators={people["Amina"]: 60},
            partner_ids=[partners["CPAM de l'Isère"]],
            expected_version=workshop.workshop.version,
        )
    current = conflict.value.current
    assert isinstance(current, ws.WorkshopDetail) and current == saved_then
    assert (current.workshop.title, current.workshop.version) == ("Cuisine de saison", theirs.version)
    assert [f.name for f in current.facilitators] == ["Amina", "Bruno"] and current.partners == ()
    assert ws.get_workshop(ctx, workshop.workshop.id) == saved_then  # nothing written
    assert actions(ctx) == audit
    assert hours(ctx) == {people["Amina"]: 150, people["Bruno"]: 150}
