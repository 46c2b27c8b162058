"""Opening databases: migrations at start, and refusals that leave the file byte for byte untouched."""

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from app.storage.engine import head_revision, open_database, resolve_url
from app.storage.errors import DatabaseRefused


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_to_head(database_url):
    engine = open_database(database_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    engine.dispose()


def test_sqlite_connections_are_configured(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000
    engine.dispose()


def test_reopening_keeps_the_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    engine = open_database(url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO room (name, capacity, active) VALUES ('Salle', 4, 1)"))
    engine.dispose()
    engine = open_database(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM room")).scalar() == "Salle"
    engine.dispose()


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Liste des courses\n")
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="is not a Cercle database"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE patients (id INTEGER)")
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="is not a Cercle database"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def corrupt_copy(tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, len(data), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    return path


def test_a_corrupt_file_is_refused_untouched(tmp_path):
    path = corrupt_copy(tmp_path)
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="is damaged"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def newer_copy(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    return path


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = newer_copy(tmp_path)
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="newer version of Cercle"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def test_an_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "folder.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseRefused):
        open_database(f"sqlite:///{path}")


def test_resolve_url_accepts_paths_urls_and_the_environment(tmp_path, monkeypatch):
    assert resolve_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("CERCLE_DATABASE_URL", "sqlite:///x.sqlite3")
    assert resolve_url(None) == "sqlite:///x.sqlite3"
    monkeypatch.delenv("CERCLE_DATABASE_URL")
    assert resolve_url(None).endswith("data/cercle.sqlite3")


def test_a_full_database_says_so_and_saves_nothing(ctx):
    from sqlalchemy import event

    from app.domain.errors import CercleError
    from app.domain.members import MemberDraft
    from app.services import members
    from app.storage.errors import DISK_FULL

    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's own limit on its file size stands for a full disk")
    with ctx.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(ctx.engine, "connect",
                 lambda dbapi_connection, _record: dbapi_connection.execute(f"PRAGMA max_page_count={pages}"))
    ctx.engine.dispose()  # the next connections have no room left
    with pytest.raises(CercleError) as refused:
        members.add_member(ctx, MemberDraft(name="Zoé " + "x" * 20000))
    assert refused.value.template == DISK_FULL
    assert [member.name for member in members.list_members(ctx)] == []
