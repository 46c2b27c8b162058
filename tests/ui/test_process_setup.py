"""What loading the interface sets up for the whole process (app/ui/__init__.py), on the pinned PySide6.

Both rest on PySide6 and Qt details: if an upgrade renames them, this says so (and start-up and paints would
silently cost again what they saved).
"""

import subprocess
import sys

SCRIPT = """
import builtins, os
import PySide6.QtCore
hooked = builtins.__import__ is not builtins.__orig_import__
import app.ui
print(hooked, builtins.__import__ is builtins.__orig_import__, os.environ.get("QT_NO_GUI_THREADPOOL"))
"""


def test_the_interface_takes_pysides_import_hook_away_and_qts_painting_threads():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "1"]  # PySide hooks import; app.ui gives Python its own back
