"""Places stage: recognise toponyms and resolve them against the offline gazetteer.

Interface:
    Gazetteer.open(path: str | None = None) -> Gazetteer
    find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]
    event_location(places: list[Place], start: int, end: int, doc: Doc) -> EventLocation
    find_demonyms(doc: Doc, gazetteer: Gazetteer) -> list[Demonym]   (country context, not places)

Modules: ``normalize`` (name keys), ``build`` (gazetteer file from packaged GeoNames data, dump import),
``gazetteer`` (lookups), ``resolve`` (recognition and ranking).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.annotate import doc_text
from eventwire.places.gazetteer import Candidate, Gazetteer
from eventwire.places.resolve import NEAR, _cue, recognize, resolve_mentions
from eventwire.places.resolve import find_demonyms as _find_demonyms
from eventwire.records import EventLocation, Place, Span

__all__ = ["Candidate", "Demonym", "Gazetteer", "event_location", "find_demonyms", "find_places"]


@dataclass(frozen=True, slots=True)
class Demonym:
    """A demonym ("Syrian") the stage reads as context for its country (ISO code); not a place."""

    span: Span
    country: str

# ACLED geo_precision by feature: 1 a named town, 2 a district or part of a region, 3 a larger region.
PRECISION = {"PCLI": 3, "ADM1": 3, "ADM2": 2}
SPECIFICITY = {"PCLI": 0, "ADM1": 1, "ADM2": 2}


def find_places(doc: Doc, gazetteer: Gazetteer) -> list[Place]:
    """Toponyms in the Doc, resolved where the gazetteer and the context allow, else with a reason."""
    mentions, missing, demonyms = recognize(doc, gazetteer)
    return resolve_mentions(doc, mentions, missing, demonyms, gazetteer)


def find_demonyms(doc: Doc, gazetteer: Gazetteer) -> list[Demonym]:
    """The demonyms in the Doc with their countries, in text order (they are not in ``find_places``)."""
    found = _find_demonyms(doc, gazetteer)
    return [Demonym(Span.of(doc_text(doc), start, end), code) for start, end, code in found]


def _precision(place: Place, near: bool) -> int:
    base = PRECISION.get(place.feature or "", 1)
    return max(base, 2) if near else base


def _location(place: Place, precision: int, reason: str | None) -> EventLocation:
    return EventLocation(
        name=place.name, country=place.country, admin1=place.admin1, admin2=place.admin2, lat=place.lat,
        lon=place.lon, geo_precision=precision, geonameid=place.geonameid, span=place.span, reason=reason,
    )


def event_location(places: list[Place], start: int, end: int, doc: Doc) -> EventLocation:
    """Where the event in clause ``[start, end)`` happened, with ACLED geo_precision.

    Prefers a resolved place in the clause attached by a locative preposition ("in", "at", "near" ...), then
    the most specific place in the clause; "near X" gives precision 2. Without a place in the clause, falls
    back to the document's main place (the most mentioned, most specific one) and says so in ``reason``.
    """
    inside = [p for p in places if p.resolved and start <= p.span.start and p.span.end <= end]
    if inside:
        ranked = []
        for place in inside:
            cue = _cue_at(doc, place.span.start)
            attached = cue is not None
            ranked.append((attached, SPECIFICITY.get(place.feature or "", 3), -place.span.start, place, cue))
        attached, _, _, place, cue = max(ranked, key=lambda r: r[:3])
        near = cue in NEAR
        return _location(place, _precision(place, near), None if attached else "place named in the clause")
    main = _main_place(places)
    if main is None:
        return EventLocation(name=None, reason="no resolved place in the clause or the document")
    return _location(main, _precision(main, False), "no place in the clause: the document's main place")


def _cue_at(doc: Doc, char: int) -> str | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return _cue(doc, span.start) if span is not None else None


def _main_place(places: list[Place]) -> Place | None:
    resolved = [p for p in places if p.resolved]
    if not resolved:
        return None
    counts = Counter((p.name, p.country, p.feature) for p in resolved)
    return max(resolved, key=lambda p: (counts[(p.name, p.country, p.feature)]
                                        + 0.5 * SPECIFICITY.get(p.feature or "", 3), -p.span.start))
