"""Killing Cercle in the middle of a burst of writes loses nothing that was committed and damages nothing.

A child process commits members one by one and prints each id once committed; the parent SIGKILLs it at
a random moment, then checks the file (``cercle check``) and looks for every printed id.
Run ``python tests/storage/test_crash_durability.py 100`` for 100 rounds and a figure.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.services import centre
from app.services.context import Context
from app.storage.check import check_database
from app.storage.engine import copy_file_database, open_database

WRITER = Path(__file__).with_name("crash_writer.py")


def make_template(folder: Path) -> Path:
    """A migrated centre, copied for each round (migrating once keeps the rounds fast)."""
    path = folder / "template.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    centre.create_centre(Context(engine, system="tests"), centre.CentreDraft(name="Centre de test"))
    engine.dispose()
    return path


def crash_round(template: Path, folder: Path, rng: random.Random) -> tuple[int, int]:
    """One burst killed at a random moment; asserts soundness; returns (ids committed, ids found)."""
    database = folder / f"round-{rng.getrandbits(32):08x}.sqlite3"
    copy_file_database(template, database)
    child = subprocess.Popen([sys.executable, str(WRITER), str(database)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.3))
    os.kill(child.pid, signal.SIGKILL)
    output, _ = child.communicate()
    committed = {int(line) for line in output.split()}
    check_database(f"sqlite:///{database}")  # raises DatabaseRefused when damaged
    connection = sqlite3.connect(database)
    try:
        found = {row[0] for row in connection.execute("SELECT id FROM member")}
    finally:
        connection.close()
    missing = committed - found
    assert not missing, f"committed but lost: {sorted(missing)}"
    return len(committed), len(found)


def test_ten_kills_in_a_burst_lose_no_committed_transaction(tmp_path):
    rng = random.Random()
    template = make_template(tmp_path)
    written = [crash_round(template, tmp_path, rng)[0] for _ in range(10)]
    assert sum(written) > 0  # the writer did commit something before most kills


def main(rounds: int) -> int:
    import tempfile

    rng = random.Random()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CERCLE_DATA_DIR", folder)
        template = make_template(Path(folder))
        sound, committed = 0, 0
        for _ in range(rounds):
            try:
                committed += crash_round(template, Path(folder), rng)[0]
                sound += 1
            except AssertionError as error:
                print(f"round failed: {error}")
            except Exception as error:  # noqa: BLE001 - a refused database is a failed round too
                print(f"round failed: {error}")
    print(f"{sound}/{rounds} rounds killed with SIGKILL: database sound and every committed transaction "
          f"present ({committed} commits in all)")
    return 0 if sound == rounds else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
