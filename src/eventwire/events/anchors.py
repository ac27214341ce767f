"""Date and location of an event mention.

The times and places stages decide (``times.event_date``, ``places.event_location``); the helpers here
keep a mention from taking the date or place of another mention's phrase ("the fall of the town in March
2019"), look for a place elsewhere in the sentence, and, where nothing resolved, name the country.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.annotate import doc_ents
from eventwire.events import geo
from eventwire.records import EventLocation, Place, Span


def _distance(span: Span, tok: Token) -> int:
    return abs((span.start + span.end) // 2 - tok.idx)


def free(span: Span, trigger: Token, owned: list[tuple[int, int]]) -> bool:
    """False when ``span`` lies inside another mention's phrase that does not hold ``trigger``
    ("the fall of the town in March 2019" owns its date and place)."""
    return not any(lo <= span.start and span.end <= hi and not lo <= trigger.idx < hi for lo, hi in owned)


def _place_location(place: Place) -> EventLocation:
    feature = (place.feature or "").upper()
    precision = 3 if feature.startswith(("PCL", "ADM1")) or feature in ("", "RGN", "CONT") else 1
    if feature.startswith(("ADM2", "ADM3")):
        precision = 2
    return EventLocation(
        place.name or place.span.text,
        place.country,
        place.admin1,
        place.admin2,
        place.lat,
        place.lon,
        precision,
        place.geonameid,
        place.span,
    )


def pick_place(
    places: list[Place],
    trigger: Token,
    clause: tuple[int, int],
    sent: SpacySpan,
    owned: list[tuple[int, int]],
) -> Place | None:
    doc = trigger.doc
    usable = [
        p
        for p in places
        if (p.resolved or p.country) and free(p.span, trigger, owned) and not modifier(doc, p.span)
    ]
    for lo, hi in (clause, (sent.start_char, sent.end_char)):
        inside = [p for p in usable if lo <= p.span.start and p.span.end <= hi]
        if inside:
            return min(inside, key=lambda p: _distance(p.span, trigger))
    return None


PLACE_HEADS = frozenset(
    {
        "town",
        "village",
        "city",
        "county",
        "district",
        "area",
        "region",
        "province",
        "state",
        "camp",
        "estate",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "municipality",
        "constituency",
        "division",
        "ward",
        "valley",
        "river",
        "lake",
        "island",
        "border",
        "road",
        "highway",
        "market",
        "forest",
        "centre",
        "center",
        "zone",
        "sub-county",
        "locality",
        "settlement",
        "junction",
        "plains",
        "hills",
        "mountains",
        "desert",
        "airport",
        "township",
        "upazila",
        "tehsil",
        "taluk",
        "taluka",
        "commune",
        "governorate",
        "subdistrict",
        "sub-district",
        "subdivision",
        "hamlet",
        "quarter",
        "community",
        "department",
        "prefecture",
        "oblast",
        "raion",
        "canton",
        "parish",
        "territory",
        "cercle",
        "woreda",
        "kebele",
        "emirate",
    }
)


def modifier(doc: Doc, span: Span) -> bool:
    """A place name used as a nationality ("US President", "the Syrian army") rather than a location
    ("Marimanti town" is a location)."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sp is None or sp.root.dep_ not in ("compound", "amod", "poss", "nmod"):
        return False
    head = sp.root.head
    return (
        head.pos_ != "ADP" and head.lower_ not in PLACE_HEADS and head.ent_type_ not in ("GPE", "LOC", "FAC")
    )


# Head nouns of a body's name that "of" joins to the country or area it serves ("the Communist Party of India",
# "the National Bank of Pakistan", "the Teachers' Federation of Ghana").
BODY_HEADS = frozenset(
    {"party", "bank", "federation", "union", "association", "commission", "council", "front", "league",
     "congress", "movement", "alliance", "organisation", "organization", "society", "institute", "university",
     "college", "confederation", "chamber", "assembly", "forum", "coalition", "foundation", "trust", "board",
     "corporation", "authority", "conference", "network", "centre", "center", "club"}
)


def in_body_name(doc: Doc, place: Place) -> bool:
    """A country named in a body's name rather than as a location: after "of" that follows a capitalised
    body word ("the Communist Party of India", "the National Bank of Pakistan"). Towns so named stay where
    the body is ("the University of Cape Coast")."""
    if place.feature != "PCLI":
        return False
    sp = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if sp is None or sp.root.dep_ != "pobj" or sp.root.head.lower_ != "of":
        return False
    body = sp.root.head.head
    return body.lower_ in BODY_HEADS and body.text[:1].isupper()


def country_mentions(doc: Doc) -> list[tuple[str, Span]]:
    """(ISO code, span) of every country named as a location in ``doc`` (not "US" in "US President")."""
    out = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC") or ent.root.dep_ in ("compound", "amod", "poss", "nmod"):
            continue
        code = geo.country_of(ent.text)
        if code is None and ent.text.lower().startswith("the "):
            code = geo.country_of(ent.text[4:])
        if code is None and len(ent) > 1:
            code = geo.country_of(ent[0].text) if ent[0].text[:1].isupper() else None
        if code is not None:
            out.append((code, Span(ent.start_char, ent.end_char, ent.text)))
    return out


def _name(code: str) -> str | None:
    name = geo.country_name(code)
    return name.removeprefix("the ") if name else None


def location(
    place: Place | None,
    sent: SpacySpan,
    trigger: Token,
    countries: list[tuple[str, Span]],
    owned: list[tuple[int, int]],
) -> EventLocation | None:
    """The place of a mention, else the country named nearest the trigger in its sentence, else the one
    the document names most."""
    if place is not None:
        return _place_location(place)
    inside = [
        (c, s) for c, s in countries if sent.start_char <= s.start < sent.end_char and free(s, trigger, owned)
    ]
    if inside:
        code, span = min(inside, key=lambda cs: _distance(cs[1], trigger))
        return EventLocation(
            _name(code), code, geo_precision=3, span=span, reason="country named in the sentence"
        )
    if countries:
        code = Counter(c for c, _ in countries).most_common(1)[0][0]
        return EventLocation(_name(code), code, geo_precision=3, reason="country the document names most")
    return None


def country_location(code: str) -> EventLocation | None:
    """A whole country as a location (statements are placed where their speaker's government is)."""
    name = geo.country_name(code)
    if name is None:
        return None
    return EventLocation(name.removeprefix("the "), code, geo_precision=3, reason="speaker's country")
