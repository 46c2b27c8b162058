"""``cercle roster export`` (weekly PDF, a member's iCalendar) and ``propose`` on the demo centre; ``roster shift
list``, ``add`` and ``cancel`` on both engines."""

import re
from datetime import date, time

import pytest
from icalendar import Calendar

from app.domain.members import MemberDraft
from app.services import members, rota
from tests.conftest import in_the_afternoon
from tests.test_cli import cercle, demo_years
from tests.test_cli_imports import database_of

FAR_AHEAD = "9998-06-05"  # a Friday: the command reads the computer's clock, and this day is never gone by


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_weekly_roster_pdf(demo_file, tmp_path):
    output = tmp_path / "roster.pdf"
    result = cercle("roster", "export", "--week", "2026-W48", "--format", "pdf", "--output", str(output),
                    "--database", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")


def test_member_calendar_is_rfc5545_with_stable_uids(demo_file, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    start, end = demo_years()
    for output in (first, second):
        result = cercle("roster", "export", "--member", "Amina Benali", "--from", start, "--to", end,
                        "--format", "ics", "--output", str(output), "--database", str(demo_file))
        assert result.returncode == 0, result.stderr
    calendars = [Calendar.from_ical(path.read_bytes()) for path in (first, second)]
    events = [calendar.walk("VEVENT") for calendar in calendars]
    assert events[0] and [str(e["UID"]) for e in events[0]] == [str(e["UID"]) for e in events[1]]
    assert all(str(e["UID"]).startswith("shift-") and str(e["UID"]).endswith("@cercle") for e in events[0])
    assert calendars[0].walk("VTIMEZONE")[0]["TZID"] == "Europe/Paris"
    assert events[0][0].decoded("DTSTART").tzinfo is not None


def test_unknown_member_and_bad_week_fail_with_one_line(demo_file, tmp_path):
    result = cercle("roster", "export", "--member", "Nobody", "--format", "ics", "--output",
                    str(tmp_path / "x.ics"), "--database", str(demo_file))
    assert result.returncode != 0 and "Nobody" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = cercle("roster", "export", "--week", "48", "--format", "pdf", "--output",
                    str(tmp_path / "x.pdf"), "--database", str(demo_file))
    assert result.returncode != 0 and "2026-W48" in result.stderr


def test_a_week_outside_the_years_cercle_keeps_is_refused(demo_file, tmp_path):
    output = tmp_path / "x.pdf"
    result = cercle("roster", "export", "--week", "9999-W52", "--format", "pdf", "--output", str(output),
                    "--database", str(demo_file))
    assert result.returncode == 1 and not output.exists()
    assert result.stderr.strip() == ("cercle: Monday 27 December 9999 is outside the years Cercle keeps: "
                                     "2000 to 9998.")


def test_propose_prints_a_rota_without_applying_it(demo_file):
    summaries = []
    for _ in range(2):  # had the first applied its rota, the second would find no open seat
        result = cercle("roster", "propose", "--database", str(demo_file))
        assert result.returncode == 0, result.stderr
        *seats, summary = result.stdout.strip().splitlines()
        assert seats and summary.split(":")[0] in ("optimal", "feasible") and f" {len(seats)} of " in summary
        summaries.append(summary.split(":")[1])
    assert summaries[0] == summaries[1]


def test_propose_refuses_a_period_ending_before_it_starts(demo_file):
    result = cercle("roster", "propose", "--from", "2026-12-10", "--to", "2026-12-01",
                    "--database", str(demo_file))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_a_calendar_whose_period_ends_before_it_starts_is_refused(demo_file, tmp_path):
    output = tmp_path / "shifts.ics"
    result = cercle("roster", "export", "--member", "Amina Benali", "--from", "2026-12-10", "--to", "2026-12-01",
                    "--format", "ics", "--output", str(output), "--database", str(demo_file))
    assert result.returncode == 1
    assert result.stderr.strip() == "cercle: The period must end after it starts."
    assert not output.exists()


def test_create_ahead_refuses_more_than_two_years_before_opening_anything(tmp_path):
    result = cercle("roster", "create-ahead", "--weeks", "100000", "--database", str(tmp_path / "c.sqlite3"))
    assert result.returncode != 0 and "from 1 to 104 weeks ahead, not 100000" in result.stderr
    assert not (tmp_path / "c.sqlite3").exists()


def test_a_one_off_shift_is_added_then_cancelled_naming_who_loses_their_seat(ctx):
    database = database_of(ctx)
    added = cercle("roster", "shift", "add", FAR_AHEAD, "8h30", "12:30", "--seats", "2", "--label", "Vaccination day",
                   "--database", database)
    assert added.returncode == 0, added.stderr
    said = re.fullmatch(r"Shift (\d+) added: Friday 5 June 9998, 08:30–12:30\.", added.stdout.strip())
    assert said is not None, added.stdout
    shift = rota.get_shift(ctx, int(said.group(1)))
    assert (shift.day, shift.start, shift.end, shift.seats, shift.label) == (
        date(9998, 6, 5), time(8, 30), time(12, 30), 2, "Vaccination day")
    rota.claim_shift(ctx, shift.id, members.add_member(ctx, MemberDraft(name="Amina Benali")).id)
    cancelled = cercle("roster", "shift", "cancel", str(shift.id), "--database", database)
    assert cancelled.returncode == 0, cancelled.stderr
    assert cancelled.stdout.splitlines() == [
        f"Shift {shift.id} cancelled.",
        "Amina Benali loses the seat on Friday 5 June 9998, 08:30–12:30, and its hours: the shift is cancelled."]
    assert rota.get_shift(ctx, shift.id).status == rota.CANCELLED
    again = cercle("roster", "shift", "cancel", str(shift.id), "--database", database)
    assert again.returncode == 1 and again.stderr.strip() == "cercle: This shift was cancelled."


def test_a_shift_gone_by_or_a_time_mistyped_is_refused_in_one_line(ctx):
    database = database_of(ctx)
    past = cercle("roster", "shift", "add", "2000-01-03", "08:30", "12:30", "--database", database)
    assert past.returncode == 1
    assert past.stderr.strip() == "cercle: Monday 3 January 2000, 08:30 has passed: a shift is added before it starts."
    mistyped = cercle("roster", "shift", "add", FAR_AHEAD, "noon", "14:00", "--database", database)
    assert mistyped.returncode == 1
    assert mistyped.stderr.strip() == "cercle: noon is not a time of day: write it as HH:MM, for example 08:30."
    assert rota.shifts_between(ctx, date(2000, 1, 1), date(9998, 12, 31), include_cancelled=True) == []


def week_far_ahead(ctx) -> dict[str, rota.ShiftView]:
    """The week of FAR_AHEAD (Monday 1 to Sunday 7 June 9998) and the Monday after: a shift nobody holds, a
    vaccination morning Élodie then Amina took, an early one cancelled, and one the next week."""
    amina, elodie = (members.add_member(ctx, MemberDraft(name=name)).id for name in ("Amina Benali", "Élodie Roux"))
    friday = date(9998, 6, 5)
    shifts = {"open": rota.add_shift(ctx, date(9998, 6, 1), time(14), time(18)),
              "vaccination": rota.add_shift(ctx, friday, time(8, 30), time(12, 30), 2, "Vaccination day"),
              "cancelled": rota.add_shift(ctx, friday, time(7), time(8), 1, "Early"),
              "next week": rota.add_shift(ctx, date(9998, 6, 8), time(9), time(12))}
    for member in (elodie, amina):
        rota.claim_shift(ctx, shifts["vaccination"].id, member)
    rota.cancel_shift(ctx, shifts["cancelled"].id)
    return shifts


def shift_list(ctx, *period: str):
    return cercle("roster", "shift", "list", *period, "--database", database_of(ctx))


def test_the_shifts_of_a_period_are_listed_with_their_numbers_seats_and_holders(ctx):
    shifts = {name: shift.id for name, shift in week_far_ahead(ctx).items()}
    listed = shift_list(ctx, "--from", "9998-06-01", "--to", "9998-06-07")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [  # by day and start; the holders by name; the cancelled one said so
        f"{shifts['open']}\tMonday 1 June 9998\t14:00–18:00\t\tseats: 0/1",
        f"{shifts['cancelled']}\tFriday 5 June 9998\t07:00–08:00\tEarly\tseats: 0/1\t\tcancelled",
        f"{shifts['vaccination']}\tFriday 5 June 9998\t08:30–12:30\tVaccination day\tseats: 2/2\t"
        + "Amina Benali, Élodie Roux"]
    from_friday = shift_list(ctx, "--from", "9998-06-05")  # to the end of its week
    assert [line.split("\t")[0] for line in from_friday.stdout.splitlines()] == [
        str(shifts["cancelled"]), str(shifts["vaccination"])]
    to_monday = shift_list(ctx, "--to", "9998-06-08")  # from the start of its week
    assert [line.split("\t")[0] for line in to_monday.stdout.splitlines()] == [str(shifts["next week"])]


def test_the_shifts_are_listed_for_this_week_by_default(ctx):
    week_far_ahead(ctx)
    listed = shift_list(ctx)
    assert listed.returncode == 0 and listed.stdout.strip() == "", listed.stderr  # the computer's week, not 9998


def test_a_holder_who_did_not_come_is_listed_absent(ctx):
    shift = rota.add_shift(ctx, date(2026, 11, 23), time(12), time(13))  # the tests' Monday, from noon
    claim = rota.claim_shift(ctx, shift.id, members.add_member(ctx, MemberDraft(name="Amina Benali")).id)
    rota.mark_no_show(in_the_afternoon(ctx), claim.claim_id)
    listed = shift_list(ctx, "--from", "2026-11-23", "--to", "2026-11-23")
    assert listed.stdout.splitlines() == [
        f"{shift.id}\tMonday 23 November 2026\t12:00–13:00\t\tseats: 1/1\tAmina Benali (absent)"], listed.stderr


def test_a_shift_list_of_a_period_ending_before_it_starts_or_mistyped_is_refused(ctx):
    backwards = shift_list(ctx, "--from", "9998-06-07", "--to", "9998-06-01")
    assert backwards.returncode == 1 and backwards.stdout == ""
    assert backwards.stderr.strip() == "cercle: The period must end after it starts."
    mistyped = shift_list(ctx, "--from", "01/06/9998")
    assert mistyped.returncode == 1
    assert mistyped.stderr.strip().startswith("cercle: 01/06/9998 is not a date: write it as YYYY-MM-DD")


def test_a_calendar_is_exported_for_a_member_named_without_the_accents_of_her_name(ctx, tmp_path):
    vaccination = week_far_ahead(ctx)["vaccination"]
    output = tmp_path / "elodie.ics"
    result = cercle("roster", "export", "--member", "elodie roux", "--from", "9998-06-01", "--to", "9998-06-07",
                    "--format", "ics", "--output", str(output), "--database", database_of(ctx))
    assert result.returncode == 0, result.stderr
    events = Calendar.from_ical(output.read_bytes()).walk("VEVENT")
    assert len(events) == 1 and str(events[0]["UID"]).startswith(f"shift-{vaccination.id}-member-")


def test_a_hundred_million_seats_typed_at_the_command_line_are_refused_in_one_line(ctx):
    """Written before, the shift then held "roster propose" for good, filling it seat by seat."""
    added = cercle("roster", "shift", "add", FAR_AHEAD, "08:30", "12:30", "--seats", "100000000",
                   "--database", database_of(ctx))
    assert added.returncode == 1
    assert added.stderr.strip() == "cercle: A shift has at most 20 seats, not 100000000."
    assert rota.shifts_between(ctx, date(9998, 6, 5), date(9998, 6, 5)) == []
