"""Dialogs of the decisions page: a proposal, a position, an amendment, a close, a postponement, a reopening.

Each has a classmethod that runs it and returns the saved proposal (or None); tests call ``save``.
"""

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.domain.consensus import Rule, Stance
from app.domain.kept_years import local_moment
from app.domain.names import visible_length
from app.exports.decisions import outcome_label
from app.services import decisions, settings
from app.services.decisions import ProposalDetail
from app.services.errors import StaleEdit
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.conflict import EditedElsewhereDialog
from app.ui.dialogs.fields import date_edit

NO_QUORUM = -1  # the spin box's special value: no quorum (consent only)


def deadline_edit(ctx, value: datetime) -> QDateTimeEdit:
    local = local_moment(value, ctx.timezone)
    edit = QDateTimeEdit(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    return edit


def moment_of(ctx, edit: QDateTimeEdit) -> datetime:
    """The edit's local date and time (Europe/Paris) as an aware UTC moment."""
    day, clock = edit.date(), edit.time()
    local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=ctx.timezone)
    return local.astimezone(UTC)


def default_deadline(ctx) -> datetime:
    """A week from today at 18:00, local time."""
    day = ctx.today() + timedelta(days=7)
    return datetime.combine(day, time(18, 0), tzinfo=ctx.timezone)


