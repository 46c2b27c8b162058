"""The dialog that adds a person who is not staff to the directory, or edits them; and the picker of people
used by the meetings' guests and the workshops' co-facilitators."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.people import ROLE_LABELS, PersonDraft, PersonRole
from app.services import people
from app.services import workshops as ws
from app.ui.dialogs.base import ServiceDialog
from app.ui.dialogs.fields import OptionalDateEdit


def role_label(role: PersonRole) -> str:
    return QCoreApplication.translate("People", ROLE_LABELS[role])


def person_label(person: people.PersonView) -> str:
    """"Awa (habitant-relais)", "Mme Roux (CPAM)", or "Personne effacée"."""
    if person.erased:
        return QCoreApplication.translate("People", "Erased person")
    return f"{person.name} ({person.partner_name or role_label(person.role).lower()})"


class PersonDialog(ServiceDialog[people.PersonView]):
    """Add or edit a person. Use :meth:`add` or :meth:`edit`."""

    def __init__(self, ctx, person: people.PersonView | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person = person
        draft = person.draft() if person else PersonDraft(name="", role=PersonRole.RELAY)
        self.setWindowTitle(self.tr("Edit a person") if person else self.tr("Add a person"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Not a member of the team: no hours, never counted in a quorum. Keep the least "
                               "you can; a phone or an e-mail only with the person's consent."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name = QLineEdit(draft.name)
        self.name.setAccessibleName(self.tr("Name or pseudonym"))
        form.addRow(self.tr("Name or pseudonym"), self.name)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in PersonRole:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(draft.role))
        form.addRow(self.tr("Role"), self.role)
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.addItem(self.tr("none"), None)
        for partner in ws.list_partners(ctx, include_inactive=True):
            if partner.active or partner.id == draft.partner_id:
                self.partner.addItem(partner.name, partner.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(draft.partner_id)))
        form.addRow(self.tr("Partner"), self.partner)
        self.phone = QLineEdit(draft.phone)
        self.phone.setAccessibleName(self.tr("Phone"))
        form.addRow(self.tr("Phone"), self.phone)
        self.email = QLineEdit(draft.email)
        self.email.setAccessibleName(self.tr("E-mail"))
        form.addRow(self.tr("E-mail"), self.email)
        self.consent = OptionalDateEdit(draft.consent_on, self.tr("Agreed to be contacted on"), parent=self,
                                       opens_on=ctx.today())
        form.addRow(self.tr("Agreed to be contacted on"), self.consent)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.add_buttons(form)

    def _role_changed(self) -> None:
        contact = self.role.currentData() == PersonRole.PARTNER_CONTACT
        self.partner.setEnabled(contact)
        if not contact:
            self.partner.setCurrentIndex(0)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name.text(), role=PersonRole(self.role.currentData()), phone=self.phone.text(),
            email=self.email.text(), consent_on=self.consent.day(),
            partner_id=self.partner.currentData(),
        )

    def call_service(self) -> people.PersonView:
        if self.person is None:
            return people.create_person(self.ctx, self.draft())
        return people.update_person(self.ctx, self.person.id, self.draft())

    @classmethod
    def add(cls, parent: QWidget, ctx) -> people.PersonView | None:
        return cls.run(parent, ctx, None)

    @classmethod
    def edit(cls, parent: QWidget, ctx, person: people.PersonView) -> people.PersonView | None:
        return cls.run(parent, ctx, person)
