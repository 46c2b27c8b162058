"""A demo centre of 40 members, made once for the export tests: its hours table spans two A4 pages."""

from datetime import date, datetime, time

import pytest

from app.services.context import Context
from app.services.demo import Synthetic, create_demo
from app.storage.engine import open_database

DEMO_TODAY = date(2026, 11, 23)  # a Monday: the three weeks before it are whole and past


@pytest.fixture(scope="session")
def centre_of_40(tmp_path_factory):
    path = create_demo(tmp_path_factory.mktemp("centre40") / "demo.sqlite3", Synthetic(members=40, years=1),
                       today=DEMO_TODAY)
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, system="tests")
    ctx.clock = lambda: datetime.combine(DEMO_TODAY, time(9, 0), tzinfo=ctx.timezone)
    yield ctx
    engine.dispose()


@pytest.fixture
def french(qapp):
    """The exports in French, as the centre reads them; English again afterwards."""
    from app import i18n

    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")
