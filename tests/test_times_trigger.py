"""The lower-case trigger scan finds exactly what the case-insensitive trigger finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.times.grammar import TRIGGER, TRIGGER_LOWER, ascii_lower

SENTENCES = [
    "On Sunday the MINISTER said that in Mid-January 500 troops would leave.",
    "Between 3 and 5 May, twice a WEEK, the Q3 figures fell; at 10:30 p.m. nobody came.",
    "The Sunday Times reported last week that Thanksgiving and New  Year sales rose 12%.",
    "Überall: 1990s, the Nineties, every Monday, nowadays — ÉTÉ 2019.",
]


def _spans(pattern, text: str) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(m.start(), m.end(), m[0].lower()) for m in pattern.finditer(text)]


def test_lower_trigger_matches_the_case_insensitive_one() -> None:
    for text in SENTENCES:
        assert _spans(TRIGGER_LOWER, ascii_lower(text)) == _spans(TRIGGER, text)
        assert _spans(TRIGGER, text)  # each sentence has triggers: the comparison is not vacuous


def test_ascii_lower_keeps_offsets() -> None:
    text = "İstanbul ÉTÉ Straße ABC"
    lowered = ascii_lower(text)
    assert len(lowered) == len(text)
    assert lowered == "İstanbul ÉtÉ straße abc"  # only A-Z change


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzJMSTWQN0123456789 .,:-'ÉéüÜ\n")), max_size=80))
def test_any_text(text: str) -> None:
    assert _spans(TRIGGER_LOWER, ascii_lower(text)) == _spans(TRIGGER, text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Monday", "MAY", "may", "week", "Weeks", "1999", "Q4", "tonight", "Christmas",
                                  "new year", "x", "2pm", "the", "nineties", "PER", " ", ", "]), max_size=12))
def test_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    assert _spans(TRIGGER_LOWER, ascii_lower(text)) == _spans(TRIGGER, text)
