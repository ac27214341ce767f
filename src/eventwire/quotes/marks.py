"""Quotation marks paired into quoted regions, from the characters alone (no parse needed).

Curly marks and guillemets say which way they face; straight ``"`` marks alternate (their spacing is
too often wrong to trust: ``" Political questions "on``). A quotation that runs over several
paragraphs re-opens at the start of each paragraph without closing the previous one (the news
convention); such paragraphs are joined into one region. An opening mark left unclosed after
``MAX_OPEN`` characters, or followed by another opening mark in the same paragraph, is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "„": "“"}
CLOSERS = frozenset({"”", "»"})
STRAIGHT = '"'
MARKS = frozenset(OPENERS) | CLOSERS | {STRAIGHT}
MAX_OPEN = 2500


@dataclass(frozen=True, slots=True)
class Region:
    """A quoted region: ``open`` and ``close`` are the offsets of the marks themselves."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _straight_opens(text: str, i: int, is_open: bool) -> bool:
    """Straight marks alternate; an open-facing mark at a paragraph start while open re-opens."""
    if not is_open:
        return True
    after = text[i + 1] if i + 1 < len(text) else " "
    return _paragraph_start(text, i) and not after.isspace()


def _paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] == "\n"


def _events(text: str) -> Iterator[tuple[int, bool]]:
    """Yield (offset, opens) for every quotation mark, deciding straight marks left to right."""
    is_open = False
    for i, ch in enumerate(text):
        if ch not in MARKS:
            continue
        if ch == STRAIGHT:
            opens = _straight_opens(text, i, is_open)
        elif ch == "“" and is_open and not _paragraph_start(text, i) and text[i - 1 : i].isalnum():
            opens = False  # a “ used as a closing mark ("word“"), seen in some typesetting
        else:
            opens = ch in OPENERS
        is_open = opens
        yield i, opens


def find_regions(text: str) -> list[Region]:
    """Pair the quotation marks of ``text`` into non-overlapping quoted regions, in order."""
    regions: list[Region] = []
    start: int | None = None
    for i, opens in _events(text):
        if opens:
            if start is not None and not (_paragraph_start(text, i) and "\n" in text[start:i]):
                start = None  # an unclosed mark inside a paragraph: drop it, start afresh here
            if start is None or i - start > MAX_OPEN:
                start = i
        elif start is not None:
            if i - start <= MAX_OPEN:
                regions.append(Region(start, i))
            start = None
    return regions
