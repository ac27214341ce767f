"""Quotation marks paired into regions (no model needed)."""

from __future__ import annotations

import pytest

from eventwire.quotes.marks import find_regions


def quoted(text: str) -> list[str]:
    return [text[r.open + 1 : r.close] for r in find_regions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will stay" and left.', ["we will stay"]),
        ("He said “we will stay” and left.", ["we will stay"]),
        ("Elle a dit « nous restons » hier.", [" nous restons "]),
        ('"One," she said, "two."', ["One,", "two."]),
        ('She spoke on the show " Morning talk "on Radio One.', [" Morning talk "]),
        ("No quotes at all.", []),
    ],
)
def test_quotes_marks_pairs(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quotes_marks_paragraph_continuation_joins_paragraphs() -> None:
    text = "“The first paragraph goes on.\n\n“The second one ends here,” the mayor said."
    assert quoted(text) == ["The first paragraph goes on.\n\n“The second one ends here,"]


def test_quotes_marks_straight_quote_spanning_paragraphs() -> None:
    text = '"The harbour is closed\n\n[the old port]\n\nuntil spring," he said.'
    assert quoted(text) == ["The harbour is closed\n\n[the old port]\n\nuntil spring,"]


def test_quotes_marks_unclosed_mark_is_dropped() -> None:
    text = "He called it “a disgrace. Then “the talks resumed,” she said."
    assert quoted(text) == ["the talks resumed,"]
