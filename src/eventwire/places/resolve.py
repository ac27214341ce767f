"""Toponym recognition (spaCy entities + gazetteer matching) and resolution (candidate ranking in context).

Recognition
    1. spaCy GPE/LOC/FAC entities are toponym mentions.
    2. NORP entities that are demonyms ("Syrian") give country context, not places; a NORP entity that is a
       gazetteer name and not a demonym ("the desert of Badiya") is a mention when a locative cue precedes it.
       A group's name (NORP, or an ethnic group of ``data/ethnic_groups.csv``) used for the group ("Kikuyu
       youths", "the Kisii community", "the Turkana raided") is no town; it may be the first-level area
       named after the group (its home: "Turkana herders", Turkana County), never a town of its name.
    3. Capitalised proper-noun runs that spaCy missed or labelled ORG/PERSON are matched against the gazetteer
       (longest match first), and kept only with evidence: a country or first-level area, or a town of at
       least ``MIN_GAZETTEER_POPULATION``, or a town after a locative preposition or after "of" and a word
       for the place's people or a settlement ("residents of X", "the village of X"); after such a firm
       cue also a town by another of its names, in a country the text names. Common words, names inside
       a person's name and known actor names are never forced into places.
    4. A spaCy place with no gazetteer entry is reported unresolved, with a reason, unless the document shows
       it is not a place (the same words tagged ORG/PERSON elsewhere, or a known actor name).
    5. Words around a name make it a place whatever spaCy tagged it: a place noun ("X village"), a noun for
       its people ("an X man"), a list closed by a plural street word ("X and Y streets": streets).
    6. After resolution, other free-standing mentions of a resolved name are the same place (``echo_places``:
       "X police", "the X Fire Department"), one sense per discourse.
Resolution
    Each mention's candidates get a prior (feature type and admin level, population, name match quality);
    the document's context (countries named, demonyms, co-occurring places' likely countries and first-level
    areas, towns within 100 km of the other names' likely towns) is added, refined over a few rounds; the
    best candidate wins, with a score = its share of the candidates' probability mass.
    All mentions of one name in a document resolve alike (one sense per discourse).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from eventwire.actors import ethnic_group_aliases
from eventwire.annotate import doc_ents, doc_sents, doc_text, doc_tokens, english_words
from eventwire.places.build import ABBREVIATION, ALTERNATE, DIRECTION_WORDS, PRIMARY, SKELETON, STRIPPED
from eventwire.places.gazetteer import Candidate, Gazetteer
from eventwire.places.normalize import ARTICLES, normalize
from eventwire.records import Place, Span

__all__ = ["LOCATIVE", "NEAR", "Mention", "echo_places", "find_demonyms", "recognize", "resolve_mentions"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
LOCATIVE = frozenset("in at near from to into outside inside around across towards toward via of "
                     "throughout within through between".split())
NEAR = frozenset("near outside around nearby close towards toward north south east west northeast northwest "
                 "southeast southwest outskirts vicinity".split())
MIN_GAZETTEER_POPULATION = 15_000
BIG_CITY = 500_000
WEAK = "GAZ?"  # a gazetteer-only town below MIN_GAZETTEER_POPULATION, pending support from the context
ALT_TOWN = "GAZ~"  # a town matched by another of its names after a firm cue, kept if the text names its country
MAX_NGRAM = 4
# Capitalised words that open sentences, titles and headlines but are not places in running text.
COMMON = frozenset(
    "president minister police army city county state university college school hospital church street road "
    "mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december north south east west central new old great said "
    "god lord christ english today news day night home union national federal royal independence "
    "mercy hope faith grace liberty justice chance unity harmony providence area northern southern eastern "
    "western northeast northwest southeast southwest upper lower middle downtown uptown metro republic "
    "kingdom "
    "empire federation commonwealth democratic people peoples united islands island".split()
)
# Words of an organisation's or building's name after a place name ("Millbrook Police Department").
NAME_WORDS = frozenset(
    "police department county city council school schools university college hospital church airport high "
    "center centre club company news times post herald journal tribune gazette street road avenue river lake "
    "park bridge station court board office district authority ministry government health medical "
    "international regional community memorial library museum zoo fire sheriff public state national "
    "academy institute bank market mall area valley mountain mountains island islands".split()
)
# Titles and offices that follow a town's name inside a person's description ("Lakeview Parks Director").
ROLE_WORDS = frozenset("mayor manager director chief judge sheriff commissioner commissioners officer "
                       "officers superintendent council circuit parks recreation attorney clerk coroner "
                       "treasurer schools spokesman spokeswoman spokesperson chairman chairwoman selectman "
                       "selectwoman administrator supervisor captain lieutenant sergeant detective trooper "
                       "marshal constable warden principal prosecutor councilman councilwoman councillor "
                       "councilor alderman".split())
ADMIN_CUES = frozenset("province provinces governorate state region county district oblast prefecture "
                       "department canton territory".split())
CITY_CUES = frozenset("city town village capital".split())
# Nouns of natural features: alone inside a longer name, they are not the areas named like them ("the Central
# Plateau" is not Nigeria's Plateau State, "the Danube Delta" not its Delta State, "the Gulf of Alaska" not
# Papua New Guinea's Gulf Province); together they may be a town's name ("Cape Coast").
FEATURE_WORDS = frozenset(
    "lake lakes gulf bay sea ocean delta island islands isle isles peninsula strait straits canal creek "
    "reef cape harbour harbor sound channel glacier swamp marsh lagoon estuary dam reservoir river rivers "
    "valley plateau mountains mount hills highlands lowlands coast desert basin forest falls".split()
)
# English words that are also names of large towns; without spaCy calling them places they stay words.
WORD_TOWNS = frozenset(
    "reading split nice mobile buffalo bath orange mesa normal enterprise commerce marion chester bend "
    "sale deal battle march worms hull derby wells cork mold speed fairfield florence lincoln jackson "
    "washington franklin hamilton madison clinton jefferson".split()
)
# Nouns of the kind of body or building a name heads ("the Tamarind Party", "Moi University"): the word
# before them names the body, after its founder, a virtue or a place; a town of that name is no more likely.
INSTITUTION_WORDS = frozenset(
    "court courts tribunal university college school academy institute polytechnic seminary hospital clinic "
    "church mosque cathedral temple council assembly parliament senate congress party coalition alliance "
    "movement front union league association society foundation committee commission agency service "
    "services authority board bureau ministry department office corporation company bank club fund trust "
    "stadium hotel prison headquarters secretariat group network forum caucus".split()
)
# English prefixes written with a hyphen before a word ("Pre-election", "Anti-riot"): no place names.
WORD_PREFIXES = frozenset("pre post anti pro non ex mid inter intra sub super semi multi counter co re de un "
                          "self cross over under".split())
MAX_ACRONYM = 3  # an all-capital word this short is an organisation's acronym rather than a town's name
FEATURE_WEIGHT = {"CONT": 3.2, "PCLI": 3.0, "PPLC": 3.0, "ADM1": 2.3, "PPLA": 1.3, "ADM2": 1.2, "PPL": 0.5,
                  # named regions and natural features (from a GeoNames import) have no population
                  "RGN": 2.0, "DSRT": 2.0, "MTS": 1.5, "VAL": 1.5, "PLN": 1.5, "STM": 1.5, "LK": 1.5,
                  "ISL": 1.5, "SEA": 4.0, "GULF": 3.5, "OCN": 5.0, "STRT": 3.0}
POPULATION_WEIGHT = 0.5  # per tenfold population
QUALITY_PENALTY = {0: 0.0, 1: 0.6, 2: 0.9, ABBREVIATION: 0.0, SKELETON: 1.5}
# an alternate-name match loses to a primary-name match of a place this many times as populous (and big)
OUTRANKED_RATIO = 10.0
OUTRANKED_MIN = 100_000
OUTRANKED_PENALTY = 2.0
SMALLER_ALTERNATE_PENALTY = 2.0
COUNTRY_WEIGHT = 8.0
ADMIN1_WEIGHT = 6.0
# a first-level area the text names as itself ("Kentucky") says more about where its towns lie than the
# mass that ambiguous town names spread over the many areas holding a namesake
NAMED_AREA_WEIGHT = 2.0
MENTION_WEIGHT = 0.3  # a name's say in the context grows with the log of its mentions
HINT_BONUS = 2.5
ROUNDS = 3
NEARBY_WEIGHT = 3.0
REGION_WEIGHT = 3.0
REGION_KM = 1500.0
QUALIFIER_BONUS = 6.0
EVIDENCE_PRIOR = 1.0
CLEAR_COUNTRY = 2.0
COUNTRY_NAME_PENALTY = 6.0
NAMESAKE_AREA_MIN = 1_000_000  # a first-level area this populous is what its bare name means
# ... and one this populous (England, Texas, Punjab) even in a text that names only other countries
HUGE_AREA = 10_000_000
NOT_IN_GAZETTEER = ("not in the gazetteer (villages, deserts and rivers need a GeoNames import: "
                    "`eventwire gazetteer import`)")
WEAK_POPULATION = 100_000
NOT_IN_AREA = "no place of that name in the area the text names with it (a namesake elsewhere)"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text taken for a toponym, before resolution."""

    start: int
    end: int
    text: str
    label: str  # the spaCy label, or "GAZ" for a gazetteer-only match
    candidates: tuple[Candidate, ...]
    locative: str | None = None  # the preposition or cue before it ("in", "near"), lower-cased
    hint: str | None = None  # "admin" (province of X), "city" (the town of X), "region" (the Sahel)
    listed: bool = False  # an area: named in a parenthesis that lists where a place is ("X (Y, Z)"), or a group's home


def _key(m: Mention) -> str:
    """Mentions with one key resolve alike (one sense per discourse); an area listed in a parenthesis is
    read apart from the same name outside it ("Kiboga town (Kiboga East, Kiboga)": the town, then the district)."""
    return normalize(m.text) + ("\x00area" if m.listed else "")


SURROUNDINGS = frozenset("outskirts vicinity environs".split())  # "of" after them names the place they surround
# Nouns for the people who live in a place: "of" after them is where they live ("residents of X", "the
# youths of X", "the chief of X"), unlike after an office or a body ("Governor of X", "University of X").
PEOPLE_OF = frozenset("resident residents inhabitant inhabitants villager villagers native natives indigene "
                      "indigenes citizen citizens people peoples folk locals youth youths elders chief chiefs "
                      "women men traders farmers fishermen herders community communities".split())
# Nouns for a settlement or a part of one: "of" after them names the place itself ("the village of X", "the
# streets of X"); the cue is the preposition before the noun when there is one ("in the town of X": "in").
# Words for a part of a place: "shelled residential areas of El Fasher" says where the event was (for event
# locations only: "welcomed parts of the budget" names no town).
PART_OF = frozenset("areas part parts district districts neighbourhoods neighborhoods quarter quarters".split())
SETTLEMENT_OF = frozenset("town towns village villages city cities township settlement municipality suburb "
                          "suburbs streets centre center heart area neighbourhood neighborhood "
                          "locality".split())


# Words for an area that name it with "of" ("the department of Arauca"): the cue before them is the name's.
AREA_OF = frozenset("department province state region district county governorate prefecture division "
                    "municipality commune canton oblast".split())
# Settlement words that can stand before a name as its title, with no "of": "the capital Mogadishu".
TITLE_NOUNS = frozenset("capital town village city township".split())


def _cue(doc: Doc, i: int) -> str | None:
    """Lower-cased locative cue word before token i, skipping determiners and adjectives. After "of", the
    noun before it when that says where (``NEAR``: "outskirts of X"; ``PEOPLE_OF``: "residents of X"),
    the cue before a settlement noun ("in the village of X": "in"; "the village of X": "village")."""
    j = i - 1
    if j >= 1 and doc[j].lower_ in TITLE_NOUNS and doc[j].pos_ == "NOUN":
        j -= 1  # a settlement word standing as the name's title: "in the capital Mogadishu", "in the town Baidoa"
        i -= 1
    while j >= 0 and j >= i - 3 and (doc[j].pos_ in ("DET", "ADJ") or doc[j].lower_ in ("the", "of")):
        head = doc[j - 1].lower_ if j >= 1 else ""
        if doc[j].lower_ == "of" and (head in NEAR or head in PEOPLE_OF):
            return head
        if doc[j].lower_ == "of" and (head in SETTLEMENT_OF or head in AREA_OF):
            # "in the town of X", "in the department of Arauca": "in"; "control of the town of X" is still the
            # town's (a settlement word says where; an area word alone does not)
            outer = _cue(doc, j - 1)
            if outer not in (None, "of"):
                return outer
            if head in SETTLEMENT_OF:
                return head
        if doc[j].lower_ == "of":
            return "of"
        j -= 1
    if j >= 0 and (doc[j].lower_ in LOCATIVE or doc[j].lower_ in NEAR):
        return doc[j].lower_
    return None


PLURAL_CUES = {"counties": "County", "provinces": "Province", "governorates": "Governorate",
               "states": None, "districts": "District", "parishes": "Parish"}


def _placing(cue: str | None) -> bool:
    """The cue says the name is where something is or happens: a locative preposition other than a bare
    "of", or "of" after a word for a place's surroundings, its people or a settlement ("the outskirts of
    X", "residents of X", "the village of X"). Not a compass word alone: "South" before "Carolina" is
    part of the name more often than a cue."""
    return cue is not None and (cue in LOCATIVE and cue != "of" or cue in SURROUNDINGS or cue in PEOPLE_OF
                                or cue in SETTLEMENT_OF)


# Cues after which a name is where something is or happens, not where people come from or go.
FIRM_CUES = frozenset("in at near inside within outside around throughout".split()) | PEOPLE_OF | SETTLEMENT_OF


def _firm(cue: str | None) -> bool:
    """The cue puts the name firmly where something is ("in X", "residents of X", "the town of X")."""
    return cue in FIRM_CUES


def _list_kind(doc: Doc, end: int) -> str | None:
    """For a name in a list closed by a plural area word ("Adams, Brown and Clark counties",
    "Homs and Hama provinces"), that word; else None."""
    for j in range(end, min(end + 12, len(doc))):
        word = doc[j]
        if word.lower_ in PLURAL_CUES:
            return word.lower_
        if not (word.text[:1].isupper() or word.text in (",", "and", "or", "to", "&")):
            return None
    return None


