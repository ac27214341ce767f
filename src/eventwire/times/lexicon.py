"""Words of the time grammar: month, weekday, season and unit names, number words, day parts.

Every table maps a lower-cased surface form to the value the normaliser needs; the regular-expression
alternations used by ``grammar`` are built from these tables so the two never drift apart.
"""

from __future__ import annotations

import re

from eventwire.numbers import ONES, TENS

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    "january february march april may june july august september october november december".split(), 1
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {
    name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split(), 1)
}
WEEKDAY_ABBR: dict[str, int] = {
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Parts of the day: TimeML codes (MO, AF, EV, NI) or clock times.
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "12:00",
    "noon": "12:00",
    "midnight": "24:00",
    "dawn": "MO",
    "daybreak": "MO",
    "dusk": "EV",
    "nightfall": "EV",
}

# Units of duration: TimeML code and whether it is a time unit (PT...) and its multiplier.
UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1),
    "minute": ("M", 1),
    "hour": ("H", 1),
    "day": ("D", 1),
    "night": ("D", 1),
    "week": ("W", 1),
    "fortnight": ("W", 2),
    "weekend": ("WE", 1),
    "month": ("M", 1),
    "quarter": ("Q", 1),
    "year": ("Y", 1),
    "decade": ("DE", 1),
    "century": ("CE", 1),
    "centurie": ("CE", 1),
    "millennium": ("ML", 1),
}
TIME_UNITS = {"second", "minute", "hour"}

UNITS_RE = (
    r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie)"
    r"|millenni(?:um|a))"
)

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "last": -1,
    "final": -1,
}
# Vague quantities: the number is unknown (TimeML X).
VAGUE = {"a few", "few", "several", "some", "many", "numerous", "a number of", "a couple of more"}
FIXED = {
    "a": 1,
    "an": 1,
    "one": 1,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
    "a dozen": 12,
    "half a": 0.5,
    "a half": 0.5,
    "one and a half": 1.5,
    "a year and a half": 1.5,
}

_WORD_NUM = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
NUMBER_RE = (
    r"(?:\d+(?:\s+1/2|\s*½)"
    r"|(?:\d+|(?:" + "|".join(TENS) + r")(?:[- ]\w+)?|" + _WORD_NUM + r")\s+and\s+a\s+half"
    r"|(?:a|" + _WORD_NUM + r")\s+(?:hundred|thousand)"
    r"|\d+(?:\.\d+)?|(?:"
    + "|".join(TENS)
    + r")(?:[- ](?:"
    + "|".join(k for k in ONES if ONES[k] < 10 and ONES[k])
    + r"))?|"
    + _WORD_NUM
    + r"|a\s+couple\s+of|couple\s+of|a\s+dozen|a\s+few|few|several|some|many|a|an"
    + r"|one\s+and\s+a\s+half|half\s+a)"
)


def number(text: str) -> float | None:
    """The value of a number phrase ("twenty-four", "12", "a couple of"), or None when vague."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in FIXED:
        return FIXED[t]
    if t in VAGUE:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) if "." in t else int(t)
    half = re.fullmatch(r"(.+?)(?:\s*(?:1/2|½)|\s+and\s+a\s+half)", t)
    if half:  # "2 1/2", "two and a half"
        whole = number(half[1])
        return whole + 0.5 if whole is not None else None
    parts = re.split(r"[- ]", t)
    total = 0
    for p in parts:
        if p in ("hundred", "thousand"):
            total = (total or 1) * (100 if p == "hundred" else 1000)  # "two thousand", "a hundred"
        elif p == "a" and total == 0:
            continue
        elif p in TENS:
            total += TENS[p]
        elif p in ONES:
            total += ONES[p]
        else:
            return None
    return total


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTHS.get(w[:3])


def weekday_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in WEEKDAYS:
        w = w[:-1]
    return WEEKDAYS.get(w) or WEEKDAY_ABBR.get(w)
