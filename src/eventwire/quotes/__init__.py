"""Quotes stage: direct and indirect quotes with cue and speaker, speakers resolved to people and actors.

Interface:
    find_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]
    claim_sources(doc: Doc, start: int, end: int, quotes: list[Quote]) -> tuple[str, ...]   (claims.py)

Steps (one module each):
    marks       quotation marks paired into quoted regions (curly, straight, « guillemets », paragraphs)
    cues        the speech cue of each region (after, before, inside a split quote, governing it, or
                closing the sentence); a standalone quote takes the subject of the sentence before
    transcript  "NAME: words" turns of interview transcripts
    indirect    reported speech: "she said that …", "…, the minister warned", "according to X, …"
    speakers    people, roles, gender and country from the text; pronouns and descriptions resolved
    claims      who reported or claimed a clause, for the events stage
(``lexicon`` holds the word lists, ``index`` per-Doc lookup tables.)

A quoted region is a quote when a cue is attached to it, or when it reads as speech on its own (at
least ``MIN_FREE_WORDS`` words with a verb). Titles ("Political questions") and scare quotes
("resurgence") have neither and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.quotes import cues
from eventwire.quotes.claims import claim_sources
from eventwire.quotes.index import text_of
from eventwire.quotes.indirect import reported_speech
from eventwire.quotes.marks import Region, find_regions
from eventwire.quotes.speakers import PersonTable, Resolution
from eventwire.quotes.transcript import Turn, find_turns
from eventwire.records import Actor, Quote, Span

__all__ = ["claim_sources", "find_quotes"]

MIN_FREE_WORDS = 5  # a quotation with no cue must be at least this long (and have a verb) to count
MIN_DISTANT_WORDS = 3  # … and one whose cue is further along the sentence at least this long
PARAGRAPH_BREAK = re.compile(r"\n\s*")


@dataclass
class Draft:
    start: int
    end: int
    cue: SpacySpan | None
    speaker: Token | None
    direct: bool
    resolution: Resolution | None = None
    speaker_span: SpacySpan | None = None


def find_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Direct and indirect quotes of ``doc`` in text order, speakers resolved where the text allows."""
    regions = find_regions(text_of(doc))
    quoted = [(r.open, r.close + 1) for r in regions]
    table = PersonTable.build(doc, quoted, actors)
    direct = _with_turns(_direct(doc, regions), find_turns(doc))
    drafts = direct + _indirect(doc, quoted, {d.cue.start for d in direct if d.cue is not None})
    _resolve(drafts, table)
    drafts.sort(key=lambda d: d.start)
    _inherit(text_of(doc), drafts)
    _first_person(drafts)
    return [_quote(doc, d, table) for d in drafts if d.resolution is not None or d.direct]


def _resolve(drafts: list[Draft], table: PersonTable) -> None:
    """Resolve speakers in the order they occur, so a pronoun can follow an earlier resolution."""
    spoken = sorted(((d.speaker, d) for d in drafts if d.speaker is not None), key=lambda pair: pair[0].i)
    for speaker, draft in spoken:
        draft.resolution = table.resolve(speaker)
        draft.speaker_span = table.phrase(speaker)


# -- direct quotes -----------------------------------------------------------------------------------


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if t.is_alpha] if span is not None else []


def _inner(text: str, region: Region) -> tuple[int, int]:
    start, end = region.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"})


def _title_like(words: list[Token]) -> bool:
    """Every word capitalised but the small ones: a title or a name ("Meet the Press"), not speech."""
    capitalised = [w for w in words if w.text[:1].isupper()]
    return (
        len(words) <= 6
        and bool(capitalised)
        and all(w in capitalised or w.lower_ in SMALL_WORDS for w in words)
    )


def _accept(doc: Doc, region: Region, kind: str | None) -> bool:
    start, end = _inner(text_of(doc), region)
    words = _words(doc, start, end)
    if not words:
        return False
    exclaimed = text_of(doc)[end - 1 : end] in ("!", "?")
    if _title_like(words) and not exclaimed and (kind != "after" or len(words) > 1):
        return False  # a title, unless it is a one-word answer with its cue: '"Never," she said'
    if len(words) <= 2 and text_of(doc)[end - 1 : end] not in (",", ".", "!", "?"):
        return False  # a one- or two-word term in quotes is speech only with its punctuation inside
    if kind in ("after", "before", "governed"):
        return True
    if kind in ("distant", "colon"):
        return len(words) >= MIN_DISTANT_WORDS
    has_verb = any(w.pos_ in ("VERB", "AUX") for w in words)
    return len(words) >= MIN_FREE_WORDS and has_verb


