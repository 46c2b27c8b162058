"""A file that is not a centre, opened on purpose: Cercle says why it cannot open it, in the user's language,
and leaves the file as it was."""

from PySide6.QtWidgets import QMessageBox

from app.ui.application import Controller
from app.ui.mainwindow import MainWindow
from tests.ui.mouse import answer, click_standard


def test_a_file_that_is_not_a_centre_is_refused_with_its_reason_in_french(qtbot, tmp_path, french):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Liste de courses : pain, lait.", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    said = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    assert not Controller(window, str(notes), interactive=True).open()
    assert said == [f"{notes} n'est pas une base Cercle. Le fichier n'a pas été modifié."]
    assert notes.read_text(encoding="utf-8") == "Liste de courses : pain, lait."
