"""Date and location of an event mention.

Uses the times and places stages' output. Until ``times.event_date`` and ``places.event_location`` exist,
the small fallbacks here choose: the time expression nearest the trigger in its clause (else sentence), else
the publication date with reduced precision and a reason; the resolved place nearest the trigger in the
clause (else sentence), else the country the document names most.

FALLBACK (remove when the times stage returns time expressions): ``fallback_times`` reads the commonest
date forms of news text (weekdays, "December 30", "30 December 2020", "March 2019", "mid-January",
"in 2014", "yesterday") so that the events stage works on its own.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.events import geo
from eventwire.records import EventDate, EventLocation, Place, Span, TimeExpr

PRECISION = {"time": 1, "day": 1, "week": 2, "month": 3, "quarter": 3, "season": 3}

_MONTHS = "|".join(calendar.month_name[1:]) + "|" + "|".join(m for m in calendar.month_abbr[1:] if m != "May")
_DAYS = "|".join(calendar.day_name)
_TIMEX = re.compile(
    rf"\b(?:(?P<part>mid|early|late|end of|beginning of|start of)[- ](?:of )?)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?P<m1>{_MONTHS})\.?|(?P<m2>{_MONTHS})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?P<m3>{_MONTHS}))(?:,? (?P<y>(?:19|20)\d\d))?\b"
    rf"|\b(?P<wd>{_DAYS})\b|\b(?P<rel>yesterday|today|last night|this morning|tonight)\b"
    rf"|\b(?:in|from|since|until|of|by) (?P<yy>(?:19|20)\d\d)\b"
)
_MONTH_NUM = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NUM.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})


def _month_year(month: int, year: str | None, published: date) -> int:
    if year:
        return int(year)
    return published.year if month <= published.month + 1 else published.year - 1


def _parse(m: re.Match[str], published: date) -> tuple[str, str, str | None, date, date] | None:
    """(value, precision, mod, begin, end) of one fallback match."""
    g = m.groupdict()
    if g["wd"]:
        back = (published.weekday() - list(calendar.day_name).index(g["wd"])) % 7
        day = published - timedelta(days=back)
        return day.isoformat(), "day", None, day, day
    if g["rel"]:
        day = published - timedelta(days=1 if g["rel"] in ("yesterday", "last night") else 0)
        return day.isoformat(), "day", None, day, day
    if g["yy"]:
        year = int(g["yy"])
        return str(year), "year", None, date(year, 1, 1), date(year, 12, 31)
    name = (g["m1"] or g["m2"] or g["m3"]).lower()
    month = _MONTH_NUM[name]
    year = _month_year(month, g["y"], published)
    last = calendar.monthrange(year, month)[1]
    dd = g["d1"] or g["d2"]
    if dd and 1 <= int(dd) <= last:
        day = date(year, month, int(dd))
        return day.isoformat(), "day", None, day, day
    part = (g["part"] or "").split()[0] if g["part"] else None
    if part == "mid":
        return f"{year}-{month:02d}", "month", "MID", date(year, month, 11), date(year, month, 20)
    if part in ("early", "beginning", "start"):
        return f"{year}-{month:02d}", "month", "START", date(year, month, 1), date(year, month, 10)
    if part in ("late", "end"):
        return f"{year}-{month:02d}", "month", "END", date(year, month, 21), date(year, month, last)
    return f"{year}-{month:02d}", "month", None, date(year, month, 1), date(year, month, last)


def fallback_times(doc: Doc, published: date | None) -> list[TimeExpr]:
    """FALLBACK until the times stage lands: the commonest absolute and relative dates of news text."""
    if published is None:
        return []
    out = []
    for m in _TIMEX.finditer(doc.text):
        parsed = _parse(m, published)
        if parsed is None:
            continue
        value, precision, mod, begin, end = parsed
        start = m.start("yy") if m.group("yy") else m.start()
        out.append(TimeExpr(Span.of(doc.text, start, m.end()), "DATE", value, precision, mod, begin, end))
    return out


def to_event_date(timex: TimeExpr) -> EventDate | None:
    """ACLED date and time_precision for a time expression (mid-month reads as the 15th, week precision)."""
    if timex.begin is None and timex.value is None:
        return None
    begin = timex.begin or _value_start(timex.value)
    if begin is None:
        return None
    precision = PRECISION.get(timex.precision or "", 4)
    value = begin
    if timex.mod == "MID" and timex.precision == "month":
        value, precision = begin.replace(day=15), 2
    elif timex.mod in ("START", "END") and timex.precision == "month":
        precision = 2
    return EventDate(value, precision, timex.span, timex.value)


def _value_start(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def _distance(span: Span, tok: Token) -> int:
    return abs((span.start + span.end) // 2 - tok.idx)


def _free(span: Span, trigger: Token, owned: list[tuple[int, int]]) -> bool:
    """False when ``span`` lies inside another mention's phrase that does not hold ``trigger``
    ("the fall of the town in March 2019" owns its date and place)."""
    return not any(lo <= span.start and span.end <= hi and not lo <= trigger.idx < hi for lo, hi in owned)


def pick_time(
    times: list[TimeExpr],
    trigger: Token,
    clause: tuple[int, int],
    sent: SpacySpan,
    owned: list[tuple[int, int]],
) -> TimeExpr | None:
    """The time expression of a mention: inside its clause, else inside its sentence, nearest the trigger."""
    usable = [t for t in times if (t.value or t.begin) and _free(t.span, trigger, owned)]
    for lo, hi in (clause, (sent.start_char, sent.end_char)):
        inside = [t for t in usable if lo <= t.span.start and t.span.end <= hi]
        if inside:
            return min(inside, key=lambda t: _distance(t.span, trigger))
    return None


def event_date(timex: TimeExpr | None, published: date | None) -> EventDate:
    if timex is not None:
        found = to_event_date(timex)
        if found is not None:
            return found
    if published is None:
        return EventDate(None, None, reason="no time expression and no publication date")
    return EventDate(published, 2, reason="no time expression: publication date")


def _place_location(place: Place) -> EventLocation:
    feature = (place.feature or "").upper()
    precision = 3 if feature.startswith(("PCL", "ADM1")) or feature in ("", "RGN", "CONT") else 1
    if feature.startswith(("ADM2", "ADM3")):
        precision = 2
    return EventLocation(
        place.name or place.span.text,
        place.country,
        place.admin1,
        place.admin2,
        place.lat,
        place.lon,
        precision,
        place.geonameid,
        place.span,
    )


def pick_place(
    places: list[Place],
    trigger: Token,
    clause: tuple[int, int],
    sent: SpacySpan,
    owned: list[tuple[int, int]],
) -> Place | None:
    doc = trigger.doc
    usable = [
        p
        for p in places
        if (p.resolved or p.country) and _free(p.span, trigger, owned) and not _modifier(doc, p.span)
    ]
    for lo, hi in (clause, (sent.start_char, sent.end_char)):
        inside = [p for p in usable if lo <= p.span.start and p.span.end <= hi]
        if inside:
            return min(inside, key=lambda p: _distance(p.span, trigger))
    return None


def _modifier(doc: Doc, span: Span) -> bool:
    """A place name used as a nationality ("US President", "the Syrian army") rather than a location."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return (
        sp is not None and sp.root.dep_ in ("compound", "amod", "poss", "nmod") and sp.root.head.pos_ != "ADP"
    )


