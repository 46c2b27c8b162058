"""`make screenshots`: the first start, every page and tab, every dialog and question, in French and English."""

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage

from app.ui import screenshots
from app.ui.mainwindow import PAGE_KEYS

# The offscreen platform's own notice when a window is shown; nothing to do with Cercle's screens.
PLATFORM_NOTICE = "This plugin does not support propagateSizeHints()"


def expected_files() -> list[str]:
    first_start = ["first-0-welcome", "first-1-first-member", "first-2-setup-centre", "first-3-setup-reception",
                   "first-4-setup-team", "first-5-empty-reception", "00-who-are-you"]
    pages = []
    for index, key in enumerate(PAGE_KEYS, start=1):
        name = f"{index:02d}-{key.replace('_', '-')}"
        pages += [name] + [f"{name}-{suffix}" for _tab, suffix in screenshots.TABS.get(key, ())]
    return sorted([f"{name}.png" for name in first_start + pages] + screenshots.scene_files()
                  + screenshots.dialog_files() + screenshots.question_files())


def test_every_screen_and_dialog_is_rendered_in_both_languages_without_qt_warnings(qapp, english, tmp_path):
    warnings: list[str] = []

    def keep(kind, _context, message) -> None:
        if kind != QtMsgType.QtDebugMsg and message != PLATFORM_NOTICE:
            warnings.append(message)

    previous = qInstallMessageHandler(keep)
    try:
        written = screenshots.render_all(tmp_path / "shots", scratch=tmp_path / "scratch")
    finally:
        qInstallMessageHandler(previous)
        qapp.setStyleSheet("")

    assert warnings == []
    expected = expected_files()
    assert len(expected) > 70 and {"dialog-proposal-close.png", "question-claim-shift.png"} <= set(expected)
    for language in ("fr", "en"):
        folder = tmp_path / "shots" / language
        assert sorted(path.name for path in folder.iterdir()) == expected
        for name in expected:
            image = QImage(str(folder / name))
            assert not image.isNull(), name
            if not name.startswith(("dialog-", "question-")):
                assert (image.width(), image.height()) == screenshots.SIZE, name
    assert len(written) == 2 * len(expected)
    assert not (tmp_path / "scratch").exists()  # the centres photographed are gone
