"""Centre-wide settings and the centre's own record."""

from datetime import time

import pytest

from app.domain.errors import RuleViolation
from app.services import centre, settings


def test_defaults_then_changes_are_stored_and_audited(ctx):
    assert settings.get(ctx, "idle_lock_minutes") == 10
    settings.put(ctx, "idle_lock_minutes", 5)
    assert settings.get(ctx, "idle_lock_minutes") == 5
    assert settings.get_all(ctx)["quorum_percent"] == 75


def test_wrong_settings_are_refused(ctx):
    with pytest.raises(RuleViolation, match="no setting"):
        settings.put(ctx, "colour_of_the_sky", 3)
    with pytest.raises(RuleViolation, match="takes a value like"):
        settings.put(ctx, "idle_lock_minutes", "ten")


def test_the_centre_is_created_once_and_validated(ctx):
    assert centre.get_centre(ctx).timezone == "Europe/Paris"
    with pytest.raises(RuleViolation, match="already holds a centre"):
        centre.create_centre(ctx, centre.CentreDraft(name="Encore"))
    with pytest.raises(RuleViolation, match="close after it opens"):
        centre.update_centre(ctx, centre.CentreDraft(name="C", opens_at=time(18), closes_at=time(8)))
    with pytest.raises(RuleViolation, match="Unknown public-holiday region"):
        centre.update_centre(ctx, centre.CentreDraft(name="C", holiday_region="atlantis"))
    updated = centre.update_centre(ctx, centre.CentreDraft(name="C", holiday_region="alsace-moselle"))
    assert updated.holiday_region == "alsace-moselle"


def test_the_centre_name_fits_its_column_on_every_database(ctx):
    """SQLite kept a name longer than the column, PostgreSQL raised its own error (and `cercle migrate` then
    failed): the service says the limit, the same on both."""
    with pytest.raises(RuleViolation, match="at most 120 characters"):
        centre.update_centre(ctx, centre.CentreDraft(name="C" * 121))
    assert centre.update_centre(ctx, centre.CentreDraft(name="C" * 120)).name == "C" * 120
