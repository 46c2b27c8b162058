"""Centre-wide settings: defaults from data/settings.toml, changes stored in the database and audited."""

import json
import tomllib
from functools import cache
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from app import paths
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.services.context import Context, UnitOfWork
from app.storage.models import Setting

UNKNOWN_SETTING = QT_TRANSLATE_NOOP("Errors", "There is no setting called {key}.")
WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "The setting {key} takes a value like {example}.")


@cache
def defaults() -> dict[str, Any]:
    with (paths.shipped_data_dir() / "settings.toml").open("rb") as handle:
        return tomllib.load(handle)


def get(ctx: Context, key: str) -> Any:
    if key not in defaults():
        raise RuleViolation(UNKNOWN_SETTING, key=key)
    with ctx.reading() as db:
        return read(db, key)


def read(db: Session, key: str) -> Any:
    """The value of ``key`` as ``db`` sees it (within a transaction under way, say). The stored text alone
    is read: an ORM row, looked up by identity and kept in the session, costs several times as much."""
    return decoded(key, db.exec(select(Setting.value).where(Setting.key == key)).first())


def get_all(ctx: Context) -> dict[str, Any]:
    with ctx.reading() as db:
        stored = {row.key: json.loads(row.value) for row in db.exec(select(Setting))}
    return {**defaults(), **{key: value for key, value in stored.items() if key in defaults()}}


def put(ctx: Context, key: str, value: Any) -> None:
    _check(key, value)
    with ctx.writing() as unit:
        write(unit, key, value)


def write(unit: UnitOfWork, key: str, value: Any) -> None:
    """Set ``key`` within a transaction under way, audited with it."""
    _check(key, value)
    row = unit.db.get(Setting, key, with_for_update=True) or _insert_default(unit.db, key)
    before = {"key": key, "value": decoded(key, row.value if row else None)}
    row.value = json.dumps(value)
    unit.audit("set", "setting", None, before=before, after={"key": key, "value": value})


def read_locked(unit: UnitOfWork, key: str) -> Any:
    """The value of ``key``, its row locked until the transaction ends: a step that reads and then acts on
    it runs at one workstation after the other (PostgreSQL; SQLite's BEGIN IMMEDIATE serialises writers)."""
    row = unit.db.get(Setting, key, with_for_update=True) or _insert_default(unit.db, key)
    return decoded(key, row.value)


def _check(key: str, value: Any) -> None:
    default = defaults().get(key)
    if default is None:
        raise RuleViolation(UNKNOWN_SETTING, key=key)
    if type(value) is not type(default):
        raise RuleViolation(WRONG_TYPE, key=key, example=json.dumps(default))


def _insert_default(db: Session, key: str) -> Setting:
    """The row of ``key``, created with its default; another workstation may create it at this very moment."""
    try:
        with db.begin_nested():
            db.add(Setting(key=key, value=json.dumps(defaults()[key])))
    except IntegrityError:
        pass  # theirs is committed: take it, locked
    return db.get(Setting, key, with_for_update=True)


def decoded(key: str, stored: str | None) -> Any:
    """The value stored for ``key`` (JSON text; read by a service's own statement, say), its default when
    none is."""
    return defaults()[key] if stored is None else json.loads(stored)
