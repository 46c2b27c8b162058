"""Long lists read what they show: the register and the audit log fetch a page as the view scrolls to it,
and their filters, applied in SQL, list the same rows as the service's whole list."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.demo.decisions import generate
from app.domain.consensus import ProposalStatus
from app.domain.members import MemberDraft
from app.services import audit, decisions, members
from app.services.decisions import RegisterFilter
from app.ui.dialogs.audit import AuditDialog
from app.ui.models.lazy import PAGE_SIZE
from app.ui.pages.decisions import DecisionsPage
from tests.statements import reading, statements

DECISIONS = 2 * PAGE_SIZE + 50


@pytest.fixture
def register_page(qtbot, workspace):
    ctx = workspace.ctx
    team = [members.add_member(ctx, MemberDraft(name=f"Membre {index}")).id for index in range(6)]
    generate(ctx, team, years=1, per_year=DECISIONS)
    page = DecisionsPage(workspace, "Decisions")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(1)
    return page


def shown(model) -> list[int]:
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole).id for row in range(model.rowCount())]


def scroll_to_the_end(qtbot, table) -> None:
    """Scroll down as a person would, until the list has nothing more to fetch."""
    model = table.model()
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before)


def test_the_register_opens_on_its_first_page_and_scrolling_fetches_the_rest(qtbot, register_page):
    ctx, model = register_page.ctx, register_page.register_model
    whole = [entry.id for entry in decisions.register(ctx)]
    assert len(whole) == DECISIONS
    assert shown(model) == whole[:PAGE_SIZE]
    scroll_to_the_end(qtbot, register_page.register_table)
    assert shown(model) == whole


def test_each_filter_of_the_register_lists_what_the_service_lists(qtbot, register_page):
    ctx, page = register_page.ctx, register_page
    category = decisions.categories(ctx)[0]
    page.category.setCurrentIndex(page.category.findData(category))
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData(ProposalStatus.ADOPTED))
    expected = RegisterFilter(category=category, status=ProposalStatus.ADOPTED)
    assert page.register_filter() == expected
    scroll_to_the_end(qtbot, page.register_table)
    assert shown(page.register_model) == [entry.id for entry in decisions.register(ctx, expected)]
    page.category.setCurrentIndex(0)
    page.outcome_filter.setCurrentIndex(0)
    page.since.setDate(ctx.today() - timedelta(days=200))
    page.until.setDate(ctx.today() - timedelta(days=20))
    page.search.setText("Nutrition")
    qtbot.waitUntil(lambda: page.register_filter().text == "Nutrition" and not page._search_timer.isActive())
    wanted = decisions.register(ctx, page.register_filter())
    assert wanted and len(wanted) < DECISIONS
    scroll_to_the_end(qtbot, page.register_table)
    assert shown(page.register_model) == [entry.id for entry in wanted]


def test_the_register_keeps_its_column_widths_when_filtered(qtbot, register_page):
    header = register_page.register_table.horizontalHeader()
    assert header.sectionSize(0) >= header.sectionSizeHint(0)  # as wide as its header at least
    header.resizeSection(2, header.sectionSize(2) + 40)  # widened by hand
    widths = [header.sectionSize(column) for column in range(header.count())]
    register_page.outcome_filter.setCurrentIndex(2)
    assert [header.sectionSize(column) for column in range(header.count())] == widths


def test_the_register_reads_again_when_chosen_only_after_a_change(qtbot, register_page):
    page, model = register_page, register_page.register_model
    scroll_to_the_end(qtbot, page.register_table)
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(1)
    assert model.rowCount() == DECISIONS  # what was scrolled to is still there: nothing was read again
    page.tabs.setCurrentIndex(0)
    page.refresh()  # a change comes while the proposals are in sight
    assert model.rowCount() == DECISIONS
    page.tabs.setCurrentIndex(1)
    assert shown(model) == [entry.id for entry in decisions.register(page.ctx)][:PAGE_SIZE]


def test_the_audit_log_fetches_older_entries_as_it_scrolls(qtbot, workspace):
    for index in range(PAGE_SIZE + 20):
        members.add_member(workspace.ctx, MemberDraft(name=f"Personne {index:03d}"))
    dialog = AuditDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    whole = [entry.id for entry in audit.recent_entries(workspace.ctx, limit=10_000)]
    assert shown(dialog.model) == whole[:PAGE_SIZE]
    scroll_to_the_end(qtbot, dialog.table)
    assert shown(dialog.model) == whole
    dialog.search.setText("Personne 01")
    found = [entry.id for entry in audit.recent_entries(workspace.ctx, search="Personne 01")]
    assert shown(dialog.model) == found and len(found) == 10


def test_the_meetings_list_fetches_as_it_scrolls_and_finds_a_meeting_further_down(qtbot, workspace):
    from app.demo import meetings as meetings_demo
    from app.services import meetings
    from app.ui.pages.meetings import MeetingsPage

    team = [members.add_member(workspace.ctx, MemberDraft(name=f"Membre {index}")).id for index in range(4)]
    meetings_demo.generate(workspace.ctx, team, years=3)
    whole = [meeting.id for meeting in meetings.list_meetings(workspace.ctx)]
    page = MeetingsPage(workspace, "Meetings")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert shown(page.list_model) == whole[:PAGE_SIZE] and page.detail.summary.id == whole[0]
    page.select_meeting(whole[-1])  # the oldest: pages are read until it comes
    assert page.detail.summary.id == whole[-1] and shown(page.list_model) == whole
    page.refresh()
    assert page.detail.summary.id == whole[-1]


def test_a_search_of_the_meetings_fetches_its_matches_as_it_scrolls(qtbot, workspace):
    from app.demo import meetings as meetings_demo
    from app.services import meetings
    from app.ui.pages.meetings import MeetingsPage

    team = [members.add_member(workspace.ctx, MemberDraft(name=f"Membre {index}")).id for index in range(4)]
    meetings_demo.generate(workspace.ctx, team, years=3)
    page = MeetingsPage(workspace, "Meetings")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.search.setText("équipe")  # in every meeting's title
    found = [meeting.id for meeting in meetings.search_meetings(workspace.ctx, "équipe")]
    assert len(found) > PAGE_SIZE
    qtbot.waitUntil(lambda: shown(page.list_model) == found[:PAGE_SIZE])  # once the typing pauses
    scroll_to_the_end(qtbot, page.list_view)
    assert shown(page.list_model) == found


def test_all_the_proposals_open_on_their_first_page_and_scrolling_fetches_the_rest(qtbot, register_page):
    """ "All" lists ten years of decisions: it reads the first page, and where the member at the desk stands on
    those proposals only; scrolled, the rest. A list that long is in the service's order: a click on a header
    would sort only the rows read, so it sorts nothing."""
    page, ctx = register_page, register_page.ctx
    page.tabs.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    whole = [proposal.id for proposal in decisions.list_proposals(ctx)]
    assert shown(page.proxy) == whole[:PAGE_SIZE]
    assert set(page.stands) <= set(whole[:PAGE_SIZE])
    assert not page.table.isSortingEnabled()
    scroll_to_the_end(qtbot, page.table)
    assert shown(page.proxy) == whole
    page.status_filter.setCurrentIndex(0)  # in progress: a short list, whole, sorted by a click
    assert page.table.isSortingEnabled()


def test_a_status_chosen_lists_that_status_and_stays_chosen(qtbot, register_page):
    """Each status of the filter lists its proposals (the combo box gives its status back as text), and stays
    chosen although the proposal being read has another status: only a proposal whose status changed is followed
    to "All"."""
    page, ctx = register_page, register_page.ctx
    page.tabs.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    page.table.selectRow(0)
    for status in (ProposalStatus.NOT_ADOPTED, ProposalStatus.ADOPTED, ProposalStatus.DRAFT):
        page.status_filter.setCurrentIndex(page.status_filter.findData(status))
        assert page.status_filter.currentData() == status
        scroll_to_the_end(qtbot, page.table)
        assert shown(page.proxy) == [proposal.id for proposal in decisions.list_proposals(ctx, status)]


def test_a_proposal_of_the_register_is_shown_chosen_among_all_and_read_once(qtbot, register_page):
    """A double click in the register shows the proposal among "All", chosen: its detail is read once."""
    page, ctx = register_page, register_page.ctx
    entry = decisions.register(ctx)[3]
    with statements(ctx.engine) as seen:
        page.show_proposal(entry.id)
    assert page.status_filter.currentData() is None and page.selected_id() == entry.id
    assert page.detail is not None and page.detail.summary.id == entry.id
    assert len(reading(seen, "proposal_version")) == 1
    with statements(ctx.engine) as seen:
        page.refresh_proposals()
    assert page.selected_id() == entry.id and len(reading(seen, "proposal_version")) == 1
