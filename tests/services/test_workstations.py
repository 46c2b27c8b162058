"""Several workstations writing at the same moment: nothing fails half-way, nothing is lost."""

import threading

from app.services import settings
from app.services.context import Context
from app.storage.engine import open_database

WORKSTATIONS = 8


def at_the_same_moment(database_url: str, action) -> list[BaseException]:
    """Run ``action(ctx)`` on WORKSTATIONS contexts (each its own engine) released together; their errors."""
    contexts = [Context(open_database(database_url), system="tests") for _ in range(WORKSTATIONS)]
    start, errors = threading.Barrier(WORKSTATIONS), []

    def run(ctx: Context) -> None:
        start.wait()
        try:
            action(ctx)
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=run, args=(ctx,)) for ctx in contexts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for ctx in contexts:
        ctx.engine.dispose()
    return errors


def test_a_setting_first_changed_on_several_workstations_at_once(ctx, database_url):
    errors = at_the_same_moment(database_url, lambda other: settings.put(other, "idle_lock_minutes", 12))
    assert errors == []
    assert settings.get(ctx, "idle_lock_minutes") == 12
