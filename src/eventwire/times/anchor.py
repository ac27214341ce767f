"""Calendar arithmetic for TimeML values: shifting dates, naming weeks, and the days a value covers.

Pure functions of dates and strings; nothing here knows about text.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clipped to the target month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift(d: date, n: int, unit: str) -> date:
    """Move ``d`` by ``n`` units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    factor = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, n * factor)


def shift_or_none(d: date, n: int, unit: str) -> date | None:
    """``shift``, or None when the result falls outside the calendar ("100000 years ago")."""
    try:
        return shift(d, n, unit)
    except (ValueError, OverflowError):
        return None


def value_at(d: date, unit: str) -> str:
    """The TimeML value naming the ``unit``-long period that contains ``d``."""
    if unit == "D":
        return day_value(d)
    if unit == "W":
        return week_value(d)
    if unit == "WE":
        return week_value(d) + "-WE"
    if unit == "M":
        return month_value(d)
    if unit == "Q":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "Y":
        return str(d.year)
    if unit == "DE":
        return str(d.year)[:3]
    if unit == "CE":
        return str(d.year)[:2]
    raise ValueError(unit)


PRECISION = {
    "D": "day",
    "W": "week",
    "WE": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(T.*)?$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)(-WE|-(\d))?$")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")


def period(value: str | None) -> tuple[date | None, date | None, str | None]:
    """First day, last day and precision of a TimeML DATE value; (None, None, None) when it has none."""
    if not value:
        return None, None, None
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "time" if m[4] else "day"
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), last_day(y, mo), "month"
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "-WE":
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        if m[4]:
            d = monday + timedelta(days=int(m[4]) - 1)
            return d, d, "day"
        return monday, monday + timedelta(days=6), "week"
    if m := _PART.match(value):
        y, part = int(m[1]), m[2]
        if part[0] == "Q":
            q = int(part[1])
            return date(y, 3 * q - 2, 1), last_day(y, 3 * q), "quarter"
        if part[0] == "H":
            h = int(part[1])
            return date(y, 6 * h - 5, 1), last_day(y, 6 * h), "half"
        first, last = SEASON_MONTHS[part]
        if part == "WI":
            return date(y, 12, 1), last_day(y + 1, 2), "season"
        return date(y, first, 1), last_day(y, last), "season"
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        y = int(value) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        y = int(value) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    return None, None, None
