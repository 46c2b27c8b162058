"""A writer killed by tests/storage/test_crash_durability.py: commits members one by one, printing each id.

Usage: python crash_writer.py DATABASE_FILE. Prints ``ready`` once the database is open, then the id of
each member right after its transaction has committed, until it is killed.
"""

import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from app.domain.members import MemberDraft
from app.services import members
from app.services.context import Context
from app.storage.engine import open_database


def main(path: str) -> None:
    ctx = Context(open_database(f"sqlite:///{path}"), system="tests")
    print("ready", flush=True)
    for number in itertools.count():
        added = members.add_member(ctx, MemberDraft(name=f"Burst member {number}"))
        print(added.id, flush=True)  # printed only once committed


if __name__ == "__main__":
    main(sys.argv[1])
