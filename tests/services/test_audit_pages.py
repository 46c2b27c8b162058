"""The audit log read page by page, as its dialog reads it while scrolling, is the log whole."""

from app.domain.members import MemberDraft
from app.services import audit, members


def test_the_log_read_page_by_page_is_the_log_whole(ctx):
    for index in range(12):
        members.add_member(ctx, MemberDraft(name=f"Membre {index:02d}"))
    for search in ("", "member", "Membre 0"):
        whole = [entry.id for entry in audit.recent_entries(ctx, search=search)]
        paged: list[int] = []
        page = []
        while page := audit.entries_page(ctx, search, page[-1] if page else None, 5):
            paged += [entry.id for entry in page]
        assert len(whole) > 5 and paged == whole == sorted(whole, reverse=True)
