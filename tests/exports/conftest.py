"""A demo centre of 40 members, made once for the export tests: its hours table spans two A4 pages. The
same centre copied onto PostgreSQL (when CERCLE_TEST_POSTGRES_URL is set) gives every export test a second
run there."""

from datetime import date, datetime, time

import pytest

from app.demo.centre import Synthetic, create_demo
from app.services.context import Context
from app.storage.engine import open_database
from tests.conftest import ENGINES, copied_to_postgres

DEMO_TODAY = date(2026, 11, 23)  # a Monday: the three weeks before it are whole and past


@pytest.fixture(scope="session")
def demo_of_40(tmp_path_factory):
    path = create_demo(tmp_path_factory.mktemp("centre40") / "demo.sqlite3", Synthetic(members=40, years=1),
                       today=DEMO_TODAY)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def demo_of_40_url(request, demo_of_40):
    """The demo's URL on the engine of the test: its SQLite file, or a PostgreSQL schema holding a copy."""
    if request.param == "sqlite":
        yield demo_of_40
    else:
        yield from copied_to_postgres(demo_of_40)


def pytest_generate_tests(metafunc):
    if "demo_of_40_url" in metafunc.fixturenames:  # through centre_of_40: once on each engine
        metafunc.parametrize("demo_of_40_url", ENGINES, indirect=True, scope="session")


@pytest.fixture(scope="session")
def centre_of_40(demo_of_40_url):
    engine = open_database(demo_of_40_url)
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