def country_mentions(doc: Doc) -> list[tuple[str, Span]]:
    """(ISO code, span) of every country named as a location in ``doc`` (not "US" in "US President")."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.root.dep_ in ("compound", "amod", "poss", "nmod"):
            continue
        code = geo.country_of(ent.text)
        if code is None and ent.text.lower().startswith("the "):
            code = geo.country_of(ent.text[4:])
        if code is None and len(ent) > 1:
            code = geo.country_of(ent[0].text) if ent[0].text[:1].isupper() else None
        if code is not None:
            out.append((code, Span(ent.start_char, ent.end_char, ent.text)))
    return out


def _name(code: str) -> str | None:
    name = geo.country_name(code)
    return name.removeprefix("the ") if name else None


def location(
    place: Place | None,
    sent: SpacySpan,
    trigger: Token,
    countries: list[tuple[str, Span]],
    owned: list[tuple[int, int]],
) -> EventLocation | None:
    """The place of a mention, else the country named nearest the trigger in its sentence, else the one
    the document names most."""
    if place is not None:
        return _place_location(place)
    inside = [
        (c, s)
        for c, s in countries
        if sent.start_char <= s.start < sent.end_char and _free(s, trigger, owned)
    ]
    if inside:
        code, span = min(inside, key=lambda cs: _distance(cs[1], trigger))
        return EventLocation(
            _name(code), code, geo_precision=3, span=span, reason="country named in the sentence"
        )
    if countries:
        code = Counter(c for c, _ in countries).most_common(1)[0][0]
        return EventLocation(_name(code), code, geo_precision=3, reason="country the document names most")
    return None


def country_location(code: str) -> EventLocation | None:
    """A whole country as a location (statements are placed where their speaker's government is)."""
    name = geo.country_name(code)
    if name is None:
        return None
    return EventLocation(name.removeprefix("the "), code, geo_precision=3, reason="speaker's country")
