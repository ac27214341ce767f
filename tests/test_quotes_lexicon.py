"""Word lists and name helpers of the quotes stage (no model needed)."""

from __future__ import annotations

import pytest

from eventwire.quotes.lexicon import report_base, speech_base
from eventwire.quotes.speakers import country_code, country_name, first_name_gender


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("said", "say"),
        ("says", "say"),
        ("told", "tell"),
        ("argued", "argue"),
        ("denies", "deny"),
        ("quipped", "quip"),
        ("warning", "warn"),
        ("table", None),
    ],
)
def test_quotes_lexicon_speech_verbs(word: str, base: str | None) -> None:
    assert speech_base(word) == base


def test_quotes_lexicon_report_verbs_include_belief() -> None:
    assert report_base("believes") == "believe"
    assert speech_base("believes") is None


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("French", "FR"),
        ("Syrian", "SY"),
        ("Iraq", "IQ"),
        ("France", "FR"),
        ("U.S.", "US"),
        ("Clinton", None),
        ("the", None),
    ],
)
def test_quotes_lexicon_country_code(words: str, code: str | None) -> None:
    assert country_code(words) == code


def test_quotes_lexicon_country_names_are_short() -> None:
    assert country_name("FR") == "France"
    assert country_name("SY") == "Syria"
    assert country_name("RU") == "Russia"


def test_quotes_lexicon_first_name_gender_only_firm_answers() -> None:
    assert first_name_gender("Florence") == "female"
    assert first_name_gender("Peter") == "male"
    assert first_name_gender("Xqzt") is None


def test_quotes_public_names_are_exact() -> None:
    import eventwire.quotes as quotes

    assert quotes.__all__ == ["claim_sources", "find_quotes"]
    assert all(callable(getattr(quotes, name)) for name in quotes.__all__)
