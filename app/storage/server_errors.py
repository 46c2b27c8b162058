"""Why a connection to the centre's server failed, in plain words (English source text, translated by the UI).

Shared by app.storage.engine (which opens databases) and app.storage.connection (which tests a server).
"""

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError

DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 5

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The server {host} (port {port}) cannot be reached. Check that it is switched on and that this "
    "computer is on the centre's network.",
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The server refused the user name or the password of {user}.")
UNKNOWN_USER = QT_TRANSLATE_NOOP("Errors", "The server has no user named {user}.")
MISSING_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "The server has no database named {database}. Check its name, or ask whoever runs the server."
)
REFUSED = QT_TRANSLATE_NOOP("Errors", "The server refused the connection: {reason}")

UNREACHABLE_SIGNS = ("connection refused", "timeout", "timed out", "could not translate", "no route to host",
                     "network is unreachable", "name or service")


class ConnectionFailed(CercleError):
    """A connection to the server could not be made; the message says why in plain words."""


def explain(error: BaseException, url: str) -> CercleError:
    """The plain-words reason why connecting to ``url`` failed with ``error`` (a driver error)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    text = str(getattr(error, "orig", None) or error)
    host, port = parsed.host or "localhost", parsed.port or DEFAULT_PORT
    if "password authentication failed" in text or "no password supplied" in text:
        return ConnectionFailed(WRONG_PASSWORD, user=parsed.username or "")
    if "role" in text and "does not exist" in text:
        return ConnectionFailed(UNKNOWN_USER, user=parsed.username or "")
    if "database" in text and "does not exist" in text:
        return ConnectionFailed(MISSING_DATABASE, database=parsed.database or "")
    if any(sign in text.lower() for sign in UNREACHABLE_SIGNS):
        return ConnectionFailed(UNREACHABLE, host=host, port=port)
    reason = " ".join(text.replace("connection failed:", "").split())
    return ConnectionFailed(REFUSED, reason=reason)
