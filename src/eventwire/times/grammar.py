"""The time grammar: regular expressions over the text, each with a normaliser to a TimeML value.

A rule is a compiled pattern and a function ``(match, ctx) -> Norm | None``; ``None`` rejects the match
(a capitalised "May" that is a modal verb, a "fall" that is not autumn). Relative expressions resolve
against ``ctx.published``; anaphoric ones ("a year earlier", "that day", "the quarter") against the last
time the text referred to. Extents follow TimeML: a leading determiner and modifiers ("the", "early",
"about") are part of the expression, the preposition that introduces it ("on", "since") is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from eventwire.times import anchor
from eventwire.times.context import Context
from eventwire.times.lexicon import (
    DAY_PARTS,
    NUMBER_RE,
    ORDINALS,
    SEASONS,
    TIME_UNITS,
    UNITS,
    UNITS_RE,
    month_number,
    number,
    weekday_number,
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
YEAR_OR_SHORT = r"(?:" + YEAR + r"|'\d\d)"
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


# --- calendar dates ---------------------------------------------------------------------------------
def n_month_day(m: re.Match[str], ctx: Context) -> Norm | None:
    month_word = m["month"]
    if not _cap(month_word) or (month_word.lower() == "may" and _is_modal(ctx, m.start("month"))):
        return None
    month = _month(month_word)
    day = _digits(m["day"])
    year_text = m["year"]
    if year_text:
        y: int | None = _year(year_text, ctx.published)
    elif m.groupdict().get("wday") and ctx.published is not None:
        y = _weekday_year(ctx.published, month, day, weekday_number(m["wday"]))
    elif m.groupdict().get("mdrel") and ctx.published is not None:
        pub = ctx.published
        probe = _date(pub.year, month, day) or date(pub.year, month, 28)
        if m["mdrel"].lower().split()[-1] == "next" or m["mdrel"].lower().endswith("coming"):
            y = pub.year if probe > pub else pub.year + 1
        else:
            y = pub.year if probe < pub else pub.year - 1
    else:
        y = _pick_year(ctx, m, month, day)
    if y is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", _mod(m), reason=NO_ANCHOR)
    d = _date(y, month, day)
    if d is None:
        return None
    return _norm_value(ctx, d.isoformat(), mod=_mod(m))


def _weekday_year(pub: date, month: int, day: int, wday: int | None) -> int:
    """The year near ``pub`` in which month/day falls on the named weekday ("Friday, Oct. 23")."""
    for y in (pub.year, pub.year - 1, pub.year + 1):
        d = _date(y, month, day)
        if d and wday and d.isoweekday() == wday:
            return y
    return (
        pub.year
        if _date(pub.year, month, day) and date(pub.year, month, day) <= pub + timedelta(60)
        else pub.year - 1
    )


def _is_modal(ctx: Context, char: int) -> bool:
    span = ctx.doc.char_span(char, char + 3)
    if span is None:
        return False
    tok = span[0]
    nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
    if tok.tag_ == "MD" or (nxt is not None and nxt.tag_ in ("VB", "RB") and nxt.lower_ not in ("day",)):
        return True
    return tok.ent_type_ in ("PERSON", "ORG")


def n_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _cap(m["month"]):
        return None
    month = _month(m["month"])
    y = _year(m["year"], ctx.published)
    return _norm_value(ctx, f"{y:04d}-{month:02d}", mod=_mod(m))


def n_month(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["month"]
    if not _cap(word) or not _month_is_noun(ctx, m.start("month"), word):
        return None
    month = _month(word)
    rel = (m["rel"] or "").lower().split()
    rel_year = (m["relyear"] or "").lower()
    pub = ctx.published
    if pub is None:
        return Norm("DATE", f"XXXX-{month:02d}", _mod(m), reason=NO_ANCHOR)
    if rel_year:
        y = pub.year + {"this": 0, "last": -1, "next": 1}[rel_year.split()[0]]
    elif rel and rel[-1] in ("last", "past", "previous") or rel[-2:] == ["this", "past"]:
        y = pub.year if month < pub.month else pub.year - 1
    elif rel and (rel[-1] in ("next", "coming") or rel[-2:] == ["this", "coming"]):
        y = pub.year if month > pub.month else pub.year + 1
    elif rel and rel[-1] == "this":
        y = pub.year
    else:
        y = _pick_year(ctx, m, month, None) or pub.year
    return _norm_value(ctx, f"{y:04d}-{month:02d}", mod=_mod(m))


def _month_is_noun(ctx: Context, char: int, word: str) -> bool:
    """Reject "May" the modal, "March"/"August" used as verbs, adjectives or names."""
    span = ctx.doc.char_span(char, char + len(word.rstrip(".")))
    if span is None:
        return True
    tok = span[0]
    if word.lower().startswith("may") and _is_modal(ctx, char):
        return False
    if tok.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD", "JJ") and tok.ent_type_ != "DATE":
        return False
    prev = ctx.doc[tok.i - 1] if tok.i else None
    nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
    if (
        nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and month_number(nxt.text) is None
        and (prev is None or prev.pos_ not in ("ADP", "DET", "ADJ", "CCONJ"))
    ):
        return False  # "April Smith said": a first name
    return tok.ent_type_ not in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT")


def n_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _norm_value(ctx, d.isoformat()) if d else None


def n_slash(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, y = (
        int(m["a"]),
        int(m["b"]),
        _year(m["y"] if len(m["y"]) == 4 else "'" + m["y"][-2:], ctx.published),
    )
    d = _date(y, a, b) if a <= 12 else _date(y, b, a)
    return _norm_value(ctx, d.isoformat()) if d else None


def n_range(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "between 3 and 5 May", "May 3-5": one expression spanning the days, its value the month."""
    if not _cap(m["month"]):
        return None
    month = _month(m["month"])
    d1, d2 = (_digits(m[g]) for g in ("d1", "d2"))
    if d2 <= d1:
        return None
    y = _year(m["year"], ctx.published) if m["year"] else _pick_year(ctx, m, month, d1)
    if y is None:
        return Norm("DATE", f"XXXX-{month:02d}", reason=NO_ANCHOR)
    b, e = _date(y, month, d1), _date(y, month, d2)
    if not b or not e:
        return None
    _remember(ctx, b.isoformat())
    return Norm("DATE", b.isoformat(), begin=b, end=e)


def n_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _year_is_date(ctx, m):
        return None
    y = int(m["year"])
    return _norm_value(ctx, str(y), mod=_mod(m))


