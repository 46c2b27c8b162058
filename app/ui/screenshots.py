"""Render, in French and in English, a new centre's first start, every page and tab of the demo centre, every
dialog of Cercle and every question a page asks, into PNG files (``make screenshots``): ``fr/…`` and ``en/…``
under the folder given.

Windows are 1280×800, dialogs their natural size under a strip with their title (offscreen windows have no
frame). The demo centre is made and shown at a fixed day, in a folder of a fixed name, so that the files only
change when the screens do. Dialogs are shown without their event loop: shown, grabbed, closed. Questions
(confirmations, a reason to type) are the page's own: photographed once open, then answered No.
"""

from __future__ import annotations  # the services' types appear in annotations only: loaded when needed

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget

from app.ui.application import Controller, create_application
from app.ui.mainwindow import PAGE_KEYS, MainWindow

if TYPE_CHECKING:
    from app.domain.consensus import ProposalStatus
    from app.services.context import Context
    from app.services.decisions import ProposalDetail
    from app.services.members import MemberView
    from app.services.rota import ShiftView
    from app.services.workshops import SessionView
    from app.ui.workspace import Workspace

Screen = TypeVar("Screen", bound=QWidget)

LANGUAGES = ("fr", "en")
SIZE = (1280, 800)
# The demo centre's day: a Thursday, in the middle of a working week.
DEMO_DAY = date(2026, 12, 3)
# The demo centre's file: the Settings page shows its path.
SCRATCH = Path(tempfile.gettempdir()) / "cercle-screenshots"
# The pages' other tabs: page key -> (tab index, file suffix).
TABS = {
    "decisions": ((1, "register"),),
    "workshops": ((1, "calendar"), (2, "partners"), (3, "year-summary")),
    "meetings": ((1, "attendance"), (2, "actions"), (3, "minutes")),
    "hours": ((1, "balance"), (2, "team")),
    "team": ((1, "people"),),
}
TITLE_HEIGHT = 28


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def render_all(folder: Path, today: date = DEMO_DAY, scratch: Path = SCRATCH) -> list[Path]:
    """Every screen in each language, into ``folder/<language>``; returns the paths written."""
    written = []
    for language in LANGUAGES:
        written += render(folder / language, language, today, scratch)
    return written


