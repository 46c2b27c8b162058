"""The integrity checks name every day saved outside the years Cercle keeps (by a version that did not refuse
it): which record, which of its dates, which day, on SQLite and on PostgreSQL, with the command ``cercle check``."""

import os
import subprocess
import sys
from datetime import date, time

from sqlalchemy import insert

from app import i18n
from app.domain.errors import CercleError
from app.domain.members import MemberDraft
from app.services import database, members
from app.storage.models.hours import Absence
from app.storage.models.meetings import ActionItem, Meeting
from app.storage.models.rota import Closure
from tests.french import typeset


def saved_by_an_older_version(ctx, table, **values) -> int:
    with ctx.engine.begin() as connection:
        return connection.execute(insert(table.__table__).values(**values)).inserted_primary_key[0]


def old_rows(ctx) -> dict[str, int]:
    amina = members.add_member(ctx, MemberDraft(name="Amina Benali", start_date=date(2026, 1, 5))).id
    meeting = saved_by_an_older_version(ctx, Meeting, kind="team", title="Vieille réunion", day=date(9999, 12, 31),
                                        start_time=time(12, 30), end_time=time(14), place="", status="planned",
                                        version=1)
    ok = saved_by_an_older_version(ctx, Meeting, kind="team", title="Réunion", day=date(2026, 11, 23),
                                   start_time=time(12, 30), end_time=time(14), place="", status="planned", version=1)
    action = saved_by_an_older_version(ctx, ActionItem, meeting_id=ok, owner_id=amina, description="Appeler",
                                       due=date(1, 1, 1), status="open")
    absence = saved_by_an_older_version(ctx, Absence, member_id=amina, first_day=date(1900, 1, 1),
                                        last_day=date(2026, 11, 20), kind="holiday", half_day_start=False,
                                        half_day_end=False, note="", cancelled=False)
    closure = saved_by_an_older_version(ctx, Closure, day=date(1999, 12, 31), reason="Inventaire", cancelled=False)
    return {"meeting": meeting, "action": action, "absence": absence, "closure": closure}


def said(report) -> list[str]:
    return sorted(i18n.message(CercleError(template, **params)) for template, params in report.findings)


def test_the_check_names_each_day_outside_the_calendar(ctx, database_url):
    ids = old_rows(ctx)
    report = database.check(database_url)
    tail = "is outside the years Cercle keeps (2000 to 9998). Correct it, or ask for help."
    assert said(report) == sorted([
        f"Meeting “Vieille réunion” (no. {ids['meeting']}), day: Friday 31 December 9999 {tail}",
        f"Meeting action “Réunion” (no. {ids['action']}), due date: Monday 1 January 0001 {tail}",
        f"Absence “Amina Benali” (no. {ids['absence']}), first day: Monday 1 January 1900 {tail}",
        f"Closure of the centre no. {ids['closure']}, day: Friday 31 December 1999 {tail}",
    ])


def test_a_sound_centre_has_nothing_to_correct(ctx, database_url):
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    assert database.check(database_url).findings == ()


def cercle_check(url: str, language: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": language, "LC_ALL": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "app", "check", "--database", url], capture_output=True,
                          text=True, env=environment, timeout=120, check=False)


def test_cercle_check_lists_them_in_french(ctx, database_url, tmp_path):
    ids = old_rows(ctx)
    result = cercle_check(database_url, "fr")
    assert result.returncode == 0, result.stderr  # the database is sound: these are rows to correct
    lines = result.stdout.splitlines()
    tail = "est en dehors des années que Cercle prend en compte (de 2000 à 9998). Corrigez-la, ou demandez de l'aide."
    assert lines[1] == typeset("4 dates à corriger :")
    assert sorted(lines[2:]) == sorted(typeset(line) for line in (
        f"- Fermeture du centre n° {ids['closure']}, jour : le vendredi 31 décembre 1999 {tail}",
        f"- Absence « Amina Benali » (n° {ids['absence']}), premier jour : le lundi 1 janvier 1900 {tail}",
        f"- Réunion « Vieille réunion » (n° {ids['meeting']}), jour : le vendredi 31 décembre 9999 {tail}",
        f"- Action de réunion « Réunion » (n° {ids['action']}), échéance : le lundi 1 janvier 0001 {tail}",
    ))


def test_the_check_names_a_deadline_or_a_closing_outside_the_calendar(ctx, database_url):
    from datetime import UTC, datetime

    from app.storage.models.decisions import EarlierOutcome, Proposal

    amina = members.add_member(ctx, MemberDraft(name="Amina Benali", start_date=date(2026, 1, 5))).id

    def proposal(title: str, deadline: datetime, closed_at: datetime | None) -> int:
        return saved_by_an_older_version(
            ctx, Proposal, title=title, category="", author_id=amina, status="adopted" if closed_at else "open",
            rule="consent", quorum_percent=None, deadline=deadline, created_at=datetime(2026, 11, 2, tzinfo=UTC),
            closed_at=closed_at, outcome="adopted" if closed_at else None, outcome_statement="",
            review_date=None, status_note="", current_version=1, count_agree=0, count_stand_aside=0,
            count_abstain=0, count_block=0, version=1)

    beyond = proposal("Jamais", datetime(9999, 12, 31, 23, tzinfo=UTC), None)  # the year 10000 in Paris
    before = proposal("Autrefois", datetime(2026, 11, 20, 17, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC))
    edge = proposal("Au bord", datetime(9998, 12, 31, 23, 59, tzinfo=UTC), datetime(2000, 1, 1, tzinfo=UTC))
    earlier = saved_by_an_older_version(
        ctx, EarlierOutcome, proposal_id=edge, version=1, outcome="adopted", statement="",
        closed_at=datetime(9999, 1, 1, tzinfo=UTC), review_date=None, count_agree=0, count_stand_aside=0,
        count_abstain=0, count_block=0, reopened_at=datetime(2026, 11, 20, tzinfo=UTC), reason="")
    tail = "is outside the years Cercle keeps (2000 to 9998). Correct it, or ask for help."
    assert said(database.check(database_url)) == sorted([
        f"Decision “Jamais” (no. {beyond}), deadline: Friday 31 December 9999 {tail}",
        f"Decision “Autrefois” (no. {before}), closing: Monday 1 January 0001 {tail}",
        f"Earlier outcome of a decision “Au bord” (no. {earlier}), closing: Friday 1 January 9999 {tail}",
    ])


def test_every_date_the_scan_reads_is_named_in_the_teams_words():
    """No table or column the scan may name is said by its code name (« week_validation », « back_on »)."""
    from sqlalchemy import Date
    from sqlmodel import SQLModel

    from app.storage.models import load_all_models
    from app.storage.outside_calendar import COLUMN, MOMENTS, WHAT

    load_all_models()
    scanned = {(table.name, column.name) for table in SQLModel.metadata.sorted_tables for column in table.columns
               if isinstance(column.type, Date) or column.name in MOMENTS.get(table.name, ())}
    assert {(table, column) for table, column in scanned if table not in WHAT or column not in COLUMN} == set()
