"""The decision rules: blocks, quorum, stale versions, lifecycle, and the difference between versions."""

import itertools

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.consensus import (
    ALLOWED_TRANSITIONS,
    MIN_BLOCK_REASON,
    Outcome,
    Position,
    ProposalStatus,
    Rule,
    Stance,
    can_open,
    check_transition,
    explain_rule,
    outcome,
    tally,
    text_diff,
    validate_position,
    visible_length,
)
from app.domain.errors import RuleViolation

VERSION = 3
TEAM = list(range(1, 21))


@st.composite
def votes(draw, version=VERSION):
    """Distinct members of TEAM with a position each on ``version``."""
    members = draw(st.lists(st.sampled_from(TEAM), unique=True))
    return [Position(member, version, draw(st.sampled_from(Stance)), "a good reason") for member in members]


rules = st.sampled_from(Rule)
quorums = st.integers(min_value=0, max_value=100)


def agree(member, version=VERSION):
    return Position(member, version, Stance.AGREE)


@pytest.mark.parametrize("reason", ["", "   ", "too short", "  9 chars   "])
def test_a_block_needs_a_real_reason(reason):
    with pytest.raises(RuleViolation, match="at least 10 characters"):
        validate_position(Stance.BLOCK, reason)


# What shows nothing: spaces, and format characters pasted from elsewhere (zero-width space and joiners, word
# joiner, direction marks, byte order mark, soft hyphen).
invisible = st.text(st.sampled_from(" \t\n\u00a0\u200b\u200c\u200d\u2060\u200e\u200f\ufeff\u00ad\u3164"))
visible = st.characters(categories=["L", "N", "P"])


@given(shown=st.lists(visible, max_size=MIN_BLOCK_REASON - 1), hidden=st.lists(invisible, min_size=1))
def test_a_block_reason_counts_only_what_a_reader_sees(shown, hidden):
    """However many invisible characters surround them, fewer than 10 visible ones are no reason."""
    reason = "".join(hidden[i % len(hidden)] + char for i, char in enumerate(shown)) + "".join(hidden)
    with pytest.raises(RuleViolation, match="at least 10 characters"):
        validate_position(Stance.BLOCK, reason)


@given(shown=st.lists(visible, min_size=MIN_BLOCK_REASON), hidden=invisible)
def test_ten_visible_characters_make_a_reason_whatever_is_between_them(shown, hidden):
    reason = hidden.join(shown)
    assert validate_position(Stance.BLOCK, reason) == reason.strip()


def test_accented_letters_count_once_however_they_are_typed():
    assert visible_length("Pas d'e\u0301quipe") == visible_length("Pas d'équipe") == 11


def test_reasons_are_stripped_and_only_blocks_need_one():
    assert validate_position(Stance.BLOCK, "  It harms patients.  ") == "It harms patients."
    assert validate_position(Stance.STAND_ASIDE, "") == ""


@given(positions=votes(), rule=rules, quorum=quorums)
def test_any_block_on_the_current_version_is_never_adopted(positions, rule, quorum):
    assume(any(p.stance == Stance.BLOCK for p in positions))
    assert outcome(positions, VERSION, TEAM, rule, quorum) == Outcome.BLOCKED


@given(positions=votes(), rule=rules, quorum=quorums, newcomer=st.sampled_from(TEAM))
def test_one_more_agree_never_undoes_an_adoption(positions, rule, quorum, newcomer):
    assume(all(p.member_id != newcomer for p in positions))
    before = outcome(positions, VERSION, TEAM, rule, quorum)
    after = outcome([*positions, agree(newcomer)], VERSION, TEAM, rule, quorum)
    if before == Outcome.ADOPTED:
        assert after == Outcome.ADOPTED
    assert after == before or (before, after) == (Outcome.NO_QUORUM, Outcome.ADOPTED)


@given(positions=votes(), stale=votes(version=VERSION - 1), rule=rules, quorum=quorums)
def test_positions_on_stale_versions_never_count(positions, stale, rule, quorum):
    assert outcome(positions + stale, VERSION, TEAM, rule, quorum) == outcome(
        positions, VERSION, TEAM, rule, quorum
    )
    assert tally(positions + stale, VERSION, TEAM, quorum) == tally(positions, VERSION, TEAM, quorum)


@given(positions=votes(), inactive=st.sets(st.sampled_from(TEAM)), rule=rules, quorum=quorums)
def test_those_who_left_count_for_nothing_but_their_block_stands(positions, inactive, rule, quorum):
    active = [member for member in TEAM if member not in inactive]
    of_active = [p for p in positions if p.member_id not in inactive]
    their_blocks = [p for p in positions if p.member_id in inactive and p.version == VERSION
                    and p.stance == Stance.BLOCK]
    with_inactive = outcome(positions, VERSION, active, rule, quorum)
    expected = Outcome.BLOCKED if their_blocks else outcome(of_active, VERSION, active, rule, quorum)
    assert with_inactive == expected
    assert tally(positions, VERSION, active, quorum).took_position == len(of_active)


