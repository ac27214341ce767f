"""Calendar arithmetic behind the normaliser (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.times import anchor
from eventwire.times.base import choose_past
from eventwire.times.lexicon import number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-12-30", (date(2020, 12, 30), date(2020, 12, 30), "day")),
        ("2021-01-06TNI", (date(2021, 1, 6), date(2021, 1, 6), "time")),
        ("2021-02", (date(2021, 2, 1), date(2021, 2, 28), "month")),
        ("2020-W53", (date(2020, 12, 28), date(2021, 1, 3), "week")),
        ("2021-W01-WE", (date(2021, 1, 9), date(2021, 1, 10), "week")),
        ("2020-Q4", (date(2020, 10, 1), date(2020, 12, 31), "quarter")),
        ("2020-H1", (date(2020, 1, 1), date(2020, 6, 30), "half")),
        ("2020-WI", (date(2020, 12, 1), date(2021, 2, 28), "season")),
        ("2019", (date(2019, 1, 1), date(2019, 12, 31), "year")),
        ("199", (date(1990, 1, 1), date(1999, 12, 31), "decade")),
        ("19", (date(1900, 1, 1), date(1999, 12, 31), "century")),
        ("PAST_REF", (None, None, None)),
        ("P2W", (None, None, None)),
    ],
)
def test_times_anchor_period(value, expected):
    assert anchor.period(value) == expected


def test_times_anchor_shift_clips_month_end():
    assert anchor.shift(date(2021, 3, 31), -1, "M") == date(2021, 2, 28)


def test_times_anchor_week_value_crosses_year():
    assert anchor.week_value(date(2021, 1, 1)) == "2020-W53"


@pytest.mark.parametrize(
    ("text", "value"),
    [("twenty-four", 24), ("twenty four", 24), ("12", 12), ("a", 1), ("a couple of", 2), ("several", None)],
)
def test_times_lexicon_number(text, value):
    assert number(text) == value


@pytest.mark.parametrize(
    ("published", "direction", "past"),
    [
        (date(2021, 9, 1), "past", True),
        (date(2021, 9, 1), "future", False),
        (date(2021, 9, 1), None, False),  # nearest: next January is closer
        (date(2021, 6, 1), None, True),
        (date(2021, 9, 1), "forward", False),  # a deadline within half a year
        (date(2021, 6, 1), "forward", True),
    ],
)
def test_times_choose_past_by_tense(published, direction, past):
    prev, nxt = date(published.year, 1, 15), date(published.year + 1, 1, 15)
    assert choose_past(published, prev, nxt, direction) is past


def test_times_choose_past_overrides_far_past_tense():
    pub = date(2022, 2, 10)  # "the accession was planned for March": March 2021 is far, March 2022 near
    assert choose_past(pub, date(2021, 3, 15), date(2022, 3, 15), "past") is False
