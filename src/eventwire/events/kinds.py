"""The kind of an event mention (specific, intent, statement, aggregate, historical, generic) and its
negated / hypothetical flags, from the words that govern its trigger in the parse and from its date.

Precedence: statement > aggregate > intent > historical > generic > specific. Background and running totals
are never specific.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.events.lexicon import (
    DENIAL_WORDS,
    FORMS,
    FUTURE_AUX,
    GENERIC_WORDS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_WORDS,
    INTENT_WORDS,
    NEGATION_WORDS,
    PLURAL_QUANTIFIERS,
    REFERENCE_WORDS,
    SPEECH_VERBS,
    STATEMENT_CLASSES,
    TRIGGERS,
)
from eventwire.events.mentions import (
    DEMONSTRATORS,
    Mention,
    cause_object,
    cause_phrase,
    charge_describing,
    definite,
    headline_verb,
    series_of,
)
from eventwire.records import EventDate

# links a trigger climbs to reach the words that govern it ("denied carrying out the attack",
# "announced its intention to withdraw", "continues to launch attacks")
CHAIN_DEPS = frozenset(
    {"xcomp", "acl", "dobj", "pobj", "prep", "attr", "nsubjpass", "nsubj", "ccomp", "pcomp", "auxpass"}
)
PERIOD_NOUNS = frozenset(
    {
        "years",
        "months",
        "weeks",
        "days",
        "year",
        "month",
        "decade",
        "period",
        "conflict",
        "war",
        "insurgency",
        "crisis",
        "campaign",
        "past",
        "course",
    }
)
TOTAL_WORDS = frozenset({"total", "tally", "cumulative", "overall", "altogether", "combined"})


@dataclass(frozen=True, slots=True)
class KindResult:
    kind: str
    negated: bool
    hypothetical: bool
    reason: str


def chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it, up to (and including) the head of its clause."""
    out = [trigger]
    node = trigger
    for _ in range(8):
        if node.dep_ not in CHAIN_DEPS or node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def core(tokens: list[Token]) -> list[Token]:
    """The chain up to its first preposition: the verbs a trigger complements ("continues to launch
    attacks"), not the clause a prepositional phrase hangs from ("despite the fall ..., X continues")."""
    for n, t in enumerate(tokens):
        if t.dep_ in ("prep", "pobj", "pcomp", "advcl") and n > 0:
            return tokens[: n + 1] if t.dep_ not in ("pobj", "prep") else tokens[:n]
        if t.dep_ in ("pobj",) and n == 0:
            return tokens[:1]
    return tokens


def _children(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in t.children]


# Plural words for many actions: "in operations across the region" counts a campaign, not one event.
OPERATION_NOUNS = frozenset({"operations", "raids", "strikes", "attacks", "clashes", "offensives", "sweeps"})


def _aggregate_marker(tokens: list[Token]) -> str | None:
    series = series_of(tokens[0])
    if series is not None:
        return f"a {series.lower_} of"
    t = tokens[0]
    span = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if span is not None and span.lower_ in ("days", "weeks", "months", "years") and any(
            c.dep_ == "nummod" for c in span.children) and span.dep_ == "pobj" and span.head.lower_ in (
            "in", "over", "during") and _perfect(tokens):
        return f"{span.lower_} of"  # "have been killed in two days of clashes": the toll of several days' events
    # "jihadist violence that has killed hundreds of soldiers" (not "an attack that has killed 20": one event)
    spread = t.tag_ == "NNS" or t.lower_ in ("violence", "fighting", "unrest", "bloodshed") or t.lower_ in WAR_NOUNS
    if spread and any(c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("has", "have") for a in c.children)
                      for c in t.children):
        return "a toll so far"
    # "the first such protest since the junta took power", "the worst attack since 2019": a rank, no total
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("first", "only")) for c in t.children)
    for c in _children(tokens):
        low = c.lower_
        own = ranked and c.head.i == t.i  # the ranked noun's own "since" phrase
        if low == "since" and c.dep_ in ("prep", "mark") and not own:
            return "since"
        if c.dep_ == "advcl" and _opens_since(c) and not own:
            return "since"
        if low in ("far", "date") and c.dep_ in ("advmod", "pobj", "prep", "npadvmod"):
            if c.i > 0 and c.doc[c.i - 1].lower_ in ("so", "to"):
                return f"{c.doc[c.i - 1].lower_} {low}"
        if c.dep_ == "prep" and low in ("over", "in", "during", "throughout", "for"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.lower_ in PERIOD_NOUNS
                and any(g.lower_ in ("past", "last", "recent", "previous") for g in obj.children)
                and obj.lower_ != "day"
            ):
                return f"{low} {obj.lower_}"
            if obj is not None and obj.lower_ == "total":
                return "in total"
            if obj is not None and _a_whole_war(obj):
                return f"{low} the {obj.lower_}"
        if low in TOTAL_WORDS:
            return low
        if low == "times" and c.dep_ in ("npadvmod", "advmod", "dobj") and _counted(c) and (
                _perfect(tokens) or any(g.lower_ == "since" for g in c.subtree)):
            return "a count of times"  # "have attacked U.S. forces more than 170 times since October"
        if low in ("year", "month") and any(g.lower_ == "this" for g in c.children) and _perfect(tokens):
            return f"this {low}"  # "Dozens have died in clashes this year": a count over the year so far
    for t in tokens[0].subtree:  # "killed 150 militants in operations across the region": a campaign's count
        if t.lower_ in OPERATION_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("in", "during") and any(
                p.dep_ == "prep" and p.lower_ in ("across", "throughout") for p in t.children):
            return f"{t.lower_} across an area"
    return None