def render(folder: Path, language: str = "fr", today: date = DEMO_DAY, scratch: Path = SCRATCH) -> list[Path]:
    """Write one PNG per screen, page, dialog and question in ``language``; returns their paths. ``scratch``
    (emptied, then removed) holds the centres photographed and this computer's preferences meanwhile."""
    folder.mkdir(parents=True, exist_ok=True)
    create_application(language)
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        with data_folder(scratch / "data"):
            return render_first_start(folder, scratch, today) + render_demo(folder, scratch, today)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def data_folder(folder: Path) -> Iterator[None]:
    """The data folder is ``folder`` meanwhile: the screens never show (nor change) the user's own."""
    previous = os.environ.get("CERCLE_DATA_DIR")
    os.environ["CERCLE_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["CERCLE_DATA_DIR"]
        else:
            os.environ["CERCLE_DATA_DIR"] = previous


def shown(window: MainWindow, kind: type[Screen]) -> Screen:
    """The screen ``window`` shows, a ``kind``."""
    screen = window.screens.currentWidget()
    assert isinstance(screen, kind), f"{kind.__name__} expected, {type(screen).__name__} shown"
    return screen


def page_tabs(window: MainWindow, key: str) -> QTabWidget:
    """The tabs of the page ``key``, one of TABS."""
    tabs = getattr(window.page(key), "tabs", None)  # MainWindow knows its pages as plain widgets
    assert isinstance(tabs, QTabWidget), f"the page {key} has no tabs"
    return tabs


def detail_in_sight(page: QWidget, shown: bool = True) -> None:
    """A page whose list and chosen item are shown in turn in a narrow window (its PaneTabs ``panes``) shows
    the chosen item, or the list again; beside each other, both are in sight anyway."""
    panes = getattr(page, "panes", None)
    if panes is not None:
        panes.setCurrentIndex(1 if shown else 0)


def render_demo(folder: Path, scratch: Path, today: date) -> list[Path]:
    """The demo centre: who are you, every page and tab, every dialog and question."""
    from app.demo.centre import create_demo

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    controller = Controller(window, str(create_demo(scratch / "demo.sqlite3", today=today)), interactive=False)
    controller.open()
    fix_clock(controller.open_workspace.ctx, today)
    written = [shoot(window, folder / "00-who-are-you.png")]
    controller.lock_screen.list.setCurrentRow(0)
    controller.lock_screen._enter()
    controller.stop_background()  # no reminder nor backup of the demo while it is photographed
    for index, key in enumerate(PAGE_KEYS, start=1):
        window.show_page(key)
        name = f"{index:02d}-{key.replace('_', '-')}"
        written.append(shoot(window, folder / f"{name}.png"))
        for tab, suffix in TABS.get(key, ()):
            detail_in_sight(window.page(key))
            page_tabs(window, key).setCurrentIndex(tab)
            written.append(shoot(window, folder / f"{name}-{suffix}.png"))
        if key in TABS:
            page_tabs(window, key).setCurrentIndex(0)
            detail_in_sight(window.page(key), False)
    demo = Demo(window, controller.open_workspace, today)
    written += render_cycle(demo, folder) + render_meetings_outside(demo, folder) + render_no_show(demo, folder)
    written += render_dialogs(demo, folder) + render_questions(demo, folder)
    controller.close()
    window.close()
    return written


CYCLE_SHOT = "04-workshops-cycle"
NO_SHOW_SHOT = "02-reception-no-show"
# The meetings with people from outside the team, by the kind of meeting (a MeetingKind's value), and the two
# inner tabs of their Attendance and roles tab.
OUTSIDE_MEETINGS = {"steering": "steering_committee", "relays": "relays"}
ATTENDANCE_SECTIONS = ("team", "outside")


def scene_files() -> list[str]:
    """The demo's scenes photographed beyond the pages and tabs: the cycle, the meetings with outside people."""
    return [f"{CYCLE_SHOT}.png", f"{NO_SHOW_SHOT}.png"] + [
        f"05-meetings-attendance-{name}-{section}.png" for name in OUTSIDE_MEETINGS for section in ATTENDANCE_SECTIONS]


def render_cycle(demo: Demo, folder: Path) -> list[Path]:
    """The Workshops page on the demo's closed cycle: its sessions, its members, its waiting list, who left."""
    from app.services import workshops
    from app.ui.pages.workshops import WorkshopsPage

    cycle = next((w for w in workshops.list_workshops(demo.ctx) if w.is_cycle), None)
    if cycle is None:
        return []
    demo.window.show_page("workshops")
    page = demo.window.page("workshops")
    assert isinstance(page, WorkshopsPage)
    shown_first = page.selected_workshop()
    page.select_workshop(cycle.id)
    written = [shoot(demo.window, folder / f"{CYCLE_SHOT}.png")]
    if shown_first is not None:
        page.select_workshop(shown_first.id)  # the questions below start from the page as it opened
    return written


def render_meetings_outside(demo: Demo, folder: Path) -> list[Path]:
    """The steering committee's partners and guests, and the habitants-relais' meeting held last with its
    guests: the inner tabs of the Attendance and roles tab."""
    from app.domain.meetings import MeetingStatus
    from app.services import meetings
    from app.ui.pages.meetings.page import MeetingsPage

    demo.window.show_page("meetings")
    page = demo.window.page("meetings")
    assert isinstance(page, MeetingsPage)
    held = [m for m in meetings.list_meetings(demo.ctx) if m.status != MeetingStatus.PLANNED]
    written = []
    for name, kind in OUTSIDE_MEETINGS.items():
        meeting = next((m for m in held if m.kind == kind), None)
        if meeting is None:
            continue
        page.select_meeting(meeting.id)
        detail_in_sight(page)
        page.tabs.setCurrentWidget(page.attendance)
        for tab, section in enumerate(ATTENDANCE_SECTIONS):
            page.attendance.sections.setCurrentIndex(tab)
            written.append(shoot(demo.window, folder / f"05-meetings-attendance-{name}-{section}.png"))
    page.attendance.sections.setCurrentIndex(0)
    page.tabs.setCurrentIndex(0)
    detail_in_sight(page, False)
    page.select_meeting(meetings.list_meetings(demo.ctx)[0].id)
    return written


def render_no_show(demo: Demo, folder: Path) -> list[Path]:
    """The Reception page once a holder of this morning's shift is marked as a no-show, the shift's menu open
    (painted where a right click opens it: a menu popped up offscreen is a window the page's picture misses).
    The mark is undone afterwards: the next screens show the demo as it was."""
    from app.services import rota
    from app.ui.pages.reception import ReceptionPage, by_name

    demo.window.show_page("reception")
    page = demo.window.page("reception")
    assert isinstance(page, ReceptionPage)
    shift = next(s for s in rota.shifts_between(demo.ctx, demo.today, demo.today)
                 if len(s.claimants) > 1 and rota.has_started(demo.ctx, s))
    holder = by_name(shift)[-1]
    answer_yes()
    page.set_no_show(shift, holder, True)
    settle()
    menu = page.fill_seat_menu(page.selected() or shift)
    menu.adjustSize()
    picture = demo.window.grab()
    painter = QPainter(picture)
    at = page.grid.viewport().mapTo(demo.window, page.grid.visualRect(page.grid.currentIndex()).center())
    at.setX(min(at.x(), picture.width() - menu.width()))  # as a menu opens, inside the screen
    painter.drawPixmap(at, menu.grab())
    painter.end()
    path = folder / f"{NO_SHOW_SHOT}.png"
    picture.save(str(path))
    rota.mark_no_show(demo.ctx, holder.claim_id, no_show=False)
    page.go_to_today()
    return [path]


def answer_yes(tries: int = 250) -> None:
    """Answer Yes to the next question once it is open (polling every 20 ms, for 5 s at most)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
    elif tries:
        QTimer.singleShot(20, lambda: answer_yes(tries - 1))


def fix_clock(ctx: Context, today: date) -> None:
    """The open centre's clock stops at 9:00 on ``today``."""
    moment = datetime.combine(today, time(9, 0), tzinfo=ctx.timezone)
    ctx.clock = lambda: moment


def render_first_start(folder: Path, scratch: Path, today: date) -> list[Path]:
    """A real centre's first start: welcome, its first member, the set-up's steps, the empty reception."""
    from app.domain.members import MemberDraft
    from app.services import members
    from app.ui.pages.first_start import FirstMemberScreen, SetupScreen
    from app.ui.pages.welcome import WelcomeScreen

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    # Not interactive: a new file becomes the centre without the question a person would be asked.
    controller = Controller(window, str(scratch / "centre.sqlite3"), interactive=False)
    controller.open()
    fix_clock(controller.open_workspace.ctx, today)
    welcome = shown(window, WelcomeScreen)
    welcome.name.setText("Centre de santé communautaire du Village 2")
    written = [shoot(window, folder / "first-0-welcome.png")]
    welcome.create_button.click()
    fix_clock(controller.open_workspace.ctx, today)  # the centre just created has a workspace of its own
    first = shown(window, FirstMemberScreen)
    first.name.setText("Amina Benali")
    first.profession.setText("Médecin généraliste")
    first.pin.setText("2468")
    first.pin_again.setText("2468")
    written.append(shoot(window, folder / "first-1-first-member.png"))
    first.continue_button.click()
    controller.stop_background()
    assistant = shown(window, SetupScreen)
    written.append(shoot(window, folder / "first-2-setup-centre.png"))
    assistant.next_button.click()
    written.append(shoot(window, folder / "first-3-setup-reception.png"))
    assistant.skip_button.click()
    members.add_member(controller.open_workspace.ctx, MemberDraft(name="Bruno Petit", profession="Infirmier"))
    assistant.resume(again=True)
    written.append(shoot(window, folder / "first-4-setup-team.png"))
    assistant.next_button.click()
    written.append(shoot(window, folder / "first-5-empty-reception.png"))
    controller.close()
    window.close()
    return written


def shoot(window: QWidget, path: Path) -> Path:
    settle()
    window.grab().save(str(path))
    return path


# --- dialogs --------------------------------------------------------------------------------------------


@dataclass
class Demo:
    """The demo centre open in the window, with someone at the desk: what the dialogs are built from."""

    window: MainWindow
    workspace: Workspace
    today: date

    @property
    def ctx(self) -> Context:
        return self.workspace.ctx

    def member(self, index: int = 0) -> MemberView:
        from app.services import members

        return members.list_members(self.ctx)[index]

    def proposal(self, *statuses: ProposalStatus) -> ProposalDetail:
        from app.services import decisions

        return decisions.get_proposal(self.ctx, decisions.list_proposals(self.ctx, statuses)[0].id)

    def session(self, with_registrations: bool = False) -> SessionView:
        from app.services import workshops

        sessions = [s for s in workshops.sessions_between(self.ctx, self.today, self.today + timedelta(days=60),
                                                          include_cancelled=False)
                    if s.confirmed_places or not with_registrations]
        return sessions[0]

    def my_shift(self) -> ShiftView:
        from app.services import rota

        actor = self.workspace.actor_id
        assert actor is not None, "the dialogs are photographed with someone at the desk"
        return rota.member_shifts(self.ctx, actor, self.today, self.today + timedelta(days=60))[0]

    def monday(self) -> date:
        return self.today - timedelta(days=self.today.weekday())


def member_dialog(demo: Demo, edit: bool) -> QDialog:
    from app.ui.dialogs.member import MemberDialog

    return MemberDialog(demo.ctx, demo.member() if edit else None, demo.window)


def member_rota_dialog(demo: Demo) -> QDialog:
    from app.ui.dialogs.rota_setup import MemberRotaDialog

    return MemberRotaDialog(demo.ctx, demo.member(1), demo.window)


def room_dialog(demo: Demo, edit: bool) -> QDialog:
    from app.services import rooms
    from app.ui.dialogs.rooms import RoomDialog

    return RoomDialog(demo.ctx, rooms.list_rooms(demo.ctx)[0] if edit else None, demo.window)


def person_dialog(demo: Demo, edit: bool) -> QDialog:
    from app.services import people
    from app.ui.dialogs.people import PersonDialog

    contacts = [p for p in people.list_people(demo.ctx) if p.partner_id is not None]
    return PersonDialog(demo.ctx, contacts[0] if edit and contacts else None, demo.window)


def import_dialog(demo: Demo) -> QDialog:
    """A members' file with a new member, one already known, and a line with an error."""
    from app.domain.imports import Kind
    from app.services import imports
    from app.ui.dialogs.imports import ImportDialog

    known = demo.member()
    rows = [["Nom", "Fonction", "Heures", "Jours"],
            ["Claire Dubois", "Infirmière", "28", "lun mar jeu"],
            [known.name, known.profession, "35", "lun mar mer jeu ven"],
            ["Hugo Martin", "Kinésithérapeute", "beaucoup", "mer"]]
    preview = imports.preview_rows(demo.ctx, Kind.MEMBERS, rows)
    return ImportDialog(demo.ctx, preview, "equipe.csv", demo.window)


def meeting_dialog(demo: Demo, edit: bool) -> QDialog:
    from app.services import meetings
    from app.ui.dialogs.meeting import MeetingDialog

    if not edit:  # the habitants-relais' monthly series: the repeat rows and the days they give
        from PySide6.QtCore import QTime

        from app.domain.meetings import MeetingKind
        from app.ui.repeat import MONTHLY_NTH

        dialog = MeetingDialog(demo.ctx, demo.today, demo.window)
        dialog.kind.setCurrentIndex(max(0, dialog.kind.findData(MeetingKind.RELAYS.value)))
        dialog.title.setText(dialog.kind.currentText())
        dialog.start.setTime(QTime(18, 0))
        dialog.end.setTime(QTime(19, 30))
        dialog.repeat.kind.setCurrentIndex(MONTHLY_NTH)
        return dialog
    meeting = meetings.next_meeting(demo.ctx)
    assert meeting is not None, "the demo centre plans its meetings ahead"
    return MeetingDialog(demo.ctx, meeting.day, demo.window, meeting)


def notes_conflict_dialog(demo: Demo) -> QDialog:
    from app.ui.dialogs.meeting import NotesConflictDialog

    return NotesConflictDialog("Accord pour tester le nouveau planning en janvier.\nBilan en février.",
                               "Accord pour tester le nouveau planning en janvier.\nRelancer la mairie.",
                               demo.window)


def edited_elsewhere_dialog(demo: Demo) -> QDialog:
    from app.ui.dialogs.conflict import EditedElsewhereDialog

    field = QCoreApplication.translate("MemberDialog", "Phone")
    text = QCoreApplication.translate("MemberDialog", "Someone else saved {name} while you were editing.").format(
        name=demo.member().name)
    return EditedElsewhereDialog(text, [(field, "06 12 34 56 78", "06 98 76 54 32")], demo.window)


def proposal_dialog(demo: Demo, kind: str) -> QDialog:
    from app.domain.consensus import ProposalStatus as Status
    from app.ui.dialogs import decisions

    if kind == "new":
        return decisions.ProposalDialog(demo.ctx, None, demo.window)
    dialog, statuses = {
        "position": (decisions.PositionDialog, (Status.OPEN,)),
        "amend": (decisions.AmendDialog, (Status.OPEN,)),
        "close": (decisions.CloseDialog, (Status.OPEN,)),
        "postpone": (decisions.PostponeDialog, (Status.OPEN,)),
        "reopen": (decisions.ReopenDialog, (Status.ADOPTED, Status.NOT_ADOPTED)),
    }[kind]
    return dialog(demo.ctx, demo.proposal(*statuses), parent=demo.window)


def workshop_dialog(demo: Demo, kind: str) -> QDialog:
    from app.services import workshops
    from app.ui.dialogs import workshops as dialogs

    if kind == "new":
        return dialogs.WorkshopDialog(demo.ctx, None, demo.window)
    if kind == "session":  # a weekly series
        from app.ui.repeat import WEEKLY

        planning = dialogs.SessionDialog(demo.ctx, demo.session().workshop_id, None, demo.window)
        planning.repeat.kind.setCurrentIndex(WEEKLY)
        return planning
    if kind == "partner":
        return dialogs.PartnerDialog(demo.ctx, None, demo.window)
    if kind == "themes":
        return dialogs.ThemesDialog(demo.ctx, demo.window)
    session = demo.session(with_registrations=True)
    if kind == "register":
        return dialogs.EnrolDialog(demo.ctx, session, demo.window)
    if kind == "attendance":
        return dialogs.AttendanceDialog(demo.ctx, session, demo.window)
    return dialogs.WorkshopDialog(demo.ctx, workshops.get_workshop(demo.ctx, session.workshop_id), demo.window)


def hours_dialog(demo: Demo, kind: str) -> QDialog:
    from app.ui.dialogs import hours

    member = demo.member()
    if kind == "absence":
        return hours.AbsenceDialog(demo.ctx, member.id, demo.today, demo.window)
    if kind == "categories":
        return hours.CategoriesDialog(demo.ctx, demo.window)
    return hours.OpeningBalanceDialog(demo.ctx, member.id, member.name, demo.monday(), demo.window)


def rota_dialog(demo: Demo, kind: str) -> QDialog:
    from app.ui.dialogs import rota, rota_setup

    if kind == "swap":
        return rota.SwapDialog(demo.ctx, demo.my_shift(), demo.window)
    if kind == "propose":
        dialog = rota.DraftRotaDialog(demo.ctx, demo.window)
        dialog.make_draft()  # the rota proposed for the dates shown, as after a click on Propose
        return dialog
    if kind == "fairness":
        return rota.FairnessDialog(demo.ctx, demo.window)
    if kind == "one-off":
        return rota_setup.OneOffShiftDialog(demo.ctx, demo.monday() + timedelta(days=12), demo.window)
    return rota_setup.RotaSetupDialog(demo.ctx, demo.window)


def audit_dialog(demo: Demo) -> QDialog:
    from app.ui.dialogs.audit import AuditDialog

    return AuditDialog(demo.ctx, demo.window)


def connection_dialog(demo: Demo) -> QDialog:
    from app.ui.dialogs.connection import ConnectionDialog

    return ConnectionDialog(None, "/home/accueil/.local/share/Cercle/cercle.sqlite3", demo.window)


def restore_dialog(demo: Demo) -> QDialog:
    """Three nightly backups of the demo centre, as the list of the data folder shows them."""
    from app.services.backups import BackupInfo
    from app.ui.backups import RestoreDialog

    found = [BackupInfo(Path(f"cercle-{demo.today - timedelta(days=n)}.sqlite3"),
                        datetime.combine(demo.today - timedelta(days=n), time(22, 30)), 2_400_000, 12, 31 - n, 640)
             for n in range(3)]
    return RestoreDialog(found, demo.window)


def notifications_panel(demo: Demo) -> QDialog:
    from app.ui.notifications import NotificationsPanel

    panel = NotificationsPanel(demo.workspace, demo.window)
    panel.refresh()
    return panel


def exported_message(demo: Demo) -> QDialog:
    from app.ui.exporting import ExportedMessage

    title = QCoreApplication.translate("MeetingsPage", "Export the minutes")
    return ExportedMessage(demo.window, title, Path("/home/accueil/Documents") / f"compte-rendu-{demo.today}.pdf")


# Every dialog: (file name, what builds it on the demo centre). Its PNG is dialog-<file name>.png.
DIALOGS: tuple[tuple[str, Callable[[Demo], QDialog]], ...] = (
    ("member-new", lambda demo: member_dialog(demo, edit=False)),
    ("member-edit", lambda demo: member_dialog(demo, edit=True)),
    ("member-rota", member_rota_dialog),
    ("members-import", import_dialog),
    ("audit", audit_dialog),
    ("room-new", lambda demo: room_dialog(demo, edit=False)),
    ("room-edit", lambda demo: room_dialog(demo, edit=True)),
    ("person-new", lambda demo: person_dialog(demo, edit=False)),
    ("person-edit", lambda demo: person_dialog(demo, edit=True)),
    ("meeting-plan", lambda demo: meeting_dialog(demo, edit=False)),
    ("meeting-edit", lambda demo: meeting_dialog(demo, edit=True)),
    ("meeting-notes-conflict", notes_conflict_dialog),
    ("edited-elsewhere", edited_elsewhere_dialog),
    *((f"proposal-{kind}", lambda demo, kind=kind: proposal_dialog(demo, kind))
      for kind in ("new", "position", "amend", "close", "postpone", "reopen")),
    *((f"workshop-{kind}", lambda demo, kind=kind: workshop_dialog(demo, kind))
      for kind in ("new", "edit", "session", "register", "attendance", "partner", "themes")),
    *((f"hours-{kind}", lambda demo, kind=kind: hours_dialog(demo, kind))
      for kind in ("absence", "categories", "opening-balance")),
    *((f"rota-{kind}", lambda demo, kind=kind: rota_dialog(demo, kind))
      for kind in ("setup", "propose", "fairness", "swap", "one-off")),
    ("connection", connection_dialog),
    ("restore-backup", restore_dialog),
    ("notifications", notifications_panel),
    ("exported", exported_message),
)


def dialog_files() -> list[str]:
    return [f"dialog-{name}.png" for name, _build in DIALOGS]


def render_dialogs(demo: Demo, folder: Path) -> list[Path]:
    """Each dialog of :data:`DIALOGS`, shown without its own event loop, grabbed, closed."""
    written = []
    for name, build in DIALOGS:
        dialog = build(demo)
        dialog.show()
        settle()
        path = folder / f"dialog-{name}.png"
        with_title(dialog.grab(), dialog.windowTitle()).save(str(path))
        written.append(path)
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
    settle()
    return written


def claim_a_shift(page, demo: Demo) -> None:
    from app.services import rota

    week = rota.shifts_between(demo.ctx, demo.today, demo.today + timedelta(days=4))
    page.select(next(shift.id for shift in week if shift.open_seats and not shift.mine))
    page.claim_selected()


def mark_a_no_show(page, demo: Demo) -> None:
    from app.services import rota

    shift = next(s for s in rota.shifts_between(demo.ctx, demo.today, demo.today)
                 if s.claimants and rota.has_started(demo.ctx, s))
    page.select(shift.id)
    page.set_no_show(shift, shift.claimants[0], True)


def cancel_a_held_shift(page, demo: Demo) -> None:
    from app.services import rota

    week = rota.shifts_between(demo.ctx, demo.today + timedelta(days=1), demo.today + timedelta(days=4))
    page.select(next(shift.id for shift in week if shift.claimants))
    page.cancel_selected()


def accept_a_swap(page, _demo: Demo) -> None:
    page.swap_list.setCurrentRow(0)
    page.accept_swap()


def deactivate_a_member(page, demo: Demo) -> None:
    page.select(demo.member(1).id)
    page.toggle_active()


def erase_a_person(page, _demo: Demo) -> None:
    page.tabs.setCurrentWidget(page.people)
    page.people.table.selectRow(0)
    page.people.erase_selected()
    page.tabs.setCurrentIndex(0)


def on_agenda_item(row: int, action: Callable) -> Callable:
    """``action`` on the Meetings page's agenda panel, the agenda item at ``row`` chosen."""
    def ask(page, _demo: Demo) -> None:
        page.agenda.items_view.selectRow(row)
        action(page.agenda)
    return ask


def on_registration(action: str) -> Callable:
    def ask(page, _demo: Demo) -> None:
        page.registration_table.selectRow(0)
        getattr(page, action)()
    return ask


def call(action: str) -> Callable:
    return lambda page, _demo: getattr(page, action)()


# Every question a page asks before it acts: (file name, page key, what brings the page to ask it). Its PNG is
# question-<file name>.png; the answer is always No (or Cancel): nothing changes.
QUESTIONS: tuple[tuple[str, str, Callable], ...] = (
    ("claim-shift", "reception", claim_a_shift),
    ("accept-swap", "reception", accept_a_swap),
    ("no-show", "reception", mark_a_no_show),
    ("cancel-shift", "reception", cancel_a_held_shift),
    ("undo-rota", "reception", call("undo_last_rota")),
    ("withdraw-proposal", "decisions", call("withdraw")),
    ("cancel-session", "workshops", call("cancel_session")),
    ("cancel-registration", "workshops", on_registration("cancel_registration")),
    ("forget-person", "workshops", on_registration("forget_person")),
    ("remove-agenda-item", "meetings", on_agenda_item(0, lambda agenda: agenda.remove_selected())),
    ("close-decision", "meetings", on_agenda_item(1, lambda agenda: agenda.decision.close_decision())),
    ("approve-minutes", "meetings", lambda page, _demo: page.minutes.approve()),
    ("add-erratum", "meetings", lambda page, _demo: page.minutes.ask_erratum()),
    ("validate-week", "hours", call("validate_week")),
    ("unlock-week", "hours", call("unlock_week")),
    ("deactivate-member", "team", deactivate_a_member),
    ("erase-person", "team", erase_a_person),
)


def question_files() -> list[str]:
    return [f"question-{name}.png" for name, _key, _ask in QUESTIONS]


def render_questions(demo: Demo, folder: Path) -> list[Path]:
    """Each question of :data:`QUESTIONS`, photographed once it is open, then answered No."""
    written = []
    for name, key, ask in QUESTIONS:
        demo.window.show_page(key)
        settle()
        path = folder / f"question-{name}.png"
        answer = AnswerNo(path)
        ask(demo.window.page(key), demo)  # returns once the question is answered
        answer.stop()
        if not path.exists():
            raise RuntimeError(f"the page {key} asked no question for {name}")
        written.append(path)
    return written


class AnswerNo:
    """Waits for the next modal window, saves its picture at ``path``, and answers No (or Cancel)."""

    def __init__(self, path: Path) -> None:
        self.path, self.waiting = path, True
        QTimer.singleShot(0, self.look)

    def look(self) -> None:
        if not self.waiting:
            return
        window = QApplication.activeModalWidget()
        if window is None:
            QTimer.singleShot(20, self.look)
            return
        self.waiting = False
        settle()
        with_title(window.grab(), window.windowTitle()).save(str(self.path))
        escape = window.escapeButton() if isinstance(window, QMessageBox) else None
        if escape is not None:
            escape.click()
        else:
            assert isinstance(window, QDialog), "a page asks its questions in dialogs"
            window.reject()

    def stop(self) -> None:
        self.waiting = False


def with_title(picture: QPixmap, title: str) -> QPixmap:
    """``picture`` under a strip that shows ``title``, as a window's frame would."""
    framed = QPixmap(picture.width(), picture.height() + TITLE_HEIGHT)
    framed.fill(QColor("#1f3a4d"))
    painter = QPainter(framed)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, picture.width(), TITLE_HEIGHT), Qt.AlignmentFlag.AlignCenter, title)
    painter.drawPixmap(0, TITLE_HEIGHT, picture)
    painter.end()
    return framed


if __name__ == "__main__":
    for written in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(written)
