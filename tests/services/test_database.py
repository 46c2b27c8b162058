"""The centre's database as the window and the command see it: opened, tested, copied with an audit entry."""

import json

import pytest

from app.domain.members import MemberDraft
from app.services import audit, database, members
from app.services.centre import CentreDraft, create_centre
from app.services.context import Context
from app.storage.transfer import TransferFailed


def a_centre(url: str, name: str, member: str) -> None:
    ctx = Context(database.open_centre(url), system="tests")
    create_centre(ctx, CentreDraft(name=name))
    members.add_member(ctx, MemberDraft(name=member))
    ctx.engine.dispose()


def test_a_missing_file_holds_no_centre_until_one_is_created(tmp_path):
    url = f"sqlite:///{tmp_path / 'centre.sqlite3'}"
    assert database.file_of(url) == tmp_path / "centre.sqlite3" and database.shown(url).endswith("centre.sqlite3")
    assert database.holds_no_centre(url) and not database.is_read_only(url)
    assert database.test_connection(url) is None  # an empty database is fine: Cercle creates its tables
    a_centre(url, "Centre de la Croix-Rousse", "Amina Diallo")
    assert not database.holds_no_centre(url)
    assert database.file_of("postgresql+psycopg://accueil@cercle.local/centre") is None


def test_a_migration_copies_the_centre_and_says_so_in_its_audit_log(tmp_path, database_url):
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    a_centre(source, "Centre de la Croix-Rousse", "Amina Diallo")
    reports = database.migrate(source, database_url, system="command line")
    assert {report.table: report.rows for report in reports}["member"] == 1
    target = Context(database.open_centre(database_url))
    try:
        assert [m.name for m in members.list_members(target)] == ["Amina Diallo"]
        newest = audit.recent_entries(target, limit=1)[0]
        assert (newest.action, newest.entity, newest.system, newest.member_name) == \
            ("migrate", "database", "command line", None)
        assert json.loads(newest.after)["from"] == str(tmp_path / "source.sqlite3")
    finally:
        target.engine.dispose()


def test_a_refused_migration_leaves_the_target_as_it_was(tmp_path):
    source, target = (f"sqlite:///{tmp_path / name}" for name in ("source.sqlite3", "target.sqlite3"))
    a_centre(source, "Centre de la Croix-Rousse", "Amina Diallo")
    a_centre(target, "Centre des Pentes", "Bruno Petit")
    with pytest.raises(TransferFailed, match="already holds a centre"):
        database.migrate(source, target)
    ctx = Context(database.open_centre(target))
    try:
        assert [m.name for m in members.list_members(ctx)] == ["Bruno Petit"]
        assert all(entry.action != "migrate" for entry in audit.recent_entries(ctx))
    finally:
        ctx.engine.dispose()
