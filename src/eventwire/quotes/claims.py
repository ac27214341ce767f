"""Claim sources: who reported or claimed what a clause says (fills Event.reported_by / claimed_by).

Sources are, in text order and without repeats:

- the speakers of quotes whose content overlaps the clause;
- "according to X" in the clause's sentence(s);
- the subjects of reporting or claiming verbs that govern the clause: "state media reported that …",
  "the group claimed an attack in which …", "…, police said". A relative pronoun stands for its
  antecedent ("the militia, which claimed …"); he/she are resolved to a person's name; other
  subjects are given as written ("the jihadist group") for the events stage to map onto its actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.quotes import cues
from eventwire.quotes.index import sentence, text_of
from eventwire.quotes.lexicon import report_base
from eventwire.quotes.marks import find_regions
from eventwire.quotes.speakers import PersonTable
from eventwire.records import Quote

RELATIVE = frozenset({"who", "which", "that"})
CLAIM_VERBS = frozenset(
    {"claim", "report", "say", "announce", "confirm", "state", "tell", "allege", "publish"}
)


def claim_sources(doc: Doc, start: int, end: int, quotes: list[Quote]) -> tuple[str, ...]:
    """Who reported or claimed what clause ``[start, end)`` of ``doc`` says (see the module docstring)."""
    found: list[tuple[int, str]] = []
    for quote in quotes:
        if quote.content.start < end and start < quote.content.end and quote.speaker is not None:
            found.append((quote.speaker.start, quote.speaker_name or quote.speaker.text))
    clause = doc.char_span(start, end, alignment_mode="expand")
    if clause is not None and len(clause):
        found.extend(_Governing(doc, clause).sources())
    seen: dict[str, None] = {}
    for _, name in sorted(found):
        seen.setdefault(name, None)
    return tuple(seen)


class _Governing:
    """The sources named in the sentences of one clause."""

    def __init__(self, doc: Doc, clause: Span) -> None:
        self.doc = doc
        self.inside = set(range(clause.start, clause.end))
        self.sentences = {sentence(t).start: sentence(t) for t in clause}
        self._table: PersonTable | None = None

    def sources(self) -> list[tuple[int, str]]:
        out = []
        for sent in self.sentences.values():
            for token in sent:
                found = self._according(token) if token.lower_ == "according" else self._reporter(token)
                if found is not None:
                    out.append(found)
        return out

    def _according(self, token: Token) -> tuple[int, str] | None:
        found = cues.according_to(self.doc, token.i)
        if found is None or found.speaker is None:
            return None
        return found.speaker.i, phrase_text(found.speaker)

    def _reporter(self, token: Token) -> tuple[int, str] | None:
        if not (token.tag_.startswith("VB") and report_base(token.text) in CLAIM_VERBS):
            return None
        subj = cues.subject_of(token)
        if subj is not None and subj.lower_ in RELATIVE and subj.head.dep_ == "relcl":
            subj = subj.head.head  # "the group, which claimed …": the relative clause's antecedent
        if subj is None or subj.lower_ in RELATIVE or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        if subj.i in self.inside or not self._governs(token, subj):
            return None
        if subj.lower_ in ("he", "she"):
            name = self._people().resolve(subj).name
            return (subj.i, name) if name else None
        return subj.i, phrase_text(subj)

    def _governs(self, verb: Token, subj: Token) -> bool:
        """The verb's clause (or the clause it comments on: "…, police said") covers the clause."""
        governed = {t.i for t in verb.subtree}
        if verb.dep_ == "parataxis" or (verb.dep_ == "ccomp" and verb.i > verb.head.i):
            governed |= {t.i for t in verb.head.subtree}
        return bool((governed - set(range(subj.left_edge.i, subj.i + 1))) & self.inside)

    def _people(self) -> PersonTable:
        if self._table is None:
            quoted = [(r.open, r.close + 1) for r in find_regions(text_of(self.doc))]
            self._table = PersonTable.build(self.doc, quoted, [])
        return self._table


def phrase_text(head: Token) -> str:
    """The text of the noun phrase ``head`` heads, from its left edge to its last name part."""
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head is head:
        end += 1
    return doc[start:end].text
