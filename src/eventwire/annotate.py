"""Annotate stage: the spaCy pipeline (loaded by the ``nlp.model`` setting) run over cleaned texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.errors import ModelError

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_ENTS: WeakKeyDictionary[Doc, tuple[Span, ...]] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from every token on each access, built once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, which spaCy rebuilds by walking every token on each access, built once per Doc."""
    ents = _ENTS.get(doc)
    if ents is None:
        ents = _ENTS[doc] = tuple(doc.ents)
    return ents


# Components eventwire never reads; disabling them saves time on every document.
UNUSED = ("lemmatizer",)


@Language.component("eventwire_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, datelines and list items are never glued to the next
    paragraph by the parser (which keeps sentence starts that are already set)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 or "\n\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(model: str) -> Language:
    """Load a spaCy pipeline by package name or path, without the components eventwire does not use."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; run `make install` or set nlp.model to an "
            f"installed pipeline ({exc})"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, 3_000_000)
    return nlp


def annotate(texts: Iterable[str], nlp: Language, batch_size: int = 32) -> Iterator[Doc]:
    """Yield one Doc per text, batched with ``nlp.pipe``."""
    yield from nlp.pipe(texts, batch_size=batch_size)
