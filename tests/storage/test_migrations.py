"""The migrations build exactly the tables the models describe, on both engines."""

import time
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.demo.centre import create_demo
from app.storage import errors
from app.storage.engine import (
    alembic_config,
    create_cercle_engine,
    head_revision,
    migrating,
    open_database,
    upgrade,
)
from app.storage.errors import DatabaseRefused
from app.storage.models import AREAS, load_all_models
from tests.conftest import ENGINES, TEST_NOW, copied_to_postgres, in_the_afternoon


def test_migrations_match_the_models(database_url):
    engine = open_database(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, load_all_models())
    engine.dispose()
    assert differences == []


def test_every_table_has_a_named_primary_key(database_url):
    for table in load_all_models().sorted_tables:
        assert table.primary_key.name == f"pk_{table.name}"


def test_the_head_revision_constant_is_alembics_head():
    from alembic.script import ScriptDirectory

    from app.storage.engine import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_agenda_items_of_an_older_database_get_version_one_and_the_step_goes_back(database_url):
    """0009 adds the agenda items' version to a database that already holds meetings, and removes it again."""
    from alembic import command
    from sqlalchemy import inspect, text

    from app.storage.engine import alembic_config, create_cercle_engine

    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0008")
            connection.execute(text(
                "INSERT INTO meeting (kind, title, day, start_time, end_time, place, status, version)"
                " VALUES ('team', 'Réunion', '2026-11-23', '12:30:00', '14:00:00', '', 'planned', 1)"
            ))
            meeting_id = connection.execute(text("SELECT id FROM meeting")).scalar_one()
            connection.execute(text(
                "INSERT INTO agenda_item (meeting_id, position, kind, title, planned_minutes, spent_minutes,"
                " notes, removed) VALUES (:meeting, 1, 'discussion', 'Budget', 10, 0, 'Le loyer', :no)"
            ), {"meeting": meeting_id, "no": False})
        with migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
            assert connection.execute(text("SELECT notes, version FROM agenda_item")).one() == ("Le loyer", 1)
        with migrating(engine) as connection:
            command.downgrade(alembic_config(connection), "0008")
            columns = {column["name"] for column in inspect(connection).get_columns("agenda_item")}
            assert "version" not in columns and "notes" in columns
    finally:
        engine.dispose()


def test_the_areas_list_every_table_of_their_module():
    import inspect
    from importlib import import_module

    from sqlmodel import SQLModel

    load_all_models()
    for area, names in AREAS.items():
        module = import_module(f"app.storage.models.{area}")
        tables = {name for name, value in vars(module).items()
                  if inspect.isclass(value) and issubclass(value, SQLModel) and value.__module__ == module.__name__}
        assert tables == set(names), area


def test_each_area_loads_alone_with_its_foreign_keys_resolved():
    """An area's tables load on first use: each module brings the tables its foreign keys refer to."""
    import subprocess
    import sys

    for area in AREAS:
        script = (f"import app.storage.models.{area}\n"
                  "from sqlmodel import SQLModel\n"
                  "[fk.column for table in SQLModel.metadata.tables.values() for fk in table.foreign_keys]\n")
        subprocess.run([sys.executable, "-c", script], check=True)


@pytest.fixture(params=ENGINES)
def demo_url(request, tmp_path) -> Iterator[str]:
    """A centre full of rows (the demo's) on either engine: the older revisions' tables hold data to keep."""
    path = create_demo(tmp_path / "demo.sqlite3", today=TEST_NOW.date())
    if request.param == "sqlite":
        yield f"sqlite:///{path}"
        return
    yield from copied_to_postgres(f"sqlite:///{path}")


def row_counts(connection, tables) -> dict[str, int]:
    return {table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one() for table in tables}


@pytest.mark.parametrize("revision", ["0015", "0010"])
def test_a_centre_full_of_rows_goes_back_and_up_again_keeping_them(demo_url, revision):
    """The migrations since ``revision`` run on a centre that holds rows (tables rebuilt by SQLite's batch mode
    are referenced by others: the foreign keys must not refuse it) and lose none of the rows kept before."""
    from alembic import command

    engine = create_cercle_engine(demo_url)
    try:
        with migrating(engine) as connection:
            before = row_counts(connection, inspect(connection).get_table_names())
            command.downgrade(alembic_config(connection), revision)
            kept = set(inspect(connection).get_table_names()) - {"alembic_version"}
        upgrade(engine)
        with engine.connect() as connection:
            assert row_counts(connection, kept) == {table: before[table] for table in kept}
    finally:
        engine.dispose()


def test_a_migration_that_leaves_a_row_pointing_nowhere_is_undone(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'centre.sqlite3'}")
    try:
        with pytest.raises(IntegrityError), migrating(engine) as connection:
            connection.execute(text("INSERT INTO meeting_attendance (meeting_id, member_id, attendance)"
                                    " VALUES (404, 404, 'present')"))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM meeting_attendance")).scalar_one() == 0
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        engine.dispose()


