"""The centre's details as a person types them: at creation, in its guided set-up and in Settings."""

from datetime import time

from PySide6.QtCore import QCoreApplication, QObject, QTime
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit

from app import i18n
from app.domain.errors import QT_TRANSLATE_NOOP
from app.services import centre

TIME_ZONES = ("Europe/Paris", "America/Cayenne", "America/Guadeloupe", "America/Martinique",
              "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti")


# what a change of region did to the reception shifts (i18n.plural: French says « 1 créneau », « 0 créneau »)
CANCELLED = (QT_TRANSLATE_NOOP("CentreFields", "{count} reception shift cancelled (public holiday)"),
             QT_TRANSLATE_NOOP("CentreFields", "{count} reception shifts cancelled (public holidays)"))
CREATED = (QT_TRANSLATE_NOOP("CentreFields", "{count} shift created"),
           QT_TRANSLATE_NOOP("CentreFields", "{count} shifts created"))
CREATED_ALONE = (QT_TRANSLATE_NOOP("CentreFields", "{count} reception shift created (no longer a public holiday)"),
                 QT_TRANSLATE_NOOP("CentreFields", "{count} reception shifts created (no longer public holidays)"))
# the same after a change of the public holidays the centre works: a day made worked is a holiday still
CREATED_WORKED = (QT_TRANSLATE_NOOP("CentreFields", "{count} reception shift created (public holiday worked)"),
                  QT_TRANSLATE_NOOP("CentreFields", "{count} reception shifts created (public holidays worked)"))


def holiday_shifts_text(done: centre.HolidayShifts, *, worked: bool = False) -> str:
    """What saving the centre did to the reception shifts (a new region, new public holidays; or, ``worked``, a
    change of the holidays it works), in the reader's language, the seats lost on a line each: « 2 créneaux
    d'accueil annulés (jours fériés) ; 1 créneau créé. »; empty when it did nothing."""
    translate = QCoreApplication.translate
    if done.cancelled and done.created:
        lines = [translate("CentreFields", "{cancelled}; {created}.").format(
            cancelled=i18n.plural(done.cancelled, *CANCELLED), created=i18n.plural(done.created, *CREATED))]
    elif done.cancelled or done.created:
        change = i18n.plural(done.cancelled, *CANCELLED) if done.cancelled else \
            i18n.plural(done.created, *(CREATED_WORKED if worked else CREATED_ALONE))
        lines = [translate("CentreFields", "{change}.").format(change=change)]
    else:
        lines = []
    return "\n".join([*lines, *(i18n.message(warning) for warning in done.warnings)])


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class CentreFields(QObject):
    """Adds the rows of the centre's name, time zone, public holidays and opening hours to a form."""

    def __init__(self, form: QFormLayout) -> None:
        super().__init__(form)
        self.name = QLineEdit()
        self.name.setMaxLength(centre.MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("for example: Centre de santé communautaire du Village 2"))
        self.name.setMinimumWidth(360)
        self.name.setAccessibleName(self.tr("Name of the centre"))
        form.addRow(self.tr("Name of the centre"), self.name)
        self.zone = QComboBox()
        self.zone.addItems(TIME_ZONES)
        self.zone.setAccessibleName(self.tr("Time zone"))
        form.addRow(self.tr("Time zone"), self.zone)
        self.region = QComboBox()
        self.region.addItem(self.tr("Metropolitan France"), "metropole")
        self.region.addItem(self.tr("Alsace-Moselle"), "alsace-moselle")
        self.region.setAccessibleName(self.tr("Public holidays"))
        form.addRow(self.tr("Public holidays"), self.region)
        self.opens = QTimeEdit(QTime(8, 30))
        self.closes = QTimeEdit(QTime(18, 30))
        hours = QHBoxLayout()
        for edit, name in ((self.opens, self.tr("Opens at")), (self.closes, self.tr("Closes at"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        hours.addWidget(self.opens)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        form.addRow(self.tr("Opening hours"), hours)

    def show(self, current: centre.CentreView) -> None:
        self.name.setText(current.name)
        if self.zone.findText(current.timezone) < 0:
            self.zone.addItem(current.timezone)  # a zone set elsewhere (the CLI) stays as it is
        self.zone.setCurrentText(current.timezone)
        self.region.setCurrentIndex(max(0, self.region.findData(current.holiday_region)))
        self.opens.setTime(QTime(current.opens_at.hour, current.opens_at.minute))
        self.closes.setTime(QTime(current.closes_at.hour, current.closes_at.minute))

    def draft(self) -> centre.CentreDraft:
        return centre.CentreDraft(
            name=self.name.text(),
            timezone=self.zone.currentText(),
            holiday_region=self.region.currentData(),
            opens_at=_time(self.opens.time()),
            closes_at=_time(self.closes.time()),
        )
