"""What every rule of the time grammar shares: the Norm it returns, the pattern fragments (months,
weekdays, "early"/"mid-" modifiers, "about"/"more than" quantifiers) and the helpers that pick a year,
remember the last date mentioned and anchor values on the publication date.

Extents follow TimeML: a leading determiner and modifiers ("the", "early", "about") are part of the
expression, the preposition that introduces it ("on", "since") is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from eventwire.times import anchor
from eventwire.times.context import Context
from eventwire.times.lexicon import (
    NUMBER_RE,
    TIME_UNITS,
    UNITS,
    UNITS_RE,
    month_number,
    number,
)

NO_ANCHOR = "relative expression and no publication date to anchor it"


@dataclass(frozen=True, slots=True)
class Norm:
    type: str
    value: str | None
    mod: str | None = None
    begin: date | None = None
    end: date | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], Context], Norm | None]


# --- shared fragments -------------------------------------------------------------------------------
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June|Jun\.?|July|Jul\.?|"
    r"Aug(?:ust|\.)?|September|Sept?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_TENS_RE = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES_RE = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# a year said in words, as in broadcast transcripts: "nineteen ninety-four", "two thousand and one"
SPELLED_YEAR = (
    r"(?:nineteen[\s-]+" + _TENS_RE + r"(?:[\s-]+" + _ONES_RE + r")?"
    r"|two\s+thousand(?:\s+(?:and\s+)?" + _ONES_RE + r")?)"
)
YEAR_OR_SHORT = r"(?:" + YEAR + r"|'\d\d|" + SPELLED_YEAR + r")"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
NUM = NUMBER_RE
UNIT = UNITS_RE + r"s?"
END = r"(?!\w)"  # no word (or apostrophe-suffix) may continue after the expression

# "early", "mid-", "the end of" ...: TimeML mod values
MODPRE = (
    r"(?:(?P<mod>early\s+on|late\s+on|early|earlier|late|later|mid|the\s+(?:beginning|start|end|middle|close|turn)\s+of"
    r"|(?:the\s+)?(?:first|second|latter)\s+half\s+of|(?:the\s+)?(?:middle|end|beginning|start)\s+of)"
    r"(?:\s*-\s*|\s+))?"
)
MODS = {
    "early": "START",
    "earlier": "START",
    "beginning": "START",
    "start": "START",
    "turn": "START",
    "late": "END",
    "later": "END",
    "end": "END",
    "close": "END",
    "mid": "MID",
    "middle": "MID",
    "first": "START",
    "second": "END",
    "latter": "END",
}
QUANT = (
    r"(?:(?P<quant>about|around|roughly|some|nearly|almost|approximately|more\s+than|less\s+than|"
    r"fewer\s+than|over(?!\s+the\b)|under|at\s+least|at\s+most|up\s+to|just|only|barely|well\s+over|"
    r"the\s+better\s+part\s+of)\s+)?"
)
QUANTS = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "approximately": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "well over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
}


def _mod(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("mod")
    if not raw:
        return None
    for word in re.findall(r"[a-z]+", raw.lower()):
        if word in MODS:
            return MODS[word]
    return None


def _quant(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("quant")
    return QUANTS.get(re.sub(r"\s+", " ", raw.lower())) if raw else None


def _cap(word: str | None) -> bool:
    return bool(word) and word is not None and word[0].isupper()


def _digits(text: str) -> int:
    """The first run of digits in ``text`` ("23rd" -> 23, "Q3" -> 3); the grammar guarantees one."""
    found = re.search(r"\d+", text)
    assert found is not None, text
    return int(found.group())


def _month(word: str) -> int:
    number_ = month_number(word)
    assert number_ is not None, word
    return number_


def _year(text: str, published: date | None) -> int:
    t = text.strip("'’ ")
    if t[:1].isalpha():  # "nineteen ninety-four", "two thousand and one"
        words = re.sub(r"\s+", " ", t.lower())
        if words.startswith("nineteen"):
            return 1900 + int(number(words[len("nineteen") :].strip(" -")) or 0)
        rest = re.sub(r"^two thousand(?: and)?", "", words).strip()
        return 2000 + int(number(rest) or 0 if rest else 0)
    if len(t) == 2:
        y = int(t)
        base = published.year if published else 2000
        century = base // 100 * 100
        return century + y if century + y <= base + 10 else century - 100 + y
    return int(t)


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick_year(ctx: Context, m: re.Match[str], month: int, day: int | None) -> int | None:
    """The year of a month(-day) written without one: the occurrence before or after publication that the
    clause's tense points to; with no tense (or the present), the nearest occurrence, ties to the past."""
    pub = ctx.published
    if pub is None:
        return None
    if day is None and month == pub.month:
        return pub.year
    direction = ctx.tense(m.start(), m.end())

    def at(y: int) -> date:
        return _date(y, month, day or 15) or date(y, month, 28)

    prev_y = pub.year if at(pub.year) <= pub else pub.year - 1
    next_y = pub.year if at(pub.year) >= pub else pub.year + 1
    return prev_y if choose_past(pub, at(prev_y), at(next_y), direction) else next_y


