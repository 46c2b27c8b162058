"""Running ``cercle`` as a person does, a new process each time, and timing it (for the benchmarks)."""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROUNDS = 7  # a process varies by ±20 % on a shared machine: the median of several, interleaved
# What no command can go below, printed beside the commands: Python loading the database layer (SQLModel,
# hence SQLAlchemy and pydantic) and Qt's documents (PySide6.QtGui), and doing nothing else.
FLOOR = [sys.executable, "-c", "import sqlmodel, PySide6.QtGui"]


def cercle_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def person_environment(home: Path) -> dict[str, str]:
    """A person's environment, with ``home`` for a home folder: Cercle asks Qt for its data folder there
    (CERCLE_DATA_DIR, which the tests set, would spare it that)."""
    environment = {name: value for name, value in os.environ.items() if name != "CERCLE_DATA_DIR"}
    return {**environment, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_CONFIG_HOME": str(home / ".config")}


def run_timed(command: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from the start of ``command`` to its exit; a failure fails the benchmark."""
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180, check=False)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return elapsed


def interleaved_medians(runs: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Each run once per round, in turn, so that the machine's load weighs on all alike; their medians."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            samples[name].append(run())
    return {name: statistics.median(times) for name, times in samples.items()}


def byte_compile_cercle() -> None:
    """Cercle's modules as byte code, like an installed Cercle (PYTHONDONTWRITEBYTECODE may be set)."""
    import compileall

    import app

    assert compileall.compile_dir(Path(app.__file__).parent, quiet=1)
