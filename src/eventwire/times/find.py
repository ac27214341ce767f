"""find_times: run the grammar over a Doc, keep the longest non-overlapping matches, normalise them in
text order."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.annotate import doc_text
from eventwire.records import Span, TimeExpr
from eventwire.times import anchor
from eventwire.times.context import Context
from eventwire.times.grammar import RULE_KEYS, RULES, TRIGGER_LOWER, Norm, ascii_lower, trigger_classes

# Prepositions that introduce a time expression and change what it denotes.
SIGNALS = (
    "since",
    "until",
    "till",
    "before",
    "after",
    "by",
    "from",
    "between",
    "during",
    "within",
    "through",
    "throughout",
    "in",
    "on",
    "at",
    "for",
    "over",
    "as of",
    "starting",
    "ahead of",
    "prior to",
)
_SIGNAL_RE = re.compile(
    r"(?:^|\W)(" + "|".join(s.replace(" ", r"\s+") for s in SIGNALS) + r")\s+(?:the\s+)?$", re.I
)
BEFORE, AFTER = 48, 64  # how far a match may reach before and after the word that triggered it
_Candidate = tuple[int, int, int, re.Match[str]]
_RULES_BY_KEY: dict[str, list[int]] = defaultdict(list)
for _i, _rule in enumerate(RULES):
    for _key in RULE_KEYS[_rule.name]:
        _RULES_BY_KEY[_key].append(_i)


@lru_cache(maxsize=4096)
def _rules_for(word: str) -> tuple[int, ...]:
    return tuple(sorted({i for key in trigger_classes(word) for i in _RULES_BY_KEY[key]}))


def find_times(doc: Doc, published: date | None) -> list[TimeExpr]:
    """Return the temporal expressions of ``doc`` in text order, normalised against ``published``."""
    text = doc_text(doc)
    probe = Context(doc, published, text)
    chosen = _select(_scan(text), probe)
    ctx = Context(doc, published, text)
    ctx._tense = probe._tense
    out = []
    for start, end, index, m in chosen:
        norm = RULES[index].normalise(m, ctx)
        if norm is not None:
            out.append(_record(text, start, end, norm, published))
    return out


def _scan(text: str) -> list[_Candidate]:
    """All rule matches, each rule searched only in windows around the words it needs."""
    windows: dict[int, list[list[int]]] = defaultdict(list)
    for hit in TRIGGER_LOWER.finditer(ascii_lower(text)):  # the words that can start a time expression
        lo, hi = max(0, hit.start() - BEFORE), min(len(text), hit.end() + AFTER)
        for index in _rules_for(hit[0]):
            spans = windows[index]
            if spans and lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    found: dict[tuple[int, int, int], _Candidate] = {}
    for index, spans in windows.items():
        pattern = RULES[index].pattern
        for lo, hi in spans:
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    found[(m.start(), m.end(), index)] = (m.start(), m.end(), index, m)
    return list(found.values())


def _select(candidates: list[_Candidate], probe: Context) -> list[_Candidate]:
    """Greedy: longer matches first (earlier rules break ties), skipping overlaps and rejected matches."""
    taken: list[_Candidate] = []
    occupied = bytearray(max((c[1] for c in candidates), default=0) + 1)
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end = c[0], c[1]
        if any(occupied[start:end]) or RULES[c[2]].normalise(c[3], probe) is None:
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append(c)
    return sorted(taken, key=lambda c: c[0])


def _record(text: str, start: int, end: int, norm: Norm, published: date | None) -> TimeExpr:
    begin, last, precision = (
        anchor.period(norm.value) if norm.type in ("DATE", "TIME") else (None, None, None)
    )
    if norm.begin and norm.end:
        begin, last = norm.begin, norm.end
        precision = "day" if begin == last else "range"
    signal_match = _SIGNAL_RE.search(text[max(0, start - 20) : start])
    signal = re.sub(r"\s+", " ", signal_match[1].lower()) if signal_match else None
    if signal == "since" and begin is not None and published is not None and published >= begin:
        last = published  # "since March 2019": the period from then to publication
    return TimeExpr(
        span=Span(start, end, text[start:end]),
        type=norm.type,
        value=norm.value,
        precision=precision,
        mod=norm.mod,
        begin=begin,
        end=last,
        reason=norm.reason,
        signal=signal,
    )
