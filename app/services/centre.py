"""The centre itself: its creation at first start, its name, time zone, holiday region and hours."""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from app.domain import hours as rules
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.members import NAME_TOO_LONG
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.storage.models import Centre

HOLIDAY_REGIONS = ("metropole", "alsace-moselle")
DEFAULT_REGION = HOLIDAY_REGIONS[0]  # before the centre exists
EMPTY_CENTRE_NAME = QT_TRANSLATE_NOOP("Errors", "Give the centre a name.")
BAD_TIMEZONE = QT_TRANSLATE_NOOP("Errors", "Unknown time zone: {zone}.")
BAD_REGION = QT_TRANSLATE_NOOP("Errors", "Unknown public-holiday region: {region}.")
BAD_HOURS = QT_TRANSLATE_NOOP("Errors", "The centre must close after it opens.")
ALREADY_CREATED = QT_TRANSLATE_NOOP("Errors", "This database already holds a centre.")
CENTRE_ID = 1  # a database holds one centre, by constraint
MAX_NAME_LENGTH = 120  # the column's size: PostgreSQL refuses a longer name, SQLite would keep it


@dataclass(frozen=True)
class HolidayShifts:
    """What a change of the centre's public holidays (its region, those it works) did to the reception shifts from
    today on."""

    cancelled: int = 0  # planned shifts on days that became public holidays, cancelled as a closure does
    created: int = 0  # shifts of days no longer public holidays (or now worked), created (or given back) as ahead
    warnings: tuple[CercleError, ...] = ()  # the seats lost, the seats not given back

    def __bool__(self) -> bool:
        return bool(self.cancelled or self.created or self.warnings)


@dataclass(frozen=True)
class CentreView:
    id: int
    name: str
    timezone: str
    holiday_region: str
    opens_at: time
    closes_at: time
    holiday_shifts: HolidayShifts = HolidayShifts()  # what saving it did to the rota (a change of region)


@dataclass(frozen=True)
class CentreDraft:
    name: str
    timezone: str = "Europe/Paris"
    holiday_region: str = "metropole"
    opens_at: time = time(8, 30)
    closes_at: time = time(18, 30)


def holiday_region(db: Session) -> str:
    """The centre's public-holiday region, inside a service's transaction ("metropole" before it exists)."""
    found = db.exec(select(Centre)).first()
    return found.holiday_region if found else DEFAULT_REGION


WORKED_HOLIDAYS = "worked_holidays"


@dataclass(frozen=True)
class HolidayView:
    """A public holiday of the centre's region, and whether the centre works it."""

    day: date
    name: str
    worked: bool
    whit_monday: bool


def worked_holidays(db: Session) -> rules.WorkedHolidays:
    """The public holidays the centre works (journée de solidarité), inside a service's transaction."""
    from app.services import settings  # the settings' table is not read before the lock screen shows

    return rules.WorkedHolidays.from_setting(settings.read(db, WORKED_HOLIDAYS))


def holidays_off(db: Session, years: Iterable[int], region: str | None = None,
                 worked: rules.WorkedHolidays | None = None) -> frozenset[date]:
    """The public holidays of ``years`` on which the centre is closed: its region's (or ``region``'s), but those
    it works (or ``worked``)."""
    region, worked = region or holiday_region(db), worked_holidays(db) if worked is None else worked
    return frozenset().union(*(rules.holidays_off(year, region, worked) for year in years))


def list_holidays(ctx: Context, years: Iterable[int], language: str = "fr") -> list[HolidayView]:
    """The public holidays of ``years`` in the centre's region, named in ``language`` ("fr" or "en_US")."""
    import holidays  # loaded on first use, as in app.domain.hours

    with ctx.reading() as db:
        region, worked = holiday_region(db), worked_holidays(db)
    years = sorted(set(years))
    names = holidays.France(years=years, subdiv=rules.HOLIDAY_SUBDIVISIONS[region], language=language)
    return [HolidayView(day, names[day], day in worked, day == rules.whit_monday(day.year))
            for year in years for day in sorted(rules.public_holidays(year, region))]


def worked_every_whit_monday(ctx: Context) -> bool:
    with ctx.reading() as db:
        return worked_holidays(db).whit_monday_every_year


