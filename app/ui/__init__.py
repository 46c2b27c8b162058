"""The Qt Widgets interface: main window, one page per area, dialogs, Qt models over the services.

Loading it sets up two things for the whole process, before anything is painted:

- Python gets its own ``import`` back from PySide's ``__feature__`` hook. Once loaded, PySide routes every
  import statement through Python code and reads the whole source of each new module, to find out whether it
  names PySide6 (for ``from __feature__ import snake_case``, which Cercle does not use): about a tenth of the
  processor time of a start. Without the hook these features are simply off everywhere, as by default.
- Qt's raster painter stops splitting every fill taller than about a hundred lines (a tab's frame, a table's
  background, a scroll bar) across a pool of threads and waiting for them: for a widget, waking the threads
  costs more than the fill, and with the cores shared the paint waits for them to be scheduled. Without the
  pool a page's paint took a third less processor time (Workshops: 15 → 10 ms). Qt reads the variable when it
  would first make the pool.
"""

import builtins
import os

import PySide6.QtCore  # noqa: F401 - installs the hook (once), which is then taken away

builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
