"""The per-Doc caches in annotate: built once, and never keeping a finished Doc alive."""

from __future__ import annotations

import gc
import weakref

from eventwire.annotate import doc_ents, doc_text, doc_tokens, release
from eventwire.quotes.index import sentence
from eventwire.records import Article


def test_caches_match_spacy_and_are_built_once(nlp) -> None:
    doc = nlp("The mayor of Lyon met farmers in Grenoble on Friday.\n\nThey asked for help.")
    assert doc_text(doc) == doc.text
    assert [(e.start_char, e.label_) for e in doc_ents(doc)] == [(e.start_char, e.label_) for e in doc.ents]
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    assert doc_ents(doc) is doc_ents(doc)
    assert doc_tokens(doc) is doc_tokens(doc)


def test_release_drops_the_cache(nlp) -> None:
    doc = nlp("Rain fell on Oslo.")
    first = doc_ents(doc)
    release(doc)
    assert doc_ents(doc) is not first
    release(doc)
    release(doc)  # releasing twice is harmless


def test_cached_docs_are_freed(nlp) -> None:
    """The cached spans point back at their Doc: a cache outside the Doc would keep every Doc alive."""
    refs = []
    for n in range(5):
        doc = nlp(f"Officials in Nairobi counted {n + 2} new cases on Monday.")
        doc_ents(doc)
        doc_tokens(doc)
        sentence(doc[0])  # the quotes stage's sentence tables
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert all(ref() is None for ref in refs)


def test_pipeline_releases_each_document(pipe) -> None:
    article = Article(id="cache-1", text="Protesters gathered in Accra on Tuesday to demand lower fuel prices.")
    doc = pipe.nlp(article.text)
    pipe.analyse(article, doc)
    assert "eventwire.cache" not in doc.user_data
