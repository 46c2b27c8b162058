"""The Qt Widgets interface: main window, one page per area, dialogs, Qt models over the services.

Loading it gives Python its own ``import`` back from PySide's ``__feature__`` hook. Once loaded, PySide routes
every import statement through Python code and reads the whole source of each new module, to find out whether
it names PySide6 (for ``from __feature__ import snake_case``, which Cercle does not use): about a tenth of the
processor time of a start. Without the hook these features are simply off everywhere, as by default.
"""

import builtins

import PySide6.QtCore  # noqa: F401 - installs the hook (once), which is then taken away

builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
