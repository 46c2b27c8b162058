"""Demo people who are not staff: habitants-relais, an inhabitant, a partner's contact, one habitant-relais
co-facilitating a workshop (the meetings demo, which runs next, invites them). Nothing for the synthetic
centres."""

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.domain.people import PersonDraft, PersonRole
from app.services import people
from app.services import workshops as ws
from app.services.context import Context

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

RELAYS = ("Awa", "Fatima B.", "Jean-Marc")


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    if synthetic is not None:
        return
    consent = ctx.today() - timedelta(days=60)
    relays = [people.create_person(ctx, PersonDraft(name=name, role=PersonRole.RELAY)) for name in RELAYS]
    people.create_person(ctx, PersonDraft(name="Sonia", role=PersonRole.INHABITANT, phone="06 11 22 33 44",
                                          consent_on=consent))
    partners = ws.list_partners(ctx)
    partner = next((p for p in partners if "CPAM" in p.name), partners[0] if partners else None)
    if partner:
        people.create_person(ctx, PersonDraft(name="Mme Roux", role=PersonRole.PARTNER_CONTACT,
                                              email="c.roux@example.org", consent_on=consent, partner_id=partner.id))
    workshop = next(iter(ws.list_workshops(ctx, include_cancelled=False)), None)
    if workshop:
        people.set_co_facilitators(ctx, workshop.id, [relays[1].id])
