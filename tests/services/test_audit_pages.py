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


def test_the_log_finds_accented_capitals_page_by_page(ctx):
    """SQL's lower() leaves « É » as it is on SQLite: « élodie » still finds « ÉLODIE », and a search SQL cannot
    narrow (« é ») is read page after page as Python decides."""
    for index in range(12):
        members.add_member(ctx, MemberDraft(name=f"ÉLODIE {index:02d}" if index % 4 == 0 else f"Zoe {index:02d}"))
    found = [entry.id for entry in audit.recent_entries(ctx, search="élodie")]
    assert len(found) == 3
    assert [entry.id for entry in audit.recent_entries(ctx, search="É")] == found
    paged: list[int] = []
    page = []
    while page := audit.entries_page(ctx, "é", page[-1] if page else None, 2):
        paged += [entry.id for entry in page]
    assert paged == found
