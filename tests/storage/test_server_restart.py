"""A real restart of the centre's server in the middle of work: nothing committed is lost, nothing is
written by halves, and the same open centre carries on once the server is back (on a private server,
tests/pgserver.py). And a server that does not answer at all is given up within seconds.
"""

import socket
import time

import psycopg
import pytest
from sqlmodel import func, select

from app.domain.members import MemberDraft
from app.services import centre, members
from app.services.context import Context
from app.storage.connection import CONNECT_TIMEOUT_SECONDS, ServerUnavailable
from app.storage.engine import create_cercle_engine, open_database
from app.storage.models import AuditEntry, Member
from app.storage.watch import CONNECT_TIMEOUT_SECONDS as WATCH_TIMEOUT
from app.storage.watch import ChangeWatcher
from tests.storage.test_watch import wait_for_changes


@pytest.fixture
def server_ctx(private_url):
    engine = open_database(private_url)
    context = Context(engine, system="tests")
    centre.create_centre(context, centre.CentreDraft(name="Centre de test"))
    yield context
    engine.dispose()


def names(ctx: Context) -> list[str]:
    return sorted(member.name for member in members.list_members(ctx))


def count(ctx: Context, model) -> int:
    with ctx.reading() as db:
        return db.exec(select(func.count()).select_from(model)).one()


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_a_restart_loses_nothing_and_the_same_centre_carries_on(server_ctx, private_server, mode):
    ctx = server_ctx
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    karim = members.add_member(ctx, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
    audited = count(ctx, AuditEntry)

    private_server.stop(mode)  # "immediate" is a power cut: the server recovers from its journal
    with pytest.raises(ServerUnavailable):
        members.add_member(ctx, MemberDraft(name="Bruno Petit"))
    with pytest.raises(ServerUnavailable):
        members.update_member(ctx, karim.id, MemberDraft(name="Karim Bensaïd", profession="Kiné"),
                              expected_version=karim.version)
    with pytest.raises(ServerUnavailable):
        members.list_members(ctx)

    private_server.start()
    # The same context and engine: its pooled connections died with the server, and are replaced.
    assert names(ctx) == ["Amina Benali", "Karim Bensaïd"]
    assert count(ctx, AuditEntry) == audited
    members.add_member(ctx, MemberDraft(name="Bruno Petit"))
    edited = members.update_member(ctx, karim.id, MemberDraft(name="Karim Bensaïd", profession="Kiné"),
                                   expected_version=karim.version)  # the failed try changed no version
    assert edited.profession == "Kiné" and edited.version == karim.version + 1
    assert names(ctx) == ["Amina Benali", "Bruno Petit", "Karim Bensaïd"]
    assert count(ctx, AuditEntry) == audited + 2


def test_a_restart_while_nobody_writes_goes_unnoticed(server_ctx, private_server):
    members.add_member(server_ctx, MemberDraft(name="Amina Benali"))
    private_server.stop()
    private_server.start()
    members.add_member(server_ctx, MemberDraft(name="Karim Bensaïd"))  # at the first try
    assert names(server_ctx) == ["Amina Benali", "Karim Bensaïd"]


def test_a_transaction_cut_by_a_stop_leaves_nothing_behind(server_ctx, private_server):
    ctx = server_ctx
    with pytest.raises(ServerUnavailable), ctx.writing() as unit:
        first = unit.add(Member(name="Amina Benali"))
        unit.audit("add", "member", first.id, after=first)  # flushed: the server holds it, uncommitted
        private_server.stop("immediate")
        second = unit.add(Member(name="Karim Bensaïd"))
        unit.audit("add", "member", second.id, after=second)
    private_server.start()
    assert count(ctx, Member) == 0 and count(ctx, AuditEntry) == 1  # only the centre's creation
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    assert names(ctx) == ["Amina Benali"]


def test_a_watcher_whose_server_stopped_says_so(server_ctx, private_server):
    """The window relies on it: a poll on a lost server raises (then the banner shows, and it listens
    again, see tests/ui/test_connection.py); it must not stay silent for ever."""
    watcher = ChangeWatcher(server_ctx.engine, server_ctx.sender)
    try:
        private_server.stop()
        with pytest.raises(psycopg.OperationalError):
            wait_for_changes(watcher)
        private_server.start()
        with pytest.raises(psycopg.OperationalError):
            watcher.poll()  # an old connection does not come back to life with the server
    finally:
        watcher.close()
    watcher = ChangeWatcher(server_ctx.engine, server_ctx.sender)
    try:
        other = Context(server_ctx.engine, system="tests")  # another workstation, as far as notices go
        members.add_member(other, MemberDraft(name="Amina Benali"))
        assert [entity for entity, _ids in wait_for_changes(watcher)] == ["member"]
    finally:
        watcher.close()


@pytest.fixture
def silent_server():
    """The URL of a port that accepts connections and never answers, as a frozen server or one whose
    computer went away (without a timeout, libpq would wait for ever)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"postgresql+psycopg://postgres:secret@127.0.0.1:{listener.getsockname()[1]}/cercle"


@pytest.mark.timeout(30)  # without a connect timeout, it would hang until the suite's own limit
def test_a_save_on_a_silent_server_gives_up_within_seconds(silent_server):
    ctx = Context(create_cercle_engine(silent_server), system="tests")
    started = time.monotonic()
    with pytest.raises(ServerUnavailable):
        members.add_member(ctx, MemberDraft(name="Amina Benali"))
    assert time.monotonic() - started < CONNECT_TIMEOUT_SECONDS + 2
    ctx.engine.dispose()


@pytest.mark.timeout(30)
def test_listening_again_on_a_silent_server_gives_up_within_seconds(silent_server):
    """The window connects its watcher from the GUI thread: it must not freeze there."""
    engine = create_cercle_engine(silent_server)
    started = time.monotonic()
    with pytest.raises(psycopg.OperationalError):
        ChangeWatcher(engine, "this-workstation")
    assert time.monotonic() - started < WATCH_TIMEOUT + 1.5
    engine.dispose()
