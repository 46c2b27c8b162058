"""Decisions: proposals by status with their detail and actions, and the register of decisions taken."""

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.consensus import CLOSED, IN_PROGRESS, ProposalStatus, Stance, rule_explanation, text_diff
from app.domain.errors import CercleError
from app.domain.kept_years import local_moment
from app.domain.names import visible_length
from app.exports.decisions import export_register, outcome_label, stance_label, status_label
from app.services import decisions
from app.services.changes import Entity
from app.services.decisions import ProposalDetail, RegisterFilter
from app.ui.dialogs.decisions import (
    AmendDialog,
    CloseDialog,
    PositionDialog,
    PostponeDialog,
    ProposalDialog,
    ReopenDialog,
)
from app.ui.dialogs.fields import OptionalDateEdit
from app.ui.exporting import export_with_dialog
from app.ui.flow_layout import FlowLayout
from app.ui.models.lazy import LazyRowsModel
from app.ui.models.table import Column, sorting_proxy
from app.ui.pages.base import Page, TabsRefresher
from app.ui.widgets import (
    StatusLabel,
    TableView,
    TabWidget,
    confirm,
    fit_choices,
    fit_columns,
    fit_columns_to_sample,
    fit_placeholder,
    give_key,
    search_as_typed,
    show_error,
    split,
)

WHOLE_HISTORY = "cercle:whole-history"  # the link under a proposal's changes or steps cut short
NEXT_STEP_BUTTONS = ("submit", "endorse", "position")  # write → ask for support → open → positions
STEPS = {  # the status → its place on the path shown above the proposal
    ProposalStatus.DRAFT: 0,
    ProposalStatus.SEEKING_ENDORSEMENT: 1,
    ProposalStatus.OPEN: 2,
    ProposalStatus.ADOPTED: 3,
    ProposalStatus.NOT_ADOPTED: 3,
}


def moment_text(ctx, moment) -> str:
    """A moment in a table's cell: « 11/12/2026 18:00 »."""
    local = local_moment(moment, ctx.timezone)
    return f"{formatting.short_date(local.date())} {formatting.clock(local.time())}"


def moment_in_text(ctx, moment) -> str:
    """A moment as a sentence says it: « 11/12/2026 à 18:00 »."""
    local = local_moment(moment, ctx.timezone)
    return QCoreApplication.translate("DecisionsPage", "{day} at {time}").format(
        day=formatting.short_date(local.date()), time=formatting.clock(local.time()))


def table_view(model, name: str, *stretch: int, large: bool = False, grow_only: bool = False) -> QTableView:
    """A table of read objects, its ``stretch`` columns sharing the width left. A ``large`` one (a lazy model
    of thousands of rows) keeps the service's order and fixed row heights, and its columns fit the header
    and a sample of rows: measuring every row would take a second. ``grow_only``: see fit_columns."""
    table = TableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    if large:
        fit_columns_to_sample(table, *stretch)
    else:
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        table.setSortingEnabled(True)
        fit_columns(table, *stretch, grow_only=grow_only)  # the first rows only: "All" may list thousands
    return table


