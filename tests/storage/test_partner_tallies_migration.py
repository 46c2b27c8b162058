"""0031 lets the tallies kept at erasure count a partner's people: the people already erased can no longer be told
apart, so each partner's tally starts from what its line printed for them (the tallies of the workshops it had a
session held with that year); the step goes back and up again."""

from datetime import date

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.services import workshops as ws
from app.services.activity import activity_report
from app.storage.engine import alembic_config, create_cercle_engine, migrating
from tests.services.test_activity import YEAR, figures
from tests.services.test_activity_partner_changes import changed  # noqa: F401 - the fixture

TALLIES = text("SELECT year, scope, ref_id, people FROM participant_tally WHERE scope = 'partner'")


def test_the_partners_of_a_year_already_erased_keep_the_figures_printed(changed, database_url):  # noqa: F811
    ws.erase_expired_participants(changed, date(2030, 1, 1))
    partner = {p.name: p.id for p in ws.list_partners(changed)}
    engine = create_cercle_engine(database_url)
    try:
        with migrating(engine) as connection:
            command.downgrade(alembic_config(connection), "0030")
            assert connection.execute(TALLIES).all() == []
        with pytest.raises(IntegrityError), engine.begin() as connection:  # no partner tally before the step
            connection.execute(text("INSERT INTO participant_tally (year, scope, ref_id, people)"
                                    " VALUES (2026, 'partner', 1, 1)"))
        with migrating(engine) as connection:
            command.upgrade(alembic_config(connection), "head")
            # the four people of Cuisine in 2026 went into the tally of each partner it was done with that year
            assert set(connection.execute(TALLIES).all()) == {(2026, "partner", partner["CPAM"], 4),
                                                              (2026, "partner", partner["PMI"], 4)}
    finally:
        engine.dispose()
    assert [figures(line) for line in activity_report(changed, *YEAR).by_partner] == [
        ("CPAM", 1, 2, 4, 0), ("PMI", 1, 2, 4, 0)]  # as printed before the step: nobody can tell them apart now


def test_a_database_with_nobody_erased_gets_no_partner_tally(changed, database_url):  # noqa: F811
    engine = create_cercle_engine(database_url)
    try:
        with migrating(engine) as connection:
            command.downgrade(alembic_config(connection), "0030")
            command.upgrade(alembic_config(connection), "head")
            assert connection.execute(TALLIES).all() == []
    finally:
        engine.dispose()
    assert [figures(line) for line in activity_report(changed, *YEAR).by_partner] == [
        ("CPAM", 1, 2, 2, 0), ("PMI", 1, 2, 2, 0)]
