"""Partner meetings in the documents (issue 17, points 4 and 5): the minutes name the organisations present
(« Partenaires présents : ARS, CPAM »), and the activity report has its "Partenaires" section, in the CSV and in
the PDF and ODT read back."""

import csv
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date, time

import pytest

from app.domain.meetings import Attendance, MeetingKind
from app.domain.members import MemberDraft
from app.exports.activity import export_activity
from app.exports.minutes import Minutes, export_minutes, minutes_markdown, minutes_of
from app.services import meetings, members
from app.services import workshops as ws
from app.services.meetings import MeetingDraft, PartnerAttendance
from tests.french import typeset
from tests.services.test_activity import YEAR, centre  # noqa: F401 - the fixture
from tests.services.test_activity_partners import met  # noqa: F401 - the fixture
from tests.test_cli import cercle

DAY = date(2026, 11, 18)


def steering_committee(ctx, *partners, kind=MeetingKind.STEERING_COMMITTEE):
    amina = members.add_member(ctx, MemberDraft(name="Amina Benali", start_date=date(2026, 1, 5))).id
    ctx.actor_id = amina
    found = meetings.create_meeting(ctx, MeetingDraft(title="Comité de pilotage", day=DAY, start=time(10),
                                                      end=time(12), kind=kind))
    meetings.set_attendance(ctx, found.id, {amina: Attendance.PRESENT})
    ids = [ws.add_partner(ctx, ws.PartnerDraft(name)).id for name in partners]
    meetings.set_meeting_partners(ctx, found.id, ids)
    return found.id


def test_the_minutes_name_the_organisations_present(ctx, french):
    meeting_id = steering_committee(ctx, "CPAM", "ARS", "Centre social Romain Rolland")
    text = minutes_markdown(minutes_of(ctx, meeting_id))
    assert "| Partenaires présents | ARS, Centre social Romain Rolland, CPAM |" in text
    assert "| Présent·es | Amina Benali |" in text  # the organisations are not members present


def test_a_partner_meeting_without_organisations_says_so_and_a_team_meeting_says_nothing(ctx, french):
    partner_meeting = steering_committee(ctx, kind=MeetingKind.PARTNER)
    assert "| Partenaires présents | — |" in minutes_markdown(minutes_of(ctx, partner_meeting))
    team = meetings.create_meeting(ctx, MeetingDraft(title="Réunion d'équipe", day=DAY, start=time(14),
                                                     end=time(15)))
    assert "Partenaires" not in minutes_markdown(minutes_of(ctx, team.id))


def test_the_contacts_of_each_organisation_are_named_beside_it(ctx, french):
    """The seam for the directory of people: each organisation's contacts present, in French order."""
    minutes = minutes_of(ctx, steering_committee(ctx, "CPAM", "ARS"))
    ars, cpam = minutes.detail.partners
    detail = replace(minutes.detail, partners=(
        ars, PartnerAttendance(cpam.partner_id, cpam.name, ("Paul Petit", "Agnès Roy"))))
    text = minutes_markdown(Minutes(detail, minutes.centre_name))
    assert "| Partenaires présents | ARS, CPAM (Agnès Roy, Paul Petit) |" in text


def test_the_pdf_and_odt_minutes_name_them(ctx, french, tmp_path):
    meeting_id = steering_committee(ctx, "CPAM", "ARS")
    with zipfile.ZipFile(export_minutes(ctx, meeting_id, tmp_path / "cr.odt", "odt")) as odt:
        assert "Partenaires présents" in odt.read("content.xml").decode("utf-8")
    pdf = export_minutes(ctx, meeting_id, tmp_path / "cr.pdf", "pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Partenaires présents" in text and "ARS, CPAM" in text


def test_the_report_s_csv_has_each_partner_s_figures(met, french, tmp_path):  # noqa: F811
    path = export_activity(met, tmp_path / "bilan.csv", "csv", *YEAR)
    rows = list(csv.reader(path.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert ["Partenaires", "ARS", typeset("Réunions tenues : Comité de pilotage"), "1"] in rows
    assert ["Partenaires", "ARS", typeset("Réunions tenues : Réunion partenaire"), "1"] in rows
    assert ["Partenaires", "ARS", "Heures de l'équipe à ces réunions", "5,5"] in rows
    assert ["Partenaires", "ARS", "Séances réalisées", "0"] in rows
    assert ["Partenaires", "CPAM", "Séances réalisées", "3"] in rows
    assert ["Réunions tenues", "Comité de pilotage", "Nombre", "1"] in rows


def test_the_report_s_pdf_has_its_partners_section(met, french, tmp_path):  # noqa: F811
    path = export_activity(met, tmp_path / "bilan.pdf", "pdf", *YEAR)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Partenaires" in text and "Comité de pilotage : 1" in text and "Réunion partenaire : 1" in text
    ars = export_activity(met, tmp_path / "ars.pdf", "pdf", *YEAR, partner="ARS")
    text = subprocess.run(["pdftotext", str(ars), "-"], capture_output=True, text=True, check=True).stdout
    assert "Partenaire « ARS »" in text and "Comité de pilotage : 1" in text and "Accueil" not in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_partners_section(met, french, tmp_path):  # noqa: F811
    path = export_activity(met, tmp_path / "bilan.odt", "odt", *YEAR)
    converted = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "lo-out"), str(path)], check=False, capture_output=True, text=True, timeout=180)
    assert converted.returncode == 0, converted.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "lo-out" / "bilan.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    section = text[text.index("\nPartenaires\n"):]
    assert "Réunion partenaire : 1\nComité de pilotage : 1\n\n5,5" in section  # the ARS's line


def test_the_command_reports_one_partner_with_its_meetings(met, database_url, tmp_path):  # noqa: F811
    """2026's meetings with the ARS are all past on the real clock of the command: the same figures any day."""
    if not database_url.startswith("sqlite"):
        pytest.skip("the command is run on the SQLite file")
    output = tmp_path / "ars.csv"
    result = cercle("--language", "fr", "report", "activity", "--year", "2026", "--partner", "ARS", "--format",
                    "csv", "--output", str(output), "--database", database_url.removeprefix("sqlite:///"))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(output.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [row for row in rows if row[0] == "Partenaires"] == [
        ["Partenaires", "ARS", typeset("Réunions tenues : Réunion partenaire"), "1"],
        ["Partenaires", "ARS", typeset("Réunions tenues : Comité de pilotage"), "1"],
        ["Partenaires", "ARS", "Heures de l'équipe à ces réunions", "5,5"],
        ["Partenaires", "ARS", "Séances réalisées", "0"],
    ]
