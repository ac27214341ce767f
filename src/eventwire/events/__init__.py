"""Events stage: event mentions with kind, ACLED/PLOVER type, actors, date, location and fatalities.

Interface:
    find_events(doc, article, times, places, actors, quotes) -> list[Event]

Steps, per sentence of the parsed document (no second parse, lookups only):
    mentions    trigger words from the lexicon, checked against the parse, grouped per clause
    roles       agent / patient -> canonical actors (actor stage mentions, then ACLED generic names)
    anchors     date and location (times / places stages, nearest the trigger)
    kinds       specific | intent | statement | aggregate | historical | generic, negated, hypothetical
    fatalities  lowest / best / highest reported toll, injuries
    coding      ACLED type and sub-type, PLOVER type and mode, ACLED precedence rules
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.events import anchors, coding, roles
from eventwire.events.classify import TypeGuess, classify
from eventwire.events.fatalities import count
from eventwire.events.kinds import kind_of
from eventwire.events.mentions import Mention, evidence, find_mentions
from eventwire.records import Actor, Article, Event, Place, Quote, Span, TimeExpr

HISTORICAL_DAYS = 180  # setting events.historical_days
CONFIDENCE = {
    "specific": 0.8,
    "intent": 0.7,
    "statement": 0.7,
    "aggregate": 0.7,
    "historical": 0.7,
    "generic": 0.6,
}


def _historical_days() -> int:
    try:
        from eventwire.config import load_settings

        return int(load_settings().get("events.historical_days"))
    except Exception:  # noqa: BLE001 - a broken user config must not stop event extraction
        return HISTORICAL_DAYS


def find_events(
    doc: Doc,
    article: Article,
    times: list[TimeExpr],
    places: list[Place],
    actors: list[Actor],
    quotes: list[Quote],
    historical_days: int | None = None,
) -> list[Event]:
    """Event mentions of one article, in text order."""
    days = historical_days if historical_days is not None else _cached_days()
    mentions = [m for sent in doc.sents for m in find_mentions(sent)]
    if not mentions:
        return []
    times = times or anchors.fallback_times(doc, article.published)  # FALLBACK until the times stage lands
    actors = actors or roles.named_groups(doc)  # FALLBACK until the actor stage lands
    resolver = roles.Resolver(doc, actors)
    countries = anchors.country_mentions(doc)
    clauses = [evidence(m) for m in mentions]
    guesses = _classify([doc.text[a:b] for a, b in clauses])
    events = []
    for m, clause, guess in zip(mentions, clauses, guesses, strict=True):
        event = _event(
            m, clause, guess, mentions, article.published, days, times, places, resolver, countries
        )
        if event is not None:
            events.append(event)
    return events


def _phrase(m: Mention) -> tuple[int, int]:
    """Character range of a trigger's own phrase (its subtree)."""
    t = m.trigger
    return t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)


def _classify(texts: list[str]) -> list[TypeGuess]:
    """The type classifier's guesses; none (the lexicon decides) while its model is not installed."""
    try:
        return classify(texts)
    except ModelError:
        return [TypeGuess(None, None) for _ in texts]


_DAYS: list[int] = []


def _cached_days() -> int:
    if not _DAYS:
        _DAYS.append(_historical_days())
    return _DAYS[0]


def _event(
    m: Mention,
    clause: tuple[int, int],
    guess: TypeGuess,
    mentions: list[Mention],
    published: date | None,
    days: int,
    times: list[TimeExpr],
    places: list[Place],
    resolver: roles.Resolver,
    countries: list[tuple[str, Span]],
) -> Event | None:
    text = m.trigger.doc.text
    owned = [_phrase(o) for o in mentions if o is not m and o.sent.start == m.sent.start]
    timex = anchors.pick_time(times, m.trigger, clause, m.sent, owned)
    when = anchors.event_date(timex, published)
    place = anchors.pick_place(places, m.trigger, clause, m.sent, owned)
    where = anchors.location(place, m.sent, m.trigger, countries, owned)
    fatalities, injuries = count(m.casualties, text)
    result = kind_of(m, when, published, days, tolled=fatalities.best > 0)
    agent, patient, claimer = roles.agent_and_patient(m)
    country = where.country if where else None
    actor1 = resolver.resolve(agent, m.cls, country)
    moved = m.cls in roles.MOVE_CLASSES and actor1 is not None and actor1.country
    actor2 = resolver.resolve(patient, m.cls, actor1.country if moved and actor1 else country)
    if result.kind == "statement" and actor2 is None:
        actor2 = resolver.named_in(m.trigger, after=m.trigger.i)  # "warned of a resurgence of X"
    if result.kind == "statement" and actor1 is not None and actor1.country:
        where = anchors.country_location(actor1.country) or where
    if m.cls in roles.MOVE_CLASSES and actor2 is not None and actor2.name.startswith("Military Forces"):
        actor1, actor2 = actor2, None  # "withdraw 500 troops": the troops are the actor
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name and m.cls != "clash":
        actor2 = None
    coded = coding.code(m, guess, actor1, actor2, coding.classes_in(m.sent, mentions))
    claimed = resolver.resolve(claimer, m.cls, country) if claimer is not None else None
    return Event(
        kind=result.kind,
        event_type=coded.event_type,
        sub_event_type=coded.sub_event_type,
        evidence=(Span.of(text, *clause),),
        trigger=Span.of(text, m.trigger.idx, m.trigger.idx + len(m.trigger.text)),
        plover_type=coded.plover_type,
        plover_mode=coded.plover_mode,
        actor1=actor1.name if actor1 else None,
        actor2=actor2.name if actor2 else None,
        inter1=actor1.inter if actor1 else None,
        inter2=actor2.inter if actor2 else None,
        actor1_span=actor1.span if actor1 else None,
        actor2_span=actor2.span if actor2 else None,
        date=when,
        location=where,
        fatalities=fatalities,
        injuries=injuries,
        negated=result.negated,
        hypothetical=result.hypothetical,
        claimed_by=claimed.name if claimed else None,
        confidence=CONFIDENCE[result.kind] * (0.5 if result.negated or result.hypothetical else 1.0),
    )
