"""Load benchmark: N workstations working at once on the centre's PostgreSQL server.

    python tests/benchmarks/load_workstations.py --seconds 60 --workstations 20 [--think-ms 500] [--url URL]

Each workstation is a process with its own connection, acting as its own member, doing a mix of what
people do: open pages (the team, the decisions, an hours grid), read the audit log, edit members (with
the optimistic lock), change a setting, take positions on a decision, fill hours. It runs in a fresh
schema that it creates and drops. The server is CERCLE_TEST_POSTGRES_URL, else the local one.

It prints the throughput, the latency (p50, p95, max) of each kind of action, the conflicts (a member
edited elsewhere meanwhile: expected, the person is shown both versions), the refusals (a rule said
no) and the errors (anything else: there should be none). Not collected by pytest (no ``test_`` prefix);
``tests/benchmarks/test_load_smoke.py`` runs it briefly.
"""

import argparse
import multiprocessing
import os
import random
import sys
import time
import traceback
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import time as time_of_day
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

LOCAL_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SETUP_TIMEOUT_SECONDS = 120


@dataclass
class Outcome:
    """What one workstation (or all of them, merged) did."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    conflicts: int = 0
    refusals: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def merge(self, other: "Outcome") -> None:
        for action, values in other.latencies.items():
            self.latencies.setdefault(action, []).extend(values)
        for action, count in other.refusals.items():
            self.refusals[action] = self.refusals.get(action, 0) + count
        self.conflicts += other.conflicts
        self.errors.extend(other.errors)

    def all_latencies(self) -> list[float]:
        return [value for values in self.latencies.values() for value in values]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


@contextmanager
def fresh_schema(server_url: str):
    """A URL on a new, empty schema of the server; the schema is dropped afterwards."""
    from sqlalchemy import create_engine, text

    schema = f"load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        separator = "&" if "?" in server_url else "?"
        yield f"{server_url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def prepare_centre(url: str, workstations: int) -> dict:
    """A centre with one member per workstation (and a few more), and an open decision if available."""
    from app.domain.members import MemberDraft
    from app.services import centre, members
    from app.services.context import Context
    from app.storage.engine import open_database

    engine = open_database(url)
    ctx = Context(engine, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Load test"))
    team = [members.add_member(ctx, MemberDraft(name=f"Member {number:02d}")).id
            for number in range(max(workstations, 3) + 2)]
    prepared = {"team": team, "proposal": open_decision(ctx, team), "shifts": add_shifts(ctx)}
    engine.dispose()
    return prepared


def open_decision(ctx, team: list[int]) -> int | None:
    try:
        from app.domain.consensus import ProposalStatus
        from app.services import decisions
    except ImportError:
        return None
    ctx.actor_id = team[0]
    draft = decisions.create_draft(ctx, title="Saturday opening", text="Open on Saturday mornings.",
                                   deadline=ctx.now() + timedelta(days=14))
    proposal_id = draft.summary.id
    decisions.submit(ctx, proposal_id)
    for member_id in team[1:]:
        ctx.actor_id = member_id
        if decisions.endorse(ctx, proposal_id).summary.status == ProposalStatus.OPEN:
            return proposal_id
    return None


Repertoire = dict[str, tuple[int, Callable[[], object]]]  # action name → (weight, action)


def add_shifts(ctx) -> list[int]:
    """Reception shifts in two weeks (beyond the release notice), two seats each: workstations race for them."""
    try:
        from app.services import rota
    except ImportError:
        return []
    first = ctx.today() + timedelta(days=14)
    days = [first + timedelta(days=offset) for offset in range(5)]
    return [rota.add_shift(ctx, day, time_of_day(hour), time_of_day(hour + 4), seats=2).id
            for day in days for hour in (8, 13)]


def actions(ctx, prepared: dict, member_id: int, rng: random.Random) -> Repertoire:
    """The workstation's repertoire: name → (weight, action)."""
    from app.services import audit, members, settings

    team = prepared["team"]

    def edit_member() -> None:
        target = members.get_member(ctx, rng.choice(team))
        draft = replace(target.draft(), profession=f"Profession {rng.randint(1, 99)}")
        members.update_member(ctx, target.id, draft, expected_version=target.version)

    repertoire = {
        "team page": (30, lambda: members.list_members(ctx, include_inactive=True)),
        "audit log": (10, lambda: audit.recent_entries(ctx, limit=200)),
        "member edit": (15, edit_member),
        "setting change": (5, lambda: settings.put(ctx, "idle_lock_minutes", rng.randint(5, 30))),
    }
    repertoire.update(decision_actions(ctx, prepared, rng))
    repertoire.update(hours_actions(ctx, member_id, rng))
    repertoire.update(rota_actions(ctx, prepared, rng))
    return repertoire


def decision_actions(ctx, prepared: dict, rng: random.Random) -> dict:
    try:
        from app.domain.consensus import Stance
        from app.services import decisions
    except ImportError:
        return {}
    proposal_id = prepared["proposal"]
    if proposal_id is None:
        return {}
    stances = [Stance.AGREE, Stance.STAND_ASIDE, Stance.ABSTAIN]
    return {
        "decisions page": (10, lambda: decisions.list_proposals(ctx)),
        "decision position": (10, lambda: decisions.take_position(ctx, proposal_id, rng.choice(stances))),
    }


def hours_actions(ctx, member_id: int, rng: random.Random) -> dict:
    try:
        from app.services import hours
    except ImportError:
        return {}
    categories = [category for category in hours.list_categories(ctx) if category.is_self_management]
    if not categories:
        return {}
    week = hours.week_start(ctx.today())

    def fill_cell() -> None:
        day = week + timedelta(days=rng.randint(0, 4))
        hours.set_cell(ctx, member_id, day, rng.choice(categories).id, rng.choice(range(0, 181, 15)))

    return {
        "hours grid": (10, lambda: hours.week_grid(ctx, member_id, week)),
        "hours entry": (10, fill_cell),
    }


