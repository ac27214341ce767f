"""Places stage: recognise toponyms and resolve them against the offline gazetteer.

Interface:
    Gazetteer.open(path: str | None = None) -> Gazetteer
    find_places(doc: Doc, gazetteer: Gazetteer, countries: Counter | None = None) -> list[Place]
    event_location(places: list[Place], start: int, end: int, doc: Doc) -> EventLocation
    code_at_seats(events: list[Event], gazetteer: Gazetteer) -> list[Event]   (province-level events at the seat)
    find_demonyms(doc: Doc, gazetteer: Gazetteer) -> list[Demonym]   (country context, not places)

Modules: ``normalize`` (name keys), ``build`` (gazetteer file from packaged GeoNames data, dump import),
``gazetteer`` (lookups), ``resolve`` (recognition and ranking).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from spacy.tokens import Doc

from eventwire.annotate import doc_text
from eventwire.places.gazetteer import Candidate, Gazetteer
from eventwire.places.resolve import (
    NEAR,
    PART_OF,
    PEOPLE_OF,
    SETTLEMENT_OF,
    SURROUNDINGS,
    _cue,
    agree_with_sure_names,
    candidate_place,
    echo_places,
    recognize,
    resolve_mentions,
)
from eventwire.places.resolve import find_demonyms as _find_demonyms
from eventwire.records import Event, EventLocation, Place, Span

__all__ = ["NAMED_IN_CLAUSE", "PLACED_AREA", "Candidate", "Demonym", "Gazetteer", "code_at_seats", "event_location",
           "find_demonyms", "find_places", "in_clause", "source_countries"]


@dataclass(frozen=True, slots=True)
class Demonym:
    """A demonym ("Syrian") the stage reads as context for its country (ISO code); not a place."""

    span: Span
    country: str

# ACLED geo_precision by feature: 1 a named town, 2 a district or part of a region, 3 a larger region.
# A named region (Darfur, Sinai, Java) is as large as a first-level area.
PRECISION = {"PCLI": 3, "ADM1": 3, "RGN": 3, "ADM2": 2}
SPECIFICITY = {"PCLI": 0, "ADM1": 1, "RGN": 1, "ADM2": 2}


def find_places(doc: Doc, gazetteer: Gazetteer, countries: Counter | None = None) -> list[Place]:
    """Toponyms in the Doc, resolved where the gazetteer and the context allow, else with a reason.

    ``countries`` (ISO code -> count) is country evidence the text gives besides its place names, read as
    demonyms are: the countries of the parties, militias and police forces it names
    (``ActorTable.home_countries``), so that "NPP supporters marched in Tamale (Northern)" reads Northern
    as Ghana's region."""
    mentions, missing, demonyms = recognize(doc, gazetteer)
    context = demonyms + (countries or Counter())
    places = resolve_mentions(doc, mentions, missing, context, gazetteer)
    places = echo_places(doc, agree_with_sure_names(places, gazetteer), gazetteer)
    return _the_capital(doc, places, context, gazetteer)


def _the_capital(doc: Doc, places: list[Place], context: Counter, gazetteer: Gazetteer) -> list[Place]:
    """"the Capital" is the capital of the country the text is about (its other places, demonyms and
    actors), not an area that bears the word as its name (Venezuela's Capital District); unresolved, with
    a reason, when the text names no country."""
    text = doc_text(doc)
    out = []
    for place in places:
        if place.span.text.lower() == "capital" and text[:place.span.start].rstrip().lower().endswith("the"):
            named = Counter(p.country for p in places if p.resolved and p is not place and p.country)
            named.update(context)
            code = max(named, key=lambda c: named[c], default=None)
            seat = gazetteer.capital(code) if code else None
            place = (candidate_place(place.span, seat, 0.8) if seat is not None
                     else Place(place.span, reason="the capital of a country the text does not name"))
        out.append(place)
    return out


# Country-code top-level domains that sites anywhere buy for the letters, not the country (".io", ".tv",
# ".co", ".me", ".fm", ".ly" for link shorteners ...): they say nothing about where a source is.
VANITY_TLDS = frozenset("ac ai cc co fm gg io ly me nu sh tk to tv vc ws".split())
# Top-level domains whose code differs from the ISO 3166 one.
TLD_CODES = {"uk": "GB"}


def source_countries(url: str | None, gazetteer: Gazetteer) -> Counter:
    """The country a source's web address names by its country-code domain ("https://news.example.co.uk/..."
    -> GB), as one mention's worth of country context: a local paper writes mostly about its own country, so
    a bare "Lancaster" in a British paper is more likely the British town. Generic domains (.com, .org),
    vanity domains (.io, .tv) and codes the gazetteer has no country for give nothing."""
    if not url:
        return Counter()
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    tld = host.rstrip(".").rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in VANITY_TLDS:
        return Counter()
    code = TLD_CODES.get(tld, tld.upper())
    return Counter({code: 1}) if gazetteer.country(code) is not None else Counter()


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
        feature=place.feature,
    )