class DecisionsPage(Page):
    watched = frozenset({Entity.PROPOSAL, Entity.MEMBER})

    def __init__(self, workspace, title: str, parent=None) -> None:
        super().__init__(workspace, title, parent)
        self.detail: ProposalDetail | None = None
        self._details_shown = 0  # how many times the chosen proposal was read: a refresh reads it once
        self.stands: dict[int, decisions.MemberStand] = {}  # where the member at the desk stands
        self._feedback: tuple[int, str] | None = None  # (proposal id, what the last step did)
        self.tabs = TabWidget()
        self.tabs.setAccessibleName(self.tr("Proposals and register"))
        self.tabs.addTab(self._proposals_tab(), self.tr("Proposals"))
        self.tabs.addTab(self._register_tab(), self.tr("Register"))
        self.tab_refresher = TabsRefresher(self.tabs, (self.refresh_proposals, self._refresh_register_tab))
        self.body.addWidget(self.tabs, 1)
        workspace.hub.actor_changed.connect(self._forget_feedback)  # said to the one who acted, not the next
        self.refresh()

    @property
    def ctx(self):
        return self.workspace.ctx

    # ------------------------------------------------------------ building

    def _proposals_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show proposals"))
        self.status_filter.addItem(self.tr("In progress"), "progress")
        for status in ProposalStatus:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.addItem(self.tr("All"), None)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh_proposals(follow=False))
        self.new_button = QPushButton(self.tr("New proposal…"))
        give_key(self.new_button, "Ctrl+N", self.tr("Put a new proposal to the team"))
        self.new_button.clicked.connect(self.new_proposal)
        show = QLabel(self.tr("Show"))
        show.setBuddy(self.status_filter)
        bar.addWidget(show)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        # Read a page at a time: "All" lists ten years of proposals. Sorted by a header click while the list is
        # whole (the proposals in progress); a longer one stays in the service's order (see refresh_proposals).
        self.model = LazyRowsModel(
            [
                Column(self.tr("Title"), lambda p: p.title, long_text=True),
                Column(self.tr("Status"), lambda p: status_label(p.status)),
                Column(self.tr("Deadline"),  # the day; its time is in the detail
                       lambda p: formatting.short_date(local_moment(p.deadline, self.ctx.timezone).date()),
                       sort_key=lambda p: p.deadline.isoformat()),  # all in UTC: the text order is the time order
                Column(self.tr("My position"), self.my_position_text),
            ],
            self,
        )
        self.proxy = sorting_proxy(self.model)
        # Measured again only when a longer text comes: a filter chosen, a page read, is not measured each time.
        self.table = table_view(self.proxy, self.tr("Proposals"), 0, grow_only=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        # The list whole (title, status, deadline, mine; the author in the detail), the detail beside it.
        layout.addWidget(split(self.tr("Proposals and the chosen one"), (self.table, self._detail_panel()),
                               (676, 344), stack_when_narrow=True), 1)
        return tab

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        self.compare_label = QLabel(self.tr("Show the changes since"))
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Show the changes since version"))
        self.compare.currentIndexChanged.connect(lambda _index: self._render())
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare)
        compare_row.addStretch(1)
        layout.addLayout(compare_row)
        self.steps = QLabel()
        self.steps.setAccessibleName(self.tr("Steps of the proposal"))
        layout.addWidget(self.steps)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("The proposal"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._show_whole_history)
        self.whole_history_of: int | None = None  # the proposal whose earlier changes were asked for
        layout.addWidget(self.view, 1)
        actions = FlowLayout()  # on two lines in a narrow window
        self.action_buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("edit", self.tr("Edit…"), self.edit_draft),
            ("submit", self.tr("Ask for endorsements"), self.submit),
            ("endorse", self.tr("Endorse"), self.endorse),
            ("position", self.tr("Take a position…"), self.take_position),
            ("amend", self.tr("Amend…"), self.amend),
            ("close", self.tr("Close…"), self.close_proposal),
            ("postpone", self.tr("Postpone…"), self.postpone),
            ("withdraw", self.tr("Withdraw"), self.withdraw),
            ("statement", self.tr("Statement…"), self.close_proposal),
            ("reopen", self.tr("Reopen…"), self.reopen),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.action_buttons[key] = button
        give_key(self.action_buttons["position"], "Ctrl+Shift+P",
                 self.tr("Take your position on the chosen proposal"))
        give_key(self.action_buttons["endorse"], "Ctrl+Shift+O", self.tr("Endorse the chosen proposal"))
        for key in NEXT_STEP_BUTTONS:  # one of them at most is shown: the next step on the path
            self.action_buttons[key].setObjectName("primaryButton")
        actions.addStretch()
        layout.addLayout(actions)
        self.feedback = StatusLabel(self.tr("Last action"))
        self.feedback.setObjectName("confirmation")
        self.feedback.hide()
        layout.addWidget(self.feedback)
        comment_row = QHBoxLayout()
        self.comment = QLineEdit()
        self.comment.setAccessibleName(self.tr("Your comment"))
        self.comment.setPlaceholderText(self.tr("Add a comment…"))
        self.comment.returnPressed.connect(self.add_comment)
        self.comment_button = QPushButton(self.tr("Comment"))
        self.comment_button.clicked.connect(self.add_comment)
        self.comment.textChanged.connect(self._allow_commenting)
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button)
        layout.addLayout(comment_row)
        return panel

    def _register_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the titles, texts and statements…"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self._search_timer = search_as_typed(self.search, self.refresh_register)
        self.category = QComboBox()
        fit_choices(self.category)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.currentIndexChanged.connect(self.refresh_register)
        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName(self.tr("Outcome"))
        self.outcome_filter.addItem(self.tr("Adopted or not"), None)
        self.outcome_filter.addItem(status_label(ProposalStatus.ADOPTED), ProposalStatus.ADOPTED)
        self.outcome_filter.addItem(status_label(ProposalStatus.NOT_ADOPTED), ProposalStatus.NOT_ADOPTED)
        self.outcome_filter.currentIndexChanged.connect(self.refresh_register)
        self.since = OptionalDateEdit(name=self.tr("Closed since"), blank=self.tr("any"))
        self.until = OptionalDateEdit(name=self.tr("Closed until"), blank=self.tr("any"))
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh_register)
        self.export_button = QPushButton(self.tr("Export…"))
        give_key(self.export_button, "Ctrl+E", self.tr("Export the register of decisions"))
        self.export_button.clicked.connect(self.export)
        search_row = QHBoxLayout()  # the search on a line of its own: beside the filters it was squeezed
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.export_button)
        layout.addLayout(search_row)
        for widget in (self.category, self.outcome_filter, QLabel(self.tr("from")), self.since,
                       QLabel(self.tr("to")), self.until):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.reviews = QLabel()
        self.reviews.setWordWrap(True)
        layout.addWidget(self.reviews)
        self.register_model = LazyRowsModel(
            [
                Column(
                    self.tr("Closed on"),
                    lambda e: formatting.short_date(local_moment(e.closed_at, self.ctx.timezone).date()),
                ),
                Column(self.tr("Title"), lambda e: e.title, long_text=True),
                Column(self.tr("Category"), lambda e: e.category, long_text=True),
                Column(self.tr("Outcome"), lambda e: outcome_label(e.outcome)),
                Column(self.tr("Agree"), lambda e: str(e.agree), align_right=True),
                Column(self.tr("Stand aside"), lambda e: str(e.stand_aside), align_right=True),
                Column(self.tr("Abstain"), lambda e: str(e.abstain), align_right=True),
                Column(self.tr("Block"), lambda e: str(e.block), align_right=True),
                Column(self.tr("Statement"), lambda e: e.outcome_statement, long_text=True),
            ],
            self,
        )
        self.register_table = table_view(
            self.register_model, self.tr("Register of decisions"), 1, 8, large=True
        )
        self.register_table.doubleClicked.connect(self._open_from_register)
        layout.addWidget(self.register_table, 1)
        return tab

    # ------------------------------------------------------------ refreshing

    def refresh(self) -> None:
        self.tab_refresher.refresh()

    def _refresh_register_tab(self) -> None:
        self._refresh_categories()
        self.refresh_register()

    def refresh_proposals(self, keep: int | None = None, follow: bool = True) -> None:
        """The list again (its first page), the proposal chosen before chosen again. ``follow``: a chosen
        proposal that the filter no longer lists (its status changed) is followed to "All"; when the person chose
        the filter, it is theirs."""
        selected = keep or self.selected_id()
        shown = self._details_shown
        self.stands = {}
        self.model.load(partial(self._proposals_page, self.wanted()))
        whole = not self.model.canFetchMore()
        if not whole:  # in the service's order: sorted, it would sort the rows read so far
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(whole)
        if selected is not None and not self.select(selected) and self.wanted() is not None and follow:
            # The proposal being read changed status: keep it in sight rather than lose it.
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.status_filter.blockSignals(False)
            self.refresh_proposals(keep=selected)
            return
        if self.selected_id() is None and self.model.rowCount():
            self.table.selectRow(0)  # open on a proposal rather than on an empty detail
        if self._details_shown == shown:  # not shown as chosen since the list was read: once is enough
            self.show_selected()

    def _refresh_categories(self) -> None:
        names = decisions.categories(self.ctx)
        if names == [self.category.itemData(index) for index in range(1, self.category.count())]:
            return  # the same: refilled, the combo box would be measured and the filters laid out again
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Every category"), None)
        for name in names:
            self.category.addItem(name, name)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def register_filter(self) -> RegisterFilter:
        return RegisterFilter(
            text=self.search.text(),
            category=self.category.currentData(),
            # A combo box gives back its enum data as plain text.
            status=ProposalStatus(outcome) if (outcome := self.outcome_filter.currentData()) else None,
            since=self.since.day(),
            until=self.until.day(),
        )

    def refresh_register(self) -> None:
        self._search_timer.stop()
        self.register_model.load(partial(decisions.register_page, self.ctx, self.register_filter()))
        due = decisions.reviews_due(self.ctx)
        self.reviews.setVisible(bool(due))
        self.reviews.setText(
            self.tr("Due for review: {titles}").format(titles=", ".join(e.title for e in due))
        )

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(Qt.ItemDataRole.UserRole).id if indexes else None

    def _proposals_page(self, wanted, after, limit: int) -> list[decisions.ProposalSummary]:
        """A page of the list, and where the member at the desk stands on its proposals (the "My position"
        column): both read for the rows shown, not for ten years of proposals."""
        page = decisions.proposals_page(self.ctx, wanted, after, limit)
        actor = self.workspace.actor_id
        if actor is not None and page:
            self.stands.update(decisions.stands_of(self.ctx, actor, [proposal.id for proposal in page]))
        return page

    def wanted(self) -> tuple[ProposalStatus, ...] | None:
        """The statuses the filter lists; None for all."""
        wanted = self.status_filter.currentData()
        if wanted == "progress":
            return (ProposalStatus.DRAFT, ProposalStatus.SEEKING_ENDORSEMENT, ProposalStatus.OPEN)
        return None if wanted is None else (ProposalStatus(wanted),)  # a combo box gives back enum data as text

    def select(self, proposal_id: int) -> bool:
        """Choose ``proposal_id`` in the list; whether it is listed. One the filter lists lower down is found by
        reading further pages; one it does not list, without reading them all."""
        row = self.model.find(lambda proposal: proposal.id == proposal_id, read_further=False)
        if row is None and self.model.canFetchMore():
            wanted, status = self.wanted(), decisions.proposal_status(self.ctx, proposal_id)
            if status is not None and (wanted is None or status in wanted):
                row = self.model.find(lambda proposal: proposal.id == proposal_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def show_proposal(self, proposal_id: int) -> None:
        """Show one proposal in the Proposals tab, whatever the status filter."""
        self.tabs.setCurrentIndex(0)
        if not self.select(proposal_id):  # "All" lists it: read once, with it chosen
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.status_filter.blockSignals(False)
            self.refresh_proposals(keep=proposal_id)

    def _open_from_register(self, index) -> None:
        self.show_proposal(index.data(Qt.ItemDataRole.UserRole).id)

    def show_selected(self) -> None:
        self._details_shown += 1
        proposal_id = self.selected_id()
        try:
            whole = proposal_id == self.whole_history_of
            self.detail = (decisions.get_proposal(self.ctx, proposal_id, whole_history=whole)
                           if proposal_id else None)
        except CercleError:
            self.detail = None
        self._fill_compare()
        self._render()
        self._update_buttons()
        self._show_feedback()

    def _fill_compare(self) -> None:
        """The earlier versions to compare the current text with; the one just before by default."""
        earlier = self.detail.versions[:-1] if self.detail else ()
        self.compare.blockSignals(True)
        self.compare.clear()
        for version in reversed(earlier):
            self.compare.addItem(self.tr("version {number}").format(number=version.number), version.number)
        self.compare.blockSignals(False)
        for widget in (self.compare_label, self.compare):
            widget.setVisible(bool(earlier))

    def my_position_text(self, proposal) -> str:
        """The "My position" column: the stance of the member at the desk on the current version."""
        stand = self.stands.get(proposal.id)
        if stand is not None and stand.stance is not None:
            return stance_label(stand.stance)
        if proposal.status == ProposalStatus.OPEN:
            return self.tr("to give")
        if proposal.status == ProposalStatus.SEEKING_ENDORSEMENT and stand is not None and stand.endorsed:
            return self.tr("endorsed")
        if proposal.status == ProposalStatus.SEEKING_ENDORSEMENT and proposal.author_id != self.workspace.actor_id:
            return self.tr("to endorse")
        return "—"

    def _steps_html(self) -> str:
        step = STEPS.get(self.detail.summary.status) if self.detail else None
        if step is None:
            return ""
        names = [self.tr("Draft"), self.tr("Endorsements"), self.tr("Positions"), self.tr("Decision")]
        return " › ".join(
            f"<b style='color:#1f3a4d'>{escape(name)}</b>" if index == step else
            f"<span style='color:#6b7a86'>{escape(name)}</span>"
            for index, name in enumerate(names)
        )

    def _render(self) -> None:
        self.steps.setText(self._steps_html())
        self.steps.setVisible(bool(self.steps.text()))
        self.view.setHtml(
            self.detail_html(self.detail)
            if self.detail
            else "<p>{}</p>".format(escape(self.tr("Choose a proposal in the list.")))
        )

    def _update_buttons(self) -> None:
        detail, actor = self.detail, self.workspace.actor_id
        status = detail.summary.status if detail else None
        mine = detail is not None and detail.summary.author_id == actor
        endorsed = detail is not None and actor in detail.endorser_ids
        visible = {
            "edit": status == ProposalStatus.DRAFT and mine,
            "submit": status == ProposalStatus.DRAFT and mine,
            "endorse": status == ProposalStatus.SEEKING_ENDORSEMENT and not mine and not endorsed,
            "position": status == ProposalStatus.OPEN,
            "amend": status in (ProposalStatus.SEEKING_ENDORSEMENT, ProposalStatus.OPEN) and mine,
            "close": status == ProposalStatus.OPEN,
            "postpone": status in (ProposalStatus.SEEKING_ENDORSEMENT, ProposalStatus.OPEN) and mine,
            "withdraw": status in IN_PROGRESS and mine,
            "statement": status in CLOSED,
            "reopen": status in CLOSED,
        }
        for key, button in self.action_buttons.items():
            button.setVisible(visible[key] and actor is not None)
        if detail is not None:
            self._name_next_steps(detail, actor)
        self.comment.setEnabled(detail is not None and actor is not None)
        self._allow_commenting()

    def _allow_commenting(self) -> None:
        """Comment is greyed while there is nothing to send: the second press of a double click (or Enter typed
        twice) came once the first had emptied the field, and was refused as an empty comment."""
        can_comment = self.detail is not None and self.workspace.actor_id is not None
        self.comment_button.setEnabled(can_comment and self._typed_comment() != "")

    def _typed_comment(self) -> str:
        return self.comment.text() if visible_length(self.comment.text()) else ""

    def _name_next_steps(self, detail: ProposalDetail, actor: int | None) -> None:
        """The buttons of the path say what happens when pressed: ask for support, or open at once."""
        opens_now = len(detail.endorser_ids) + 1 >= detail.endorsements_needed
        needs_support = detail.endorsements_needed > 0
        self.action_buttons["submit"].setText(
            self.tr("Ask for endorsements") if needs_support else self.tr("Open for positions")
        )
        self.action_buttons["endorse"].setText(
            self.tr("Endorse and open for positions") if opens_now else self.tr("Endorse")
        )
        self.action_buttons["position"].setText(
            self.tr("Change my position…") if detail.position_of(actor) else self.tr("Take a position…")
        )

    def _show_feedback(self) -> None:
        """What the last step did, under the buttons, while its proposal is the one shown."""
        proposal_id, text = self._feedback or (None, "")
        shown = self.detail is not None and proposal_id == self.detail.summary.id
        if not shown:
            self._feedback = None  # said once: another proposal was chosen since
        self.feedback.setText(text if shown else "")
        self.feedback.setVisible(shown)

    def _forget_feedback(self, _member_id=None) -> None:
        self._feedback = None
        self._show_feedback()

    def tell(self, result: ProposalDetail, text: str) -> None:
        self.took_effect()  # a new draft is listed now, so that it can be shown
        self.show_proposal(result.summary.id)  # before it is told: showing it forgets what was told before
        self._feedback = (result.summary.id, text)
        self._show_feedback()

    def _after_step(self, result: ProposalDetail | None, done: str) -> None:
        """Say what a step of the path did, and where the proposal stands now."""
        if result is None:
            return
        status = result.summary.status
        if status == ProposalStatus.OPEN:
            now = self.tr("It is open: everyone can take a position until {deadline}.").format(
                deadline=moment_in_text(self.ctx, result.summary.deadline))
        elif status == ProposalStatus.SEEKING_ENDORSEMENT:
            now = self.tr("It opens for positions after %n more endorsement(s).", "",
                          result.endorsements_needed - len(result.endorser_ids))
        else:
            now = ""
        self.tell(result, f"{done} {now}".strip())

    # ------------------------------------------------------------ the detail as HTML

    def detail_html(self, detail: ProposalDetail) -> str:
        s = detail.summary
        template, params = rule_explanation(s.rule, s.quorum_percent)
        rule = QCoreApplication.translate("Rules", template).format(**params)
        parts = [
            f"<h2>{escape(s.title)}</h2>",
            "<p>{}</p>".format(
                escape(
                    self.tr("{status} · proposed by {author} · deadline {deadline}").format(
                        status=status_label(s.status),
                        author=s.author_name,
                        deadline=moment_text(self.ctx, s.deadline),
                    )
                )
            ),
            f"<p><i>{escape(rule)}</i></p>",
        ]
        if s.category:
            parts.append(
                "<p>{}</p>".format(escape(self.tr("Category: {category}").format(category=s.category)))
            )
        if detail.status_note:
            parts.append(
                "<p><b>{}</b></p>".format(escape(self.tr("Note: {note}").format(note=detail.status_note)))
            )
        if s.closed_at:
            parts.append(
                "<p><b>{}</b></p>".format(
                    escape(
                        self.tr("Closed on {day}: {outcome}.").format(
                            day=moment_text(self.ctx, s.closed_at), outcome=outcome_label(s.outcome)
                        )
                    )
                )
            )
            if detail.outcome_statement:
                parts.append(f"<blockquote>{escape(detail.outcome_statement)}</blockquote>")
            if s.review_date:
                parts.append(
                    "<p>{}</p>".format(
                        escape(
                            self.tr("To be reviewed on {day}.").format(
                                day=formatting.long_date(s.review_date)
                            )
                        )
                    )
                )
        parts.append(
            "<h3>{}</h3>".format(escape(self.tr("Text (version {number})").format(number=s.current_version)))
        )
        parts.append("<p>{}</p>".format(escape(detail.text).replace("\n", "<br>")))
        if len(detail.versions) > 1:
            parts.append(self._diff_html(detail))
        if s.status == ProposalStatus.SEEKING_ENDORSEMENT:
            parts.append(
                "<p>{}</p>".format(
                    escape(
                        self.tr("Endorsed besides the author by {endorsers} out of {needed}: {names}").format(
                            endorsers=self.tr("%n member(s)", "", len(detail.endorsers)),
                            needed=detail.endorsements_needed,
                            names=", ".join(detail.endorsers) or "—",
                        )
                    )
                )
            )
        if s.status == ProposalStatus.OPEN or s.status in CLOSED:
            parts.append(self._tally_html(detail))
        parts.append(self._earlier_outcomes_html(detail))
        parts.append(self._positions_html(detail))
        parts.append(self._comments_html(detail))
        parts.append(self._events_html(detail))
        return "\n".join(parts)

    def _diff_html(self, detail: ProposalDetail) -> str:
        chosen = self.compare.currentData() or detail.versions[-2].number
        previous, current = detail.versions[chosen - 1], detail.versions[-1]
        pieces = []
        for kind, text in text_diff(previous.text, current.text):
            text = escape(text).replace("\n", "<br>")
            # The words "removed" and "added" say what the strike-through, the underline and the colours show.
            if kind == "delete":
                marked = escape(self.tr("[removed: {text}]")).format(text=f"<s>{text}</s>")
                pieces.append(f"<span style='color:#a33'>{marked}</span>")
            elif kind == "insert":
                marked = escape(self.tr("[added: {text}]")).format(text=f"<u>{text}</u>")
                pieces.append(f"<span style='color:#272'>{marked}</span>")
            else:
                pieces.append(text)
        heading = self.tr("Changes from version {old} to {new}").format(
            old=previous.number, new=current.number
        )
        notes = "".join(
            "<li>{}</li>".format(
                escape(
                    self.tr("Version {number}, {moment}: {note}").format(
                        number=version.number,
                        moment=moment_text(self.ctx, version.created_at),
                        note=version.change_note,
                    )
                )
            )
            for version in detail.versions[previous.number : current.number]
        )
        return "<h3>{}</h3><ul>{}</ul><p>{}</p>".format(escape(heading), notes, "".join(pieces))

    def _tally_html(self, detail: ProposalDetail) -> str:
        t = detail.tally
        if detail.closing_counts is not None:  # closed: the tally as it stood at the close
            agree, stand_aside, abstain, block = detail.closing_counts
            lines = [
                self.tr(
                    "At the close: agree {agree} · stand aside {stand_aside} · abstain {abstain} · "
                    "block {block}"
                ).format(agree=agree, stand_aside=stand_aside, abstain=abstain, block=block)
            ]
        else:
            lines = [
                self.tr(
                    "Agree {agree} · stand aside {stand_aside} · abstain {abstain} · block {block}"
                ).format(agree=t.agree, stand_aside=t.stand_aside, abstain=t.abstain, block=t.block),
                self.tr("Positions taken: {took} out of {active}; the quorum needs {needed}.").format(
                    took=self.tr("%n active member(s)", "", t.took_position),
                    active=t.active_members,
                    needed=t.quorum_needed,
                ),
                self.tr("If it closed now: {outcome}.").format(
                    outcome=outcome_label(detail.outcome_if_closed_now)
                ),
            ]
            silent = decisions.members_without_position(self.ctx, detail.summary.id)
            if silent:
                lines.append(
                    self.tr("Not heard from yet: {names}.").format(names=", ".join(m.name for m in silent))
                )
        return "<h3>{}</h3><p>{}</p>".format(
            escape(self.tr("Tally")), "<br>".join(escape(line) for line in lines)
        )

    def _earlier_outcomes_html(self, detail: ProposalDetail) -> str:
        """What was decided before each reopening, with its statement, and why it was reopened: reopening loses
        nothing."""
        entries = []
        for earlier in detail.earlier_outcomes:
            closed = self.tr("Closed on {day} on version {number}: {outcome}.").format(
                day=moment_text(self.ctx, earlier.closed_at), number=earlier.version,
                outcome=outcome_label(earlier.outcome))
            counts = self.tr("Agree {agree} · stand aside {stand_aside} · abstain {abstain} · block {block}").format(
                agree=earlier.counts[0], stand_aside=earlier.counts[1], abstain=earlier.counts[2],
                block=earlier.counts[3])
            reopened = self.tr("Reopened on {day} by {name}.").format(
                day=moment_text(self.ctx, earlier.reopened_at), name=earlier.reopened_by_name or "Cercle")
            statement = f"<blockquote>{escape(earlier.statement)}</blockquote>" if earlier.statement else ""
            why = ""  # unknown for those reopened before it was asked
            if earlier.reason:
                why = "<br>" + escape(self.tr("Why: {reason}").format(reason=earlier.reason)).replace("\n", "<br>")
            entries.append(f"<li>{escape(closed)}<br>{escape(counts)}{statement}{escape(reopened)}{why}</li>")
        if not entries:
            return ""
        return "<h3>{}</h3><ul>{}</ul>".format(escape(self.tr("Earlier outcomes")), "".join(entries))

    def _positions_html(self, detail: ProposalDetail) -> str:
        if not detail.positions and not detail.history:
            return ""
        current = detail.summary.current_version
        rows = []
        for position in detail.positions:
            note = (
                []
                if position.version == current
                else [self.tr("given on version {number}, no longer counts").format(number=position.version)]
            )
            if position.recorded_by_name:
                note.append(
                    self.tr("recorded in the meeting by {name}").format(name=position.recorded_by_name)
                )
            rows.append(self._position_row(position.member_name, position.stance, position.reason, note))
        parts = ["<h3>{}</h3><ul>{}</ul>".format(escape(self.tr("Positions")), "".join(rows))]
        if detail.history:
            earlier = [
                self._position_row(
                    p.member_name,
                    p.stance,
                    p.reason,
                    [
                        self.tr("version {number}, changed on {day}").format(
                            number=p.version, day=moment_text(self.ctx, p.replaced_at)
                        )
                    ],
                )
                for p in detail.history
            ]
            parts.append(
                "<h3>{}</h3><ul>{}</ul>".format(escape(self.tr("Changed positions")), "".join(earlier))
            )
            if detail.earlier_history:
                parts.append(self._whole_history_link(self.tr("Only the latest changes are shown.")))
        return "".join(parts)

    def action_words(self) -> dict[str, str]:
        return {
            "create": self.tr("proposed it"),
            "edit": self.tr("edited the draft"),
            "set_quorum": self.tr("changed the quorum"),
            "submit": self.tr("asked for endorsements"),
            "endorse": self.tr("endorsed it"),
            "amend": self.tr("amended it"),
            "take_position": self.tr("took a position"),
            "record_position": self.tr("recorded a position given in a meeting"),
            "comment": self.tr("commented"),
            "postpone": self.tr("postponed it"),
            "withdraw": self.tr("withdrew it"),
            "close": self.tr("closed it"),
            "close_at_deadline": self.tr("closed at the deadline"),
            "edit_outcome": self.tr("edited the statement"),
            "reopen": self.tr("reopened it"),
        }

    def _events_html(self, detail: ProposalDetail) -> str:
        words = self.action_words()
        items = "".join(
            "<li>{}</li>".format(
                escape(
                    self.tr("{moment}: {who} {what}").format(
                        moment=moment_text(self.ctx, event.at),
                        who=event.member_name or self.tr("Cercle"),
                        what=words.get(event.action, event.action),
                    )
                )
            )
            for event in detail.events
        )
        if not items:
            return ""
        # oldest first: the steps left out come before, where the notice stands
        more = self._whole_history_link(self.tr("Only the latest steps are shown.")) if detail.earlier_events else ""
        return "<h3>{}</h3>{}<ul>{}</ul>".format(escape(self.tr("History")), more, items)

    def _whole_history_link(self, left_out: str) -> str:
        return "<p><i>{}</i> <a href='{}' style='white-space:nowrap'>{}</a></p>".format(
            escape(left_out), WHOLE_HISTORY, escape(self.tr("Show the whole history")))

    def _show_whole_history(self, link: QUrl) -> None:
        """The link under a list cut short: the proposal again, every change and step included."""
        if link.toString() == WHOLE_HISTORY and self.detail is not None:
            self.whole_history_of = self.detail.summary.id
            scrolled = self.view.verticalScrollBar().value()
            self.show_selected()
            self.view.verticalScrollBar().setValue(scrolled)  # the reader stays where they clicked

    @staticmethod
    def _position_row(name: str, stance: Stance, reason: str, notes: list[str]) -> str:
        text = f"<b>{escape(name)}</b>: {escape(stance_label(stance))}"
        if reason:
            text += f" — {escape(reason)}"
        if notes:
            text += " <i>({})</i>".format(escape("; ".join(notes)))
        return f"<li>{text}</li>"

    def _comments_html(self, detail: ProposalDetail) -> str:
        if not detail.comments:
            return ""
        items = "".join(
            f"<li><b>{escape(c.member_name)}</b> ({escape(moment_text(self.ctx, c.at))}): "
            f"{escape(c.text)}</li>"
            for c in detail.comments
        )
        return "<h3>{}</h3><ul>{}</ul>".format(escape(self.tr("Comments")), items)

    # ------------------------------------------------------------ actions

    def _run(self, action):
        """Run a service call for a button and return its result; its error is shown, translated (None)."""
        try:
            return action()
        except CercleError as error:
            show_error(self, self.tr("Decisions"), error)
            return None

    def _after_dialog(self, result: ProposalDetail | None) -> None:
        if result is not None:
            self.show_proposal(result.summary.id)

    def new_proposal(self) -> None:
        self._draft_saved(ProposalDialog.run(self, self.ctx))

    def edit_draft(self) -> None:
        if self.detail:
            self._draft_saved(ProposalDialog.run(self, self.ctx, self.detail))

    def _draft_saved(self, result: ProposalDetail | None) -> None:
        if result is not None:
            self.tell(result, self.tr("The draft is saved. When it is ready: “{next}”.").format(
                next=self.action_buttons["submit"].text()))

    def take_position(self) -> None:
        if self.detail:
            self.position_taken(PositionDialog.run(self, self.ctx, self.detail))

    def position_taken(self, result: ProposalDetail | None) -> None:
        mine = result.position_of(self.workspace.actor_id) if result else None
        if result is not None and mine is not None:
            text = self.tr("Your position “{stance}” is recorded.").format(stance=stance_label(mine.stance))
            self.tell(result, text)

    def amend(self) -> None:
        if self.detail:
            AmendDialog.run(self, self.ctx, self.detail)

    def close_proposal(self) -> None:
        if self.detail:
            self._after_dialog(CloseDialog.run(self, self.ctx, self.detail))

    def postpone(self) -> None:
        if self.detail:
            self._after_dialog(PostponeDialog.run(self, self.ctx, self.detail))

    def reopen(self) -> None:
        if self.detail:
            self._after_dialog(ReopenDialog.run(self, self.ctx, self.detail))

    def submit(self) -> None:
        if self.detail:
            detail = self.detail
            result = self._run(
                lambda: decisions.submit(self.ctx, detail.summary.id, expected_version=detail.summary.version)
            )
            asked = result is not None and result.summary.status == ProposalStatus.SEEKING_ENDORSEMENT
            self._after_step(result, self.tr("Endorsements are asked of the team.") if asked else "")

    def endorse(self) -> None:
        if self.detail:
            detail = self.detail
            result = self._run(lambda: decisions.endorse(self.ctx, detail.summary.id))
            self._after_step(result, self.tr("Your endorsement is recorded."))

    def withdraw(self) -> None:
        detail = self.detail
        if detail is None or not confirm(
            self,
            self.tr("Withdraw a proposal"),
            self.tr("“{title}” will be withdrawn for good; it stays visible in the list. Withdraw?").format(
                title=detail.summary.title
            ),
        ):
            return
        self._run(
            lambda: decisions.withdraw(self.ctx, detail.summary.id, expected_version=detail.summary.version)
        )

    def add_comment(self) -> None:
        if self.detail is None:
            return
        proposal_id, text = self.detail.summary.id, self._typed_comment()
        if not text:
            return  # Enter in an empty field: nothing to send (the greyed button says so)
        try:
            decisions.add_comment(self.ctx, proposal_id, text)
        except CercleError as error:
            show_error(self, self.tr("Decisions"), error)
            return
        self.comment.clear()

    def export(self) -> None:
        shown = self.register_filter()  # read here: the writing runs off the GUI thread
        export_with_dialog(
            self,
            self.tr("Export the register"),
            self.tr("register-of-decisions.odt"),
            self.tr("OpenDocument text (*.odt);;PDF (*.pdf);;Spreadsheet (*.csv)"),
            lambda path, _chosen: self.export_to(path, shown),
        )

    def export_to(self, path: Path, shown: RegisterFilter) -> Path:
        """Export the register as ``shown`` (its filter), in the format the file name ends with (ODT by
        default); runs off the GUI thread."""
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("odt", "pdf", "csv"):
            path, fmt = path.with_suffix(".odt"), "odt"
        return export_register(self.ctx, path, fmt, shown)
