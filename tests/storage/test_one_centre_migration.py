"""0033: a database holds one centre, by constraint. Two workstations creating the centre at once on PostgreSQL
left two; the step keeps the first (the one every reader took), with the id 1, and goes back and up again."""

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.services import centre
from app.storage.engine import alembic_config, migrating, upgrade

INSERT = text(
    "INSERT INTO centre (id, name, timezone, holiday_region, opens_at, closes_at, created_at) "
    "SELECT :id, :name, timezone, holiday_region, opens_at, closes_at, created_at FROM centre WHERE id = :of"
)


def test_a_second_centre_made_at_once_is_removed_and_no_other_can_come(ctx):
    with migrating(ctx.engine) as connection:
        command.downgrade(alembic_config(connection), "0032")
        connection.execute(text("UPDATE centre SET id = 3"))  # a server's sequence: a centre is not always 1
        connection.execute(INSERT, {"id": 4, "name": "Centre en double", "of": 3})
    upgrade(ctx.engine)
    with ctx.engine.connect() as connection:
        assert connection.execute(text("SELECT id, name FROM centre")).all() == [(1, "Centre de test")]
    with pytest.raises(IntegrityError), ctx.engine.begin() as connection:
        connection.execute(INSERT, {"id": 2, "name": "Centre en double", "of": 1})
    saved = centre.update_centre(ctx, centre.CentreDraft(name="Centre du Village"))
    assert saved.name == "Centre du Village" and centre.get_centre(ctx) == saved