def _year_is_date(ctx: Context, m: re.Match[str]) -> bool:
    text = ctx.text
    before = text[max(0, m.start("year") - 2) : m.start("year")]
    after = text[m.end("year") : m.end("year") + 3]
    if (
        re.search(r"[$£€#,.:/\d]\s?$", before)
        or (before.endswith("-") and not m["mod"])
        or re.match(r"\s?(%|,\d|\.\d|:\d|-\d|/\d|\d)", after)
    ):
        return False
    span = ctx.doc.char_span(m.start("year"), m.end("year"))
    if span is None:
        return True
    tok = span[0]
    if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") and not m["mod"]:
        prev = ctx.doc[tok.i - 1] if tok.i else None
        if prev is None or prev.lower_ not in (
            "in",
            "since",
            "of",
            "by",
            "until",
            "from",
            "to",
            "through",
            "during",
            "before",
            "after",
            "fiscal",
            "year",
            "and",
            "early",
            "late",
            "mid",
            "the",
        ):
            return False
    nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
    prev_word = ctx.doc[tok.i - 1].lower_ if tok.i else ""
    if nxt is not None and nxt.tag_ == "NNS" and not re.match(UNITS_RE, nxt.lower_):
        return prev_word in YEAR_MODIFIER_BEFORE  # "the 1992 protests" is a date, "2000 troops" a count
    return True


# Words before a year that make "<year> <plural noun>" a dated noun phrase ("the 1992 protests").
YEAR_MODIFIER_BEFORE = {
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "this",
    "that",
    "fiscal",
    "calendar",
    "in",
    "since",
    "of",
    "by",
    "from",
    "until",
    "during",
    "before",
    "after",
    "'s",
}


