"""Connections to the centre's server: plain-words diagnoses, and a lost server during a save.

Most server cases run against the local PostgreSQL of CERCLE_TEST_POSTGRES_URL, which trusts everyone and
is never stopped; passwords and a stopped server are tried on a private server (tests/pgserver.py).
"""

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import i18n
from app.domain.members import MemberDraft
from app.services import members
from app.services.context import Context
from app.storage import connection, errors
from app.storage.connection import ServerAddress, ServerUnavailable, test_connection
from app.storage.engine import create_cercle_engine, open_database
from tests.conftest import POSTGRES_URL

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="CERCLE_TEST_POSTGRES_URL is not set")


def server_url(**changes) -> str:
    return make_url(POSTGRES_URL).set(**changes).render_as_string(hide_password=False)


def test_the_address_of_a_server_makes_a_url():
    address = ServerAddress(host="cercle.local", database="centre", user="accueil", port=5433)
    url = make_url(address.url("s3cr&t"))
    assert (url.drivername, url.host, url.port, url.database, url.username, url.password) == (
        "postgresql+psycopg", "cercle.local", 5433, "centre", "accueil", "s3cr&t")
    assert make_url(address.url()).password is None


def test_a_sound_sqlite_file_passes(tmp_path):
    url = f"sqlite:///{tmp_path / 'centre.sqlite3'}"
    open_database(url).dispose()
    assert test_connection(url) is None


def test_a_file_that_is_not_cercle_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    problem = test_connection(f"sqlite:///{path}")
    assert problem is not None and problem.template == errors.NOT_CERCLE


@needs_postgres
def test_the_local_server_passes():
    assert test_connection(POSTGRES_URL) is None


@needs_postgres
def test_an_unreachable_server_is_said_so():
    problem = test_connection(server_url(port=1))
    assert problem is not None and problem.template == connection.UNREACHABLE
    assert "port 1" in i18n.message(problem)


@needs_postgres
def test_a_missing_database_is_named():
    problem = test_connection(server_url(database="does_not_exist_db"))
    assert problem is not None and problem.template == connection.MISSING_DATABASE
    assert "does_not_exist_db" in str(problem)


@needs_postgres
def test_an_unknown_user_is_named():
    problem = test_connection(server_url(username=f"nobody_{uuid.uuid4().hex[:8]}"))
    assert problem is not None and problem.template == connection.UNKNOWN_USER


def test_a_server_that_checks_passwords_says_which_part_is_wrong(private_server):
    """The private server asks for a password (scram-sha-256), unlike the shared test server."""
    assert test_connection(private_server.url()) is None
    for wrong in ("wrong-one", ""):  # a wrong password, and none at all
        problem = test_connection(private_server.url(password=wrong))
        assert problem is not None and problem.template == connection.WRONG_PASSWORD, wrong
        assert i18n.message(problem) == "The server refused the user name or the password of postgres."
    # Such a server does not tell an unknown user from a wrong password: neither does Cercle.
    problem = test_connection(private_server.url(user="nobody", password="whatever"))
    assert problem is not None and problem.template == connection.WRONG_PASSWORD
    problem = test_connection(private_server.url(database="does_not_exist_db"))
    assert problem is not None and problem.template == connection.MISSING_DATABASE
    assert "does_not_exist_db" in i18n.message(problem)


def test_a_stopped_server_is_said_unreachable(private_server):
    private_server.stop()
    problem = test_connection(private_server.url())
    assert problem is not None and problem.template == connection.UNREACHABLE
    assert f"port {private_server.port}" in i18n.message(problem)
    private_server.start()
    assert test_connection(private_server.url()) is None


def test_the_errors_of_the_driver_are_explained():
    url = "postgresql+psycopg://accueil@cercle.local:5432/centre"
    cases = {
        'FATAL:  password authentication failed for user "accueil"': connection.WRONG_PASSWORD,
        'FATAL:  database "centre" does not exist': connection.MISSING_DATABASE,
        'FATAL:  role "accueil" does not exist': connection.UNKNOWN_USER,
        "connection to server failed: Connection refused": connection.UNREACHABLE,
        "connection timeout expired": connection.UNREACHABLE,
        "something unheard of": connection.REFUSED,
    }
    for text_, template in cases.items():
        assert connection.explain(Exception(text_), url).template == template, text_


def test_a_newer_schema_is_refused(database_url):
    engine = open_database(database_url)
    with engine.begin() as db:
        db.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    problem = test_connection(database_url)
    assert problem is not None and problem.template == errors.NEWER


def test_a_save_on_a_lost_server_says_the_input_is_kept():
    ctx = Context(create_cercle_engine("postgresql+psycopg://postgres@127.0.0.1:1/test"), system="tests")
    with pytest.raises(ServerUnavailable) as raised:
        members.add_member(ctx, MemberDraft(name="Amina Benali"))
    assert "your input is kept" in i18n.message(raised.value)
    with pytest.raises(ServerUnavailable):
        members.list_members(ctx)
    ctx.engine.dispose()


def test_a_refused_statement_is_not_taken_for_a_lost_server(ctx):
    with pytest.raises(Exception) as raised, ctx.writing() as unit:
        unit.db.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(raised.value, ServerUnavailable)
