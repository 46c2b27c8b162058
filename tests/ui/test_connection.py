"""This computer's connection: the stored choice, the password never in a file, the test, the banner."""

import time

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app import paths
from app.domain.members import MemberDraft
from app.services import database, members
from app.services.changes import Entity
from app.services.context import Context
from app.services.database import ConnectionFailed, ServerAddress
from app.storage.engine import create_cercle_engine, open_database
from app.ui import connection
from app.ui import workspace as workspace_module
from app.ui.application import Controller
from app.ui.connection import FILE, SERVER, ConnectionChoice
from app.ui.dialogs.connection import ConnectionDialog
from app.ui.dialogs.member import MemberDialog
from app.ui.hub import SignalHub
from app.ui.mainwindow import MainWindow
from app.ui.workspace import Workspace
from tests.conftest import POSTGRES_URL
from tests.ui.conftest import delivered, finish_background

SERVER_CHOICE = ConnectionChoice(
    SERVER, server=ServerAddress(host="cercle.local", database="centre", user="accueil"), needs_password=True
)


@pytest.fixture
def no_keyring(monkeypatch):
    monkeypatch.setattr(connection, "has_keyring", lambda: False)


def test_a_file_chosen_here_is_opened_at_start(tmp_path):
    path = tmp_path / "shared" / "centre.sqlite3"
    connection.save_choice(ConnectionChoice(FILE, path=str(path)))
    assert connection.load_choice() == ConnectionChoice(FILE, path=str(path))
    assert connection.chosen_url(None, lambda _server: None) == f"sqlite:///{path}"


def test_the_command_line_and_the_environment_come_first(tmp_path, monkeypatch):
    connection.save_choice(ConnectionChoice(FILE, path=str(tmp_path / "chosen.sqlite3")))
    assert connection.chosen_url(str(tmp_path / "given.sqlite3"), lambda _s: None).endswith("given.sqlite3")
    monkeypatch.setenv("CERCLE_DATABASE_URL", "sqlite:///elsewhere.sqlite3")
    assert connection.chosen_url(None, lambda _s: None) == "sqlite:///elsewhere.sqlite3"


def test_without_a_keyring_the_password_is_asked_and_never_written(no_keyring):
    assert connection.save_choice(SERVER_CHOICE, "s3cret-word") is False
    assert "s3cret-word" not in (paths.data_dir() / "preferences.ini").read_text(encoding="utf-8")
    assert connection.load_choice() == SERVER_CHOICE
    asked = []
    url = connection.chosen_url(None, lambda server: asked.append(server.host) or "typed-at-start")
    assert asked == ["cercle.local"] and "typed-at-start" in url


def test_a_cancelled_password_is_said_so(no_keyring):
    connection.save_choice(SERVER_CHOICE, "s3cret-word")
    with pytest.raises(ConnectionFailed, match="No password"):
        connection.chosen_url(None, lambda _server: None)


def test_with_a_keyring_the_password_is_kept_there(monkeypatch):
    kept = {}
    monkeypatch.setattr(connection, "has_keyring", lambda: True)
    import keyring

    def set_password(_service, account, secret):
        kept[account] = secret

    monkeypatch.setattr(keyring, "set_password", set_password)
    monkeypatch.setattr(keyring, "get_password", lambda service, account: kept.get(account))
    assert connection.save_choice(SERVER_CHOICE, "s3cret-word") is True
    assert "s3cret-word" not in (paths.data_dir() / "preferences.ini").read_text(encoding="utf-8")
    assert "s3cret-word" in connection.chosen_url(None, lambda _server: pytest.fail("asked although kept"))


def test_the_dialog_says_why_a_server_is_unreachable(qtbot, english, no_keyring):
    dialog = ConnectionDialog(None, "/tmp/centre.sqlite3")
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    assert dialog.server_box.isEnabled() and not dialog.file_box.isEnabled()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.user.setText("postgres")
    dialog.save()  # refused: nothing stored, the dialog stays open with what was typed
    finish_background(qtbot)
    assert "cannot be reached" in dialog.error.text() and not dialog.error.isHidden()
    assert connection.load_choice() is None and dialog.host.text() == "127.0.0.1"


