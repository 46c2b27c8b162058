"""What a change is about: the entities the unit of work publishes after a commit, and pages watch."""

from enum import StrEnum


class Entity(StrEnum):
    """The kinds of rows whose changes the window (and other workstations) hear about.

    The values are the audit log's entity names and what PostgreSQL's change notices carry, so that a
    notice from another workstation and a change made here are one vocabulary.
    """

    EVERYTHING = "*"  # another workstation changed something, or the server was found again
    ABSENCE = "absence"
    ACTION_ITEM = "action_item"
    BACKUP = "backup"
    CENTRE = "centre"
    CLOSURE = "closure"
    CONTRACT_TERM = "contract_term"
    CYCLE_ENROLMENT = "cycle_enrolment"
    DATABASE = "database"
    DEPARTURE = "departure"
    ENROLMENT = "registration"  # the audit log's name for a workshop enrolment
    MEETING = "meeting"
    MEMBER = "member"
    MEMBER_ROTA = "member_rota"
    NOTIFICATION = "notification"
    OPENING_BALANCE = "opening_balance"
    PARTNER = "partner"
    PERSON = "person"  # someone who is not staff: an inhabitant, a habitant-relais, a partner's contact
    PROPOSAL = "proposal"
    ROOM = "room"
    ROTA_BATCH = "rota_batch"
    SETTING = "setting"
    SHIFT = "shift"
    SHIFT_TEMPLATE = "shift_template"
    SWAP = "swap"
    TIME_CATEGORY = "time_category"
    TIME_ENTRY = "time_entry"
    WEEK_VALIDATION = "week_validation"
    WORKSHOP = "workshop"
    WORKSHOP_SESSION = "workshop_session"
