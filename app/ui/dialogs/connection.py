"""Where this computer finds the centre: a file here, or the centre's server; test before keeping it."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.errors import CercleError
from app.services import database
from app.services.database import DEFAULT_PORT, ServerAddress
from app.ui import background, connection
from app.ui.connection import FILE, SERVER, ConnectionChoice
from app.ui.desk import run_modal
from app.ui.widgets import ErrorLabel


class ConnectionDialog(QDialog):
    """Use :meth:`choose`. Saving tests the connection first; a refused one is not kept.

    The test waits for the server up to a few seconds: it runs off the GUI thread (app.ui.background).
    """

    def __init__(self, current: ConnectionChoice | None, default_path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connection"))
        self.chosen: ConnectionChoice | None = None
        layout = QVBoxLayout(self)
        self.here = QRadioButton(self.tr("This computer (a database file)"))
        self.server = QRadioButton(self.tr("The centre's server (shared by several computers)"))
        kinds = QButtonGroup(self)
        for button in (self.here, self.server):
            kinds.addButton(button)
            layout.addWidget(button)

        self.file_box = QGroupBox(self.tr("File"))
        row = QHBoxLayout(self.file_box)
        self.path = QLineEdit(current.path if current and current.kind == FILE else default_path)
        self.path.setAccessibleName(self.tr("Database file"))
        self.path.setMinimumWidth(420)  # a whole path, from the home folder to the file
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addWidget(self.file_box)

        self.server_box = QGroupBox(self.tr("Server"))
        form = QFormLayout(self.server_box)
        address = current.server if current and current.kind == SERVER else None
        self.host = self._field(form, self.tr("Host"), address.host if address else "")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(address.port if address else DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        form.addRow(self.tr("Port"), self.port)
        self.database = self._field(form, self.tr("Database"), address.database if address else "cercle")
        self.user = self._field(form, self.tr("User"), address.user if address else "")
        self.password = self._field(form, self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        keeping = QLabel(
            self.tr("The password is kept in this computer's keyring.") if connection.has_keyring()
            else self.tr("This computer has no keyring: the password will be asked at each start, "
                         "and never written down.")
        )
        keeping.setWordWrap(True)
        form.addRow(keeping)
        layout.addWidget(self.server_box)

        self.error = ErrorLabel()
        self.success = QLabel()
        self.success.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.success)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        self.test_button = buttons.addButton(self.tr("Test the connection"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.here.toggled.connect(self._follow_kind)
        (self.server if address else self.here).setChecked(True)
        self._follow_kind()

    def _field(self, form: QFormLayout, label: str, value: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setAccessibleName(label)
        form.addRow(label, field)
        return field

    @classmethod
    def choose(cls, parent: QWidget, default_path: str) -> ConnectionChoice | None:
        """Let the person choose; the choice is stored (applies at the next start), or None if cancelled."""
        dialog = cls(connection.load_choice(), default_path, parent)
        return dialog.chosen if run_modal(dialog) == QDialog.DialogCode.Accepted else None

    def _follow_kind(self) -> None:
        self.file_box.setEnabled(self.here.isChecked())
        self.server_box.setEnabled(self.server.isChecked())

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path.text(), self.tr("Cercle databases (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)

    def choice(self) -> ConnectionChoice:
        if self.here.isChecked():
            return ConnectionChoice(FILE, path=self.path.text().strip())
        address = ServerAddress(host=self.host.text().strip(), port=self.port.value(),
                                database=self.database.text().strip(), user=self.user.text().strip())
        return ConnectionChoice(SERVER, server=address, needs_password=bool(self.password.text()))

    def url(self) -> str:
        return connection.choice_url(self.choice(), lambda _server: self.password.text())

    def test(self) -> None:
        """Try the connection and say the outcome."""
        self._try_then(lambda: None)

    def save(self) -> None:
        """Keep the choice once Cercle could use it; a refused one is said and not kept."""
        self._try_then(self._keep)

    def _try_then(self, usable: Callable[[], None]) -> None:
        """Try the connection off the GUI thread and say the outcome; ``usable()`` if Cercle can use it."""
        self.success.hide()
        try:
            url = self.url()
        except CercleError as error:
            self.error.show_error(error)
            return
        background.run(self, self.tr("Test the connection"), lambda: database.test_connection(url),
                       lambda problem: self._tested(problem, usable), self.error.show_error)

    def _tested(self, problem: CercleError | None, usable: Callable[[], None]) -> None:
        if problem is not None:
            self.error.show_error(problem)
            return
        self.error.clear_error()
        self.success.setText(self.tr("Cercle can use this database."))
        self.success.show()
        usable()

    def _keep(self) -> None:
        choice = self.choice()
        kept = connection.save_choice(choice, self.password.text() or None)
        self.chosen = choice
        done = self.tr("Cercle uses this database from its next start.") if kept else self.tr(
            "Cercle uses this database from its next start. This computer has no keyring: the password "
            "will be asked at each start.")
        QMessageBox.information(self, self.tr("Connection"), done)
        self.accept()


def ask_password(parent: QWidget | None, server: ServerAddress) -> str | None:
    """Ask for the server's password (kept in memory only); None if the person cancels."""
    translate = QCoreApplication.translate
    password, given = QInputDialog.getText(
        parent, translate("ConnectionDialog", "Password"),
        i18n.fill(translate("ConnectionDialog", "Password of {user} on the server {host}:"),
                  user=server.user, host=server.host),
        QLineEdit.EchoMode.Password,
    )
    return password if given else None
