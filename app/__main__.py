"""``python -m app`` does what the ``cercle`` command does."""

import sys

from app.cli import main

sys.exit(main())