def set_worked_holidays(ctx: Context, days: Iterable[date], *, whit_monday_every_year: bool = False) -> HolidayShifts:
    """The public holidays the centre works from now on: targets and the rota take them as working days.
    Only holidays of the centre's region; audited with the setting. The reception shifts from today on follow in
    the same transaction, as they follow a change of region (see :func:`app.services.rota.follow_worked_holidays`):
    what became of them."""
    worked = rules.WorkedHolidays(frozenset(days), whit_monday_every_year)
    from app.services import rota, settings  # which build on this module

    with ctx.writing() as unit:
        rules.check_worked_holidays(worked, holiday_region(unit.db))
        old = rules.WorkedHolidays.from_setting(settings.read_locked(unit, WORKED_HOLIDAYS))  # one at a time
        if old == worked:
            return HolidayShifts()
        settings.write(unit, WORKED_HOLIDAYS, worked.setting())
        return rota.follow_worked_holidays(unit, old)


def _view(centre: Centre) -> CentreView:
    return CentreView(
        id=id_of(centre),
        name=centre.name,
        timezone=centre.timezone,
        holiday_region=centre.holiday_region,
        opens_at=centre.opens_at,
        closes_at=centre.closes_at,
    )


def validate(draft: CentreDraft) -> CentreDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise RuleViolation(EMPTY_CENTRE_NAME)
    if len(name) > MAX_NAME_LENGTH:
        raise RuleViolation(NAME_TOO_LONG, limit=MAX_NAME_LENGTH)
    try:
        ZoneInfo(draft.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise RuleViolation(BAD_TIMEZONE, zone=draft.timezone) from error
    if draft.holiday_region not in HOLIDAY_REGIONS:
        raise RuleViolation(BAD_REGION, region=draft.holiday_region)
    if draft.closes_at <= draft.opens_at:
        raise RuleViolation(BAD_HOURS)
    return CentreDraft(name, draft.timezone, draft.holiday_region, draft.opens_at, draft.closes_at)


def get_centre(ctx: Context) -> CentreView | None:
    with ctx.reading() as db:
        centre = db.exec(select(Centre)).first()
        return None if centre is None else _view(centre)


def create_centre(ctx: Context, draft: CentreDraft) -> CentreView:
    draft = validate(draft)
    with ctx.writing() as unit:
        view = insert(unit, draft)
    apply_timezone(ctx, view)
    return view


def insert(unit: UnitOfWork, draft: CentreDraft) -> CentreView:
    """Create the centre (``draft`` validated) within a transaction under way. Its id is the one a centre may
    have: another workstation creating it at this very moment (on PostgreSQL, neither sees the other's yet)
    makes this insert wait for theirs, then refused as a centre already there, as it is once theirs is seen."""
    if unit.db.exec(select(Centre)).first() is not None:
        raise RuleViolation(ALREADY_CREATED)
    centre = Centre(id=CENTRE_ID, **draft.__dict__)
    try:
        with unit.db.begin_nested():
            unit.db.add(centre)
    except IntegrityError:
        raise RuleViolation(ALREADY_CREATED) from None
    unit.audit("create", "centre", centre.id, after=centre)
    return _view(centre)


def update_centre(ctx: Context, draft: CentreDraft) -> CentreView:
    draft = validate(draft)
    with ctx.writing() as unit:
        view = update(unit, draft)
    apply_timezone(ctx, view)
    return view


def apply_timezone(ctx: Context, view: CentreView) -> None:
    """Dates and times of ``ctx`` from now on in the centre's time zone."""
    ctx.timezone = ZoneInfo(view.timezone)


def update(unit: UnitOfWork, draft: CentreDraft) -> CentreView:
    """Change the centre's details (``draft`` validated) within a transaction under way; audited. A new region
    changes the public holidays: the reception shifts from today on follow them in the same transaction (see
    :func:`app.services.rota.follow_holidays`), and the view says what became of them."""
    centre = unit.db.exec(select(Centre).with_for_update()).one()
    if all(getattr(centre, key) == value for key, value in draft.__dict__.items()):
        return _view(centre)  # nothing changed: nothing to audit
    old_region = centre.holiday_region
    with unit.change(centre, Entity.CENTRE):
        for key, value in draft.__dict__.items():
            setattr(centre, key, value)
    if centre.holiday_region == old_region:
        return _view(centre)
    from app.services import rota  # which builds on this module

    return replace(_view(centre), holiday_shifts=rota.follow_holidays(unit, old_region))