def _counted(noun: Token) -> bool:
    """A noun with a number or a word for many ("170 times", "dozens of times", "several times")."""
    return any(c.dep_ == "nummod" or c.lower_ in ("several", "many", "numerous", "dozens", "hundreds")
               for c in noun.children)


def _perfect(tokens: list[Token]) -> bool:
    """A chain told in the present perfect ("have died", "has been killed")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for t in tokens for c in t.children)


WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "uprising", "occupation", "genocide"})


def _a_whole_war(obj: Token) -> bool:
    """A war as a whole, the period a figure counts over: "the war", "the 2023-24 war", "the country's
    conflict"; not a war's day ("on the war's first day" has no such object)."""
    return obj.lower_ in WAR_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.dep_ in ("nummod", "compound", "amod")
        and any(ch.isdigit() for ch in c.text) for c in obj.children)


def _plural_trigger(m: Mention) -> bool:
    return m.trigger.tag_ in ("NNS", "NNPS")


def _present_habitual(tokens: list[Token]) -> bool:
    """A governing verb in the simple present with no auxiliary ("claims attacks", "attacks villages")."""
    for t in tokens:
        if t.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return t.lower_ not in ("is", "are", "has", "have", "says", "say")
    return False


def negation(m: Mention, tokens: list[Token]) -> bool:
    for t in tokens:
        if t.lower_ in DENIAL_WORDS:
            return True
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no" and t.i == m.trigger.i):
                return True
            if t.i == m.trigger.i and c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "none"):
                return True
    # "the talks ended without an agreement": the event that did not happen
    t = m.trigger
    return t.lower_ in NEGATION_WORDS or (t.dep_ == "pobj" and t.head.lower_ == "without")


def hypothetical(tokens: list[Token]) -> bool:
    for t in tokens[1:]:
        if t.lower_ in HYPOTHETICAL_WORDS:
            return True
    for c in _children(tokens):
        if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
            return True
        if (
            c.dep_ == "aux"
            and c.lower_ == "would"
            and not any(a.lower_ in SPEECH_VERBS for a in c.head.ancestors)
        ):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return True
    return False


# Verbs whose "for" asks for an act not yet done: "called for a nationwide strike on Thursday".
CALL_VERBS = frozenset("call calls called calling urge urges urged urging appeal appeals appealed".split())


# Verbs of a declared plan whose infinitive the parser may hang as an adverb: "threatened on Wednesday to resume".
PLEDGE_FORMS = frozenset(f"{stem}{end}" for stem in ("threaten", "vow", "pledge", "promise", "intend")
                         for end in ("", "s", "ed", "d")) | {"plan", "plans", "planned"}


def intent(tokens: list[Token], when: EventDate | None, published: date | None) -> bool:
    if any(t.lower_ in INTENT_WORDS for t in tokens[1:]):
        return True
    trigger = tokens[0]
    verb = trigger.head if trigger.dep_ == "dobj" else trigger  # the act's own verb
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lower_ in PLEDGE_FORMS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "threatened on Wednesday to resume attacks" (the parser hangs the infinitive as an adverb)
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.lower_ in CALL_VERBS:
        return True  # a call for an act: the act is planned, not done
    if verb.dep_ == "xcomp" and verb.head.lower_ in CALL_VERBS:
        return True  # "called on the M23 to withdraw", "urged the army to stop": asked for, not done
    for c in _children(tokens):
        if c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
            return True
        if (
            c.dep_ == "aux"
            and c.lower_ == "would"
            and any(a.lower_ in SPEECH_VERBS for a in c.head.ancestors)
        ):
            return True
    after = bool(when and when.value and published and when.value > published and when.span is not None)
    return after and not _past(tokens)


