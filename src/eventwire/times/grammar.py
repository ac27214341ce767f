"""The time grammar: the table of rules (a pattern and its normaliser) and the trigger words that decide
which rules run where.

A rule is a compiled pattern and a function ``(match, ctx) -> Norm | None``; ``None`` rejects the match
(a capitalised "May" that is a modal verb, a "fall" that is not autumn). The normalisers live by topic:
``dates`` (calendar expressions), ``relative`` (anchored on the publication day), ``amounts``
(durations, sets, past/present/future references); ``base`` holds what they share.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache

from eventwire.times.amounts import (
    n_adverb_set,
    n_duration,
    n_ref,
    n_set,
    n_times_per,
)
from eventwire.times.base import (
    DAYNUM,
    END,
    MODPRE,
    MONTH,
    MONTH_FULL,
    NUM,
    ORD,
    PART,
    QUANT,
    SEASON,
    UNIT,
    WEEKDAY,
    YEAR,
    YEAR_OR_SHORT,
    Norm,
    Rule,
)
from eventwire.times.context import Context
from eventwire.times.dates import (
    n_and_day,
    n_century,
    n_day_and,
    n_decade,
    n_fiscal_year,
    n_half,
    n_holiday,
    n_iso,
    n_month,
    n_month_day,
    n_month_year,
    n_quarter,
    n_range,
    n_season,
    n_slash,
    n_slash_day,
    n_spelled_year,
    n_the_quarter,
    n_the_unit,
    n_week_of,
    n_week_of_month,
    n_year,
    n_year_end,
    n_year_range,
)
from eventwire.times.lexicon import UNITS_RE
from eventwire.times.relative import (
    n_ago,
    n_anaphoric_day,
    n_clock,
    n_daypart,
    n_deictic,
    n_earlier_this,
    n_named_clock,
    n_the_part,
    n_this_unit,
    n_weekday,
    n_weekday_set,
    n_year_ago,
)


# --- rules ------------------------------------------------------------------------------------------
def _rule(
    name: str, pattern: str, fn: Callable[[re.Match[str], Context], Norm | None], flags: int = re.IGNORECASE
) -> Rule:
    return Rule(name, re.compile(r"(?<![\w'’-])" + pattern + END, flags), fn)


WD_PREFIX = r"(?:(?P<wday>" + WEEKDAY + r"),?\s+)?"
THE = r"(?:the\s+)?"
# "the week of", "(the) week beginning / starting / commencing / ending (on) (Monday,)": before a date
WEEK_OF = (
    r"(?:the\s+)?week\s+(?:(?P<edge>of|beginning|starting|commencing|ending)\s+)(?:on\s+)?(?:the\s+)?"
    r"(?:" + WEEKDAY + r",?\s+)?"
)
RELW = (
    r"(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming|previous|the\s+previous|the\s+following"
    r"|the\s+next)"
)

RULES: list[Rule] = [
    _rule("iso", r"(?P<y>" + YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T[\d:]+)?", n_iso),
    _rule("slash", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)", n_slash),
    # day and month alone, only where a date is expected ("on 29/12"; not "3/4 of the land", "24/7")
    _rule(
        "slash_day",
        r"(?:(?<=\bon\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s))"
        r"(?!24/7(?!\d))(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![/\d.,]\d|/)",
        n_slash_day,
    ),
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
    # the first day of "17 and 21 June": the month (and year) of the date just after it
    _rule(
        "day_and",
        r"(?P<day>" + DAYNUM + r")(?=\s+and\s+(?P<day2>" + DAYNUM + r")\s+(?:of\s+)?(?P<month>" + MONTH
        + r")(?:,?\s+(?P<year>" + YEAR + r"))?" + END + r")",
        n_day_and,
    ),
    _rule(
        "and_day",
        r"(?<=\sand\s)(?P<day>" + DAYNUM + r")(?![\d,.%]\d|\s*(?:%|percent|" + MONTH + r"))",
        n_and_day,
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
        r"(?:\s+of\s+(?:(?:the|this|last|next)\s+year|(?P<year>"
        + YEAR
        + r")|the\s+(?P<dec>(?:1[5-9]|20)?\d0s"
        r"|['’]\d0s)))?",
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
    _rule(
        "year_ago_period",
        r"the\s+(?:(?:corresponding|comparable|same)\s+)?(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|"
        r"a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year)",
        lambda m, ctx: n_year_ago(m, ctx),
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
        "clock_part",
        QUANT + r"(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+"
        r"(?P<ampm>morning|afternoon|evening)",
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
    _rule(
        "the_part",
        r"(?:(?<=\bin\s)|(?<=during\s))the\s+(?P<part>morning|afternoon|evening)",
        n_the_part,
    ),
    _rule(  # "overnight on Sunday", "overnight Sunday": the night of the day named
        "overnight_weekday",
        MODPRE + r"(?P<rel>)(?P<part>overnight)\s+(?:on\s+)?(?P<wday>" + WEEKDAY + r")(?P<pl>)\b",
        n_weekday,
    ),
    _rule("overnight", MODPRE + r"(?P<rel>)(?P<part>overnight)", n_daypart),
    _rule(
        "weekday_set",
        r"(?:on\s+)?(?P<wday>" + WEEKDAY + r")s(?:\s+(?P<part>" + PART + r"s?))?",
        n_weekday_set,
    ),
    _rule(
        "weekday",
        MODPRE + r"(?:" + RELW + r"\s+)?(?P<wday>" + WEEKDAY + r")(?:\s+(?P<part>" + PART + r")(?P<pl>s)?)?",
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
        r"the\s+latest|the\s+previous|the\s+recent|the\s+year[\s-](?:earlier|ago)|the\s+comparable|the|past|last|"
        r"next|first|coming|previous|following|recent|"
        r"another|an\s+additional|additional|further)\s+)?(?P<num>"
        + NUM
        + r")?(?:\s+more)?(?:[\s-]+|(?<=\d))(?P<unit>"
        + UNIT
        + r")(?P<half>\s+and\s+a\s+half)?(?:[\s-]+(?:long|old))?(?:\s+or\s+so)?",
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
        r"(?:(?<=for\s)|(?<=within\s))(?P<quant>)(?P<adj>)(?P<num>)(?P<unit>days|weeks|months|years|decades"
        r"|centuries)(?:\s+or\s+(?:days|weeks|months|years|decades))?",
        n_duration,
    ),
    _rule(
        "plural_ahead",
        r"(?P<quant>)(?P<adj>)(?P<num>)the\s+(?P<unit>days|weeks|months|years)\s+ahead",
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
    # "the week of July 16", "the week beginning 3 December": the calendar week the day opens or lies in
    _rule(
        "week_of",
        WEEK_OF + r"(?P<month>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?:,?\s+(?P<year>" + YEAR + r"))?",
        n_week_of,
    ),
    _rule(
        "week_of_dmy",
        WEEK_OF + r"(?P<day>" + DAYNUM + r")\s+(?:of\s+)?(?P<month>" + MONTH + r")(?:,?\s+(?P<year>" + YEAR + r"))?",
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
        r"(?P<y1>" + YEAR + r")\s*(?:-|–|/)\s*(?P<y2>" + YEAR + r"|\d\d)(?![\d%])",
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
    "slash_day": {"digit"},
    "range_dmy": {"month"},
    "range_mdy": {"month"},
    "mdy": {"month"},
    "and_day": {"month"},
    "dmy": {"month"},
    "month_year": {"month"},
    "month": {"month"},
    "decade": {"digit", "decadew"},
    "century": {"unit"},
    "half": {"half"},
    "quarter": {"quarter"},
    "q_short": {"quarter"},
    "the_quarter": {"quarter"},
    "year_ago_period": {"quarter"},
    "year": {"digit"},
    "fiscal_year": {"unit"},
    "deictic": {"deictic"},
    "clock": {"digit"},
    "clock24": {"digit"},
    "clock_part": {"digit"},
    "named_clock": {"part"},
    "daypart": {"part"},
    "overnight": {"part"},
    "overnight_weekday": {"part"},
    "the_part": {"part"},
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
    "plural_ahead": {"unit"},
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
    "week_of_dmy": {"unit"},
    "day_and": {"month"},
    "the_unit": {"unit"},
}
TRIGGER = re.compile(r"(?<![A-Za-z])(?:" + "|".join(TRIGGER_CLASSES.values()) + r")[A-Za-z]*", re.IGNORECASE)
_CLASS_RES = {name: re.compile(pat, re.IGNORECASE) for name, pat in TRIGGER_CLASSES.items()}
# The same trigger for text lower-cased with ``ascii_lower`` (which keeps every offset): without IGNORECASE
# the regex engine can skip ahead on a word's first letter, about 2.5x faster over a whole document. The
# pattern has no upper-case escapes (\S, \W, \D, \B), so lower-casing its source keeps its meaning.
TRIGGER_LOWER = re.compile(TRIGGER.pattern.lower())
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def ascii_lower(text: str) -> str:
    """``text`` with A-Z lower-cased and nothing else changed (same length, same offsets)."""
    return text.translate(_ASCII_LOWER)


@lru_cache(maxsize=4096)
def trigger_classes(word: str) -> frozenset[str]:
    """The trigger classes a word (lower-cased) starts with: "quarterly" is a unit, a set word, a quarter."""
    return frozenset(name for name, rx in _CLASS_RES.items() if rx.match(word))
