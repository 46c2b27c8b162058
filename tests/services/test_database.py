"""The centre's database as the window and the command see it: opened, tested, copied with an audit entry."""

import hashlib
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app.domain.members import MemberDraft
from app.services import audit, database, members
from app.services.centre import CentreDraft, create_centre, get_centre
from app.services.context import Context
from app.storage.errors import DatabaseRefused
from app.storage.transfer import TransferFailed


def a_centre(url: str, name: str, member: str, timezone: str = "Europe/Paris") -> None:
    ctx = Context(database.open_centre(url), system="tests")
    create_centre(ctx, CentreDraft(name=name, timezone=timezone))
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


def test_the_command_line_opens_an_existing_centre_in_its_time_zone(database_url):
    a_centre(database_url, "Centre de Cayenne", "Amina Diallo", timezone="America/Cayenne")
    ctx = database.open_existing_centre(database_url, system="command line")
    try:
        assert ctx.timezone == ZoneInfo("America/Cayenne") and ctx.system == "command line"
        assert [m.name for m in members.list_members(ctx)] == ["Amina Diallo"]
    finally:
        ctx.engine.dispose()


def test_a_database_with_tables_but_no_centre_is_refused_untouched(database_url):
    """Tables without a centre (a server prepared by ``cercle server init``): refused, nothing written."""
    database.open_centre(database_url).dispose()
    path = database.file_of(database_url)
    before = path and hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseRefused, match="holds no centre. Check the path") as refused:
        database.open_existing_centre(database_url, system="command line")
    assert database.shown(database_url) in str(refused.value)
    if path:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert sorted(path.parent.iterdir()) == [path]  # no journal left open
    ctx = Context(database.open_centre(database_url))
    try:
        assert get_centre(ctx) is None and audit.recent_entries(ctx) == []
    finally:
        ctx.engine.dispose()


def test_a_missing_file_is_refused_and_not_created(tmp_path):
    typo = tmp_path / "Cercel" / "centre.sqlite3"
    with pytest.raises(DatabaseRefused, match="does not exist"):
        database.open_existing_centre(f"sqlite:///{typo}", system="command line")
    assert list(tmp_path.iterdir()) == []


def test_a_driver_failure_is_said_in_plain_words(tmp_path):
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"not a database, but a text file long enough to look like one" * 100)
    url = f"sqlite:///{other}"
    engine = create_engine(url)
    try:
        with pytest.raises(DBAPIError) as raised, engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master"))
    finally:
        engine.dispose()
    failure = database.driver_failure(raised.value, url)
    assert isinstance(failure, DatabaseRefused)
    assert str(failure).startswith(f"{other} is damaged (SQLite does not recognise it as a database)")
