"""Render a new centre's first start and every page of the demo centre, at 1280×800, into PNG files
(``make screenshots``; ``python -m app.ui.screenshots FOLDER [fr|en]``, French by default)."""

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.application import Controller, create_application
from app.ui.mainwindow import PAGE_KEYS, MainWindow

SIZE = (1280, 800)
# Pages whose other tabs are worth a look of their own: page key -> (tab index, file suffix).
TABS = {
    "hours": ((1, "balance"), (2, "team")),
    "workshops": ((1, "calendar"), (2, "partners"), (3, "year")),
    "decisions": ((1, "register"),),
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def render(folder: Path, language: str = "fr", today: date | None = None) -> list[Path]:
    """Write one PNG per screen and page; returns their paths."""
    from app.services.demo import create_demo

    folder.mkdir(parents=True, exist_ok=True)
    create_application(language)
    written = render_first_start(folder)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    demo = Path(tempfile.mkdtemp(prefix="cercle-shots-")) / "demo.sqlite3"
    create_demo(demo, today=today)
    controller = Controller(window, str(demo))
    controller.open()
    written.append(shoot(window, folder / "00-who-are-you.png"))
    first = controller.lock_screen.list
    first.setCurrentRow(0)
    controller.lock_screen._enter()
    for index, key in enumerate(PAGE_KEYS, start=1):
        window.show_page(key)
        name = f"{index:02d}-{key.replace('_', '-')}"
        written.append(shoot(window, folder / f"{name}.png"))
        for tab, suffix in TABS.get(key, ()):
            window.page(key).tabs.setCurrentIndex(tab)
            written.append(shoot(window, folder / f"{name}-{suffix}.png"))
    window.close()
    return written


def render_first_start(folder: Path) -> list[Path]:
    """A real centre's first start: welcome, its first member, the set-up's steps, the empty reception."""
    from app.domain.members import MemberDraft
    from app.services import members

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    # Not interactive: a new file becomes the centre without the question a person would be asked.
    new_file = Path(tempfile.mkdtemp(prefix="cercle-shots-")) / "centre.sqlite3"
    controller = Controller(window, str(new_file), interactive=False)
    controller.open()
    screens = window.screens
    screens.currentWidget().name.setText("Centre de santé communautaire du Village 2")
    written = [shoot(window, folder / "first-0-welcome.png")]
    screens.currentWidget().create_button.click()
    first = screens.currentWidget()
    first.name.setText("Amina Benali")
    first.profession.setText("Médecin généraliste")
    first.pin.setText("2468")
    first.pin_again.setText("2468")
    written.append(shoot(window, folder / "first-1-first-member.png"))
    first.continue_button.click()
    assistant = screens.currentWidget()
    written.append(shoot(window, folder / "first-2-setup-centre.png"))
    assistant.next_button.click()
    written.append(shoot(window, folder / "first-3-setup-reception.png"))
    assistant.skip_button.click()
    members.add_member(controller.workspace.ctx, MemberDraft(name="Bruno Petit", profession="Infirmier"))
    assistant.resume(again=True)
    written.append(shoot(window, folder / "first-4-setup-team.png"))
    assistant.next_button.click()
    written.append(shoot(window, folder / "first-5-empty-reception.png"))
    controller.stop_background()
    controller.workspace.close()
    window.close()
    return written


def shoot(window: MainWindow, path: Path) -> Path:
    settle()
    window.grab().save(str(path))
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for written in render(folder, sys.argv[2] if len(sys.argv) > 2 else "fr"):
        print(written)
