"""Trends: a known rate change in a synthetic event series is detected; a flat series is not."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from eventwire import merge, trends
from eventwire.cli import main
from eventwire.errors import QueryError
from eventwire.store import Store
from merge_fixtures import SAME_ATTACK, Report, document

FLAT = [4, 5, 3, 4, 5, 4, 3, 5, 4, 4, 5, 4]
RISING = [4, 5, 3, 4, 5, 4, 3, 5, 4, 12, 14, 13]
FALLING = [4, 5, 3, 4, 5, 4, 13, 14, 12, 1, 0, 2]


def month_days(counts: list[int], year: int = 2023) -> list[date]:
    """``counts[i]`` dates spread over month i + 1 of ``year``."""
    days = []
    for month, n in enumerate(counts, start=1):
        days += [date(year, month, 1 + (j * 27) // max(n, 1)) for j in range(n)]
    return days


def series_store(path: Path, days: list[date], country: str = "SY", town: str = "Qasr Hamra") -> Path:
    reports = [Report(f"{country}-{i}", f"Report {i} from {country}: fighters attacked a post on {d}, "
                      f"killing {1 + i % 3} soldiers.", 1 + i % 3, "Agency", day=d,
                      published=d + timedelta(days=1), town=town) for i, d in enumerate(days)]
    with Store.open(path) as store:
        store.write([document(r) for r in reports])
        if country != "SY":
            store.con.execute("UPDATE events SET country = ? WHERE article_uid IN "
                              "(SELECT uid FROM articles WHERE doc_id LIKE ?)", [country, f"{country}-%"])
    return path


@pytest.mark.parametrize(("counts", "direction"), [
    (FLAT, "flat"), (RISING, "rose"), (FALLING, "fell"),
])
def test_trends_monthly_direction(tmp_path: Path, counts: list[int], direction: str) -> None:
    db = series_store(tmp_path / "s.duckdb", month_days(counts))
    with Store.open(db, read_only=True) as store:
        result = trends.trend(store, "month", {}, last=3)
    assert [p.events for p in result.periods] == counts
    assert result.unit == "events" and result.test.direction == direction
    t = result.test
    assert (t.recent_events, t.previous_events) == (sum(counts[-3:]), sum(counts[-6:-3]))
    if direction == "flat":
        assert t.p_value is not None and t.p_value > 0.5
    else:
        assert t.p_value is not None and t.p_value < 0.01
        assert t.ci_low is not None and t.ci_high is not None and t.ci_low <= t.rate_ratio <= t.ci_high


def test_trends_weekly_poisson_series(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    start = date(2024, 1, 1)  # a Monday
    weekly = list(rng.poisson(2.0, 20)) + list(rng.poisson(6.0, 4))
    days = [start + timedelta(weeks=w, days=int(d) % 7) for w, n in enumerate(weekly) for d in range(n)]
    db = series_store(tmp_path / "w.duckdb", days)
    with Store.open(db, read_only=True) as store:
        rising = trends.trend(store, "week", {}, last=4)
        before = trends.trend(store, "week", {"until": "2024-05-19"}, last=4)  # the 20 flat weeks only
    assert len(rising.periods) == 24 and rising.periods[0].label == "2024-W01"
    assert rising.test.direction == "rose"
    assert before.test.direction == "flat"


@pytest.mark.parametrize("total", [10, 25, 40])
def test_trends_exact_test_keeps_its_level(total: int) -> None:
    """With no change, the chance of calling a change is at most alpha (summed exactly over outcomes)."""
    from scipy.stats import binom

    size = sum(binom.pmf(k, total, 0.5) for k in range(total + 1)
               if trends.rate_test(k, total - k).direction != "flat")
    assert size <= 0.05


def test_trends_rate_test_edges() -> None:
    assert trends.rate_test(30, 10).direction == "rose"
    assert trends.rate_test(10, 30).direction == "fell"
    assert trends.rate_test(0, 0).direction == "flat"
    assert math.isinf(trends.rate_test(5, 0).rate_ratio or 0)


def test_trends_short_series_is_insufficient(tmp_path: Path) -> None:
    db = series_store(tmp_path / "s.duckdb", month_days([3, 4]))
    with Store.open(db, read_only=True) as store:
        result = trends.trend(store, "month", {}, last=3)
    assert result.test.direction == "insufficient data" and result.test.p_value is None


def test_trends_count_clusters_once_merged(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.duckdb") as store:
        store.write([document(r) for r in SAME_ATTACK])
        assert trends.trend(store, "week", {}).events == 5
        merge.assign_clusters(store)
        result = trends.trend(store, "week", {"actor": "Islamic State"})
    assert result.unit == "clusters" and result.events == 1 and result.fatalities == 23
    assert result.areas[0].area == "SY"


def test_trends_filters_and_areas(tmp_path: Path) -> None:
    db = series_store(tmp_path / "a.duckdb", month_days(FLAT))
    series_store(db, month_days(RISING), country="IQ")
    with Store.open(db, read_only=True) as store:
        assert trends.trend(store, "month", {"country": "IQ"}).test.direction == "rose"
        assert trends.trend(store, "month", {"country": "SY"}).test.direction == "flat"
        both = trends.trend(store, "month", {})
        by_admin1 = trends.trend(store, "month", {"country": "SY"})
        assert trends.trend(store, "month", {"admin1": "Nowhere"}).periods == ()
        with pytest.raises(QueryError):
            trends.trend(store, "day", {})
    assert both.events == sum(FLAT) + sum(RISING)
    assert {a.area for a in both.areas} == {"SY", "IQ"}
    assert by_admin1.area_level == "admin1" and {a.area for a in by_admin1.areas} == {"Homs"}


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_trends_cli_table_json_and_plot(tmp_path: Path, suffix: str) -> None:
    db = series_store(tmp_path / "s.duckdb", month_days(RISING))
    plot = tmp_path / f"trend{suffix}"
    runner = CliRunner()
    table = runner.invoke(main, ["trend", "--db", str(db), "--by", "month", "--last", "3",
                                 "--plot", str(plot)])
    assert table.exit_code == 0, table.output
    assert "activity rose" in table.stdout and plot.stat().st_size > 1000
    as_json = runner.invoke(main, ["trend", "--db", str(db), "--country", "SY", "--format", "json"])
    data = json.loads(as_json.stdout)
    assert data["test"]["direction"] == "rose" and len(data["periods"]) == 12
    bad = runner.invoke(main, ["trend", "--db", str(db), "--plot", str(tmp_path / "x.pdf")])
    assert bad.exit_code == 7
