"""Rules of a member's record: name, contract and self-management hours, dates, phone and e-mail, PIN."""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.domain import names
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.workshops import normalise_phone

MAX_WEEKLY_MINUTES = 48 * 60
STANDARD_CONTRACT_MINUTES = 35 * 60
STANDARD_SELF_MANAGEMENT_MINUTES = 10 * 60
QUARTER_HOUR = 15
# The PIN rule, said by every PIN field (its length limit and its hint) and checked here only: a field that
# kept fewer digits than another would lock its member out.
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
PIN_PATTERN = re.compile(rf"\d{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
COLOUR_PATTERN = re.compile(r"#[0-9a-fA-F]{6}")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_EMAIL_LENGTH = 120
MAX_NAME_LENGTH = 80  # the columns' sizes: PostgreSQL refuses longer text, SQLite would keep it
MAX_PROFESSION_LENGTH = 80

EMPTY_NAME = QT_TRANSLATE_NOOP("Errors", "The name cannot be empty.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A name has at most {limit} characters.")
PROFESSION_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A profession has at most {limit} characters.")
DUPLICATE_NAME = QT_TRANSLATE_NOOP("Errors", "Another member is already called {name}.")
HOURS_RANGE = QT_TRANSLATE_NOOP("Errors", "Contract hours must be between 0 and 48 a week.")
SELF_MANAGEMENT_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "Self-management hours must be between 0 and the contract hours."
)
END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The end date cannot be before the start date.")
BAD_PIN = QT_TRANSLATE_NOOP("Errors", "A PIN is {min} to {max} digits.")
BAD_COLOUR = QT_TRANSLATE_NOOP("Errors", "A colour is written #rrggbb.")
NO_WORKING_DAY = QT_TRANSLATE_NOOP("Errors", "Choose at least one working day.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Errors", "“{value}” is not an e-mail address")

# Each new member takes the first colour nobody has. Names are written in these colours on the rota
# (on white, on the pale yellow of one's own shifts, on the pale red of open ones) and the colour is
# the background of white text in the member dialog: each has a contrast of at least 4.5:1 there.
PALETTE = (
    "#1f5f99",  # blue
    "#b3261e",  # red
    "#1b6e20",  # green
    "#7b3f9e",  # purple
    "#8a5a00",  # ochre
    "#00727a",  # teal
    "#b0306a",  # raspberry
    "#5b6b12",  # olive
    "#6d4c41",  # brown
    "#3949ab",  # indigo
    "#ad3f0b",  # orange
    "#475569",  # slate
)


def next_colour(used: Iterable[str]) -> str:
    """The first palette colour nobody uses; once all are taken, the least used one."""
    return least_used_colour(colour_counts(used))


def colour_counts(used: Iterable[str]) -> Counter[str]:
    """How many members use each colour (written in lower case): what :func:`least_used_colour` reads."""
    return Counter(colour.lower() for colour in used)


def least_used_colour(counts: Mapping[str, int]) -> str:
    """:func:`next_colour` of the colours counted in ``counts``: an import keeps the counts up to date as it
    adds members, instead of counting the whole team again for each one."""
    return min(PALETTE, key=lambda colour: counts.get(colour, 0))


def name_key(name: str) -> str:
    """The sort key of every list of names: Élodie beside Elise, between David and Fatou, as a French
    reader expects (accents and case set aside)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def default_self_management_minutes(contract_minutes: int) -> int:
    """Contract × 10/35, to the nearest quarter hour: 35 h → 10 h, 28 h → 8 h, 24 h → 6 h 45."""
    quarters = round(contract_minutes * STANDARD_SELF_MANAGEMENT_MINUTES / STANDARD_CONTRACT_MINUTES / QUARTER_HOUR)
    return quarters * QUARTER_HOUR


@dataclass(frozen=True)
class MemberDraft:
    """What a person types to add or edit a member."""

    name: str
    profession: str = ""
    colour: str | None = None  # None: the next colour of the palette nobody uses
    contract_minutes: int = STANDARD_CONTRACT_MINUTES
    self_management_minutes: int | None = None  # None: the standard share of the contract
    working_days: frozenset[int] = frozenset(range(5))
    start_date: date | None = None
    end_date: date | None = None
    phone: str = ""
    email: str = ""

    def effective_self_management(self) -> int:
        if self.self_management_minutes is None:
            return default_self_management_minutes(self.contract_minutes)
        return self.self_management_minutes


def validate_member(draft: MemberDraft) -> MemberDraft:
    """Return the draft with its name tidied, or raise RuleViolation saying what is wrong."""
    name = names.tidy(draft.name)
    if not name:
        raise RuleViolation(EMPTY_NAME)
    if len(name) > MAX_NAME_LENGTH:
        raise RuleViolation(NAME_TOO_LONG, limit=MAX_NAME_LENGTH)
    if len(draft.profession.strip()) > MAX_PROFESSION_LENGTH:
        raise RuleViolation(PROFESSION_TOO_LONG, limit=MAX_PROFESSION_LENGTH)
    if not 0 <= draft.contract_minutes <= MAX_WEEKLY_MINUTES:
        raise RuleViolation(HOURS_RANGE)
    if not 0 <= draft.effective_self_management() <= draft.contract_minutes:
        raise RuleViolation(SELF_MANAGEMENT_RANGE)
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        raise RuleViolation(END_BEFORE_START)
    if draft.colour is not None and not COLOUR_PATTERN.fullmatch(draft.colour):
        raise RuleViolation(BAD_COLOUR)
    if not draft.working_days or not draft.working_days <= set(range(7)):
        raise RuleViolation(NO_WORKING_DAY)
    return MemberDraft(
        name=name,
        profession=draft.profession.strip(),
        colour=draft.colour and draft.colour.lower(),
        contract_minutes=draft.contract_minutes,
        self_management_minutes=draft.effective_self_management(),
        working_days=draft.working_days,
        start_date=draft.start_date,
        end_date=draft.end_date,
        phone=normalise_phone(draft.phone),
        email=validate_email(draft.email),
    )


def validate_email(text: str) -> str:
    """An e-mail address as typed, tidied; "" when none is given."""
    text = text.strip()
    if text and (len(text) > MAX_EMAIL_LENGTH or not EMAIL_PATTERN.fullmatch(text)):
        raise RuleViolation(BAD_EMAIL, value=text)
    return text


def validate_pin(pin: str) -> str:
    if not PIN_PATTERN.fullmatch(pin):
        raise RuleViolation(BAD_PIN, min=PIN_MIN_DIGITS, max=PIN_MAX_DIGITS)
    return pin


def working_days_text(days: frozenset[int]) -> str:
    return "".join(str(day) for day in sorted(days))


def working_days_from_text(text: str) -> frozenset[int]:
    return frozenset(int(char) for char in text)