class _Dialog(ServiceDialog[ProposalDetail]):
    """A form about one proposal, that returns it as saved; subclasses implement ``call_service``."""

    def __init__(self, ctx, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)

    def text_box(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        return box


class ProposalDialog(_Dialog):
    """A new draft, or a draft edited by its author."""

    def __init__(self, ctx, detail: ProposalDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit the draft") if detail else self.tr("New proposal"), parent)
        self.detail = detail
        summary = detail.summary if detail else None
        self.title = QLineEdit(summary.title if summary else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(decisions.MAX_TITLE)
        self.form.addRow(self.tr("Title"), self.title)
        self.category = QComboBox()
        self.category.setEditable(True)
        typed = self.category.lineEdit()
        assert typed is not None, "an editable combo box has its line edit"
        typed.setMaxLength(decisions.MAX_CATEGORY)  # what the service and the database keep
        self.category.addItems(decisions.categories(ctx))
        self.category.setCurrentText(summary.category if summary else "")
        self.category.setAccessibleName(self.tr("Category"))
        self.form.addRow(self.tr("Category"), self.category)
        self.text = self.text_box(detail.text if detail else "", self.tr("Text of the proposal"))
        self.form.addRow(self.tr("Text"), self.text)
        self.deadline = deadline_edit(ctx, summary.deadline if summary else default_deadline(ctx))
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.form.addRow(self.tr("Deadline"), self.deadline)
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Consensus: everyone is asked"), Rule.CONSENSUS)
        self.rule.addItem(self.tr("Consent: silence consents"), Rule.CONSENT)
        self.rule.setCurrentIndex(max(0, self.rule.findData(summary.rule if summary else Rule.CONSENSUS)))
        self.rule.setAccessibleName(self.tr("Rule"))
        self.form.addRow(self.tr("Rule"), self.rule)
        self.quorum = QSpinBox()
        self.quorum.setRange(NO_QUORUM, 100)
        self.quorum.setSuffix(formatting.percent_suffix())
        self.quorum.setSpecialValueText(self.tr("no quorum"))
        quorum = summary.quorum_percent if summary else None
        if quorum is None and not summary:
            quorum = settings.get(ctx, "quorum_percent")
        self.quorum.setValue(NO_QUORUM if quorum is None else quorum)
        self.quorum.setAccessibleName(self.tr("Quorum: share of active members who must take a position"))
        self.form.addRow(self.tr("Quorum"), self.quorum)
        self.add_buttons(self.form, self.tr("Save the draft"))

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "text": self.text.toPlainText(),
            "category": self.category.currentText(),
            "deadline": moment_of(self.ctx, self.deadline),
            "rule": self.rule.currentData(),
            "quorum_percent": None if self.quorum.value() == NO_QUORUM else self.quorum.value(),
        }

    def call_service(self) -> ProposalDetail:
        if self.detail is None:
            return decisions.create_draft(self.ctx, **self.values())
        return decisions.edit_draft(
            self.ctx, self.detail.summary.id, expected_version=self.detail.summary.version, **self.values()
        )

    @staticmethod
    def _edited(detail: ProposalDetail) -> tuple:
        """What this dialog edits of a draft (its version may move without these changing)."""
        s = detail.summary
        return (s.title, s.category, detail.text, s.deadline, s.rule, s.quorum_percent)

    def resolve(self, conflict: StaleEdit) -> None:
        """Someone saved this draft meanwhile: when what this dialog edits changed, show both and let the
        author keep theirs, take the other or go back to editing; otherwise save quietly."""
        theirs = conflict.current
        assert isinstance(theirs, ProposalDetail), "the service says it with the record as saved"
        assert self.detail is not None, "only an edit meets a newer version"
        if self._edited(theirs) == self._edited(self.detail):
            self.detail = theirs  # from now on the edit starts from the saved version
            self.save()
            return
        mine, saved = self.values(), theirs.summary
        rows = [
            (self.tr("Title"), mine["title"], saved.title),
            (self.tr("Category"), mine["category"], saved.category),
            (self.tr("Text"), mine["text"], theirs.text),
            (self.tr("Deadline"), self._moment_text(mine["deadline"]), self._moment_text(saved.deadline)),
            (self.tr("Rule"), self._rule_text(mine["rule"]), self._rule_text(saved.rule)),
            (
                self.tr("Quorum"),
                self._quorum_text(mine["quorum_percent"]),
                self._quorum_text(saved.quorum_percent),
            ),
        ]
        text = self.tr("Someone else saved this draft while you were editing it.")
        EditedElsewhereDialog.settle(self, text, rows, theirs, edited="detail")

    def _moment_text(self, moment: datetime) -> str:
        local = local_moment(moment, self.ctx.timezone)
        return f"{formatting.short_date(local.date())} {formatting.clock(local.time())}"

    def _rule_text(self, rule: Rule) -> str:
        return self.rule.itemText(max(0, self.rule.findData(rule)))

    def _quorum_text(self, quorum: int | None) -> str:
        return self.quorum.specialValueText() if quorum is None else formatting.percent(quorum)


class PositionDialog(_Dialog):
    """The four stances in plain words, and a reason (required for a block)."""

    def __init__(self, ctx, detail: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Your position"), parent)
        self.detail = detail
        self.form.addRow(
            QLabel(
                self.tr("On “{title}”, version {version}:").format(
                    title=detail.summary.title, version=detail.summary.current_version
                )
            )
        )
        self.stances = QButtonGroup(self)
        self.buttons: dict[Stance, QRadioButton] = {}
        choices = QVBoxLayout()
        for stance, label, description in self.choices():
            button = QRadioButton(label)
            button.setAccessibleName(label)
            button.setAccessibleDescription(description)
            explanation = QLabel(description)
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 6)
            self.stances.addButton(button)
            self.buttons[stance] = button
            choices.addWidget(button)
            choices.addWidget(explanation)
        self.form.addRow(choices)
        mine = detail.position_of(ctx.actor_id)
        self.buttons[mine.stance if mine else Stance.AGREE].setChecked(True)
        self.reason = self.text_box(mine.reason if mine else "", self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("Optional, except for a block: say what would have to change.")
        )
        self.form.addRow(self.tr("Reason"), self.reason)
        self.add_buttons(self.form, self.tr("Record my position"))

    def choices(self) -> list[tuple[Stance, str, str]]:
        return [
            (Stance.AGREE, self.tr("I agree"), self.tr("I support this proposal as it is written.")),
            (
                Stance.STAND_ASIDE,
                self.tr("I stand aside"),
                self.tr("I have reservations, but I will not stop the team from going ahead."),
            ),
            (
                Stance.ABSTAIN,
                self.tr("I abstain"),
                self.tr("I take no part in this decision; my position still counts for the quorum."),
            ),
            (
                Stance.BLOCK,
                self.tr("I block"),
                self.tr(
                    "This goes against what we stand for or would harm the centre: the proposal cannot be "
                    "adopted while I block. A reason is required."
                ),
            ),
        ]

    def stance(self) -> Stance:
        return next(stance for stance, button in self.buttons.items() if button.isChecked())

    def call_service(self) -> ProposalDetail:
        return decisions.take_position(
            self.ctx, self.detail.summary.id, self.stance(), self.reason.toPlainText(),
            text_version=self.detail.summary.current_version,  # the version this dialog names
        )


class AmendDialog(_Dialog):
    """A new version of an open proposal: everyone is asked again."""

    def __init__(self, ctx, detail: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Amend the proposal"), parent)
        self.detail = detail
        notice = QLabel(
            self.tr(
                "After an amendment, positions given on earlier versions no longer count: "
                "everyone is asked again."
            )
        )
        notice.setWordWrap(True)
        self.form.addRow(notice)
        self.text = self.text_box(detail.text, self.tr("New text"))
        self.form.addRow(self.tr("New text"), self.text)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("What changes"))
        self.form.addRow(self.tr("What changes"), self.note)
        self.add_buttons(self.form)

    def call_service(self) -> ProposalDetail:
        return decisions.amend(
            self.ctx,
            self.detail.summary.id,
            text=self.text.toPlainText(),
            change_note=self.note.text(),
            expected_version=self.detail.summary.version,
        )


class CloseDialog(_Dialog):
    """Close now: the rules give the outcome; the statement says what was decided.

    On a proposal already closed (e.g. at its deadline), the same form writes or corrects the statement.
    """

    def __init__(self, ctx, detail: ProposalDetail, parent: QWidget | None = None) -> None:
        self.closed = detail.summary.closed_at is not None
        title = self.tr("What was decided") if self.closed else self.tr("Close the proposal")
        super().__init__(ctx, title, parent)
        self.detail = detail
        if self.closed:
            text = self.tr("The proposal was closed: {outcome}.").format(
                outcome=outcome_label(detail.summary.outcome)
            )
        else:
            text = self.tr("If it closes now, the outcome is: {outcome}.").format(
                outcome=outcome_label(detail.outcome_if_closed_now)
            )
        outcome = QLabel(text)
        outcome.setWordWrap(True)
        self.form.addRow(outcome)
        self.statement = self.text_box(detail.outcome_statement, self.tr("What was decided"))
        self.form.addRow(self.tr("What was decided"), self.statement)
        self.review = QCheckBox(self.tr("Review this decision on"))
        self.review.setAccessibleName(self.tr("Review this decision"))
        review = detail.summary.review_date or ctx.today() + timedelta(days=182)
        self.review_date = date_edit(review, self.tr("Review date"))
        self.review.toggled.connect(self.review_date.setEnabled)
        self.review.setChecked(detail.summary.review_date is not None)
        self.review_date.setEnabled(self.review.isChecked())
        self.form.addRow(self.review, self.review_date)
        self.add_buttons(self.form)
        self.say_if_outside_calendar(detail.summary.review_date)

    def chosen_review_date(self) -> date | None:
        if not self.review.isChecked():
            return None
        value = self.review_date.date()
        return date(value.year(), value.month(), value.day())

    def call_service(self) -> ProposalDetail:
        action = decisions.update_outcome if self.closed else decisions.close
        return action(
            self.ctx,
            self.detail.summary.id,
            statement=self.statement.toPlainText(),
            review_date=self.chosen_review_date(),
            expected_version=self.detail.summary.version,
        )


class PostponeDialog(_Dialog):
    """Back to draft, with a note saying why."""

    def __init__(self, ctx, detail: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Postpone the proposal"), parent)
        self.detail = detail
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Why"))
        self.form.addRow(self.tr("Why"), self.note)
        self.add_buttons(self.form)

    def call_service(self) -> ProposalDetail:
        return decisions.postpone(
            self.ctx, self.detail.summary.id, self.note.text(), expected_version=self.detail.summary.version
        )


class ReopenDialog(_Dialog):
    """Open a closed proposal again, until a new deadline, saying why: the team decided it."""

    def __init__(self, ctx, detail: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Reopen the proposal"), parent)
        self.detail = detail
        self.reason = self.text_box("", self.tr("Why reopen it?"))
        self.reason.setPlaceholderText(self.tr("What has changed since the team decided?"))
        self.form.addRow(self.tr("Why reopen it?"), self.reason)
        self.deadline = deadline_edit(ctx, default_deadline(ctx))
        self.deadline.setAccessibleName(self.tr("New deadline"))
        self.form.addRow(self.tr("New deadline"), self.deadline)
        self.add_buttons(self.form)
        self.reason.textChanged.connect(self._allow_saving)
        self._allow_saving()

    def _allow_saving(self) -> None:
        """Save is greyed until a reason is typed (the service refuses one without)."""
        self.ok_button.setEnabled(bool(visible_length(self.reason.toPlainText())))

    def call_service(self) -> ProposalDetail:
        return decisions.reopen(
            self.ctx,
            self.detail.summary.id,
            moment_of(self.ctx, self.deadline),
            reason=self.reason.toPlainText(),
            expected_version=self.detail.summary.version,
        )
