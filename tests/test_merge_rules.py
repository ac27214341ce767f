"""Merge rules on hand-built mentions: date, place, type and actor gates, and the fatality summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.merge import (
    Mention,
    actor_score,
    cluster_fatalities,
    date_interval,
    date_score,
    pair_score,
    place_score,
    type_score,
)

BASE = Mention(
    id="a-0", article_uid="a", event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State",
    assoc_actor_1=None, inter1=2, actor2="Military Forces of Syria", assoc_actor_2=None, inter2=1,
    event_date=date(2024, 3, 11), time_precision=1, country="SY", admin1="Homs", admin2=None,
    location="Qasr Hamra", latitude=34.56, longitude=38.28, geo_precision=1, low=23, best=23, high=23,
    source="Agency", claimed_by=None, notes="", published=date(2024, 3, 12), cluster_id=None,
    reports_toll=True)


def other(**changes: object) -> Mention:
    return replace(BASE, id="b-0", article_uid="b", **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "precision", "expected"), [
    (date(2024, 3, 13), 1, (date(2024, 3, 13), date(2024, 3, 13))),
    (date(2024, 3, 13), 2, (date(2024, 3, 11), date(2024, 3, 17))),
    (date(2024, 2, 10), 3, (date(2024, 2, 1), date(2024, 2, 29))),
    (date(2024, 2, 10), 4, (date(2024, 1, 1), date(2024, 12, 31))),
])
def test_merge_date_interval(value: date, precision: int, expected: tuple[date, date]) -> None:
    assert date_interval(value, precision) == expected


@pytest.mark.parametrize(("value", "precision", "compatible"), [
    (date(2024, 3, 11), 1, True),
    (date(2024, 3, 12), 1, True),    # day precision: ±1 day
    (date(2024, 3, 10), 1, True),
    (date(2024, 3, 13), 1, False),
    (date(2024, 3, 15), 2, True),    # same ISO week
    (date(2024, 3, 19), 2, False),   # next week (and not adjacent to the 11th)
    (date(2024, 3, 28), 3, True),    # same month
    (date(2024, 4, 2), 3, False),
    (None, None, False),             # undated mentions never merge
])
def test_merge_date_gate(value: date | None, precision: int | None, compatible: bool) -> None:
    assert (date_score(BASE, other(event_date=value, time_precision=precision)) > 0) is compatible


@pytest.mark.parametrize(("changes", "compatible"), [
    ({}, True),
    ({"location": "Other", "latitude": 34.60, "longitude": 38.30}, True),   # ~5 km, town precision
    ({"location": "Other", "latitude": 34.70, "longitude": 38.55}, False),  # ~30 km, town precision
    ({"location": "Other", "latitude": 34.70, "longitude": 38.55, "geo_precision": 2}, True),  # near a town
    ({"location": "Homs", "latitude": 34.7, "longitude": 37.0, "geo_precision": 3}, True),  # its region
    ({"location": "Hama", "admin1": "Hama", "latitude": 35.1, "longitude": 36.7, "geo_precision": 3}, False),
    ({"country": "IQ"}, False),
])
def test_merge_place_gate(changes: dict, compatible: bool) -> None:
    assert (place_score(BASE, other(**changes)) > 0) is compatible


@pytest.mark.parametrize(("event_type", "compatible"), [
    ("Battles", True), ("Explosions/Remote violence", True), ("Violence against civilians", True),
    (None, True), ("Protests", False), ("Strategic developments", False),
])
def test_merge_type_gate(event_type: str | None, compatible: bool) -> None:
    assert (type_score(BASE, other(event_type=event_type)) > 0) is compatible


@pytest.mark.parametrize(("actor1", "actor2", "compatible"), [
    ("Islamic State", None, True),
    (None, "Military Forces of Syria", True),
    ("Unidentified Armed Group (Syria)", None, True),   # unknown is compatible
    (None, None, True),
    ("Hay'at Tahrir al-Sham", "Civilians (Syria)", False),  # named, disjoint (civilians are generic)
    ("Military Forces of Syria", "Islamic State", True),  # the same two sides, roles swapped
    ("Hay'at Tahrir al-Sham", "Military Forces of Syria", False),  # same victim, another attacker
])
def test_merge_actor_gate(actor1: str | None, actor2: str | None, compatible: bool) -> None:
    assert (actor_score(BASE, other(actor1=actor1, actor2=actor2)) > 0) is compatible


@pytest.mark.parametrize(("first", "second", "compatible"), [
    ((None, "Military Forces of Syria"), ("Islamic State", None), True),  # victim in one, attacker in other
    ((None, "Military Forces of Syria"), (None, "Police Forces of Syria"), False),
    (("Islamic State", None), ("Islamic State", "Police Forces of Syria"), True),
])
def test_merge_actor_roles(first: tuple, second: tuple, compatible: bool) -> None:
    a = replace(BASE, actor1=first[0], actor2=first[1])
    b = other(actor1=second[0], actor2=second[1])
    assert (actor_score(a, b) > 0) is compatible


def test_merge_pair_score_is_zero_when_a_gate_fails() -> None:
    assert pair_score(BASE, other(), 0.0) >= 0.7
    assert pair_score(BASE, other(country="IQ"), 1.0) == 0.0


def figures(*reports: tuple[str, int | None, date]) -> list[Mention]:
    return [replace(BASE, id=f"m-{i}", source=src, low=n or 0, best=n or 0, high=n or 0, published=day,
                    reports_toll=n is not None) for i, (src, n, day) in enumerate(reports)]


def test_merge_fatalities_lowest_highest_median() -> None:
    d = date(2024, 3, 12)
    f = cluster_fatalities(figures(("A", 23, d), ("B", 28, d), ("C", 37, d), ("D", 39, d)))
    assert (f.low, f.best, f.high) == (23, 28, 39)
    assert set(f.sources) == {"A", "B", "C", "D"}


def test_merge_fatalities_agreed_figure_is_best() -> None:
    d = date(2024, 3, 12)
    f = cluster_fatalities(figures(("A", 23, d), ("B", 37, d), ("C", 37, d), ("D", 39, d)))
    assert (f.low, f.best, f.high) == (23, 37, 39)


def test_merge_fatalities_source_update_supersedes_and_silence_is_not_zero() -> None:
    f = cluster_fatalities(figures(("A", 12, date(2024, 3, 11)), ("A", 30, date(2024, 3, 13)),
                                   ("B", 33, date(2024, 3, 12)), ("C", None, date(2024, 3, 12))))
    assert (f.low, f.high) == (30, 33)
    assert cluster_fatalities(figures(("C", None, date(2024, 3, 12)))).best == 0


def test_merge_fatalities_same_source_spelled_twice_counts_once() -> None:
    d = date(2024, 3, 12)
    f = cluster_fatalities(figures(("the State news agency", 20, d), ("State News Agency", 23, d),
                                   ("B", 30, d)))
    assert (f.low, f.high) == (23, 30) and len(f.sources) == 2
