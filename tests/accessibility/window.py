"""The real window on the demo centre, page by page, for a screen reader's walk (tests/accessibility).

Run by ``reader.py`` under Xvfb with the accessibility bus: it prints ``page KEY`` once a page (or tab) is
shown and settled, then waits for ``next`` on its standard input, while the event loop keeps answering the
screen reader's questions; ``done`` at the end.
"""

import sys
import tempfile
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.application import Controller, create_application
from app.ui.mainwindow import PAGE_KEYS, MainWindow

TODAY = date(2026, 12, 9)  # a Wednesday: a week with shifts taken and free


class Prompter(QObject):
    """Lines of the standard input, delivered in the GUI thread."""

    line = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for text in sys.stdin:
            self.line.emit(text.strip())


def screens(window: MainWindow):
    """Each page, and each tab of a page with tabs, in turn: shows it, yields its name."""
    for key in PAGE_KEYS:
        window.show_page(key)
        tabs = getattr(window.page(key), "tabs", None)
        if tabs is None:
            yield key
            continue
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            yield f"{key}:{tab}"


def main() -> int:
    from app.demo.centre import create_demo

    app = create_application("fr")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    demo = Path(tempfile.mkdtemp(prefix="cercle-a11y-")) / "demo.sqlite3"
    create_demo(demo, today=TODAY)
    controller = Controller(window, str(demo))
    controller.open()
    controller.stop_background()  # no catch-up refreshing a page under the reader
    controller.lock_screen.list.setCurrentRow(0)
    controller.lock_screen._enter()
    walk = screens(window)

    def advance(_line: str = "") -> None:
        name = next(walk, None)
        if name is None:
            print("done", flush=True)
            app.quit()
            return
        QTimer.singleShot(300, lambda: print(f"page {name}", flush=True))  # painted and settled first

    prompter = Prompter()
    prompter.line.connect(advance)
    prompter.start()
    advance()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
