"""The partner organisations present at a meeting (CPAM, ARS, a social centre...).

Any kind of meeting may have them: a partner meeting or a steering committee always does, but a thematic
commission or a care pathway review sometimes invites one too. They are organisations, not members: never
in a quorum, never credited; the time of the members present goes where the meeting's kind sends it. The
people who came for them are partner contacts of the directory of people who are not staff, grouped under
their organisation in ``PartnerAttendance.contacts``.
"""

from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlmodel import Session, col, select

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.members import name_key
from app.services.changes import Entity
from app.services.context import Context
from app.services.errors import NotFound
from app.services.meetings.rows import editable
from app.services.meetings.views import GuestView, PartnerAttendance
from app.storage.models.meetings import MeetingPartner
from app.storage.models.partners import Partner

UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "This partner does not exist.")
RETIRED_PARTNER = QT_TRANSLATE_NOOP(
    "Errors", "{name} is no longer an active partner: make it active again in the partners directory first.")


def partners_present(db: Session, meeting_id: int,
                     guests: Iterable[GuestView] = ()) -> tuple[PartnerAttendance, ...]:
    """The organisations present at the meeting, by name, each with its contacts among ``guests``: an
    organisation whose contact came is present even if nobody ticked it."""
    rows = db.exec(select(Partner.id, Partner.name)
                   .join(MeetingPartner, col(MeetingPartner.partner_id) == Partner.id)
                   .where(MeetingPartner.meeting_id == meeting_id)).all()
    names = {partner_id: name for partner_id, name in rows if partner_id}
    contacts: dict[int, list[str]] = defaultdict(list)
    for guest in guests:
        if guest.partner_id is not None and not guest.erased:
            names.setdefault(guest.partner_id, guest.partner_name)
            contacts[guest.partner_id].append(guest.name)
    return tuple(sorted((PartnerAttendance(partner_id, name, tuple(contacts[partner_id]))
                         for partner_id, name in names.items()), key=lambda p: name_key(p.name)))


def set_meeting_partners(ctx: Context, meeting_id: int,
                         partner_ids: Collection[int]) -> tuple[PartnerAttendance, ...]:
    """The organisations present at the meeting are ``partner_ids`` (audited, once, before and after).

    An organisation retired from the directory stays where it was present but is not added anew; the minutes
    once approved are not changed (an erratum tells a correction)."""
    wanted = set(partner_ids)
    with ctx.writing() as unit:
        editable(unit, meeting_id)
        links = {link.partner_id: link for link in unit.db.exec(
            select(MeetingPartner).where(MeetingPartner.meeting_id == meeting_id))}
        for partner_id in wanted - set(links):
            partner = unit.db.get(Partner, partner_id)
            if partner is None:
                raise NotFound(UNKNOWN_PARTNER)
            if not partner.active:
                raise RuleViolation(RETIRED_PARTNER, name=partner.name)
        if wanted == set(links):
            return partners_present(unit.db, meeting_id)
        for partner_id in set(links) - wanted:
            unit.db.delete(links[partner_id])
        for partner_id in sorted(wanted - set(links)):
            unit.db.add(MeetingPartner(meeting_id=meeting_id, partner_id=partner_id))
        unit.db.flush()
        unit.audit("partners", Entity.MEETING, meeting_id,
                   before={"partners": sorted(links)}, after={"partners": sorted(wanted)})
        unit.changed(Entity.PARTNER, tuple(set(links) ^ wanted))  # the directory tells the meetings attended
        return partners_present(unit.db, meeting_id)