def rota_actions(ctx, prepared: dict, rng: random.Random) -> dict:
    try:
        from app.services import rota
    except ImportError:
        return {}
    shifts, held = prepared["shifts"], set()
    if not shifts:
        return {}

    def claim_or_release() -> None:
        shift_id = rng.choice(shifts)
        if shift_id in held:
            held.discard(shift_id)
            rota.release_shift(ctx, shift_id)
        else:
            rota.claim_shift(ctx, shift_id)  # refused when both seats are taken: counted as a refusal
            held.add(shift_id)

    first = ctx.today() + timedelta(days=14)
    return {
        "rota page": (10, lambda: rota.week_view(ctx, first)),
        "rota claim": (10, claim_or_release),
    }


def workstation(url: str, prepared: dict, number: int, start, seconds: float, think: float, results) -> None:
    """One process: its own engine and member; waits for the common start, then works for ``seconds``,
    pausing about ``think`` seconds between actions as a person would (0: as fast as it can)."""
    outcome = Outcome()
    started = False
    try:
        from app.domain.errors import CercleError
        from app.services.context import Context
        from app.services.errors import StaleEdit
        from app.storage.engine import create_cercle_engine

        ctx = Context(create_cercle_engine(url), system="tests")
        member_id = prepared["team"][number]
        ctx.actor_id = member_id
        rng = random.Random(number)
        repertoire = actions(ctx, prepared, member_id, rng)
        names = list(repertoire)
        weights = [repertoire[name][0] for name in names]

        def attempt(name: str) -> None:
            try:
                repertoire[name][1]()
            except StaleEdit:
                outcome.conflicts += 1
            except CercleError as refusal:
                reason = f"{name}: {refusal.template[:60]}"
                outcome.refusals[reason] = outcome.refusals.get(reason, 0) + 1
            except Exception:  # noqa: BLE001 - counted and reported, never hidden
                outcome.errors.append(f"{name}: {traceback.format_exc(limit=3)}")

        for name in names:  # warm up, as a workstation that has been open a while (imports, caches)
            attempt(name)
        start.wait()
        started = True
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            name = rng.choices(names, weights)[0]
            began = time.perf_counter()
            attempt(name)
            outcome.latencies.setdefault(name, []).append(time.perf_counter() - began)
            if think:
                time.sleep(rng.uniform(0, 2 * think))
        ctx.engine.dispose()
    except Exception:  # noqa: BLE001 - a workstation that cannot start is an error too
        outcome.errors.append(f"workstation {number}: {traceback.format_exc(limit=5)}")
        if not started:
            start.wait()  # the others are waiting for this one
    results.put(outcome)


def run(url: str, seconds: float, workstations: int, think: float = 0.0) -> tuple[Outcome, float]:
    """Run the load in a fresh schema of the server at ``url``: the merged outcome, the seconds measured."""
    spawn = multiprocessing.get_context("spawn")  # each workstation starts clean, like a real computer
    with fresh_schema(url) as schema_url:
        prepared = prepare_centre(schema_url, workstations)
        start = spawn.Barrier(workstations + 1, timeout=SETUP_TIMEOUT_SECONDS)
        results = spawn.Queue()
        processes = [
            spawn.Process(target=workstation,
                          args=(schema_url, prepared, number, start, seconds, think, results))
            for number in range(workstations)
        ]
        for process in processes:
            process.start()
        start.wait()
        began = time.perf_counter()
        merged = Outcome()
        for _process in processes:
            merged.merge(results.get(timeout=seconds + SETUP_TIMEOUT_SECONDS))
        elapsed = time.perf_counter() - began
        for process in processes:
            process.join()
    return merged, elapsed


def report(outcome: Outcome, elapsed: float, workstations: int) -> str:
    everything = outcome.all_latencies()
    lines = [
        f"{workstations} workstations, {elapsed:.1f} s: {len(everything)} actions, "
        f"{len(everything) / elapsed:.0f} actions/s; "
        f"latency p50 {percentile(everything, 0.5) * 1000:.1f} ms, "
        f"p95 {percentile(everything, 0.95) * 1000:.1f} ms, max {max(everything, default=0) * 1000:.1f} ms",
        f"conflicts (edited elsewhere meanwhile) {outcome.conflicts}, "
        f"refusals (a rule said no) {sum(outcome.refusals.values())}, errors {len(outcome.errors)}",
        *(f"  {count} × {reason}" for reason, count in sorted(outcome.refusals.items())),
        f"{'action':<20}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}",
    ]
    for action, values in sorted(outcome.latencies.items()):
        lines.append(f"{action:<20}{len(values):>8}{percentile(values, 0.5) * 1000:>10.1f}"
                     f"{percentile(values, 0.95) * 1000:>10.1f}{max(values) * 1000:>10.1f}")
    lines.extend(outcome.errors[:5])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workstations", type=int, default=20)
    parser.add_argument("--think-ms", type=float, default=0,
                        help="average pause between two actions of a workstation (default 0: flat out)")
    parser.add_argument("--url", default=os.environ.get("CERCLE_TEST_POSTGRES_URL") or LOCAL_SERVER)
    args = parser.parse_args(argv)
    outcome, elapsed = run(args.url, args.seconds, args.workstations, args.think_ms / 1000)
    print(report(outcome, elapsed, args.workstations))
    return 1 if outcome.errors else 0


if __name__ == "__main__":
    sys.exit(main())
