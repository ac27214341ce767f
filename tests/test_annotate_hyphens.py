"""The annotate stage joins hyphenated event words that the tokenizer splits (``hyphen_words``)."""

from __future__ import annotations


def test_annotate_hyphenated_event_word_is_one_token(nlp):
    doc = nlp("Nurses staged a sit-in at the hospital, and the drivers began a walk-out.")
    words = [t.text for t in doc]
    assert "sit-in" in words and "walk-out" in words
    sit_in = doc[words.index("sit-in")]
    assert sit_in.tag_.startswith("NN") and sit_in.head.text == "staged"
    assert sit_in.lemma_ == "sit-in"
    # character offsets still point into the text
    assert doc.text[sit_in.idx : sit_in.idx + len(sit_in)] == "sit-in"


def test_annotate_other_hyphenated_words_stay_split(nlp):
    doc = nlp("The pro-government rally met a well-known sit - in.")
    words = [t.text for t in doc]
    assert "pro-government" not in words and "well-known" not in words
    assert "sit - in" not in words  # spaced dashes are not one word


def test_annotate_hyphen_words_keep_sentences_and_entities(nlp):
    doc = nlp("The cease-fire held in Kismayo. Fighting resumed on Monday.")
    assert len(list(doc.sents)) == 2
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Kismayo"]
    assert "cease-fire" in [t.text for t in doc]


def test_annotate_slash_after_a_word_is_its_own_token(nlp):
    # terse reports list tolls with slashes; a slash inside a word or a link stays where it is
    doc = nlp("Raiders struck at dawn - 6 killed/ 70 houses razed/ see https://example.org/news/ and/or km/h.")
    words = [t.text for t in doc]
    assert words[words.index("6") + 1 : words.index("6") + 3] == ["killed", "/"]
    assert "razed" in words
    assert "https://example.org/news/" in words and "and/or" in words
    assert all(doc.text[t.idx : t.idx + len(t)] == t.text for t in doc)