@pytest.mark.parametrize(
    "members, percent, needed", [(20, 75, 15), (20, 74, 15), (19, 75, 15), (3, 50, 2), (7, 100, 7), (7, 0, 0)]
)
def test_quorum_is_rounded_up(members, percent, needed):
    assert tally([], VERSION, range(members), percent).quorum_needed == needed


@pytest.mark.parametrize("rule", list(Rule))
def test_quorum_boundary_is_exact(rule):
    assert outcome([agree(m) for m in TEAM[:14]], VERSION, TEAM, rule, 75) == Outcome.NO_QUORUM
    assert outcome([agree(m) for m in TEAM[:15]], VERSION, TEAM, rule, 75) == Outcome.ADOPTED


def test_consent_without_quorum_takes_silence_as_consent():
    assert outcome([], VERSION, TEAM, Rule.CONSENT, None) == Outcome.ADOPTED


def test_consensus_needs_a_quorum_and_quorums_are_percentages():
    with pytest.raises(RuleViolation):
        outcome([], VERSION, TEAM, Rule.CONSENSUS, None)
    with pytest.raises(RuleViolation):
        outcome([], VERSION, TEAM, Rule.CONSENT, 101)


def test_tally_counts_each_stance_and_keeps_block_reasons():
    positions = [
        agree(1),
        Position(2, VERSION, Stance.STAND_ASIDE),
        Position(3, VERSION, Stance.ABSTAIN),
        Position(4, VERSION, Stance.BLOCK, "Nobody asked the patients."),
        Position(5, VERSION - 1, Stance.BLOCK, "An old objection, since answered."),
    ]
    counts = tally(positions, VERSION, TEAM, 50)
    assert (counts.agree, counts.stand_aside, counts.abstain, counts.block) == (1, 1, 1, 1)
    assert (counts.took_position, counts.active_members, counts.quorum_needed) == (4, 20, 10)
    assert counts.block_reasons == ("Nobody asked the patients.",)
    assert not counts.has_quorum


def test_two_positions_of_one_member_on_the_current_version_are_refused():
    with pytest.raises(ValueError):
        tally([agree(1), Position(1, VERSION, Stance.BLOCK, "I changed my mind.")], VERSION, TEAM, 50)


def test_explanations_say_the_quorum():
    assert explain_rule(Rule.CONSENSUS, 75) == (
        "Adopted when nobody blocks and at least 75% of active members"
        " have taken a position on the current version."
    )
    assert "60%" in explain_rule(Rule.CONSENT, 60)
    assert "%" not in explain_rule(Rule.CONSENT, None)


def test_a_proposal_opens_with_enough_endorsements_besides_its_author():
    assert not can_open(1, 2)
    assert can_open(2, 2)
    assert can_open(0, 0)


LEGAL = [
    ("draft", "seeking_endorsement"),
    ("seeking_endorsement", "open"),
    ("seeking_endorsement", "draft"),
    ("open", "draft"),
    ("draft", "withdrawn"),
    ("seeking_endorsement", "withdrawn"),
    ("open", "withdrawn"),
    ("open", "adopted"),
    ("open", "not_adopted"),
    ("adopted", "open"),
    ("not_adopted", "open"),
]


@pytest.mark.parametrize("old", list(ProposalStatus))
@pytest.mark.parametrize("new", list(ProposalStatus))
def test_exactly_the_listed_transitions_are_allowed(old, new):
    if (old.value, new.value) in LEGAL:
        check_transition(old, new)
        assert new in ALLOWED_TRANSITIONS[old]
    else:
        with pytest.raises(RuleViolation):
            check_transition(old, new)


words_and_spaces = st.sampled_from(["care", "team", "the", "  ", " ", "\n", "room,", "é"])
texts = st.lists(words_and_spaces, max_size=30).map("".join)


@given(old=texts, new=texts)
def test_diff_rebuilds_both_versions(old, new):
    pieces = text_diff(old, new)
    assert "".join(text for kind, text in pieces if kind != "insert") == old
    assert "".join(text for kind, text in pieces if kind != "delete") == new
    assert all(text for _, text in pieces)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(pieces))


def test_diff_works_word_by_word():
    assert text_diff("meet every Monday at noon", "meet every Tuesday at noon") == [
        ("equal", "meet every "),
        ("delete", "Monday"),
        ("insert", "Tuesday"),
        ("equal", " at noon"),
    ]
    assert text_diff("same", "same") == [("equal", "same")]
