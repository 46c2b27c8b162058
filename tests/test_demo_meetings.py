"""The demo centre's meetings: what a coordinator reads in them adds up."""

import sqlite3
from datetime import date

from app.demo.centre import create_demo


def test_every_member_present_at_the_steering_committee_is_credited_its_two_hours(tmp_path):
    # The members present were once taken blindly, and one of them was at the reception desk all morning:
    # her time went to reception, and the committee showed 4 h for 3 members present for 2 h.
    # On this day the demo's rota put her at the desk that morning.
    path = create_demo(tmp_path / "demo.sqlite3", today=date(2026, 12, 6))
    with sqlite3.connect(path) as db:
        present = db.execute(
            "SELECT a.member_id FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
            " WHERE m.kind = 'steering_committee' AND a.attendance = 'present'").fetchall()
        credited = dict(db.execute(
            "SELECT t.member_id, t.minutes FROM time_entry t JOIN meeting m ON m.id = t.source_id"
            " WHERE t.source = 'meeting' AND m.kind = 'steering_committee'").fetchall())
    assert len(present) == 3
    assert credited == {member: 120 for (member,) in present}
