"""The partners directory: the associations and services the workshops are done with."""

from datetime import date

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.domain import names
from app.domain import workshops as rules
from app.domain.errors import RuleViolation
from app.domain.meetings import MeetingStatus
from app.domain.members import name_key
from app.services.changes import Entity
from app.services.context import Context, id_of
from app.services.errors import StaleEdit
from app.services.workshops.messages import (
    DUPLICATE_PARTNER,
    PARTNER_LENGTHS,
    UNKNOWN_PARTNER,
    clean_text,
    get_row,
    limited,
)
from app.services.workshops.views import PartnerDraft, PartnerView, partner_view
from app.storage.models import Partner
from app.storage.models.meetings import Meeting, MeetingPartner
from app.storage.models.workshops import Workshop, WorkshopPartner


def _validate_partner(draft: PartnerDraft) -> PartnerDraft:
    return PartnerDraft(
        clean_text(draft.name, limit=PARTNER_LENGTHS["name"]),
        limited(draft.kind.strip(), PARTNER_LENGTHS["kind"]),
        limited(draft.contact_person.strip(), PARTNER_LENGTHS["contact_person"]),
        rules.normalise_phone(draft.phone),
        limited(draft.email.strip(), PARTNER_LENGTHS["email"]),
        draft.notes.strip(),
    )


def list_partners(ctx: Context, *, include_inactive: bool = False) -> list[PartnerView]:
    """The partners directory, each with the titles of its workshops and the meetings held with it."""
    with ctx.reading() as db:
        titles: dict[int, list[str]] = {}
        for partner_id, title in db.exec(
            select(WorkshopPartner.partner_id, Workshop.title)
            .join(Workshop, col(Workshop.id) == WorkshopPartner.workshop_id)
            .order_by(col(Workshop.title))
        ):
            titles.setdefault(partner_id, []).append(title)
        met = _meetings_held(db, ctx.today())
        return sorted(
            (partner_view(p, tuple(titles.get(id_of(p), ())), met.get(id_of(p), 0)) for p in db.exec(select(Partner))
             if include_inactive or p.active),
            key=lambda p: name_key(p.name))


def _meetings_held(db: Session, today: date) -> dict[int, int]:
    """Partner → how many meetings were held with it present, up to ``today``."""
    held = (MeetingStatus.HELD.value, MeetingStatus.APPROVED.value)
    return dict(db.exec(
        select(MeetingPartner.partner_id, func.count())
        .join(Meeting, col(Meeting.id) == MeetingPartner.meeting_id)
        .where(col(Meeting.status).in_(held), Meeting.day <= today)
        .group_by(col(MeetingPartner.partner_id))
    ).all())


def _check_partner_name(db: Session, name: str, partner_id: int | None) -> None:
    """Refuse a second partner of the same name, case set aside (the directory is small: read whole)."""
    query = select(Partner)
    if partner_id is not None:
        query = query.where(Partner.id != partner_id)
    if names.named(db.exec(query), name, lambda partner: partner.name):
        raise RuleViolation(DUPLICATE_PARTNER, name=name)


def add_partner(ctx: Context, draft: PartnerDraft) -> PartnerView:
    draft = _validate_partner(draft)
    with ctx.writing() as unit:
        _check_partner_name(unit.db, draft.name, None)
        partner = Partner(**draft.__dict__)
        try:
            unit.add(partner)
        except IntegrityError as error:  # another workstation added it meanwhile
            raise RuleViolation(DUPLICATE_PARTNER, name=draft.name) from error
        unit.audit("add", Entity.PARTNER, partner.id, after=partner)
        return partner_view(partner)


def update_partner(ctx: Context, partner_id: int, draft: PartnerDraft, *, active: bool = True,
                   expected: PartnerView | None = None) -> PartnerView:
    """Save a partner's record. ``expected``: the partner as the edit started from it; saved since (at another
    workstation), StaleEdit carrying it as saved, and nothing written (the whole record is saved: what was not
    changed here would undo theirs, a partner set aside there brought back)."""
    draft = _validate_partner(draft)
    with ctx.writing() as unit:
        partner = get_row(unit.db, Partner, partner_id, UNKNOWN_PARTNER, lock=True)
        if expected is not None and _record(partner_view(partner)) != _record(expected):
            raise StaleEdit(partner_view(partner))
        _check_partner_name(unit.db, draft.name, partner_id)
        with unit.change(partner, Entity.PARTNER):
            for key, value in draft.__dict__.items():
                setattr(partner, key, value)
            partner.active = active
        return partner_view(partner)


def _record(view: PartnerView) -> tuple[object, ...]:
    """What an edit of a partner saves, as ``view`` shows it (not the workshops and meetings done with it)."""
    return (view.name, view.kind, view.contact_person, view.phone, view.email, view.notes, view.active)
