"""free text already in the audit log is kept as a digest and a length, as it is now recorded

Revision ID: 0011
Revises: 0010

Only the data changes. The names are those of the columns marked FREE_TEXT at this revision, frozen
here so that the step does the same thing whatever the models become. It cannot be undone: the text
is gone (which is its purpose); going back leaves the digests in place.
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FREE_TEXT_NAMES = frozenset({
    "change_note", "description", "note", "notes", "outcome_statement", "preferences", "reason",
    "status_note", "text", "unavailability", "unlock_reason",
})
BATCH = 1000


def upgrade() -> None:
    connection = op.get_bind()
    last_id = 0
    while True:
        rows = connection.execute(
            sa.text('SELECT id, "before", "after" FROM audit_entry WHERE id > :last ORDER BY id LIMIT :batch'),
            {"last": last_id, "batch": BATCH},
        ).all()
        if not rows:
            return
        for entry_id, before, after in rows:
            new_before, new_after = _digested(before), _digested(after)
            if (new_before, new_after) != (before, after):
                connection.execute(
                    sa.text('UPDATE audit_entry SET "before" = :before, "after" = :after WHERE id = :id'),
                    {"before": new_before, "after": new_after, "id": entry_id},
                )
        last_id = rows[-1][0]


def downgrade() -> None:
    pass  # the text is not kept anywhere: there is nothing to put back


def _digested(picture: str | None) -> str | None:
    if not picture:
        return picture
    try:
        data = json.loads(picture)
    except ValueError:
        return picture
    if not isinstance(data, dict):
        return picture
    digested = _without_free_text(data)
    if digested == data:
        return picture
    return json.dumps(digested, ensure_ascii=False, sort_keys=True)


def _without_free_text(data: dict) -> dict:
    return {key: _value(value, key in FREE_TEXT_NAMES) for key, value in data.items()}


def _value(value: object, is_free_text: bool) -> object:
    if isinstance(value, dict):
        return _without_free_text(value)
    if is_free_text and isinstance(value, str) and value:
        return {"sha256": hashlib.sha256(value.encode("utf-8")).hexdigest(), "length": len(value)}
    return value
