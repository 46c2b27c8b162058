"""``cercle meetings export``: a monthly series of meetings read back from the iCalendar written."""

from datetime import date, time

from app.domain.recurrence import LAST, Frequency, Recurrence
from app.services import centre, meetings
from app.services.context import Context
from app.services.meetings import MeetingDraft
from app.storage.engine import open_database
from tests.calendar_reader import occurrences
from tests.test_cli import cercle


def test_the_last_friday_of_each_month_exported_and_read_back(tmp_path):
    path = tmp_path / "centre.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de test"))
    draft = MeetingDraft(title="Comité de pilotage", day=date(2026, 10, 30), start=time(9), end=time(11))
    rule = Recurrence(Frequency.MONTHLY_WEEKDAY, position=LAST, until=date(2027, 2, 28))
    planned = [m.day for m in meetings.create_series(ctx, draft, rule)]
    engine.dispose()
    assert planned == [date(2026, 10, 30), date(2026, 11, 27), date(2027, 1, 29), date(2027, 2, 26)]  # not Xmas

    output = tmp_path / "reunions.ics"
    result = cercle("meetings", "export", "--from", "2026-10-01", "--to", "2027-02-28", "--output", str(output),
                    "--database", str(path))
    assert result.returncode == 0, result.stderr
    shown = occurrences(output.read_bytes())
    assert [o.start.date() for o in shown] == planned
    assert {o.summary for o in shown} == {"Comité de pilotage"}

    result = cercle("meetings", "export", "--from", "2027-02-28", "--to", "2026-10-01", "--output",
                    str(tmp_path / "none.ics"), "--database", str(path))
    assert result.returncode != 0 and "ends before it starts" in result.stderr
    assert not (tmp_path / "none.ics").exists()
