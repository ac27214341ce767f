"""Annotate stage: the spaCy pipeline (loaded by the ``nlp.model`` setting) run over cleaned texts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from eventwire.errors import ModelError

# Per-Doc caches of what spaCy rebuilds on every access, kept in ``doc.user_data`` under one key. The cached
# spans and tokens point back at their Doc, so the cache must live on the Doc itself (a cycle the garbage
# collector frees with it), never in a module-level mapping keyed by the Doc, which would keep every Doc alive.
# ``release`` drops it as soon as a document is done.
_CACHE_KEY = "eventwire.cache"


T = TypeVar("T")


def cached(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, computed once per Doc and kept with it (until ``release``) under ``name``."""
    cache = doc.user_data.get(_CACHE_KEY)
    if cache is None:
        cache = doc.user_data[_CACHE_KEY] = {}
    value = cache.get(name, _MISSING)
    if value is _MISSING:
        value = cache[name] = build(doc)
    return value  # type: ignore[no-any-return]


_MISSING = object()


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from every token on each access, built once per Doc."""
    return cached(doc, "text", lambda d: d.text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, which spaCy rebuilds by walking every token on each access, built once per Doc."""
    return cached(doc, "ents", lambda d: tuple(d.ents))


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, which spaCy rebuilds by walking every token on each access, built once per Doc."""
    return cached(doc, "sents", lambda d: list(d.sents))


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities inside ``span``) from the Doc's cached entities."""
    return [e for e in doc_ents(span.doc) if span.start <= e.start and e.end <= span.end]


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as a list: ``doc[i]`` and ``for token in doc`` make a new Token object each time."""
    return cached(doc, "tokens", list)


def release(doc: Doc) -> None:
    """Drop the per-Doc caches (after the last stage has read the Doc)."""
    doc.user_data.pop(_CACHE_KEY, None)


# Components eventwire never reads; disabling them saves time on every document.
UNUSED = ("lemmatizer",)


@Language.component("eventwire_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines, datelines and list items are never glued to the next
    paragraph by the parser (which keeps sentence starts that are already set)."""
    starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 or "\n\n" in previous.whitespace_:
            token.is_sent_start = True
            starts.append(token.i)
    for start in starts:  # a paragraph's opening dateline ends a sentence of its own
        after = _dateline_end(doc, start)
        if after is not None:
            doc[after].is_sent_start = True
    return doc


DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
MAX_DATELINE_TOKENS = 12


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The first word after a wire dateline that opens a paragraph ("NAIROBI, June 19 (Reuters) - Kenyan
    police fired ...": the index of "Kenyan"), else None. The lead is parsed as a sentence of its own: glued
    to the dateline, the parser makes the capital's name the subject of the lead's verb."""
    i = start
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or not (doc[i].is_alpha and doc[i].is_upper and len(doc[i]) > 1):
        return None
    for j in range(i + 1, min(i + MAX_DATELINE_TOKENS, len(doc) - 1)):
        # a dash between spaces ("Ejisu-Juaben" is a name's hyphen, not a dateline's dash)
        if doc[j].text in DATELINE_DASHES and doc[j - 1].whitespace_ and doc[j].whitespace_ and doc[j + 1].is_title:
            return j + 1
        if doc[j].is_space and "\n" in doc[j].text:
            return None
    return None


@lru_cache(maxsize=1)
def _hyphenated_words() -> frozenset[str]:
    # imported here: the events package reads this module
    from eventwire.events.lexicon import FORMS

    return frozenset(form for form in FORMS if "-" in form)


# Group acronyms spelt like an English word: in running text "IS" is the Islamic State, but the tagger and
# parser read it as the verb "is" ("Twelve IS militants and three YPG fighters were killed" became "Twelve
# IS militants", a copula clause, and lost the first toll). The value is a norm the models know as a name.
ACRONYM_NORMS = {"IS": "isis"}
SHOUTING_WINDOW = 4


@Language.component("eventwire_acronym_norms", assigns=["token.norm"])
def acronym_norms(doc: Doc) -> Doc:
    """Give group acronyms spelt like English words (``ACRONYM_NORMS``) the norm of a name before the
    tagger and parser run (both read a token's norm, not its text), unless the words around are in capitals
    too: in a headline in capitals ("THE WAR IS OVER") the word is the verb. The text is unchanged."""
    for token in doc:
        norm = ACRONYM_NORMS.get(token.text)
        if norm is None:
            continue
        near = [
            t
            for t in doc[max(0, token.i - SHOUTING_WINDOW) : token.i + SHOUTING_WINDOW + 1]
            if t.i != token.i and t.is_alpha and len(t) > 1
        ]
        if sum(t.is_upper for t in near) * 2 < len(near) or not near:
            token.norm_ = norm
    return doc


@Language.component("eventwire_hyphen_words", assigns=["token.lemma"])
def hyphen_words(doc: Doc) -> Doc:
    """Join the parts of a hyphenated event word back into one token. The tokenizer splits "sit-in" into
    "sit", "-", "in" (and "shoot-out", "air-strike", "walk-out", "cease-fire" likewise), so the word itself
    is never seen: "in" is not a sit-in, and "strike" alone reads as a labour strike. After the parse, each
    such run (no spaces inside, one entity or none) becomes one token with the tag and dependency of its
    head part and the whole word as its lemma."""
    words = _hyphenated_words()
    spans = []
    i = 0
    while i + 2 < len(doc):
        first, dash, last = doc[i], doc[i + 1], doc[i + 2]
        if (
            dash.text == "-"
            and not first.whitespace_
            and not dash.whitespace_
            and f"{first.lower_}-{last.lower_}" in words
            and (
                all(t.ent_iob_ == "O" for t in (first, dash, last))
                or (dash.ent_iob_ == "I" and last.ent_iob_ == "I")
            )
        ):
            spans.append(doc[i : i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"LEMMA": span.text.lower()})
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
    _split_trailing_slash(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_acronym_norms", first=True)
        nlp.add_pipe("eventwire_paragraphs", before="parser")
        nlp.add_pipe("eventwire_hyphen_words", last=True)
    nlp.max_length = max(nlp.max_length, 3_000_000)
    _keep_word_index(nlp)
    return nlp


_SLASH = re.compile(r"/$")


def _split_trailing_slash(nlp: Language) -> None:
    """Split a slash written right after a word into a token of its own: terse reports list their tolls
    with slashes ("6 killed/ 70 houses razed/ 200 animals stolen"), and spaCy's English tokenizer leaves
    "killed/" one token, which no lexicon knows. A slash between words ("and/or", "km/h") stays inside."""
    tokenizer: Any = nlp.tokenizer
    default = tokenizer.suffix_search

    def suffix_search(text: str) -> re.Match[str] | None:
        if len(text) > 1 and text.endswith("/") and text[:-1].isalpha():
            return _SLASH.search(text)
        return default(text)  # type: ignore[no-any-return]

    tokenizer.suffix_search = suffix_search


WORD_INDEX = "lemma_index"
IRREGULAR_FORMS = "lemma_exc"


def _keep_word_index(nlp: Language) -> None:
    """Put the word index of the pipeline's (excluded) lemmatizer into the vocab's lookups, when the pipeline
    ships one (spaCy's English pipelines do: WordNet's nouns, verbs, adjectives and adverbs): the places
    stage reads it to tell ordinary English words from names (``english_words``)."""
    folder = nlp.path / "lemmatizer" / "lookups" if nlp.path is not None else None
    if folder is None or not (folder / "lookups.bin").is_file() or nlp.vocab.lookups.has_table(WORD_INDEX):
        return
    lookups = Lookups().from_disk(folder)
    for name in (WORD_INDEX, IRREGULAR_FORMS):
        if lookups.has_table(name):
            nlp.vocab.lookups.set_table(name, lookups.get_table(name))


@lru_cache(maxsize=4)
def irregular_past_forms(vocab: Vocab) -> frozenset[str]:
    """Past forms of irregular English verbs ("retook", "overran", "fled"), from the exceptions of the
    pipeline's (excluded) lemmatizer; empty when the pipeline has none. The tagger reads a rare one as a
    present now and then ("Malian troops retook the town" as VBP), which would date its event ahead."""
    if not vocab.lookups.has_table(IRREGULAR_FORMS):
        return frozenset()
    verbs = vocab.lookups.get_table(IRREGULAR_FORMS).get("verb", {})
    return frozenset(
        form
        for form, lemmas in verbs.items()
        if form.isalpha() and not form.endswith(("s", "ing")) and lemmas and lemmas[0] not in ("be", "have", "do")
        and form != lemmas[0]
    )


@lru_cache(maxsize=4)
def english_words(vocab: Vocab, classes: tuple[str, ...] = ("verb", "adj", "adv")) -> frozenset[str]:
    """The lower-case single words of ``classes`` in the vocab's word index (see ``_keep_word_index``);
    empty when the pipeline has none. Verbs, adjectives and adverbs by default: WordNet's nouns take in
    the names of countries and cities, its other classes only a few."""
    if not vocab.lookups.has_table(WORD_INDEX):
        return frozenset()
    table = vocab.lookups.get_table(WORD_INDEX)
    return frozenset(w for c in classes for w in table.get(c, ()) if w.isalpha())


def annotate(texts: Iterable[str], nlp: Language, batch_size: int = 32) -> Iterator[Doc]:
    """Yield one Doc per text, batched with ``nlp.pipe``."""
    yield from nlp.pipe(texts, batch_size=batch_size)
