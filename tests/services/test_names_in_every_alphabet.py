"""Names with an accented capital (« Élodie », « Épicerie ») found case set aside, on both engines: SQL's lower()
folds only A–Z on SQLite and on PostgreSQL in the C locale, so these were compared in Python (app.domain.names).
"""

import json
from datetime import date, time

import pytest

from app.domain.errors import RuleViolation
from app.domain.people import PersonDraft, PersonRole
from app.services import activity, people
from app.services import workshops as ws

THURSDAY = date(2026, 11, 26)


@pytest.fixture
def session_id(ctx):
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", capacity=5))
    return ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0].id


def test_a_participant_with_an_accented_capital_is_exported_and_forgotten(ctx, session_id):
    ws.enrol(ctx, session_id, "Élodie", "06 12 34 56 78")
    ws.enrol(ctx, session_id, "Zoé")
    exported = json.loads(ws.export_participant(ctx, "élodie", "06 12 34 56 78"))
    assert [r["name"] for r in exported["registrations"]] == ["Élodie"]
    assert ws.forget_participant(ctx, "Élodie", "06 12 34 56 78") == 1
    assert ws.forget_participant(ctx, "ZOÉ") == 1
    assert [(e.name, e.phone, e.erased) for e in ws.list_enrolments(ctx, session_id)] == [("", "", True)] * 2


def test_a_cycle_member_is_found_whatever_the_case(ctx):
    cycle = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe", capacity=3, is_cycle=True))
    ws.enrol_in_cycle(ctx, cycle.id, "Émilie", "0612345678")
    with pytest.raises(RuleViolation):
        ws.enrol_in_cycle(ctx, cycle.id, "ÉMILIE", "06 12 34 56 78")
    assert ws.forget_participant(ctx, "émilie", "0612345678") == 1


def test_a_partner_or_a_theme_with_an_accented_capital_is_not_added_twice(ctx):
    ws.add_partner(ctx, ws.PartnerDraft("Épicerie solidaire"))
    ws.add_theme(ctx, "Équilibre alimentaire")
    for name in ("Épicerie solidaire", "ÉPICERIE SOLIDAIRE", "épicerie  solidaire"):
        with pytest.raises(RuleViolation):
            ws.add_partner(ctx, ws.PartnerDraft(name))
    with pytest.raises(RuleViolation):
        ws.add_theme(ctx, "ÉQUILIBRE ALIMENTAIRE")
    other = ws.add_partner(ctx, ws.PartnerDraft("Epicerie solidaire"))  # without the accent: another name
    with pytest.raises(RuleViolation):
        ws.update_partner(ctx, other.id, ws.PartnerDraft("épicerie solidaire"))
    assert len(ws.list_partners(ctx)) == 2


def test_the_activity_report_of_a_partner_or_theme_with_an_accented_capital(ctx, session_id):
    theme = ws.add_theme(ctx, "Équilibre alimentaire")
    partner = ws.add_partner(ctx, ws.PartnerDraft("Épicerie solidaire La Passerelle"))
    ws.add_workshop(ctx, ws.WorkshopDraft("Marché", capacity=5, theme_id=theme.id), partner_ids=[partner.id])
    year = (date(2026, 1, 1), date(2026, 12, 31))
    by_partner = activity.activity_report(ctx, *year, partner="épicerie solidaire la passerelle")
    by_theme = activity.activity_report(ctx, *year, theme="ÉQUILIBRE ALIMENTAIRE")
    assert by_partner.action is not None and by_partner.action.name == "Épicerie solidaire La Passerelle"
    assert by_theme.action is not None and by_theme.action.id == theme.id


def test_the_directory_is_searched_whatever_the_case_of_an_accented_letter(ctx):
    people.create_person(ctx, PersonDraft(name="Émilie", role=PersonRole.RELAY))
    people.create_person(ctx, PersonDraft(name="Awa", role=PersonRole.RELAY))
    assert [p.name for p in people.list_people(ctx, search="émi")] == ["Émilie"]
    assert [p.name for p in people.list_people(ctx, search="ÉMILIE")] == ["Émilie"]