@pytest.mark.skipif(not POSTGRES_URL, reason="CERCLE_TEST_POSTGRES_URL is not set")
def test_the_dialog_finds_the_local_server(qtbot, english, no_keyring):
    dialog = ConnectionDialog(None, "/tmp/centre.sqlite3")
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.database.setText("does_not_exist_db")
    dialog.user.setText("postgres")
    assert not connection_works(qtbot, dialog) and "does_not_exist_db" in dialog.error.text()
    dialog.database.setText("test")
    assert connection_works(qtbot, dialog) and dialog.error.isHidden()
    assert dialog.success.text() == "Cercle can use this database."


def connection_works(qtbot, dialog: ConnectionDialog) -> bool:
    """Test the connection (off the GUI thread) and wait for the outcome: whether Cercle can use it."""
    dialog.test()
    finish_background(qtbot)
    return not dialog.success.isHidden()


def fill_server(dialog: ConnectionDialog, server, password: str) -> None:
    dialog.server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.database.setText("cercle")
    dialog.user.setText("postgres")
    dialog.password.setText(password)


def test_the_dialog_says_a_wrong_password_in_french(qtbot, french, no_keyring, private_server):
    """On a server that checks passwords (the shared test server trusts everyone)."""
    dialog = ConnectionDialog(None, "/tmp/centre.sqlite3")
    qtbot.addWidget(dialog)
    fill_server(dialog, private_server, "not-the-password")
    assert not connection_works(qtbot, dialog) and dialog.success.isHidden()
    assert dialog.error.text() == "Le serveur a refusé l'identifiant ou le mot de passe de postgres."
    dialog.password.setText(private_server.password)
    assert connection_works(qtbot, dialog) and dialog.error.isHidden()
    assert dialog.success.text() == "Cercle peut utiliser cette base de données."
    private_server.stop()
    assert not connection_works(qtbot, dialog)
    assert f"Le serveur 127.0.0.1 (port {private_server.port}) est injoignable." in dialog.error.text()
    assert connection.load_choice() is None  # only tested, never kept


def test_a_file_chosen_in_the_dialog_is_used_at_the_next_start(qtbot, tmp_path, english, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    dialog = ConnectionDialog(None, str(tmp_path / "default.sqlite3"))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "chosen.sqlite3"))
    dialog.save()
    finish_background(qtbot)
    assert dialog.chosen == ConnectionChoice(FILE, path=str(tmp_path / "chosen.sqlite3"))
    window = MainWindow()
    qtbot.addWidget(window)
    controller = Controller(window, None, interactive=False)
    assert controller.open()
    assert controller.workspace.ctx.engine.url.database == str(tmp_path / "chosen.sqlite3")
    controller.workspace.close()


