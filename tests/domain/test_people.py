"""The rules of people who are not staff: a name always, contact data only with a consent date that has
happened, a partner only for a partner's contact."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.people import PersonDraft, PersonRole, clean_draft

TODAY = date(2026, 11, 23)
phones = st.sampled_from(["", "06 12 34 56 78", "+33 6 12 34 56 78"])
emails = st.sampled_from(["", "awa@example.org"])
consents = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2028, 12, 31)))


@given(phone=phones, email=emails, consent=consents, role=st.sampled_from(list(PersonRole)),
       partner=st.one_of(st.none(), st.integers(1, 5)))
def test_contact_data_is_kept_only_with_a_past_consent(phone, email, consent, role, partner):
    draft = PersonDraft(name="  Awa  ", role=role, phone=phone, email=email, consent_on=consent, partner_id=partner)
    allowed = ((not (phone or email) or consent is not None) and (consent is None or consent <= TODAY)
               and (partner is None or role == PersonRole.PARTNER_CONTACT))
    if not allowed:
        with pytest.raises(RuleViolation):
            clean_draft(draft, TODAY)
        return
    cleaned = clean_draft(draft, TODAY)
    assert cleaned.name == "Awa" and cleaned.role == role
    assert bool(cleaned.phone) == bool(phone) and cleaned.phone in ("", "06 12 34 56 78")


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_a_name_or_pseudonym_is_needed_and_short(name):
    with pytest.raises(RuleViolation):
        clean_draft(PersonDraft(name=name), TODAY)