def _quarter(cue: Token) -> bool:
    """An area word a common noun qualifies names a part of the place after "of", not the place's kind:
    "the business district of X", "the industrial region of X" (but "the northern province of X" is X)."""
    return any(child.dep_ == "compound" and child.pos_ == "NOUN" for child in cue.children)


def _hint(doc: Doc, start: int, end: int, previous: str | None) -> str | None:
    """What the words around a name say it is: an admin area, a town, or (after "the") a region."""
    after = doc[end].lower_ if end < len(doc) else ""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    if after in ADMIN_CUES or (before[-1:] == ["of"] and before[0] in ADMIN_CUES and not _quarter(doc[start - 2])):
        return "admin"
    if before == ["capital", "of"]:
        return "region"  # "the capital of Congo": a country or an area holds the capital, no town
    # ("an eastern Congo village": a part of a country before the noun, no town named Congo)
    part_of = before[-1:] and before[-1] in PART_ADJECTIVES
    if (after in CITY_CUES and not part_of) or (before[-1:] == ["of"] and before[0] in CITY_CUES):
        return "city"
    if before == ["that", "of"] or before == ["those", "of"]:  # "the province of Homs to that of X"
        return previous
    if before[-1:] == ["the"] and not (end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
                                                           or doc[end].text in ("-", "–"))):
        return "region"  # "the Levant", not "the Millbrook area", "the Millbrook county jail"
    return None


PART_ADJECTIVES = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                            "southwestern north-eastern north-western south-eastern south-western".split())


def _usable(cands: Iterable[Candidate], text: str, from_ner: bool) -> tuple[Candidate, ...]:
    """Drop matches the surface form does not license: abbreviations need capitals, skeletons an NER label."""
    caps = "." in text or sum(c.isupper() for c in text) >= max(2, sum(c.isalpha() for c in text))
    out = []
    for cand in cands:
        if cand.quality == ABBREVIATION and not caps:
            continue
        if cand.quality == SKELETON and not from_ner:
            continue
        out.append(cand)
    return tuple(out)


POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _strip_the(doc: Doc, start: int, end: int) -> int:
    while start < end - 1 and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return start


def recognize(doc: Doc, gazetteer: Gazetteer) -> tuple[list[Mention], list[Mention], Counter]:
    """(mentions, unresolvable spaCy places, country codes named by demonyms) for a Doc."""
    mentions: list[Mention] = []
    missing: list[Mention] = []
    demonyms: Counter = Counter()
    taken = [False] * len(doc)
    labels_by_text: dict[str, set[str]] = defaultdict(set)
    for ent in doc_ents(doc):
        labels_by_text[normalize(ent.text)].add(ent.label_)
    previous_hint = None
    missing.extend(_streets(doc, taken))
    mentions.extend(_datelines(doc, gazetteer, taken))
    mentions.extend(_groups(doc, gazetteer, taken))
    phrased, unknown, phrase_hints = _place_phrases(doc, gazetteer, taken)
    mentions.extend(phrased)
    missing.extend(unknown)
    for ent in doc_ents(doc):
        if any(taken[i] for i in range(ent.start, ent.end)):
            continue  # read as a place phrase ("X village (Y, Z)") already
        span = _entity_span(doc, ent, gazetteer)
        text = span.text
        if _saints_thing(doc, span.start, span.end):
            _mark(taken, ent.start, ent.end)
            continue
        if not text[:1].isupper() or (len(span) == 1 and _generic(span[0])):
            continue
        if _demonym_code(ent, text, gazetteer):
            _mark(taken, ent.start, ent.end)
            continue
        if ent.label_ in PLACE_LABELS or ent.label_ == "NORP":
            if _group_name(doc, ent.start, ent.end, gazetteer):
                _mark(taken, ent.start, ent.end)
                continue
            cue = _cue(doc, span.start)
            cands = _usable(gazetteer.lookup(text), text, from_ner=ent.label_ in PLACE_LABELS)
            if ent.label_ == "NORP":
                cands = tuple(c for c in cands if c.quality <= ALTERNATE)
                if not (cands and cue):
                    continue
            hint = _hint(doc, span.start, span.end, previous_hint) or phrase_hints.get(span.start)
            previous_hint = hint or previous_hint
            listed = _list_kind(doc, span.end)
            if listed and PLURAL_CUES[listed]:  # "Summit and Portage counties": Portage County
                areas = tuple(c for c in gazetteer.lookup(f"{text} {PLURAL_CUES[listed]}")
                              if c.feature in ("ADM1", "ADM2") and c.quality <= ALTERNATE)
                if areas:
                    cands, hint = areas, "admin"
            # "Western Kansas", "Friends of Ireland"; and a part of a town named by its quarter ("North Dallas")
            # that only a loose spelling of another place's name matches ("North Dalles", a village far away)
            loose_only = bool(cands) and all(c.quality in (STRIPPED, SKELETON) for c in cands)
            if (not cands or (loose_only and span[0].lower_ in QUARTER_WORDS)) and len(span) > 1:
                inner = _inner_place(doc, span, gazetteer)
                if inner is not None:
                    span, text = inner, inner.text
                    cands = _usable(gazetteer.lookup(text), text, from_ner=False)
                    hint = _hint(doc, span.start, span.end, previous_hint)
            mention = Mention(span.start_char, span.end_char, text, ent.label_, cands, cue, hint)
            if cands:
                mentions.append(mention)
            elif ent.label_ != "FAC" and _maybe_place(text, labels_by_text):
                missing.append(mention)
            _mark(taken, min(span.start, ent.start), max(span.end, ent.end))
    demonyms.update(code for _, _, code in find_demonyms(doc, gazetteer))
    found = _gazetteer_matches(doc, gazetteer, taken)
    mentions.extend(m for m in found if m.label != WEAK)
    mentions.extend(_supported([m for m in found if m.label == WEAK], mentions))
    mentions.sort(key=lambda m: m.start)
    return _postal_in_context(doc, mentions), missing, demonyms


def _postal(cand: Candidate, text: str) -> bool:
    """A first-level area matched by its postal code ("TX", "NSW"), not by a dotted newspaper form."""
    return cand.quality == ABBREVIATION and cand.feature == "ADM1" and "." not in text


def _postal_in_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A postal code reads as a first-level area only in its country's context: right after a town and a
    comma ("Lebanon, TN") or in a text whose other places lie in that country. Elsewhere two capitals are
    an acronym ("AL" for a party): a name matched only so from the gazetteer is dropped, and a spaCy place
    keeps its other readings."""
    if not any(_postal(c, m.text) for m in mentions for c in m.candidates):
        return mentions
    text = doc_text(doc)
    countries = {max(m.candidates, key=_prior).country for m in mentions
                 if not any(_postal(c, m.text) for c in m.candidates)}
    kept = []
    previous = None
    for m in mentions:
        after_town = previous is not None and text[previous.end:m.start].strip() == ","
        previous = m
        if not any(_postal(c, m.text) for c in m.candidates) or after_town:
            kept.append(m)
            continue
        cands = tuple(c for c in m.candidates if not _postal(c, m.text) or c.country in countries)
        if cands == m.candidates:
            kept.append(m)
        elif cands and m.label in PLACE_LABELS:
            kept.append(Mention(m.start, m.end, m.text, m.label, cands, m.locative, m.hint, m.listed))
    return kept


# Lower-case nouns after a name that say the name is a place ("Lubwaga village", "Mubende town"), whatever
# spaCy labels the name (it often calls small towns persons or organisations).
PLACE_NOUNS = frozenset("town village city county district subcounty sub-county division ward locality "
                        "settlement estate suburb neighbourhood neighborhood municipality township camp area "
                        "region province governorate upazila tehsil taluk commune".split())
# Nouns that make the name before them a place only when a parenthesis listing areas follows ("Sakai
# community (Sissala East, Upper West)"); alone they follow groups of people as often ("the Latino community").
LISTED_NOUNS = frozenset("community communities constituency subdivision sub-division chiefdom chieftaincy "
                         "hamlet".split())
AREA_KINDS = PLACE_NOUNS | ADMIN_CUES  # a word for an area's kind after its name in a parenthesis
MONTHS_DAYS = frozenset("january february march april may june july august september october november "
                        "december monday tuesday wednesday thursday friday saturday sunday".split())
MAX_QUALIFIERS = 4


def _name_token(token: Token) -> bool:
    """A capitalised word that can be part of a place's name ("Ol", "Lenkai", "Murang'a", "Eastern")."""
    word = token.text.replace("'", "").replace("’", "")
    return word[:1].isupper() and word.isalpha() and token.lower_ not in MONTHS_DAYS


def _joined(doc: Doc, i: int) -> bool:
    """Token i is a hyphen or slash written between two words without spaces ("Ol-lenkai", "Abu/Kari")."""
    t = doc_tokens(doc)
    return (t[i].text in ("-", "–", "/") and 0 < i < len(t) - 1 and not t[i - 1].whitespace_
            and not t[i].whitespace_ and t[i - 1].is_alpha and t[i + 1].is_alpha)


PARTICLES = ARTICLES | frozenset("de da do del della di du des la le van von bin ibn".split())


def _particle(doc: Doc, i: int, hi: int) -> bool:
    """A lower-case article or particle inside a name ("Dayr az Zawr", "Deir ez-Zor", "Rio de Janeiro")."""
    t = doc_tokens(doc)
    return (t[i].lower_ in PARTICLES and t[i].text.islower() and i + 1 < hi
            and (_name_token(t[i + 1]) or _joined(doc, i + 1)))


def _name_runs(doc: Doc, lo: int, hi: int) -> dict[int, int]:
    """end -> start of each run of name words in tokens [lo, hi): capitalised words, and words joined to
    them by a hyphen or slash ("Ol-lenkai"), at most ``MAX_NGRAM`` words (a longer run keeps its last
    words); a leading stop word ("The", "In") is not part of a name."""
    t = doc_tokens(doc)
    runs: dict[int, int] = {}
    i = lo
    while i < hi:
        if not _name_token(t[i]):
            i += 1
            continue
        start = i
        i += 1
        while i < hi and (_name_token(t[i]) or (_joined(doc, i) and i + 1 < hi) or _particle(doc, i, hi)):
            i += 2 if _joined(doc, i) else 1
        first = start
        while first < i and (t[first].lower_ in STOP_WORDS or t[first].text in ("-", "–", "/")):
            first += 1
        words = [k for k in range(first, i) if t[k].is_alpha and not _joined(doc, k)]
        if len(words) > MAX_NGRAM:
            first = words[-MAX_NGRAM]
        if first < i:
            runs[i] = first
    return runs