def n_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    raw = m["dec"].lower().replace("’", "'")
    if raw.startswith("'") or len(re.sub(r"\D", "", raw)) == 2:
        digits = re.sub(r"\D", "", raw)
        century = (ctx.published.year // 100) if ctx.published else 19
        if int(digits) * 1 + century * 100 > (ctx.published.year if ctx.published else 2100):
            century -= 1
        value = f"{century}{digits[0]}"
    elif raw[0].isdigit():
        value = raw[:3]
    else:
        words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        idx = words.index(raw.split()[-1]) + 2
        century = 19 if not ctx.published or ctx.published.year < 2030 else 20
        value = f"{century}{idx}"
    return _norm_value(ctx, value, mod=_mod(m))


def n_century(m: re.Match[str], ctx: Context) -> Norm | None:
    raw = m["ord"].lower()
    n = ORDINALS.get(raw) or _digits(raw)
    return _norm_value(ctx, f"{n - 1:02d}", mod=_mod(m))


# --- deictic days and parts of days -----------------------------------------------------------------
DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def n_deictic(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["word"].lower()
    if word == "today" and _generic_today(ctx, m):
        return None  # "today's world": nowadays, not a date TimeML marks
    shift = DEICTIC[word] + {"before": -1, "after": 1}.get((m["ba"] or "").lower(), 0)
    part = (m["part"] or "").lower() or ("night" if word == "tonight" else "")
    mod = _mod(m)
    if part:
        code = DAY_PARTS[part]
        return _rel(ctx, lambda p: f"{(p + timedelta(shift)).isoformat()}T{code}", "TIME", mod)
    return _rel(ctx, lambda p: (p + timedelta(shift)).isoformat(), mod=mod)


def _generic_today(ctx: Context, m: re.Match[str]) -> bool:
    """ "today" meaning nowadays ("the world today"), not the publication day."""
    after = ctx.text[m.end() : m.end() + 3]
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    return before.endswith("'s") or after.startswith("'s")


def n_daypart(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = (m["rel"] or "").lower()
    part = m["part"].lower()
    code = DAY_PARTS[part]
    shift = -1 if (rel == "last" and part in ("night", "evening")) or part == "overnight" else 0
    if rel in ("the next", "the following"):
        shift = 1
    return _rel(ctx, lambda p: f"{(p + timedelta(shift)).isoformat()}T{code}", "TIME", _mod(m))


def n_clock(m: re.Match[str], ctx: Context) -> Norm | None:
    h = int(m["h"])
    mins = int(m["min"]) if m["min"] else 0
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    if h > 24 or mins > 59:
        return None
    day = _clock_day(m, ctx)
    if day is None:
        return Norm("TIME", None, reason=NO_ANCHOR)
    return Norm("TIME", f"{day.isoformat()}T{h:02d}:{mins:02d}", _quant(m))


def n_named_clock(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "noon Saturday", "at dawn on Tuesday", "the night of January 5", "the early hours of Friday"."""
    part = re.sub(r"\s+", " ", m["part"].lower())
    code = "MO" if part in ("early hours", "small hours") else DAY_PARTS[part]
    anchored = any(m.groupdict().get(g) for g in ("wday2", "deictic", "cmonth"))
    before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if (
        part in ("dawn", "dusk", "daybreak", "nightfall")
        and not anchored
        and not re.search(r"\b(?:at|before|after|by|until|from)\s+$", before)
    ):
        return None  # "as dawn broke": the event, not a time
    day = _clock_day(m, ctx)
    if day is None:
        return Norm("TIME", None, reason=NO_ANCHOR)
    return Norm("TIME", f"{day.isoformat()}T{code}", _mod(m) or _quant(m))


def _clock_day(m: re.Match[str], ctx: Context) -> date | None:
    pub = ctx.published
    if pub is None:
        return None
    groups = m.groupdict()
    cmonth, cday = groups.get("cmonth") or groups.get("cmonth2"), groups.get("cday") or groups.get("cday2")
    if cmonth and cday and _cap(cmonth):
        month, day = _month(cmonth), _digits(cday)
        y = _pick_year(ctx, m, month, day)
        return _date(y, month, day) if y else None
    wd = m.groupdict().get("wday2")
    if wd:
        return _weekday_date(pub, weekday_number(wd), ctx.tense(m.start(), m.end()), "")
    deictic = (m.groupdict().get("deictic") or "").lower()
    if deictic:
        return pub + timedelta(DEICTIC[deictic])
    return pub


# --- weekdays ---------------------------------------------------------------------------------------
def _weekday_date(pub: date, wday: int | None, direction: str | None, rel: str) -> date:
    if wday is None:
        return pub
    delta_back = (pub.isoweekday() - wday) % 7
    rel = rel.lower()
    if rel in ("last", "this past", "the previous", "past", "previous"):
        return pub - timedelta(delta_back or 7)
    if rel in ("next", "this coming", "coming", "the following", "the next"):
        return pub + timedelta((wday - pub.isoweekday()) % 7 or 7)
    if rel == "this":
        return (
            pub - timedelta(delta_back)
            if direction != "future"
            else pub + timedelta((wday - pub.isoweekday()) % 7)
        )
    ahead = (wday - pub.isoweekday()) % 7
    if direction in ("future", "forward"):
        return pub + timedelta(ahead)
    if direction == "present" and ahead and ahead < delta_back:
        return pub + timedelta(ahead)  # present tense: the nearest such day ("talks resume Monday")
    return pub - timedelta(delta_back)


NEWSPAPER = {
    "times",
    "telegraph",
    "express",
    "mirror",
    "post",
    "herald",
    "mail",
    "observer",
    "tribune",
    "star",
    "independent",
    "sport",
    "people",
    "age",
    "record",
    "world",
    "business",
    "review",
    "night",
    "morning",
    "evening",
    "afternoon",
    "sun",
    "journal",
    "standard",
    "edition",
}
HOLIDAY_BEFORE = {"bloody", "black", "good", "easter", "palm", "super", "ash", "holy", "maundy", "cyber"}


def n_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _cap(m["wday"]) or not _weekday_ok(ctx, m):
        return None
    wday = weekday_number(m["wday"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").strip())
    part = (m["part"] or "").lower()
    mod = _mod(m)
    if ctx.published is None:
        value = f"XXXX-WXX-{wday}" + (f"T{DAY_PARTS[part]}" if part else "")
        return Norm("TIME" if part else "DATE", value, mod, reason=NO_ANCHOR)
    base = ctx.published
    if rel.lower() in ("the previous", "the following") and ctx.last_date is not None:
        base = ctx.last_date  # "down from the previous Friday": the Friday before the one just mentioned
    d = _weekday_date(base, wday, ctx.tense(m.start(), m.end()), rel)
    if part:
        return _norm_value(ctx, f"{d.isoformat()}T{DAY_PARTS[part]}", "TIME", mod)
    return _norm_value(ctx, d.isoformat(), mod=mod)


def _weekday_ok(ctx: Context, m: re.Match[str]) -> bool:
    """Reject weekday names inside titles and names: "Sunday Times", "Bloody Sunday"."""
    text = ctx.text
    nxt = re.match(r"\s+([A-Z][a-z]+)", text[m.end() : m.end() + 20])
    if nxt and not m["part"] and nxt[1].lower() in NEWSPAPER:
        return False
    prev = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 12) : m.start()])
    if prev and prev[1].lower() in HOLIDAY_BEFORE and prev[1][0].isupper():
        return False
    span = ctx.doc.char_span(m.start("wday"), m.end("wday"))
    if span is not None and span[0].ent_type_ in ("ORG", "WORK_OF_ART", "PERSON", "EVENT"):
        ent = next((e for e in ctx.doc.ents if e.start <= span[0].i < e.end), None)
        if ent is not None and len(ent) > 1 and not (nxt and nxt[1].lower() in DAY_PARTS):
            return False
    return True


def n_year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "year-end", "by year's end": the end of the year (this one unless "last"/"next")."""
    step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return _rel(ctx, lambda p: str(p.year + step), mod="END")


def n_year_range(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "2019-2020", "2014-17": the first year, begin and end spanning both."""
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 50:
        return None
    _remember(ctx, str(y1))
    return Norm("DATE", str(y1), begin=date(y1, 1, 1), end=date(y2, 12, 31))


def n_week_of_month(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the first week of January": days 1-7 (8-14 ...; the last seven), named by the ISO week of their
    middle day."""
    month = _month(m["month"])
    y = _year(m["year"], ctx.published) if m["year"] else _pick_year(ctx, m, month, None)
    if y is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    nth = ORDINALS[m["nth"].lower()]
    last = anchor.last_day(y, month)
    first = last - timedelta(6) if nth < 0 else date(y, month, 1 + 7 * (nth - 1))
    end = min(first + timedelta(6), last)
    _remember(ctx, first.isoformat())
    return Norm("DATE", anchor.week_value(first + timedelta(3)), begin=first, end=end)


def n_weekday_set(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _cap(m["wday"]):
        return None
    wday = weekday_number(m["wday"])
    part = (m["part"] or "").lower().rstrip("s")
    return Norm("SET", f"XXXX-WXX-{wday}" + (f"T{DAY_PARTS[part]}" if part else ""))


# --- relative periods: this/last/next week, a year ago, earlier this month ---------------------------
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


def _title(ctx: Context, m: re.Match[str]) -> bool:
    """ "This Week" mid-sentence in title case: the name of a programme or a column, not a time."""
    words = m[0].split()
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    return not re.search(r"(?:^|[.!?]\s+|\n\s*)$", ctx.text[max(0, m.start() - 4) : m.start()])


def n_this_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    if _title(ctx, m):
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = UNIT_CODE[_unit(m["unit"])]
    step = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "this past": -1,
        "last": -1,
        "past": -1,
        "previous": -1,
        "the previous": -1,
        "the last": -1,
        "the past": -1,
        "next": 1,
        "coming": 1,
        "the next": 1,
        "the coming": 1,
        "this coming": 1,
        "the following": 1,
        "following": 1,
    }.get(rel)
    if step is None:
        return None
    mod = _mod(m)
    if rel in ("the following", "following", "the previous", "previous") and ctx.last_date is not None:
        base = ctx.last_date
        return Norm("DATE", anchor.value_at(anchor.shift(base, step, unit), unit), mod)
    if unit == "Q" and step == 0 and rel == "this" and ctx.published is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    return _rel(ctx, lambda p: anchor.value_at(anchor.shift(p, step, unit), unit), mod=mod)


def n_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = number(m["num"])
    unit_word = _unit(m["unit"])
    direction = m["dir"].lower()
    quant = _quant(m)
    if unit_word in TIME_UNITS:
        if direction in ("earlier", "later"):
            value = _duration_value(n, unit_word)
            return Norm("DURATION", value, quant) if value else None
        return _rel(ctx, lambda p: p.isoformat(), mod=quant)
    unit = UNIT_CODE.get(unit_word)
    if unit is None:
        return None
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if n != int(n):
        return None
    anaphoric = direction in ("earlier", "later")
    if anaphoric and unit in ("D", "W", "WE"):
        return Norm(
            "DURATION", _duration_value(n, unit_word), quant
        )  # "three days later": offset from an event
    base = ctx.last_date if anaphoric and ctx.last_date is not None else ctx.published
    if base is None:
        return Norm("DATE", None, quant, reason=NO_ANCHOR)
    granularity = {"WE": "W", "DE": "Y", "CE": "Y"}.get(unit, unit)  # "a decade ago": the year then
    if unit == "Y" and n == 1 and ctx.last_quarter:
        return Norm("DATE", _year_before(ctx.last_quarter), quant)  # results compared by quarter
    target = anchor.shift_or_none(base, sign * int(n), unit)
    if target is None:
        return None
    value = anchor.value_at(target, granularity)
    return Norm("DATE", value, quant)


def _year_before(value: str) -> str:
    return f"{int(value[:4]) - 1}{value[4:]}"


def n_year_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "year-earlier" / "year-ago" used as an adjective: the same period one year before."""
    if ctx.last_quarter:
        return Norm("DATE", _year_before(ctx.last_quarter))
    return _rel(ctx, lambda p: str(p.year - 1))


def n_earlier_this(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = UNIT_CODE[_unit(m["unit"])]
    which = m["which"].lower()
    mod = "START" if m["side"].lower() == "earlier" else "END"
    if which in ("that", "the"):
        if ctx.last_date is None:
            if which == "the" and ctx.published is not None:
                return _rel(ctx, lambda p: anchor.value_at(p, unit), mod=mod)
            return None
        return Norm("DATE", anchor.value_at(ctx.last_date, unit), mod)
    step = {"this": 0, "last": -1, "next": 1}[which]
    return _rel(ctx, lambda p: anchor.value_at(anchor.shift(p, step, unit), unit), mod=mod)


def n_anaphoric_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "that day", "the next day", "the same week": relative to the last date mentioned."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = UNIT_CODE[_unit(m["unit"])]
    step = {
        "that": 0,
        "the same": 0,
        "the next": 1,
        "the following": 1,
        "the previous": -1,
        "the preceding": -1,
    }.get(rel, 0)
    base = ctx.last_date or ctx.published
    if base is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    return Norm("DATE", anchor.value_at(anchor.shift(base, step, unit), unit), _mod(m))


# --- seasons, quarters, halves ----------------------------------------------------------------------
def n_season(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["season"].lower()
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    code = SEASONS[word]
    if m["year"]:
        return _norm_value(ctx, f"{_year(m['year'], ctx.published)}-{code}", mod=_mod(m))
    if word == "fall" and not rel and not m["mod"]:
        return None
    if rel in ("", "the") and not m["mod"]:
        after = ctx.text[m.end() : m.end() + 4]
        if after.startswith(" of"):
            return None
    pub = ctx.published
    if pub is None:
        return Norm("DATE", f"XXXX-{code}", _mod(m), reason=NO_ANCHOR)
    first_month = anchor.SEASON_MONTHS[code][0]
    # the season containing or most recently before/after the publication date
    current_year = pub.year if pub.month >= first_month or code != "WI" else pub.year - 1
    started = pub.month >= first_month or (code == "WI" and pub.month <= 2)
    if rel in ("last", "this past", "past", "previous"):
        y = current_year - 1 if started else pub.year - 1
        if code != "WI" and pub.month > anchor.SEASON_MONTHS[code][1]:
            y = pub.year
    elif rel in ("next", "this coming", "coming"):
        y = pub.year + 1 if started else pub.year
    elif rel == "this":
        y = current_year if code == "WI" else pub.year
    elif code == "WI":
        y = current_year if started else pub.year
    else:
        direction = ctx.tense(m.start(), m.end())
        y = pub.year
        if direction == "past" and not started:
            y -= 1
    return _norm_value(ctx, f"{y}-{code}", mod=_mod(m))


def n_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    q = ORDINALS.get(m["q"].lower()) if m["q"] else None
    if q is None and m["q"]:
        q = _digits(m["q"])
    words = (m["pre"] or "").lower()
    if m["year"]:
        y: int | None = _year(m["year"], ctx.published)
    elif re.search(r"\b(19|20)\d\d\b", words):
        y = _digits(re.sub(r".*?(?=(?:19|20)\d\d)", "", words, count=1))
    else:
        y = ctx.published.year if ctx.published else None
        if re.search(r"year[- ](?:ago|earlier)|last year's|a year (?:ago|earlier)", words) and y:
            y -= 1
        elif re.search(r"next year's", words) and y:
            y += 1
    if y is None:
        return Norm("DATE", f"XXXX-Q{q}" if q else None, reason=NO_ANCHOR)
    if q is None:
        return None
    pub = ctx.published
    if (
        not m["year"]
        and not re.search(r"year|\d", words)
        and pub
        and q > (pub.month - 1) // 3 + 1
        and ctx.tense(m.start(), m.end()) != "future"
    ):
        y -= 1  # "the fourth quarter" read in January: the one just ended
    return _norm_value(ctx, f"{y}-Q{q}")


def n_the_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the quarter", "the latest quarter", "the year-ago quarter": the quarter the text is about."""
    words = re.sub(r"\s+", " ", m["pre"].lower())
    last = ctx.last_quarter
    if m["pyear"]:
        if last is None:
            return _norm_value(ctx, m["pyear"]) if m[0].lower().endswith("period") else None
        return Norm("DATE", f"{m['pyear']}-Q{last[-1]}")
    pub = ctx.published
    if last is None and pub is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    if pub is not None and re.search(r"current|this", words):
        return _norm_value(ctx, anchor.value_at(pub, "Q"))
    if last is None:
        assert pub is not None
        cur = anchor.value_at(pub, "Q")
        prev = anchor.value_at(anchor.shift(pub, -1, "Q"), "Q")
        last = cur if re.search(r"current|this", words) else prev
    y, q = int(last[:4]), last[-1]
    if re.search(r"year[- ]?(?:ago|earlier)|last year|prior[- ]year", words):
        return Norm("DATE", f"{y - 1}-Q{q}")
    return Norm("DATE", f"{y}-Q{q}")


def n_half(m: re.Match[str], ctx: Context) -> Norm | None:
    h = 1 if m["h"].lower() == "first" else 2  # second, last, latter
    if m["year"]:
        return _norm_value(ctx, f"{_year(m['year'], ctx.published)}-H{h}")
    rel = (m["rel"] or "").lower()
    if rel in ("this", "the", ""):
        return _rel(ctx, lambda p: f"{p.year}-H{h}")
    step = {"last": -1, "next": 1}.get(rel.split()[0], 0)
    return _rel(ctx, lambda p: f"{p.year + step}-H{h}")


def n_fiscal_year(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = (m["rel"] or "").lower()
    if not rel:
        return Norm("DURATION", "P1Y")  # "the fiscal year (ended June 30)": a year-long span
    step = {"last": -1, "next": 1, "previous": -1}.get(rel.split()[-1] if rel else "", 0)
    return _rel(ctx, lambda p: str(p.year + step))


# --- durations --------------------------------------------------------------------------------------
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
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if code in smaller:
            nxt, k = smaller[code]
            if code == "D":
                return f"PT{int(n * k)}H"
            return f"{prefix}{int(n * k)}{nxt}"
    return f"{prefix}{int(n)}{code}"


def n_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit_word = _unit(m["unit"])
    num_text = (m["num"] or "").strip() or None
    n = number(num_text) if num_text else None
    plural = m["unit"].lower().endswith("s")
    if num_text is None and not plural:
        return None
    if num_text and num_text.lower() in ("a", "an") and plural:
        return None
    if m[0].lower().endswith("old") or re.match(r"[\s-]*old\b", ctx.text[m.end() : m.end() + 6]):
        return None  # an age ("a 6-year-old", "52 years old"), not a time
    if n is not None and n >= 1000 and unit_word not in TIME_UNITS:
        return None  # "the 1988 quarter": a year, not 1988 quarters
    if unit_word == "quarter" and re.match(
        r"\s+of\s+(?!(?:fiscal\s+)?\d{4})", ctx.text[m.end() : m.end() + 12]
    ):
        return None  # "three-quarters of the vote": a fraction
    if unit_word == "second" and num_text and num_text.lower() in ("a", "one") and not plural:
        return None  # "a second term": an ordinal
    value = _duration_value(n, unit_word)
    if value is None:
        return None
    adj = re.sub(r"\s+", " ", (m["adj"] or "").lower())
    if n is None and not m.groupdict().get("quant"):
        long_ago = unit_word in ("year", "decade", "century")
        if (adj in ("recent", "the recent") and long_ago) or (adj in ("past", "the past") and not num_text):
            return Norm("DATE", "PAST_REF")  # "in recent years", "in past years": the vague past
        if adj in ("future",) and num_text is None:
            return Norm("DATE", "FUTURE_REF")
        # "recent weeks", "the coming months": a span of unknown length next to now (TimeML PXW)
    if num_text and num_text.lower() in ("a", "an", "one") and not adj and _after_quantity(ctx, m.start()):
        return Norm("SET", value)  # "$500 million a year", "four flights a week"
    if n and n == int(n) and not adj and unit_word not in TIME_UNITS and _in_future(ctx, m):
        unit = UNIT_CODE.get(unit_word)
        if unit and unit != "WE" and ctx.published is not None:  # "will be redeemed in five years"
            target = anchor.shift_or_none(ctx.published, int(n), unit)
            return Norm("DATE", anchor.value_at(target, unit)) if target else None
    return Norm("DURATION", value, _quant(m))


def _after_quantity(ctx: Context, char: int) -> bool:
    before = ctx.text[max(0, char - 40) : char]
    return bool(
        re.search(
            r"(?:\d|\b(?:million|billion|thousand|hundred|dollars|cents|times|once|twice|"
            r"percent|seats|flights|trips|visits|shifts)|%)\s*$",
            before,
        )
    )


def _in_future(ctx: Context, m: re.Match[str]) -> bool:
    before = ctx.text[max(0, m.start() - 4) : m.start()].lower()
    return bool(re.search(r"\bin\s$", before)) and ctx.tense(m.start(), m.end()) == "future"


def n_set(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["unit"].lower()
    if wd := weekday_number(word):
        if not _cap(m["unit"]):
            return None
        part = (m["part"] or "").lower()
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{DAY_PARTS[part]}" if part else ""))
    if month_number(word) and _cap(m["unit"]):
        return Norm("SET", f"XXXX-{month_number(word):02d}")
    unit = _unit(word)
    if unit in SEASONS:
        return Norm("SET", f"XXXX-{SEASONS[unit]}")
    n = number(m["setnum"]) if m["setnum"] else 1
    if "other" in m[0].lower():
        n = 2
    value = _duration_value(n or 1, unit)
    return Norm("SET", value) if value else None


ADVERB_SET = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "biannually": "P6M",
    "semiannually": "P6M",
    "annual": "P1Y",
}


def n_adverb_set(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m[0].lower()
    if m[0][0].isupper() and m.start() > 0 and not re.search(r"[.!?\"]\s*$", ctx.text[: m.start()]):
        return None  # "Daily Mail", "Weekly Standard"
    span = ctx.doc.char_span(m.start(), m.end())
    if span is not None and span[0].dep_ == "amod" and word != "daily":
        return None  # "weekly magazine", "annual report": a property of the noun
    if span is not None and word == "annual":
        return None
    return Norm("SET", ADVERB_SET[word])


def n_times_per(m: re.Match[str], ctx: Context) -> Norm | None:
    value = _duration_value(1, _unit(m["unit"]))
    return Norm("SET", value) if value else None


# --- references to past, present and future ---------------------------------------------------------
REF_WORDS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "at this time": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "until recently": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "the coming days": "FUTURE_REF",
    "eventually": "FUTURE_REF",
    "shortly": "FUTURE_REF",
}


def n_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    word = re.sub(r"\s+", " ", m[0].lower())
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return None
    tok = span[-1]
    if word == "now" and tok.dep_ == "mark":
        return Norm("DATE", "PRESENT_REF")
    if word in ("current", "recent", "future") and tok.pos_ not in ("ADJ",):
        return None
    if word == "current" and tok.head.lower_ in (
        "account",
        "accounts",
        "affairs",
        "flow",
        "flows",
        "assets",
        "liabilities",
        "events",
    ):
        return None
    return Norm("DATE", REF_WORDS[word])


# --- spelled-out years, holidays, "the week of", bare "the year" ----------------------------------
def n_spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["hundreds"]:
        rest = number(m["rest"])
        if rest is None or not 10 <= rest <= 99:
            return None
        return _norm_value(ctx, str(1900 + int(rest)))
    rest = number(m["rest2"]) if m["rest2"] else 0
    if rest is None:
        return None
    return _norm_value(ctx, str(2000 + int(rest)))


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * mm + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta((weekday - first.isoweekday()) % 7 + 7 * (n - 1))


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "halloween": lambda y: date(y, 10, 31),
    "independence day": lambda y: date(y, 7, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "easter": _easter,
    "easter sunday": _easter,
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(1),
}


def n_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = re.sub(r"\s+", " ", m["name"].lower()).replace("’", "'")
    fn = HOLIDAYS.get(name)
    if fn is None or not m["name"][0].isupper():
        return None
    if m["year"]:
        return _norm_value(ctx, fn(int(m["year"])).isoformat())
    pub = ctx.published
    if pub is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    rel = (m["rel"] or "").lower()
    this_year, prev, nxt = fn(pub.year), fn(pub.year - 1), fn(pub.year + 1)
    before = this_year if this_year <= pub else prev
    after = this_year if this_year >= pub else nxt
    if rel == "last":
        d = before
    elif rel == "next":
        d = after
    else:
        d = before if choose_past(pub, before, after, ctx.tense(m.start(), m.end())) else after
    return _norm_value(ctx, d.isoformat())


def n_week_of(m: re.Match[str], ctx: Context) -> Norm | None:
    inner = n_month_day(m, ctx)
    if inner is None or inner.value is None or "X" in inner.value:
        return inner
    d = date.fromisoformat(inner.value)
    return _norm_value(ctx, anchor.week_value(d))


def n_the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the year", "the week", "the weekend": the period the text is about (last mentioned, else current)."""
    unit = UNIT_CODE[_unit(m["unit"])]
    after = ctx.text[m.end() : m.end() + 12]
    if re.match(r"\s*(?:of\b|in\s+which|when|before|after|that|\d)", after):
        return None  # "the day of the attack", "the year before": anchored on an event, no value
    if re.match(r"\s+(?:ended|ending|to\s+date|through)\b", after):
        return Norm("DURATION", "P1" + ("W" if unit == "WE" else unit))  # "the year ended March 31": a span
    base = ctx.published
    if base is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    if unit == "WE":
        direction = ctx.tense(m.start(), m.end())
        wd = base.isoweekday()
        if direction == "future" and wd < 6:
            base = base + timedelta(6 - wd)
        elif wd < 6:
            base = base - timedelta(wd + 1)
    return Norm("DATE", anchor.value_at(base, unit), _mod(m))


# --- rules ------------------------------------------------------------------------------------------
def _rule(
    name: str, pattern: str, fn: Callable[[re.Match[str], Context], Norm | None], flags: int = re.IGNORECASE
) -> Rule:
    return Rule(name, re.compile(r"(?<![\w'’-])" + pattern + END, flags), fn)


WD_PREFIX = r"(?:(?P<wday>" + WEEKDAY + r"),?\s+)?"
THE = r"(?:the\s+)?"
RELW = (
    r"(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming|previous|the\s+previous|the\s+following"
    r"|the\s+next)"
)

RULES: list[Rule] = [
    _rule("iso", r"(?P<y>" + YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T[\d:]+)?", n_iso),
    _rule("slash", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)", n_slash),
    _rule(
        "range_dmy",
        r"(?:between\s+|from\s+)?(?P<d1>"
        + DAYNUM
        + r")\s*(?:-|–|and|to|until|through)\s*(?P<d2>"
        + DAYNUM
        + r")\s+(?:of\s+)?(?P<month>"
        + MONTH
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        n_range,
    ),
    _rule(
        "range_mdy",
        r"(?:between\s+|from\s+)?(?P<month>"
        + MONTH
        + r")\s+(?P<d1>"
        + DAYNUM
        + r")\s*(?:-|–|and|to|until|through)\s*(?P<d2>"
        + DAYNUM
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        n_range,
    ),
    _rule(
        "mdy",
        WD_PREFIX
        + MODPRE
        + r"(?:(?P<mdrel>last|next|this\s+past|this\s+coming)\s+)?(?P<month>"
        + MONTH
        + r")\s+(?P<day>"
        + DAYNUM
        + r")(?![\d,]\d)"
        + r"(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        n_month_day,
    ),
    _rule(
        "dmy",
        WD_PREFIX
        + MODPRE
        + r"(?:the\s+)?(?P<day>"
        + DAYNUM
        + r")\s+(?:of\s+)?(?P<month>"
        + MONTH
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        n_month_day,
    ),
    _rule(
        "month_year",
        THE + MODPRE + r"(?P<month>" + MONTH + r")(?:,|\s+of)?\s+(?P<year>" + YEAR_OR_SHORT + r")",
        n_month_year,
    ),
    _rule(
        "month",
        MODPRE
        + r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<month>"
        + MONTH_FULL
        + r"|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)(?:\s+(?P<relyear>this|last|next)\s+year)?",
        n_month,
    ),
    _rule(
        "decade",
        THE + MODPRE + r"(?P<dec>(?:1[5-9]|20)\d0s|'\d0s|’\d0s|\d0s|(?:nineteen\s+)?"
        r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
        n_decade,
    ),
    _rule(
        "century",
        THE + MODPRE + r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
        r"eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century",
        n_century,
    ),
    _rule(
        "half",
        THE + r"(?:(?P<rel>this|last|next|last\s+year's|this\s+year's)\s+)?"
        r"(?P<h>first|second|last|latter)[\s-]+half"
        r"(?:\s+of\s+(?:(?:the|this|last|next)\s+year|(?P<year>" + YEAR + r")))?",
        n_half,
    ),
    _rule(
        "quarter",
        r"(?P<pre>(?:(?:the|its|this\s+year's|last\s+year's|next\s+year's|year-ago|year-earlier|"
        r"fiscal|the\s+fiscal|" + YEAR + r")[\s-]+){0,3})(?P<q>" + ORD + r")[\s-]+(?:fiscal\s+)?quarter"
        r"(?:\s+of\s+(?:fiscal\s+)?(?P<year>" + YEAR + r"))?",
        n_quarter,
    ),
    _rule("q_short", r"(?P<pre>)(?P<q>Q[1-4])(?:\s+(?P<year>" + YEAR + r"))?", n_quarter, 0),
    _rule(
        "the_quarter",
        r"(?P<pre>(?:the|that|this|its|the\s+latest|the\s+current|the\s+same|the\s+year-ago|"
        r"the\s+year-earlier|the\s+comparable|the\s+comparable\s+year-ago|the\s+year-ago|year-ago|year-earlier"
        r"|the\s+prior-year|last\s+year's|the\s+(?P<pyear>"
        + YEAR
        + r")))\s+(?:fiscal\s+)?(?:quarter|period)",
        n_the_quarter,
    ),
    _rule("year", MODPRE + r"(?:(?:fiscal|the\s+year|calendar)\s+)?(?P<year>" + YEAR + r")", n_year),
    _rule(
        "fiscal_year",
        r"(?:the\s+)?(?P<rel>current|this|last|next|previous|the\s+current|latest)?\s*fiscal\s+year",
        n_fiscal_year,
    ),
    _rule(
        "deictic",
        MODPRE + r"(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<word>yesterday|today|tonight|tomorrow)"
        r"(?:\s+(?P<part>" + PART + r"))?",
        n_deictic,
    ),
    _rule(
        "clock",
        QUANT + r"(?P<h>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm)"
        r"(?:\s+(?:EST|EDT|GMT|UTC|CET|PST|PDT|local\s+time))?(?:,?\s+(?:on\s+)?(?:(?P<wday2>"
        + WEEKDAY
        + r")|(?P<deictic>yesterday|today|tomorrow)|(?P<cmonth>"
        + MONTH
        + r")\s+(?P<cday>"
        + DAYNUM
        + r")))?",
        n_clock,
    ),
    _rule(
        "clock24",
        QUANT + r"(?P<h>[012]\d)[:h](?P<min>[0-5]\d)(?P<ampm>)(?:\s+(?:GMT|UTC|local\s+time))?",
        n_clock,
    ),
    _rule(
        "named_clock",
        QUANT
        + MODPRE
        + r"(?P<part>noon|midnight|midday|dawn|dusk|daybreak|nightfall)(?:\s+(?:on\s+)?(?:(?P<wday2>"
        + WEEKDAY
        + r")|(?P<deictic>yesterday|today|tomorrow)))?",
        n_named_clock,
    ),
    _rule(
        "daypart",
        MODPRE + r"(?P<rel>this|last|the\s+next|the\s+following)\s+(?P<part>" + PART + r")",
        n_daypart,
    ),
    _rule("overnight", MODPRE + r"(?P<rel>)(?P<part>overnight)", n_daypart),
    _rule(
        "weekday_set",
        r"(?:on\s+)?(?P<wday>" + WEEKDAY + r")s(?:\s+(?P<part>" + PART + r"s?))?",
        n_weekday_set,
    ),
    _rule(
        "weekday",
        MODPRE + r"(?:" + RELW + r"\s+)?(?P<wday>" + WEEKDAY + r")(?:\s+(?P<part>" + PART + r"))?",
        n_weekday,
    ),
    _rule(
        "earlier_this",
        r"(?P<side>earlier|later)\s+(?:in\s+)?(?P<which>this|that|last|next|the)\s+"
        r"(?P<unit>week|month|year|quarter|decade|century)",
        n_earlier_this,
    ),
    _rule(
        "this_unit",
        MODPRE + r"(?P<rel>this|current|the\s+current|this\s+past|last|past|previous|"
        r"the\s+previous|next|coming|this\s+coming|the\s+following|following)\s+(?P<unit>week(?:end)?|month|year|quarter|"
        r"decade|century)",
        n_this_unit,
    ),
    _rule(
        "the_last_unit",
        MODPRE + r"(?P<rel>the\s+(?:last|past))\s+(?P<unit>week(?:end)?|month|year|decade|century)",
        n_this_unit,
    ),
    _rule(
        "anaphoric",
        MODPRE + r"(?P<rel>that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding)\s+"
        r"(?P<unit>day|week|weekend|month|year)",
        n_anaphoric_day,
    ),
    _rule(
        "ago",
        QUANT + r"(?P<num>" + NUM + r")(?:\s+or\s+so)?[\s-]+(?P<unit>" + UNIT + r")(?:\s+or\s+so)?\s+"
        r"(?P<dir>ago|earlier|later|from\s+now|hence|back)",
        n_ago,
    ),
    _rule(
        "year_ago_adj",
        r"(?:the\s+|a\s+)?year[- ](?:ago|earlier)(?=\s+[a-z])",
        lambda m, ctx: n_year_ago(m, ctx),
    ),
    _rule(
        "vague_ago",
        r"(?P<quant>)(?P<num>)(?P<unit>days|weeks|months|years|decades)\s+(?P<dir>ago|earlier)",
        lambda m, ctx: Norm("DATE", "PAST_REF"),
    ),
    _rule(
        "season",
        THE + MODPRE + r"(?:(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming|previous|the)"
        r"\s+)?(?P<season>" + SEASON + r")(?:\s+(?:of\s+)?(?P<year>" + YEAR_OR_SHORT + r"))?",
        n_season,
    ),
    _rule(
        "earlier_season",
        r"(?P<mod>earlier|later)\s+this\s+(?P<rel>)(?P<season>" + SEASON + r")(?P<year>)",
        n_season,
    ),
    _rule(
        "duration",
        QUANT + r"(?:(?P<adj>the\s+past|the\s+last|the\s+next|the\s+first|the\s+coming|the\s+following|"
        r"the\s+latest|the\s+previous|the\s+recent|the|past|last|next|first|coming|previous|following|recent|"
        r"another|an\s+additional|additional|further)\s+)?(?P<num>"
        + NUM
        + r")?(?:\s+more)?(?:[\s-]+|(?<=\d))(?P<unit>"
        + UNIT
        + r")(?:[\s-]+(?:long|old))?(?:\s+or\s+so)?",
        n_duration,
    ),
    _rule(
        "vague_plural",
        r"(?P<quant>)(?:(?P<adj>the\s+past|the\s+last|the\s+next|the\s+coming|the\s+recent|past|"
        r"recent|coming|future|upcoming)\s+)(?P<num>few\s+|several\s+)?(?P<unit>days|weeks|months|years|decades"
        r"|quarters)",
        n_duration,
    ),
    _rule(
        "for_plural",
        r"(?<=for\s)(?P<quant>)(?P<adj>)(?P<num>)(?P<unit>days|weeks|months|years|decades)",
        n_duration,
    ),
    _rule(
        "set_every",
        r"(?:every|each|per)\s+(?:other\s+|(?P<setnum>"
        + NUM
        + r")\s+)?(?P<unit>(?:"
        + WEEKDAY
        + r"|"
        + UNITS_RE
        + r"|"
        + MONTH_FULL
        + r"|"
        + SEASON
        + r")s?)(?:\s+(?P<part>"
        + PART
        + r"))?",
        n_set,
    ),
    _rule(
        "set_adverb",
        r"(?:daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly|"
        r"semiannually|biannually)",
        n_adverb_set,
    ),
    _rule(
        "times_per",
        r"(?:once|twice|three\s+times|four\s+times|(?:\d+|several|many)\s+times)\s+(?:a|an|per|each|every)\s+"
        r"(?P<unit>" + UNITS_RE + r")",
        n_times_per,
    ),
    _rule(
        "spelled_year",
        r"(?:the\s+year\s+)?(?:(?P<hundreds>nineteen)[\s-]+(?P<rest>" + NUM + r")|two\s+thousand"
        r"(?:\s+(?:and\s+)?(?P<rest2>" + NUM + r"))?)",
        n_spelled_year,
    ),
    _rule(
        "holiday",
        r"(?:(?P<rel>last|next|this)\s+)?(?P<name>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Eve|Day)"
        r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Halloween|Independence\s+Day|Election\s+Day)"
        r"(?:,?\s+(?P<year>" + YEAR + r"))?",
        n_holiday,
        0,
    ),
    _rule(
        "week_of",
        r"the\s+week\s+of\s+(?P<month>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?P<year>)",
        n_week_of,
    ),
    _rule("the_unit", MODPRE + r"the\s+(?:full\s+)?(?P<unit>year|week|weekend|month|day)", n_the_unit),
    _rule(
        "part_of",
        r"(?:the\s+)?(?P<part>early\s+hours|small\s+hours|night|morning|evening|afternoon)\s+of\s+(?:(?P<wday2>"
        + WEEKDAY
        + r")(?:,?\s+(?P<cmonth2>"
        + MONTH
        + r")\s+(?P<cday2>"
        + DAYNUM
        + r"))?|(?P<deictic>yesterday|today|tomorrow)|(?P<cmonth>"
        + MONTH
        + r")\s+(?P<cday>"
        + DAYNUM
        + r"))",
        lambda m, ctx: n_named_clock(m, ctx),
    ),
    _rule(
        "year_end",
        r"(?:the\s+)?(?P<rel>this|last|next)?\s*year(?:[- ]|['’]s\s+)end",
        lambda m, ctx: n_year_end(m, ctx),
    ),
    _rule(
        "mod_daypart",
        r"(?P<mod>mid|early|late)[\s-]*(?P<part>morning|afternoon|evening)(?:\s+(?P<deictic>yesterday|today|"
        r"tomorrow)|\s+(?:on\s+)?(?P<wday2>" + WEEKDAY + r"))?",
        lambda m, ctx: n_named_clock(m, ctx),
    ),
    _rule(
        "year_range",
        r"(?P<y1>" + YEAR + r")\s*(?:-|–|/|to)\s*(?P<y2>" + YEAR + r"|\d\d)(?![\d%])",
        lambda m, ctx: n_year_range(m, ctx),
    ),
    _rule(
        "clock_military",
        QUANT
        + r"(?P<h>[0-2]\d)(?P<min>[0-5]\d)(?P<ampm>)\s*(?:GMT|UTC|hrs|hours\s+local\s+time|local\s+time)",
        n_clock,
    ),
    _rule(
        "week_of_month",
        r"the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>" + MONTH_FULL + r")"
        r"(?:\s+(?P<year>" + YEAR + r"))?",
        lambda m, ctx: n_week_of_month(m, ctx),
    ),
    _rule(
        "ref",
        r"(?:right\s+now|just\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|"
        r"at\s+the\s+moment|the\s+present|more\s+recently|most\s+recently|recently|recent|lately|the\s+past|"
        r"the\s+near\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term|"
        r"the\s+long\s+term|as\s+soon\s+as\s+possible|a\s+later\s+date)",
        n_ref,
    ),
]


# --- triggers: which words can start a search for which rules ---------------------------------------
# A rule only runs in windows around the words it needs (a month name, a unit, a digit ...): one cheap
# pass finds these words, so the full patterns never scan text that cannot match them.
TRIGGER_CLASSES = {
    "month": MONTH.replace(r"\.", ""),
    "wday": WEEKDAY,
    "unit": UNITS_RE,
    "digit": r"\d+",
    "deictic": r"yesterday|today|tonight|tomorrow",
    "part": r"morning|afternoon|evening|night|overnight|noon|midnight|midday|dawn|dusk|daybreak|nightfall",
    "season": SEASON,
    "decadew": r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties",
    "ref": r"now|these|currently|current|present|presently|nowadays|moment|recent|recently|lately|past"
    r"|future|term|possible|later",
    "set": r"every|each|per|daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly"
    r"|fortnightly|semiannually|biannually|once|twice|times",
    "quarter": r"quarter|period|Q[1-4]",
    "half": r"half",
    "spelled": r"nineteen|thousand",
    "holiday": r"christmas|new\s+year|thanksgiving|easter|halloween|independence\s+day|election\s+day",
}
RULE_KEYS = {
    "iso": {"digit"},
    "slash": {"digit"},
    "range_dmy": {"month"},
    "range_mdy": {"month"},
    "mdy": {"month"},
    "dmy": {"month"},
    "month_year": {"month"},
    "month": {"month"},
    "decade": {"digit", "decadew"},
    "century": {"unit"},
    "half": {"half"},
    "quarter": {"quarter"},
    "q_short": {"quarter"},
    "the_quarter": {"quarter"},
    "year": {"digit"},
    "fiscal_year": {"unit"},
    "deictic": {"deictic"},
    "clock": {"digit"},
    "clock24": {"digit"},
    "named_clock": {"part"},
    "daypart": {"part"},
    "overnight": {"part"},
    "weekday_set": {"wday"},
    "weekday": {"wday"},
    "earlier_this": {"unit"},
    "this_unit": {"unit"},
    "the_last_unit": {"unit"},
    "anaphoric": {"unit"},
    "ago": {"unit"},
    "vague_ago": {"unit"},
    "year_ago_adj": {"unit"},
    "season": {"season"},
    "earlier_season": {"season"},
    "duration": {"unit"},
    "vague_plural": {"unit"},
    "for_plural": {"unit"},
    "set_every": {"set"},
    "set_adverb": {"set"},
    "times_per": {"set"},
    "ref": {"ref"},
    "spelled_year": {"spelled"},
    "holiday": {"holiday"},
    "part_of": {"part", "unit"},
    "year_range": {"digit"},
    "year_end": {"unit"},
    "mod_daypart": {"part"},
    "clock_military": {"digit"},
    "week_of_month": {"unit"},
    "week_of": {"unit"},
    "the_unit": {"unit"},
}
TRIGGER = re.compile(r"(?<![A-Za-z])(?:" + "|".join(TRIGGER_CLASSES.values()) + r")[A-Za-z]*", re.IGNORECASE)
_CLASS_RES = {name: re.compile(pat, re.IGNORECASE) for name, pat in TRIGGER_CLASSES.items()}


@lru_cache(maxsize=4096)
def trigger_classes(word: str) -> frozenset[str]:
    """The trigger classes a word (lower-cased) starts with: "quarterly" is a unit, a set word, a quarter."""
    return frozenset(name for name, rx in _CLASS_RES.items() if rx.match(word))
