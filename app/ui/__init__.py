"""The Qt Widgets interface: main window, one page per area, dialogs, Qt models over the services."""

import os

# Qt's raster painter splits every fill taller than about a hundred lines (a tab's frame, a table's
# background, a scroll bar) across a pool of threads and waits for them: for a widget, waking the threads
# costs more than the fill, and with the cores shared the paint waits for them to be scheduled. Without the
# pool a page's paint took a third less processor time (Workshops: 15 → 10 ms). Read by Qt when it would
# first make the pool, so set before anything is painted.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
