"""Trends: events and fatalities per week or month and area, and whether activity rose, fell or stayed flat.

Interface:
    trend(store, by="month", filters=None, last=3, alpha=0.05, area=None) -> TrendResult
    plot(result, path)                  # PNG or SVG with matplotlib (Agg backend: no display needed)
    rate_test(recent, previous, alpha)  # the rate-change test on two counts

The unit counted is the real-world event: one cluster (see ``merge``), or one specific event mention while
the store has no clusters (events not yet merged count one each). Undated units are left out.

The rate-change test compares the last ``last`` periods with the ``last`` periods before them. If events
arrive as a Poisson process, the count in the recent window given the total of both windows is binomial
with p = 1/2 under "no change" (equal window lengths); the two-sided exact binomial p-value is the exact
conditional test of the rate ratio = 1 (Przyborowski & Wilenski 1940). The rate ratio's confidence
interval comes from the Clopper-Pearson interval of p, as p / (1 - p). Fatalities are too overdispersed
for a Poisson test and are only reported. The series ends at the last period with data (or ``until``):
a partial last period counts as it stands.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire import merge
from eventwire.errors import QueryError
from eventwire.store import Store

PERIODS = ("week", "month")
AREAS = ("country", "admin1", "none")


@dataclass(frozen=True, slots=True)
class PeriodCount:
    """One period of the series: ``start``..``end`` inclusive, ``label`` 2024-W11 or 2024-03."""

    start: date
    end: date
    label: str
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class AreaCount:
    """Events and fatalities in one area (country code or admin1 name; None = unknown) in one period."""

    period: str
    area: str | None
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class RateTest:
    """The last ``last`` periods against the ``last`` before them.

    ``rate_ratio`` = recent_events / previous_events (inf when previous is 0, None when both are 0);
    ``ci_low``/``ci_high`` its exact 1 - alpha interval; ``p_value`` two-sided exact conditional test;
    ``direction`` "rose" | "fell" (p < alpha) | "flat" | "insufficient data" (fewer than 2 x last periods).
    """

    last: int
    recent_events: int
    previous_events: int
    recent_fatalities: int
    previous_fatalities: int
    rate_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    alpha: float
    direction: str

    @property
    def summary(self) -> str:
        """One line for people: the direction, the counts, the ratio and the p-value."""
        if self.p_value is None:
            return (f"{self.direction}: the test needs {2 * self.last} periods "
                    f"(the last {self.last} and the {self.last} before)")
        ratio = "n/a" if self.rate_ratio is None else f"{self.rate_ratio:.2f}"
        return (f"activity {self.direction}: {self.recent_events} events in the last {self.last} periods vs "
                f"{self.previous_events} in the {self.last} before (rate ratio {ratio}, "
                f"p = {self.p_value:.3g}, alpha {self.alpha:g})")


@dataclass(frozen=True, slots=True)
class TrendResult:
    """What ``trend`` returns.

    by          "week" (ISO weeks, Monday first) or "month"
    unit        "clusters" (merged events; unmerged events count one each) or "events" (no clusters yet)
    filters     the filters applied, as (key, value) pairs
    area_level  "country", "admin1" or "none": what ``areas`` is broken down by
    periods     the whole series, oldest first, periods without events included (0)
    areas       non-zero (period, area) counts, in period order then by events descending
    test        the rate-change test on ``periods``
    """

    by: str
    unit: str
    filters: tuple[tuple[str, Any], ...]
    area_level: str
    periods: tuple[PeriodCount, ...]
    areas: tuple[AreaCount, ...]
    test: RateTest

    @property
    def events(self) -> int:
        return sum(p.events for p in self.periods)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings, an infinite rate ratio or bound as None."""
        return _jsonable(asdict(self))

    @property
    def fatalities(self) -> int:
        return sum(p.fatalities for p in self.periods)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


# -- periods -----------------------------------------------------------------------------------------------
def period_start(d: date, by: str) -> date:
    return d - timedelta(days=d.weekday()) if by == "week" else d.replace(day=1)


def next_period(start: date, by: str) -> date:
    if by == "week":
        return start + timedelta(days=7)
    return (start + timedelta(days=32)).replace(day=1)


