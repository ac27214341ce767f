"""Indirect speech and claim sources (texts written for these tests)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.quotes import claim_sources, find_quotes
from eventwire.records import Quote


def indirect(nlp: Language, text: str) -> list[Quote]:
    return [q for q in find_quotes(nlp(text), []) if not q.direct]


def test_quotes_indirect_said_that(nlp: Language) -> None:
    text = "Governor Lisa Grant said that the levee would hold through the weekend."
    [quote] = indirect(nlp, text)
    assert quote.content.text == "that the levee would hold through the weekend"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker_name == "Lisa Grant"


def test_quotes_indirect_warned_that_with_pronoun(nlp: Language) -> None:
    text = "Lisa Grant visited the levee. She warned that more rain would fall on Sunday."
    [quote] = indirect(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == "She"
    assert quote.speaker_name == "Lisa Grant"


def test_quotes_indirect_cue_after_content(nlp: Language) -> None:
    text = "The rebels had withdrawn from the town overnight, the police said."
    [quote] = indirect(nlp, text)
    assert quote.content.text.startswith("The rebels had withdrawn")
    assert quote.speaker is not None and quote.speaker.text == "the police"


def test_quotes_indirect_according_to(nlp: Language) -> None:
    text = "According to the Syrian Observatory, twelve soldiers were killed in the ambush."
    [quote] = indirect(nlp, text)
    assert quote.cue is not None and quote.cue.text == "According to"
    assert quote.speaker is not None and "Syrian Observatory" in quote.speaker.text
    assert "twelve soldiers were killed" in quote.content.text


def _clause(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_quotes_claim_sources_according_to(nlp: Language) -> None:
    text = "Twelve soldiers were killed in the ambush, according to the Syrian Observatory."
    doc = nlp(text)
    sources = claim_sources(doc, *_clause(text, "Twelve soldiers were killed"), find_quotes(doc, []))
    assert any("Syrian Observatory" in s for s in sources)


def test_quotes_claim_sources_state_media_reported(nlp: Language) -> None:
    text = "State media reported that four civilians died in the shelling."
    doc = nlp(text)
    sources = claim_sources(doc, *_clause(text, "four civilians died"), find_quotes(doc, []))
    assert sources == ("State media",)


def test_quotes_claim_sources_group_claimed(nlp: Language) -> None:
    text = "The armed group claimed an attack in which nine guards were killed."
    doc = nlp(text)
    sources = claim_sources(doc, *_clause(text, "an attack in which nine guards were killed"), [])
    assert sources == ("The armed group",)


def test_quotes_claim_sources_police_said(nlp: Language) -> None:
    text = "Two protesters were arrested near the bridge, police said."
    doc = nlp(text)
    sources = claim_sources(doc, *_clause(text, "Two protesters were arrested"), find_quotes(doc, []))
    assert sources == ("police",)


def test_quotes_claim_sources_none(nlp: Language) -> None:
    text = "Two protesters were arrested near the bridge."
    doc = nlp(text)
    assert claim_sources(doc, 0, len(text), find_quotes(doc, [])) == ()


def test_quotes_claim_sources_relative_clause_antecedent(nlp: Language) -> None:
    text = "The militia, which claimed the raid in which six guards died, has not commented since."
    doc = nlp(text)
    sources = claim_sources(doc, *_clause(text, "the raid in which six guards died"), [])
    assert sources == ("The militia",)