def test_the_directory_lists_accented_capitals_in_a_french_order(ctx):
    """« Élodie » between « David » and « Fatou », not after « Zoé » where SQL's lower() left it (on SQLite, and
    by the collation's order on PostgreSQL); the erased last."""
    for name in ("Zoé", "Élodie", "david", "Émilie", "Fatou", "Ahmed", "ÉDOUARD", "Eva"):
        people.create_person(ctx, PersonDraft(name=name, role=PersonRole.INHABITANT))
    gone = people.create_person(ctx, PersonDraft(name="Aaron", role=PersonRole.INHABITANT))
    people.erase_person(ctx, gone.id)
    assert [p.name for p in people.list_people(ctx, include_inactive=True)] == [
        "Ahmed", "david", "ÉDOUARD", "Élodie", "Émilie", "Eva", "Fatou", "Zoé", ""]


def test_the_meetings_are_searched_whatever_the_case_of_an_accented_letter(ctx):
    """Notes, titles and decisions with an accented capital are found, a page at a time: SQL narrows by the
    letters A–Z, Python decides; a meeting that only looks alike (« Emilie » without its accent) is not one."""
    from app.domain.meetings import ItemKind
    from app.services import meetings

    def meeting(day: int, title: str, notes: str = "") -> int:
        found = meetings.create_meeting(ctx, meetings.MeetingDraft(title=title, day=date(2026, 11, day),
                                                                   start=time(12), end=time(13)))
        if notes:
            meetings.save_notes(ctx, meetings.add_item(ctx, found.id, "Tour de table", ItemKind.DISCUSSION, 20).id,
                                notes)
        return found.id

    first = meeting(2, "Réunion d'équipe", "Accueil : Émilie reprend le café du lundi.")
    lookalikes = [meeting(day, "Réunion d'équipe", "Emilie, sans accent, est une autre personne.")
                  for day in (3, 4, 5)]
    titled = meeting(6, "Point avec ÉMILIE et la STRASSE")
    other = meeting(9, "Réunion d'équipe", "Rien sur elle.")
    assert [m.id for m in meetings.search_meetings(ctx, "émilie")] == [titled, first]  # newest first
    assert [m.id for m in meetings.search_meetings(ctx, "ÉMILIE REPREND")] == [first]
    assert [m.id for m in meetings.search_meetings(ctx, "emilie")] == lookalikes[::-1]
    assert [m.id for m in meetings.search_meetings(ctx, "Straße")] == [titled]  # ß is ss, case set aside
    assert [m.id for m in meetings.search_meetings(ctx, "réunion")] == [other, *lookalikes[::-1], first]
    pages, after = [], None
    while page := meetings.search_meetings_page(ctx, "Émilie", after, 1):  # past the lookalikes, one by one
        pages.append(page[0].id)
        after = page[0]
    assert pages == [titled, first]


INVISIBLE = "\u200b\u200b\u200e"  # zero-width spaces and a direction mark, pasted: a name that shows nothing


def test_a_name_that_shows_nothing_is_refused_as_an_empty_one(ctx):
    from datetime import timedelta

    from app.domain.members import MemberDraft
    from app.services import decisions, hours, members, rooms

    ctx.actor_id = members.add_member(ctx, MemberDraft(name="Amina Benali")).id
    refusals = {
        "member": lambda: members.add_member(ctx, MemberDraft(name=INVISIBLE)),
        "room": lambda: rooms.add_room(ctx, INVISIBLE, 5),
        "workshop": lambda: ws.add_workshop(ctx, ws.WorkshopDraft(INVISIBLE, capacity=5)),
        "category": lambda: hours.add_category(ctx, INVISIBLE),
        "proposal": lambda: decisions.create_draft(ctx, title=INVISIBLE, text="Des plantes.", quorum_percent=50,
                                                   deadline=ctx.now() + timedelta(days=3)),
    }
    said = {}
    for record, add in refusals.items():
        with pytest.raises(RuleViolation) as refused:
            add()
        said[record] = str(refused.value)
    assert said == {"member": "The name cannot be empty.", "room": "A room needs a name.",
                    "workshop": "Give the workshop a title.", "category": "Give the category a name.",
                    "proposal": "A proposal needs a title."}
    assert [m.name for m in members.list_members(ctx)] == ["Amina Benali"]
    assert rooms.list_rooms(ctx) == [] and ws.list_workshops(ctx) == []
