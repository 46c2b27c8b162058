"""The member rules: the standard split and the validation of what a person types."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft, default_self_management_minutes, validate_member


@pytest.mark.parametrize("contract_hours, expected", [(35, 600), (28, 480), (24, 405), (0, 0), (17.5, 300)])
def test_standard_split(contract_hours, expected):
    assert default_self_management_minutes(round(contract_hours * 60)) == expected


@given(st.integers(min_value=0, max_value=48 * 60))
def test_split_is_a_quarter_hour_within_the_contract(contract):
    share = default_self_management_minutes(contract)
    assert share % 15 == 0
    assert 0 <= share <= contract
    assert abs(share - contract * 10 / 35) <= 7.5


@given(
    contract=st.integers(min_value=-600, max_value=60 * 60),
    share=st.one_of(st.none(), st.integers(min_value=-600, max_value=60 * 60)),
    length=st.integers(min_value=-5, max_value=5),
)
def test_validation_accepts_exactly_the_sound_records(contract, share, length):
    start = date(2026, 1, 5)
    draft = MemberDraft(
        name="Amina", contract_minutes=contract, self_management_minutes=share, start_date=start,
        end_date=start + timedelta(days=length),
    )
    effective = default_self_management_minutes(contract) if share is None else share
    sound = 0 <= contract <= 48 * 60 and 0 <= effective <= contract and length >= 0
    if sound:
        assert validate_member(draft).self_management_minutes == effective
    else:
        with pytest.raises(RuleViolation):
            validate_member(draft)
