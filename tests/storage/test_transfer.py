"""Moving a centre between databases: every row, verified, and never over another centre by accident."""

import pytest

from app.demo.centre import create_demo
from app.domain.members import MemberDraft
from app.services import members
from app.services.context import Context
from app.storage.engine import open_database
from app.storage.transfer import TransferFailed, checksum, copy_centre, tables


def test_a_demo_centre_moves_with_every_row(tmp_path, database_url):
    source = open_database(f"sqlite:///{create_demo(tmp_path / 'demo.sqlite3')}")
    target = open_database(database_url)
    reports = copy_centre(source, target)
    assert {report.table for report in reports} == {table.name for table in tables()}
    for table in tables():
        assert checksum(source, table) == checksum(target, table)
    # the copy keeps working: new rows get new ids after the copied ones
    added = members.add_member(Context(target, system="tests"), MemberDraft(name="Nouvelle Personne"))
    assert added.id > max(m.id for m in members.list_members(Context(source), include_inactive=True))
    with pytest.raises(TransferFailed, match="already holds a centre"):
        copy_centre(source, target)
    copy_centre(source, target, replace=True)
    assert len(members.list_members(Context(target))) == 18
    source.dispose()
    target.dispose()