def test_a_member_dialog_keeps_its_input_when_the_server_is_lost(qtbot, english):
    lost = Context(create_cercle_engine("postgresql+psycopg://postgres@127.0.0.1:1/test"), system="tests")
    dialog = MemberDialog(lost, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Karim Bensaïd")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.name.text() == "Karim Bensaïd"
    assert "your input is kept" in dialog.error.text() and not dialog.error.isHidden()
    lost.engine.dispose()


class BrokenWatcher:
    def poll(self):
        raise OSError("server closed the connection unexpectedly")

    def close(self):
        pass


class QuietWatcher:
    def __init__(self, *_args):
        pass

    def poll(self):
        return []

    def close(self):
        pass


def test_a_lost_server_shows_a_banner_until_it_is_back(qtbot, tmp_path, english, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, str(tmp_path / "centre.sqlite3"), interactive=False)
    assert controller.open()
    controller.window.screens.currentWidget().name.setText("Centre")
    controller.window.screens.currentWidget().create_button.click()
    space = controller.workspace
    space._poll_timer.stop()  # the test drives the polls itself
    assert window.server_banner.isHidden()

    space.watcher = BrokenWatcher()
    space._poll()
    assert not window.server_banner.isHidden() and "cannot be reached" in window.server_banner.text()

    monkeypatch.setattr(database, "ChangeWatcher", QuietWatcher)
    with qtbot.waitSignal(space.hub.batch, check_params_cb=lambda changes: Entity.EVERYTHING in changes):
        space._poll()  # connects again, and refreshes everything that may have changed meanwhile
    assert window.server_banner.isHidden()
    space.close()


def test_a_lost_server_is_tried_less_and_less_often_then_found_again(qtbot, tmp_path, monkeypatch):
    """Each attempt on a server that does not answer holds the window up to the connect timeout: while the
    server is lost, the timer tries after 1, 2, 4, then every 8 polls, and listens again once it answers."""
    space = Workspace(Context(open_database(f"sqlite:///{tmp_path / 'centre.sqlite3'}"), system="tests"), SignalHub())
    attempts = []

    class Unanswered:
        def __init__(self, *_args):
            attempts.append(len(ticks))
            raise OSError("timeout expired")

    ticks = []
    space.watcher = BrokenWatcher()
    monkeypatch.setattr(database, "ChangeWatcher", Unanswered)
    for tick in range(40):
        ticks.append(tick)
        space._tick()
    assert not space.server_reachable
    assert attempts == [2, 4, 7, 12, 21, 30, 39]  # the first tick found the loss, then 1, 2, 4, 8, 8 skipped
    monkeypatch.setattr(database, "ChangeWatcher", QuietWatcher)
    for _tick in range(workspace_module.MAX_POLLS_BETWEEN_RETRIES + 1):
        space._tick()
    assert space.server_reachable and space._polls_to_skip == 0
    space.close()


def test_a_server_restart_costs_nothing_typed(qtbot, english, private_url, private_server):
    """A real restart of the centre's server while someone edits a member, on a window like the app's."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, private_url, interactive=False)
    assert controller.open()
    controller.window.screens.currentWidget().name.setText("Centre")
    controller.window.screens.currentWidget().create_button.click()
    controller.stop_background()  # the scheduler's threads are not under test here
    space = controller.workspace
    space._poll_timer.stop()  # the test drives the polls itself
    other = Context(open_database(private_url), system="tests")  # another workstation
    heard = []
    space.hub.changed.connect(lambda entity, _ids: heard.append(entity))
    try:
        karim = members.add_member(other, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
        space.set_actor(karim.id)  # Karim is at the desk
        dialog = MemberDialog(space.ctx, karim, window)
        qtbot.addWidget(dialog)
        dialog.profession.clear()
        qtbot.keyClicks(dialog.profession, "Infirmier coordinateur")

        private_server.stop()
        dialog.save()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.profession.text() == "Infirmier coordinateur"
        assert "your input is kept" in dialog.error.text() and not dialog.error.isHidden()
        for _attempt in range(5):  # a closed connection shows within a poll or two
            space._poll()
            delivered()
            if not window.server_banner.isHidden():
                break
        assert not window.server_banner.isHidden() and "cannot be reached" in window.server_banner.text()
        space._poll()  # still down: the banner stays, nothing breaks
        delivered()
        assert not window.server_banner.isHidden()

        private_server.start()
        heard.clear()
        space._poll()  # listens again, and refreshes everything that may have changed meanwhile
        delivered()
        assert window.server_banner.isHidden() and heard == ["*"]
        dialog.save()  # the same dialog, the same text: saved at the second try
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert members.get_member(other, karim.id).profession == "Infirmier coordinateur"

        heard.clear()
        members.add_member(other, MemberDraft(name="Bruno Petit"))  # the live refresh hears again
        deadline = time.monotonic() + 2
        while "member" not in heard and time.monotonic() < deadline:
            space._poll()
            delivered()
            time.sleep(0.05)
        assert "member" in heard
    finally:
        other.engine.dispose()
        space.close()


def test_a_restart_between_two_polls_is_caught_up(qapp, private_url, private_server):
    """The window polls each second: a restart quicker than that still ends in a full refresh."""
    engine = open_database(private_url)
    space = Workspace(Context(engine, system="tests"), SignalHub())
    space.watch_other_workstations()
    space._poll_timer.stop()  # the test drives the polls itself
    other = Context(engine, system="tests")  # another workstation, as far as notices go
    heard = []
    space.hub.changed.connect(lambda entity, _ids: heard.append(entity))
    try:
        private_server.stop()
        private_server.start()
        members.add_member(other, MemberDraft(name="Karim Bensaïd"))  # while nobody listens
        for _attempt in range(5):
            space._poll()
            delivered()
            if "*" in heard:
                break
        assert heard == ["*"] and space.server_reachable
        members.add_member(other, MemberDraft(name="Bruno Petit"))
        deadline = time.monotonic() + 2
        while heard == ["*"] and time.monotonic() < deadline:
            space._poll()
            delivered()
            time.sleep(0.05)
        assert heard == ["*", "member"]
    finally:
        space.close()
