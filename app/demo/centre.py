"""The demo centre (from data/demo/centre.toml) and a synthetic centre for benchmarks.

Each area of Cercle adds its own demo records through a step registered in ``DEMO_STEPS``:
``step(ctx, data, synthetic)`` where ``synthetic`` is None for the demo centre, or the
``Synthetic`` size asked for the benchmarks.
"""

import random
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app import paths
from app.demo import cycle as cycle_demo
from app.demo import decisions as decisions_demo
from app.demo import hours as hours_demo
from app.demo import meetings as meetings_demo
from app.demo import people as people_demo
from app.demo import rota as rota_demo
from app.demo import workshops as workshops_demo
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.members import MemberDraft
from app.services import centre, members
from app.services.context import Context
from app.storage.engine import open_database
from app.storage.models import Partner, Room

DAY_NAMES = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
FILE_EXISTS = QT_TRANSLATE_NOOP("Errors", "{path} already exists; Cercle will not overwrite it.")


@dataclass(frozen=True)
class Synthetic:
    """The size of a synthetic centre: how many members, how many years of history."""

    members: int = 40
    years: int = 5


DemoStep = Callable[[Context, dict[str, Any], Synthetic | None], None]
DEMO_STEPS: list[DemoStep] = []
DEMO_STEPS.append(hours_demo.demo_step)
DEMO_STEPS.append(rota_demo.demo_step)
DEMO_STEPS.append(decisions_demo.demo_step)
DEMO_STEPS.append(workshops_demo.demo_step)
DEMO_STEPS.append(cycle_demo.demo_step)
DEMO_STEPS.append(people_demo.demo_step)  # before the meetings, which invite them
DEMO_STEPS.append(meetings_demo.demo_step)


def demo_data() -> dict[str, Any]:
    with (paths.shipped_data_dir() / "demo" / "centre.toml").open("rb") as handle:
        return tomllib.load(handle)


def create_demo(path: Path, synthetic: Synthetic | None = None, today: date | None = None) -> Path:
    """Write a demo database at ``path`` (which must not exist) and return it."""
    if path.exists():
        raise RuleViolation(FILE_EXISTS, path=str(path))
    engine = open_database(f"sqlite:///{path.resolve()}")
    ctx = Context(engine, system="demo")
    if today is not None:
        ctx.clock = _clock_at(today, ctx)
    data = demo_data()
    _add_centre(ctx, data["centre"])
    arrived = hours_demo.history_start(ctx.today(), synthetic)
    if synthetic is None:
        _add_members(ctx, data["members"], arrived)
    else:
        _add_synthetic_members(ctx, data["members"], synthetic.members, arrived)
    _add_rooms_and_partners(ctx, data)
    for step in DEMO_STEPS:
        step(ctx, data, synthetic)
    engine.dispose()
    return path


def _clock_at(today: date, ctx: Context) -> Callable[[], datetime]:
    moment = datetime.combine(today, time(9, 0), tzinfo=ctx.timezone)
    return lambda: moment


def _add_centre(ctx: Context, values: dict[str, Any]) -> None:
    centre.create_centre(
        ctx,
        centre.CentreDraft(
            name=values["name"],
            timezone=values["timezone"],
            holiday_region=values["holiday_region"],
            opens_at=time.fromisoformat(values["opens_at"]),
            closes_at=time.fromisoformat(values["closes_at"]),
        ),
    )


def member_draft(values: dict[str, Any], arrived: date | None = None) -> MemberDraft:
    self_hours = values.get("self_management_hours")
    days = values.get("working_days", DAY_NAMES[:5])
    return MemberDraft(
        name=values["name"],
        profession=values["profession"],
        colour=values["colour"],
        contract_minutes=round(values["contract_hours"] * 60),
        self_management_minutes=None if self_hours is None else round(self_hours * 60),
        working_days=frozenset(DAY_NAMES.index(day) for day in days),
        start_date=arrived,
    )


def _add_members(ctx: Context, rows: list[dict[str, Any]], arrived: date) -> None:
    for values in rows:
        members.add_member(ctx, member_draft(values, arrived))


def _add_synthetic_members(ctx: Context, rows: list[dict[str, Any]], count: int, arrived: date) -> None:
    """``count`` members built from the demo's, with numbered names and seeded variety."""
    rng = random.Random(20261123)
    for index in range(count):
        values = dict(rows[index % len(rows)])
        values["name"] = f"{values['name']} {index // len(rows) + 1}" if index >= len(rows) else values["name"]
        values["colour"] = f"#{rng.randrange(0x202020, 0xd0d0d0):06x}"
        members.add_member(ctx, member_draft(values, arrived))


def _add_rooms_and_partners(ctx: Context, data: dict[str, Any]) -> None:
    with ctx.writing() as unit:
        for values in data.get("rooms", []):
            room = unit.add(Room(**values))
            unit.audit("add", "room", room.id, after=room)
        for values in data.get("partners", []):
            partner = unit.add(Partner(**values))
            unit.audit("add", "partner", partner.id, after=partner)
