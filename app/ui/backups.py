"""The Backups box of the Settings page: back up now, and restore a backup chosen from a list."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.errors import QT_TRANSLATE_NOOP
from app.formatting import clock, long_date
from app.services import backups, database
from app.services.backups import BackupInfo
from app.ui import background
from app.ui.desk import run_modal
from app.ui.widgets import confirm, show_error

# what a backup holds, each figure with its noun (i18n.plural: « 1 membre », « 1 proposition », « 0 créneau »)
MEMBERS = (QT_TRANSLATE_NOOP("BackupsBox", "{count} member"), QT_TRANSLATE_NOOP("BackupsBox", "{count} members"))
PROPOSALS = (QT_TRANSLATE_NOOP("BackupsBox", "{count} proposal"),
             QT_TRANSLATE_NOOP("BackupsBox", "{count} proposals"))
SHIFTS = (QT_TRANSLATE_NOOP("BackupsBox", "{count} shift"), QT_TRANSLATE_NOOP("BackupsBox", "{count} shifts"))


def backup_label(info: BackupInfo, parent: QWidget | None = None) -> str:
    template = QCoreApplication.translate("BackupsBox", "{day} at {time}: {members}, {proposals}, {shifts}")
    return template.format(
        day=long_date(info.moment.date()), time=clock(info.moment.time()),
        members=i18n.plural(info.members, *MEMBERS), proposals=i18n.plural(info.proposals, *PROPOSALS),
        shifts=i18n.plural(info.shifts, *SHIFTS))


class RestoreDialog(QDialog):
    """The backups of the data folder, newest first, with what each holds; returns the one chosen."""

    def __init__(self, found: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the backup that will replace the whole centre:")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for info in found:
            item = QListWidgetItem(backup_label(info, self))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(700, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @classmethod
    def choose(cls, found: list[BackupInfo], parent: QWidget | None = None) -> Path | None:
        dialog = cls(found, parent)
        return dialog.chosen() if run_modal(dialog) == QDialog.DialogCode.Accepted else None


class BackupsBox(QGroupBox):
    """"Back up now" and "Restore…". The restore itself is done by the window's controller, which closes
    the centre, replaces the file and reopens it (``workspace.restore_backup(path)``)."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.workspace = workspace
        layout = QVBoxLayout(self)
        self.last = QLabel()
        layout.addWidget(self.last)
        row = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore)
        is_file = database.file_of_centre(workspace.ctx) is not None
        self.restore_button.setEnabled(is_file and not workspace.is_demo)
        self.back_up_button.setEnabled(not workspace.is_demo)
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        found = self.listed()
        if found is not None:
            self.last.setText(self.tr("Last backup: {when}").format(when=backup_label(found[0], self)) if found
                              else self.tr("No backup yet."))

    def listed(self) -> list[BackupInfo] | None:
        """The backups of the data folder; None, and the system's refusal shown in the box, when the folder
        cannot be read or made."""
        try:
            return backups.list_backups()
        except OSError as error:
            self.last.setText(i18n.message(error))
            return None

    def back_up(self) -> bool:
        """Write and check a backup off the GUI thread (a second on ten years); False when other work is
        under way, and nothing started."""
        ctx, title = self.workspace.ctx, self.tr("Back up now")
        return background.run(self, self.tr("Backing up the centre…"), lambda: backups.back_up_now(ctx),
                              lambda _written: self.refresh(), lambda error: show_error(self, title, error))

    def restore(self) -> None:
        found = self.listed()
        chosen = RestoreDialog.choose(found, self) if found is not None else None
        if chosen is not None:
            self.restore_file(chosen)

    def restore_file(self, chosen: Path) -> bool:
        """Check the backup off the GUI thread (a second on ten years), then confirm, then hand the restore to
        the controller: a damaged backup is refused before the question, never after a yes. False when
        other work is under way, and nothing started."""
        title = self.tr("Restore a backup")
        return background.run(self, self.tr("Checking the backup…"), lambda: backups.check_backup(chosen),
                              lambda _checked: self.confirm_restore(chosen),
                              lambda error: show_error(self, title, error))

    def confirm_restore(self, chosen: Path) -> bool:
        """Confirm, then hand the restore of the checked backup to the controller; False when cancelled or
        when it cannot start."""
        if not confirm(self, self.tr("Restore a backup"),
                       self.tr("The whole centre will be replaced by this backup; a safety copy of the "
                               "current file is kept. Cercle will then reopen the centre. Restore it?")):
            return False
        restore_backup = self.workspace.restore_backup
        if restore_backup is None:
            advice = self.tr("Restart Cercle and run: cercle restore {file}").format(file=chosen)
            QMessageBox.information(self, self.tr("Restore a backup"), advice)
            return False
        return restore_backup(chosen)
