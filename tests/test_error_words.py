"""An error's parameters in the reader's language: Cercle's own words (a proposal's state, a built-in category)
are translated, the team's text (a name, a title, a label) is shown as typed, even when it reads like one of
those words (the services on both engines)."""

from datetime import date, timedelta

import pytest

from app import i18n
from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import decisions, hours, members, rooms
from app.services.errors import NotAllowed
from app.services.rooms import DUPLICATE_ROOM
from tests.french import typeset
from tests.test_translations import TRANSLATIONS, messages


@pytest.fixture
def french(qapp):
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


def test_a_room_named_like_one_of_cercles_words_keeps_its_name(ctx, french):
    """« open » is also how a proposal's state is written in English, « ouverte » in French: the room is not."""
    rooms.add_room(ctx, "open")
    with pytest.raises(RuleViolation) as refused:
        rooms.add_room(ctx, "Open")
    assert i18n.message(refused.value) == "Il existe déjà une salle nommée open."


def test_no_name_is_ever_translated(french):
    """Every text of the "Errors" context without a placeholder (a state, a cause…), as a name, stays as typed."""
    words = [
        source
        for context, source, _translation, _forms in messages(TRANSLATIONS / "cercle_fr.ts")
        if context == "Errors" and "{" not in source
    ]
    assert "open" in words and "current" in words  # what the messages' words are made of
    shown = {word: i18n.message(RuleViolation(DUPLICATE_ROOM, name=word)) for word in words}
    assert shown == {word: f"Il existe déjà une salle nommée {word}." for word in words}


def test_a_proposals_state_is_still_said_in_french(ctx, french):
    """A state is one of Cercle's words, marked where it is written (STATUS_WORDS): it reads in French."""
    amina, bruno = (members.add_member(ctx, MemberDraft(name=name)).id for name in ("Amina", "Bruno"))
    ctx.actor_id = amina
    draft = decisions.create_draft(ctx, title="Saturday opening", deadline=ctx.now() + timedelta(days=7))
    ctx.actor_id = bruno
    with pytest.raises(NotAllowed) as refused:
        decisions.endorse(ctx, draft.summary.id)
    assert i18n.message(refused.value) == "Impossible tant que la proposition est à l'état de brouillon."


def test_a_built_in_category_is_named_as_the_team_reads_it(ctx, french):
    """Training is built into Cercle: its name reads « Formation », in the list as in the message."""
    amina = members.add_member(ctx, MemberDraft(name="Amina", start_date=date(2026, 1, 5))).id
    training = next(c for c in hours.list_categories(ctx) if c.label == "Training")
    hours.set_category_active(ctx, training.id, False)
    with pytest.raises(RuleViolation) as refused:
        hours.record_entry(ctx, amina, date(2026, 11, 16), training.id, 60)
    assert i18n.message(refused.value) == typeset("Formation est retirée : choisissez une autre catégorie.")