def code_at_seats(events: list[Event], gazetteer: Gazetteer) -> list[Event]:
    """Events located only by a first-level area take the point of the area's seat (``Gazetteer.seat``),
    as ACLED codes an event known only by its province at the provincial capital (precision 3); the
    location keeps the area's name and says so in ``reason``."""
    out = []
    for event in events:
        loc = event.location
        if loc is not None and loc.feature == "ADM1" and loc.geo_precision == 3 and loc.country and loc.admin1:
            seat = gazetteer.seat(loc.country, loc.admin1)
            if seat is not None:
                why = f"coded at {seat.name}, the area's seat"
                event = replace(event, location=replace(loc, lat=seat.lat, lon=seat.lon,
                                                        reason=f"{loc.reason}; {why}" if loc.reason else why))
        out.append(event)
    return out


# Cues that put an event at a place; "from", "to", "of" more often name where people come from or go.
AT = frozenset("in at near outside inside around across within throughout between nearby".split())
# "of" after a word for a settlement or its surroundings is as good as "in" ("the village of X", "the outskirts
# of X"); after a word for its people ("residents of X") it says where they live, which is where they act
# unless the clause says "in" somewhere else or places another name in its areas.
AT_OF = SETTLEMENT_OF | SURROUNDINGS
# The reason given for a place the clause names with no preposition: the object or subject of its verb ("shelled
# Kryvyi Rih"), or a name before a noun ("a Kryvyi Rih hospital").
NAMED_IN_CLAUSE = "place named in the clause"
# The reason given for a name the gazetteer lacks, coded at the area the text places it in ("X (Y, Z)").
PLACED_AREA = "the area the text places it in"


def in_clause(location: EventLocation) -> bool:
    """Whether an event's location comes from its own clause (a place named there, or the area the text places
    an unknown name of the clause in), not from the document's main place."""
    reason = location.reason
    return reason is None or reason == NAMED_IN_CLAUSE or PLACED_AREA in reason


def event_location(places: list[Place], start: int, end: int, doc: Doc) -> EventLocation:
    """Where the event in clause ``[start, end)`` happened, with ACLED geo_precision.

    Prefers a place in the clause attached by a locative preposition ("in", "at", "near" ... over "from",
    "to") or by "of" after a word for a settlement ("the town of X"), then one the text places in its areas
    ("X (Y, Z)"), then one whose people act there ("residents of X"), then the most specific place in the
    clause;
    "near X" gives precision 2. A place after "in"/"at" that the gazetteer lacks ("in X village (Y, Z)")
    stands for the first area the text places it in, with precision 2. Without a place in the clause,
    falls back to the document's main place (the most mentioned, most specific one) and says so in
    ``reason``.
    """
    inside = [p for p in places if start <= p.span.start and p.span.end <= end]
    ranked = []
    text = doc_text(doc) if places else ""
    for place in inside:
        cue = _cue_at(doc, place.span.start)
        areas = _placed_in(place, places, text)
        stand_in = place
        known_areas = [a for a in areas if a.resolved and _whole_item(a, text)]
        if place.resolved and known_areas and all(a.country != place.country for a in known_areas):
            # "Khirbet Selm (Bint Jbeil, Nabatiyeh)": a reading abroad (Selm in Germany) that the areas the text
            # places the name in contradict is a namesake; the area stands in, as for a name not found (an area
            # read from part of its item is no such evidence: "Uasin Gushu", misspelt, is no Gushu in China)
            place = replace(place, name=None, geonameid=None, country=None, admin1=None, admin2=None, lat=None,
                            lon=None, feature=None, reason="a namesake outside the areas the text places it in")
        if not place.resolved:
            stand_in = next((a for a in areas if a.resolved), None)  # type: ignore[assignment]
            if stand_in is None:
                continue
        # "in X" first, then a place the text places in its areas ("X (Y, Z)"), then "residents of X", then
        # "to X", "from X"
        # "areas of X" says where, less firmly than "in": "in Anantnag and other parts of Kashmir" is Anantnag
        ranked.append((cue in AT or cue in AT_OF, bool(areas), cue in PEOPLE_OF, cue in PART_OF, cue is not None,
                       SPECIFICITY.get(stand_in.feature or "", 3), -place.span.start, place, stand_in, cue))
    if ranked:
        at, placed, people, part, attached, _, _, place, stand_in, cue = max(ranked, key=lambda r: r[:7])
        if not (at or placed or people or part):
            # the clause names places only as where people come from or go, or what a thing is about ("a deal
            # with the United States"): the place the document says things happen in is a better guess
            main = _main_place(places, doc, text)
            if main is not None and _cue_at(doc, main[0].span.start) in AT and main[1].resolved:
                return _location(main[1], _precision(main[1], main[1] is not main[0]),
                                 f"the clause names {place.span.text} only as a destination, origin or topic: "
                                 "the document's main place")
        if stand_in is not place:
            return _location(stand_in, max(2, _precision(stand_in, False)),
                             f"{place.span.text} not resolved: {PLACED_AREA}")
        return _location(place, _precision(place, cue in NEAR),
                         None if at or attached else NAMED_IN_CLAUSE)
    main = _main_place(places, doc, text)
    if main is None:
        return EventLocation(name=None, reason="no resolved place in the clause or the document")
    place, stand_in = main
    return _location(stand_in, _precision(stand_in, stand_in is not place),
                     "no place in the clause: the document's main place")


