"""Members through the services: validation, uniqueness, audit, deactivation, PINs."""

import json
import threading
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import members
from app.services.errors import StaleEdit
from app.storage.models import AuditEntry, Member
from tests.conftest import other_workstation, wait_until_waiting_for_a_lock


def audit_entries(ctx):
    with ctx.reading() as db:
        return list(db.exec(select(AuditEntry).order_by(AuditEntry.id)))


def test_add_member_applies_the_standard_split_and_audits(ctx):
    seen = []
    ctx.events.subscribe(lambda entity, ids: seen.append((entity, ids)))
    added = members.add_member(ctx, MemberDraft(name="  Léa   Garnier ", contract_minutes=28 * 60))
    assert added.name == "Léa Garnier"
    assert added.self_management_minutes == 8 * 60
    assert added.profession_minutes == 20 * 60
    entry = audit_entries(ctx)[-1]
    assert (entry.action, entry.entity, entry.entity_id) == ("add", "member", added.id)
    assert json.loads(entry.after)["name"] == "Léa Garnier"
    assert entry.at.tzinfo is not None
    assert seen == [("member", (added.id,))]


def test_duplicate_name_is_refused_whatever_the_case(ctx):
    members.add_member(ctx, MemberDraft(name="Paul Girard"))
    with pytest.raises(RuleViolation, match="already called"):
        members.add_member(ctx, MemberDraft(name="paul girard"))
    assert len(members.list_members(ctx)) == 1


def test_duplicate_name_is_refused_whatever_the_case_of_its_accented_letters(ctx):
    """SQL's lower() folds ASCII only on SQLite: « ÉLODIE CRÉPIN » passed beside « Élodie Crépin »."""
    élodie = members.add_member(ctx, MemberDraft(name="Élodie Crépin"))
    paul = members.add_member(ctx, MemberDraft(name="Paul Girard"))
    with pytest.raises(RuleViolation, match="already called Élodie Crépin"):
        members.add_member(ctx, MemberDraft(name="ÉLODIE CRÉPIN"))
    with pytest.raises(RuleViolation, match="already called Élodie Crépin"):
        members.update_member(ctx, paul.id, MemberDraft(name="élodie crépin"))
    members.update_member(ctx, élodie.id, MemberDraft(name="ÉLODIE Crépin"))  # her own name, recased
    assert [m.name for m in members.list_members(ctx)] == ["ÉLODIE Crépin", "Paul Girard"]


def test_a_name_and_a_profession_fit_their_columns_on_every_database(ctx):
    """SQLite kept a name longer than the column, PostgreSQL raised its own error: the rule says the limit."""
    long_name = "Marie-Françoise " + "de la Tour d'Auvergne " * 5
    with pytest.raises(RuleViolation, match="A name has at most 80 characters"):
        members.add_member(ctx, MemberDraft(name=long_name))
    with pytest.raises(RuleViolation, match="A profession has at most 80 characters"):
        members.add_member(ctx, MemberDraft(name="Marie", profession="Médecin " * 11))
    kept = members.add_member(ctx, MemberDraft(name=long_name[:80], profession="M" * 80))
    assert members.get_member(ctx, kept.id).name == long_name[:80].strip()