def _direct(doc: Doc, regions: list[Region]) -> list[Draft]:
    drafts: list[Draft] = []
    for k, region in enumerate(regions):
        limit = regions[k + 1].open if k + 1 < len(regions) else len(text_of(doc))
        floor = regions[k - 1].close + 1 if k else 0
        ended = text_of(doc)[region.close - 1 : region.close] == "."  # "…." usually closes its sentence
        early = cues.before(doc, region, floor) if ended else None
        found = early or cues.after(doc, region, limit)
        if found is None or found.kind != "after":
            found = cues.before(doc, region, floor) or cues.governed(doc, region) or found
        if not _accept(doc, region, found.kind if found else None):
            continue
        start, end = _inner(text_of(doc), region)
        if found is None:  # inside a clause: its subject; standing alone: the sentence before's
            speaker = cues.clause_subject(doc, region) or cues.preceding_subject(doc, region, regions)
            drafts.append(Draft(start, end, None, speaker, True))
        else:
            drafts.append(Draft(start, end, found.cue, found.speaker, True))
    return drafts


def _inherit(text: str, drafts: list[Draft]) -> None:
    """A direct quote with no cue and no speaker continues the previous quote's speaker (same or next
    paragraph)."""
    previous: Draft | None = None
    for draft in drafts:
        if not draft.direct:
            continue
        if draft.speaker is None and previous is not None and previous.speaker is not None:
            if len(PARAGRAPH_BREAK.findall(text, previous.end, draft.start)) <= 1:
                draft.speaker, draft.resolution = previous.speaker, previous.resolution
                draft.speaker_span = previous.speaker_span
                draft.cue = None
        if draft.speaker is not None:
            previous = draft


def _with_turns(drafts: list[Draft], turns: list[Turn]) -> list[Draft]:
    """Transcript turns become direct quotes; a quoted turn ('"RAMOS: …"') gets its label as speaker."""
    for turn in turns:
        inside = [d for d in drafts if d.start <= turn.start < d.end or turn.start <= d.start < turn.end]
        for draft in inside:
            draft.speaker = draft.speaker or turn.speaker
        if not inside:
            drafts.append(Draft(turn.start, turn.end, None, turn.speaker, True))
    return sorted(drafts, key=lambda d: d.start)


def _first_person(drafts: list[Draft]) -> None:
    """ "I"/"we" reporting inside someone's quote or transcript turn is that speaker."""
    outer = [d for d in drafts if d.direct and d.resolution is not None and d.resolution.name]
    for draft in drafts:
        if draft.speaker is None or draft.speaker.lower_ not in ("i", "we") or draft.direct:
            continue
        around = next((d for d in outer if d.start <= draft.start and draft.end <= d.end + 1), None)
        if around is not None:
            draft.resolution = around.resolution


# -- indirect quotes ---------------------------------------------------------------------------------


def _share(quoted: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    def share(start: int, end: int) -> float:
        if end <= start:
            return 0.0
        inside = sum(max(0, min(end, b) - max(start, a)) for a, b in quoted)
        return inside / (end - start)

    return share


def _indirect(doc: Doc, quoted: list[tuple[int, int]], used: set[int]) -> list[Draft]:
    """Reported speech whose cue is not already the cue of a direct quote."""
    found = reported_speech(doc, _share(quoted))
    return [Draft(r.start, r.end, r.cue, r.speaker, False) for r in found if r.cue.start not in used]


# -- records -----------------------------------------------------------------------------------------


def _quote(doc: Doc, draft: Draft, table: PersonTable) -> Quote:
    text = text_of(doc)
    speaker = draft.speaker_span
    resolution = draft.resolution or Resolution(None)
    actor = None
    if resolution.person is not None:
        actor = table.actor_for(resolution.person)
    elif speaker is not None:
        actor = table.actor_at(speaker.start_char, speaker.end_char) or table.actor_of_description(speaker)
    return Quote(
        content=Span.of(text, draft.start, draft.end),
        cue=Span.of(text, draft.cue.start_char, draft.cue.end_char) if draft.cue is not None else None,
        speaker=Span.of(text, speaker.start_char, speaker.end_char) if speaker is not None else None,
        speaker_name=resolution.name,
        actor=actor,
        direct=draft.direct,
    )