PAST_AUX = frozenset({"was", "were", "had", "has", "have", "did"})


def _past(tokens: list[Token]) -> bool:
    """A trigger told in the past ("attacked", "was set on fire", "held a demonstration"): whatever its date
    resolves to (a week or month that ends after publication), it is not a plan."""
    for t in tokens:
        if not t.tag_.startswith("VB"):
            continue
        if t.tag_ == "VBD":
            return True
        return t.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in t.children)
    return False


def _headline(sent) -> bool:
    """The document's first sentence with no closing punctuation: a headline ("Mob kills gunmen who shot a
    reservist"), whose simple present reports an occurrence."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return sent.start == 0 and last is not None and last.text not in (".", "!", "?", '"', "'", "”", ")")


# Verbs that only say an event was held: "staged protests", "held demonstrations", "carried out raids".
HOLDING_VERBS = frozenset("hold held stage staged carry carried launch launched mount mounted organise organised "
                          "organize organized conduct conducted".split())


# Verbs of sending a weapon's load, whose plural object told in the simple past is what was fired: "fired
# rockets at the town", "dropped bombs on the market".
FIRING_VERBS = frozenset("fired launched dropped hurled threw lobbed shot".split())
# Nouns for one burst of fire: "a barrage of rockets", "a volley of shots", "a salvo of missiles".
BURST_NOUNS = frozenset("barrage volley salvo hail burst round wave".split())


# Verbs that say an event happened, in the simple past, with the event as subject.
OCCURRING_VERBS = frozenset("broke erupted occurred happened flared spread raged rocked resumed ensued".split())


def _told_in_the_past(noun: Token) -> bool:
    """A plural event noun told as having happened: the object of a simple past verb that only says it was
    held ("youths held demonstrations", "staged protests"), or the complement of an existential "there were"
    ("there were clashes near X"); not the subject of another act ("attacks in Paris placed fears")."""
    head = noun.head
    burst = head.head if noun.dep_ == "pobj" and head.lower_ == "of" else None
    if burst is not None and burst.lower_ in BURST_NOUNS and any(c.lower_ in ("a", "an") for c in burst.children):
        noun, head = burst, burst.head  # "fired a barrage of rockets": the burst is the object
    if head.tag_ != "VBD":
        return False
    if noun.dep_ == "dobj":
        # ("protesters chanted slogans": what a crowd did, not what crowds do)
        crowd = any(c.dep_ == "nsubj" and c.lower_ in DEMONSTRATORS for c in head.children)
        return head.lower_ in HOLDING_VERBS or head.lower_ in FIRING_VERBS or crowd
    took_place = head.lower_ == "took" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)
    if noun.dep_ == "nsubj" and (head.lower_ in OCCURRING_VERBS or took_place):
        return True  # "similar protests broke out in Migori", "clashes erupted", "protests also took place in X"
    return noun.dep_ == "attr" and head.lower_ in ("was", "were") and any(c.dep_ == "expl" for c in head.children)


def generic(m: Mention, tokens: list[Token], when: EventDate | None, tolled: bool) -> bool:
    dated = when is not None and when.span is not None and (when.precision or 4) <= 2
    if dated or tolled or headline_verb(m.trigger) or _headline(m.sent):
        return False  # a headline's present tense reports one occurrence
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in m.trigger.children):
        return True  # a standing state: "with four jets engaged in the coalition"
    if _plural_trigger(m):
        quantified = any(c.lower_ in PLURAL_QUANTIFIERS for c in m.trigger.children)
        if not quantified and _told_in_the_past(m.trigger):
            return False  # "held demonstrations in the town", "there were firefights near X": they happened
        return (
            quantified
            or _present_habitual(tokens[1:])
            or not any(c.dep_ in ("det", "nummod") for c in m.trigger.children)
        )
    t = m.trigger
    if t.tag_ == "VBN" and t.dep_ in ("acl", "amod") and not m.casualties:
        return True  # a standing state: "jets engaged in the coalition"
    if t.tag_ in ("VBZ", "VBP") and _present_habitual([t]):
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        return (
            obj is not None
            and obj.tag_ == "NNS"
            and not any(c.dep_ in ("det", "nummod") for c in obj.children)
        )
    return False


LONG_UNITS = frozenset({"year", "years", "decade", "decades", "month", "months", "generation", "generations"})
PERFECT_AUX = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def _duration(verb: Token) -> str | None:
    """A long duration on a verb: "for more than 15 years", "for decades", "over two decades"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "over", "throughout"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in LONG_UNITS:
                return f"{c.lower_} {obj.lower_}"
    return None


