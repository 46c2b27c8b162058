"""Demo decisions: a few proposals in every state around today; thousands of them for the benchmarks."""

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlmodel import col

from app.domain.consensus import Outcome, ProposalStatus, Rule, Stance
from app.services import decisions, members
from app.services.context import Context
from app.storage.models.decisions import Position, Proposal, ProposalVersion

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

DECISIONS_PER_YEAR = 1000
BLOCK_REASON = "Cela pèse sur l'accueil inconditionnel : il faut d'abord en parler en réunion."


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    """Add the demo's proposals, or (``synthetic`` set) years of generated decisions."""
    team = [member.id for member in members.list_members(ctx)]
    if len(team) < 4:
        return
    if synthetic is None:
        _demo(ctx, team)
    else:
        generate(ctx, team, years=synthetic.years)


def _as(ctx: Context, member_id: int | None, moment: datetime) -> Context:
    """The database seen by ``member_id`` at ``moment``: the demo plays the past through the services."""
    return replace(ctx, actor_id=member_id, clock=lambda: moment)


def _evening(ctx: Context, day: date) -> datetime:
    return datetime.combine(day, time(18, 0), tzinfo=ctx.timezone).astimezone(UTC)


def _open(
    ctx: Context,
    team: list[int],
    author: int,
    when: datetime,
    *,
    title: str,
    text: str,
    category: str,
    deadline: datetime,
    rule: Rule = Rule.CONSENSUS,
    quorum: int | None = None,
) -> int:
    draft = decisions.create_draft(
        _as(ctx, author, when),
        title=title,
        text=text,
        category=category,
        deadline=deadline,
        rule=rule,
        quorum_percent=quorum,
    )
    proposal_id = draft.summary.id
    decisions.submit(_as(ctx, author, when + timedelta(minutes=5)), proposal_id)
    endorser = next(member for member in team if member != author)
    decisions.endorse(_as(ctx, endorser, when + timedelta(hours=2)), proposal_id)
    return proposal_id


def _positions(
    ctx: Context,
    proposal_id: int,
    voters: list[int],
    when: datetime,
    stances: dict[int, tuple[Stance, str]] | None = None,
) -> None:
    for index, member in enumerate(voters):
        stance, reason = (stances or {}).get(member, (Stance.AGREE, ""))
        decisions.take_position(
            _as(ctx, member, when + timedelta(hours=3 * index)), proposal_id, stance, reason
        )


def _demo(ctx: Context, team: list[int]) -> None:
    today, now = ctx.today(), ctx.now()

    # Adopted three weeks ago, with its statement and a review date.
    start = _evening(ctx, today - timedelta(days=35))
    adopted = _open(
        ctx,
        team,
        team[0],
        start,
        title="Café-accueil le samedi matin",
        category="Accueil",
        text="Nous ouvrons le café-accueil le samedi de 9 h à 12 h, à l'essai pendant six mois,\n"
        "avec deux personnes de l'équipe à chaque fois.",
        deadline=_evening(ctx, today - timedelta(days=21)),
    )
    _positions(
        ctx,
        adopted,
        team[1:16],
        start + timedelta(days=1),
        {
            team[4]: (Stance.STAND_ASIDE, "Je ne pourrai pas venir le samedi, mais je ne m'y oppose pas."),
            team[9]: (Stance.ABSTAIN, ""),
        },
    )
    decisions.close(
        _as(ctx, team[1], _evening(ctx, today - timedelta(days=21))),
        adopted,
        statement="Le café-accueil ouvre le samedi matin à partir de janvier, à l'essai six mois.",
        review_date=today + timedelta(days=150),
    )

    # Blocked last week, with the reason of the block.
    start = _evening(ctx, today - timedelta(days=20))
    blocked = _open(
        ctx,
        team,
        team[5],
        start,
        title="Prise de rendez-vous uniquement en ligne",
        category="Fonctionnement",
        text="Les rendez-vous se prennent uniquement par la plateforme en ligne ; "
        "le téléphone ne sert plus qu'aux urgences.",
        deadline=_evening(ctx, today - timedelta(days=7)),
    )
    _positions(ctx, blocked, team[:12], start + timedelta(days=1), {team[3]: (Stance.BLOCK, BLOCK_REASON)})
    decisions.add_comment(
        _as(ctx, team[7], start + timedelta(days=3)),
        blocked,
        "Beaucoup de patient·es âgé·es n'ont pas d'accès à internet.",
    )
    decisions.close(
        _as(ctx, team[5], _evening(ctx, today - timedelta(days=7))),
        blocked,
        statement="Non adoptée : nous gardons le téléphone et cherchons un autre moyen d'alléger l'accueil.",
    )

    # An older decision whose review is due.
    start = _evening(ctx, today - timedelta(days=220))
    reviewed = _open(
        ctx,
        team,
        team[2],
        start,
        title="Commission partenariats trimestrielle",
        category="Partenariats",
        text="Une commission partenariats se réunit une fois par trimestre avec le centre social.",
        deadline=_evening(ctx, today - timedelta(days=206)),
        rule=Rule.CONSENT,
    )
    _positions(ctx, reviewed, team[:6], start + timedelta(days=1))
    decisions.close(
        _as(ctx, team[2], _evening(ctx, today - timedelta(days=206))),
        reviewed,
        statement="La commission partenariats se réunit chaque trimestre.",
        review_date=today - timedelta(days=3),
    )

    # Open, amended once: the first positions stay visible on version 1.
    start = now - timedelta(days=5)
    open_id = _open(
        ctx,
        team,
        team[1],
        start,
        title="Atelier nutrition avec la CPAM",
        category="Ateliers",
        text="Nous animons avec la CPAM un atelier nutrition par mois, le mardi après-midi.",
        deadline=_evening(ctx, today + timedelta(days=9)),
    )
    _positions(ctx, open_id, team[2:5], start + timedelta(hours=4))
    decisions.amend(
        _as(ctx, team[1], start + timedelta(days=2)),
        open_id,
        text="Nous animons avec la CPAM un atelier nutrition par mois, le jeudi après-midi,\n"
        "avec une habitante-relais du quartier.",
        change_note="Le jeudi convient mieux à la CPAM ; une habitante-relais co-anime.",
    )
    _positions(
        ctx,
        open_id,
        team[2:9],
        start + timedelta(days=2, hours=2),
        {team[6]: (Stance.STAND_ASIDE, "Je préférerais le mardi, mais je suis d'accord pour essayer.")},
    )
    decisions.add_comment(
        _as(ctx, team[8], start + timedelta(days=3)),
        open_id,
        "La salle commune est libre le jeudi de 14 h à 16 h.",
    )

    # Seeking endorsement, and a draft.
    author = team[3]
    seeking = decisions.create_draft(
        _as(ctx, author, now - timedelta(days=1)),
        title="Une journée sans réunion par semaine",
        category="Fonctionnement",
        text="Le mercredi devient une journée sans réunion, pour les suivis complexes.",
        deadline=_evening(ctx, today + timedelta(days=14)),
    )
    decisions.submit(_as(ctx, author, now - timedelta(hours=20)), seeking.summary.id)
    decisions.create_draft(
        _as(ctx, team[0], now - timedelta(hours=3)),
        title="Fontaine à eau dans la salle d'attente",
        category="Accueil",
        text="Installer une fontaine à eau filtrée dans la salle d'attente.",
        deadline=_evening(ctx, today + timedelta(days=21)),
    )


