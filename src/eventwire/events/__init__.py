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

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire import places as places_stage
from eventwire import times as times_stage
from eventwire.actors import ActorTable, document_country, packaged_table
from eventwire.annotate import doc_sents
from eventwire.errors import ModelError
from eventwire.events import anchors, coding, roles
from eventwire.events.classify import TypeGuess, classify
from eventwire.events.fatalities import count
from eventwire.events.kinds import kind_of
from eventwire.events.lexicon import STATEMENT_CLASSES
from eventwire.events.mentions import (
    CURFEW_NOUNS,
    DEMONSTRATIONS,
    SECURITY_FORCES,
    Mention,
    background_clause,
    cause_phrase,
    clause_agent,
    continue_tolls,
    crowd_act,
    evidence,
    find_mentions,
    fold_headline,
    fold_repeats,
    names_day,
    own_date,
)
from eventwire.quotes import claim_sources
from eventwire.records import Actor, Article, Event, EventDate, EventLocation, Place, Quote, Span, TimeExpr
from eventwire.times.base import WEEKDAY

HISTORICAL_DAYS = 180  # setting events.historical_days
# Event types whose perpetrator ACLED codes as an Unidentified Armed Group when the report names none.
UNNAMED_PERPETRATOR = frozenset({"Violence against civilians", "Explosions/Remote violence"})
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
    actor_table: ActorTable | None = None,
) -> list[Event]:
    """Event mentions of one article, in text order. ``actor_table`` defaults to the package's table."""
    mentions = fold_repeats(
        fold_headline(continue_tolls([m for sent in doc_sents(doc) for m in find_mentions(sent)]))
    )
    if not mentions:
        return []
    datelines = _dateline_dates(article.text)
    ctx = _Context(
        doc=doc,
        published=article.published,
        days=historical_days if historical_days is not None else _cached_days(),
        # a wire dateline's date ("BOGOTA, April 15 (Wire) -") is the report's, never an event's
        times=[t for t in times if not any(lo <= t.span.start < hi for lo, hi in datelines)],
        places=[p for p in places if not (anchors.modifier(doc, p.span) or anchors.in_body_name(doc, p))],
        # a country in a name ("the Kenya Red Cross", "the Bank of Ghana") is no location, not even a last one
        named_in=[p for p in places if p.feature != "PCLI" and anchors.modifier(doc, p.span)],
        quotes=quotes,
        mentions=mentions,
        resolver=roles.Resolver(doc, actors, actor_table or packaged_table(), text=article.text),
        countries=anchors.country_mentions(doc),
        country=document_country(article.text, places),
    )
    clauses = [evidence(m) for m in mentions]
    text = ctx.resolver.text
    # The classifier reads the whole sentence and the one that goes on describing it (it was trained on whole
    # reports: "Residents marched to the office. They burnt tyres" is a riot), the rules read the clause.
    guesses = _classify([_reading(m, text, mentions) for m in mentions])
    out: list[Event] = []
    before: EventDate | None = None  # the day of the last event told with a day of its own
    for m, clause, guess in zip(mentions, clauses, guesses, strict=True):
        event = _event(m, clause, guess, ctx, before)
        if event.date is not None and event.date.span is not None and event.date.precision == 1:
            before = event.date
        out.append(event)
    return out


_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'.\- ]{2,}(?:,[ \t]*[A-Z][\w.'\- ]*)*,[ \t]*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-\u2013\u2014:]",
    re.M,
)


def _dateline_dates(text: str) -> list[tuple[int, int]]:
    """Character spans of the dates of wire datelines ("PORT-AU-PRINCE, Oct. 14 (Wire) -", "KADUNA, Nigeria,
    March 7 (Wire) -")."""
    return [m.span("date") for m in _DATELINE.finditer(text)]


@dataclass(frozen=True)
class _Context:
    """What every mention of one document is coded against."""

    doc: Doc
    published: date | None
    days: int
    times: list[TimeExpr]
    places: list[Place]  # places used as locations (not "US" in "US President")
    named_in: list[Place]  # towns and areas inside names ("the Sukkur Press Club"): a last resort
    quotes: list[Quote]
    mentions: list[Mention]
    resolver: roles.Resolver
    countries: list[tuple[str, Span]]
    country: str | None  # the country most of the document's places are in


