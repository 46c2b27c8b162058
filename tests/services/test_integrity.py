"""The weekly page-by-page check of the centre's file: due once a week, found damage told to the desk."""

from datetime import timedelta

from app.domain.members import MemberDraft
from app.services import centre, integrity, members, notifications
from app.services.context import Context
from app.storage.engine import open_database
from tests.conftest import TEST_NOW
from tests.storage.test_engine import damage_table


def sqlite_centre(path) -> Context:
    ctx = Context(open_database(f"sqlite:///{path}"), clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de test"))
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    return ctx


def test_a_sound_file_is_checked_once_a_week(tmp_path):
    ctx = sqlite_centre(tmp_path / "c.sqlite3")
    assert integrity.check_due(ctx, TEST_NOW)
    assert integrity.check_if_due(ctx, TEST_NOW) is None
    assert integrity.last_check(ctx) == TEST_NOW
    assert not integrity.check_due(ctx, TEST_NOW + timedelta(days=6, hours=23))
    assert integrity.check_due(ctx, TEST_NOW + timedelta(days=7))
    assert notifications.list_notifications(ctx, None) == []
    ctx.engine.dispose()


def test_damage_that_opening_does_not_see_is_found_and_told_to_the_desk(tmp_path):
    path = tmp_path / "c.sqlite3"
    sqlite_centre(path).engine.dispose()
    damage_table(path, "workshop")
    ctx = Context(open_database(f"sqlite:///{path}"), clock=lambda: TEST_NOW, system="tests")
    problem = integrity.check_if_due(ctx, TEST_NOW)
    assert problem
    [note] = notifications.list_notifications(ctx, None)
    assert (note.kind, note.params) == ("damaged", {"reason": problem})
    assert integrity.check_if_due(ctx, TEST_NOW) is None  # checked: once a week, not at every pass
    ctx.engine.dispose()


def test_a_server_is_not_checked_here(ctx):
    assert integrity.check_due(ctx, TEST_NOW) is (ctx.engine.dialect.name == "sqlite")