# Verbs of a state that lasts (a siege, an occupation, a blockade): with "since" they tell how long it has lasted.
STATE_VERBS = frozenset({"besieged", "occupied", "blockaded", "encircled", "surrounded", "controlled", "held",
                         "detained", "displaced", "cut"})


def _dated_day(verb: Token) -> bool:
    """A day on the verb ("have been fighting since Monday morning" is still going on; "had been fighting on
    Tuesday" tells that day)."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(g.ent_type_ in ("DATE", "TIME")
                                                                       for g in c.children)
               for c in verb.children)


LASTING_UNITS = frozenset({"months", "years", "decades"})


def _months_of(trigger: Token) -> str | None:
    """A fight told by how long it lasted, with no count: "ending months of clan clashes", "after years of
    war" (a span of occurrences, not one of them)."""
    head = trigger.head
    if (trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in LASTING_UNITS
            and not any(c.dep_ == "nummod" for c in head.head.children)):
        return f"{head.head.text} of"
    return None


def _ongoing(tokens: list[Token]) -> str | None:
    """A state that has lasted, not an occurrence: a perfect verb ("has been fighting", "have waged")
    with a long duration or a starting point ("for 15 years", "since 2012"), or any verb lasting years
    ("fought the government for decades")."""
    for t in tokens:
        if not t.tag_.startswith("VB"):
            continue
        aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
        long = _duration(t)
        if long and (aux & PERFECT_AUX or not long.endswith(("month", "months"))):
            return long  # "has fought for months", "fought the state for two decades"
        if aux & PERFECT_AUX and any(c.dep_ == "prep" and c.lower_ == "since" for c in t.children) and (
                "been" in aux or t.lower_ in STATE_VERBS):
            return "since"  # "have been displaced since", "has besieged the city since May"
        if aux & PERFECT_AUX and "been" in aux and t.tag_ == "VBG" and not _dated_day(t):
            return "perfect progressive"  # "has been fighting FARC factions for control of the border"
        if t.dep_ == "relcl" and t.tag_ == "VBG" and aux & {"is", "are", "'s", "'re"} and not _dated_day(t):
            return "what an actor is doing"  # "The government, which is fighting militias in the region, ..."
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lower_ in BODY_NOUNS and not _dated_day(t):
            return "what an actor is doing"  # "the PDF, an armed group fighting the junta"
        if aux & PERFECT_AUX and any(c.dep_ == "advcl" and _opens_since(c) for c in t.children):
            return "since"  # "violence has surged since a ceasefire was signed": a trend, not an occurrence
        return None  # the first verb of the chain decides
    return None


# Nouns for an armed body or movement that a participle describes by what it does ("a group fighting the junta").
BODY_NOUNS = frozenset("group groups movement movements militia militias faction factions coalition alliance "
                       "army force forces organisation organization insurgency rebels".split())


REACHING_VERBS = frozenset({"entered", "enters", "enter", "entering", "reached", "reaches", "marked", "marks"})


def _in_its_nth(trigger: Token) -> str | None:
    """An occurrence told as lasting into a later day of its own ("the incursion, now in its third week", "a
    strike in its second month"): a state going on, not a new event."""
    told = list(trigger.subtree)
    if trigger.dep_ == "nsubj" and trigger.head.lower_ in REACHING_VERBS:
        # "fighting between the army and the RSF entered its second year"
        told += [t for c in trigger.head.children if c.dep_ == "dobj" for t in c.subtree]
    for t in told:
        if (t.lower_ in ("day", "week", "month", "year") and any(c.dep_ == "poss" and c.lower_ == "its"
                                                                 for c in t.children)
                and any(c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "second", "third") for c in t.children)):
            return f"in its {t.lower_}"
    return None


def _since_anchor(tokens: list[Token]) -> bool:
    """An event named as the starting point of a period: "since the fall of the town", "the worst since a
    truce was agreed in November 2024"."""
    if tokens[0].pos_ != "NOUN":
        return False
    return any(t.lower_ == "since" and t.dep_ == "prep" or t.pos_ in ("VERB", "AUX") and _opens_since(t)
               for t in tokens[1:3])


