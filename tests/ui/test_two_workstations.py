"""Two workstations on one centre: what one saves appears on the other's Team page within two seconds."""

from dataclasses import replace

from PySide6.QtCore import Qt

from app.domain.members import MemberDraft
from app.services import members
from app.services.context import Context
from app.storage.engine import open_database
from app.ui.hub import SignalHub
from app.ui.pages.team import TeamPage
from app.ui.workspace import Workspace


def shown_names(page: TeamPage) -> set[str]:
    return {page.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            for row in range(page.proxy.rowCount())}


def open_team_page(qtbot, space: Workspace) -> TeamPage:
    page = TeamPage(space, "Team")
    qtbot.addWidget(page)
    page.show()
    space.watch_other_workstations(interval_ms=100)
    return page


def test_each_workstation_sees_the_others_changes_within_two_seconds(qtbot, ctx, database_url, english):
    here = Workspace(ctx, SignalHub())
    there = Workspace(Context(open_database(database_url)), SignalHub())
    try:
        page_here, page_there = open_team_page(qtbot, here), open_team_page(qtbot, there)
        karim = members.add_member(here.ctx, MemberDraft(name="Karim Bensaïd", profession="Infirmier"))
        qtbot.waitUntil(lambda: "Karim Bensaïd" in shown_names(page_there), timeout=2000)

        draft = members.get_member(there.ctx, karim.id).draft()
        members.update_member(there.ctx, karim.id, replace(draft, name="Karim B."))
        qtbot.waitUntil(lambda: "Karim B." in shown_names(page_here), timeout=2000)
        assert "Karim Bensaïd" not in shown_names(page_here)
    finally:
        there.close()
        here.close()