@pytest.mark.parametrize(
    "draft, message",
    [
        (MemberDraft(name="   "), "cannot be empty"),
        (MemberDraft(name="A", contract_minutes=49 * 60), "between 0 and 48"),
        (MemberDraft(name="A", contract_minutes=20 * 60, self_management_minutes=21 * 60), "Self-management"),
        (MemberDraft(name="A", start_date=date(2026, 1, 2), end_date=date(2026, 1, 1)), "end date"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(ctx, draft, message):
    before = len(audit_entries(ctx))
    with pytest.raises(RuleViolation, match=message):
        members.add_member(ctx, draft)
    assert len(audit_entries(ctx)) == before
    assert members.list_members(ctx, include_inactive=True) == []


def test_edit_records_before_and_after(ctx):
    added = members.add_member(ctx, MemberDraft(name="Marc Dubois"))
    ctx.actor_id = added.id
    edited = members.update_member(ctx, added.id, MemberDraft(name="Marc Dubois", profession="Infirmier"))
    assert edited.version == added.version + 1
    entry = audit_entries(ctx)[-1]
    assert entry.member_id == added.id
    assert json.loads(entry.before)["profession"] == ""
    assert json.loads(entry.after)["profession"] == "Infirmier"


def test_deactivated_members_are_kept_but_hidden(ctx):
    added = members.add_member(ctx, MemberDraft(name="Hugo Lambert"))
    members.set_active(ctx, added.id, False)
    assert members.list_members(ctx) == []
    assert [m.name for m in members.list_members(ctx, include_inactive=True)] == ["Hugo Lambert"]


def test_pin_is_hashed_and_locks_after_five_wrong_tries(ctx):
    added = members.add_member(ctx, MemberDraft(name="Inès Moreau"), pin="4321")
    with ctx.reading() as db:
        from app.storage.models import Member

        stored = db.get(Member, added.id).pin_hash
    assert stored.startswith("$argon2id$") and "4321" not in stored
    assert all("4321" not in (entry.after or "") for entry in audit_entries(ctx))
    guard = members.PinGuard()
    guard.check(ctx, added.id, "4321")
    for _ in range(4):
        with pytest.raises(RuleViolation, match="Wrong PIN"):
            guard.check(ctx, added.id, "0000")
    with pytest.raises(RuleViolation, match="Try again in 60 s"):
        guard.check(ctx, added.id, "0000")
    with pytest.raises(RuleViolation, match="Try again"):
        guard.check(ctx, added.id, "4321")  # even the right PIN waits
    start = ctx.now()
    ctx.clock = lambda: start + timedelta(seconds=61)
    guard.check(ctx, added.id, "4321")


def test_bad_pin_is_refused(ctx):
    with pytest.raises(RuleViolation, match="4 to 8 digits"):
        members.add_member(ctx, MemberDraft(name="Nadia"), pin="12a4")


def test_an_edit_over_a_newer_version_is_refused(ctx):
    added = members.add_member(ctx, MemberDraft(name="Samia Ould"))
    members.update_member(ctx, added.id, MemberDraft(name="Samia Ould", profession="Animatrice"),
                          expected_version=added.version)
    with pytest.raises(StaleEdit) as conflict:
        members.update_member(ctx, added.id, MemberDraft(name="Samia Ould", profession="Médiatrice"),
                              expected_version=added.version)
    assert conflict.value.current.profession == "Animatrice"
    assert members.get_member(ctx, added.id).profession == "Animatrice"


def test_two_workstations_saving_one_record_at_once_do_not_lose_an_edit(ctx, database_url):
    """The second save waits for the first one's transaction, then is refused as stale: without a lock, on
    PostgreSQL both would read the same version and the first edit would be silently overwritten."""
    added = members.add_member(ctx, MemberDraft(name="Samia Ould"))
    other, application = other_workstation(ctx, database_url)
    outcome = []

    def save_elsewhere() -> None:
        try:
            members.update_member(other, added.id, MemberDraft(name="Samia Ould", profession="Médiatrice"),
                                  expected_version=added.version)
            outcome.append("saved")
        except StaleEdit as conflict:
            outcome.append(conflict.current.profession)

    try:
        with ctx.writing() as unit:  # this workstation's save, not yet committed
            member = unit.db.get(Member, added.id)
            member.profession, member.version = "Animatrice", member.version + 1
            unit.db.flush()
            elsewhere = threading.Thread(target=save_elsewhere)
            elsewhere.start()
            wait_until_waiting_for_a_lock(ctx, application)
        elsewhere.join()
    finally:
        other.engine.dispose()
    assert outcome == ["Animatrice"]
    assert members.get_member(ctx, added.id).profession == "Animatrice"


def test_each_new_member_gets_a_colour_of_their_own(ctx):
    from app.domain.members import PALETTE

    amina = members.add_member(ctx, MemberDraft(name="Amina"))
    bruno = members.add_member(ctx, MemberDraft(name="Bruno"))
    chosen = members.add_member(ctx, MemberDraft(name="Chloé", colour=PALETTE[2]))
    assert (amina.colour, bruno.colour, chosen.colour) == PALETTE[:3]
    assert members.colour_for_new_member(ctx) == PALETTE[3]
    members.set_active(ctx, bruno.id, False)  # who left gives their colour back
    assert members.colour_for_new_member(ctx) == PALETTE[1]
    renamed = members.update_member(ctx, amina.id, MemberDraft(name="Amina Benali"))
    assert renamed.colour == PALETTE[0]  # an edit without a colour keeps it


def test_a_member_has_a_phone_and_an_e_mail_address(ctx):
    amina = members.add_member(ctx, MemberDraft(name="Amina", phone="+33 6 12 34 56 78", email=" amina@example.org "))
    assert (amina.phone, amina.email) == ("06 12 34 56 78", "amina@example.org")
    assert members.update_member(ctx, amina.id, amina.draft()).phone == "06 12 34 56 78"
    with pytest.raises(RuleViolation):
        members.add_member(ctx, MemberDraft(name="Bruno", email="bruno at example"))
