"""Builds the page of each sidebar entry; an area's module is imported only when its page is built."""

from importlib import import_module

from PySide6.QtWidgets import QApplication, QWidget

from app.ui.mainwindow import page_titles

# key -> "module:Class"; the class is built as Class(workspace, title).
PAGES = {
    "my_week": "app.ui.pages.my_week:MyWeekPage",
    "team": "app.ui.pages.team:TeamPage",
    "settings": "app.ui.pages.settings:SettingsPage",
    "decisions": "app.ui.pages.decisions:DecisionsPage",
    "meetings": "app.ui.pages.meetings:MeetingsPage",
    "reception": "app.ui.pages.reception:ReceptionPage",
    "hours": "app.ui.pages.hours:HoursPage",
    "workshops": "app.ui.pages.workshops:WorkshopsPage",
}


def upcoming_descriptions() -> dict[str, str]:
    return {
        "my_week": QApplication.translate("Pages", "Your week at a glance: your reception shifts, your hours against your targets, "
                      "the proposals waiting for your position and your action items."),
        "reception": QApplication.translate("Pages", "The reception rota: claim, release and swap shifts, see the open seats, "
                        "propose a fair rota and print the roster."),
        "decisions": QApplication.translate("Pages", "Proposals, endorsements, positions and the register of every decision taken."),
        "workshops": QApplication.translate("Pages", "Workshops for the neighbourhood: sessions, rooms, facilitators, partners and "
                        "registrations with a waiting list."),
        "meetings": QApplication.translate("Pages", "Team meetings: agenda, roles, attendance, decisions, actions and minutes."),
        "hours": QApplication.translate("Pages", "The 25 h / 10 h split: your timesheet, your balance and the team's."),
    }


def make_page(workspace, key: str) -> QWidget:
    title = page_titles()[key]
    if key in PAGES:
        module, _, name = PAGES[key].partition(":")
        return getattr(import_module(module), name)(workspace, title)
    from app.ui.pages.placeholder import UpcomingPage

    return UpcomingPage(workspace, title, upcoming_descriptions()[key])
