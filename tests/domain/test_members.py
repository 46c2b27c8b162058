"""The member rules: the standard split and the validation of what a person types."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.members import (
    PALETTE,
    MemberDraft,
    default_self_management_minutes,
    next_colour,
    validate_member,
)


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


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_palette_is_distinct_and_readable_wherever_a_colour_is_drawn():
    from app.ui.pages.reception import MINE, OPEN_SOON

    assert len(set(PALETTE)) == len(PALETTE) >= 12
    # white: the text on the colour in the member dialog, the rota grid and the printed roster
    for background in ("#ffffff", MINE.name(), OPEN_SOON.name()):
        for colour in PALETTE:
            assert contrast(colour, background) >= 4.5, (colour, background)


def test_each_new_member_takes_the_first_colour_nobody_has():
    assert next_colour([]) == PALETTE[0]
    assert next_colour([PALETTE[0].upper(), PALETTE[2]]) == PALETTE[1]
    assert next_colour(PALETTE) == PALETTE[0]  # all taken: the least used, in the palette's order
    assert next_colour([*PALETTE, PALETTE[0]]) == PALETTE[1]
