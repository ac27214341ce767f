"""Per-document lookups the quotes stage makes many times: the text, the token at a character, the
sentence of a token.

``Token.sent`` walks the document's sentences on every call; these tables are built once per Doc and kept
with it (``annotate.cached``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from eventwire.annotate import cached, doc_sents, doc_text, doc_tokens

text_of = doc_text  # the Doc's text, built once


def _tables(doc: Doc) -> tuple[list[int], list[int], list[Span]]:
    return cached(doc, "quote-tables", _build_tables)


def _build_tables(doc: Doc) -> tuple[list[int], list[int], list[Span]]:
    sentences = doc_sents(doc)
    return [t.idx for t in doc_tokens(doc)], [s.start for s in sentences], sentences


def token_after(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after ``char`` (``len(doc)`` if none)."""
    return bisect.bisect_left(_tables(doc)[0], char)


def sentence(token: Token) -> Span:
    """The sentence ``token`` is in (``token.sent``, without its cost)."""
    _, starts, sentences = _tables(token.doc)
    return sentences[bisect.bisect_right(starts, token.i) - 1]
