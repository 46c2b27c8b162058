"""Fixtures for the widgets: a workspace on a real database, a member at the desk, French or English."""

import pytest

from app import i18n
from app.domain.members import MemberDraft
from app.services import members
from app.ui.hub import SignalHub
from app.ui.workspace import Workspace


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def french(qapp):
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def workspace(ctx, qapp, english):
    """A workspace on the test database with one member, Amina, at the desk."""
    amina = members.add_member(ctx, MemberDraft(name="Amina Benali", profession="Médecin généraliste"))
    space = Workspace(ctx, SignalHub())
    space.set_actor(amina.id)
    yield space
    ctx.events.unsubscribe(space.hub.publish)
