"""Expressions anchored on the publication day: yesterday/today/tonight, parts of days and clock times,
weekday names (by tense), this/last/next week, "two days ago", "earlier this month", "that day"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.annotate import doc_ents
from eventwire.times import anchor
from eventwire.times.base import (
    NO_ANCHOR,
    UNIT_CODE,
    Norm,
    _cap,
    _date,
    _digits,
    _duration_value,
    _mod,
    _month,
    _norm_value,
    _pick_year,
    _quant,
    _rel,
    _unit,
)
from eventwire.times.context import Context
from eventwire.times.lexicon import (
    DAY_PARTS,
    TIME_UNITS,
    number,
    weekday_number,
)

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
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    if before.endswith("'s"):
        return True
    generic = re.match(r"['’]s\s+([a-z]+)", ctx.text[m.end() : m.end() + 24])
    return generic is not None and generic[1] in GENERIC_AFTER_TODAY  # "today's editions" is the day itself


# Nouns after "today's" that make it mean nowadays ("today's youth"), not the publication day.
GENERIC_AFTER_TODAY = {
    "world",
    "youth",
    "society",
    "generation",
    "young",
    "children",
    "kids",
    "families",
    "economy",
    "culture",
    "technology",
    "personal",
    "modern",
    "standards",
    "market",
    "markets",
    "politics",
    "teenagers",
    "women",
    "men",
    "people",
    "consumers",
    "students",
    "workers",
    "business",
    "global",
    "americans",
    "europe",
}


def n_daypart(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = (m["rel"] or "").lower()
    part = m["part"].lower()
    code = DAY_PARTS[part]
    shift = -1 if (rel == "last" and part in ("night", "evening")) or part == "overnight" else 0
    if rel in ("the next", "the following"):
        shift = 1
    if part == "overnight" and ctx.published is not None:
        # the night before the day the text is about (the last day it named), else before publication
        day = _day_in_focus(ctx) or ctx.published
        return Norm("TIME", f"{(day + timedelta(shift)).isoformat()}T{code}", _mod(m))
    return _rel(ctx, lambda p: f"{(p + timedelta(shift)).isoformat()}T{code}", "TIME", _mod(m))


def n_the_part(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "in the morning", "during the afternoon": that part of the day the text is about."""
    if ctx.text[m.end() : m.end() + 3] in (" of", "'s ", "’s "):
        return None  # "the morning of the attack": anchored on an event; "the morning's news"
    if ctx.published is None:
        return Norm("TIME", None, reason=NO_ANCHOR)
    day = _day_in_focus(ctx) or ctx.published
    return Norm("TIME", f"{day.isoformat()}T{DAY_PARTS[m['part'].lower()]}")


def _day_in_focus(ctx: Context) -> date | None:
    """The last day the text named ("on Friday", "Oct. 13"), if the last date it named was a day."""
    if ctx.last_value and re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.last_value):
        return ctx.last_date
    return None


def n_clock(m: re.Match[str], ctx: Context) -> Norm | None:
    h = int(m["h"])
    mins = int(m["min"]) if m["min"] else 0
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    ampm = {"morning": "am", "afternoon": "pm", "evening": "pm"}.get(ampm, ampm)  # "4 in the morning"
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
    if part == "noon" and re.search(r"\bhigh\s+$", before):
        return None  # "high noon"
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
    later = _LATER_DAY.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 32))
    if later:  # "at 10:35 a.m. (0735 GMT) Friday": the day named just after
        return _weekday_date(pub, weekday_number(later["wd"]), ctx.tense(m.start(), m.end()), "")
    return _day_in_focus(ctx) or pub  # a bare clock time is on the day the text is talking about


_LATER_DAY = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*|\([^()]{0,20}?\s)?(?:,\s*)?(?:on\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


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


_PLURAL_PART = re.compile(
    r"(?:\s*(?:,|and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)*\s+(?P<part>morning|afternoon|evening|night)s\b"
)


def n_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _cap(m["wday"]) or not _weekday_ok(ctx, m):
        return None
    wday = weekday_number(m["wday"])
    plural = _PLURAL_PART.match(ctx.text, m.end("wday"))
    if m["pl"] and not m["rel"]:  # "Tuesday nights": every such night
        return Norm("SET", f"XXXX-WXX-{wday}T{DAY_PARTS[m['part'].lower()]}")
    if plural and not m["rel"] and not m["part"]:  # "on Monday and Tuesday nights"
        return Norm("SET", f"XXXX-WXX-{wday}T{DAY_PARTS[plural['part']]}")
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
        ent = next((e for e in doc_ents(ctx.doc) if e.start <= span[0].i < e.end), None)
        if ent is not None and len(ent) > 1 and not (nxt and nxt[1].lower() in DAY_PARTS):
            return False
    return True


def n_weekday_set(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _cap(m["wday"]):
        return None
    wday = weekday_number(m["wday"])
    part = (m["part"] or "").lower().rstrip("s")
    return Norm("SET", f"XXXX-WXX-{wday}" + (f"T{DAY_PARTS[part]}" if part else ""))


# --- relative periods: this/last/next week, a year ago, earlier this month ---------------------------


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
    anaphoric = direction in ("earlier", "later")
    if anaphoric and unit in ("D", "W", "WE"):
        # "three days later", "a few days later": an offset from an event, so the length (P3D, PXD)
        return Norm("DURATION", _duration_value(n, unit_word), quant)
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if n != int(n):
        return None
    base = ctx.last_date if anaphoric and ctx.last_date is not None else ctx.published
    if base is None:
        return Norm("DATE", None, quant, reason=NO_ANCHOR)
    granularity = {"WE": "W", "DE": "Y", "CE": "Y"}.get(unit, unit)  # "a decade ago": the year then
    if unit == "Y" and n == 1 and ctx.report_quarter:
        return Norm("DATE", _year_before(ctx.report_quarter), quant)  # results compared by quarter
    target = anchor.shift_or_none(base, sign * int(n), unit)
    if target is None:
        return None
    value = anchor.value_at(target, granularity)
    return Norm("DATE", value, quant)


def _year_before(value: str) -> str:
    return f"{int(value[:4]) - 1}{value[4:]}"


def n_year_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "year-earlier" / "year-ago" used as an adjective: the same period one year before."""
    if ctx.report_quarter:
        return Norm("DATE", _year_before(ctx.report_quarter))
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
