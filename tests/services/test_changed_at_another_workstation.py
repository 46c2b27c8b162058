"""A record changed at another workstation while a window still shows it as it was, on both engines: the change
made from the old picture is refused with what happened, nothing is written, and the other workstation's work
stays. Weekly reception shifts, workshop sessions, rooms."""

from datetime import date, time, timedelta

import pytest
from sqlmodel import select

from app.services import hours, rooms, rota
from app.services import workshops as ws
from app.services.context import Context
from app.services.errors import NotAllowed, StaleEdit
from app.storage.engine import open_database
from app.storage.models import AuditEntry
from tests.conftest import TEST_NOW

TODAY = date(2026, 11, 23)  # the tests' Monday
MONDAYS = [TODAY + timedelta(weeks=n) for n in range(6)]
THURSDAY = date(2026, 11, 26)


@pytest.fixture
def other(ctx, database_url):
    """A second workstation on the same database (its own engine and connections)."""
    engine = open_database(database_url)
    yield Context(engine, clock=lambda: TEST_NOW, system="tests")
    engine.dispose()


def audited(ctx, entity: str) -> list[str]:
    with ctx.reading() as db:
        return list(
            db.exec(select(AuditEntry.action).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        )


# ---------------------------------------------------------------- weekly reception shifts


@pytest.fixture
def slot(ctx) -> rota.TemplateView:
    """Monday 09:00–12:00 from today on, its shifts created for six weeks, as both workstations' lists show it."""
    slot = rota.add_template(ctx, 0, time(9), time(12), valid_from=TODAY)
    rota.create_shifts_ahead(ctx, weeks=6)
    return slot


def mondays(ctx) -> list[tuple[date, time]]:
    return [(shift.day, shift.start) for shift in rota.shifts_between(ctx, MONDAYS[0], MONDAYS[-1])]


def slots(ctx) -> list[tuple[time, date, date | None]]:
    return [(t.start, t.valid_from, t.valid_until) for t in rota.list_templates(ctx)]


def test_a_slot_ended_elsewhere_is_not_changed_after_its_end(ctx, other, slot):
    """It gave a database error (an end before its start) and lengthened the slot the other had ended."""
    rota.end_template(other, slot.id, MONDAYS[2] - timedelta(days=1), slot)
    before = (slots(ctx), mondays(ctx), audited(ctx, "shift_template"))
    for seen in (slot, None):  # the window's picture, or none (the command line, an import)
        with pytest.raises(NotAllowed) as refused:
            rota.change_template(
                ctx, slot.id, start=time(9), end=time(13), seats=1, label="", from_day=MONDAYS[3], seen=seen
            )
        assert (slots(ctx), mondays(ctx), audited(ctx, "shift_template")) == before
    assert str(refused.value).startswith("This weekly shift ends on 2026-12-06 (it was changed or ended)")


def test_a_slot_changed_elsewhere_is_not_ended_later_than_the_change(ctx, other, slot):
    """Ending it later than the other's change gave that Monday two weekly shifts: every shift doubled."""
    rota.change_template(
        other, slot.id, start=time(10), end=time(12), seats=1, label="", from_day=MONDAYS[2], seen=slot
    )
    with pytest.raises(NotAllowed, match="changed meanwhile"):
        rota.end_template(ctx, slot.id, MONDAYS[4] - timedelta(days=1), slot)
    with pytest.raises(NotAllowed, match="ends on 2026-12-06"):
        rota.end_template(ctx, slot.id, MONDAYS[4] - timedelta(days=1))
    rota.create_shifts_ahead(ctx, weeks=6)
    assert mondays(ctx) == [
        (MONDAYS[0], time(9)),
        (MONDAYS[1], time(9)),
        *((monday, time(10)) for monday in MONDAYS[2:]),
    ]


def test_a_slot_changed_elsewhere_is_not_changed_again_from_the_old_picture(ctx, other, slot):
    """Within the old slot's days the change would go through, and say it applied from that day on, while
    the other's change took over a week later: refused, the list shows both."""
    theirs = rota.change_template(
        other, slot.id, start=time(10), end=time(12), seats=1, label="", from_day=MONDAYS[2], seen=slot
    )
    with pytest.raises(NotAllowed, match="changed meanwhile"):
        rota.change_template(
            ctx, slot.id, start=time(8), end=time(12), seats=1, label="", from_day=MONDAYS[1], seen=slot
        )
    assert slots(ctx) == [(time(9), TODAY, MONDAYS[2] - timedelta(days=1)), (time(10), MONDAYS[2], None)]
    # From the list as it is now, the change goes through.
    changed = rota.change_template(
        ctx, theirs.id, start=time(8), end=time(12), seats=1, label="", from_day=MONDAYS[4], seen=theirs
    )
    assert changed.valid_from == MONDAYS[4]
    assert [start for _day, start in mondays(ctx)] == [time(9), time(9), time(10), time(10), time(8), time(8)]


def test_a_slot_is_still_ended_earlier_than_its_end(ctx, slot):
    rota.end_template(ctx, slot.id, MONDAYS[3] - timedelta(days=1), slot)
    ended = rota.list_templates(ctx)[0]
    rota.end_template(ctx, slot.id, MONDAYS[1] - timedelta(days=1), ended)
    assert mondays(ctx) == [(MONDAYS[0], time(9))]


# ---------------------------------------------------------------- workshop sessions


@pytest.fixture
def series(ctx) -> list[ws.SessionView]:
    """Three Thursday sessions of a workshop, 14:00–16:00, as both workstations' lists show them."""
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine du marché", capacity=8))
    return list(
        ws.add_series(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16)), count=3).sessions
    )