def _phrase(m: Mention) -> tuple[int, int]:
    """Character range of a trigger's own phrase (its subtree)."""
    t = m.trigger
    return t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)


def _owns(m: Mention) -> bool:
    """Whether a mention keeps the dates and places inside its phrase to itself: an event noun ("the fall
    of the town in 2019") or a subordinate clause, not a coordinated verb or a statement."""
    if m.cls in STATEMENT_CLASSES:
        return False
    return m.trigger.pos_ == "NOUN" or m.trigger.dep_ in ("advcl", "relcl", "acl", "ccomp", "xcomp")


# Sentences after a mention's own that the type classifier reads with it (``coding.episode``).
CLASSIFIER_FOLLOW = 1


def _reading(m: Mention, text: str, mentions: list[Mention] | tuple[()] = ()) -> str:
    """The text the type classifier reads for a mention: its sentence and the next one when that goes on
    describing the same event (no other date named); only its clause when the sentence tells it as the
    background of another event ("Residents protested after police shot a man")."""
    background = background_clause(m.trigger) or cause_phrase(m.trigger)
    if background is not None and any(
        o is not m and o.sent.start == m.sent.start and not background[0] <= o.trigger.idx < background[1]
        for o in mentions
    ):
        return text[background[0] : background[1]]
    sents = coding.episode(m, follow=CLASSIFIER_FOLLOW)
    return text[sents[0].start_char : sents[-1].end_char]


def _classify(texts: list[str]) -> list[TypeGuess]:
    """The type classifier's guesses; none (the lexicon decides) while its model is not installed."""
    unique = list(dict.fromkeys(texts))  # mentions of one sentence share its text: classify it once
    try:
        guesses = dict(zip(unique, classify(unique), strict=True))
    except ModelError:
        return [TypeGuess(None, None) for _ in texts]
    return [guesses[t] for t in texts]


_DAYS: list[int] = []


def _cached_days() -> int:
    if not _DAYS:
        _DAYS.append(_historical_days())
    return _DAYS[0]


def _free_times(m: Mention, ctx: _Context, owned: list[tuple[int, int]]) -> list[TimeExpr]:
    """The document's time expressions no other mention of the sentence owns."""
    return [t for t in ctx.times if anchors.free(t.span, m.trigger, owned)]


def _when(m: Mention, clause: tuple[int, int], ctx: _Context, owned: list[tuple[int, int]]) -> EventDate:
    """The times stage's date for the clause (else the sentence), from time expressions no other mention
    owns; the publication date, with a reason, when neither has one."""
    free = _free_times(m, ctx, owned)
    found = times_stage.event_date(free, clause[0], clause[1], ctx.doc, ctx.published, trigger=m.trigger.idx)
    if found.span is None:
        sent = (m.sent.start_char, m.sent.end_char)
        wider = times_stage.event_date(free, sent[0], sent[1], ctx.doc, ctx.published, trigger=m.trigger.idx)
        if wider.span is not None:
            return wider
    return found


def _where(
    m: Mention, clause: tuple[int, int], ctx: _Context, owned: list[tuple[int, int]]
) -> EventLocation | None:
    """The places stage's location for the clause; else a place elsewhere in the sentence before the
    document's main place; else the country the sentence or the document names."""
    located = ctx.places  # nationality adjectives ("US President") are already left out
    free = [p for p in located if anchors.free(p.span, m.trigger, owned)]
    found = places_stage.event_location(free, clause[0], clause[1], ctx.doc)
    if found.name is None or (found.reason or "").startswith("no place in the clause"):
        sent = (m.sent.start_char, m.sent.end_char)
        near = anchors.pick_place(free, m.trigger, sent, m.sent, owned)
        if near is not None:
            return places_stage.event_location([near], sent[0], sent[1], ctx.doc)
    if found.name is None:
        found = places_stage.event_location(located, clause[0], clause[1], ctx.doc)
    if found.name is None and ctx.named_in:  # "demonstrated outside the Sukkur Press Club"
        found = places_stage.event_location(ctx.named_in, clause[0], clause[1], ctx.doc)
        if found.name is not None:
            found = replace(found, geo_precision=max(2, found.geo_precision or 2),
                            reason=f"{found.span.text if found.span else found.name} named in an organisation's "
                                   "or building's name")
    if found.name is not None:
        return found
    return anchors.location(None, m.sent, m.trigger, ctx.countries, owned)


