"""People who are not staff: inhabitants, habitants-relais (volunteers) and partners' contacts.

They are never members: no contract, no hours, no PIN, no position counted in a quorum. Cercle keeps the
least it can about them, and forgets them on the same retention rules as workshop participants.

The consent rule: a name or a pseudonym may be kept without more (the minutes name who was there); a phone
or an e-mail address only with the date the person agreed to be reached, a day that has happened.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain import names
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.members import validate_email
from app.domain.workshops import normalise_phone

MAX_NAME_LENGTH = 80

EMPTY_NAME = QT_TRANSLATE_NOOP("Errors", "Give a name or a pseudonym.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A name or a pseudonym has at most 80 characters.")
CONSENT_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "A phone or an e-mail address is kept only with the date the person agreed to it.")
CONSENT_IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "The date of consent cannot be after today.")
PARTNER_CONTACT_ONLY = QT_TRANSLATE_NOOP("Errors", "Only a partner's contact belongs to a partner.")


class PersonRole(StrEnum):
    INHABITANT = "inhabitant"
    RELAY = "relay"  # habitant-relais: an inhabitant who relays health information in the neighbourhood
    PARTNER_CONTACT = "partner_contact"


ROLE_LABELS = {
    PersonRole.INHABITANT: QT_TRANSLATE_NOOP("People", "Inhabitant"),
    PersonRole.RELAY: QT_TRANSLATE_NOOP("People", "Habitant-relais"),
    PersonRole.PARTNER_CONTACT: QT_TRANSLATE_NOOP("People", "Partner's contact"),
}


@dataclass(frozen=True)
class PersonDraft:
    """What a person is, as typed in the dialog or read from a file."""

    name: str
    role: PersonRole = PersonRole.INHABITANT
    phone: str = ""
    email: str = ""
    consent_on: date | None = None
    partner_id: int | None = None


def clean_draft(draft: PersonDraft, today: date) -> PersonDraft:
    """The draft tidied, or RuleViolation saying what is wrong (the consent rule above)."""
    name = names.tidy(draft.name)
    if not name:
        raise RuleViolation(EMPTY_NAME)
    if len(name) > MAX_NAME_LENGTH:
        raise RuleViolation(NAME_TOO_LONG)
    role = PersonRole(draft.role)
    phone, email = normalise_phone(draft.phone), validate_email(draft.email)
    if (phone or email) and draft.consent_on is None:
        raise RuleViolation(CONSENT_NEEDED)
    if draft.consent_on is not None and draft.consent_on > today:
        raise RuleViolation(CONSENT_IN_FUTURE)
    if draft.partner_id is not None and role != PersonRole.PARTNER_CONTACT:
        raise RuleViolation(PARTNER_CONTACT_ONLY)
    return PersonDraft(name=name, role=role, phone=phone, email=email, consent_on=draft.consent_on,
                       partner_id=draft.partner_id)