TOPICS = (
    "accueil",
    "atelier",
    "partenariat",
    "budget",
    "planning",
    "formation",
    "locaux",
    "santé mentale",
    "parentalité",
    "accès aux droits",
    "nutrition",
    "activité physique",
    "addictions",
    "réunion",
)
ACTIONS = ("organiser", "réviser", "financer", "essayer", "arrêter", "élargir", "déplacer", "évaluer")
CATEGORIES = ("Accueil", "Ateliers", "Fonctionnement", "Partenariats", "Budget")


def generate(
    ctx: Context, team: list[int], *, years: int, per_year: int = DECISIONS_PER_YEAR, seed: int = 20261123
) -> int:
    """Closed decisions over ``years`` years, each with positions from about half the team. Returns the count.

    Written in bulk in one transaction with one audit entry: it feeds the benchmarks.
    """
    rng = random.Random(seed)
    count = years * per_year
    now = ctx.now()
    span = timedelta(days=365 * years)
    voters_each = max(1, len(team) // 2)
    with ctx.writing() as unit:
        db = unit.db
        proposals: list[dict[str, Any]] = []
        votes: list[tuple[str, list[tuple[int, Stance]]]] = []
        for index in range(count):
            closed_at = now - span + span * (index + 1) / (count + 1)
            blocks = rng.random() < 0.08
            voters = rng.sample(team, voters_each)
            stances = [rng.choices(list(Stance)[:3], weights=(8, 1, 1))[0] for _ in voters]
            if blocks:
                stances[0] = Stance.BLOCK
            topic, action = rng.choice(TOPICS), rng.choice(ACTIONS)
            proposals.append(
                {
                    "title": f"{action.capitalize()} : {topic} n° {index + 1}",
                    "category": rng.choice(CATEGORIES),
                    "author_id": rng.choice(team),
                    "status": (ProposalStatus.NOT_ADOPTED if blocks else ProposalStatus.ADOPTED).value,
                    "rule": Rule.CONSENT.value,
                    "quorum_percent": None,
                    "deadline": closed_at,
                    "created_at": closed_at - timedelta(days=14),
                    "closed_at": closed_at,
                    "outcome": (Outcome.BLOCKED if blocks else Outcome.ADOPTED).value,
                    "outcome_statement": f"Décidé : {action} ({topic}).",
                    "review_date": None,
                    "status_note": "",
                    "current_version": 1,
                    "version": 1,
                    "count_agree": stances.count(Stance.AGREE),
                    "count_stand_aside": stances.count(Stance.STAND_ASIDE),
                    "count_abstain": stances.count(Stance.ABSTAIN),
                    "count_block": stances.count(Stance.BLOCK),
                }
            )
            votes.append(
                (
                    (f"Nous proposons {'d’' if action[0] in 'aeéiou' else 'de '}{action} le volet "
                    f"« {topic} » du centre."),
                    list(zip(voters, stances, strict=True)),
                )
            )
        ids = (
            db.execute(insert(Proposal).returning(col(Proposal.id), sort_by_parameter_order=True), proposals)
            .scalars()
            .all()
        )
        versions: list[dict[str, Any]] = []
        positions: list[dict[str, Any]] = []
        for proposal_id, proposal, (text, given) in zip(ids, proposals, votes, strict=True):
            versions.append(
                {
                    "proposal_id": proposal_id,
                    "number": 1,
                    "text": text,
                    "change_note": "",
                    "created_at": proposal["created_at"],
                }
            )
            positions.extend(
                {
                    "proposal_id": proposal_id,
                    "version": 1,
                    "member_id": member,
                    "stance": stance.value,
                    "reason": BLOCK_REASON if stance == Stance.BLOCK else "",
                    "given_at": proposal["closed_at"] - timedelta(days=2),
                    "recorded_by_id": None,
                    "is_current": True,
                }
                for member, stance in given
            )
        db.execute(insert(ProposalVersion), versions)
        db.execute(insert(Position), positions)
        unit.audit("generate", "proposal", None, after={"decisions": count, "positions": len(positions)})
    return count
