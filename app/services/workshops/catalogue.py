"""What the centre offers: the themes, the workshops, who facilitates them (and so their hours) and with
which partners."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import sqlalchemy as sql
from sqlalchemy import Date, case, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.domain import names
from app.domain import workshops as rules
from app.domain.errors import RuleViolation
from app.domain.members import name_key
from app.domain.upcoming import upcoming_first
from app.domain.workshops import SessionStatus, WorkshopStatus
from app.services import credits, people, time_entries
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import StaleEdit
from app.services.workshops.cycles import has_cycle_enrolments, promote
from app.services.workshops.enrolments import reallocate
from app.services.workshops.messages import (
    AUDIENCE_LENGTH,
    BAD_PREPARATION,
    BAD_STATUS,
    BOOKED_ON_DAY,
    CYCLE_ENROLMENTS_KEPT,
    DUPLICATE_THEME,
    FACILITATOR_LEFT,
    SESSION_ENROLMENTS_KEPT,
    THEME_LENGTH,
    TIME_SOURCE,
    TITLE_LENGTH,
    TITLE_REQUIRED,
    UNKNOWN_MEMBER,
    UNKNOWN_PARTNER,
    UNKNOWN_THEME,
    UNKNOWN_WORKSHOP,
    SessionWarning,
    clean_text,
    get_row,
    limited,
)
from app.services.workshops.sessions import credit_hours, follow_workshop, live_sessions
from app.services.workshops.views import (
    FacilitatorView,
    ThemeView,
    WorkshopDetail,
    WorkshopDraft,
    WorkshopView,
    counted_view,
    partner_view,
    session_views,
    theme_names,
    theme_view,
    workshop_view,
)
from app.storage.models import Member, Partner
from app.storage.models.workshops import (
    Enrolment,
    Workshop,
    WorkshopFacilitator,
    WorkshopPartner,
    WorkshopSession,
    WorkshopTheme,
)

WORKSHOP_STATUSES = tuple(WorkshopStatus)  # in the order the pickers offer them


# --- themes ------------------------------------------------------------------------------------------


def list_themes(ctx: Context, *, include_inactive: bool = False) -> list[ThemeView]:
    with ctx.reading() as db:
        rows = db.exec(select(WorkshopTheme))
        return sorted((theme_view(t) for t in rows if include_inactive or t.active),
                      key=lambda t: name_key(t.name))


def _check_theme_name(db: Session, name: str, theme_id: int | None) -> None:
    """Refuse a second theme of the same name, case set aside (a few dozen themes: read whole)."""
    query = select(WorkshopTheme)
    if theme_id is not None:
        query = query.where(WorkshopTheme.id != theme_id)
    if names.named(db.exec(query), name, lambda theme: theme.name):
        raise RuleViolation(DUPLICATE_THEME, name=name)


def add_theme(ctx: Context, name: str) -> ThemeView:
    name = clean_text(name, limit=THEME_LENGTH)
    with ctx.writing() as unit:
        _check_theme_name(unit.db, name, None)
        theme = WorkshopTheme(name=name)
        try:
            unit.add(theme)
        except IntegrityError as error:  # another workstation added it meanwhile
            raise RuleViolation(DUPLICATE_THEME, name=name) from error
        unit.audit("add", Entity.WORKSHOP, None, after={"theme": theme.model_dump()})
        return theme_view(theme)


def rename_theme(ctx: Context, theme_id: int, name: str, *, active: bool = True,
                 expected: ThemeView | None = None) -> ThemeView:
    """Rename a theme, or retire it (``active``). ``expected``: the theme as the window showed it; renamed, set
    aside or brought back since (at another workstation), StaleEdit carrying it as saved, and nothing written
    (its name and whether it is offered are saved together: the one not changed here would undo theirs).

    Audited as a change to the workshops, without an id (a theme is no entity of its own), so not with
    ``unit.change``, which would file the theme's id as a workshop's.
    """
    name = clean_text(name, limit=THEME_LENGTH)
    with ctx.writing() as unit:
        theme = get_row(unit.db, WorkshopTheme, theme_id, UNKNOWN_THEME, lock=True)
        if expected is not None and theme_view(theme) != expected:
            raise StaleEdit(theme_view(theme))
        _check_theme_name(unit.db, name, theme_id)
        before = theme.model_dump()
        theme.name, theme.active = name, active
        unit.audit(
            "edit_theme", Entity.WORKSHOP, None, before={"theme": before}, after={"theme": theme.model_dump()}
        )
        return theme_view(theme)


# --- workshops ---------------------------------------------------------------------------------------


def _validate_workshop(draft: WorkshopDraft) -> WorkshopDraft:
    rules.validate_capacity(draft.capacity)
    if draft.status not in WORKSHOP_STATUSES:
        raise RuleViolation(BAD_STATUS, status=draft.status)
    return WorkshopDraft(
        clean_text(draft.title, TITLE_REQUIRED, limit=TITLE_LENGTH),
        draft.capacity,
        draft.theme_id,
        draft.description.strip(),
        limited(draft.audience.strip(), AUDIENCE_LENGTH),
        WorkshopStatus(draft.status),
        draft.is_cycle,
    )


def _check_cycle_switch(db: Session, workshop: Workshop, is_cycle: bool) -> None:
    """A workshop becomes a cycle, or stops being one, only while nobody is enrolled the other way: their
    enrolments would be lost."""
    if workshop.id is None or workshop.is_cycle == is_cycle:
        return
    if is_cycle:
        per_session = db.exec(select(Enrolment.id).join(WorkshopSession, col(WorkshopSession.id) == Enrolment.session_id)
                              .where(WorkshopSession.workshop_id == workshop.id)).first()
        if per_session is not None:
            raise RuleViolation(SESSION_ENROLMENTS_KEPT)
    elif has_cycle_enrolments(db, workshop.id):
        raise RuleViolation(CYCLE_ENROLMENTS_KEPT)


def _apply_workshop(db: Session, workshop: Workshop, draft: WorkshopDraft) -> None:
    if draft.theme_id is not None:
        get_row(db, WorkshopTheme, draft.theme_id, UNKNOWN_THEME)
    _check_cycle_switch(db, workshop, draft.is_cycle)
    workshop.is_cycle = draft.is_cycle
    workshop.title, workshop.capacity, workshop.theme_id = draft.title, draft.capacity, draft.theme_id
    workshop.description, workshop.audience, workshop.status = draft.description, draft.audience, draft.status


def list_workshops(ctx: Context, *, include_cancelled: bool = True) -> list[WorkshopView]:
    """Every workshop, the next ones first, then the most recent."""
    with ctx.reading() as db:
        themes = theme_names(db)
        counted = _sessions_counted(db, ctx.today())
        views = [
            counted_view(w, themes, *counted.get(id_of(w), (None, 0)))
            for w in db.exec(select(Workshop))
            if include_cancelled or w.status != WorkshopStatus.CANCELLED
        ]
    return sorted(views, key=lambda v: (v.next_day is None, v.next_day or date.min, -v.id))


def _sessions_counted(db: Session, today: date) -> dict[int, tuple[date | None, int]]:
    """Workshop id → its next day from ``today`` on and its sessions, the cancelled ones left out: counted by
    the database, not by loading ten years of sessions."""
    day = col(WorkshopSession.day)
    next_day = sql.type_coerce(func.min(case((day >= today, day))), Date)
    rows = db.exec(
        select(WorkshopSession.workshop_id, next_day, func.count())
        .where(WorkshopSession.status != SessionStatus.CANCELLED)
        .group_by(col(WorkshopSession.workshop_id))
    )
    return {workshop_id: (first, count) for workshop_id, first, count in rows}


def get_workshop(ctx: Context, workshop_id: int) -> WorkshopDetail:
    with ctx.reading() as db:
        return _detail(db, workshop_id, ctx.today())


def _detail(db: Session, workshop_id: int, today: date) -> WorkshopDetail:
    """A workshop with its sessions, facilitators and partners, read in ``db``."""
    workshop = get_row(db, Workshop, workshop_id, UNKNOWN_WORKSHOP)
    rows = list(db.exec(select(WorkshopSession).where(WorkshopSession.workshop_id == workshop_id)))
    facilitators = tuple(sorted(
        (FacilitatorView(id_of(member), member.name, link.preparation_minutes)
         for link, member in db.exec(
            select(WorkshopFacilitator, Member)
            .join(Member, col(Member.id) == WorkshopFacilitator.member_id)
            .where(WorkshopFacilitator.workshop_id == workshop_id))),
        key=lambda f: name_key(f.name)))
    partners = tuple(sorted(
        (partner_view(partner) for partner in db.exec(
            select(Partner)
            .join(WorkshopPartner, col(WorkshopPartner.partner_id) == Partner.id)
            .where(WorkshopPartner.workshop_id == workshop_id))),
        key=lambda p: name_key(p.name)))
    return WorkshopDetail(
        workshop_view(workshop, theme_names(db), rows, today),
        tuple(upcoming_first(session_views(db, rows), today, lambda s: (s.day, s.start))),
        facilitators,
        partners,
    )


def add_workshop(
    ctx: Context,
    draft: WorkshopDraft,
    *,
    facilitators: dict[int, int] | None = None,
    partner_ids: Iterable[int] = (),
    co_facilitator_ids: Iterable[int] = (),
) -> WorkshopView:
    """Create a workshop, with its facilitators (member id → preparation minutes), partners and the people of
    the directory who co-facilitate it."""
    draft = _validate_workshop(draft)
    facilitators = _validate_facilitators(facilitators or {})
    with ctx.writing() as unit:
        workshop = Workshop(title=draft.title, created_at=ctx.now())
        _apply_workshop(unit.db, workshop, draft)
        unit.add(workshop)
        _replace_facilitators(unit.db, workshop, facilitators)
        _replace_partners(unit.db, workshop, partner_ids)
        unit.audit("add", Entity.WORKSHOP, workshop.id, after=workshop)
        people.replace_co_facilitators(unit, id_of(workshop), co_facilitator_ids)
        return workshop_view(workshop, theme_names(unit.db))


def update_workshop(
    ctx: Context,
    workshop_id: int,
    draft: WorkshopDraft,
    *,
    facilitators: dict[int, int] | None = None,
    partner_ids: Iterable[int] | None = None,
    co_facilitator_ids: Iterable[int] | None = None,
    expected_version: int | None = None,
) -> WorkshopView:
    """Save a workshop and, when given, who facilitates it (member id → preparation minutes per session;
    their hours follow), its partners and its co-facilitators from the directory of people who are not staff:
    one transaction, all of it or nothing. Its sessions still planned follow the theme, partners and
    co-facilitators; those held or cancelled keep what they were done under. A larger capacity promotes
    people from the waiting lists of its sessions. The view's warnings say where a new facilitator is
    booked elsewhere during a coming session.

    With ``expected_version`` (the version the editor started from), a workshop saved meanwhile by another
    workstation raises StaleEdit carrying the WorkshopDetail as saved, and nothing is written.
    """
    draft = _validate_workshop(draft)
    if facilitators is not None:
        facilitators = _validate_facilitators(facilitators)
    with ctx.writing() as unit:
        workshop = get_row(unit.db, Workshop, workshop_id, UNKNOWN_WORKSHOP, lock=True)
        if expected_version is not None and workshop.version != expected_version:
            raise StaleEdit(_detail(unit.db, workshop_id, ctx.today()))
        with unit.change(workshop, Entity.WORKSHOP):
            _apply_workshop(unit.db, workshop, draft)
            workshop.version += 1
        for row in live_sessions(unit.db, workshop_id):
            reallocate(unit, workshop, row)
        if workshop.is_cycle:
            promote(unit, workshop, ctx.today())
        warnings: tuple[SessionWarning, ...] = ()
        if facilitators is not None:
            warnings = _set_facilitators(unit, workshop, facilitators, ctx.today())
        if partner_ids is not None:
            _set_partners(unit, workshop, partner_ids)
        if co_facilitator_ids is not None:
            people.replace_co_facilitators(unit, workshop_id, co_facilitator_ids)
        follow_workshop(unit.db, workshop)
        return replace(workshop_view(workshop, theme_names(unit.db)), warnings=warnings)


# --- facilitators ------------------------------------------------------------------------------------


def _validate_facilitators(facilitators: dict[int, int]) -> dict[int, int]:
    for minutes in facilitators.values():
        if not 0 <= minutes <= 24 * 60:
            raise RuleViolation(BAD_PREPARATION)
    return dict(facilitators)


def _facilitator_links(db: Session, workshop_id: int) -> dict[int, WorkshopFacilitator]:
    query = select(WorkshopFacilitator).where(WorkshopFacilitator.workshop_id == workshop_id)
    return {link.member_id: link for link in db.exec(query)}


def _replace_facilitators(db: Session, workshop: Workshop, facilitators: dict[int, int]) -> None:
    current = _facilitator_links(db, id_of(workshop))
    for member_id in facilitators:
        member = get_row(db, Member, member_id, UNKNOWN_MEMBER)
        if not member.active and member_id not in current:
            raise RuleViolation(FACILITATOR_LEFT, name=member.name)
    for member_id, link in current.items():
        if member_id not in facilitators:
            db.delete(link)  # the audit entry keeps the picture of who facilitated
    for member_id, minutes in facilitators.items():
        link = current.get(member_id) or WorkshopFacilitator(workshop_id=id_of(workshop), member_id=member_id)
        link.preparation_minutes = minutes
        db.add(link)
    db.flush()


def _facilitator_minutes(db: Session, workshop_id: int) -> dict[str, int]:
    """Who facilitates (member ids as text, as the audit's JSON keeps them) → preparation minutes."""
    return {str(member_id): link.preparation_minutes
            for member_id, link in _facilitator_links(db, workshop_id).items()}


def _set_facilitators(unit: UnitOfWork, workshop: Workshop, facilitators: dict[int, int],
                      today: date) -> tuple[SessionWarning, ...]:
    """Replace the facilitators of a saved workshop, credit the hours of its sessions not started yet anew
    (one started keeps its credits: whoever ran it) and audit the change (if any).
    Returns where a facilitator just added is booked elsewhere during a coming session."""
    before = _facilitator_minutes(unit.db, id_of(workshop))
    after = {str(k): v for k, v in facilitators.items()}
    if after == before:
        return ()
    _replace_facilitators(unit.db, workshop, facilitators)
    now = unit.context.local_now()
    for row in unit.db.exec(select(WorkshopSession).where(WorkshopSession.workshop_id == workshop.id)):
        if not credits.started(row, now):
            credit_hours(unit, row)
    unit.audit(
        "facilitators",
        Entity.WORKSHOP,
        workshop.id,
        before={"facilitators": before},
        after={"facilitators": after},
    )
    added = [member_id for member_id in facilitators if str(member_id) not in before]
    return _booked_elsewhere(unit.db, id_of(workshop), added, today)


def workshops_led_after(ctx: Context, member_id: int, day: date) -> list[str]:
    """The titles of the workshops ``member_id`` facilitates that have sessions after ``day``: those that
    lose a facilitator if they leave after ``day``."""
    with ctx.reading() as db:
        return sorted({workshop.title for workshop, _ in _led_after(db, member_id, day)}, key=name_key)


def _led_after(db: Session, member_id: int, day: date) -> list[tuple[Workshop, list[WorkshopSession]]]:
    """Each workshop ``member_id`` facilitates that has sessions after ``day``, with those sessions."""
    found = []
    for workshop in db.exec(select(Workshop).join(
            WorkshopFacilitator, col(WorkshopFacilitator.workshop_id) == Workshop.id).where(
            WorkshopFacilitator.member_id == member_id)):
        later = list(db.exec(select(WorkshopSession).where(
            WorkshopSession.workshop_id == workshop.id, WorkshopSession.day > day)))
        if later:
            found.append((workshop, later))
    return found


def release_facilitator(unit: UnitOfWork, member_id: int, last_day: date) -> None:
    """``member_id`` leaves after ``last_day``: the workshops with sessions after it no longer name them, and
    those sessions no longer credit them (in a validated week the withdrawal waits, as any change there).
    The sessions until their last day stay theirs: whoever ran a session keeps its hours."""
    for workshop, later in _led_after(unit.db, member_id, last_day):
        before = _facilitator_minutes(unit.db, id_of(workshop))
        unit.db.delete(_facilitator_links(unit.db, id_of(workshop))[member_id])
        workshop.version += 1  # an editor still showing them is told someone saved meanwhile
        unit.db.flush()
        unit.audit("facilitators", Entity.WORKSHOP, workshop.id, before={"facilitators": before},
                   after={"facilitators": _facilitator_minutes(unit.db, id_of(workshop))})
        for row in later:
            time_entries.withdraw(unit, source=TIME_SOURCE, source_id=id_of(row), member_id=member_id)
            credits.settle(unit, member_id, row.day)  # their other activities of that day, shared anew


def _booked_elsewhere(db: Session, workshop_id: int, member_ids: list[int],
                      today: date) -> tuple[SessionWarning, ...]:
    """For each coming session of the workshop, the other activities ``member_ids`` are booked for then."""
    coming = sorted((row for row in live_sessions(db, workshop_id) if row.day >= today),
                    key=lambda row: (row.day, row.start_time))
    return tuple(
        SessionWarning(BOOKED_ON_DAY, day=row.day, warning=warning)
        for row in coming for member_id in member_ids
        for warning in credits.booked_twice(db, member_id, row.day, row.start_time, row.end_time,
                                            besides=(TIME_SOURCE, id_of(row)))
    )


# --- the workshop's partners -------------------------------------------------------------------------


def _replace_partners(db: Session, workshop: Workshop, partner_ids: Iterable[int]) -> None:
    wanted = set(partner_ids)
    for partner_id in wanted:
        get_row(db, Partner, partner_id, UNKNOWN_PARTNER)
    current = {
        link.partner_id: link
        for link in db.exec(select(WorkshopPartner).where(WorkshopPartner.workshop_id == workshop.id))
    }
    for partner_id, link in current.items():
        if partner_id not in wanted:
            db.delete(link)
    for partner_id in wanted - set(current):
        db.add(WorkshopPartner(workshop_id=id_of(workshop), partner_id=partner_id))
    db.flush()


def _set_partners(unit: UnitOfWork, workshop: Workshop, partner_ids: Iterable[int]) -> None:
    """Replace the partners of a saved workshop and audit the change (if any)."""
    wanted = sorted(set(partner_ids))
    current = sorted(
        unit.db.exec(
            select(WorkshopPartner.partner_id).where(WorkshopPartner.workshop_id == workshop.id)
        )
    )
    if wanted == current:
        return
    _replace_partners(unit.db, workshop, wanted)
    unit.audit("partners", Entity.WORKSHOP, workshop.id, before={"partners": current}, after={"partners": wanted})
    unit.changed(Entity.PARTNER, tuple(set(current) ^ set(wanted)))  # its list shows the workshops done
