"""0011: the free text an older database holds in its audit log is replaced by its digest and length."""

import json

from alembic import command
from sqlalchemy import text

from app.services.context import free_text_digest
from app.storage.engine import alembic_config, create_cercle_engine

NOTE = "Mme D., 82 ans, chute à domicile."
OTHER = json.dumps({"key": "idle_lock_minutes", "value": "5"})


def test_older_audit_rows_keep_a_digest_of_their_free_text(database_url):
    engine = create_cercle_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0009")
            insert = text('INSERT INTO audit_entry (at, action, entity, entity_id, "before", "after")'
                          " VALUES ('2026-11-23 08:00:00', :action, 'meeting', 1, :before, :after)")
            connection.execute(insert, {
                "action": "notes",
                "before": json.dumps({"item_id": 4, "notes": NOTE, "version": 2}, ensure_ascii=False),
                "after": json.dumps({"item_id": 4, "notes": "", "version": 3}),
            })
            connection.execute(insert, {"action": "set", "before": OTHER, "after": None})
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            rows = connection.execute(text('SELECT "before", "after" FROM audit_entry ORDER BY id')).all()
    finally:
        engine.dispose()
    (notes_before, notes_after), untouched = rows
    assert json.loads(notes_before) == {"item_id": 4, "notes": free_text_digest(NOTE), "version": 2}
    assert "chute" not in notes_before
    assert json.loads(notes_after) == {"item_id": 4, "notes": "", "version": 3}
    assert tuple(untouched) == (OTHER, None)
