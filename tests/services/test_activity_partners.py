"""The activity report's partners (issue 17, points 4 to 6), on both engines: per organisation the meetings held
where it was present by kind, the time credited there to the team, the workshops done with it; the future left
out; the same figures once participants are erased; one partner's report with its meetings."""

from datetime import date, time

import pytest

from app.domain.meetings import Attendance, MeetingKind
from app.services import meetings, members
from app.services import workshops as ws
from app.services.activity import Count, activity_report
from app.services.meetings import MeetingDraft
from tests.services.test_activity import YEAR, centre  # noqa: F401 - the fixture
from tests.services.test_meetings import held_ahead_of_its_time


def partner_meeting(ctx, kind, day, start, end, present, partner_ids, *, held=True):
    """A meeting of ``kind`` with the members named in ``present`` and the organisations ``partner_ids``."""
    team = {m.name: m.id for m in members.list_members(ctx)}
    found = meetings.create_meeting(ctx, MeetingDraft(title=str(kind), day=day, start=start, end=end, kind=kind))
    meetings.set_attendance(ctx, found.id, {team[name]: Attendance.PRESENT for name in present})
    meetings.set_meeting_partners(ctx, found.id, partner_ids)
    if held and day > ctx.today():  # marked held ahead of its day, as Cercle allowed before
        held_ahead_of_its_time(ctx, found.id)
    elif held:
        meetings.mark_held(ctx, found.id)
    return found.id


@pytest.fixture
def met(centre):  # noqa: F811
    """The hand-made centre, and its meetings with partners: the ARS (no workshop), the CPAM, the PMI."""
    ids = {p.name: p.id for p in ws.list_partners(centre)}
    ids["ARS"] = ws.add_partner(centre, ws.PartnerDraft("ARS")).id
    steering, partner = MeetingKind.STEERING_COMMITTEE, MeetingKind.PARTNER
    partner_meeting(centre, steering, date(2026, 10, 7), time(10), time(12), ("Ada", "Bob"), [ids["ARS"], ids["CPAM"]])
    partner_meeting(centre, partner, date(2026, 6, 10), time(14), time(15, 30), ("Ada",), [ids["ARS"]])
    partner_meeting(centre, MeetingKind.COMMISSION, date(2026, 4, 2), time(9), time(10), ("Bob",), [ids["PMI"]])
    partner_meeting(centre, partner, date(2026, 11, 18), time(14), time(16), ("Ada",), [ids["CPAM"]], held=False)
    partner_meeting(centre, partner, date(2026, 12, 2), time(14), time(16), ("Ada",), [ids["CPAM"]])  # to come
    partner_meeting(centre, steering, date(2025, 10, 8), time(10), time(12), (), [ids["ARS"]])  # the year before
    return centre


def lines(report):
    return [(line.name, line.meetings, line.team_minutes, line.workshops.sessions_held if line.workshops else None)
            for line in report.partners]


def test_each_partner_s_meetings_hours_and_workshops_of_the_year(met):
    report = activity_report(met, *YEAR)
    assert lines(report) == [
        ("ARS", (Count("partner", 1), Count("steering_committee", 1)), 90 + 240, None),
        ("CPAM", (Count("steering_committee", 1),), 240, 3),  # the planned one and the one to come: not held
        ("PMI", (Count("commission", 1),), 60, 1),
    ]
    assert report.partners[1].workshops.details == ("Cuisine", "Marche")
    assert report.partners[0].meetings_held == 2
    assert Count("steering_committee", 1) in report.meetings and Count("partner", 1) in report.meetings


def test_the_team_s_time_there_is_the_partnerships_time_of_the_balances(met):
    report = activity_report(met, *YEAR)
    partnerships = next(c.value for c in report.self_management if c.label == "Partnerships")
    # Ada's recorded 1 h 30, the partner meeting, the steering committee, and the meeting of 18 November: not
    # marked held, it is no meeting held with the CPAM, but those marked present were credited its time.
    assert partnerships == 90 + 90 + 240 + 120
    assert sum(line.team_minutes for line in report.partners if line.name != "PMI") == 90 + 240 + 240


def test_only_the_days_that_have_happened(met):
    autumn = activity_report(met, date(2026, 10, 1), date(2027, 3, 31))
    assert lines(autumn) == [("ARS", (Count("steering_committee", 1),), 240, None),
                             ("CPAM", (Count("steering_committee", 1),), 240, None)]


def test_one_partner_s_report_has_its_meetings(met):
    report = activity_report(met, *YEAR, partner="ars")
    assert lines(report) == [("ARS", (Count("partner", 1), Count("steering_committee", 1)), 330, None)]
    assert report.total.sessions_held == 0 and report.meetings is None
    cpam = activity_report(met, date(2026, 3, 1), date(2026, 3, 31), partner="CPAM")
    assert lines(cpam) == [("CPAM", (), 0, 2)]  # a month with its workshops and no meeting
    assert activity_report(met, *YEAR, theme="Sport").partners is None


def test_a_partner_retired_and_participants_erased_leave_the_figures(met):
    printed = activity_report(met, *YEAR)
    ars = next(p for p in ws.list_partners(met) if p.name == "ARS")
    ws.update_partner(met, ars.id, ws.PartnerDraft("ARS"), active=False)
    ws.forget_participant(met, "Nadia", "0612345678")
    ws.erase_expired_participants(met, date(2030, 1, 1))
    assert activity_report(met, *YEAR) == printed
