"""Entry point of the packaged Cercle (PyInstaller)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
