"""The minutes exported as ODT (read back from content.xml), PDF and Markdown, and by the command line."""

import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale

from app.domain.consensus import Stance
from app.domain.meetings import Attendance, ItemKind
from app.domain.members import MemberDraft
from app.exports.documents import ExportFailed
from app.exports.minutes import export_minutes, minutes_markdown, minutes_of
from app.services import decisions, meetings, members
from app.services.meetings import MeetingDraft
from tests.conftest import in_the_afternoon
from tests.test_cli import cercle

MONDAY = date(2026, 11, 23)
NAMES = ("Amina Benali", "Bruno Martin", "Chloé Dubois", "David Leroy")
BLOCK = "Nous n'avons pas encore consulté les habitants-relais."


def full_meeting(ctx, items: int = 3, decided: int = 2) -> int:
    """A held meeting: ``items`` agenda items (``decided`` of them decisions), roles, actions, a next one."""
    team = [members.add_member(ctx, MemberDraft(name=name)).id for name in NAMES]
    ctx.actor_id = team[0]
    draft = MeetingDraft(
        title="Réunion d'équipe", day=MONDAY, start=time(12, 30), end=time(14), place="Salle 1"
    )
    meeting, _next = meetings.create_weekly_series(ctx, draft, 2)
    for number in range(decided):
        ctx.actor_id = team[0]
        proposal = decisions.create_draft(
            ctx,
            title=f"Proposition {number + 1}",
            text=f"Texte de la proposition {number + 1}.",
            deadline=ctx.now() + timedelta(days=7),
            quorum_percent=50,
        )
        decisions.submit(ctx, proposal.summary.id)
        ctx.actor_id = team[1]
        decisions.endorse(ctx, proposal.summary.id)
    ctx.actor_id = team[0]
    meetings.build_agenda(ctx, meeting.id)
    for number in range(items - decided):
        item = meetings.add_item(ctx, meeting.id, f"Point {number + 1}", ItemKind.DISCUSSION, 10)
        meetings.save_notes(ctx, item.id, f"Nous avons parlé du loyer, point {number + 1}.")
    meetings.set_attendance(
        ctx,
        meeting.id,
        {
            team[0]: Attendance.PRESENT,
            team[1]: Attendance.PRESENT,
            team[2]: Attendance.PRESENT,
            team[3]: Attendance.EXCUSED,
        },
    )
    meetings.set_roles(ctx, meeting.id, meetings.suggest_meeting_roles(ctx, meeting.id))
    detail = meetings.get_meeting(ctx, meeting.id)
    for index, decision in enumerate(detail.decisions):
        meetings.record_position(ctx, meeting.id, decision.proposal_id, team[0], Stance.AGREE)
        meetings.record_position(ctx, meeting.id, decision.proposal_id, team[1], Stance.AGREE)
        blocked = index == 0
        meetings.record_position(
            ctx,
            meeting.id,
            decision.proposal_id,
            team[2],
            Stance.BLOCK if blocked else Stance.AGREE,
            BLOCK if blocked else "",
        )
        meetings.close_decision(ctx, meeting.id, decision.proposal_id, f"Décision {index + 1} prise.")
    meetings.add_action(ctx, meeting.id, team[1], "Appeler la CPAM", due=MONDAY + timedelta(days=4))
    meetings.add_action(ctx, meeting.id, team[2], "Réserver la salle")
    meetings.mark_held(in_the_afternoon(ctx), meeting.id)
    return meeting.id


@pytest.fixture
def meeting_id(ctx):
    return full_meeting(ctx)


def test_markdown_says_what_was_decided(ctx, qapp, meeting_id):
    text = minutes_markdown(minutes_of(ctx, meeting_id))
    assert text.startswith("Centre de test\n\n# Réunion d'équipe")
    assert "Salle 1" in text and "12:30–14:00" in text
    assert "| Present | Amina Benali, Bruno Martin, Chloé Dubois |" in text
    assert "| Excused | David Leroy |" in text
    assert "Nous avons parlé du loyer, point 1." in text
    assert "Décision 2 prise." in text and "Texte de la proposition 1." in text
    assert f"Block by Chloé Dubois: {BLOCK}" in text
    assert "Agree 2 · stand aside 0 · abstain 0 · block 1" in text
    assert "| Bruno Martin | Appeler la CPAM |" in text
    assert "## Next meeting\n\nRéunion d'équipe, " in text


def test_an_erratum_is_dated_by_the_centre_s_day(ctx, qapp, meeting_id):
    """Written at 00:30 in Paris on Wednesday 25 November (23:30 UTC the day before): dated the 25th."""
    meetings.approve_minutes(in_the_afternoon(ctx), meeting_id)
    ctx.clock = lambda: datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    meetings.add_erratum(ctx, meeting_id, "L'heure de fin était 14 h 15.")
    text = minutes_markdown(minutes_of(ctx, meeting_id))
    day = QLocale().toString(QDate(2026, 11, 25), QLocale.FormatType.ShortFormat)
    assert f"{day} — L'heure de fin était 14 h 15." in text


