"""Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months."""

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per_period(
    moments: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest moment of each of the ``count`` most recent periods that hold a moment."""
    kept: dict[Hashable, datetime] = {}
    for moment in sorted(moments, reverse=True):
        key = period(moment)
        if key not in kept:
            if len(kept) == count:
                break
            kept[key] = moment
    return set(kept.values())


def backups_to_keep(
    moments: Iterable[datetime], policy: RetentionPolicy = RetentionPolicy()
) -> set[datetime]:
    """The moments of the backups to keep; every other backup may be deleted.

    A backup is kept when it is the newest of its day among the ``daily`` most recent days that have a
    backup, or the newest of its ISO week among the ``weekly`` most recent weeks, or the newest of its
    month among the ``monthly`` most recent months. The newest backup is therefore always kept.
    """
    moments = list(set(moments))
    return (
        _newest_per_period(moments, lambda m: m.date(), policy.daily)
        | _newest_per_period(moments, lambda m: m.isocalendar()[:2], policy.weekly)
        | _newest_per_period(moments, lambda m: (m.year, m.month), policy.monthly)
    )
