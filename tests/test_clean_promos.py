"""The clean stage blanks boilerplate in place: offsets never move."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.clean import clean

PROMO_TEXT = (
    "Rebels shelled the airport on Monday.\n\n"
    ">> READ ALSO\n\n"
    "- ANALYSIS - Why the ceasefire collapsed so quickly\n\n"
    "The army said two soldiers died.\n"
)


def test_clean_promo_block_and_its_list_are_blanked():
    cleaned = clean(PROMO_TEXT)
    assert len(cleaned.text) == len(PROMO_TEXT)
    assert "READ ALSO" not in cleaned.text
    assert "ceasefire collapsed" not in cleaned.text
    assert "The army said two soldiers died." in cleaned.text
    assert [s.text.splitlines()[0] for s in cleaned.removed] == [">> READ ALSO"]
    assert cleaned.text.index("The army") == PROMO_TEXT.index("The army")


@pytest.mark.parametrize(
    "text",
    [
        "Read also: the long road to peace talks",
        "SEE ALSO",
        "Share this article on Facebook",
        "Subscribe to our newsletter for daily updates",
    ],
)
def test_clean_boilerplate_lines_are_removed(text):
    cleaned = clean(f"Clashes erupted overnight.\n{text}\nTen people died.")
    assert text not in cleaned.text
    assert "Ten people died." in cleaned.text


def test_clean_keeps_ordinary_sentences_with_read():
    text = "Officials read also the second statement aloud. Protesters saw more police."
    assert clean(text).text == text


@given(st.text(max_size=400))
def test_clean_preserves_length_and_newlines(text):
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert [i for i, c in enumerate(cleaned.text) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    for span in cleaned.removed:
        assert text[span.start : span.end] == span.text
