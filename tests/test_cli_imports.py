"""A command imports only what it needs, and its services before Qt (issue 18).

Once PySide6 is loaded, its import hook reads the source of every module imported after it: the database
layer and the command's services come first, also where Qt is asked for the data folder (a person's
computer, without CERCLE_DATA_DIR). A PDF or a CSV needs neither odfpy nor Qt Widgets nor the
charts, and the public holidays need France's module of the ``holidays`` library, not its 250 countries.
"""

import json
import subprocess
import sys

import pytest

from app.domain.members import MemberDraft
from app.services import members
from tests.benchmarks.cli_processes import person_environment
from tests.exports.test_minutes import full_meeting

NEVER = ["odf", "PySide6.QtWidgets", "PySide6.QtCharts", "holidays.countries", "apscheduler", "alembic", "ortools"]
FIRST_WEEK, LAST_WEEK = "2026-10-26", "2026-11-22"  # four whole ISO weeks before TEST_NOW


def imports_of(arguments: list[str], tmp_path) -> list[str]:
    """The modules loaded by the command ``arguments``, in the order they were loaded."""
    script = ("import json, sys\nfrom app.cli import main\n"
              f"code = main({arguments!r})\nprint(json.dumps(list(sys.modules)))\nsys.exit(code)\n")
    environment = person_environment(tmp_path / "home")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def database_of(ctx) -> str:
    return ctx.engine.url.render_as_string(hide_password=False)


def assert_lean(loaded: list[str], services: list[str]) -> None:
    assert [name for name in NEVER if name in loaded] == []
    qt = loaded.index("PySide6.QtCore")
    assert all(loaded.index(name) < qt for name in ["sqlmodel", *services]), "the services load before Qt"


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_hours_report_loads_its_services_and_france_alone(ctx, tmp_path, fmt):
    loaded = imports_of(["hours", "report", "--from", FIRST_WEEK, "--to", LAST_WEEK, "--format", fmt,
                         "--output", str(tmp_path / f"hours.{fmt}"), "--database", database_of(ctx)], tmp_path)
    assert_lean(loaded, ["app.services.hours", "holidays"])
    assert "holidays.countries.france" in loaded
    other_areas = ["app.services.rota", "app.storage.models.rota", "app.storage.models.meetings",
                   "app.storage.models.workshops", "app.storage.models.decisions"]
    assert [name for name in other_areas if name in loaded] == []  # their tables: a tenth of a second


def test_an_absence_loads_the_rota_before_qt(ctx, tmp_path):
    """Recording an absence moves reception seats: the rota's services load with the hours', before Qt."""
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    loaded = imports_of(["hours", "absence", "add", "Amina Benali", "holiday", "2090-01-10", "--database",
                         database_of(ctx)], tmp_path)
    assert_lean(loaded, ["app.services.hours", "app.services.rota"])


def test_minutes_export_as_pdf_loads_no_odf_nor_widgets(ctx, tmp_path):
    meeting_id = full_meeting(ctx)
    output = tmp_path / "minutes.pdf"
    loaded = imports_of(["minutes", "export", str(meeting_id), "--format", "pdf", "--output", str(output),
                         "--database", database_of(ctx)], tmp_path)
    assert_lean(loaded, ["app.services.meetings"])
    assert output.read_bytes().startswith(b"%PDF")


def test_france_alone_gives_the_holidays_of_the_library():
    """The French calendar loaded alone is the library's, in both regions, without its other countries;
    the package, imported later, reuses it."""
    script = ("import json, sys\nimport holidays\nfrom app.domain.holiday_calendar import france\n"
              "alone = [sorted(map(str, france()(years=y, subdiv=s))) for y in (2024, 2026, 2031) for s in (None, '57')]\n"
              "countries = 'holidays.countries' in sys.modules\n"
              "whole = [sorted(map(str, holidays.France(years=y, subdiv=s))) for y in (2024, 2026, 2031) "
              "for s in (None, '57')]\n"
              "import holidays.countries\n"
              "print(json.dumps([alone == whole, countries, holidays.countries.France is france()]))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [True, False, True]


def test_each_command_builds_its_own_areas_parser():
    """A typed command builds only its area's parser: the areas add exactly the commands said of them."""
    from app.cli import AREA_OF_COMMAND, AREAS, areas_for, build_parser, typed_command

    whole = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert sorted(whole) == sorted(AREA_OF_COMMAND) and set(AREA_OF_COMMAND.values()) == set(AREAS)
    for command, area in AREA_OF_COMMAND.items():
        alone = build_parser([command])._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        assert command in alone and {AREA_OF_COMMAND[name] for name in alone} == {area}
    assert typed_command(["--database", "c.sqlite3", "--log-level", "debug", "hours", "report"]) == "hours"
    assert typed_command(["--database=hours", "minutes"]) == "minutes"
    assert areas_for(["--help"]) == areas_for(["hourz"]) == AREAS
