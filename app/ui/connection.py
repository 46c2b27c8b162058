"""This computer's choice of database: a file here, or the centre's server.

The choice lives in the preferences; a server password only ever in the system keyring. Without a
keyring, the password is asked at each start and kept in memory only.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.errors import QT_TRANSLATE_NOOP
from app.preferences import preferences
from app.services.database import ConnectionFailed, ServerAddress, resolve_url

FILE, SERVER = "file", "server"
KEYRING_SERVICE = "Cercle"
NO_PASSWORD = QT_TRANSLATE_NOOP("Errors", "No password was given for the server {host}.")


@dataclass(frozen=True)
class ConnectionChoice:
    """Where this computer finds the centre: ``path`` of a file, or ``server``."""

    kind: str
    path: str = ""
    server: ServerAddress | None = None
    needs_password: bool = False


def load_choice() -> ConnectionChoice | None:
    """The stored choice, or None when this computer never made one (the default file is used)."""
    stored = preferences()
    kind = stored.value("connection/kind", "")
    if kind == FILE and stored.value("connection/path", ""):
        return ConnectionChoice(FILE, path=str(stored.value("connection/path")))
    if kind == SERVER:
        server = ServerAddress(
            host=str(stored.value("connection/host", "")),
            database=str(stored.value("connection/database", "")),
            user=str(stored.value("connection/user", "")),
            port=int(str(stored.value("connection/port", 5432))),  # an int, or its text in the file
        )
        needs_password = str(stored.value("connection/needs_password", "false")) == "true"
        return ConnectionChoice(SERVER, server=server, needs_password=needs_password)
    return None


def save_choice(choice: ConnectionChoice, password: str | None = None) -> bool:
    """Store ``choice``; the password goes to the keyring, never to a file. False if it could not be kept."""
    stored = preferences()
    stored.remove("connection")
    stored.setValue("connection/kind", choice.kind)
    if choice.kind == FILE:
        stored.setValue("connection/path", choice.path)
        stored.sync()
        return True
    server = choice.server
    assert server is not None, "a choice of server has its address"
    for key, value in (("host", server.host), ("port", server.port), ("database", server.database),
                       ("user", server.user)):
        stored.setValue(f"connection/{key}", value)
    stored.setValue("connection/needs_password", "true" if password else "false")
    stored.sync()
    return not password or remember_password(server, password)


def keyring_account(server: ServerAddress) -> str:
    return f"{server.user}@{server.host}:{server.port}/{server.database}"


def has_keyring() -> bool:
    """Whether this computer has a system keyring that Cercle can use."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return False
    return not isinstance(keyring.get_keyring(), NoKeyring)


def remember_password(server: ServerAddress, password: str) -> bool:
    if not has_keyring():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_account(server), password)
    except KeyringError:
        return False
    return True


def stored_password(server: ServerAddress) -> str | None:
    if not has_keyring():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(server))
    except KeyringError:
        return None


def choice_url(choice: ConnectionChoice, ask_password: Callable[[ServerAddress], str | None]) -> str:
    """The URL of ``choice``; asks for the password when the keyring does not hold it."""
    if choice.kind == FILE:
        return resolve_url(choice.path)
    server = choice.server
    assert server is not None, "a choice of server has its address"
    password = None
    if choice.needs_password:
        password = stored_password(server) or ask_password(server)
        if not password:
            raise ConnectionFailed(NO_PASSWORD, host=server.host)
    return server.url(password)


def chosen_url(database: str | None, ask_password: Callable[[ServerAddress], str | None]) -> str:
    """``--database`` first, then CERCLE_DATABASE_URL, then this computer's choice, then the default file."""
    if database or os.environ.get("CERCLE_DATABASE_URL"):
        return resolve_url(database)
    choice = load_choice()
    return choice_url(choice, ask_password) if choice else resolve_url(None)