def test_odt_has_headings_tables_and_text(ctx, qapp, meeting_id, tmp_path):
    path = export_minutes(ctx, meeting_id, tmp_path / "cr.odt", "odt")
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert content.count("<table:table ") == 2  # attendance and roles, actions
    for expected in (
        "Réunion d&apos;équipe",
        "Appeler la CPAM",
        "Décision 1 prise.",
        "Nous avons parlé du loyer",
        "Chloé Dubois",
        "Next meeting",
    ):
        assert expected.replace("&apos;", "'") in content.replace("&apos;", "'")


def test_pdf_is_a4_and_readable(ctx, qapp, meeting_id, tmp_path):
    path = export_minutes(ctx, meeting_id, tmp_path / "cr.pdf", "pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Appeler la CPAM" in text


def test_an_unwritable_folder_gives_a_clear_error_and_no_file(ctx, qapp, meeting_id, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportFailed) as raised:
        export_minutes(ctx, meeting_id, blocker / "cr.md", "md")
    assert "Cannot write" in str(raised.value)
    good = export_minutes(ctx, meeting_id, tmp_path / "cr.md", "md")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cr")] == []
    assert good.read_text(encoding="utf-8").startswith("Centre de test")


def test_the_command_line_exports_the_minutes(database_url, ctx, tmp_path):
    if not database_url.startswith("sqlite"):
        pytest.skip("the command is run on the SQLite file")
    meeting = full_meeting(ctx, items=2, decided=1)
    output = tmp_path / "cr.odt"
    result = cercle(
        "minutes",
        "export",
        str(meeting),
        "--format",
        "odt",
        "--output",
        str(output),
        "--database",
        database_url.removeprefix("sqlite:///"),
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"PK")
    result = cercle(
        "minutes",
        "export",
        str(meeting),
        "--format",
        "md",
        "--output",
        str(tmp_path / "f" / "x" / "cr.md"),
        "--database",
        database_url.removeprefix("sqlite:///"),
    )
    assert result.returncode == 0, result.stderr
    (tmp_path / "blocker").write_text("")
    result = cercle(
        "minutes",
        "export",
        str(meeting),
        "--format",
        "md",
        "--output",
        str(tmp_path / "blocker" / "cr.md"),
        "--database",
        database_url.removeprefix("sqlite:///"),
    )
    assert result.returncode == 1 and result.stderr.startswith("cercle: Cannot write")


@pytest.fixture
def french(qapp):
    from app import i18n

    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def test_french_minutes_read_right_and_keep_typed_text_as_text(ctx, french):
    """Names in French order, "d'Élodie", one colon after "Conclusion", and "# pas un titre" no heading."""
    names = ("Fatou Diallo", "Élodie Roux", "David Leroy")
    team = [members.add_member(ctx, MemberDraft(name=name)).id for name in names]
    ctx.actor_id = team[0]
    draft = MeetingDraft(title="Réunion", day=MONDAY, start=time(12, 30), end=time(14))
    meeting = meetings.create_meeting(ctx, draft)
    proposal = decisions.create_draft(ctx, title="Téléphone", text="Supprimer la ligne fixe.",
                                      deadline=ctx.now() + timedelta(days=7), quorum_percent=50)
    decisions.submit(ctx, proposal.summary.id)
    ctx.actor_id = team[2]
    decisions.endorse(ctx, proposal.summary.id)
    meetings.build_agenda(ctx, meeting.id)
    item = meetings.add_item(ctx, meeting.id, "Loyer", ItemKind.DISCUSSION, 10)
    meetings.save_notes(ctx, item.id, "# pas un titre\n- pas une liste")
    meetings.set_attendance(ctx, meeting.id, {member: Attendance.PRESENT for member in team})
    for member, stance in zip(team, (Stance.AGREE, Stance.BLOCK, Stance.AGREE), strict=True):
        meetings.record_position(ctx, meeting.id, proposal.summary.id, member, stance,
                                 "Pas sans les habitants." if stance == Stance.BLOCK else "")
    meetings.close_decision(ctx, meeting.id, proposal.summary.id, "Non adoptée : nous gardons le téléphone.")
    text = minutes_markdown(minutes_of(ctx, meeting.id))
    assert "David Leroy, Élodie Roux, Fatou Diallo" in text
    assert "Blocage d'Élodie Roux : Pas sans les habitants." in text
    assert "Conclusion : nous gardons le téléphone." in text and "Décidé" not in text
    assert "\\# pas un titre\n\n\\- pas une liste" in text
    assert "\n# pas un titre" not in text