def period_label(start: date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m")


def _series(counts: dict[date, tuple[int, int]], by: str, first: date, last: date) -> tuple[PeriodCount, ...]:
    out, start = [], period_start(first, by)
    end = period_start(last, by)
    while start <= end:
        following = next_period(start, by)
        n, f = counts.get(start, (0, 0))
        out.append(PeriodCount(start, following - timedelta(days=1), period_label(start, by), n, f))
        start = following
    return tuple(out)


# -- the test ----------------------------------------------------------------------------------------------
def rate_test(recent: int, previous: int, alpha: float = 0.05, last: int = 1, recent_fatalities: int = 0,
              previous_fatalities: int = 0) -> RateTest:
    """Exact conditional test of equal Poisson rates for two counts over equal exposure."""
    from scipy.stats import binomtest

    total = recent + previous
    args = (last, recent, previous, recent_fatalities, previous_fatalities)
    if total == 0:
        return RateTest(*args, None, None, None, 1.0, alpha, "flat")
    result = binomtest(recent, total, 0.5)
    ci = result.proportion_ci(confidence_level=1 - alpha, method="exact")
    ratio = recent / previous if previous else math.inf
    direction = "flat"
    if result.pvalue < alpha:
        direction = "rose" if recent > previous else "fell"
    return RateTest(*args, ratio, _odds(ci.low), _odds(ci.high), float(result.pvalue), alpha, direction)


def _odds(p: float) -> float:
    return math.inf if p >= 1.0 else p / (1.0 - p)


def _test(periods: tuple[PeriodCount, ...], last: int, alpha: float) -> RateTest:
    if len(periods) < 2 * last:
        n = sum(p.events for p in periods)
        return RateTest(last, n, 0, sum(p.fatalities for p in periods), 0, None, None, None, None, alpha,
                        "insufficient data")
    recent, previous = periods[-last:], periods[-2 * last:-last]
    return rate_test(sum(p.events for p in recent), sum(p.events for p in previous), alpha, last,
                     sum(p.fatalities for p in recent), sum(p.fatalities for p in previous))


# -- the query ---------------------------------------------------------------------------------------------
def trend(store: Store, by: str = "month", filters: dict[str, Any] | None = None, last: int = 3,
          alpha: float = 0.05, area: str | None = None) -> TrendResult:
    """Counts and fatalities per period (and area) of the units matching ``filters``, with the rate test.

    ``filters`` keys: country, admin1, type, sub_type, actor (substring of any actor), since, until
    (YYYY-MM-DD; they also fix the ends of the series). ``area`` defaults to admin1 when a country is
    given, else country. Raises ``QueryError`` for a bad ``by``, ``area``, ``last`` or filter.
    """
    if by not in PERIODS:
        raise QueryError(f"cannot group by {by!r}; use week or month")
    if last < 1:
        raise QueryError(f"--last must be at least 1 (got {last})")
    filters = {k: v for k, v in (filters or {}).items() if v is not None}
    area = area or ("admin1" if filters.get("country") else "country")
    if area not in AREAS:
        raise QueryError(f"unknown area level {area!r}; use one of {', '.join(AREAS)}")
    sql, params = merge.units_query(store, filters)
    area_col = "NULL" if area == "none" else area
    # Periods are formed in SQL (date_trunc: ISO weeks start on Monday, as period_start does).
    rows = store.con.execute(
        f"SELECT CAST(date_trunc('{by}', event_date) AS DATE) AS period, {area_col} AS area, count(*), "
        f"sum(coalesce(fatalities, 0)) FROM ({sql}) t WHERE event_date IS NOT NULL GROUP BY ALL", params).fetchall()
    totals: dict[date, tuple[int, int]] = {}
    by_area: dict[tuple[date, str | None], tuple[int, int]] = {}
    for key, where, n, fat in rows:
        n0, f0 = totals.get(key, (0, 0))
        totals[key] = (n0 + n, f0 + int(fat))
        by_area[(key, where)] = (n, int(fat))
    first = _bound(filters.get("since"), min(totals, default=None))
    final = _bound(filters.get("until"), max(totals, default=None))
    periods = _series(totals, by, first, final) if first and final else ()
    areas = sorted(by_area.items(), key=lambda kv: (kv[0][0], -kv[1][0], kv[0][1] or ""))
    return TrendResult(
        by=by, unit="clusters" if merge.has_clusters(store) else "events",
        filters=tuple(sorted(filters.items())), area_level=area, periods=periods,
        areas=tuple(AreaCount(period_label(k, by), a, n, f) for (k, a), (n, f) in areas),
        test=_test(periods, last, alpha))


def _bound(value: str | None, fallback: date | None) -> date | None:
    if value is None:
        return fallback
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise QueryError(f"{value!r} is not a date; use YYYY-MM-DD") from exc


# -- the plot ----------------------------------------------------------------------------------------------
def plot(result: TrendResult, path: str | Path) -> Path:
    """Bars of events per period, a line of fatalities, the tested windows shaded; PNG or SVG by suffix."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise QueryError(f"cannot plot to {path.name}: use a .png or .svg file name")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(max(6.0, 0.35 * len(result.periods) + 2), 4.2), layout="constrained")
    ax = fig.subplots()
    x = list(range(len(result.periods)))
    t = result.test
    if t.p_value is not None and len(x) >= 2 * t.last:
        ax.axvspan(len(x) - t.last - 0.5, len(x) - 0.5, color="#f2c14e", alpha=0.3, zorder=0,
                   label=f"last {t.last}")
        ax.axvspan(len(x) - 2 * t.last - 0.5, len(x) - t.last - 0.5, color="#999999", alpha=0.2, zorder=0,
                   label=f"{t.last} before")
    ax.bar(x, [p.events for p in result.periods], color="#4c72b0", zorder=2, label="events")
    ax.set_ylabel(f"events ({result.unit})")
    deaths = ax.twinx()
    deaths.plot(x, [p.fatalities for p in result.periods], color="#c44e52", marker="o", markersize=3,
                label="fatalities (low)")
    deaths.set_ylabel("fatalities (low)")
    deaths.set_ylim(bottom=0)
    step = max(1, len(x) // 16)
    ax.set_xticks(x[::step], [p.label for p in result.periods][::step], rotation=45, ha="right", fontsize=8)
    direction, _, detail = t.summary.partition(": ")
    ax.set_title(f"{direction}\n{detail}" if detail else direction, fontsize=9)
    handles, labels = ax.get_legend_handles_labels()
    more, more_labels = deaths.get_legend_handles_labels()
    ax.legend(handles + more, labels + more_labels, loc="upper left", fontsize=8)
    fig.savefig(path)
    return path


__all__ = [
    "AREAS",
    "PERIODS",
    "AreaCount",
    "PeriodCount",
    "RateTest",
    "TrendResult",
    "plot",
    "rate_test",
    "trend",
]