FORCE_WORDS = frozenset({"gas", "teargas", "cannon", "cannons"})  # what a force uses on a crowd
# Words after a length of time that count it from the day of the event told before: "two days earlier",
# "hours later".
SHIFT_WORDS = {"earlier": -1, "before": -1, "later": 1, "afterwards": 1, "after": 1}
_SHIFT_LENGTH = re.compile(r"^P(?:(\d+)([DW])|T(?:\d+|X)[HM])$")
# the shift word, last in the phrase or right after it; "after" and "before" only where no object follows ("two
# days after the vote" counts from the vote)
_SHIFT_AFTER = re.compile(r"(?:\w+\s+)?\b(earlier|later|afterwards|(?:after|before)(?=\s*[,.;]|\s*$))\b", re.I)


def _after_remote(m: Mention, mentions: list[Mention]) -> bool:
    """The mention told just before ``m`` is remote violence (rockets, drones, missiles fired)."""
    i = next((k for k, o in enumerate(mentions) if o is m), 0)
    return i > 0 and mentions[i - 1].cls in coding.REMOTE_CLASSES


def _named_in_telling(m: Mention, resolver: roles.Resolver, country: str | None) -> roles.RoleActor | None:
    """The armed group a later telling of the event names as its doers ("Islamist militants attacked an army
    base ... JNIM said its fighters had overrun the base"), else None."""
    for r in (*m.details, *m.repeats):
        if _background(r):
            continue
        found = resolver.resolve(roles.agent_and_patient(r)[0], r.cls, country, agent=True)
        if found is not None and found.inter in (2, 3) and not found.name.startswith("Unidentified"):
            return found
    return None


def _background(m: Mention) -> bool:
    """A mention told as a state that has lasted ("the cartel has been fighting local gangs for control of the
    region"): not the telling of one act, whatever it was folded into."""
    head = m.trigger if m.trigger.pos_ in ("VERB", "AUX") else m.trigger.head
    return head.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children)


def _time_of_day_only(text: str) -> bool:
    """A time expression that names only a time of day ("in the afternoon", "at dawn", "around 5 p.m."),
    no day of its own and no shift from another time."""
    return not names_day(text) and bool(re.search(
        r"morning|afternoon|evening|(?<!over)night|dawn|dusk|noon|midnight|daybreak|sunrise|sunset|\d\s*[ap]\.?m\b|"
        r"\d:\d\d|o'clock", text, re.I))


def _shifted(clause: tuple[int, int], ctx: _Context, before: EventDate) -> EventDate | None:
    """A length of time counted from the event told before ("Two days earlier, fighters ambushed a convoy",
    "Hours later, troops shelled a village"), with no day of its own: that event's day moved by it. The times
    stage reads such a phrase as a duration (TimeML's convention); only the events stage knows which event it
    counts from."""
    if before.value is None:
        return None
    text = ctx.resolver.text
    for t in ctx.times:
        if t.type != "DURATION" or not (clause[0] < t.span.end and t.span.end <= clause[1]):
            continue
        length = _SHIFT_LENGTH.match(t.value or "")
        told = _SHIFT_AFTER.match(t.span.text.split()[-1] + text[t.span.end : t.span.end + 16].lower())
        if length is None or told is None:
            continue
        shift = SHIFT_WORDS[told[1].lower()]
        count, unit = (int(length[1]), length[2]) if length[1] else (0, "D")
        days = count * (7 if unit == "W" else 1)
        day = before.value + timedelta(days=shift * days)
        if ctx.published is not None and day > ctx.published:
            return None
        phrase = t.span.text.strip()
        phrase = phrase if told[1].lower() in phrase.lower() else f"{phrase} {told[1]}"
        return EventDate(day, 1 if unit == "D" else 2, span=t.span, timex=day.isoformat(),
                         reason=f"{phrase}: counted from the event told before ({before.value})")
    return None


def _coming_weekday(when: EventDate, published: date | None) -> EventDate:
    """A planned act's bare weekday is the coming one ("called for a strike on Thursday"): the times stage
    reads a weekday in a past-tense sentence as the last one."""
    if (published is None or when.value is None or when.span is None or when.value >= published
            or not re.fullmatch(WEEKDAY, when.span.text.strip(), re.IGNORECASE)):
        return when
    coming = when.value + timedelta(days=7)
    return replace(when, value=coming, timex=coming.isoformat(), reason="a planned act's weekday: the coming one")


