"""Opening databases: migrations at start, and refusals that leave the file byte for byte untouched."""

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app import i18n
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
    added = []
    with pytest.raises(CercleError) as refused:  # members of the longest names, until one finds no room
        for number in range(1000):
            added.append(members.add_member(ctx, MemberDraft(name=f"Zoé {number:03} ".ljust(80, "x"))).name)
    assert refused.value.template == DISK_FULL
    assert sorted(member.name for member in members.list_members(ctx)) == added  # the last one not half-saved


# --- checks that cost the same at any size; the page-by-page check after an unclean shutdown ------------
def damage_table(path, table: str, *, in_copy=None) -> None:
    """Overwrite the first page of ``table`` (in ``path``, or in its copy ``in_copy``, which SQLite must not
    open first): a page that opening a centre never reads."""
    with sqlite3.connect(path) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    target = in_copy or path
    data = bytearray(target.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page_size
    data[start:start + page_size] = bytes(range(256)) * (page_size // 256)
    target.write_bytes(bytes(data))


def closed_centre(path):
    open_database(f"sqlite:///{path}").dispose()
    return path


def test_opening_reads_the_shape_not_every_page(tmp_path):
    path = closed_centre(tmp_path / "c.sqlite3")
    damage_table(path, "workshop")
    open_database(f"sqlite:///{path}").dispose()  # the weekly check finds it (tests/services/test_integrity.py)


def test_after_an_unclean_shutdown_every_page_is_checked(tmp_path):
    path = closed_centre(tmp_path / "c.sqlite3")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO room (name, capacity, active) VALUES ('Salle', 4, 1)")
    writer.commit()
    for suffix in ("", "-wal"):  # what a power cut leaves: the file and its unfinished write-ahead log
        (crashed / f"c.sqlite3{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    writer.close()
    copy = crashed / "c.sqlite3"
    damage_table(path, "workshop", in_copy=copy)
    before = digest(copy), digest(Path(f"{copy}-wal"))
    with pytest.raises(DatabaseRefused, match="is damaged"):
        open_database(f"sqlite:///{copy}")
    assert (digest(copy), digest(Path(f"{copy}-wal"))) == before


@pytest.mark.parametrize("cut, cause", [(1, r"its size, \d+ bytes, is not a whole number of 4096-byte pages"),
                                        (4096, r"\d+ pages expected, \d+ found")],
                         ids=["not whole pages", "pages missing"])
def test_a_file_cut_short_is_refused_untouched(tmp_path, cut, cause):
    path = closed_centre(tmp_path / "c.sqlite3")
    data = path.read_bytes()
    path.write_bytes(data[:-cut])
    before = digest(path)
    with pytest.raises(DatabaseRefused, match="is damaged") as refused:
        open_database(f"sqlite:///{path}")
    assert re.search(rf"is damaged \({cause}\)", i18n.message(refused.value))  # a sentence of Cercle's, translated
    assert digest(path) == before


def test_sqlite_s_damage_is_said_in_the_reader_s_words(tmp_path):
    """« database disk image is malformed » is SQLite's English whatever the user's language."""
    from app.storage.engine import refusal

    malformed = sqlite3.DatabaseError("database disk image is malformed")
    malformed.sqlite_errorname = "SQLITE_CORRUPT"
    said = i18n.message(refusal(str(tmp_path / "c.sqlite3"), malformed))
    assert "is damaged (SQLite finds its pages malformed)" in said and "disk image" not in said