_NOUN_GAP = re.compile(r"\s*(?:[a-z][a-z-]*\s*)?")
# a capitalised word for an area between a name and its parenthesis ("Banda District (Bono)")
_AREA_NOUN_GAP = re.compile(r"\s*(?:District|Municipality|Municipal|County|Constituency|Region|Province|Division|"
                            r"Ward|Town|Village|Community)\s*")


def _placed_in(place: Place, places: list[Place], text: str) -> list[Place]:
    """The places the text names right after ``place`` to say where it is, in order: the names of a
    parenthesis after it ("X village (Y, Z)") or of a comma chain ("X, Y"); empty when there are none."""
    gap = _AREA_NOUN_GAP.match(text, place.span.end) or _NOUN_GAP.match(text, place.span.end)
    at = gap.end() if gap else place.span.end
    if text[at:at + 1] == "(":
        close = text.find(")", at)
        if close < 0:
            return []
        return [p for p in places if at < p.span.start and p.span.end <= close]
    out: list[Place] = []
    last = at
    for other in sorted((p for p in places if p.span.start >= place.span.end), key=lambda p: p.span.start):
        if text[last:other.span.start].strip() != ",":
            break
        out.append(other)
        last = other.span.end
    return out


def _whole_item(area: Place, text: str) -> bool:
    """Whether a place read in a list of areas is the whole item between its separators ("Dera Bugti" in
    "Sui, Dera Bugti"), not a word of a longer name the gazetteer lacks ("Gushu" of "Uasin Gushu")."""
    before = text[max(0, area.span.start - 40):area.span.start]
    after = text[area.span.end:area.span.end + 2]
    return before.rstrip()[-1:] in ("(", ",") and after.lstrip()[:1] in (",", ")", ".", ";", "")


def _cue_at(doc: Doc, char: int) -> str | None:
    """The locative cue before the place at ``char``; a place after another's possessive takes the cue
    before that one ("in Niger's Tillaberi region": "in")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    cue = _cue(doc, i)
    if cue == "of":
        j = i - 1
        while j > 0 and doc[j].lower_ != "of":
            j -= 1
        if j > 0 and doc[j - 1].lower_ in PART_OF and not (j > 1 and doc[j - 2].pos_ == "PROPN"):
            return doc[j - 1].lower_  # "residential areas of El Fasher" (not "the Anantnag district of Kashmir")
    j = i
    while cue is None and j > i - 3 and j >= 3 and doc[j - 1].is_lower and doc[j - 1].pos_ == "ADJ":
        j -= 1  # "in Iraq's western Anbar province": the owner's cue past the adjectives
    if cue is None and j >= 2 and doc[j - 1].text in ("'s", "’s") and doc[j - 2].pos_ == "PROPN":
        owner = doc[j - 2]
        while owner.i > 0 and doc[owner.i - 1].pos_ == "PROPN":
            owner = doc[owner.i - 1]  # "in South Sudan's Jonglei state": the cue before "South"
        cue = _cue(doc, owner.i)
    return cue


def _main_place(places: list[Place], doc: Doc, text: str) -> tuple[Place, Place] | None:
    """The document's main place and what stands for it: the most mentioned, most specific resolved place;
    a place said to be where things happen ("in X") or placed in its areas ("X (Y, Z)") counts once more.
    An unresolved place so placed stands for the first resolved area it is placed in."""
    counts = Counter((p.name, p.country, p.feature) for p in places if p.resolved)
    best: tuple[float, int, Place, Place] | None = None
    for place in places:
        areas = _placed_in(place, places, text)
        stand_in = place if place.resolved else next((a for a in areas if a.resolved), None)
        if stand_in is None:
            continue
        weight = float(counts[(stand_in.name, stand_in.country, stand_in.feature)] if place.resolved else 1)
        weight += 0.5 * SPECIFICITY.get(stand_in.feature or "", 3)
        cue = _cue_at(doc, place.span.start)
        weight += (cue in AT or cue in AT_OF or cue in PEOPLE_OF) + bool(areas)
        if best is None or (weight, -place.span.start) > best[:2]:
            best = (weight, -place.span.start, place, stand_in)
    return (best[2], best[3]) if best is not None else None
