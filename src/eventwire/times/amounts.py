"""Durations ("two weeks", "the past 24 hours"), sets ("every Monday", "weekly", "twice a year") and
references to the past, present and future ("recently", "now", "in the future")."""

from __future__ import annotations

import re

from eventwire.times import anchor
from eventwire.times.base import (
    UNIT_CODE,
    Norm,
    _cap,
    _duration_value,
    _quant,
    _unit,
)
from eventwire.times.context import Context
from eventwire.times.lexicon import (
    DAY_PARTS,
    SEASONS,
    TIME_UNITS,
    month_number,
    number,
    weekday_number,
)


def n_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit_word = _unit(m["unit"])
    num_text = (m["num"] or "").strip() or None
    n = number(num_text) if num_text else None
    if n is not None and m.groupdict().get("half"):
        n += 0.5  # "a year and a half"
    plural = m["unit"].lower().endswith("s")
    if num_text is None and not plural:
        return None
    if num_text and num_text.lower() in ("a", "an") and plural:
        return None
    if m[0].lower().endswith("old") or re.match(r"[\s-]*old\b", ctx.text[m.end() : m.end() + 6]):
        return None  # an age ("a 6-year-old", "52 years old"), not a time
    if n is not None and n >= 1000 and unit_word not in TIME_UNITS and num_text and num_text[0].isdigit():
        return None  # "the 1988 quarter": a year, not 1988 quarters
    if unit_word == "quarter" and re.match(
        r"\s+of\s+(?!(?:fiscal\s+)?\d{4})", ctx.text[m.end() : m.end() + 12]
    ):
        return None  # "three-quarters of the vote": a fraction
    if unit_word == "second" and num_text and num_text.lower() in ("a", "one") and not plural:
        return None  # "a second term": an ordinal
    if (
        unit_word == "day"
        and (num_text or "").lower() == "one"
        and not plural
        and re.search(
            r"\b(?:will|would|could|may|might|can|should|to|hope|hopes)\s+$",
            ctx.text[max(0, m.start() - 8) : m.start()].lower(),
        )
    ):
        return Norm("DATE", "FUTURE_REF")  # "it will one day be": some time ahead, not a day-long span
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
    if m[0].lower().startswith("per") and _unit(word) in TIME_UNITS:
        return None  # "15 million instructions per second", "miles per hour": a speed, not a time (TimeML)
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
    nxt = ctx.doc[span[0].i + 1] if span is not None and span[0].i + 1 < len(ctx.doc) else None
    if span is not None and (span[0].pos_ in ("NOUN", "PROPN") or (nxt is not None and nxt.pos_ == "PROPN")):
        return None  # "the party daily Granma": a newspaper
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