def choose_past(pub: date, prev: date, nxt: date, direction: str | None) -> bool:
    """Between the occurrence before and after publication of a yearly date, is it the one before?

    The tense decides, unless it points almost a year away while the other occurrence is weeks away
    (reported speech and headlines often keep the past tense for what comes next month). Deadlines and
    terms ("until", "payable", "effective": direction 'forward') take the coming one within half a year.
    Without tense, the nearest occurrence wins, ties to the past."""
    back, ahead = (pub - prev).days, (nxt - pub).days
    if direction == "past":
        return not (back > 270 and ahead < 75)
    if direction == "future":
        return back < 75 and ahead > 270
    if direction == "forward":
        return ahead > 183
    return back <= ahead


def _remember(ctx: Context, value: str | None) -> None:
    begin, _, _ = anchor.period(value)
    if begin is not None:
        ctx.last_value, ctx.last_date = value, begin
        if value and re.search(r"-Q\d$", value):
            ctx.last_quarter = value
            if _recent_quarter(ctx, value) and (ctx.topic_quarter is None or value > ctx.topic_quarter):
                ctx.topic_quarter = value
            ctx.first_quarter = ctx.first_quarter or value


def _recent_quarter(ctx: Context, value: str) -> bool:
    """A quarter that a story published on ``ctx.published`` can be reporting results for: one that has
    ended, within the last year (the current or next quarter is an outlook, older ones are history)."""
    pub = ctx.published
    if pub is None:
        return False
    months = (pub.year - int(value[:4])) * 12 + pub.month - 3 * int(value[-1])
    return 0 <= months <= 12


def _norm_value(
    ctx: Context, value: str | None, type_: str = "DATE", mod: str | None = None, remember: bool = True
) -> Norm:
    if remember:
        _remember(ctx, value)
    return Norm(type_, value, mod)


def _rel(ctx: Context, fn: Callable[[date], str], type_: str = "DATE", mod: str | None = None) -> Norm:
    """A value computed from the publication date, or an unanchored Norm with a reason."""
    if ctx.published is None:
        return Norm(type_, None, mod, reason=NO_ANCHOR)
    return _norm_value(ctx, fn(ctx.published), type_, mod)


UNIT_CODE = {
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "fortnight": "W",
}


def _unit(word: str) -> str:
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and (w[:-1] in UNIT_CODE or w[:-1] in UNITS):
        w = w[:-1]
    return w


def _duration_value(n: float | None, unit_word: str) -> str | None:
    code, mult = UNITS.get(unit_word, (None, 1))
    if code is None:
        return None
    prefix = "PT" if unit_word in TIME_UNITS else "P"
    if code == "WE":
        code = "WE"
    if n is None:
        return f"{prefix}X{code}"
    n = n * mult
    if code == "DE":
        code, n = "Y", n * 10
    elif code == "CE":
        code, n = "Y", n * 100
    elif code == "Q":
        code, n = "M", n * 3
    if n != int(n):
        whole, rest = int(n), n - int(n)
        if code == "W":
            code, whole, rest = "D", int(n * 7), n * 7 - int(n * 7)
        # the remainder in the next smaller unit, ISO 8601 style: "P2Y6M", "PT5H30M", "PT1M30S", "P1DT12H"
        smaller = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60), "S": (None, 1)}
        if prefix == "PT" and code == "M":
            smaller["M"] = ("S", 60)
        if code in smaller and smaller[code][0]:
            nxt, k = smaller[code]
            part = round(rest * k)
            head = f"{whole}{code}" if whole else ""
            if code == "D":
                return f"P{head}T{part}H"
            return f"{prefix}{head}{part}{nxt}"
    return f"{prefix}{int(n)}{code}"