def planned(ctx) -> list[tuple[date, time, str]]:
    return [
        (s.day, s.start, s.notes)
        for s in ws.sessions_between(ctx, THURSDAY, THURSDAY + timedelta(weeks=3), include_cancelled=False)
    ]


def test_a_session_moved_elsewhere_is_not_put_back_by_an_edit_of_the_old_picture(ctx, other, series):
    """The edit put the session back where it was, unseen, and moved the following ones a day earlier (by the
    day between the session as saved and as shown)."""
    first = series[0]
    friday = ws.SessionDraft(THURSDAY + timedelta(days=1), time(10), time(12), None, "Au marché")
    ws.update_session(other, first.id, friday, expected=first)  # the other workstation moves it to Friday
    before = (planned(ctx), audited(ctx, "workshop_session"))

    mine = ws.SessionDraft(first.day, first.start, first.end, None, "Apporter des tabliers")
    with pytest.raises(StaleEdit) as conflict:
        ws.update_session(ctx, first.id, mine, following=True, expected=first)
    theirs = conflict.value.current
    assert isinstance(theirs, ws.SessionView)
    assert (theirs.day, theirs.start, theirs.notes) == (THURSDAY + timedelta(days=1), time(10), "Au marché")
    assert (planned(ctx), audited(ctx, "workshop_session")) == before

    # Kept over the version now known: this one goes back to Thursday; the following ones move as far as the
    # edit moved it from the day it started from (not at all), not from Friday: they stay on Thursdays.
    ws.update_session(ctx, first.id, mine, following=True, expected=theirs, moved_from=first.day)
    assert planned(ctx) == [
        (THURSDAY + timedelta(weeks=n), time(14), "Apporter des tabliers") for n in range(3)
    ]


def test_a_session_cancelled_elsewhere_says_so(ctx, other, series):
    ws.cancel_session(other, series[1].id)
    with pytest.raises(NotAllowed, match="cancelled"):
        ws.update_session(
            ctx, series[1].id, ws.SessionDraft(series[1].day, time(15), time(17)), expected=series[1]
        )
    assert planned(ctx) == [(THURSDAY, time(14), ""), (THURSDAY + timedelta(weeks=2), time(14), "")]


# ---------------------------------------------------------------- rooms


def test_a_room_renamed_elsewhere_is_not_renamed_back_by_an_edit_of_its_capacity(ctx, other):
    """The capacity typed here put the old name back over the other's rename, unseen."""
    seen = rooms.add_room(ctx, "Salle 1", 10)
    theirs = rooms.update_room(other, seen.id, "Salle bleue", 12, seen)
    with pytest.raises(StaleEdit) as conflict:
        rooms.update_room(ctx, seen.id, "Salle 1", 15, seen)
    assert conflict.value.current == theirs
    assert rooms.list_rooms(ctx) == [theirs] and audited(ctx, "room") == ["add", "edit"]
    # Kept over the room now known: saved.
    assert rooms.update_room(ctx, seen.id, "Salle 1", 15, theirs) == rooms.RoomView(seen.id, "Salle 1", 15)


def test_a_room_retired_elsewhere_keeps_its_edit_and_stays_retired(ctx, other):
    seen = rooms.add_room(ctx, "Salle 1", 10)
    rooms.set_room_active(other, seen.id, False)
    assert rooms.update_room(ctx, seen.id, "Salle verte", 10, seen) == rooms.RoomView(
        seen.id, "Salle verte", 10, active=False
    )


# ---------------------------------------------------------------- time categories and workshop themes


def test_a_category_renamed_elsewhere_is_not_renamed_over_unseen(ctx, other):
    seen = hours.add_category(ctx, "Partenariats")
    theirs = hours.rename_category(other, seen.id, "Partenariats CPAM", seen)
    with pytest.raises(StaleEdit) as conflict:
        hours.rename_category(ctx, seen.id, "Partenaires", seen)
    assert conflict.value.current == theirs
    assert [c.label for c in hours.list_categories(ctx) if c.id == seen.id] == ["Partenariats CPAM"]
    assert hours.rename_category(ctx, seen.id, "Partenaires", theirs).label == "Partenaires"


def test_a_theme_set_aside_elsewhere_is_not_brought_back_by_a_rename(ctx, other):
    """The rename saved the theme as offered, as the window showed it: the other's setting aside was undone."""
    seen = ws.add_theme(ctx, "Nutrition")
    theirs = ws.rename_theme(other, seen.id, "Nutrition", active=False, expected=seen)
    with pytest.raises(StaleEdit) as conflict:
        ws.rename_theme(ctx, seen.id, "Alimentation", active=True, expected=seen)
    assert conflict.value.current == theirs
    assert ws.list_themes(ctx, include_inactive=True) == [theirs]
    assert ws.rename_theme(ctx, seen.id, "Alimentation", active=False, expected=theirs) == ws.ThemeView(
        seen.id, "Alimentation", False
    )


def test_a_partner_saved_elsewhere_is_not_saved_over_unseen(ctx, other):
    seen = ws.add_partner(ctx, ws.PartnerDraft(name="CPAM de l'Isère"))
    theirs = ws.update_partner(
        other, seen.id, ws.PartnerDraft(name="CPAM de l'Isère"), active=False, expected=seen
    )
    with pytest.raises(StaleEdit) as conflict:
        ws.update_partner(
            ctx, seen.id, ws.PartnerDraft(name="CPAM de l'Isère", phone="04 76 00 00 00"), expected=seen
        )
    assert conflict.value.current == theirs
    assert ws.list_partners(ctx, include_inactive=True) == [theirs]
