"""The word index the annotate stage keeps from the spaCy pipeline's lemmatizer (``english_words``)."""

from __future__ import annotations

from spacy.vocab import Vocab

from eventwire.annotate import english_words


def test_annotate_words_verbs_adjectives_and_adverbs_by_default(nlp):
    words = english_words(nlp.vocab)
    assert {"young", "supreme", "date", "quickly"} <= words
    assert "nairobi" not in words and "paris" not in words  # WordNet's nouns hold place names


def test_annotate_words_nouns_on_request(nlp):
    assert {"forest", "alliance", "paris"} <= english_words(nlp.vocab, ("noun",))


def test_annotate_words_empty_without_a_word_index():
    assert english_words(Vocab()) == frozenset()
