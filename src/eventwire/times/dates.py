"""Calendar expressions: explicit and partial dates, months, years, decades, centuries, seasons,
quarters and halves, holidays, spelled-out years, "the week of", "the year"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from eventwire.times import anchor
from eventwire.times.base import (
    DAYNUM,
    MONTH,
    NO_ANCHOR,
    UNIT_CODE,
    YEAR,
    Norm,
    _cap,
    _date,
    _digits,
    _mod,
    _month,
    _norm_value,
    _pick_year,
    _rel,
    _remember,
    _unit,
    _year,
    choose_past,
)
from eventwire.times.context import Context
from eventwire.times.lexicon import (
    ORDINALS,
    SEASONS,
    UNITS_RE,
    month_number,
    number,
    weekday_number,
)


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
    d = _slash_date(y, a, b, ctx.published)
    return _norm_value(ctx, d.isoformat()) if d else None


def n_slash_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """A numeric day and month without a year after "on", "since", "from", "until" or "by" ("on 29/12"):
    each reading's year is the one a month-day written out would take (``_pick_year``), and between two
    readings the later one on or before publication (as ``_slash_date``)."""
    a, b = int(m["a"]), int(m["b"])
    readings = []
    for month, day in ((b, a), (a, b)):  # day/month first: the US writes the year out with month/day
        if 1 <= month <= 12 and _date(2000, month, day):
            y = _pick_year(ctx, m, month, day)
            if y is None:
                return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", reason=NO_ANCHOR)
            d = _date(y, month, day)
            if d and d not in readings:
                readings.append(d)
    if not readings:
        return None
    past = [d for d in readings if ctx.published is None or d <= ctx.published]
    chosen = max(past) if past else readings[0]
    return _norm_value(ctx, chosen.isoformat())


def _slash_date(y: int, a: int, b: int, published: date | None) -> date | None:
    """The day a numeric "a/b/y" names. A first number over 12 is the day (day/month, as most of the world
    writes), a second one over 12 the day (month/day, as the US writes). When both can be a month, the
    reading on or before publication is taken when only one is (news reports what has happened: in a
    report of 8 May 2017, "06/05/2017" is 6 May), else the nearer one before publication; without a
    publication date, month/day."""
    us, world = _date(y, a, b), _date(y, b, a)
    if us is None or world is None or us == world or published is None:
        return us or world
    past = [d for d in (us, world) if d <= published]
    return max(past) if past else us


def n_range(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "between 3 and 5 May", "May 3-5": one expression spanning the days, its value the month."""
    if not _cap(m["month"]):
        return None
    if re.search(r"\d\s+and\s+\d", m[0]) and not m[0].lower().startswith("between"):
        return None  # "on April 24 and 25": two days, each its own expression (see n_and_day)
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


_MONTH_DAY_BEFORE = re.compile(
    r"\b(?P<month>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?:,?\s+(?P<year>" + YEAR + r"))?\s+and\s+$"
)


def n_and_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """The second day of "April 24 and 25": the month (and year) of the date just before it."""
    before = _MONTH_DAY_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start())
    if before is None or not _cap(before["month"]):
        return None
    month, day = _month(before["month"]), _digits(m["day"])
    if day <= _digits(before["day"]):
        return None
    if before["year"]:
        y: int | None = int(before["year"])
    else:
        y = _pick_year(ctx, m, month, day)
    if y is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", reason=NO_ANCHOR)
    d = _date(y, month, day)
    return _norm_value(ctx, d.isoformat()) if d else None


def n_day_and(m: re.Match[str], ctx: Context) -> Norm | None:
    """The first day of "on 17 and 21 June": the month and year that the second day carries."""
    if not _cap(m["month"]) or _digits(m["day"]) >= _digits(m["day2"]):
        return None
    return n_month_day(m, ctx)


def n_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _year_is_date(ctx, m):
        return None
    y = int(m["year"])
    return _norm_value(ctx, str(y), mod=_mod(m))


def _year_is_date(ctx: Context, m: re.Match[str]) -> bool:
    text = ctx.text
    before = text[max(0, m.start("year") - 2) : m.start("year")]
    after = text[m.end("year") : m.end("year") + 3]
    in_list = re.search(r"(?<![\d,.])(?:1[5-9]|20)\d\d,\s$", text[max(0, m.start("year") - 7) : m.start("year")])
    if (
        (re.search(r"[$£€#,.:/\d]\s?$", before) and not in_list)  # "in 1994, 1995 and 1997" is a list of years
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
    if re.search(
        r"\b(?:his|her|their|my|your|our|early|late|mid)[\s-]+$", ctx.text[max(0, m.start() - 8) : m.start()]
    ) and re.fullmatch(r"\d0s", m["dec"]):
        return None  # "in his 30s": an age
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
    if re.match(r",?\s+(?:that\s+)?(?:ended|ending)\b", ctx.text[m.end() : m.end() + 16]):
        ctx.topic_quarter = f"{y}-Q{q}"  # "its fourth quarter ended Sept. 30": a (fiscal) quarter reported on
    return _norm_value(ctx, f"{y}-Q{q}")


def n_the_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the quarter", "the latest quarter", "the year-ago quarter": the quarter the text is about."""
    if ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "its quarter-century low", "the quarter-to-quarter comparison": not a quarter
    words = re.sub(r"\s+", " ", m["pre"].lower())
    # "that quarter" / "the same quarter" point back to the last one named; "the quarter", "the latest
    # period", "the year-ago quarter" to the one the story is about (the first named)
    last = ctx.last_quarter if re.match(r"that|the same", words) else ctx.report_quarter
    if m["pyear"]:
        if last is None:
            return _norm_value(ctx, m["pyear"]) if m[0].lower().endswith("period") else None
        return Norm("DATE", f"{m['pyear']}-Q{last[-1]}")
    pub = ctx.published
    if last is None and pub is None:
        return Norm("DATE", None, reason=NO_ANCHOR)
    if re.match(r"this", words) and last is not None and ctx.tense(m.start(), m.end()) != "future":
        return Norm("DATE", last)  # "this quarter's loss" in a results story: the quarter reported on
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
    if m["dec"]:  # "the second half of the 1990s": the decade, its start or end
        digits = re.sub(r"\D", "", m["dec"])
        if len(digits) == 2:
            century = ctx.published.year // 100 if ctx.published else 19
            if century * 100 + int(digits) > (ctx.published.year if ctx.published else 2100):
                century -= 1
            digits = f"{century}{digits}"
        return _norm_value(ctx, digits[:3], mod="START" if h == 1 else "END")
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


# --- spelled-out years, holidays, "the week of", bare "the year" ----------------------------------
def n_spelled_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if re.match(r"[\s-]+" + UNITS_RE, ctx.text[m.end() : m.end() + 12], re.I):
        return None  # "two thousand years": a number of units, not the year 2000
    if not m["hundreds"] and not m["rest2"] and not m[0].lower().startswith("the"):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        nxt = ctx.doc[span.end] if span is not None and span.end < len(ctx.doc) else None
        if nxt is not None and nxt.tag_ == "NNS":
            return None  # "two thousand troops": a count
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
    """ "the week of July 16", "the week beginning 3 December": the calendar (ISO) week of that day; a week
    said to begin on a Sunday is the one that follows it."""
    inner = n_month_day(m, ctx)
    if inner is None or inner.value is None or "X" in inner.value:
        return inner
    d = date.fromisoformat(inner.value)
    if m["edge"].lower() in ("beginning", "starting", "commencing") and d.weekday() == 6:
        d += timedelta(days=1)
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
