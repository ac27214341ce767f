"""Indirect (reported) speech: a verb of saying with a clausal complement, or "according to X".

    she said that the group was regaining strength      cue said, content: that the group …
    The group is regaining strength, the minister warned  content before the cue (parataxis/ccomp)
    According to X, the group is regaining strength      cue "according to", content: the clause

Clauses that lie mostly inside quotation marks are left to the direct-quote finder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.quotes.cues import cue_span, subject_of
from eventwire.quotes.index import sentence
from eventwire.quotes.lexicon import report_base

MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reported:
    start: int  # content characters
    end: int
    cue: Span
    speaker: Token | None


def _char_extent(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not (t.is_punct or t.is_space)]
    if len([t for t in tokens if t.is_alpha]) < MIN_WORDS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _content(verb: Token) -> list[Token] | None:
    """Tokens of the clause a reporting verb reports, or None."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        nearest = min(clauses, key=lambda c: abs(c.i - verb.i))
        return sorted(nearest.subtree, key=lambda t: t.i)
    if report_base(verb.head.text) and verb.head.tag_.startswith("VB"):
        return None  # "X said, Y added": the head reports, it is not what is reported
    if verb.dep_ == "parataxis" or (verb.dep_ == "ccomp" and verb.i > verb.head.i):
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own]
    return None


def _contiguous(tokens: list[Token], cue: Token) -> list[Token]:
    """The run of consecutive tokens nearest the cue, never across a paragraph (a clause
    interrupted by "she said" keeps one side; a parse run over two paragraphs keeps the cue's)."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if tok.is_space and "\n" in tok.text:
            runs.append([])
        elif runs and runs[-1] and tok.i == runs[-1][-1].i + 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    runs = [run for run in runs if run]
    if not runs:
        return []
    return min(runs, key=lambda run: (min(abs(t.i - cue.i) for t in run), -len(run)))


def reported_speech(doc: Doc, quoted: Callable[[int, int], float]) -> Iterator[Reported]:
    """Yield reported-speech clauses; ``quoted(start, end)`` is the share of a span inside quotes."""
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found = _according(doc, token)
        elif token.tag_.startswith("VB") and report_base(token.text):
            found = _verb(doc, token)
        else:
            continue
        if (
            found
            and quoted(found.start, found.end) < 0.5
            and quoted(found.cue.start_char, found.cue.end_char) == 0
        ):
            yield found


def _verb(doc: Doc, verb: Token) -> Reported | None:
    tokens = _content(verb)
    subj = subject_of(verb)
    if not tokens or subj is None or subj.i in {t.i for t in tokens}:
        return None
    extent = _char_extent(_contiguous(tokens, verb))
    return Reported(*extent, cue_span(doc, verb), subj) if extent else None


def _according(doc: Doc, according: Token) -> Reported | None:
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    tokens = [t for t in sentence(according) if t.i not in phrase]
    extent = _char_extent(_contiguous(tokens, according))
    return Reported(*extent, doc[according.i : according.i + 2], objects[0]) if extent else None