def _intervener(m: Mention, resolver: roles.Resolver, country: str | None) -> roles.RoleActor | None:
    """The state force that intervened in a demonstration, told in a clause the event absorbed or in a sentence
    that goes on telling it or comes right after it ("... marched on parliament. Riot police used tear gas and
    water cannon"): ACLED's actor2 of a protest with intervention."""
    doc = m.sent.doc
    after = [doc[m.sent.end].sent] if m.sent.end < len(doc) else []  # "Riot police used tear gas to disperse them."
    told = [m.sent, *(r.sent for r in m.repeats), *after]
    # an act the event absorbed is the force's in any sentence ("Officers dispersed mourners who blocked ...")
    words = [*(w for w in m.modifiers if w.sent.start != m.sent.start or w.pos_ == "VERB"),
             *(t for sent in told for t in sent if t.lower_ in FORCE_WORDS)]
    acts = {m.trigger.i, *(w.i for w in m.modifiers)}
    for word in m.sent:  # "students ... clashed with police": the force the crowd fought
        if (word.dep_ == "pobj" and word.head.lower_ in ("with", "against") and word.lower_ in SECURITY_FORCES
                and word.head.head.i in acts):
            side = resolver.resolve(word, m.cls, country)
            if side is not None and side.inter == 1:
                return side
    for word in words:
        verb = word  # "used tear gas": the verb whose object the force's word is
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        doer = clause_agent(verb) if verb.pos_ in ("VERB", "AUX") else None
        side = resolver.resolve(doer, m.cls, country, agent=True) if doer is not None else None
        if side is not None and side.inter == 1:
            return side
    return None


def _crowd(
    event_type: str,
    sub_event_type: str | None,
    actor1: roles.RoleActor | None,
    actor2: roles.RoleActor | None,
    resolver: roles.Resolver,
    country: str | None,
) -> tuple[roles.RoleActor | None, roles.RoleActor | None, tuple[str, ...]]:
    """ACLED names the crowd of a demonstration event Protesters (Country) or Rioters (Country) whoever its
    members are (the group they belong to becomes an associated actor); the force that intervenes, or the
    victims of a mob, are actor2."""
    crowd = resolver.crowd("protesters" if event_type == "Protests" else "rioters", country)
    if crowd is None:
        return actor1, actor2, ()
    sides = [a for a in (actor1, actor2) if a is not None]
    members = next((a for a in sides if a.inter in (5, 6, 7) or a.kind == "party"), None)
    others = [a for a in sides if a is not members]
    # the force that met the crowd before a body its words name ("protesting against quotas for government jobs")
    other = next((a for a in others if a.name.startswith(("Police", "Military"))), others[0] if others else None)
    if sub_event_type == "Peaceful protest":
        other = None
    assoc: tuple[str, ...] = ()
    if members is not None and members.inter not in (5, 6) and members.name != crowd.name:
        assoc = (members.name,)
    if members is None and actor1 is not None and actor1.inter not in (1, 8):
        assoc, other = (actor1.name,), actor2  # "teachers' union members demonstrated"
    return crowd, other, assoc


def _abroad(actor: roles.RoleActor | None, country: str | None) -> roles.RoleActor | None:
    """State forces acting outside their own country are ACLED's external forces (inter 8: "state forces
    active outside of their main country of operation"), as Ugandan troops shelling herders inside Kenya."""
    if actor is None or actor.inter != 1 or not actor.country or not country or actor.country == country:
        return actor
    return replace(actor, inter=8)


def _near(m: Mention) -> list[Token]:
    """The tokens of a mention's sentence and of the sentences right before and after it."""
    doc = m.sent.doc
    start = doc[m.sent.start - 1].sent.start if m.sent.start > 0 else m.sent.start
    end = doc[m.sent.end].sent.end if m.sent.end < len(doc) else m.sent.end
    return list(doc[start:end])


