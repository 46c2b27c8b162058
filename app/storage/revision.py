"""Developer tool: write a new Alembic revision from the difference between the tables and the migrations.

    python -m app.storage.revision 0002 "hours and balance"
"""

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.storage.engine import alembic_config, create_cercle_engine, upgrade


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = create_cercle_engine(f"sqlite:///{Path(folder) / 'scratch.sqlite3'}")
        upgrade(engine)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
