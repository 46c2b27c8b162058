"""The audit log keeps who changed what and when, but of free text only a digest and a length."""

import json
from datetime import date, time

from sqlmodel import select

from app.domain.meetings import ItemKind, MeetingKind
from app.domain.members import MemberDraft
from app.services import meetings, members, rota
from app.services.context import free_text_digest, snapshot
from app.services.meetings import MeetingDraft
from app.storage.models import AuditEntry, Closure

SECRET = "Mme D., 82 ans, chute à domicile : revoir le passage infirmier."


def audit_entries(ctx, action: str | None = None) -> list[AuditEntry]:
    with ctx.reading() as db:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(db.exec(query))


def test_a_note_cleared_from_a_care_review_is_gone_from_the_audit_log(ctx):
    ctx.actor_id = members.add_member(ctx, MemberDraft(name="Amina")).id
    draft = MeetingDraft(title="Revue de cas", day=date(2026, 11, 24), start=time(13), end=time(14),
                         kind=MeetingKind.CARE_REVIEW)
    meeting = meetings.create_meeting(ctx, draft)
    item = meetings.add_item(ctx, meeting.id, "Situation 1", ItemKind.CARE_REVIEW, 15)
    meetings.save_notes(ctx, item.id, SECRET)
    meetings.save_notes(ctx, item.id, "")
    meetings.remove_item(ctx, item.id)

    entries = audit_entries(ctx)
    assert all("chute" not in (entry.before or "") + (entry.after or "") for entry in entries)
    first, cleared = audit_entries(ctx, "notes")
    assert json.loads(first.after) == {"item_id": item.id, "notes": free_text_digest(SECRET), "version": 2}
    assert json.loads(cleared.before)["notes"] == {"sha256": free_text_digest(SECRET)["sha256"],
                                                   "length": len(SECRET)}
    assert json.loads(cleared.after) == {"item_id": item.id, "notes": "", "version": 3}
    [removed] = audit_entries(ctx, "remove_item")
    after = json.loads(removed.after)
    assert (after["title"], after["kind"], after["removed"], after["notes"]) == ("Situation 1", "care_review",
                                                                                True, "")
    assert removed.member_id == ctx.actor_id and removed.entity_id == meeting.id


def test_identifiers_dates_and_statuses_stay_readable(ctx):
    rota.add_closure(ctx, date(2026, 12, 25), "Fermé : Mme D. hospitalisée")
    [entry] = audit_entries(ctx, "add")
    after = json.loads(entry.after)
    assert after["day"] == "2026-12-25" and after["reason"] == free_text_digest("Fermé : Mme D. hospitalisée")


def test_free_text_in_nested_pictures_and_models_alike():
    row = Closure(id=3, day=date(2026, 12, 25), reason="Noël")
    assert json.loads(snapshot(row))["reason"] == {"length": 4, "sha256": free_text_digest("Noël")["sha256"]}
    nested = json.loads(snapshot({"item": {"notes": "x", "title": "Budget"}, "count": 2}))
    assert nested == {"item": {"notes": free_text_digest("x"), "title": "Budget"}, "count": 2}