def _event(m: Mention, clause: tuple[int, int], guess: TypeGuess, ctx: _Context,
           before: EventDate | None = None) -> Event:
    text = ctx.resolver.text
    owned = [_phrase(o) for o in ctx.mentions if o is not m and o.sent.start == m.sent.start and _owns(o)]
    when = _when(m, clause, ctx, owned)
    if when.span is None and before is not None:
        when = _shifted(clause, ctx, before) or when
    part = when.span
    if before is not None and part is not None and _time_of_day_only(part.text) and when.value != before.value:
        # "Police arrived in the afternoon and exchanged fire": the afternoon of the day told before, not of
        # the last date the text names (that of a statement: "the UN said on Friday")
        when = replace(before, span=part, reason=f"{part.text}: on the day of the event told before")
    if when.span is None and before is not None and coding.stopped_weapons(m) and _after_remote(m, ctx.mentions):
        # "Militants fired rockets on Thursday evening. Most were intercepted": the barrage's day
        when = replace(before, reason=f"the weapons stopped are those of the attack told before ({before.value})")
    where = _where(m, clause, ctx, owned)
    if m.repeats and (where is None or where.geo_precision == 3 or where.reason is not None):
        # the event's place named only as a country or region, or not in its clause: a sentence that goes on
        # telling it may name the town ("... a village in northern Burkina Faso. Armed men stormed Tin-Akoff")
        for r in m.repeats:
            there = places_stage.event_location(ctx.places, *evidence(r), ctx.doc)
            # (a first-level area where the lead named only the country: "... in central Mali. The attackers
            # overran the camp near Boni, in the Mopti region", Boni unknown to the gazetteer)
            finer = (there.geo_precision or 3) < 3 or (
                there.feature == "ADM1" and (where is None or where.feature == "PCLI"))
            if there.name is not None and there.reason is None and finer and (
                    where is None or where.country in (None, there.country)):
                where = there
                break
    if m.details and not own_date(m, day=True):
        # the lead told no day: a sentence that goes on telling the event may ("... have taken the town. Its
        # fighters captured the last outpost on Saturday")
        free = _free_times(m, ctx, owned)
        for r in m.details:
            told = times_stage.event_date(free, *evidence(r), ctx.doc, ctx.published, trigger=r.trigger.idx)
            if told.span is not None:
                when = told
                break
    fatalities, injuries = count(m.casualties, text)
    result = kind_of(m, when, ctx.published, ctx.days, tolled=fatalities.best > 0)
    if result.kind == "intent":
        when = _coming_weekday(when, ctx.published)
    agent, patient, claimer = roles.agent_and_patient(m)
    for r in m.repeats:  # "X claimed responsibility for the blast" in a later sentence
        if claimer is None:
            claimer = roles.agent_and_patient(r)[2]
    # generic actors take the event's country when its place is named with it, else the document's
    attached = where is not None and where.country and places_stage.in_clause(where)
    country = where.country if attached and where else ctx.country or (where.country if where else None)
    resolver = ctx.resolver
    actor1 = resolver.resolve(agent, m.cls, country, agent=True)
    if actor1 is None or actor1.name.startswith("Unidentified"):
        actor1 = _named_in_telling(m, resolver, country) or actor1
    moved = m.cls in roles.MOVE_CLASSES and actor1 is not None and actor1.country
    actor2 = resolver.resolve(patient, m.cls, actor1.country if moved and actor1 else country)
    for verb in (v for v in m.modifiers if actor2 is None and v.pos_ == "VERB" and m.cls == "abduct"):
        # the people taken by a verb folded into the abduction: "stormed a college and kidnapped 30 students"
        taken = next((c for c in verb.children if c.dep_ == "dobj"), None)
        actor2 = resolver.resolve(taken, m.cls, country) if taken is not None else None
    for fight in (f for f in m.modifiers if actor2 is None and m.cls == "territory"):
        # the side that lost the town: "captured the town after two days of fighting with the army"
        other = roles.fought_with(fight)
        found = resolver.resolve(other, "clash", country) if other is not None else None
        actor2 = found if found is not None and actor1 is not None and found.name != actor1.name else actor2
    if m.cls in DEMONSTRATIONS or crowd_act(m):  # the force that intervened, before what the crowd targets
        actor2 = _intervener(m, resolver, country) or actor2
    if result.kind == "statement" and actor2 is None:
        actor2 = resolver.named_in(m.trigger, after=m.trigger.i)  # "warned of a resurgence of X"
    if result.kind == "statement" and actor1 is not None and actor1.country:
        where = anchors.country_location(actor1.country) or where
    if m.cls == "base" and patient is not None and patient.lower_ in roles.MILITARY_SITES:
        actor2 = None  # "militants set up a base": the base is what they set up, not the army's
    if m.cls in roles.MOVE_CLASSES and actor2 is not None and actor2.name.startswith(("Military", "Police")):
        actor1, actor2 = actor2, None  # "withdraw 500 troops", "deployed police": the forces are the actor
    claimed = resolver.resolve(claimer, m.cls, country, agent=True) if claimer is not None else None
    doer_unnamed = actor1 is None or actor1.name.startswith("Unidentified")  # "jihadists", "gunmen"
    if doer_unnamed and claimed is not None and (actor2 is None or actor2.name != claimed.name):
        actor1 = claimed  # ACLED codes the claimant as actor1 where the report names no other group
    coded = coding.code(m, guess, actor1, actor2, coding.classes_in(m.sent, ctx.mentions))
    if actor1 is None and m.trigger.lower_ in CURFEW_NOUNS and coded.event_type == "Strategic developments":
        actor1 = resolver.crowd("government", country)  # "a curfew was imposed": by the authorities
    if coded.event_type == "Battles" and actor1 is None:
        actor1, actor2 = roles.sides(resolver, m, actor2, country)
    if coded.event_type == "Battles":
        actor1, actor2 = roles.communal(actor1, country), roles.communal(actor2, country)
    unnamed = UNNAMED_PERPETRATOR | {"Battles"}
    if actor1 is None and coded.event_type in unnamed and coded.sub_event_type != "Arrests":
        actor1 = roles.named_before(resolver, m) or (None if roles.unattributed(m) else roles.suspected(resolver))
        if m.cls == "air" and actor1 is not None and actor1.inter not in (1, 8):
            actor1 = None  # an air or drone strike no one is named for is not pinned on the rebels the story names
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor1, actor2 = None, None if m.cls == "clash" else actor2  # the group is the victim
    if actor1 is None and coded.event_type in unnamed and coded.sub_event_type != "Arrests":
        actor1 = roles.unidentified(country, Span.of(text, m.trigger.idx, m.trigger.idx + len(m.trigger.text)))
    if actor1 is not None and actor1.inter == 7 and coded.event_type in UNNAMED_PERPETRATOR:
        # civilians are never a perpetrator for ACLED: "two men stabbed a trader" is an unidentified armed group
        actor1 = roles.unidentified(actor1.country or country, actor1.span)
    conflict = roles.communal_kind(_near(m))
    actor1 = roles.in_communal_conflict(actor1, conflict, country)
    actor2 = roles.in_communal_conflict(actor2, conflict, country)
    assoc: tuple[str, ...] = ()
    if coded.event_type == "Battles" and any(a is not None and a.inter in (5, 6) for a in (actor1, actor2)):
        # "clashes between protesters and security forces": a crowd fighting is a riot, never a battle (ACLED)
        coded = coded._replace(event_type="Riots", sub_event_type="Violent demonstration")
    if coded.event_type in ("Protests", "Riots"):
        actor1, actor2, assoc = _crowd(
            coded.event_type, coded.sub_event_type, actor1, actor2, resolver, country
        )
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name and m.cls != "clash":
        actor2 = None
    if attached and where is not None:
        actor1, actor2 = _abroad(actor1, where.country), _abroad(actor2, where.country)
    if coded.sub_event_type == "Government regains territory" and actor1 is not None and actor1.inter == 8:
        # ACLED: a foreign state's forces taking ground ("Russian forces captured a village in Donetsk") overtake
        # territory as a non-state actor does; only a government retaking its own regains it
        coded = coded._replace(sub_event_type="Non-state actor overtakes territory")
    return Event(
        kind=result.kind,
        event_type=coded.event_type,
        sub_event_type=coded.sub_event_type,
        evidence=tuple(Span.of(text, *r) for r in dict.fromkeys([clause, *(evidence(r) for r in m.repeats)])),
        trigger=Span.of(text, m.trigger.idx, m.trigger.idx + len(m.trigger.text)),
        plover_type=coded.plover_type,
        plover_mode=coded.plover_mode,
        actor1=actor1.name if actor1 else None,
        actor2=actor2.name if actor2 else None,
        assoc_actor1=assoc,
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
        reported_by=claim_sources(ctx.doc, clause[0], clause[1], ctx.quotes),
        confidence=CONFIDENCE[result.kind] * (0.5 if result.negated or result.hypothetical else 1.0),
    )