def test_a_centre_whose_upgrade_fails_is_refused_and_left_as_it_was(tmp_path):
    """A file at an older schema holding a table of its own where a later migration creates one: the upgrade
    fails, is undone whole, and the person is told in words (no traceback)."""
    from alembic import command

    path = tmp_path / "centre.sqlite3"
    engine = create_cercle_engine(f"sqlite:///{path}")
    with migrating(engine) as connection:
        command.upgrade(alembic_config(connection), "0015")
        connection.execute(text("CREATE TABLE meeting_partner (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseRefused) as refused:
        open_database(f"sqlite:///{path}")
    assert refused.value.template == errors.UPGRADE_FAILED
    engine = create_cercle_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0015"
        assert "person" not in inspect(connection).get_table_names()
    engine.dispose()


def test_the_database_knows_every_kind_of_meeting_and_no_other(database_url):
    """0022: the kinds the domain knows are those the database accepts; an unknown one is refused."""
    from app.domain.meetings import MeetingKind
    from app.storage.models.meetings import MEETING_KINDS

    assert MEETING_KINDS == str(tuple(kind.value for kind in MeetingKind))
    engine = open_database(database_url)
    insert = text("INSERT INTO meeting (kind, title, day, start_time, end_time, place, status, version)"
                  " VALUES (:kind, 'Réunion', '2026-11-23', '12:30:00', '14:00:00', '', 'planned', 1)")
    try:
        with engine.begin() as connection:
            for kind in MeetingKind:
                connection.execute(insert, {"kind": kind.value})
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(insert, {"kind": "picnic"})
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM meeting")).scalar_one() == len(MeetingKind)
    finally:
        engine.dispose()


def test_minutes_approved_before_0025_keep_their_decisions_as_they_read_at_the_step(ctx):
    """0025 keeps the decisions of the minutes already approved as they read then (the best known): each
    proposal still on the agenda, once, in its order; the live count of an open one among the active members.
    A draft's minutes keep nothing: they follow their proposals until approved."""
    from datetime import time, timedelta

    from alembic import command

    from app.domain.consensus import Stance
    from app.domain.meetings import Attendance
    from app.domain.members import MemberDraft
    from app.services import decisions, meetings, members
    from app.services.meetings import MeetingDraft

    team = [members.add_member(ctx, MemberDraft(name=name)).id for name in ("Amina", "Bruno", "Chloé", "David")]
    ctx.actor_id = team[0]
    proposals = []
    for title in ("Samedi", "Téléphone"):
        ctx.actor_id = team[0]
        draft = decisions.create_draft(ctx, title=title, text=f"{title} : le texte.",
                                       deadline=ctx.now() + timedelta(days=7), quorum_percent=50)
        decisions.submit(ctx, draft.summary.id)
        ctx.actor_id = team[1]
        decisions.endorse(ctx, draft.summary.id)
        proposals.append(draft.summary.id)
    ctx.actor_id = team[0]
    day = TEST_NOW.date()
    approved, draft = (meetings.create_meeting(ctx, MeetingDraft(title="Réunion", day=day, start=time(hour),
                                                                 end=time(hour, 30))).id for hour in (12, 14))
    for meeting_id in (approved, draft):
        meetings.set_attendance(ctx, meeting_id, {member: Attendance.PRESENT for member in team})
        meetings.build_agenda(ctx, meeting_id)
    meetings.record_position(ctx, approved, proposals[0], team[2], Stance.BLOCK, "Pas assez de monde le samedi.")
    meetings.record_position(ctx, approved, proposals[1], team[3], Stance.AGREE)
    for member in team[:2]:
        meetings.record_position(ctx, approved, proposals[1], member, Stance.AGREE)
    members.deactivate(ctx, team[3])  # left: the open proposal's live count no longer counts them
    meetings.mark_held(in_the_afternoon(ctx), approved)
    meetings.approve_minutes(in_the_afternoon(ctx), approved)
    told = meetings.get_meeting(ctx, approved).decisions
    assert [(d.title, d.agree, d.block) for d in told] == [("Samedi", 0, 1), ("Téléphone", 2, 0)]

    with migrating(ctx.engine) as connection:
        command.downgrade(alembic_config(connection), "0024")
    upgrade(ctx.engine)
    assert meetings.get_meeting(ctx, approved).decisions == told
    with ctx.engine.connect() as connection:
        kept = connection.execute(text("SELECT meeting_id, position FROM minutes_decision ORDER BY id")).all()
    assert kept == [(approved, 1), (approved, 2)]


def open_elsewhere(url: str, results) -> None:
    """Another workstation starting Cercle on ``url``: what its opening said."""
    try:
        open_database(url).dispose()
        results.put("opened")
    except Exception as error:  # noqa: BLE001 - told to the test
        results.put(repr(error))


def waiting_for_a_lock(url: str, application: str) -> None:
    """On PostgreSQL, until the connection named ``application`` waits for a lock (a minute at most: a process
    starting Cercle on a busy computer takes seconds). SQLite's second writer waits in its BEGIN IMMEDIATE."""
    if url.startswith("sqlite"):
        return
    watcher = create_cercle_engine(url)
    try:
        with watcher.connect() as connection:
            for _attempt in range(3000):
                waiting = connection.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                    "AND wait_event_type = 'Lock'"), {"name": application}).scalar()
                connection.rollback()
                if waiting:
                    return
                time.sleep(0.02)
    finally:
        watcher.dispose()
    pytest.fail("the other workstation never waited")


def test_two_workstations_starting_on_a_new_centre_at_once_both_open_it(database_url):
    """The second one created the same tables while the first had not committed them yet, and was refused as
    a failed upgrade on PostgreSQL (« could not be brought up to this version »): it now waits for the first."""
    import multiprocessing
    import uuid

    from alembic import command

    application = f"cercle_test_{uuid.uuid4().hex[:8]}"
    other_url = database_url if database_url.startswith("sqlite") else \
        f"{database_url}&application_name={application}"
    engine = create_cercle_engine(database_url)
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    second = spawn.Process(target=open_elsewhere, args=(other_url, results))
    try:
        with migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
            second.start()  # the first has migrated, not yet committed
            waiting_for_a_lock(database_url, application)
        assert results.get(timeout=120) == "opened"
        second.join(timeout=30)
        assert second.exitcode == 0
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [
                head_revision()]
    finally:
        if second.is_alive():
            second.kill()
        engine.dispose()
