"""Clean stage: drop boilerplate (promo blocks, "READ ALSO" lists, bylines) without moving any offset.

Removed regions are blanked with spaces (newlines kept), so the cleaned text has exactly the length of the
input and every offset computed on it is an offset into the input: the offset map is the identity, and
``removed`` lists what was dropped. Cleaning rules are pure ``str -> spans`` functions composed in
``RULES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from eventwire.records import Span

# A promo heading ("READ ALSO", "Read more:", "SEE ALSO", "Related:"), optionally after >> or », and the
# bullet/list lines that follow it (separated by blank lines at most).
_PROMO_HEAD = re.compile(
    r"^[ \t]*(?:>>|»|>)?[ \t]*(?:read|see|watch|lire|voir)[ \t]+(?:also|more|aussi)\b[^\n]*$"
    r"|^[ \t]*(?:>>|»)?[ \t]*(?:related(?: articles?| stories| coverage)?|more on this story)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_LINE = re.compile(r"[ \t]*(?:[-–—•*·]|>>|»)[ \t]*\S[^\n]*")
_SHARE_LINE = re.compile(
    r"^[ \t]*(?:share (?:this|on)\b|follow us on\b|sign up for\b|subscribe to\b|click here\b|advertisement[ \t]*$)"
    r"[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str  # same length as the input; removed regions blanked
    removed: tuple[Span, ...]


def promo_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each promo heading plus the list lines directly under it."""
    for head in _PROMO_HEAD.finditer(text):
        end = head.end()
        pos = end
        while True:
            gap = re.match(r"(?:[ \t]*\n){1,3}", text[pos:])
            if not gap:
                break
            line = _LIST_LINE.match(text, pos + gap.end())
            if not line or "\n" in text[pos + gap.end() : line.end()]:
                break
            end = pos = line.end()
        yield head.start(), end


def share_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of social/share/subscribe lines."""
    for m in _SHARE_LINE.finditer(text):
        yield m.start(), m.end()


RULES: tuple[Callable[[str], Iterator[tuple[int, int]]], ...] = (promo_blocks, share_lines)


def _blank(text: str) -> str:
    return "".join(ch if ch == "\n" else " " for ch in text)


def clean(text: str) -> Cleaned:
    """Blank out boilerplate; return the cleaned text (same length) and the removed spans."""
    regions = sorted({r for rule in RULES for r in rule(text)})
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if not merged:
        return Cleaned(text, ())
    parts, last = [], 0
    for start, end in merged:
        parts.append(text[last:start])
        parts.append(_blank(text[start:end]))
        last = end
    parts.append(text[last:])
    return Cleaned("".join(parts), tuple(Span.of(text, s, e) for s, e in merged))