def _qualifier_list(doc: Doc, i: int, runs: dict[int, int]) -> list[tuple[int, int]] | None:
    """The names of a parenthesis at token ``i`` that lists areas: "(Budaka, Eastern)", "(Mwanza)", also
    with a lower-case word for each one's kind ("(Budaka district, Eastern region)"); None when it holds
    anything else: other lower-case words, numbers, an abbreviation ("(KDF)")."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    starts = {start: end for end, start in runs.items()}
    items: list[tuple[int, int]] = []
    j = i + 1
    while j < len(doc) and len(items) < MAX_QUALIFIERS:
        end = starts.get(j)
        if end is None or (end - j == 1 and doc[j].text.isupper() and len(doc[j].text) > 1):
            return None
        items.append((j, end))
        after = end + 1 if end < len(doc) and doc[end].text.islower() and doc[end].lower_ in AREA_KINDS else end
        if after < len(doc) and doc[after].text == ",":
            j = after + 1
            continue
        return items if after < len(doc) and doc[after].text == ")" else None
    return None


def _place_phrases(doc: Doc, gazetteer: Gazetteer,
                   taken: list[bool]) -> tuple[list[Mention], list[Mention], dict[int, str]]:
    """Names the words around them make places, whatever spaCy tagged them: a name before a place noun
    ("Lubwaga village", "Mubende town") and the areas listed in a parenthesis after a place ("Lubwaga
    (Budaka, Eastern)", "in Kalonge (Mwanza)": after a locative preposition, or with two or more
    areas). The names are mentions when the gazetteer has them (the parenthesis lists areas, so a common
    word there is only read as an area: "(Budaka, Eastern)"), else unresolved places. The name before
    the parenthesis is smaller than the areas it lists: a town, unless a noun says otherwise. A name spaCy
    already calls a place is left to the entity reading; the hint for it is returned (token -> hint)."""
    found: list[Mention] = []
    unknown: list[Mention] = []
    hints: dict[int, str] = {}

    def add(start: int, end: int, hint: str | None, area_list: bool) -> None:
        span = doc[start:end]
        text = span.text
        if _group_name(doc, start, end, gazetteer) or gazetteer.demonym(text):
            return
        cands = _usable(gazetteer.lookup(text), text, from_ner=True)
        loose = all(c.quality == SKELETON for c in cands)
        if loose and len(span) > 1:  # "Zaatari Refugee Camp"; not the country in "Mexico Lindo area"
            inner = _inner_place(doc, span, gazetteer)
            if inner is not None:
                # the name's last part may be a town by another of its names ("Ngleshie-Amanfro"), a part
                # before another word only by its own ("Boni" in "Boni Forest" is no spelling of Bonn)
                tail = inner.end == span.end
                inner_cands = tuple(c for c in _usable(gazetteer.lookup(inner.text), inner.text, from_ner=False)
                                    if c.feature not in ("PCLI", "CONT") and (tail or c.quality == PRIMARY))
                if inner_cands:
                    span, text, cands = inner, inner.text, inner_cands
        if area_list and all(_generic(t) for t in span if t.is_alpha):
            cands = tuple(c for c in cands if c.feature in ("ADM1", "ADM2", "PCLI"))
        # as good evidence as spaCy's label: "GPE", not "GAZ" (a bare gazetteer match)
        mention = Mention(span.start_char, span.end_char, text, "GPE", cands, _cue(doc, span.start), hint,
                          area_list)
        (found if cands else unknown).append(mention)
        _mark(taken, start, end)

    ner_places = [e for e in doc_ents(doc) if e.label_ in PLACE_LABELS]
    toks = doc_tokens(doc)
    for sent in doc_sents(doc):
        runs = _name_runs(doc, sent.start, sent.end)
        i = sent.start + 1
        while i < sent.end:
            token = toks[i]
            noun = token.text.islower() and (token.lower_ in PLACE_NOUNS or (
                token.lower_ in LISTED_NOUNS and _qualifier_list(doc, i + 1, runs) is not None))
            start = runs.get(i)
            if (start is not None and token.lower_ in RESIDENT_NOUNS and token.text.islower() and not taken[i - 1]
                    and not (i + 1 < sent.end and toks[i + 1].text in POSSESSIVE)):  # "Duke women's team"
                resident = _resident_place(doc, start, i, gazetteer, ner_places)
                if resident is not None:
                    found.append(resident[0])
                    _mark(taken, resident[1], i)
                i += 1
                continue
            if (start is None or not (noun or token.text == "(") or taken[i - 1]
                    or all(_generic(t) for t in doc[start:i] if t.is_alpha) or doc[start:i].text.isupper()):
                i += 1
                continue
            items = _qualifier_list(doc, i + 1 if noun else i, runs)
            cue = _cue(doc, start)
            if not noun and not (items and (cue in LOCATIVE or _placing(cue) or len(items) > 1)):
                i += 1
                continue
            hint = _hint(doc, start, i, None) if noun else "city" if items else None
            if any(e.start <= start and i <= e.end for e in ner_places):  # spaCy has the whole name
                hints.update(dict.fromkeys(range(start, i), hint) if hint else {})
            else:
                add(start, i, hint, area_list=False)
            for lo, hi in items or ():
                add(lo, hi, "admin", area_list=True)
            i = (items[-1][1] + 1) if items else i + 1
    return found, unknown, hints


# Nouns for the people of a place after its name ("a Millbrook man", "two Millbrook teens"): the name is a place.
RESIDENT_NOUNS = frozenset("man men woman women boy boys girl girls teen teens teenager teenagers couple "
                           "resident residents native natives youth".split())


def _resident_place(doc: Doc, start: int, end: int, gazetteer: Gazetteer,
                    ner_places: list) -> tuple[Mention, int] | None:
    """(mention, first token) of the longest tail of the name words [start, end) before a resident noun that
    the gazetteer has by its own or another name ("Missing Glen Allen woman": Glen Allen); None when there is
    none, when spaCy already has the name as a place, or when the words are a group's or part of a person's
    name ("a Muslim woman", "Jo Glen Allen")."""
    toks = doc_tokens(doc)
    for k in range(start, end):
        word = toks[k]
        if word.lower_ in STOP_WORDS or _generic(word) or word.ent_type_ == "NORP" or (
                word.ent_type_ == "PERSON" and word.ent_iob_ == "I"):
            continue
        if any(e.start <= k and end <= e.end for e in ner_places):
            return None
        text = doc[k:end].text
        if _group_name(doc, k, end, gazetteer) or gazetteer.demonym(text):
            return None
        cands = tuple(c for c in gazetteer.lookup(text) if c.quality <= ALTERNATE)
        if any(c.feature in ("PCLI", "ADM1", "ADM2") or c.population >= 1000 for c in cands):
            return Mention(toks[k].idx, toks[end - 1].idx + len(toks[end - 1].text), text, "GPE", cands,
                           _cue(doc, k), None), k
    return None


# Nouns for a group's members or the group itself after its name ("Pokot raiders", "the Kisii community").
GROUP_NOUNS = frozenset("youth youths men women elders herders herdsmen pastoralists militia militias militiamen "
                        "raiders rustlers warriors morans fighters gunmen bandits attackers assailants community "
                        "communities clan clans clansmen tribe tribes tribesmen tribesman ethnic people".split())
# Cues after which a group's name is still the place named after it ("in Turkana", "at Kisii").
PLACE_CUES = frozenset("in at near inside within outside".split())


@lru_cache(maxsize=1)
def group_names() -> frozenset[str]:
    """Normalised names of the ethnic and communal groups in ``data/ethnic_groups.csv`` (all aliases)."""
    return frozenset(normalize(alias) for alias, _, _ in ethnic_group_aliases())


def _group_word(token: Token) -> bool:
    """A capitalised word spaCy calls a group (NORP) or that names an ethnic group ("Kikuyu", "Pokot")."""
    return token.text[:1].isupper() and (token.ent_type_ == "NORP" or normalize(token.text) in group_names())


def _group_use(doc: Doc, i: int) -> bool:
    """Token i, a group's word, names the group, not a place of its name: a noun for its members or the
    group follows ("Kikuyu youths", "the Kisii community", "Samburu ethnic militia"), also through a list of
    such words ("Pokot and Marakwet herders"); or the words of a list, or one after "the", are the subject
    of a verb ("Kisii and Maasai fought", "the Pokot raided": a town alone may be a verb's subject too,
    "Kisii erupted"); never after a locative cue ("in Turkana")."""
    toks = doc_tokens(doc)
    if not _group_word(toks[i]) or _cue(doc, i) in PLACE_CUES:
        return False
    j = i + 1
    while j + 1 < len(doc) and toks[j].lower_ in ("and", ",", "or") and _group_word(
            toks[j + 2] if toks[j + 1].lower_ == "the" and j + 2 < len(doc) else toks[j + 1]):
        j += 3 if toks[j + 1].lower_ == "the" else 2
    if j >= len(doc):
        return False
    after = toks[j]
    if after.text.islower() and after.lower_ in GROUP_NOUNS:
        return True
    listed = j > i + 1 or (i > 0 and toks[i - 1].lower_ == "the")
    return listed and after.pos_ == "VERB" and after.tag_ != "VBG"


def _groups(doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> list[Mention]:
    """Marks (in ``taken``) the group's words that name the group (see ``_group_use``); returns, for those
    that are also a first-level area's name, a mention with only that area's readings: many areas are
    named after the people whose home they are ("Turkana herders": Turkana County), but a town of the name
    is no more the group's place than any other ("Kikuyu youths" in Nairobi: not Kikuyu town). A nation's
    word is country context, not its namesake area ("Somali militiamen": not Ethiopia's Somali region)."""
    out = []
    for i, token in enumerate(doc_tokens(doc)):
        if taken[i] or not token.text[:1].isupper() or not _group_use(doc, i):
            continue
        taken[i] = True
        if gazetteer.demonym(token.text):
            continue
        cands = tuple(c for c in gazetteer.lookup(token.text)
                      if c.feature in ("ADM1", "RGN") and c.quality <= ALTERNATE)
        if cands:
            out.append(Mention(token.idx, token.idx + len(token.text), token.text, "NORP", cands, _cue(doc, i),
                               listed=True))  # read apart from a town of the name ("in Kisii town")
    return out


# Streets and roads: a name before one of these words ("Orchard St.", "Old Mill Road"), or one of the numbered
# kinds before a number ("Highway 19", "County Road 43", "Interstate 64"). The gazetteer has no streets: they
# are reported unresolved, and a town's name inside one ("Memphis St.") is not read as the town.
STREET_ABBREVIATIONS = frozenset("st rd ave blvd pkwy hwy".split())  # with or without their period
STREET_WORDS = frozenset("street road avenue boulevard lane drive parkway highway pike turnpike bypass freeway "
                         "expressway".split()) | STREET_ABBREVIATIONS | {f"{w}." for w in STREET_ABBREVIATIONS}
NUMBERED_ROADS = frozenset("highway hwy. hwy route road interstate freeway".split())
# Words naming a quarter of a place ("North Dallas"); not "New", which makes another place's name
QUARTER_WORDS = DIRECTION_WORDS - {"middle", "new", "greater"}
DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest n. s. e. w.".split())
STREET = "a street or road (the gazetteer has no streets)"
_ROAD_NUMBER = re.compile(r"^\d{1,4}[A-Z]?$")
_ROAD_CODE = re.compile(r"^(?:I|US|SR)-\d{1,4}[A-Z]?$")  # "I-95", "US-24"
# Plural street words close a list of streets named by their names alone ("Orchard and Elm streets").
PLURAL_STREET_WORDS = frozenset("streets roads avenues drives boulevards parkways".split())  # not "Lanes": bowling
_STREET_ANCHORS = STREET_WORDS | NUMBERED_ROADS | PLURAL_STREET_WORDS
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
MAX_STREET_WORDS = 4


def _street_name_word(token: Token) -> bool:
    """A word that can be part of a street's name: "Orchard", "40th", "E.", "Governors", "U.S."."""
    text = token.text.rstrip(".")
    return bool(text) and (_ORDINAL.match(text) is not None or (text[:1].isupper() and text.replace(".", "")
                                                                  .replace("'", "").replace("’", "").isalpha()))


# The words before a road's number that belong to its name ("State Highway 360", "U.S. Route 1"); other
# words there name the area the road belongs to ("Otter Tail County Road 80": the county, then the road).
ROAD_CLASS_WORDS = frozenset("state county us u.s. interstate federal provincial national old new".split())


def _street_start(doc: Doc, end: int, lo: int, numbered: bool = False) -> int:
    """First token of the name words before token ``end`` (a street word), at most ``MAX_STREET_WORDS``;
    a hyphen or a plural's apostrophe joined to a word ("Hyland-Croy", "Governors’") stays in the name, a
    possessive does not ("Augusta's Main Street": the town's street). Before a numbered road only its
    class words count ("State Highway 19")."""
    t = doc_tokens(doc)
    start = end
    while start > lo and end - start < MAX_STREET_WORDS:
        prev = t[start - 1]
        if numbered and prev.lower_ not in ROAD_CLASS_WORDS:
            break
        if _street_name_word(prev) or (prev.text in ("’", "'", "-") and start - 1 > lo
                                        and not t[start - 2].whitespace_):
            start -= 1
            continue
        break
    if numbered and start < end and t[start].lower_ in ("county", "state") and start > lo and \
            _street_name_word(t[start - 1]):
        start += 1  # "Otter Tail County Road 80": the county's name keeps its word
    while start < end and (t[start].lower_ in STOP_WORDS or not t[start].text[:1].isalnum()):
        start += 1
    return start


def _streets(doc: Doc, taken: list[bool]) -> list[Mention]:
    """Streets and roads in the Doc, as mentions without candidates (hint "street"); their tokens are taken,
    so that a town's name inside one ("Memphis St.", "Dublin Road") is not read as the town. A street name
    followed by another capitalised word is part of a longer name ("Wall Street Journal") and left alone."""
    t = doc_tokens(doc)
    person = [False] * len(doc)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON":
            _mark(person, ent.start, ent.end)
    # only a street word or a road code can anchor a street (``_street_at`` is None elsewhere): find those once
    anchors = [k for k, tok in enumerate(t) if tok.lower_ in _STREET_ANCHORS or _ROAD_CODE.match(tok.text)]
    found: list[Mention] = []
    if not anchors:
        return found
    for sent in doc_sents(doc):
        i = sent.start
        for anchor in anchors[bisect_left(anchors, sent.start):bisect_left(anchors, sent.end)]:
            if anchor < i:
                continue  # inside the street found just before
            if t[anchor].lower_ in PLURAL_STREET_WORDS:
                for start, end in _street_list(doc, anchor, max(i, sent.start), taken):
                    found.append(Mention(t[start].idx, t[end - 1].idx + len(t[end - 1].text),
                                         doc[start:end].text, "FAC", (), _cue(doc, start), "street"))
                    _mark(taken, start, end)
                continue
            span = _street_at(doc, anchor, sent.start, sent.end)
            if span is None or any(taken[k] for k in range(*span)) or (
                    all(person[k] for k in range(*span)) and not _street_cue(doc, span[0])):
                continue
            start, end = span
            found.append(Mention(t[start].idx, t[end - 1].idx + len(t[end - 1].text), doc[start:end].text, "FAC",
                                 (), _cue(doc, start), "street"))
            _mark(taken, start, end)
            i = end
    return found


def _street_list(doc: Doc, anchor: int, lo: int, taken: list[bool]) -> list[tuple[int, int]]:
    """(start, end) tokens of each name in a list of two or more closed by a plural street word at token
    ``anchor`` ("Culver and Main streets", "Oak, Elm and Fifth avenues"); empty when there is no such list."""
    t = doc_tokens(doc)
    names: list[tuple[int, int]] = []
    end = anchor
    while end > lo:
        start = end
        while start > lo and end - start < MAX_STREET_WORDS and _street_name_word(t[start - 1]) \
                and not taken[start - 1]:
            start -= 1
        if start == end or (start > lo and _street_name_word(t[start - 1]) and not taken[start - 1]):
            break  # no name, or a longer one than a street's ("Central Tennessee Development District")
        names.append((start, end))
        if start - 1 < lo or t[start - 1].lower_ not in (",", "and", "or", "&"):
            break
        end = start - 1
        if t[end].lower_ in ("and", "or") and end > lo and t[end - 1].text == ",":
            end -= 1  # "Oak, Elm, and Fifth avenues"
    names = [(a, b) for a, b in names if t[a].lower_ not in STOP_WORDS or a + 1 < b]
    return names[::-1] if len(names) >= 2 else []


def _street_cue(doc: Doc, start: int) -> bool:
    """A house number or "on", "at", "along", "between", "the 400 block of" ... before a name: a street,
    even where spaCy saw a person ("on Kelly Lane", not "the home of Kelly Lane")."""
    before = doc[start - 1] if start else None
    if before is not None and before.lower_ == "of":
        return start >= 2 and doc[start - 2].lower_ == "block"
    return before is not None and (before.like_num or before.lower_ in ("on", "at", "along", "off", "near",
                                                                        "onto", "down", "up", "across",
                                                                        "between"))


def _street_at(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int] | None:
    """(start, end) tokens of a street whose street word (or road code) is token ``i``, or None."""
    t = doc_tokens(doc)
    word = t[i]
    if _ROAD_CODE.match(word.text):
        end, start = i + 1, i
    elif not word.text[:1].isupper() or word.pos_ not in ("PROPN", "NOUN"):
        return None
    elif word.lower_ in NUMBERED_ROADS and i + 1 < hi and _ROAD_NUMBER.match(t[i + 1].text):
        end, start = i + 2, _street_start(doc, i, lo, numbered=True)  # "Highway 19", "State Highway 360"
    elif word.lower_ in STREET_WORDS:
        end, start = i + 1, _street_start(doc, i, lo)
        if start == i:
            return None  # a street word alone ("Highway") names no street
    else:
        return None
    if end < hi and t[end].text == "." and t[end - 1].lower_ in STREET_ABBREVIATIONS and not t[end - 1].whitespace_:
        end += 1  # "Ave" "." as two tokens
    if end < hi and t[end].lower_ in DIRECTIONS and t[end].text[:1].isupper():
        end += 1  # "40th Avenue South", "Interstate 64 West"
    if end < hi and t[end].text[:1].isupper() and t[end].is_alpha:
        return None  # part of a longer name: "Wall Street Journal", "Main Street Bridge"
    return start, end


DATELINE_MARKS = frozenset({"--", "—", "–", "-", ":"})
MAX_DATELINE_WORDS = 3


def _abbreviation_period(t, i: int, end: int) -> bool:
    """Token i is the period of an abbreviated capitalised word inside a name ("ST. PAUL", "FT. WORTH")."""
    return (t[i].text == "." and i > 0 and t[i - 1].is_alpha and t[i - 1].is_upper and len(t[i - 1].text) <= 3
            and i + 1 < end and t[i + 1].is_alpha and t[i + 1].is_upper)


def _datelines(doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> list[Mention]:
    """The place of a dateline: an all-capitals name opening a sentence and followed by a dash or a colon
    ("CROMWELL —", "ROCKY HILL -", "BEIRUT:"), whatever spaCy tagged it (often an organisation or nothing)."""
    t = doc_tokens(doc)
    found = []
    for sent in doc_sents(doc):
        start = sent.start
        end = start
        words = 0
        while end < sent.end and words < MAX_DATELINE_WORDS and (
                (t[end].is_alpha and t[end].is_upper) or _abbreviation_period(t, end, sent.end)
                or _inner_hyphen(t, end, start, sent.end)):
            words += t[end].is_alpha
            end += 1
        if end == start or end >= len(doc) or taken[start]:
            continue
        # "PORT-AU-PRINCE, Oct. 14 (Wire) -": a wire dateline's comma before the date
        if t[end].text not in DATELINE_MARKS and not (t[end].text == "," and _wire_date(doc, end + 1)):
            continue
        span = doc[start:end]
        if len(span.text) < 3:
            continue
        cands = tuple(c for c in gazetteer.lookup(span.text) if c.quality in (PRIMARY, ALTERNATE))
        if cands:
            found.append(Mention(span.start_char, span.end_char, span.text, "GPE", cands, None, None))
            _mark(taken, start, end)
    return found


def _inner_hyphen(t, i: int, start: int, end: int) -> bool:
    """Token i is a hyphen inside an all-capitals hyphenated name ("PORT-AU-PRINCE"), with no space around."""
    return (t[i].text == "-" and i > start and not t[i - 1].whitespace_ and not t[i].whitespace_
            and i + 1 < end and t[i + 1].is_alpha and t[i + 1].is_upper)


def _wire_date(doc: Doc, i: int) -> bool:
    """Token i opens a dateline's date: a month name (abbreviated or not) or a DATE entity."""
    return i < len(doc) and (doc[i].ent_type_ == "DATE" or doc[i].lower_.rstrip(".")[:3] in MONTH_STEMS)


MONTH_STEMS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())


SAINT_WORDS = frozenset("st st. saint ste ste. sainte san santa".split())


def _saints_thing(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` are a saint's name in a possessive before a capitalised noun: what is named
    after the saint ("St. Peter's Square", "St. Mark's Basilica"), not a town of the saint's name."""
    if not (end - start > 1 and doc[start].lower_ in SAINT_WORDS and end < len(doc)):
        return False
    if doc[end - 1].text in POSSESSIVE:  # the possessive kept in the name ("St. Peter's" is a town too)
        return _capitalised(doc[end])
    return end + 1 < len(doc) and doc[end].text in POSSESSIVE and _capitalised(doc[end + 1])


def _entity_span(doc: Doc, ent, gazetteer: Gazetteer):
    """The entity's tokens without a leading article or a trailing possessive, place names repaired."""
    start, end = _strip_the(doc, ent.start, ent.end), ent.end
    while end - start > 1 and doc[end - 1].text in POSSESSIVE:  # "the United Kingdom's"
        if any(c.quality == PRIMARY for c in gazetteer.lookup(doc[start:end].text)):
            break  # the possessive is part of the name: "St. John's"
        end -= 1
    if ent.label_ in PLACE_LABELS:
        return _fix_boundaries(doc, start, end, gazetteer)
    return doc[start:end]


def _demonym_code(ent, text: str, gazetteer: Gazetteer) -> str | None:
    """The country a NORP (or place-tagged) demonym entity names ("Syrian" -> SY), else None; a name that is
    also a place's own name ("Philippines", Ethiopia's Somali region) is that place, unless it qualifies a
    noun that is no word for an area: "Somali militiamen" are Somalis ("the Somali region" is the place)."""
    if not (ent.label_ == "NORP" or ent.label_ in PLACE_LABELS):
        return None
    code = gazetteer.demonym(text)
    if not code or not demonym_is_place_name(text, gazetteer):
        return code
    head = ent.root.head
    qualifies = (ent.root.dep_ in ("amod", "compound") and head.i >= ent.end and head.pos_ in ("NOUN", "PROPN")
                 and head.lower_ not in ADMIN_CUES and head.lower_ not in PLACE_NOUNS)
    return code if qualifies else None


def demonym_is_place_name(text: str, gazetteer: Gazetteer) -> bool:
    """A demonym that is also the own name of a country, first-level area or city ("Philippines") is that
    place; one that only a small town bears ("Canadian", a town in Texas) stays a demonym."""
    return any(c.quality == PRIMARY and (c.feature in ("PCLI", "ADM1", "CONT", "RGN")
                                         or c.population >= WEAK_POPULATION)
               for c in gazetteer.lookup(text))


def find_demonyms(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start_char, end_char, country code) of each demonym the stage reads as country context: capitalised
    demonyms anywhere but in a person's name, also inside an organisation's name ("the Georgian Foreign
    Ministry") or a compound ("Russian-American"); a place's own name ("Philippines") is not one."""
    person = [False] * len(doc)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON":
            _mark(person, ent.start, ent.end)
    tokens = doc_tokens(doc)  # one pass: building spans for every window costs more than the lookups
    words = [t.text for t in tokens]
    out = []
    i = 0
    while i < len(tokens):
        size = 0
        for n in (2, 1) if words[i][:1].isupper() else ():
            last = i + n - 1
            if last >= len(tokens) or any(person[j] for j in range(i, i + n)):
                continue
            text = words[i] + tokens[i].whitespace_ + words[last] if n == 2 else words[i]
            if text.isupper() or not tokens[last].is_alpha:
                continue
            code = gazetteer.demonym(text)
            if code and not demonym_is_place_name(text, gazetteer):
                out.append((tokens[i].idx, tokens[last].idx + len(words[last]), code))
                size = n
                break
        i += size or 1
    return out


def _fix_boundaries(doc: Doc, start: int, end: int, gazetteer: Gazetteer):
    """Repair spaCy's cut of a place name: drop a trailing "province"/"city", and take in capitalised or
    article words before it when the longer name is in the gazetteer ("Dayr" + "az Zawr province")."""
    while (end - start > 1 and (doc[end - 1].lower_ in ADMIN_CUES or doc[end - 1].lower_ in CITY_CUES)
           and not any(c.quality < SKELETON for c in gazetteer.lookup(doc[start:end].text))):
        # keep "Pike County", cut "Zawr province" (a loose spelling of the longer name is no match)
        end -= 1
    best = start
    for left in range(start - 1, max(start - 4, -1), -1):
        word = doc[left]
        if not (word.text[:1].isupper() or word.lower_ in ARTICLES or word.text == "-"):
            break
        # a longer name the gazetteer has as such, not one it matches only by dropping a leading article
        # ("An Athens man": "an" is also an Arabic article, as in "An Najaf")
        if word.text[:1].isupper() and any(c.quality <= ALTERNATE for c in gazetteer.lookup(doc[left:end].text)):
            best = left
    last = end
    for right in range(end, min(end + 3, len(doc))):  # "Rio Grande" + "do Sul", "Saxony" + "-Anhalt"
        word = doc[right]
        if not (word.text[:1].isupper() or word.lower_ in PARTICLES or _joined(doc, right)):
            break
        if word.text[:1].isupper() and any(c.quality <= ALTERNATE for c in gazetteer.lookup(doc[best:right + 1].text)):
            last = right + 1
    return doc[best:last]


# Words that make a new name of the place name after them: "Trans Mara" is the land across the Mara, not the Mara.
NAME_PREFIXES = frozenset({"trans"})


def _after_prefix(doc: Doc, i: int, lo: int) -> bool:
    """Token i follows a name prefix inside the name that starts at token lo ("Trans Mara", "Trans-Mara")."""
    j = i - 1 if i - 1 >= lo and doc[i - 1].text not in ("-", "–") else i - 2
    return j >= lo and doc[j].lower_ in NAME_PREFIXES


NAME_PARTICLES = frozenset("de da do del della di du des dos das la le el al ul ad ed ar ash az".split())


def _inside_other_name(doc: Doc, start: int, end: int, span) -> bool:
    """The words ``start:end`` are part of another place's name within ``span``, beside a name particle in
    lower case ("Jos" in "Ceamurlia de Jos", "Bab" in "Bab el-Oued"). (A feature named after a town, "the
    Naugatuck River", is still read as the town.)"""
    around = [doc[k] for k in (start - 1, end) if span.start <= k < span.end]
    return any(t.is_lower and t.lower_.split("-")[0] in NAME_PARTICLES for t in around)


def _inner_place(doc: Doc, span, gazetteer: Gazetteer):
    """The longest capitalised part of an unknown place name that the gazetteer knows well, or None; not a
    part after a name prefix ("Mara" in "Trans Mara District"), nor a word for a natural feature ("Delta"
    in "the Danube Delta"). Of two parts as long, the one the gazetteer knows by its own name: "Ghana",
    not "Gold" (an alternate name of Gold Coast), in "Newmont Gold Ghana Limited"."""
    for n in range(len(span) - 1, 0, -1):
        found = []
        for i in range(span.start, span.end - n + 1):
            window = doc[i:i + n]
            if _after_prefix(doc, i, span.start) or _inside_other_name(doc, i, i + n, span):
                continue
            if _saints_thing(doc, i, i + n):
                continue
            # a trailing area word belongs to the name ("Pike County" in "Pike County Sheriff's Office")
            area_word = n > 1 and window[-1].lower_ in ADMIN_CUES
            if (not all(_capitalised(t) for t in window) or (_generic(window[-1]) and not area_word)
                    or (n == 1 and window[0].lower_ in FEATURE_WORDS)):
                continue
            cands = [c for c in _usable(gazetteer.lookup(window.text), window.text, from_ner=False)
                     if c.quality <= ALTERNATE or c.quality == ABBREVIATION]
            if _generic(window[0]) and not (n > 1 and any(c.quality <= ALTERNATE for c in cands)):
                continue  # "North" alone is no place; "West Virginia", "New Concord" are
            known = [c for c in cands if c.feature in ("PCLI", "ADM1", "CONT")
                     or c.population >= MIN_GAZETTEER_POPULATION or (area_word and c.feature == "ADM2")]
            if known:
                found.append((min(c.quality for c in known), i, window))
        if found:
            return min(found, key=lambda f: f[:2])[2]
    return None


def _mark(taken: list[bool], start: int, end: int) -> None:
    for i in range(start, end):
        taken[i] = True


def _maybe_place(text: str, labels_by_text: dict[str, set[str]]) -> bool:
    """An unknown spaCy place is reported unless the document also tags the same words as a non-place."""
    if text.isupper() and len(text) <= 5:  # an acronym unknown to the gazetteer: an organisation, not a place
        return False
    return not (labels_by_text.get(normalize(text), set()) & NOT_PLACE_LABELS)


def _capitalised(token: Token) -> bool:
    word = token.text.replace(".", "")
    return word.isalpha() and word[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")


def _generic(token: Token) -> bool:
    """A capitalised common word ("North", "Area") that spaCy may tag as a place on its own."""
    if token.text.isupper() and len(token.text) > 1:  # "US", "UK": abbreviations, not the words
        return False
    low = token.lower_
    return low in STOP_WORDS or low in COMMON or low in NAME_WORDS


def _plain_word(token: Token, lower_words: set[str]) -> bool:
    """A word that can follow or precede a place name inside a longer name without making it a person's."""
    low = token.lower_
    return (low in STOP_WORDS or low in COMMON or low in NAME_WORDS or low.rstrip("s") in NAME_WORDS
            or low in ROLE_WORDS or low in lower_words)


def _gazetteer_matches(doc: Doc, gazetteer: Gazetteer, taken: list[bool]) -> list[Mention]:
    person = [False] * len(doc)
    prefixes = {e.start: _office_prefix(e, gazetteer) for e in doc_ents(doc)
                if e.label_ == "PERSON" and len(e) > 1}
    name_parts = {t.lower_ for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1
                  for t in e[prefixes.get(e.start, 0):]}
    for ent in doc_ents(doc):
        if ent.label_ in ("PERSON", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "DATE", "TIME", "MONEY"):
            if ent.label_ == "PERSON" and (_lone_name_is_place(doc, ent, name_parts)
                                           or _is_area_name(ent, gazetteer)):
                continue
            _mark(person, ent.start + prefixes.get(ent.start, 0), ent.end)
    toks = doc_tokens(doc)
    lower_words = {t.text for t in toks if t.is_alpha and t.text.islower()}
    org_starts = {_strip_the(doc, e.start, e.end) for e in doc_ents(doc) if e.label_ in ("ORG", "FAC")}
    body: list[tuple[int, int] | None] = [None] * len(doc)  # each ORG/FAC entity's (start, end) at its tokens
    for ent in doc_ents(doc):
        if ent.label_ in ("ORG", "FAC"):
            body[ent.start:ent.end] = [(ent.start, ent.end)] * len(ent)
    out = []
    # a name with a particle between its words ("Ceamurlia de Jos"), read whole before its parts ("Jos")
    for k in range(1, len(doc) - 1):
        if not (toks[k].is_lower and toks[k].lower_ in JOINING_PARTICLES and not taken[k]):
            continue
        windows = [(a, b) for a in (k - 2, k - 1) for b in (k + 3, k + 2)
                   if a >= 0 and b <= len(doc) and all(_capitalised(toks[j]) and not taken[j]
                                                        for j in range(a, b) if j != k)]
        for a, b in sorted(windows, key=lambda w: w[0] - w[1]):
            found = _accept(doc, doc[a:b], gazetteer, person, lower_words, name_parts,
                            _in_body_name(doc, a, b, body))
            if found:
                out.append(found)
                _mark(taken, a, b)
                break
    i = 0
    while i < len(doc):
        if taken[i] or not _capitalised(toks[i]):
            i += 1
            continue
        run_end = i
        while run_end < len(doc) and not taken[run_end] and (
                _capitalised(toks[run_end]) or (_joined(doc, run_end) and run_end + 1 < len(doc)
                                                 and _capitalised(toks[run_end + 1]))):
            run_end += 1  # hyphen-joined parts belong to the name ("KwaZulu-Natal", "Saxony-Anhalt")
        plain_end = next((k for k in range(i, run_end) if toks[k].text in ("-", "–")), run_end)
        size = 1
        for n in range(min(MAX_NGRAM, run_end - i), 0, -1):
            if toks[i + n - 1].text in ("-", "–"):
                continue
            # a name inside a longer proper name ("Florence Parly") is not a place by itself; the parts of a
            # hyphenated name the gazetteer lacks ("Israel-Gaza") are read alone
            rest = [t for t in toks[i + n:run_end] if t.text not in ("-", "–")] if i + n > plain_end \
                else toks[i + n:plain_end]
            rest += [toks[i - 1]] if i and _capitalised(toks[i - 1]) and not taken[i - 1] else []
            # ... except at the head of an organisation's name ("Ohio Highway Patrol", "U.S. Navy")
            if i not in org_starts and any(not _plain_word(t, lower_words) for t in rest):
                continue
            found = _accept(doc, doc[i:i + n], gazetteer, person, lower_words, name_parts,
                            _in_body_name(doc, i, i + n, body))
            if found:
                out.append(found)
                _mark(taken, i, i + n)
                size = n
                break
        i += size
    return out


JOINING_PARTICLES = NAME_PARTICLES - {"do"}  # "do" is also an English verb


def _lone_name_is_place(doc: Doc, ent, name_parts: set[str]) -> bool:
    """A one-word PERSON ("Fairview man arrested") may be a mis-tagged town: not when the word is part of
    a full person name elsewhere in the document, nor when a verb follows ("Jackson said")."""
    if len(ent) != 1 or ent[0].lower_ in name_parts:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return not (after is not None and after.pos_ in ("VERB", "AUX"))


def _office_prefix(ent, gazetteer: Gazetteer) -> int:
    """Tokens of a place name opening a PERSON entity that goes on with an office ("Lakeview City Manager
    Jo Doe", "Lakeview Parks Director"): 0 when there is none."""
    for n in range(min(MAX_NGRAM, len(ent) - 1), 0, -1):
        follow = ent[n].lower_
        if (follow in ROLE_WORDS or follow in NAME_WORDS) and gazetteer.lookup(ent[:n].text):
            return n
    return 0


def _is_area_name(ent, gazetteer: Gazetteer) -> bool:
    """A PERSON entity that is exactly a country's or first-level area's name ("Sri Lanka's")."""
    words = [t for t in ent if t.text not in ("'s", "’s")]
    text = ent.doc[words[0].i:words[-1].i + 1].text if words else ""
    return any(c.quality == PRIMARY and c.feature in ("PCLI", "ADM1") for c in gazetteer.lookup(text))


def _dateline(window) -> bool:
    """An all-capitals first word followed by a comma, dash or colon: a dateline ("CAIRO, Egypt --",
    "CAIRO:")."""
    doc = window.doc
    after = doc[window.end].text if window.end < len(doc) else ""
    return window.text.isupper() and after[:1] in (",", "-", "—", "–", "(", ":")


def _in_body_name(doc: Doc, start: int, end: int, body: list[tuple[int, int] | None]) -> bool:
    """Tokens [start, end) are words of the name of a body or building: inside a longer ORG/FAC entity
    ("the Supreme Court", "the Rainbow Alliance") but not after a locative word there ("the Church of
    Christ in Millbrook"), tagged ORG/FAC alone without a locative cue before them ("in Engineer" is a
    place whatever its tag), or before a noun of an institution's kind ("Jubilee coalition")."""
    ent = body[start]
    if ent is None or body[end - 1] != ent:
        return end < len(doc) and doc[end].lower_ in INSTITUTION_WORDS
    if ent[1] - ent[0] > end - start:
        return not (start > ent[0] and doc[start - 1].lower_ in LOCATIVE and doc[start - 1].lower_ != "of")
    return _cue(doc, start) in (None, "of") or (end < len(doc) and doc[end].lower_ in INSTITUTION_WORDS)


def _big(cand: Candidate, population: int = BIG_CITY) -> bool:
    """A country, a first-level area or a city of ``population``: what a bare name most often means."""
    return cand.feature in ("PCLI", "ADM1", "CONT") or cand.population >= population


def _word_not_name(doc: Doc, window, cands: tuple[Candidate, ...], in_body: bool) -> bool:
    """The window is an ordinary English word (the pipeline's word index) rather than the name of one of
    ``cands``: a sentence's first word that is a verb, adjective or adverb ("Man found dead", "Young men")
    and no country, first-level area or big city; or a word of a body's name that is a verb, adjective or
    adverb ("Supreme Court", "Forest Service") or names a kind of body ("the Rainbow Alliance") and no
    country, area or large town. English nouns are left out: WordNet's take in many towns' names."""
    if len(window) != 1:
        return False
    low = window.text.lower()
    if in_body:
        return (not any(_big(c, WEAK_POPULATION) for c in cands)
                and (low in english_words(doc.vocab) or low in INSTITUTION_WORDS))
    if any(_big(c) for c in cands):
        return False
    if window.start == window.sent.start:
        return low in english_words(doc.vocab)
    # a word the tagger reads as an adjective before a common noun, with no word before it saying where
    # ("the Liberal budget", not "in Liberal" nor a town's name tagged as one, "the Liberal city council")
    after = doc[window.end] if window.end < len(doc) else None
    return (after is not None and after.text.islower() and after.pos_ == "NOUN" and window[0].pos_ == "ADJ"
            and _cue(doc, window.start) in (None, "of") and low in english_words(doc.vocab, ("adj",)))


def _prefix(doc: Doc, i: int) -> bool:
    """Token i is an English prefix joined by a hyphen to the lower-case word after it ("Pre-election")."""
    return (doc[i].lower_ in WORD_PREFIXES and i + 2 < len(doc) and _joined(doc, i + 1)
            and doc[i + 2].text.islower())


def _initialism(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """Token i is an all-capital acronym in parentheses right after a capitalised name whose initials it
    spells ("the Harbour City Council (HCC)"): that name's abbreviation, a place only if the name is one."""
    word = doc[i].text
    if not (word.isalpha() and word.isupper() and len(word) >= 2 and 2 <= i and i + 1 < len(doc)
            and doc[i - 1].text == "(" and doc[i + 1].text == ")"):
        return False
    initials: list[str] = []
    j = i - 2
    while j >= 0 and len(initials) < len(word) and (doc[j].text[:1].isupper() or doc[j].lower_ in PARTICLES
                                                  or doc[j].lower_ in ("of", "for", "and", "&")):
        if doc[j].text[:1].isupper():
            initials.append(doc[j].text[0])
        j -= 1
    if "".join(reversed(initials)) != word:
        return False
    return not gazetteer.lookup(doc[j + 1:i - 1].text)


def _group_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether tokens [start, end) are an actor's name or part of one the text writes out ("Abu" of "the Abu
    Sayyaf Group", "Gran" of "the Gran Grif gang"): a name known never to be a place."""
    if not gazetteer.non_places:
        return False
    firsts = gazetteer.non_place_firsts()
    for lo in range(max(0, start - 3), end):  # (a name may also start inside the span: "the Gran Grif")
        if normalize(doc[lo].text) not in firsts:
            continue  # no such name starts here: most words start none
        for hi in range(max(lo + 1, start + 1), min(len(doc), end + 3) + 1):
            if normalize(doc[lo:hi].text) in gazetteer.non_places:
                return True
    return False


def _accept(doc: Doc, window, gazetteer: Gazetteer, person: list[bool], lower_words: set[str],
            name_parts: set[str], in_body: bool = False) -> Mention | None:
    text = window.text
    listed = _list_kind(doc, window.end)
    if listed:  # "Brown" in "Adams, Brown and Clark counties" is Brown County
        suffix = PLURAL_CUES[listed]
        full = f"{text} {suffix}" if suffix else text
        cands = tuple(c for c in gazetteer.lookup(full) if c.feature in ("ADM1", "ADM2") and c.quality <= 2)
        if cands:
            return Mention(window.start_char, window.end_char, text, "GAZ", cands, None, "admin")
    low = text.lower()
    as_word = low in lower_words and not text.isupper()  # "US" is not the "us" of the same text
    if len(window) == 1 and (_generic(window[0]) or len(text) < 2 or as_word or low in name_parts
                             or low in WORD_TOWNS):
        return None  # a common word (used in lower case in this very text) or part of a person's name
    if _group_name(doc, window.start, window.end, gazetteer) or gazetteer.demonym(text):
        return None
    if len(window) == 1 and (_initialism(doc, window.start, gazetteer) or _prefix(doc, window.start)):
        return None
    cue = _cue(doc, window.start)
    if any(person[j] for j in range(window.start, window.end)) and not (cue in LOCATIVE or _placing(cue)):
        return None
    # without spaCy's word for it, a town needs its own name; areas, countries and big cities (Calcutta,
    # Bombay) may use alternates
    usable = _usable(gazetteer.lookup(text), text, from_ner=False)
    # ... and a name some places bear as their own may also be a populous town's other name in another country
    # ("Westminster": the London borough as well as towns in the United States): the context chooses
    own_countries = {c.country for c in usable if c.quality == PRIMARY}
    cands = tuple(c for c in usable
                  if c.quality == PRIMARY or c.quality == ABBREVIATION
                  or (c.quality == ALTERNATE and (c.feature in ("PCLI", "ADM1", "CONT")
                                                  or c.population >= BIG_CITY
                                                  or (own_countries and c.country not in own_countries
                                                      and c.population >= WEAK_POPULATION))))
    dateline = _dateline(window)
    if text.isupper() and len(text) <= MAX_ACRONYM and not dateline:
        # "UN", "EU": an acronym, not the town "Un" in capitals; a country's or state's code still counts
        cands = tuple(c for c in cands if c.quality == ABBREVIATION or c.feature in ("PCLI", "ADM1"))
    label = "GAZ"
    goes_on = window.end < len(doc) and _capitalised(doc[window.end])  # "in Boni Forest": a longer name
    if not cands and _firm(cue) and not goes_on:  # "residents of X", "in X": a town by another name (_weak)
        cands = tuple(c for c in usable if c.quality == ALTERNATE and c.population >= MIN_GAZETTEER_POPULATION)
        label = ALT_TOWN
    if not cands or (not dateline and _word_not_name(doc, window, cands, in_body)):
        return None
    first_word = window.start == window.sent.start
    # a second-level area's full name of several words ("Davao del Sur") is no word used as a name
    area = (len(window) > 1 and not all(_generic(t) or t.lower_ in ADMIN_CUES for t in window)
            and any(c.feature == "ADM2" and c.quality == PRIMARY for c in cands))  # not "South District"
    big = [c for c in cands if c.feature in ("PCLI", "ADM1") or c.population >= MIN_GAZETTEER_POPULATION]
    if first_word and len(window) == 1 and not (big or dateline):
        return None  # a small town's name opening a sentence is as likely a capitalised word
    if not (big or area) and not _placing(cue):
        label = WEAK  # kept only if the text names the town's region (see _supported)
    if max(c.population for c in cands) < 1000 and not (area or any(c.feature in ("PCLI", "ADM1") for c in cands)):
        return None
    return Mention(window.start_char, window.end_char, text, label, cands, cue,
                   _hint(doc, window.start, window.end, None))


def _supported(weak: list[Mention], strong: list[Mention]) -> list[Mention]:
    """Small towns found only by the gazetteer, kept when another place in the text lies in their region
    ("Hahira" in a text that names Georgia or Valdosta, Georgia)."""
    regions = set()
    for m in strong:
        best = max(m.candidates, key=_prior)
        regions.add((best.country, best.admin1 if best.feature != "PCLI" else None))
        regions.update((c.country, c.admin1) for c in m.candidates if c.feature == "ADM1" and c.quality == 0)
    kept = []
    for m in weak:
        cands = tuple(c for c in m.candidates if (c.country, c.admin1) in regions)
        if cands:
            kept.append(Mention(m.start, m.end, m.text, "GAZ", cands, m.locative, m.hint))
    return kept


# --- resolution -----------------------------------------------------------------------------------------


def _prior(cand: Candidate, hint: str | None = None) -> float:
    weight = FEATURE_WEIGHT.get(cand.feature, 0.3)
    score = weight + POPULATION_WEIGHT * math.log10(cand.population + 10) - QUALITY_PENALTY.get(cand.quality, 1.0)
    if hint == "admin" and cand.feature in ("ADM1", "ADM2"):
        score += HINT_BONUS
    elif hint == "city" and cand.feature.startswith("PPL"):
        score += HINT_BONUS
    elif hint == "region" and cand.feature.startswith("PPL"):
        score -= HINT_BONUS
    return score


def _priors(cands: list[Candidate], hint: str | None = None) -> list[float]:
    """Each candidate's prior, less ``OUTRANKED_PENALTY`` for a name matched only as another name of a place
    (an alternate or loose spelling) when the name is the main name of a place ``OUTRANKED_RATIO`` times as
    populous: a capital's old alternate spelling does not outrank the large city called by that very name.
    An area with fewer people than a town of the same name (a small parish abroad named like a large city)
    has no bonus for its kind over the town, unless the words around the name say it is an area."""
    primary = max((c.population for c in cands if c.quality == PRIMARY), default=0)
    town = max((c.population for c in cands if c.quality == PRIMARY and c.feature.startswith("PPL")), default=0)
    return [_prior(c, hint) - (OUTRANKED_PENALTY if c.quality in (ALTERNATE, STRIPPED, SKELETON)
                               and primary >= OUTRANKED_MIN and primary >= OUTRANKED_RATIO * c.population
                               else 0.0)
            # a small town's other name does not take a name that a bigger town bears as its own ("Maryville",
            # an old name of a town in Texas, besides the Maryvilles of Tennessee, Missouri and Illinois)
            - (SMALLER_ALTERNATE_PENALTY if c.quality in (ALTERNATE, STRIPPED, SKELETON)
               and c.feature.startswith("PPL") and c.population < town else 0.0)
            - (_area_bonus(c) if hint != "admin" and c.feature in ("ADM1", "ADM2") and c.population < town else 0.0)
            for c in cands]


def _area_bonus(area: Candidate) -> float:
    """What an area's kind adds to its prior over a town's."""
    return max(0.0, FEATURE_WEIGHT[area.feature] - FEATURE_WEIGHT["PPL"])


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _votes(cands: list[Candidate], probs: list[float], weight: float = 1.0) -> tuple[Counter, Counter, list, Counter]:
    """A name's probability mass (times ``weight``) per country, per first-level area (a reading as the area
    itself counts ``NAMED_AREA_WEIGHT`` times), on its likely towns' points, and per gazetteer entry."""
    if weight != 1.0:
        probs = [weight * p for p in probs]
    cv: Counter = Counter()
    av: Counter = Counter()
    points = []
    own: Counter = Counter()
    for cand, p in zip(cands, probs, strict=True):
        cv[cand.country] += p  # type: ignore[assignment]  # float weights
        own[cand.id] += p  # type: ignore[assignment]  # float weights
        if cand.feature not in ("PCLI", "CONT") and cand.admin1:
            share = p * (NAMED_AREA_WEIGHT if cand.feature == "ADM1" else 1.0)
            av[(cand.country, cand.admin1)] += share  # type: ignore[assignment]  # float weights
        if p >= 0.05 and cand.feature.startswith(("PPL", "ADM2")):
            points.append((cand.lat, cand.lon, p, cand.id))
    return cv, av, points, own


@dataclass
class _Context:
    """Where the rest of the document points: countries and first-level areas, with weights."""

    countries: Counter
    admins: Counter
    named: set  # countries the document itself is about (before spreading to neighbours)
    points: list  # (lat, lon, weight, entry id) of the other names' likely towns
    same: Counter  # mass other names put on each gazetteer entry itself
    named_total: float = 0.0  # the countries' mass before the spread to neighbours
    regions: list | None = None  # (lat, lon, weight, country) of the countries the document names
    within: set = field(default_factory=set)  # areas named right after the name ("Florence, Italy")
    pairs: dict = field(default_factory=dict)  # candidate id -> other names that can be read beside it

    @cached_property
    def _regions_total(self) -> float:
        return sum(w for _, _, w, _ in self.regions or ()) or 1.0

    @cached_property
    def _points_total(self) -> float:
        return sum(w for _, _, w, _ in self.points)

    def regional(self, cand: Candidate) -> float:
        """Share of the document's country mass in the candidate's own country or within ``REGION_KM`` of
        it: a namesake on another continent from everything else the text names (a small province of a
        southern African country, in a text about the Middle East) loses to the one in the region."""
        if not self.regions or cand.feature in ("PCLI", "CONT"):
            return 0.0
        close = sum(w for lat, lon, w, code in self.regions
                    if code == cand.country or _close(cand.lat, cand.lon, lat, lon, REGION_KM))
        return REGION_WEIGHT * close / self._regions_total

    def score(self, cand: Candidate) -> float:
        # shares of the mass the document itself puts on countries: the spread to neighbours adds to them
        # without diluting the countries named
        # a pseudo-count of EVIDENCE_PRIOR: one passing name is weaker evidence than many agreeing ones
        c_total = (self.named_total or sum(self.countries.values())) + EVIDENCE_PRIOR
        a_total = sum(self.admins.values()) + EVIDENCE_PRIOR
        if cand.feature == "PCLI":  # a country is as close to the context as its areas are
            near = sum(w for (code, _), w in self.admins.items() if code == cand.country)
        else:
            # another name for this very entry ("Kuwait City" for "Kuwait") is not evidence for it: the
            # context is what the document says around the place, not the place again
            near = max(0.0, self.admins[(cand.country, cand.admin1)] - self.same[cand.id])  # type: ignore[assignment]
        score = COUNTRY_WEIGHT * self.countries[cand.country] / c_total + ADMIN1_WEIGHT * near / a_total
        if self.points and cand.feature.startswith(("PPL", "ADM2")):
            close = sum(w for lat, lon, w, ident in self.points
                        if ident != cand.id and _close(cand.lat, cand.lon, lat, lon))
            score += NEARBY_WEIGHT * close / self._points_total
        return score + self.regional(cand) + PAIR_BONUS * min(self.pairs.get(cand.id, 0), PAIR_MAX)


_KM_PER_DEGREE = 6371.0 * math.pi / 180


def _close(lat1: float, lon1: float, lat2: float, lon2: float, km: float = 100.0) -> bool:
    """Within ``km`` (equirectangular approximation, good enough at that range)."""
    if abs(lat2 - lat1) * _KM_PER_DEGREE > km:  # the latitude difference alone is too far (the usual case)
        return False
    dx = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    dy = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(dx, dy) <= km


def _same_name(key: str, other: str) -> bool:
    """Two keys of one name (the town and the area read apart, see ``_key``): the towns one reading may be
    are no nearby support for the other's ("Hohoe town (Hohoe, Volta)": the namesake town the name is
    another spelling of is not near the town because the name is said twice)."""
    return key.split("\x00")[0] == other.split("\x00")[0]


def _context(key: str, votes: dict[str, tuple[Counter, Counter, list, Counter]], demonyms: Counter,
             gazetteer: Gazetteer | None) -> _Context:
    # a demonym's say grows with the log of its mentions, as a place name's does ("American" said four times
    # in a story set in Toronto is one country's people, not four pieces of evidence for where it happens)
    countries: Counter = Counter({c: 1.5 * (1.0 + MENTION_WEIGHT * math.log(n)) for c, n in demonyms.items() if n})
    admins: Counter = Counter()
    points: list = []
    same: Counter = Counter()
    for other, (cv, av, pts, own) in votes.items():
        if other != key:
            countries.update(cv)
            admins.update(av)
            points.extend(pts if not _same_name(key, other) else ())
            same.update(own)
    named = {code for code, weight in countries.items() if weight >= 0.5}
    named_total = sum(countries.values())
    regions = []
    if gazetteer is not None:
        for code, weight in countries.items():
            point = gazetteer.country(code) if code else None
            if point is not None and weight > 0:
                regions.append((point.lat, point.lon, weight, code))
    if gazetteer is not None:  # a neighbour of a named country is likelier than a far one
        for code, weight in list(countries.items()):
            for near in gazetteer.neighbours(code or ""):
                countries[near] += 0.3 * weight  # type: ignore[assignment]  # float weights
    return _Context(countries, admins, named, points, same, named_total, regions)


def _scores(mention: Mention, cands: list[Candidate], context: _Context) -> list[float]:
    country_name = any(c.feature == "PCLI" and c.quality == PRIMARY for c in cands)
    # first-level areas of note whose own name this is ("California", "Oklahoma", "New Brunswick"), in a
    # country the document is about (a province abroad does not take the name from a village the text places)
    areas = {(c.country, c.admin1) for c in cands
             if c.feature == "ADM1" and c.quality == PRIMARY and c.population >= NAMESAKE_AREA_MIN
             and (not context.named or c.country in context.named)}
    # a huge one abroad ("England" in a text naming Texas and Montana) is what the name means too, unless the
    # text names the town's own area (the village "in Altiplano")
    huge = {(c.country, c.admin1) for c in cands
            if c.feature == "ADM1" and c.quality == PRIMARY and c.population >= HUGE_AREA} - areas

    def namesake(c: Candidate) -> bool:
        if country_name or areas and (c.country, c.admin1) not in areas:
            return True
        return bool(huge) and (c.country, c.admin1) not in huge and context.admins[(c.country, c.admin1)] < 0.5

    return [
        prior + context.score(c)
        + (HINT_BONUS if mention.hint is None and _main_city_of(c, cands) else 0.0)
        + (GREAT_CITY_BONUS if _great_city(c, cands, context) else 0.0)
        + (QUALIFIER_BONUS if _qualified(c, context.within) else 0.0)
        - (COUNTRY_NAME_PENALTY if namesake(c) and _namesake_town(c, mention.hint)
           and not _qualified(c, context.within) else 0.0)
        for c, prior in zip(cands, _priors(cands, mention.hint), strict=True)
    ]


GREAT_CITY = 1_000_000
GREAT_CITY_RATIO = 100.0
GREAT_CITY_BONUS = HINT_BONUS


def _great_city(cand: Candidate, cands: list[Candidate], context: _Context) -> bool:
    """A city of a million or more people in a country the text names, against namesakes a hundred times
    smaller: "Toronto" in a story that names Canada is the city, however many places of another country the
    story names (they vote for that country's namesake town, which the text does not place)."""
    if not (cand.feature.startswith("PPL") and cand.quality == PRIMARY and cand.population >= GREAT_CITY
            and cand.country in context.named):
        return False
    others = [c for c in cands if c.country != cand.country and c.feature.startswith("PPL")]
    return bool(others) and all(GREAT_CITY_RATIO * c.population <= cand.population for c in others)


def _qualified(cand: Candidate, within: set) -> bool:
    """The candidate lies in the country or first-level area the text names right after it
    ("Florence, Italy", "Lebanon, Tenn.")."""
    if not within or cand.feature in ("PCLI", "CONT"):
        return False
    return (cand.country, None) in within or (cand.country, cand.admin1) in within


def _namesake_town(cand: Candidate, hint: str | None) -> bool:
    """A town sharing a country's own name ("Norway", Maine; "Egypt" as a town's alternate name), or the name
    of a populous first-level area it does not lie in ("California", a borough in Pennsylvania): the name
    means the country or the area unless the text calls it a town or places it ("Norway, Maine": see
    ``_qualified``); the document's country or area context alone never makes it the town. A city named
    like its own area (New York, Aleppo) is no namesake of it."""
    return cand.feature.startswith("PPL") and cand.population < BIG_CITY and hint != "city"


def _areas(mention: Mention, second: bool = False) -> set[tuple[str | None, str | None]]:
    """The (country, None) / (country, admin1) areas a name can mean (for an area without towns, its country);
    with ``second``, also the first-level area a second-level area's own name places it in."""
    areas: set[tuple[str | None, str | None]] = set()
    for c in mention.candidates:
        if c.quality > ABBREVIATION:
            continue
        if c.feature == "PCLI":
            areas.add((c.country, None))
        elif c.feature == "ADM1":
            # an area with no known towns (a newer area the gazetteer has from ISO 3166-2 alone) can only
            # place a name in its country: the towns in it are filed under the areas it was cut from
            areas.add((c.country, c.admin1) if c.population else (c.country, None))
        elif second and c.feature == "ADM2" and c.quality == PRIMARY and c.admin1:
            areas.add((c.country, c.admin1))  # "Santa Maria, Davao del Sur": the province's region
    return areas


_PAREN = re.compile(r"\(([^()]{1,200})\)")
_BEFORE_PAREN = re.compile(r"^\s*(?:([A-Za-z][a-z-]*)\s*)?$")


def _qualifiers(doc: Doc, mentions: list[Mention]) -> tuple[dict[str, set], set[str]]:
    """For each name, the (country, None) / (country, admin1) areas that a name right after it and a comma
    could mean ("Florence, Italy" -> {(IT, None)}; "Rome, Ga." -> {(US, Georgia)}), or that the
    parenthesis after it names ("Lubwaga (Budaka, Eastern)", "Hilo town (Hawaii)"); and the names placed
    by a parenthesis, which must lie in one of those areas: a parenthesis lists where the place is, so a
    namesake elsewhere is not it ("Paris (Budaka, Uganda)" is no town in France). In a
    parenthesis each name is placed by the names after it ("(Budaka, Eastern)")."""
    out: dict[str, set] = defaultdict(set)
    strict: set[str] = set()
    text = doc_text(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    listed = _area_lists(text, ordered)
    for here, after in zip(ordered, ordered[1:], strict=False):
        if text[here.end:after.start].strip() != ",":
            continue
        if any(c.feature == "PCLI" and c.quality == PRIMARY for c in here.candidates):
            continue  # a list of countries ("Iraq, Iran and Syria"), not a town placed in an area
        if id(here) in listed and id(after) in listed:
            continue  # a list of states ("Georgia, Oklahoma, Pennsylvania and Ohio"), not a town placed
        out[_key(here)].update(_areas(after, second=True))
    for paren in _PAREN.finditer(text):
        lo, hi = paren.span()
        inside = [m for m in ordered if lo < m.start and m.end < hi]
        if not inside or not _names_only(text, lo + 1, hi - 1, inside):
            continue  # "(including neighbouring Egypt)" says something else than where a place is
        head = next((m for m in reversed(ordered) if m.end <= lo), None)
        gap = _BEFORE_PAREN.match(text[head.end:lo]) if head is not None else None
        placed = list(inside)
        noun = gap.group(1) if gap else None
        # a capitalised noun too: "Banda District (Bono)", where the name is the area the noun says it is
        if head is not None and gap and (noun is None or (noun.islower() or noun.istitle())
                                         and noun.lower() in PLACE_NOUNS | LISTED_NOUNS):
            if len(inside) == 1 and _same_place(head, inside):
                continue  # another name for the place before it ("Myanmar (Burma)", "Congo (DRC)")
            placed.insert(0, head)
        for k, name in enumerate(placed):
            areas = set().union(*(_areas(q) for q in placed[k + 1:])) if k + 1 < len(placed) else set()
            if areas:
                out[_key(name)].update(areas)
                strict.add(_key(name))
    return out, strict


_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
MIN_AREA_LIST = 3


def _area_lists(text: str, ordered: list[Mention], towns: bool = True) -> set[int]:
    """The mentions (by ``id``) in enumerations of at least ``MIN_AREA_LIST`` names joined by commas or
    "and" that can all be countries or first-level areas by their own names ("Georgia, Oklahoma,
    Pennsylvania, Wisconsin and California"); with ``towns=False``, only enumerations with a name that no
    town or country bears as its own ("Pennsylvania"): the list is of areas, not of countries or of cities
    named like their provinces."""
    out: set[int] = set()
    run: list[Mention] = []
    for m in [*ordered, None]:
        if m is not None and run and _JOINER.match(text[run[-1].end:m.start]) and _area_name(m):
            run.append(m)
            continue
        if len(run) >= MIN_AREA_LIST and (towns or any(_only_area_name(r) for r in run)):
            out.update(id(r) for r in run)
        run = [m] if m is not None and _area_name(m) else []
    return out


def _only_area_name(m: Mention) -> bool:
    """A name that is a first-level area's own name and no country's or town's ("Pennsylvania")."""
    own = {c.feature[:3] for c in m.candidates if c.quality == PRIMARY}
    return "ADM" in own and not own & {"PPL", "PCL"}


def _listed_areas(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions in an enumeration of areas (see ``_area_lists``) are areas: "Washington" among "Utah,
    Washington, West Virginia and Wyoming" is the state."""
    listed = _area_lists(doc_text(doc), sorted(mentions, key=lambda m: m.start), towns=False)
    return [replace(m, hint="admin") if id(m) in listed and m.hint is None else m for m in mentions]


def _can_be_country(m: Mention) -> bool:
    """One of the name's readings is a country by its own or another of its names."""
    return any(c.feature == "PCLI" and c.quality <= ALTERNATE for c in m.candidates)


def _sure_country(m: Mention) -> bool:
    """A name of a country (its own or another of its names: "Congo") that is no populous area's or big
    city's own name ("Egypt", "Congo"; not "Georgia")."""
    own = [c for c in m.candidates if c.quality == PRIMARY]
    return _can_be_country(m) and not any(
        (c.feature == "ADM1" and c.population >= NAMESAKE_AREA_MIN)
        or (c.feature.startswith("PPL") and c.population >= BIG_CITY) for c in own)


def _listed_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name joined by a comma, "and" or a slash to a country's own name is a country too, where it can be
    one: "Niger" in "Egypt and Niger" is the country, not the Nigerian state; "Zaire" in "Zaire/Congo" the
    former name of a country, not the Angolan province. Only its country readings are kept."""
    text = doc_text(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    countries: set[int] = set()
    for a, b in itertools.pairwise(ordered):
        between = text[a.end:b.start]
        slash = between.strip() == "/" or (not between.strip() and "/" in text[a.end - 1:b.start + 1])
        if not (_JOINER.match(between) or slash):
            continue
        for one, other in ((a, b), (b, a)):
            if _sure_country(other) and _can_be_country(one):
                countries.add(id(one))
    return [replace(m, candidates=tuple(c for c in m.candidates if c.feature == "PCLI"))
            if id(m) in countries else m for m in mentions]


def _area_name(m: Mention) -> bool:
    return any(c.feature in ("ADM1", "PCLI") and c.quality == PRIMARY for c in m.candidates)


_LIST_WORDS = re.compile(r"[\s,;/&]+|\b(?:and|or)\b")


def _names_only(text: str, lo: int, hi: int, inside: list[Mention]) -> bool:
    """The text between ``lo`` and ``hi`` is the names ``inside`` it, separated by commas or "and", and
    perhaps words for their kind ("Budaka district, Eastern region") or capitalised words of the names that
    the mentions leave out ("Ada West" read as "Ada"); a lower-case word says something else ("including")."""
    rest = []
    at = lo
    for m in inside:
        rest.append(text[at:m.start])
        at = m.end
    rest.append(text[at:hi])
    words = _LIST_WORDS.sub(" ", " ".join(rest)).split()
    return all(w[:1].isupper() or w in PLACE_NOUNS or w in ADMIN_CUES for w in words)


def _same_place(head: Mention, inside: list[Mention]) -> bool:
    """A name in the parenthesis after ``head`` that can be the very place ``head`` is: an alias or an
    abbreviation, not an area the place lies in (when it stands alone: in "Nairobi (Starehe, Nairobi)" the
    town is placed in the county of its name)."""
    ids = {c.id for c in head.candidates}
    return any(c.id in ids for m in inside for c in m.candidates)


def resolve_mentions(doc: Doc, mentions: list[Mention], missing: list[Mention], demonyms: Counter,
                     gazetteer: Gazetteer | None = None) -> list[Place]:
    """Rank each mention's candidates in the document's context; return Place records in text order.

    The context is refined over ``ROUNDS``: each name votes for countries and areas with its current
    probabilities, so names that can only be read together (Lebanon and Wilson County, both in Tennessee)
    pull each other towards the reading they share.
    """
    mentions, dropped = _unlikely_readings(mentions, demonyms)
    mentions = _listed_areas(doc, mentions)
    mentions = _listed_countries(doc, mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[_key(m)].append(m)
    for group in groups.values():
        group[0] = _lead(group)
    cands = {key: list(group[0].candidates) for key, group in groups.items()}
    # a name's say in the context grows with the log of its mentions (a text's main places are repeated)
    weights = {key: 1.0 + MENTION_WEIGHT * math.log(len(group)) for key, group in groups.items()}
    votes = {key: _votes(c, _softmax(_priors(c, groups[key][0].hint)), weights[key])
             for key, c in cands.items()}
    contexts: dict[str, _Context] = {}
    within, strict = _qualifiers(doc, mentions)
    for key in strict:  # a name placed by a parenthesis: only its readings in the areas it names
        cands[key] = [c for c in cands[key] if _qualified(c, within[key])]
        votes[key] = (_votes(cands[key], _softmax(_priors(cands[key], groups[key][0].hint)), weights[key])
                      if cands[key] else (Counter(), Counter(), [], Counter()))
    pairs = _pairs(cands)

    def read_contexts() -> dict[str, _Context]:
        """Each name's context from the other names' current votes."""
        made = {key: _context(key, votes, demonyms, gazetteer) for key in groups}
        for key, context in made.items():
            context.within = within.get(key, set())
            context.pairs = pairs.get(key, {})
        return made

    for _ in range(ROUNDS):
        contexts = read_contexts()
        for key, group in groups.items():
            # loose (skeleton) spellings only count for places in a country the document is about
            named = contexts[key].named
            cands[key] = [c for c in group[0].candidates if c.quality != SKELETON or c.country in named]
            if key in strict:
                cands[key] = [c for c in cands[key] if _qualified(c, within[key])]
            if cands[key]:
                votes[key] = _votes(cands[key], _softmax(_scores(group[0], cands[key], contexts[key])),
                                    weights[key])
    _county_names(groups, cands, contexts)
    abroad = _outside_qualifier(doc, mentions, groups, cands, contexts)
    if abroad:  # the names read without the namesakes abroad that the rejected towns voted for
        for key in abroad:
            votes[key] = (Counter(), Counter(), [], Counter())
        contexts = read_contexts()
    places: list[Place] = []
    for key, group in groups.items():
        if key in abroad:
            places.extend(_unresolved(doc, m, abroad[key]) for m in group)
            continue
        if key in strict and not cands[key]:
            places.extend(_unresolved(doc, m, NOT_IN_AREA) for m in group)
            continue
        places.extend(_decide(doc, group, cands[key], contexts[key]))
    places.extend(_unresolved(doc, m, STREET if m.hint == "street" else NOT_IN_GAZETTEER) for m in missing)
    places.extend(_unresolved(doc, m, reason) for m, reason in dropped)
    places.sort(key=lambda p: p.span.start)
    return places


ALT_UNNAMED = "only another name of a town in no country the text names (its places, demonyms or actors)"
COUNTRY_AS_TOWN = "a town or village named like a country: the gazetteer lacks it"


# a reading beside another name's reading (``_beside``) gains this much per such name, up to PAIR_MAX names
PAIR_BONUS = 2.5
PAIR_MAX = 2
PAIR_KM = 10.0
_LOCAL = ("PPL", "ADM2")


def _famous(cands: list[Candidate]) -> bool:
    """A name one reading of which is a country, a first-level area, a capital or a big city: its small
    namesakes near another name's small namesake are a coincidence (London and Glasgow, two villages
    in West Virginia), not evidence."""
    return any(c.quality == PRIMARY and (c.feature in ("PCLI", "ADM1", "PPLC") or c.population >= BIG_CITY)
               for c in cands)


def _inside(words: list[str], other: list[str]) -> bool:
    """``words`` occur together in ``other`` ("richmond" in "city of richmond")."""
    n = len(words)
    return any(other[i:i + n] == words for i in range(len(other) - n + 1))


_CELL = PAIR_KM / 111.0  # degrees per grid cell: PAIR_KM of latitude


@dataclass
class _Local:
    """A name's local readings (towns and counties by their own name), indexed for ``_pairs``: the county a
    town lies in, a county's own name, and grid cells of ``PAIR_KM``."""

    readings: list[Candidate]
    counties: dict[tuple, list[int]]  # (country, admin1, county name) -> ids of counties of that name
    in_county: dict[tuple, list[int]]  # (country, admin1, county name) -> ids of towns in that county
    cells: dict[tuple[int, int], list[Candidate]]

    @classmethod
    def of(cls, cands: list[Candidate]) -> _Local:
        readings = [c for c in cands if c.quality == PRIMARY and c.feature.startswith(_LOCAL) and c.country]
        counties: dict[tuple, list[int]] = defaultdict(list)
        in_county: dict[tuple, list[int]] = defaultdict(list)
        cells: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
        for c in readings:
            if c.feature == "ADM2":
                counties[(c.country, c.admin1, normalize(c.name))].append(c.id)
            elif c.admin2:
                in_county[(c.country, c.admin1, normalize(c.admin2))].append(c.id)
            cells[_cell(c)].append(c)
        return cls(readings, counties, in_county, cells)


def _cell(c: Candidate) -> tuple[int, int]:
    return int(c.lat // _CELL), int(c.lon // _CELL)


def _beside(here: _Local, there: _Local, near: bool) -> set[int]:
    """Ids of ``here``'s readings with a reading of ``there`` beside them: a town and the county (second-level
    area) it lies in, either way round, or (with ``near``) two towns or counties within ``PAIR_KM`` of each
    other. Only readings by a place's own name count (an alternate spelling matches too widely)."""
    found = {i for key, ids in here.in_county.items() if key in there.counties for i in ids}
    found |= {i for key, ids in here.counties.items() if key in there.in_county for i in ids}
    if near:
        for (y, x), readings in here.cells.items():
            # a cell spans PAIR_KM of latitude but less of longitude away from the equator
            reach = math.ceil(1.0 / max(math.cos(math.radians(min(abs(y), abs(y + 1)) * _CELL)), 0.05))
            close = [o for dy in (-1, 0, 1) for dx in range(-reach, reach + 1)
                     for o in there.cells.get((y + dy, x + dx), ())]
            found |= {c.id for c in readings for o in close
                      if o.country == c.country and _close(c.lat, c.lon, o.lat, o.lon, PAIR_KM)}
    return found


def _pairs(cands: dict[str, list[Candidate]]) -> dict[str, dict[int, int]]:
    """For each name (key), its readings' counts of other names with a reading beside them (``_beside``):
    "Richmond" and "Madison County" together are the Kentucky town and its county, though each alone is
    likelier elsewhere. A name inside another ("Richmond", "City of Richmond") is no independent evidence;
    between two names of which either is ``_famous`` only a town and its county count."""
    keys = [k for k, c in cands.items() if c]
    words = {k: k.split("\x00")[0].split() for k in keys}
    famous = {k: _famous(cands[k]) for k in keys}
    local = {k: _Local.of(cands[k]) for k in keys}
    out: dict[str, dict[int, int]] = {}
    for key in keys:
        counts: Counter = Counter()
        if local[key].readings:
            for other in keys:
                if (other == key or not local[other].readings or _inside(words[key], words[other])
                        or _inside(words[other], words[key])):
                    continue
                counts.update(_beside(local[key], local[other], not (famous[key] or famous[other])))
        out[key] = dict(counts)
    return out


def _unlikely_readings(mentions: list[Mention], countries: Counter) -> tuple[list[Mention], list[tuple[Mention, str]]]:
    """(mentions, dropped with the reason): readings the words around a name rule out, removed before the
    names vote in the context, so that a name left with none casts no vote (it would pull the other names
    abroad). A name the text calls a town ("the village of X", "X town") is no country (unless written as
    its abbreviation, an adjective: "a U.S. city"); a town matched by
    another of its names after a firm cue (``ALT_TOWN``) keeps the readings in the countries the text
    may name (its demonyms and actors' countries, any reading of its other names; ``_weak`` then asks for
    a country the context settles on)."""
    named = {code for code, n in countries.items() if n > 0}
    named.update(c.country for m in mentions if m.label != ALT_TOWN for c in m.candidates)
    kept: list[Mention] = []
    dropped: list[tuple[Mention, str]] = []
    for m in mentions:
        cands = m.candidates
        if m.hint == "city":  # but "U.S. city", "UK town": the abbreviation is the country's, as an adjective
            cands = tuple(c for c in cands if c.feature != "PCLI" or c.quality == ABBREVIATION)
        if m.label == ALT_TOWN:
            cands = tuple(c for c in cands if c.country in named)
        if cands:
            kept.append(m if cands == m.candidates else replace(m, candidates=cands))
        else:
            dropped.append((m, ALT_UNNAMED if m.label == ALT_TOWN else COUNTRY_AS_TOWN))
    return kept, dropped


def _in_list(text: str, ordered: list[Mention], k: int) -> bool:
    """Mention ``k`` of ``ordered`` and the next one are part of a longer enumeration ("Paris, Lyon and
    Nice"): a name joined to them by a comma or "and" before or after the pair. A country after the pair
    that holds the second name's area goes on placing it, not listing ("Stroud, Ontario, Canada")."""
    before = k > 0 and _JOINER.match(text[ordered[k - 1].end:ordered[k].start])
    after = (k + 2 < len(ordered) and _JOINER.match(text[ordered[k + 1].end:ordered[k + 2].start])
             and not _holds(ordered[k + 2], ordered[k + 1]))
    return bool(before or after)


def _holds(country: Mention, area: Mention) -> bool:
    """``country`` is a country's name and ``area`` a first-level area's name in it ("Ontario, Canada")."""
    codes = {c.country for c in country.candidates if c.feature == "PCLI" and c.quality <= ABBREVIATION}
    return any(c.feature == "ADM1" and c.country in codes and c.quality <= ALTERNATE for c in area.candidates)


def _outside_qualifier(doc: Doc, mentions: list[Mention], groups: dict[str, list[Mention]],
                       cands: dict[str, list[Candidate]], contexts: dict[str, _Context]) -> dict[str, str]:
    """Names (key -> reason) placed by a comma in an area whose country holds none of their readings: in
    "Kiunga, Lamu" with Lamu read as the Kenyan county (or its town), a Kiunga abroad is a namesake, not the
    place (the gazetteer lacks the Kenyan one). Left alone: a big city's name (a comma after it more often
    lists than places: "Paris, Berlin"), names in an enumeration, and names after a country's name."""
    text = doc_text(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    out: dict[str, str] = {}
    for k, (here, after) in enumerate(zip(ordered, ordered[1:], strict=False)):
        key, area_key = _key(here), _key(after)
        if (text[here.end:after.start].strip() != "," or key == area_key or not cands.get(key)
                or not cands.get(area_key) or _in_list(text, ordered, k)):
            continue
        if any(c.feature in ("PCLI", "CONT") for c in here.candidates):
            continue
        area = _best(groups[area_key][0], cands[area_key], contexts[area_key])
        # the area itself, or a town named like the area it lies in ("Lamu", the county's town)
        if not (area.feature in ("PCLI", "ADM1") or (area.country, area.admin1) in _areas(after)):
            continue
        # a big city's name followed by a city's or a country's name more often lists than places
        # ("Paris, Berlin"); a first-level area no big city is named after places it ("Bradford, Ontario")
        if any(c.population >= BIG_CITY for c in here.candidates) and (
                area.feature != "ADM1" or any(c.feature.startswith("PPL") and c.population >= BIG_CITY
                                              for c in after.candidates)):
            continue
        if all(c.country != area.country for c in cands[key]):
            out[key] = f"{NOT_IN_AREA}: none in {area_name(area.admin1 or area.name)} ({area.country})"
    return out


def _lead(group: list[Mention]) -> Mention:
    """The mention that speaks for a name's group (its first), with the hint the words around any of its
    mentions give: one sense per discourse, so "the province of Ontario" once makes every "Ontario" the
    province. Where mentions disagree, the commonest hint wins (the earliest on a tie)."""
    hints = Counter(m.hint for m in group if m.hint and m.hint != "street")
    first = group[0].hint
    if not hints or first is not None and hints[first] == max(hints.values()):
        return group[0]
    return replace(group[0], hint=hints.most_common(1)[0][0])


COUNTY_WORDS = ("county", "parish", "borough")
COUNTY_TOWN_KM = 60.0


def _best(mention: Mention, cands: list[Candidate], context: _Context) -> Candidate:
    scores = _scores(mention, cands, context)
    return cands[max(range(len(cands)), key=lambda i: scores[i])]


def _county_names(groups: dict[str, list[Mention]], cands: dict[str, list[Candidate]],
                  contexts: dict[str, _Context]) -> None:
    """A bare name the text also gives as a county ("Osceola" beside "Osceola County") is that county, or a
    town of the name in it: its readings narrow (in ``cands``) to the county's first-level area."""
    for key, group in groups.items():
        longer = next((f"{key} {word}" for word in COUNTY_WORDS if f"{key} {word}" in groups), None)
        if longer is None or not cands[key] or not cands[longer]:
            continue
        county = _best(groups[longer][0], cands[longer], contexts[longer])
        best = _best(group[0], cands[key], contexts[key])
        if county.feature != "ADM2" or (best.country, best.admin1) == (county.country, county.admin1):
            continue
        towns = [c for c in cands[key] if (c.country, c.admin1) == (county.country, county.admin1)
                 and (c.admin2 == county.name or _close(c.lat, c.lon, county.lat, county.lon, COUNTY_TOWN_KM))]
        cands[key] = towns or [county]


def _decide(doc: Doc, group: list[Mention], cands: list[Candidate], context: _Context) -> list[Place]:
    if not cands:
        return [_unresolved(doc, m, "only loose spellings matched, none in the document's countries")
                for m in group]
    scores = _scores(group[0], cands, context)
    probs = _softmax(scores)
    best = max(range(len(cands)), key=lambda i: scores[i])
    reason = _weak(group[0], cands[best], context)
    return [_unresolved(doc, m, reason) if reason else _place(doc, m, cands[best], probs[best])
            for m in group]


def _main_city_of(city: Candidate, cands: list[Candidate]) -> bool:
    """A city that gives its name to a candidate area and holds half its people (Aleppo, Kirkuk):
    without a word saying "province", news means the city."""
    if not city.feature.startswith("PPL") or city.quality != PRIMARY:
        return False
    if any(a.feature == "PCLI" for a in cands):
        return False
    # an area whose only town is this one (an ADM2 built from a single town) is the town, not a larger area
    return any(a.feature in ("ADM1", "ADM2") and a.country == city.country and a.admin1 == city.admin1
               and a.population > city.population >= 0.5 * a.population for a in cands)


def _weak(mention: Mention, best: Candidate, context: _Context) -> str | None:
    """Why the best candidate should not be forced on the mention, or None.

    A small town is not forced on a name the text calls a region ("the X") unless the text names the town's
    own first-level area; nor on a name when the town lies outside every country the document names or
    borders (for spaCy's places only when the document's countries are clear: one named at least twice, or
    when the name is only another name of the town, not its own: a foreign namesake by a variant spelling);
    nor, in a text that names no country at all, a town of under ``MIN_GAZETTEER_POPULATION`` found by
    another name only (a surname or a local word that a far village also bears as a variant). A town the
    gazetteer matched by another of its names only for a firm cue (``ALT_TOWN``: "residents of X") needs
    its country named by the text (its places, demonyms or actors), whatever its size.
    """
    if mention.label == ALT_TOWN and best.country not in context.named:
        return _unnamed_alternate(best)
    small = best.feature.startswith("PPL") and best.population < WEAK_POPULATION
    if not small:
        return None
    countries = context.countries
    if mention.hint == "region" and not context.admins[(best.country, best.admin1)]:
        return f"a region or natural feature: the gazetteer only has a town {best.name} ({best.country})"
    outside = bool(countries) and countries[best.country] == 0
    clear = bool(context.named) and max(countries[c] for c in context.named) >= CLEAR_COUNTRY
    variant = best.quality in (ALTERNATE, STRIPPED, SKELETON)  # not the town's own name
    if outside and (mention.label in ("NORP", "GAZ", ALT_TOWN) or clear or variant):
        return f"only candidate ({best.name}, {best.country}) lies outside the document's countries"
    if variant and clear and best.country not in context.named:
        # a neighbour of the countries a text is clearly about counts only for a town's own name: "Kalam" in
        # a story on Pakistan is no other name of an Indian town
        return _unnamed_alternate(best)
    if variant and not countries and best.population < MIN_GAZETTEER_POPULATION:
        return f"only another name of a small town ({best.name}, {best.country}), and no country in the text"
    return None


def _unnamed_alternate(best: Candidate) -> str:
    return f"only another name of a town ({best.name}, {best.country}) in no country the text names"


# --- echoes: one sense per discourse for recognition -----------------------------------------------------

# Entities whose name may open with a town's name ("Millbrook Police", "Millbrook Senior Center").
NAMED_BODIES = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "NORP"})
# Last words of the name of a town's body, building or event ("Millbrook Riding Club", "Millbrook Film Festival").
BODY_WORDS = NAME_WORDS | frozenset(
    "association society foundation committee commission chamber agency service services clinic centre "
    "arena stadium theater theatre hall fair festival show league team elementary academy branch "
    "corporation cooperative partnership coalition alliance council board".split())


SURE_SCORE = 0.9  # a resolution this sure settles the sense of its name in the document


def agree_with_sure_names(places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """One sense per discourse across spellings: a name read on its own with doubt takes the place that a
    longer mention of it settled ("Athens-Clarke County" ... "Athens"; "Paris, Texas" ... "Paris"), when
    that place is among the name's own candidates."""
    sure: dict[str, Place] = {}
    for place in places:
        if place.resolved and place.score >= SURE_SCORE and place.name and place.span.text != place.name:
            sure.setdefault(normalize(place.name), place)
    if not sure:
        return places
    def entry(p: Place | Candidate) -> tuple:
        return p.geonameid, p.name, p.country

    out = []
    for place in places:
        settled = sure.get(normalize(place.span.text))
        if (settled is not None and place.resolved and place.score < SURE_SCORE and entry(place) != entry(settled)
                and any(entry(c) == entry(settled) for c in gazetteer.lookup(place.span.text))):
            place = replace(settled, span=place.span)
        out.append(place)
    return out


def echo_places(doc: Doc, places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """``places`` and the other mentions of each resolved name (one sense per discourse), in text order:
    the same capitalised words elsewhere in the document, however spaCy tagged them there ("Millbrook
    police found", "a Millbrook grand jury", "the Millbrook Senior Center"), resolved alike. Words that
    are part of a longer proper name ("Tom Millbrook", "Millbrook Harris"), a person's doing ("Millbrook
    said") and names that are a person's surname in the document are left alone."""
    first: dict[str, Place] = {}
    for place in places:
        name = place.span.text
        if (place.resolved and len(name) > 2 and name[:1].isupper() and not name.isupper()
                and name.split()[0].lower() not in STOP_WORDS and not gazetteer.demonym(name)):
            first.setdefault(name, place)
    ents = doc_ents(doc)
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            for token in ent[1:]:
                first.pop(token.text, None)  # a surname here: "Tom Millbrook"
    if not first:
        return places
    text = doc_text(doc)
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, sorted(first, key=len, reverse=True)))
                         + r")(?![\w-])")
    matches = [(m.start(), m.end()) for m in pattern.finditer(text)]
    taken = [(p.span.start, p.span.end) for p in places]
    matches = [(a, b) for a, b in matches if not any(a < end and start < b for start, end in taken)]
    if not matches:
        return places
    owner = {k: ent for ent in ents for k in range(ent.start, ent.end)}
    lower_words = {t.text for t in doc_tokens(doc) if t.is_alpha and t.text.islower()}
    echoes = []
    for start, end in matches:
        span = doc.char_span(start, end)
        if (span is None or not _free_standing(doc, span.start, span.end, owner.get(span.start), lower_words)
                or (len(span) == 1 and _group_use(doc, span.start))):
            continue  # "Samburu herders" beside "in Samburu": the group, not the place
        echoes.append(dataclasses.replace(first[text[start:end]], span=Span.of(text, start, end)))
    return sorted(places + echoes, key=lambda p: p.span.start) if echoes else places


def _free_standing(doc: Doc, start: int, end: int, ent, lower_words: set[str]) -> bool:
    """Tokens [start, end) name something by themselves: not the tail of a longer proper name, not the
    subject of a verb in a person's entity ("Millbrook said"), and followed only by plain words (an
    office's or a body's: "Millbrook Police Chief") up to an office's title, after which comes the
    holder's name ("Millbrook Mayor Jo Doe"), or by the words of a body's name that ends with its kind
    ("Millbrook Senior Center", "Millbrook Volunteer Fire Department")."""
    toks = doc_tokens(doc)
    if start > 0 and not toks[start].is_sent_start:
        before = toks[start - 1]
        if _name_token(before) and not _generic(before) and before.lower_ not in PARTICLES:
            return False
    if ent is not None and (_strip_the(doc, ent.start, ent.end) != start
                            or (ent.label_ not in NAMED_BODIES and ent.label_ not in PLACE_LABELS
                                and ent.label_ != "PERSON")):
        return False
    after = toks[end] if end < len(doc) else None
    if after is not None and after.pos_ == "VERB" and (ent is None or ent.label_ == "PERSON"):
        return False
    k = end
    plain = True
    while k < len(doc) and toks[k].text[:1].isupper() and toks[k].text not in POSSESSIVE:
        if toks[k].lower_ in ROLE_WORDS:
            break  # a person's name follows an office: "Millbrook Fire Chief Jo Doe"
        plain = plain and _plain_word(toks[k], lower_words)
        k += 1
    # other words are fine in a body's name that ends with its kind: "Millbrook Volunteer Fire Department"
    return plain or (k - end <= MAX_NGRAM and toks[k - 1].lower_ in BODY_WORDS)


def _unresolved(doc: Doc, m: Mention, reason: str) -> Place:
    return Place(Span.of(doc_text(doc), m.start, m.end), reason=reason)


# Words that only say what kind of area a first-level area is; its reported name goes without them, as
# ACLED and most news write it ("Nairobi Area" -> Nairobi, "Dhaka Division" -> Dhaka).
AREA_TYPE_WORDS = frozenset("area district region province division governorate county prefecture "
                            "department oblast".split())


def area_name(name: str | None) -> str | None:
    """A first-level area's name without a trailing word for its kind: "Nairobi Area" -> "Nairobi"."""
    if not name:
        return name
    words = name.split()
    if len(words) > 1 and words[-1].lower() in AREA_TYPE_WORDS:
        return " ".join(words[:-1])
    return name


def candidate_place(span: Span, cand: Candidate, score: float) -> Place:
    """The place a mention at ``span`` resolves to when ``cand`` is its reading."""
    return Place(
        span, name=cand.name, geonameid=cand.geonameid, country=cand.country,
        admin1=area_name(cand.admin1) if cand.feature != "PCLI" else None, admin2=cand.admin2, lat=cand.lat,
        lon=cand.lon, feature=cand.feature, score=round(score, 3),
    )


def _place(doc: Doc, m: Mention, cand: Candidate, prob: float) -> Place:
    return candidate_place(Span.of(doc_text(doc), m.start, m.end), cand, prob)