def _opens_since(verb: Token) -> bool:
    """``verb`` heads a clause that "since" opens ("since a truce was agreed")."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


# Links an act climbs to the proceeding or remembrance that names it, and the prepositions that name it there
# ("sentenced for", "convicted of", "inquiry into", "tribute to", "charged over", "jailed in connection with")
REFERENCE_LINKS = frozenset({"pobj", "pcomp", "prep", "dobj", "nsubjpass", "acl", "relcl", "xcomp", "compound"})
REFERENCE_PREPS = frozenset({"for", "of", "over", "with", "in", "into", "about", "to", "on"})
# Verbs of remembrance whose object is the earlier act itself ("commemorated the massacre")
REMEMBERING = frozenset(
    """commemorate commemorated commemorating remember remembered remembering mourn mourned mourning""".split()
)


def referred_to(trigger: Token) -> Token | None:
    """The word of a trial, sentence, charge or remembrance whose subject matter the act of ``trigger`` is,
    None when there is none: "sentenced three men for the 2019 attack", "the trial of the officers accused of
    shooting a student", "marked the anniversary of the massacre", "jailed the man who killed two guards". An
    act referred to this way happened before the proceeding reports it."""
    node, described = trigger, False
    for _ in range(8):
        head = node.head
        if node.dep_ not in REFERENCE_LINKS or head.i == node.i:
            return None
        described = described or node.dep_ in ("acl", "relcl")
        # a light verb's noun ("held a vigil for", "paid tribute to") or the word itself
        named = head.lower_ in REFERENCE_WORDS or (
            head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in REFERENCE_WORDS for c in head.children)
        )
        if named:
            if node.dep_ == "prep" and node.lower_ in REFERENCE_PREPS:
                return head  # "for the attack", "of the murder"
            if node.dep_ == "dobj" and head.lower_ in REMEMBERING:
                return head  # "commemorated the massacre"
            if node.dep_ in ("dobj", "nsubjpass") and described and head.pos_ == "VERB":
                return head  # the act describes the convict: "jailed the man who killed two guards"
        node = head
    return None


def _named_before(m: Mention, when: EventDate | None) -> bool:
    """An event called by the name news gives a known occurrence, with no date of its own: "the Benghazi
    attack", "the Oklahoma City bombing", "after the Paris attacks" (a place's name before the noun, after
    "the"). The report names it because it is already known: it happened before the news that mentions it,
    and a new occurrence is told with its date or its act ("gunmen attacked ... on Monday")."""
    t = m.trigger
    if t.pos_ != "NOUN" or (when is not None and when.span is not None) or m.casualties:
        return False
    children = list(t.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    # the tagger often takes a town before an event noun for an organisation ("the Benghazi attack")
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC", "FAC", "EVENT", "ORG")
                for c in children)
    return definite and named


def _generic_words(tokens: list[Token]) -> bool:
    return any(t.lower_ in GENERIC_WORDS for t in tokens[1:]) or any(
        c.lower_ in GENERIC_WORDS and c.dep_ == "advmod" for c in _children(tokens)
    )


WEEKS_OR_MORE = frozenset({"week", "weeks", "month", "months", "year", "years"})


def _weeks_before(trigger: Token) -> str | None:
    """The past-perfect act of a clause that dates another act weeks or more after it ("regained the town on
    Tuesday, two weeks after resistance forces had overrun its last base"): background, not the day's event."""
    verb = trigger if trigger.dep_ == "advcl" else trigger.head if trigger.dep_ == "dobj" else None
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None:
        return None
    span = [c for c in (*verb.children, *mark.children) if c.dep_ == "npadvmod" and c.lower_ in WEEKS_OR_MORE]
    return f"{span[0].text} after" if span else None


def historical(
    m: Mention, tokens: list[Token], when: EventDate | None, published: date | None, days: int
) -> bool:
    if when is None or when.value is None or published is None or when.span is None:
        return False
    return when.value < published - timedelta(days=days)


def _named_cause(m: Mention, when: EventDate | None) -> bool:
    """An event noun named as the cause or grievance of another act, definite and with no date of its own:
    "protested against the killing of a reporter", "clashes over the arrest of the chief". The report
    refers to an occurrence its readers know; told with its own date ("over the killing of a trader on
    Sunday"), it is dated like any event."""
    t = m.trigger
    if t.pos_ != "NOUN" or any(c is not t for c in m.casualties):
        return False
    cause = cause_object(t)
    if cause is None:
        return False
    phrase = cause_phrase(cause)  # the cause object is its own phrase's object
    if when is not None and when.span is not None and phrase is not None and phrase[0] <= when.span.start < phrase[1]:
        return False
    act = cause.head.head  # what the cause phrase hangs on
    if any(TRIGGERS[lemma][0] == "arrest" for lemma in FORMS.get(act.lower_, ())):
        return False  # "arrested two men over the killing ... on Sunday" often reports the act first
    return definite(t)


def _in_general(trigger: Token) -> bool:
    """An event noun with no determiner as the subject of a present-tense "is"/"are": a statement about such
    events in general ("Peaceful protest is a right", "Protests are banned in the capital"), not one of them."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in trigger.children):
        return False
    head = trigger.head
    if head.lower_ in ("is", "are"):
        return True  # "Peaceful protest is a right"
    # a present passive ("Protests are banned"), not a progressive ("Fighting is raging": going on now)
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in head.children)


RESCUE_FORMS = frozenset(
    "rescue rescued rescues rescuing free freed frees freeing release released releases releasing "
    "recover recovered reunite reunited".split()
)


def _rescued(trigger: Token) -> Token | None:
    """The rescue or release whose people an act describes: "police rescued 20 people kidnapped from a
    village", "freed hostages who were abducted in May". The taking happened before; the rescue is the news."""
    if trigger.dep_ not in ("acl", "relcl"):
        return None
    people = trigger.head
    verb = people.head
    if people.dep_ in ("dobj", "nsubjpass") and verb.lower_ in RESCUE_FORMS:
        return verb
    return None


def kind_of(
    m: Mention, when: EventDate | None, published: date | None, historical_days: int, tolled: bool
) -> KindResult:
    """Classify one mention."""
    tokens = chain(m.trigger)
    # light verbs and claims of an event noun belong to its chain: "launched attacks", "claimed an attack"
    neg = negation(m, tokens)
    hypo = hypothetical(tokens) and m.cls not in STATEMENT_CLASSES
    if m.cls in STATEMENT_CLASSES:
        return KindResult("statement", neg, False, "statement verb")
    if _since_anchor(tokens):
        return KindResult("historical", neg, hypo, "the starting point of a period")
    if _named_before(m, when):
        return KindResult("historical", neg, hypo, "a known occurrence called by its name, with no date")
    if _in_general(m.trigger):
        return KindResult("generic", neg, hypo, "said of such events in general (present tense, no determiner)")
    rescue = _rescued(m.trigger)
    if rescue is not None:
        return KindResult("historical", neg, hypo, f"the taking of the people a rescue is of ({rescue.text})")
    if _named_cause(m, when):
        return KindResult("historical", neg, hypo, "a known occurrence named as the cause of another act")
    earlier = _weeks_before(m.trigger)
    if earlier is not None:
        return KindResult("historical", neg, hypo, f"an act weeks or more before the one told ({earlier})")
    if charge_describing(m.trigger):
        return KindResult("historical", neg, hypo, "the act a charge describing someone names")
    reference = referred_to(m.trigger)
    if reference is not None:
        return KindResult("historical", neg, hypo, f"the act a proceeding or remembrance refers to ({reference.text})")
    if _generic_words(core(tokens)):
        return KindResult("generic", neg, hypo, "habitual (continues, regularly ...)")
    marker = _aggregate_marker(tokens)
    if marker and marker.split()[-1] in WAR_NOUNS and when is not None and when.span is not None and (
            when.precision or 4) <= 1:
        marker = None  # "killed in the war on Tuesday": that day's toll
    if marker and (tolled or _plural_trigger(m) or any(c.tag_ == "NNS" for c in _children(tokens))):
        return KindResult("aggregate", neg, hypo, f"running total ({marker})")
    lasting = _ongoing(core(tokens)) or _in_its_nth(m.trigger) or _months_of(m.trigger)
    if lasting:
        return KindResult("generic", neg, hypo, f"ongoing ({lasting})")
    if intent(core(tokens), when, published):
        return KindResult("intent", neg, hypo, "announced, planned or threatened")
    if historical(m, tokens, when, published, historical_days):
        return KindResult("historical", neg, hypo, "background before publication")
    if generic(m, tokens, when, tolled):
        return KindResult("generic", neg, hypo, "habitual or undated")
    return KindResult("specific", neg, hypo, "one dated occurrence")
