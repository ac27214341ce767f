"""Event mentions: trigger words from the lexicon, checked against the dependency parse, grouped per clause.

A mention is one event trigger with the casualty words that report its toll ("an attack in which 39 soldiers
were killed") and the trigger words that only modify it ("a bomb attack"). Its evidence is the clause
around the trigger (the subtree of the nearest clause head), trimmed of linking words and punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lemminflect import getAllLemmas
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.actors import names_armed_group
from eventwire.annotate import doc_text, span_ents
from eventwire.events.fatalities import (
    RELATIVE_PRONOUNS,
    backstory,
    elliptic_passive,
    executed_people,
    gunned_down,
    lethal,
    singular,
    to_death,
)
from eventwire.events.lexicon import (
    BODY_NOUNS,
    CLAIM_WORDS,
    DENIAL_WORDS,
    FORMS,
    LETHAL_LEMMAS,
    LIGHT_VERBS,
    NEGATION_WORDS,
    PROPERTY_NOUNS,
    SPEECH_VERBS,
    TRIGGERS,
)

CLAUSE_DEPS = frozenset({"ROOT", "advcl", "ccomp", "relcl", "conj", "parataxis"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
MERGE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "compound", "amod"})
MERGE_PREPS = frozenset({"in", "with", "by", "during", "through"})
# Prepositions that give a bombing its site: a gathering there is what was hit, not an event of its own.
SITE_PREPS = frozenset({"at", "on", "near", "outside", "inside"})
LOCATIVE_SITE_PREPS = SITE_PREPS | {"in"}  # and where an event named by its own word happened
TRIM = frozenset({"where", "when", "which", "who", "that", "and", "but", "or", "while", "as", "whereas"})

# Object heads that decide what an ambiguous trigger means.
PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "territory",
        "base",
        "area",
        "district",
        "region",
        "stronghold",
        "swathes",
        "swaths",
        "control",
        "camp",
        "checkpoint",
        "airport",
        "positions",
        "position",
        "province",
        "capital",
        "hill",
        "bastion",
        "port",
        "border",
        "crossing",
        "outpost",
        "barracks",
        "localities",
        "locality",
        "parts",
        "part",
        "neighbourhood",
        "neighborhood",
        "villages",
        "towns",
        "cities",
        "areas",
        "bases",
        # posts of state power: "overran a district headquarters", "captured the district centre"
        "headquarters",
        "garrison",
        "garrisons",
        "post",
        "posts",
        "outposts",
        "checkpoints",
        "centre",
        "center",
    }
)
WEAPON_NOUNS = frozenset(
    {
        "weapons",
        "weapon",
        "arms",
        "ammunition",
        "explosives",
        "rifles",
        "guns",
        "bombs",
        "ieds",
        "mines",
        "grenades",
        "rockets",
        "missiles",
        "cache",
        "drones",
    }
)
PERSON_NOUNS = frozenset(
    {
        "suspect",
        "suspects",
        "man",
        "men",
        "woman",
        "women",
        "leader",
        "leaders",
        "commander",
        "commanders",
        "member",
        "members",
        "militant",
        "militants",
        "fighter",
        "fighters",
        "journalist",
        "journalists",
        "activist",
        "activists",
        "people",
        "persons",
        "student",
        "students",
        "soldier",
        "soldiers",
    }
)
TROOP_NOUNS = frozenset(
    {
        "troops",
        "soldiers",
        "forces",
        "force",
        "personnel",
        "contingent",
        "units",
        "battalion",
        "battalions",
        "troop",
        "peacekeepers",
        "police",
        "officers",
        "marines",
        "jets",
        "aircraft",
        "warships",
        "rafale",
        "planes",
        "fighters",
        "advisers",
        "advisors",
        "army",
    }
)
AGREEMENT_OBJECTS = frozenset(
    {"agreement", "deal", "accord", "treaty", "ceasefire", "truce", "pact", "memorandum"}
)
CONCERN_NOUNS = frozenset(
    {"concern", "concerns", "alarm", "outrage", "anger", "regret", "worry", "fears", "fear"}
)
NON_EVENT_COMPOUNDS = frozenset(
    {
        "heart",
        "panic",
        "asthma",
        "cyber",
        "legal",
        "price",
        "market",
        "court",
        "takeover",
        "bidding",
        "custody",
        "election",
        "electoral",
        "political",
        "bitter",
        "uphill",
        "verbal",
        "ratings",
        "trade",
        "tariff",
        "bid",
        # contests of votes: "the delegate battle", "a primary fight", "a budget battle"
        "delegate",
        "primary",
        "nomination",
        "budget",
        "campaign",
        "leadership",
        "losing",
    }
)
# Adjectives that make an attack, fight or battle one of words, courts or votes: "a personal attack", "an
# intense legal battle", "her nominating battle", "a scathing attack on the minister".
NON_EVENT_MODIFIERS = frozenset(
    {"legal", "political", "electoral", "verbal", "personal", "rhetorical", "partisan", "ideological",
     "nominating", "procedural", "courtroom", "scathing", "blistering", "withering", "stinging", "hominem"}
)
ABSTRACT_GOALS = frozenset(
    {
        # those a campaigner fights for: "fight for his family", "fought for working people"
        "family",
        "families",
        "employees",
        "workers",
        "company",
        "country",
        "nation",
        "people",
        "children",
        "kids",
        "constituents",
        "voters",
        "values",
        "principles",
        "ideals",
        "wages",
        "him",
        "her",
        "them",
        "us",
        "freedom",
        "right",
        "liberty",
        "liberties",
        "sovereignty",
        "bill",
        "bills",
        "legislation",
        "law",
        "laws",
        "reform",
        "reforms",
        "cause",
        "rights",
        "justice",
        "survival",
        "independence",
        "democracy",
        "equality",
        "custody",
        "recognition",
        "life",
        "lives",
        "future",
        "change",
        "peace",
        "jobs",
        "votes",
        "title",
        "place",
        "seat",
    }
)
AIR_WORDS = frozenset(
    {
        "air",
        "drone",
        "drones",
        "aerial",
        "airstrike",
        "airstrikes",
        "warplanes",
        "warplane",
        "jets",
        "jet",
        "helicopter",
        "helicopters",
        "aircraft",
        "airplanes",
    }
)
LABOUR_WORDS = frozenset(
    {
        "workers",
        "unions",
        "union",
        "teachers",
        "doctors",
        "nurses",
        "employees",
        "staff",
        "drivers",
        "lecturers",
        "general",
        "workers'",
        "miners",
        "traders",
        "transporters",
    }
)
ROAD_NOUNS = frozenset(
    {
        "road",
        "roads",
        "highway",
        "highways",
        "street",
        "streets",
        "bridge",
        "entrance",
        "traffic",
        "junction",
        "route",
        "access",
        "gate",
        "gates",
        "roundabout",
        "avenue",
        "avenues",
        "boulevard",
        "motorway",
        "intersection",
        "crossroads",
    }
)
GRIEVANCE_WORDS = frozenset(
    {
        "demand",
        "demanded",
        "demanding",
        "protest",
        "protesting",
        "chanting",
        "chanted",
        "petition",
        "grievances",
        "against",
        "denounce",
        "denouncing",
        "calling",
        "placards",
    }
)
STRIKE_HEADS = frozenset(
    {
        "on",
        "action",
        "begun",
        "began",
        "begin",
        "started",
        "start",
        "staged",
        "stage",
        "declared",
        "declare",
        "called",
        "call",
        "embarked",
        "launched",
        "threatened",
        "continued",
        "suspended",
        "called-off",
    }
)
PARTICIPANTS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "looters",
                          "protester", "protestor", "demonstrator", "rioter", "looter"})
DEMONSTRATION_CLASSES = frozenset({"protest", "riot", "mob"})
# Herds whose theft is a raid ("stole 200 head of cattle", "goats were stolen"), not any theft ("stole a phone").
LIVESTOCK_NOUNS = frozenset(
    {
        "cattle", "cows", "cow", "bulls", "oxen", "calves", "heifers", "livestock", "goats", "goat", "sheep",
        "camels", "camel", "donkeys", "herd", "herds", "head", "animals", "stock",
    }
)
# Words that make an act a charge or a suspicion, not a reported event ("accused of stealing cattle").
CHARGE_WORDS = frozenset(
    {"accused", "accusing", "accusation", "suspected", "suspicion", "charged", "charges", "convicted", "alleged"}
)
# What a boycott that is no street demonstration stays away from ("the opposition boycotted the polls").
NON_PROTEST_BOYCOTTS = frozenset(
    {
        "election", "elections", "poll", "polls", "vote", "voting", "referendum", "ballot", "talks",
        "negotiations", "dialogue", "summit", "ceremony", "inauguration", "swearing",
    }
)
# What a rioting crowd throws ("threw stones", "hurled rocks and bottles at the police").
THROWN_OBJECTS = frozenset(
    {"stones", "stone", "rocks", "rock", "bricks", "brick", "bottles", "missiles", "objects", "projectiles",
     "punches", "blows", "chairs"}
)
# Crowds that police disperse (the demonstrators' own nouns are triggers already: "disperse protesters").
DISPERSED_CROWDS = frozenset(
    {
        "crowd",
        "crowds",
        "gathering",
        "gatherings",
        "supporters",
        "residents",
        "villagers",
        "students",
        "youths",
        "youth",
        "traders",
        "hawkers",
        "workers",
        "mob",
        "group",
        "groups",
        "people",
        # people police would only disperse as a gathering
        "members",
        "fans",
        "mourners",
        "worshippers",
        "teachers",
        "farmers",
        "drivers",
        "motorists",
        "squatters",
        "miners",
        "vendors",
        "followers",
        "campaigners",
        "activists",
        "voters",
        "pupils",
        "locals",
        "operators",
        "nurses",
        "doctors",
        "employees",
        "congregants",
        "women",
        "men",
        # the demonstration itself: "police dispersed a rally" (a meeting broken up is no protest: ACLED codes
        # the force used on it as violence against civilians)
        "rally",
        "rallies",
        "procession",
        "processions",
        "vigil",
        "vigils",
        "picket",
        "pickets",
    }
)
# Verbs of a crowd going out to demonstrate: "took to the streets", "poured onto the streets", "hit the streets".
STREET_VERBS_TO = frozenset(
    {"take", "takes", "took", "taken", "taking", "pour", "pours", "poured", "pouring", "spill", "spilled",
     "spilt", "spilling", "flood", "flooded", "flooding", "throng", "thronged", "come", "came", "went", "go"}
)
STREET_VERBS_OBJ = frozenset({"hit", "hits", "hitting", "flood", "flooded", "flooding", "throng", "thronged"})


def _to_the_streets(tok: Token) -> bool:
    """"the streets" as the goal of a crowd going out to demonstrate."""
    if tok.lower_ != "streets" or not any(c.lower_ == "the" for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lower_ in STREET_VERBS_OBJ
    return (
        tok.dep_ == "pobj"
        and head.lower_ in ("to", "onto", "into")
        and head.head.lower_ in STREET_VERBS_TO
    )


# Nouns of unrest that are a trigger only as an event that happened, not as a topic ("calls to end violence").
UNREST_NOUNS = frozenset({"violence", "unrest", "chaos", "mayhem", "pandemonium"})
# Adjectives that make "violence" the attacks of armed groups, not a crowd's riot.
ARMED_VIOLENCE = frozenset({"jihadist", "jihadi", "islamist", "militant", "insurgent", "terrorist", "extremist",
                            "armed", "rebel", "gang", "separatist"})
# Words whose object or complement is unrest as a topic: prevented, condemned, feared, warned against.
UNREST_TOPIC_WORDS = frozenset(
    {
        "avoid", "avoided", "avoiding", "prevent", "prevented", "preventing", "end", "ended", "ending",
        "stop", "stopped", "stopping", "shun", "shunned", "shunning", "renounce", "renounced", "reject",
        "rejected", "condemn", "condemned", "condemning", "denounce", "denounced", "fear", "feared", "fears",
        "fearing", "warn", "warned", "warning", "against", "curb", "curbed", "free", "preach", "preached",
        "combat", "tackle", "tackling", "counter", "on", "about", "over", "following", "after", "despite",
        "survivors", "victims", "evidence", "use", "used", "using",
        # violence spoken of, not done: "encouraging violence at his rallies", "inciting violence"
        "encourage", "encouraged", "encourages", "encouraging", "incite", "incited", "incites", "inciting",
        "promote", "promoted", "promoting", "glorify", "glorified", "glorifying", "advocate", "advocated",
        "advocating", "threaten", "threatened", "threatening",
        # violence an appeal or a programme means to reduce: "deter acts of violence", "address youth violence"
        "deter", "deterred", "deters", "deterring", "address", "addressed", "addressing", "reduce", "reduced",
        "reducing", "eliminate", "eliminating", "eschew", "eschewed", "eschewing", "discourage", "discouraged",
        "discouraging", "minimise", "minimize", "forestall",
        # violence a group watches or studies: "a group that tracks violence in the region"
        "track", "tracks", "tracked", "tracking", "monitor", "monitors", "monitored", "monitoring",
        "document", "documents", "documenting", "study", "studies", "studying",
    }
)
FIRE_WORDS = frozenset({"ablaze", "alight", "afire", "fire"})
TYRE_WORDS = frozenset({"tyres", "tires", "tyre", "tire"})
SUICIDE_WORDS = frozenset({"suicide"})


@dataclass
class Mention:
    trigger: Token
    lemma: str
    cls: str
    sent: SpacySpan
    casualties: list[Token] = field(default_factory=list)
    modifiers: list[Token] = field(default_factory=list)
    repeats: list[Mention] = field(default_factory=list)  # later mentions of the same event ("the blast")
    # repeats that go on telling the lead's act in the next sentence (``_detail_of_lead``): the day they name is
    # the event's when the lead names none
    details: list[Mention] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        return [self.trigger, *self.casualties, *self.modifiers]


def _pos(tok: Token) -> str:
    tag = tok.tag_
    if tag.startswith("VB"):
        return "V"
    if tag.startswith("NN"):
        return "N" if tag != "NNP" or not tok.ent_type_ or _capitalised_opening(tok) else ""
    if tag.startswith("JJ"):
        return "A"
    if tag == "RB" and _ends_noun_phrase(tok):
        return "N"  # "began an indefinite fast": an adverb tag after an article and its adjectives
    return ""


def _ends_noun_phrase(tok: Token) -> bool:
    """A word that closes a run of an article and adjectives ("an indefinite [fast] on Monday") and so is
    the run's noun whatever its tag; not an adverb inside the run ("a very big ...")."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].tag_.startswith("JJ"):
        i -= 1
    if i < 0 or doc[i].tag_ != "DT" or i == tok.i - 1 and doc[i].lower_ not in ("a", "an", "the"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not nxt.tag_.startswith(("JJ", "RB", "NN", "CD", "VBN"))


# Nouns that count or group what follows their "of" ("hundreds of supporters", "a group of traders").
QUANTITY_NOUNS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions", "number", "handful",
                            "group", "groups", "lot", "lots", "couple"})
# Words that stand for a part of the noun after "of" ("seven of their dormitories", "some of the houses")
PART_WORDS = frozenset({"some", "many", "most", "all", "several", "few", "part", "parts", "each", "both", "one"})


def stands_for_part(tok: Token) -> bool:
    """A numeral or part word whose noun comes after its "of": "seven of their dormitories", "some of the
    soldiers"."""
    return tok.like_num or tok.lower_ in PART_WORDS


# What destroys property without anyone's act: floods, storms, quakes (a disaster is no ACLED event); not a
# fire, which is often set ("razed by fire", suspected arson).
NATURAL_CAUSES = frozenset(
    {"wildfire", "wildfires", "bushfire", "bushfires", "flood", "floods", "floodwaters", "rain", "rains",
     "downpour", "storm", "storms", "cyclone", "hurricane", "typhoon", "tornado", "earthquake", "quake", "tremor",
     "landslide", "landslides", "mudslide", "mudslides", "lightning", "winds", "tsunami", "avalanche", "drought",
     "locusts", "termites", "short-circuit", "sun", "heat", "heatwave"}
)


def _natural_cause(tok: Token) -> bool:
    """The trigger's doer is a flood, storm or quake: its subject, or the agent of its passive."""
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in NATURAL_CAUSES for d in doers)


def objects_of(tok: Token) -> list[Token]:
    """The objects of a trigger: direct objects, passive subjects and the nouns after "of" or "over", with
    the nouns listed with them ("burnt a bar and several houses"); an object that counts ("hundreds of
    supporters") or stands for a part ("seven of their dormitories") brings the noun after its "of"."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        # a second subject after the verb is its object misparsed ("forces recaptured Mahas district
        # (Mahas, Hiraan) from ...": the bracket made the district a subject)
        objs = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i]
    if not objs and tok.tag_.startswith("VB"):
        objs = _next_noun(tok)  # "burn a truck carrying meat they believe had been stolen": the parse gave
        # the truck to the later verb
    objs += [j for o in objs for j in o.conjuncts]
    objs += [g for o in objs if o.lower_ in QUANTITY_NOUNS or stands_for_part(o)
             for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if tok.tag_ == "VBN" and tok.dep_ == "acl":
        objs.append(tok.head)  # "houses burnt by the militia"
    objs += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("of", "over")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return objs


def _next_noun(verb: Token) -> list[Token]:
    """The noun right after a verb with only an article, numbers or adjectives between, when the parse hangs
    it on a later verb of another clause: the verb's object whatever the parse says."""
    for t in verb.doc[verb.i + 1:min(verb.i + 5, verb.sent.end)]:
        if t.pos_ in ("NOUN", "PROPN"):
            if t.head.i != verb.i and t.head.i > t.i and t.dep_ in ("nsubj", "nsubjpass"):
                return [t]
            return []
        if t.pos_ not in ("DET", "NUM", "ADJ"):
            return []
    return []


FIGHT_LEMMAS = frozenset({"attack", "assault", "fight", "battle", "war", "clash", "combat"})
# What is shot when "shoot" is filming, and what shoots that is no gun: "shot a video", "fireworks shooting".
FILMED = frozenset(
    {"video", "videos", "film", "films", "footage", "photo", "photos", "pictures", "scene", "scenes", "movie",
     "documentary", "commercial", "advert", "episode", "fireworks", "firework", "stars", "prices"}
)
# Things, not people, whose clash is a contradiction: "his views clashed with", "the colours clash".
CLASHING_THINGS = frozenset(
    {"views", "view", "positions", "position", "practices", "ideas", "interests", "policies", "opinions", "values",
     "statements", "accounts", "versions", "figures", "schedules", "colours", "colors", "styles", "claims"}
)
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"})


def _only_self(tok: Token) -> bool:
    """A killing whose only victim is its doer ("killed himself"), not "killed himself and 12 others"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in REFLEXIVES and not any(g.dep_ == "conj" for g in o.children)
                                 for o in objects)


# Words that make a rally a candidate's or a party's meeting for votes: ACLED codes no campaign rally as a
# demonstration (only what happens at one: a riot, an attack, a disruption).
CAMPAIGN_MARKS = frozenset(
    {"campaign", "election", "electoral", "victory", "fundraising", "presidential", "primary",
     "re-election", "reelection", "nomination", "stump"}
)
# Words of a disruption or a riot: a rally told with them is where a reported event happened.
DISRUPTION_WORDS = frozenset(
    {"disrupt", "disrupts", "disrupted", "disrupting", "riotous", "rioting", "rioted", "riot", "chaos", "chaotic",
     "violent", "violence", "teargas", "tear", "stormed", "injure", "injures", "injuring", "heckled", "pelted"}
)


RALLY_KEEPERS = GRIEVANCE_WORDS | DISRUPTION_WORDS


def _campaign_rally(tok: Token) -> bool:
    """A rally held for votes: marked as a campaign's ("a campaign rally", "her victory rally"), or a named
    person's or candidate's ("a Trump rally", "Sanders's rally", "a rally for the senator"), with no demand or
    grievance in its sentence ("rallied against the tax", "a rally demanding his release")."""
    if says_any(tok.sent, RALLY_KEEPERS) or _violence_in(tok.sent):
        return False  # the rally is where a reported riot or attack happened: it stays its event's word
    children = list(tok.children)
    if any(c.dep_ in ("compound", "amod") and c.lower_ in CAMPAIGN_MARKS for c in children):
        return True
    if any(c.dep_ in ("compound", "poss") and (c.ent_type_ == "PERSON" or c.lower_ in CONTEST_PEOPLE)
           for c in children):
        return True
    held_for = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return any(g.ent_type_ == "PERSON" or g.lower_ in CONTEST_PEOPLE for g in held_for)


def _burns_tyres(tok: Token) -> bool:
    """What a burning verb burns is tyres, also where the parse makes them a modifier ("set tyres alight")."""
    objects = objects_of(tok)
    modifiers = {c.lower_ for o in objects for c in o.children if c.dep_ in ("compound", "nmod")}
    burnt = {o.lower_ for o in objects} | modifiers
    return bool(burnt & TYRE_WORDS)


# Destruction words that are events only of property ("demolished 40 kiosks", not "a glass ceiling to demolish").
DESTRUCTION_LEMMAS = frozenset({"burn", "destroy", "smash", "damage", "demolish"})


def _sense(tok: Token, lemma: str, cls: str) -> str | None:
    """The event class of a trigger in context, or None when the word is not used for an event here."""
    lower_children = {c.lower_ for c in tok.children}
    if lemma == "violence" and lower_children & ARMED_VIOLENCE:
        return "attack"  # "jihadist violence", "militant violence": armed groups' attacks, no riot
    if lemma in ("down", "shoot", "destroy") and _downing(tok):
        return "disrupt"  # "air defences downed 32 drones", "shot down 12 drones": weapons stopped, no attack
    if (cls in REMOTE_NOUN_CLASSES and tok.pos_ == "NOUN" and tok.lower_ in PROJECTILES
            and tok.dep_ in ("dobj", "nsubjpass") and _downing(tok.head)):
        return None  # the drones downed are the downing's, not an air strike of their own
    if cls not in DEMONSTRATION_CLASSES and any(
        c.dep_ == "compound" and c.lower_ in NON_EVENT_COMPOUNDS for c in tok.children
    ):
        return None  # "an election battle", "a price war"; but "election protests", "election riots" happened
    if (lemma in FIGHT_LEMMAS and any(c.dep_ == "amod" and c.lower_ in NON_EVENT_MODIFIERS for c in tok.children)
            and not _violence_in(tok.sent)):
        return None  # "a personal attack", "a legal battle"; not "bitter fighting", nor "two dead in a political clash"
    if lemma == "kill" and tok.lower_.startswith("neutrali") and not _fighters_neutralised(tok):
        return None
    if lemma in ("kill", "shoot") and _only_self(tok):
        return None  # "killed himself", "shot himself": ACLED codes no suicide (a suicide bombing is an explosion)
    if lemma == "shoot" and ({o.lower_ for o in objects_of(tok)} & FILMED or
                             any(c.dep_ == "nsubj" and c.lower_ in FILMED for c in tok.children)):
        return None  # "shot a video", "fireworks shooting over the lake"
    if lemma == "clash" and any(c.dep_ == "nsubj" and c.lower_ in CLASHING_THINGS for c in tok.children):
        return None  # "his views clashed with hers", "the practices clash with the campaign's positions"
    if lemma in ("throw", "hurl") and not {o.lower_ for o in objects_of(tok)} & THROWN_OBJECTS:
        return None  # "threw stones at police", not "threw a party" or "threw out the case"
    if lemma == "disperse" and not {o.lower_ for o in objects_of(tok)} & DISPERSED_CROWDS:
        return None
    if (cls in _STATEMENT and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")
            and any(t.tag_ in FINITE_TAGS for t in _segment(tok))):
        return None  # "a man accused of stealing": a charge describing someone (a headline's "Rebels blamed
        # for killing" is still the charge made)
    if lemma == "street" and not _to_the_streets(tok):
        return None
    if lemma in INCENDIARY_LEMMAS:
        return "attack" if _incendiary(tok, lemma) else None
    if lemma in ("bomb", "bombing") and _incendiary(tok, lemma):
        return "attack"  # a petrol bomb burns, it does not explode: ACLED never codes it as remote violence
    if lemma == "strike":
        if lower_children & AIR_WORDS:
            return "air"
        subjects = {c.lower_ for c in tok.children if c.dep_ == "nsubj"}
        # "the strike on Kryvyi Rih", "a strike against a base": what it hit makes it an armed strike
        hit = any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for c in tok.children
                  if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children)
        armed = tok.pos_ == "NOUN" and hit and not lower_children & LABOUR_WORDS
        if not armed and ((tok.pos_ == "NOUN" and (tok.head.lower_ in STRIKE_HEADS or lower_children & LABOUR_WORDS))
                          or subjects & LABOUR_WORDS):
            return "protest"  # "went on strike", "began a strike", "strike action"
    if lemma in (
        "seize",
        "capture",
        "fall",
        "regain",
        "retake",
        "recapture",
        "overrun",
        "liberate",
        "seizure",
        "overtake",
    ):
        objs = objects_of(tok)
        heads = {o.lower_ for o in objs}
        place = bool(heads & PLACE_NOUNS) or any(o.ent_type_ in ("GPE", "LOC", "FAC") or placed_name(o) for o in objs)
        if heads & WEAPON_NOUNS and not place:  # ("overran the post and seized weapons": the post taken)
            return "disrupt"
        if lemma == "fall":
            return cls if place else None
        if lemma == "overtake" and not place:
            return None  # "overtook a village"; not "overtook his rival in the polls" or "overtook a bus"
        if heads & PEOPLE_NOUNS or any(o.ent_type_ == "PERSON" and not placed_name(o) for o in objs):
            return "arrest"
        if not place:
            return None
    if lemma in ("engage", "station", "reinforce") and not (
        {"in", "at"} & lower_children or lemma == "station"
    ):
        return None
    if lemma == "dispatch" and not {o.lower_ for o in objects_of(tok)} & TROOP_NOUNS:
        return None
    if lemma == "speak" and not {"of", "about", "out"} & lower_children:
        return None
    if lemma == "express" and not {o.lower_ for o in objects_of(tok)} & CONCERN_NOUNS:
        return None
    if (
        cls == "agreement"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("under", "of", "in", "by", "despite")
    ):
        return None  # "under the agreement": a reference, not the signing
    if lemma == "hand" and not _handed_over(tok):
        return None  # "handed him a letter", "handed over the suspects"
    if lemma == "deal" and not _peace_deal(tok):
        return None  # "a trade deal", "a record deal", "a big deal"
    if cls == "agreement" and lemma in ("agreement", "accord", "treaty") and not _conflict_agreement(tok):
        return None  # "an immunity agreement", "the Paris climate accord": no settlement of a conflict
    if lemma in ("fight", "battle") and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in ABSTRACT_GOALS for g in c.children)
        for c in tok.children
    ):
        return None  # "fought for freedom", "a battle for custody"
    if lemma in ("fight", "battle", "clash") and tok.dep_ == "amod":
        return None  # "the fought-over child"
    if lemma == "withdraw" and any(
        c.dep_ == "dobj" and c.lower_ not in TROOP_NOUNS and c.pos_ != "PRON" for c in tok.children
    ):
        return None  # "withdrew the request", "withdraw funding"
    if lemma == "block" and not {o.lower_ for o in objects_of(tok)} & ROAD_NOUNS:
        return None
    if lemma in BANNING_LEMMAS and not _organisation_banned(tok):
        return None  # "suspended the talks", "banned plastic bags", "dissolved in water"
    if lemma == "block" and tok.dep_ in ("xcomp", "advcl") and tok.head.tag_ == "VBN" and tok.head.dep_ == "acl":
        return None  # "containers placed to block roads": the authorities' barrier, no protest
    if lemma == "rally" and tok.pos_ != "VERB" and _campaign_rally(tok):
        return None  # "said at a campaign rally", "a Trump rally": a candidate's meeting, no demonstration
    if lemma == "rally" and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("around", "behind")) for c in tok.children
    ):
        return None  # "rallied supporters", "rallying around a candidate": gathering support, no demonstration
    if lemma == "gather" and not says_any(tok.sent, GRIEVANCE_WORDS):
        return None  # "residents gathered ... to demand", not "mourners gathered"
    if lemma == "fight" and lower_children & {"fist", "street"}:
        return "mob"
    # what is opened, or the word right after "open" ("opened fire on", "open fire"): never "opened an account"
    if lemma == "open" and not ({o.lower_ for o in objects_of(tok)} | _next_words(tok)) & {"fire", "gunfire"}:
        return None  # "opened fire on the convoy" is an attack; "opened the road" is not
    if lemma == "storm" and lower_children & {"out", "off", "away"}:
        return None
    if lemma == "establish":  # "militants established a base in the village"; not "established a company"
        armed_base = bool({o.lower_ for o in objects_of(tok)} & BASE_NOUNS) and _armed_subject(tok)
        return "base" if armed_base else None
    if lemma == "set" and _armed_camp(tok):
        return "base"  # "armed herders set up camp near the river", "rebels set up bases"
    if lemma == "set" and not (lower_children | {g.lower_ for c in tok.children for g in c.children}) & FIRE_WORDS:
        return None  # "set ablaze", "set fire to", "set on fire"; not "set up a stall"
    if lemma == "take" and not _took_over_place(tok):
        return None  # only "took over a police post"; not "took part", "took over the company"
    if lemma in ("disrupt", "interrupt", "disturb") and not {o.lower_ for o in objects_of(tok)} & GATHERING_EVENTS:
        return None  # "disrupted a rally"; not "disrupted supplies" or "interrupted the speaker" alone
    if lemma == "chase":
        subjects = {c.lower_ for c in tok.children if c.dep_ == "nsubj"}
        crowd = bool(subjects & DISPERSED_CROWDS)
        if not (lower_children & {"away", "off", "out"} or (crowd and "from" in lower_children)) or not objects_of(tok):
            return None  # "chased away the chief", "residents chased police from the slum"; not "chased the
            # thieves" (a pursuit) or "guards chased her from the car park"
        if {o.lower_ for o in objects_of(tok)} & DISPERSED_CROWDS:
            return "protest"  # a crowd chased off is a gathering broken up, as "dispersed"
    if lemma == "gunshot" and (tok.dep_ == "compound" or tok.head.lower_ in ("wound", "wounds", "injury",
                                                                             "injuries")):
        return None  # "died of gunshot wounds": the wound, not the shooting
    if lemma == "dispute" and not ({c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
                                   & DISPUTE_KINDS and _violence_in(tok.sent)):
        return None  # "a chieftaincy dispute" that killed or wounded; not "a trade dispute"
    if lemma == "dispute" and tok.head.dep_ == "prep" and any(
            c.dep_ in ("nsubj", "agent") for c in tok.head.head.children):
        return None  # the cause of an act someone did ("land guards killed a resident over a land dispute")
    if lemma == "curfew" and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in CURFEW_VERBS):
        return None  # "imposed a curfew", "a curfew was declared"; not "broke the curfew"
    if lemma in ("violent", "chaotic"):
        if not (tok.dep_ == "acomp" and tok.head.lower_ in TURNED_VERBS):
            return None  # "the primaries turned violent"; not "a violent storm" or "violent crime rates"
        turned = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not any(c.lower_ in TURNED_GATHERINGS or c.lower_ in GATHERING_EVENTS or c.lower_ in DISPERSED_CROWDS
                   for c in turned):
            return None  # a gathering or a crowd turned violent, not the weather
        if any(c.lower_ in FORMS for c in turned):
            return None  # "the protest turned violent": one event, the protest's
    if lemma == "hostage" and not (tok.dep_ in ("oprd", "dobj", "attr", "npadvmod", "advmod")
                                   and tok.head.lower_ in HOSTAGE_VERBS):
        return None  # "held hostage", "took three engineers hostage"; not "hostage talks"
    if lemma in ("heckle", "jeer") and not _human_or_vehicle_target(tok):
        return None
    if lemma in ("blockade", "barricade") and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in (
            "against", "over"):
        return None  # "chanting slogans against the blockade": what the crowd protests, no blockade of its own
    if lemma == "besiege":
        towns = {"town", "towns", "city", "cities", "capital", "village", "villages", "garrison", "base", "camp"}
        if _armed_subject(tok) or any(o.ent_type_ in ("GPE", "LOC") or o.lower_ in towns for o in objects_of(tok)):
            return "attack"  # "militants besieged the town", "has besieged the state capital since May"
    if lemma == "break" and not {o.lower_ for o in objects_of(tok)} & BROKEN_LIMBS:
        return None  # "broke the legs of two traders"; not "broke into a shop" or "broke the news"
    if lemma in ("terrorize", "terrorise", "punch", "slap", "hijack") and not _human_or_vehicle_target(tok):
        return None  # "terrorised villagers", "slapped a voter"; not "slapped a ban on", "hijacked the debate"
    if lemma in ("burn", "set", "torch") and _burns_tyres(tok):
        return "riot"  # burning tyres ("set tyres alight"): ACLED's example of a violent demonstration
    if lemma in ("attack", "assault", "beat", "fight", "battle", "combat", "strike", "capture", "seize", "clash") and (
        _figurative(tok, lemma)
    ):
        return None  # "attacked her rival in a tweet", "fight climate change", "beat him by six points"
    if lemma == "inflict" and not {o.lower_ for o in objects_of(tok)} & WOUND_NOUNS:
        return None  # "inflicted wounds on twenty fishermen"; not "inflicted losses on the economy"
    if _hyphen_compound(tok):
        return None  # "shell-shocked", "attack-style": the first part of a compound adjective
    if lemma == "demonstrate" and any(_shown(c) for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ in SHOWN_EXCLUDED for c in tok.children
    ):
        return None  # "demonstrated his commitment", "demonstrated that ...": showing, not a demonstration
    if lemma == "engage" and not _engaged_in_fighting(tok):
        return None  # "engaged in a fraudulent scheme", "engage in insults"
    if lemma in ("loot", "looting") and {o.lower_ for o in objects_of(tok)} & PUBLIC_MONEY:
        return None  # "the looting of public funds" is embezzlement, not an act of violence
    if lemma == "destroy" and any(c.dep_ == "nsubj" and c.lower_ in AIR_WORDS for c in tok.children):
        return "air"  # "its jets destroyed an arms depot": an air strike, whatever it hit
    if lemma == "burn" and {o.lower_ for o in objects_of(tok)} & PEOPLE_NOUNS and not _natural_cause(tok):
        return "attack"  # "a herder was burnt with a hot object by a soldier": harm done to a person
    if lemma in DESTRUCTION_LEMMAS and not {o.lower_ for o in objects_of(tok)} & PROPERTY_NOUNS:
        return None  # "burnt houses" is property destruction; "burnt tyres" describes a demonstration
    if lemma in ("burn", "destroy", "damage", "raze") and _natural_cause(tok):
        return None  # "floods destroyed the market", "houses damaged by a storm": a disaster, no one's act
    if lemma == "exchange" and not (
        {o.lower_ for o in objects_of(tok)} | _next_words(tok)
    ) & {"fire", "gunfire", "shots"}:
        return None
    if lemma in ("rocket", "missile", "mortar", "artillery", "drone") and tok.dep_ == "compound":
        return None  # modifies another trigger ("rocket attack") or a thing ("drone footage")
    if lemma == "march" and tok.tag_ == "NNP" and not (tok.is_lower and (_noun_with_subject(tok)
                                                                         or headline_verb(tok))):
        return None  # the month, or a figurative "march to the nomination" the tagger calls a name; but a
        # lower-case "march" with a subject of its own is a headline's verb
    if lemma in ("steal", "rustle", "rustling") and not _livestock_raid(tok, lemma):
        return None
    if lemma in LABOUR_FORMS and not _labour_form(tok, lemma):
        return None
    if lemma == "boycott" and {o.lower_ for o in objects_of(tok)} & NON_PROTEST_BOYCOTTS:
        return None  # staying away from a vote or from talks is no demonstration
    if lemma in FORM_PROTESTS and not _staged_protest(tok, lemma):
        return None
    if lemma in PROTEST_ACTS and not _protest_act(tok, lemma):
        return None
    if lemma == "encounter" and not _armed_encounter(tok):
        return None
    if lemma == "target" and not _armed_targeting(tok):
        return None
    if lemma == "device" and not lower_children & {"explosive", "explosives", "incendiary"}:
        return None  # "an explosive device", not "a mobile device"
    if lemma == "explosive" and not _explosive_used(tok):
        return None  # "drove over a buried explosive"; not "an explosive situation" or "carrying explosives"
    if lemma == "spray" and not {g.lower_ for c in tok.children if c.lower_ == "with" for g in c.children} & {
            "bullets", "bullet", "gunfire", "fire"}:
        return None  # "sprayed the car with bullets"; not "sprayed the crops"
    if lemma == "mine" and not lower_children & MINE_KINDS and not _mine_struck(tok):
        return None  # "a land mine", "a roadside mine", "hit a mine", not "a gold mine" or "mine"
    if cls == "explosion" and tok.pos_ in ("NOUN", "PROPN") and _found_weapon(tok):
        return "disrupt"  # "police recovered an IED": a weapon found before it went off
    if lemma == "blow" and not _blown_up(tok):
        return None  # "the row blew up", "blew up at reporters", "the wind blew"
    if (lemma == "execute" and not executed_people(tok)) or (lemma == "gun" and not gunned_down(tok)):
        return None  # "executed a search warrant"; "gun" only as "gunned down"
    if lemma in UNREST_NOUNS and not _unrest_happened(tok):
        return None
    if lemma == "fire" and tok.pos_ == "NOUN" and not headline_verb(tok):
        # only "came under fire" ("their convoy came under fire near Mopti") or a headline's verb read as a noun
        # ("Al Shabaab fire mortar rounds"); not "a fire broke out", "open fire" (read from "open"), "an exchange
        # of fire" (read from "exchange")
        return cls if tok.dep_ == "pobj" and tok.head.lower_ == "under" and _under_gunfire(tok) else None
    if cls == "grenade" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in NON_LETHAL_GRENADES:
        return None  # "stun grenades", "smoke grenades": crowd control, no explosive attack
    if lemma in ("fire", "firing") and not _gunfire(tok, lemma):
        return None
    if lemma in ("shoot", "fire") and _retorted(tok):
        return None  # "Trump shot back", "fired back at his rival": a retort
    if lemma == "strike" and tok.dep_ == "amod" and tok.head.tag_ != "NNS":
        return None  # "a striking sight"; "striking workers" still strike
    if cls == "sexual" and tok.pos_ == "NOUN" and _topic_noun(tok):
        return None  # "in cases of rape and incest": a topic, not an act
    if lemma == "demonstration" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "another demonstration of how hard it is", "a demonstration of force"
    if lemma == "beat" and tok.tag_ == "VBN" and tok.dep_ == "amod":
        return None
    if lemma == "besiege" and tok.dep_ == "amod":
        return None  # "the besieged town": a siege's state, no crowd besieging an office
    if cls == "withdraw" and tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in tok.children):
        return None  # "struck the attackers as they withdrew": when the strike came, no pullout of its own
    if (cls == "withdraw" and tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in ("before", "after")
            and tok.head.head.pos_ in ("VERB", "AUX") and _sense_of_head_violent(tok.head.head)):
        return None  # "briefly seized the town before withdrawing": the end of that act, no pullout of its own
    return cls


# What a gun or a launcher fires ("fired shots", "fired two rockets at"), and the directions of fire.
FIRED_THINGS = frozenset(
    {"shot", "shots", "bullet", "bullets", "round", "rounds", "rocket", "rockets", "shell", "shells", "mortar",
     "mortars", "missile", "missiles", "gun", "guns", "weapon", "weapons", "volley", "volleys", "grenade",
     "grenades", "gunshots", "salvo", "salvos", "projectiles", "ammunition"}
)
FIRE_DIRECTIONS = frozenset({"at", "on", "upon", "into", "across", "along", "towards", "toward", "indiscriminately"})
# Force used on a crowd rather than an attack ("fired tear gas", "fired in the air", "warning shots").
CROWD_CONTROL = frozenset(
    {"tear", "gas", "teargas", "canister", "canisters", "water", "cannon", "cannons", "rubber", "air", "warning",
     "stun"}
)
# Grenades that stun, blind or hide rather than kill ("stun grenades", "flash-bang"): crowd control.
NON_LETHAL_GRENADES = frozenset({"stun", "flash", "smoke", "sound", "flashbang"})


# Finding a weapon before it is used: ACLED's "Disrupted weapons use".
FOUND_VERBS = frozenset(
    {"recover", "recovered", "recovers", "recovering", "find", "found", "finds", "discover", "discovered",
     "discovers", "detect", "detected", "uncover", "uncovered", "dismantle", "dismantled", "confiscate",
     "confiscated", "seize", "seized", "seizes", "defuse", "defused", "defuses", "neutralised", "neutralized"}
)


# Meetings and rites a crowd can break up ("disrupted a campaign rally", "interrupted the burial").
GATHERING_EVENTS = frozenset(
    {"meeting", "meetings", "rally", "rallies", "lecture", "lectures", "debate", "debates", "session", "sessions",
     "ceremony", "ceremonies", "event", "events", "function", "functions", "festival", "festivals", "campaign",
     "campaigns", "training", "trainings", "exercise", "exams", "examinations", "examination", "prayers",
     "service", "services", "celebrations", "celebration", "proceedings", "sitting", "launch", "tour", "visit",
     "count", "counting", "tallying", "voting", "polls", "registration", "hearing", "hearings", "burial", "funeral",
     "forum", "forums", "conference", "baraza", "barazas", "gathering", "procession", "match", "speech",
     "briefing", "briefings",
     "address", "swearing", "inauguration", "activities", "classes", "lessons", "worship", "mass"}
)
# People an act is done to, beyond PERSON_NOUNS and the crowds of DISPERSED_CROWDS.
VICTIM_NOUNS = frozenset(
    {"civilian", "civilians", "passenger", "passengers", "travellers", "travelers", "official", "officials",
     "officer", "officers", "policeman", "policemen", "guard", "guards", "chief", "chiefs", "villager", "resident",
     "voter", "boy", "boys", "girl", "girls", "child", "children", "pupil", "trader", "driver", "rider", "riders",
     "farmer", "herder", "herders", "family", "families", "wife", "husband", "victim", "victims", "person",
     "worker", "nurse", "doctor", "teacher", "priest", "pastor", "imam", "mp", "councillor", "candidate",
     "supporter", "opponent", "opponents", "protesters", "demonstrators", "citizens", "inhabitants", "locals",
     "crew", "hostages", "tourists", "refugees", "migrants", "fishermen", "miners", "youths", "youth",
     "minister", "ministers", "president", "governor", "senator", "mayor", "speaker", "commissioner",
     "principal", "headmaster", "chancellor", "legislator", "lawmaker", "lawmakers", "judge", "magistrate"}
)
PEOPLE_NOUNS = PERSON_NOUNS | VICTIM_NOUNS | DISPERSED_CROWDS
DISPUTE_KINDS = frozenset(
    {"chieftaincy", "chieftancy", "cheiftancy", "chieftaincy-related", "land", "boundary", "border", "communal",
     "ethnic", "tribal", "clan", "succession", "inter-clan", "inter-communal", "intercommunal", "grazing",
     "farmer-herder", "pasture", "water"}
)
CURFEW_NOUNS = frozenset({"curfew", "curfews"})
CURFEW_VERBS = frozenset(
    {"impose", "imposes", "imposed", "imposing", "declare", "declares", "declared", "declaring", "renew",
     "renews", "renewed", "renewing", "extend", "extends", "extended", "extending", "lift", "lifts", "lifted",
     "lifting", "implement", "implements", "implemented", "enforce", "enforces", "enforced", "reimpose",
     "reimposed", "relax", "relaxed", "announce", "announced", "announces", "introduce", "introduced"}
)
TURNED_VERBS = frozenset({"turn", "turns", "turned", "turning", "become", "becomes", "became", "becoming", "grew",
                          "grow", "grows", "got", "gets", "get", "went", "goes", "go"})
TURNED_GATHERINGS = frozenset({"primaries", "primary", "election", "elections", "polls", "vote", "voting",
                               "demonstration", "demonstrations", "protest", "protests", "rally", "rallies",
                               "march", "strike", "situation", "campaign", "campaigns", "dispute", "row",
                               "celebrations", "procession", "funeral", "crowd", "crowds", "exercise"})
HOSTAGE_VERBS = frozenset({"hold", "holds", "held", "holding", "take", "takes", "took", "taken", "taking", "kept",
                           "keep"})
BROKEN_LIMBS = frozenset({"leg", "legs", "arm", "arms", "limb", "limbs", "jaw", "jaws", "ribs", "skull", "skulls",
                          "nose", "teeth", "bones", "hand", "hands", "fingers", "neck"})
BASE_NOUNS = frozenset({"camp", "camps", "base", "bases", "headquarters", "outpost", "outposts", "hideout",
                        "hideouts", "training"})
# What a vehicle hijacked or a person struck is; the rest is figurative ("hijacked the debate").
VEHICLE_NOUNS = frozenset(
    {"bus", "buses", "car", "cars", "vehicle", "vehicles", "truck", "trucks", "lorry", "lorries", "van", "vans",
     "minibus", "minibuses", "matatu", "matatus", "boat", "boats", "ship", "ships", "vessel", "vessels", "plane",
     "planes", "aircraft", "jet", "airliner", "tanker", "tankers", "trawler", "dhow", "convoy", "train",
     "motorcycle", "motorbike", "taxi", "taxis", "ambulance"}
)
FIGURATIVE_OBJECTS = frozenset(
    {"ban", "bans", "sanction", "sanctions", "fine", "fines", "charge", "charges", "tax", "taxes", "tariff",
     "tariffs", "embargo", "levy", "debate", "agenda", "process", "narrative", "account", "accounts", "website",
     "meeting", "conversation", "discussion", "market", "markets", "economy", "nation", "country", "lawsuit",
     "suit", "penalty", "duty", "duties", "restrictions", "order"}
)


REMOTE_NOUN_CLASSES = frozenset({"air", "shelling", "explosion"})
DROPPED = frozenset({"drop", "drops", "dropped", "dropping"})
DOWN_FORMS = frozenset({"down", "downs", "downed", "downing"})
DESTROY_FORMS = frozenset({"destroy", "destroys", "destroyed", "destroying"})
# What air defences stop: its downing or interception is a disrupted weapons use, not an attack.
PROJECTILES = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles",
                         "uav", "uavs", "shahed", "shaheds"})


def projectiles_held(tok: Token) -> bool:
    """The verb's object (or passive subject) is drones, missiles or rockets: "downed 32 drones", "two
    missiles were shot down"."""
    return any(o.lower_ in PROJECTILES for o in objects_of(tok)) or any(
        c.dep_ == "nsubjpass" and c.lower_ in PROJECTILES for c in tok.children)


def _downing(verb: Token) -> bool:
    """ "downed 32 drones", "shot down 12 drones", "two missiles were shot down", "air defences destroyed 11
    drones": projectiles stopped."""
    down = verb.lower_ in DOWN_FORMS | DESTROY_FORMS or any(c.dep_ in ("prt", "advmod") and c.lower_ == "down"
                                                            for c in verb.children)
    return down and projectiles_held(verb)


def _sense_of_head_violent(verb: Token) -> bool:
    """The verb is one of armed violence or of taking a place ("seized", "attacked", "raided")."""
    return any(TRIGGERS[lem][0] in ("attack", "clash", "territory", "abduct") for lem in FORMS.get(verb.lower_, ()))


def _blown_up(tok: Token) -> bool:
    """ "blew himself up", "blew up a bridge", "the bridge was blown up", "a car bomb blew up": an explosion. A
    row or a temper blowing up has no object and no explosive for its subject."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and _next_words(tok) != {"up"}:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return True
    return any(c.dep_ == "nsubj" and FORMS.get(c.lower_, ()) and all(TRIGGERS[lem][0] == "explosion"
                                                                     for lem in FORMS[c.lower_])
               for c in tok.children)


def _armed_camp(tok: Token) -> bool:
    """"set up" a camp or a base by armed men ("armed herders set up camp", "rebels set up bases"); not a
    relief or medical camp ("aid workers set up a camp")."""
    if "up" not in {c.lower_ for c in tok.children if c.dep_ == "prt"} and _next_words(tok) != {"up"}:
        return False
    return bool({o.lower_ for o in objects_of(tok)} & BASE_NOUNS) and _armed_subject(tok)


def _armed_subject(tok: Token) -> bool:
    """The verb's subject is armed men by its noun ("militants", "rebels"), by the word "armed" ("armed
    herders") or by the name of an armed group ("the Taliban")."""
    return any(s.lower_ in ARMED_NOUNS or any(a.lower_ == "armed" for a in s.subtree)
               or (s.pos_ == "PROPN" and names_armed_group(doc_text(s.doc)[s.left_edge.idx:s.idx + len(s)]))
               for s in tok.children if s.dep_ == "nsubj")


# Words that make a mine an explosive one ("a roadside mine", "an anti-tank mine").
MINE_KINDS = frozenset({"land", "anti-personnel", "antipersonnel", "anti-tank", "antitank", "roadside", "buried",
                        "improvised", "naval", "sea"})
# Verbs of a vehicle or a person setting off a mine ("the vehicle hit a mine", "stepped on a mine").
MINE_STRIKES = frozenset({"hit", "hits", "hitting", "struck", "strikes", "strike", "striking", "stepped", "steps",
                          "step", "stepping", "ran", "run", "runs", "running", "drove", "driven", "triggered"})


def _mine_struck(tok: Token) -> bool:
    """A mine that a vehicle or a person set off: "their vehicle hit a mine", "ran over a mine", "stepped on
    a mine" (not "a gold mine", "workers at the mine")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and verb.lower_ in MINE_STRIKES and not any(
        c.lower_ in ("gold", "coal", "copper", "diamond", "salt", "tin", "iron", "open-pit", "uranium")
        for c in tok.children)


def _control_of_place(tok: Token) -> bool:
    """ "took control of the town of Kyaukme", "wrested control of two districts": a place changing hands."""
    control = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "control"]
    # ("took control on Tuesday of the locality of Nyanzale": the parser hangs the "of" on the verb)
    owners = [*control, tok] if control else []
    held = [g for c in owners for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in PLACE_NOUNS - TAKEN_OVER_NOT_PLACES or o.ent_type_ in ("GPE", "LOC", "FAC")
               or placed_name(o) for o in held)


def placed_name(tok: Token) -> bool:
    """A name the text places in its areas, as ACLED's notes do: "Bakhmut (Bakhmutskyi, Donetsk)", "Lalibela
    (Lasta, Amhara)" -- a place, whatever type the tagger gave it (it reads "Bakhmut" as an organisation)."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].dep_ == "compound" and doc[i].head.i > i:
        i += 1
    return (tok.pos_ == "PROPN" and i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].pos_ == "PROPN"
            and doc[i + 2].text in (",", ")"))


def _took_over_place(tok: Token) -> bool:
    """"took over" a place by force: a post, a base, a town ("soldiers took over a police post"), or took
    control of one."""
    if _control_of_place(tok):  # by arms, not by a vote ("the opposition took control of the county assembly")
        return (_armed_subject(tok) or _violence_in(tok.sent)) and not {
            c.lower_ for c in tok.children if c.dep_ == "nsubj"} & POLICE_WORDS
    if "over" not in {c.lower_ for c in tok.children} and _next_words(tok) != {"over"}:
        return False
    if {c.lower_ for c in tok.children if c.dep_ == "nsubj"} & POLICE_WORDS:
        return False  # "cops have taken over the neighbourhood": a police presence, no territory changing hands
    objs = objects_of(tok) + [g for c in tok.children if c.lower_ == "over" for g in c.children
                              if g.dep_ == "pobj"]
    return any(o.lower_ in PLACE_NOUNS - TAKEN_OVER_NOT_PLACES or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs)


BANNING_LEMMAS = frozenset({"ban", "suspend", "dissolve"})
# What a ban or suspension changes for ACLED's "Change to group/activity": an organisation or its activities.
ORGANISATION_WORDS = frozenset(
    {"party", "parties", "association", "associations", "movement", "movements", "union", "unions", "militia",
     "militias", "activities", "ngo", "ngos", "parliament", "assembly", "council"}
)


def _organisation_banned(tok: Token) -> bool:
    """A ban, suspension or dissolution of an organisation or of its activities ("suspended the activities of
    all political parties", "the party was dissolved", "banned the opposition movement"), not of a thing or a
    process ("suspended the talks", "banned motorbikes", "a tablet dissolved in water")."""
    # (not "banned news organizations from his events", "suspended the group's chat")
    return any(o.lower_ in ORGANISATION_WORDS and not any(c.lower_ in ("news", "media") for c in o.children)
               for o in objects_of(tok))


POLICE_WORDS = frozenset({"police", "cops", "policemen", "officers", "gendarmes"})
# "took over control of the organisation", "took over parts of the business": not places taken
TAKEN_OVER_NOT_PLACES = frozenset({"control", "part", "parts"})


def _human_or_vehicle_target(tok: Token) -> bool:
    """The act's object is people or a vehicle with people aboard, not a thing said figuratively."""
    objs = objects_of(tok)
    if not objs:
        return False
    return not any(o.lower_ in FIGURATIVE_OBJECTS for o in objs) and any(
        o.lower_ in VEHICLE_NOUNS or o.lower_ in PEOPLE_NOUNS or o.ent_type_ in ("PERSON", "NORP")
        or o.pos_ == "PRON" for o in objs)


def _found_weapon(noun: Token) -> bool:
    """A bomb or explosive device that someone found, recovered or seized ("police recovered an IED", "a bomb
    was found near the school")."""
    head = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and head.lower_ in FOUND_VERBS


# Words that make "shot back" or "fired back" gunfire, with weapons and armed men: casualties and bullets.
GUNFIRE_SIGNS = frozenset(
    {"gun", "rifle", "bullet", "bullets", "killed", "killing", "dead", "injured", "wounded", "wounding"}
)


def _retorted(verb: Token) -> bool:
    """ "shot back", "fired back at his rival" with nothing fired and no weapon or wound in the sentence."""
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    fired = any(c.dep_ == "dobj" for c in verb.children)
    return back and not fired and not says_any(verb.sent, WEAPON_NOUNS | ARMED_NOUNS | GUNFIRE_SIGNS)


def _topic_noun(noun: Token) -> bool:
    """An act named as a topic: a bare noun with no determiner, number, possessor, victim or agent ("cases of
    rape and incest", "survivors of sexual assault"), not "the rape of a girl" or "a rape was reported"."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on") for c in noun.children)


def _fighters_neutralised(tok: Token) -> bool:
    """ "neutralised" of people who fight ("the army neutralised 20 terrorists", "dozens of militants were
    neutralised"), not of a threat, a bomb or doubts."""
    people = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    people += [g for c in people for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
               for g in of.children if g.dep_ == "pobj"]  # "dozens of militants", "20 of the attackers"
    return any(p.lower_ in ARMED_NOUNS | NEUTRALISED_PEOPLE for p in people)


# Words for the fighters a communiqué "neutralised" besides the armed nouns ("20 terrorists", "armed elements").
NEUTRALISED_PEOPLE = frozenset({"elements", "criminals"})


def _under_gunfire(tok: Token) -> bool:
    """ "under fire" told of shooting: not tear gas ("came under tear gas fire") and not criticism, which has a
    reason ("came under fire over her remarks", "for its handling") or nothing armed or physical in its
    sentence ("the administration's record came under fire from rivals")."""
    if _crowd_control_near(tok):
        return False
    verb = tok.head.head
    if any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in (*tok.children, *verb.children)):
        return False
    return says_any(tok.sent, ARMED_NOUNS | PHYSICAL_TARGETS)


def _crowd_control_near(tok: Token) -> bool:
    """Tear gas, water cannon or rubber bullets told right before a word ("came under tear gas fire")."""
    doc = tok.doc
    return any(doc[i].lower_ in CROWD_CONTROL for i in range(max(0, tok.i - 3), tok.i))


def _gunfire(tok: Token, lemma: str) -> bool:
    """Shooting told by "fire" or "firing": a verb aimed somewhere ("fired at the convoy", "fired across the
    border", "fired indiscriminately") or firing a weapon's load ("fired three rockets"), a noun of shooting
    ("killed in the firing", "cross-border firing", "firing by the troops"); not a dismissal ("fired the
    coach", "the firing of the minister"), a kiln ("fired clay") or force on a crowd ("fired tear gas", "fired
    in the air", "warning shots")."""
    doc = tok.doc
    following = {doc[i].lower_ for i in range(tok.i + 1, min(tok.i + 3, len(doc)))}
    told = {t.lower_ for t in tok.subtree} | following
    if told & CROWD_CONTROL and "live" not in told:  # ("fired live rounds and tear gas": real gunfire)
        return False  # however the parse reads it: "Police fire tear gas at protesters"
    if lemma == "firing":
        return not any(
            c.dep_ == "prep" and c.lower_ == "of" and not {g.lower_ for g in c.children} & FIRED_THINGS
            for c in tok.children
        )
    # a headline's verb read as a noun may take its object as an apposition ("Militants fire several mortar
    # rounds towards a base")
    objects = {c.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or (
        c.dep_ == "appos" and tok.pos_ == "NOUN" and c.i > tok.i)}
    if objects & FIRED_THINGS:
        return True
    if objects or any(c.dep_ == "nsubjpass" for c in tok.children):
        return False  # "fired the coach", "he was fired"
    if any(c.lower_ in FIRE_DIRECTIONS for c in tok.children if c.dep_ in ("prep", "advmod")):
        return True
    return says_any(tok.sent, ARMED_NOUNS)  # "troops resorted to firing", "militants fired and fled"


# Armed actors: a verb that is ambiguous elsewhere ("fired", "targeted") is violence in their hands.
ARMED_NOUNS = frozenset(
    {"police", "policemen", "army", "troops", "soldiers", "security", "forces", "militants", "militant",
     "insurgents", "rebels", "maoists", "maoist", "naxals", "naxalites", "terrorists", "terrorist", "gunmen",
     "jawans", "jawan", "cadres", "commandos", "militia", "militias", "militiamen", "fighters", "bandits",
     "assailants", "attackers", "raiders", "jihadists", "extremists", "guerrillas", "paramilitaries"}
)


def says_any(span: SpacySpan, words: frozenset[str]) -> bool:
    """Whether a word of ``span`` (lower-cased) is one of ``words``."""
    return any(t.lower_ in words for t in span)


# What an armed attack targets: posts and positions, vehicles, buildings, settlements.
PHYSICAL_TARGETS = frozenset(
    {"position", "positions", "post", "posts", "camp", "camps", "base", "bases", "checkpoint", "checkpoints",
     "convoy", "convoys", "patrol", "patrols", "vehicle", "vehicles", "bus", "buses", "truck", "trucks",
     "station", "stations", "village", "villages", "market", "markets", "church", "churches", "mosque",
     "mosques", "school", "schools", "house", "houses", "home", "homes", "office", "offices", "hideout",
     "hideouts", "outpost", "outposts", "barracks", "bunker", "bunkers", "installation", "installations"}
)


def _armed_targeting(tok: Token) -> bool:
    """ "target" as an attack: an armed subject ("militants targeted the chief") or a physical target
    ("targeted each other's positions", "targeted a police post"); not a policy or a campaign ("the law
    targets tax evaders", "targeted by a smear campaign")."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    subjects = {c.lower_ for c in tok.children if c.dep_ == "nsubj"}
    subjects |= {g.lower_ for c in tok.children if c.dep_ == "nsubj" for g in c.children if g.dep_ == "conj"}
    objects = {c.lower_ for c in tok.children if c.dep_ == "dobj"}
    return bool(subjects & ARMED_NOUNS or objects & PHYSICAL_TARGETS)


# Heads that a protest noun names the act of ("strike action", "protest action").
ACTION_NOUNS = frozenset({"action", "actions", "programme", "programmes", "program", "programs"})
# Heads that only name the occurrence of the trigger before them: "a shooting incident", "a killing spree".
OCCURRENCE_HEADS = frozenset({"incident", "incidents", "spree", "episode", "episodes", "exchange", "exchanges"})
LABOUR_FORMS = frozenset({"down", "stoppage", "slow"})


def _labour_form(tok: Token, lemma: str) -> bool:
    """A labour protest told by its form: "downed tools" (not "downed his tools": a workman's own tools), "a
    work stoppage", "a go-slow" (the tokenizer splits it: "go", "-", "slow")."""
    if lemma == "down":  # right before "tools", however the parse reads "downed" (often as an adjective)
        return _next_words(tok) == {"tools"}
    if lemma == "stoppage":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in ("work", "labour", "labor") for c in tok.children)
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "go"


def _livestock_raid(tok: Token, lemma: str) -> bool:
    """Theft of herds told as an act ("raiders stole 200 cattle", "livestock was stolen", "cattle rustling
    left two dead"): not a thing's state ("the stolen cattle were recovered"), a charge ("accused of stealing
    goats") or a topic ("efforts to curb rustling"); "steal" only of livestock ("stole a phone" is no raid)."""
    described = tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN")  # "cattle stolen in May"
    governors = {a.lower_ for a in _governors(tok, 3)}
    if described or governors & CHARGE_WORDS or {a.lower_ for a in _governors(tok, 2)} & UNREST_TOPIC_WORDS:
        return False
    if lemma in ("rustle", "rustling"):
        return tok.pos_ == "VERB" or _unrest_happened(tok)
    objects = objects_of(tok) + [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in LIVESTOCK_NOUNS for o in objects)


def charge_describing(tok: Token) -> bool:
    """An act inside a charge that describes someone ("two men accused of carrying out an attack", "a youth
    suspected of killing a trader was arrested"): what they are charged with, not an event this report
    tells."""
    node = tok
    if node.dep_ in ("dobj", "pobj") and node.head.tag_ == "VBG":
        node = node.head  # "of carrying out an attack": the gerund the act is the object of
    of = node.head
    charge = of.head
    return (
        node.dep_ in ("pcomp", "pobj")
        and of.lower_ == "of"
        and charge.lower_ in CHARGE_WORDS
        and charge.tag_ == "VBN"
        and charge.dep_ in ("acl", "amod")
    )


def _governors(tok: Token, depth: int) -> list[Token]:
    """Up to ``depth`` tokens above ``tok`` in the parse, nearest first."""
    out = []
    node = tok
    for _ in range(depth):
        if node.head.i == node.i:
            break
        node = node.head
        out.append(node)
    return out


def _unrest_happened(tok: Token) -> bool:
    """"violence", "unrest", "chaos" told as something that happened ("violence erupted", "during the
    post-election violence"), not as a modifier ("violence-free polls"), denied ("no violence was reported",
    "no sign of violence"), a grievance ("marched over the violence"), the means of a stated act ("used
    violence to disperse") or a topic (prevent, condemn, fear, warn against, victims of violence)."""
    if tok.dep_ in ("compound", "amod", "npadvmod") or any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children
    ):
        return False
    node = tok
    for _ in range(3):  # the noun's own governor, its preposition's governor, and the one above
        if node.head.i == node.i:
            break
        node = node.head
        if node.lower_ in UNREST_TOPIC_WORDS or node.lower_ in NEGATION_WORDS or _denied(node):
            return False
    return not any(c.lower_ == "-" for c in tok.rights) and not _followed_by_free(tok)


FORM_PROTESTS = frozenset({"walk", "procession", "vigil", "agitation"})
# Words that give a walk, procession or vigil a cause ("a peace walk", "a solidarity procession").
CAUSE_QUALIFIERS = frozenset(
    {"peace", "protest", "solidarity", "unity", "awareness", "justice", "freedom", "candlelight", "candle-light"}
)
# Words that make a procession or vigil a rite rather than a demonstration.
RITE_QUALIFIERS = frozenset(
    {"funeral", "burial", "wedding", "royal", "religious", "church", "easter", "prayer", "all-night", "car", "cars"}
)
# Verbs that stage a demonstration told by its form ("staged a walk", "organised a procession").
STAGING_VERBS = frozenset(
    {
        "stage",
        "staged",
        "stages",
        "staging",
        "organise",
        "organised",
        "organises",
        "organising",
        "organize",
        "organized",
        "organizes",
        "organizing",
        "hold",
        "held",
        "holds",
        "holding",
        "lead",
        "led",
        "leads",
        "leading",
        "embark",
        "embarked",
        "embarks",
        "embarking",
        "join",
        "joined",
        "joins",
        "joining",
        "mount",
        "mounted",
        "mounts",
        "mounting",
        "undertake",
        "undertook",
        "undertaken",
        "undertaking",
    }
)
# Gatherings that a walkout leaves ("walked out of the sitting").
ASSEMBLY_NOUNS = frozenset(
    {
        "meeting",
        "parliament",
        "chamber",
        "talks",
        "session",
        "sitting",
        "proceedings",
        "hearing",
        "negotiations",
        "conference",
        "debate",
        "assembly",
        "house",
        "senate",
        "council",
        "lectures",
        "classes",
    }
)


def _staged_protest(tok: Token, lemma: str) -> bool:
    """A walk, procession or vigil that is a demonstration: a walkout ("walked out of the session", "staged a
    walk out"), or one with a cause ("a peace walk", "a solidarity vigil") or staged ("organised a procession",
    "embarked on a walk"); not a stroll ("a walk in the park"), a rite ("the funeral procession", "a prayer
    vigil") or a line of things ("a procession of cars")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if lemma == "walk" and nxt is not None and nxt.lower_ == "out":
        return tok.pos_ != "VERB" or _walked_out_of_assembly(tok, nxt)
    if tok.pos_ == "VERB":
        return False
    qualifiers = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if qualifiers & RITE_QUALIFIERS:
        return False
    if qualifiers & CAUSE_QUALIFIERS:
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on":
        head = head.head  # "embarked on a walk"
    return tok.dep_ in ("dobj", "pobj") and head.lower_ in STAGING_VERBS and head.i != tok.i


PROTEST_ACTS = frozenset({"effigy", "slogan", "chain", "fast"})
# The verbs of the protest acts: an effigy burnt or hanged, slogans shouted or raised.
EFFIGY_VERBS = frozenset(
    {"burn", "burns", "burnt", "burned", "burning", "torch", "torched", "torching", "hang", "hanged", "hung",
     "hanging", "set", "setting"}
)
SLOGAN_VERBS = frozenset(
    {"shout", "shouted", "shouting", "shouts", "chant", "chanted", "chanting", "chants", "raise", "raised",
     "raising", "raises", "scream", "screamed", "screaming", "sing", "sang", "singing", "yell", "yelled"}
)
# What makes a fast a protest ("an indefinite fast", "a relay hunger fast") and the verbs that stage one.
FAST_QUALIFIERS = frozenset({"indefinite", "hunger", "relay", "token", "protest"})
FAST_VERBS = frozenset(
    {"stage", "staged", "staging", "sit", "sat", "sitting", "begin", "began", "begun", "beginning", "continue",
     "continued", "continuing", "launch", "launched", "launching", "undertake", "undertook", "undertaken",
     "undertaking", "end", "ended", "call", "called", "observe", "observed", "observing", "resume", "resumed"}
)
FAST_RITES = frozenset({"ramadan", "lenten", "religious", "ritual", "day-long", "dry"})


def _protest_act(tok: Token, lemma: str) -> bool:
    """A demonstration told by its act: an effigy burnt or hanged ("burnt an effigy of the minister",
    "the burning of effigies"), slogans shouted or raised, a human chain, a protest fast (qualified as one,
    "an indefinite fast", or staged with a cause: "began a fast demanding ..."); never a carnival effigy, an
    advertising slogan, a supply chain or a religious fast."""
    head = tok.head
    if lemma == "effigy":
        return head.lower_ in EFFIGY_VERBS or (head.lower_ == "of" and head.head.lower_ in EFFIGY_VERBS)
    if lemma == "slogan":
        return tok.dep_ == "dobj" and head.lower_ in SLOGAN_VERBS
    qualifiers = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")} | _words_before(tok)
    if lemma == "chain":
        return "human" in qualifiers
    if qualifiers & FAST_RITES:
        return False
    if qualifiers & FAST_QUALIFIERS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "on":
        head = head.head  # "sat on a fast"
    cause = any(c.dep_ in ("acl", "prep") and c.lower_ in CAUSE_WORDS for c in tok.subtree)
    return head.lower_ in FAST_VERBS and cause


def _words_before(tok: Token) -> set[str]:
    """The adjectives and nouns right before ``tok`` ("an indefinite hunger [fast]"), however they are parsed."""
    doc, words, i = tok.doc, set(), tok.i - 1
    while i >= 0 and doc[i].tag_.startswith(("JJ", "NN")) and doc[i].sent.start == tok.sent.start:
        words.add(doc[i].lower_)
        i -= 1
    return words


# Words that give a protest act its cause ("a fast demanding the release of", "a fast against the closure").
CAUSE_WORDS = frozenset({"demanding", "against", "over", "seeking", "protesting", "calling", "urging"})
# Words that make an "encounter" a gunfight: security forces and armed groups, weapons and casualties.
ENCOUNTER_WORDS = frozenset(
    {"police", "policemen", "army", "troops", "soldiers", "security", "forces", "militants", "militant",
     "insurgents", "rebels", "maoists", "maoist", "naxals", "naxalites", "terrorists", "terrorist", "gunmen",
     "jawans", "jawan", "cadres", "commandos", "killed", "shot", "injured", "wounded", "gunfight", "firing",
     "bullet", "bullets", "gunned"}
)
# Encounters that are meetings or incidents of another kind.
MEETING_ENCOUNTERS = frozenset({"chance", "close", "sexual", "first", "brief", "friendly", "personal", "fake"})


def _armed_encounter(tok: Token) -> bool:
    """An "encounter" that is a gunfight (South Asian news English: "two militants were killed in an encounter
    with security forces"), told by armed or casualty words in its sentence; not a meeting ("a chance
    encounter with the minister") or a staged killing the report calls a fake encounter (coded by its
    killing verb)."""
    if tok.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in MEETING_ENCOUNTERS for c in tok.children):
        return False
    return says_any(tok.sent, ENCOUNTER_WORDS)


def _walked_out_of_assembly(verb: Token, out: Token) -> bool:
    """ "walked out" with no place it left, or out of a gathering ("walked out of the talks"), not "walked out
    of prison"."""
    left = [
        g
        for c in (*verb.children, *out.children)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return all(g.lower_ in ASSEMBLY_NOUNS for g in left)


def _denied(tok: Token) -> bool:
    """A noun with the determiner "no" ("no sign of violence", "no reports of unrest")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _followed_by_free(tok: Token) -> bool:
    """"free" within the next two tokens: "violence-free", "violence free elections"."""
    doc = tok.doc
    nxt = [doc[i].lower_ for i in range(tok.i + 1, min(tok.i + 3, len(doc)))]
    return "free" in nxt


NP_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
OBJECT_START = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})


def _never_verb(tok: Token) -> bool:
    """A word tagged as a finite verb that English never uses as one ("raiders", "tribe"): a headline's noun
    the parser misread (lemminflect's lexicon; an unknown word may be a verb)."""
    if tok.tag_ not in FINITE_TAGS or not tok.is_alpha:
        return False
    readings = getAllLemmas(tok.lower_)
    return bool(readings) and "VERB" not in readings and "AUX" not in readings


def _noun_tagged(tok: Token) -> bool:
    """A noun by its tag, or a word tagged as a verb that can only be a noun."""
    return tok.tag_ in NP_TAGS or _never_verb(tok)


def headline_verb(tok: Token) -> bool:
    """A present-tense verb of a headline-style report that the parser read as a noun modifier: "Raiders
    attack village", "Militia attack passengers on a bus", "Armed gang attacks police" (a subject noun before
    it, an object after it, no determiner of its own, and no finite verb anywhere in the sentence; an adjective
    or number before the subject noun describes the subject, whatever the parse hangs it on). A word tagged
    as a present-tense verb that the parse still hangs on the next noun as its modifier ("Crowd lynches murder
    suspect": "lynches" a compound of "murder") is one too."""
    verb_tagged = tok.tag_ in ("VBZ", "VBP") and tok.dep_ in MODIFIER_DEPS
    noun_tagged = tok.tag_ in ("NN", "NNS") or (tok.tag_ == "NNP" and tok.is_lower)  # "nurses march": NNP
    if (not noun_tagged and not verb_tagged) or tok.i == 0:
        return False
    doc = tok.doc
    before = doc[tok.i - 1]
    after = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if not _noun_tagged(before) or before.sent.start != tok.sent.start:
        return False
    # an object after it ("Raiders attack village"), or nothing after a plural subject ("Youths riot, ...")
    # ... or its purpose ("Nurses march to demand pay")
    intransitive = (before.tag_ in ("NNS", "NNPS") or _never_verb(before)) and (
        after is None or after.pos_ in ("PUNCT", "ADP", "CCONJ") or after.tag_ == "TO")
    # an object may open with a participle used as an adjective ("protest alleged police harassment")
    if not (intransitive or (after is not None and (after.pos_ in OBJECT_START or _adjectival(after)))):
        return False
    # a determiner before the subject noun is the subject's ("A mob lynch a suspect"), not the word's own
    if any(
        (c.dep_ in ("det", "poss") and not _opens_subject(c, before))
        # ... and so is a plural noun the parse calls its modifier ("Hundreds of Sudanese demonstrate")
        or (c.dep_ in ("nummod", "amod") and c.i == tok.i - 1 and not _noun_tagged(c)) for c in tok.children
    ):
        return False
    return _sole_finite(tok)


SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _sole_finite(tok: Token) -> bool:
    """No other word of ``tok``'s clause of a headline (see ``_segment``) is a finite verb; a verb of a clause
    below another word ("... stone police officer who was clearing the road") is not the clause's own."""
    return not any(t.tag_ in FINITE_TAGS and t.i != tok.i and not _below_other(t, tok) and not _never_verb(t)
                   and not _adjectival(t) for t in _segment(tok))


def _adjectival(tok: Token) -> bool:
    """A participle the parse uses as an adjective ("alleged", "suspected" before a noun), whatever its tag."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ == "amod" and tok.head.i > tok.i


def _below_other(verb: Token, tok: Token) -> bool:
    """``verb`` lies in a subordinate clause (a relative, adverbial or complement clause) that does not hold
    ``tok``."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ in SUBORDINATE_DEPS:
            return not (node.left_edge.i <= tok.i <= node.right_edge.i)
        node = node.head
    return False


def _opens_subject(det: Token, noun: Token) -> bool:
    """``det`` opens the noun phrase that ends in ``noun``: only nouns and adjectives lie between them."""
    return det.i < noun.i and det.i == noun.sent.start and all(
        t.tag_ in NP_TAGS or t.tag_.startswith("JJ") for t in noun.doc[det.i + 1:noun.i + 1])


EXPLOSIVE_USES = frozenset(
    {"plant", "plants", "planted", "planting", "detonate", "detonates", "detonated", "detonating", "hurl",
     "hurled", "hurling", "throw", "threw", "thrown", "trigger", "triggered", "over", "on", "explode", "exploded",
     "explodes", "set", "lob", "lobbed", "hit", "struck"}
)


def _explosive_used(tok: Token) -> bool:
    """"explosive" as the noun for a bomb set off or set: "drove over a buried explosive", "planted an
    explosive", "hurled explosives at the hotel"; not an adjective or a cargo ("carrying explosives")."""
    if tok.tag_ not in ("NN", "NNS"):
        return False
    if {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")} & {
            "buried", "planted", "improvised", "roadside", "hidden", "remote", "homemade"}:
        return True
    return tok.head.lower_ in EXPLOSIVE_USES or any(c.dep_ == "nsubj" for c in tok.children)


def _capitalised_opening(tok: Token) -> bool:
    """A trigger word capitalised only because it opens the sentence, that NER took alone for a name ("Riot
    breaks out among supporters": PERSON)."""
    if tok.i != tok.sent.start or not tok.is_title:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) == 1


def _noun_with_subject(tok: Token) -> bool:
    """A trigger tagged as a noun that the parse gives a subject of its own, with no copula, heading its
    clause: a headline's verb ("Hundreds of nurses march to demand pay"); not a predicate noun ("they are
    protesters"), which has the copula."""
    children = list(tok.children)
    return (tok.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("cop", "auxpass", "aux") for c in children) and _sole_finite(tok))


def _segment(tok: Token) -> SpacySpan:
    """The part of ``tok``'s sentence between semicolons or colons: a headline's clauses ("Youths attack
    supporters with stones; several people were injured")."""
    sent = tok.sent
    start = max((t.i + 1 for t in sent if t.i < tok.i and _separator(t)), default=sent.start)
    end = min((t.i for t in sent if t.i > tok.i and _separator(t)), default=sent.end)
    return tok.doc[start:end]


def _separator(tok: Token) -> bool:
    """A semicolon or colon, or a dash with a space on each side, as terse reports part their clauses
    ("Raiders attacked a village - 8 people were killed")."""
    if tok.text in (";", ":"):
        return True
    return (tok.text in ("-", "\u2013", "\u2014") and bool(tok.whitespace_) and tok.i > 0
            and bool(tok.doc[tok.i - 1].whitespace_))


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words that only a verb takes right after it: "shot dead", "exchange fire", "open fire". A trigger the parser
# read as a noun or adjective before one of them is the verb ("Police exchange fire with raiders", "4 shot dead
# by bandits"); "a shot at goal" or "a currency exchange" keep their noun sense.
VERB_COMPLEMENTS: dict[str, frozenset[str]] = {
    "shoot": frozenset({"dead"}),
    "exchange": frozenset({"fire", "gunfire", "shots"}),
    "open": frozenset({"fire", "gunfire"}),
    "gun": frozenset({"down"}),
}


def _next_words(tok: Token) -> set[str]:
    """The lower-cased word right after ``tok`` (empty at the end of the document)."""
    return {tok.doc[tok.i + 1].lower_} if tok.i + 1 < len(tok.doc) else set()


def _verb_by_complement(tok: Token, lemma: str) -> bool:
    """A trigger read as a noun or adjective that a verb-only complement follows ("shot dead", "exchange
    fire", "stone to death")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].lower_ == "death":
        return True
    return bool(_next_words(tok) & VERB_COMPLEMENTS.get(lemma, frozenset()))


NAME_ENTS = frozenset({"PERSON", "ORG", "GPE"})


def triggers(sent: SpacySpan) -> list[tuple[Token, str, str]]:
    """(token, lemma, class) for every trigger word used as an event in ``sent``."""
    found = []
    for tok in sent:
        lemmas = FORMS.get(tok.lower_)
        if not lemmas or (tok.ent_type_ in ("DATE", "TIME") and not (tok.is_lower and tok.lower_ == "march")) or (
                tok.ent_type_ in NAME_ENTS and not tok.is_lower and not _capitalised_opening(tok)):
            continue  # a name's word ("Anti-Riot Unit"), not a lower-case verb NER swallowed ("gang raids party")
        pos = _pos(tok)
        for lemma in lemmas:
            cls, allowed = TRIGGERS[lemma]
            if pos in ("N", "A") and "V" in allowed and (headline_verb(tok) or _verb_by_complement(tok, lemma)
                                                         or _noun_with_subject(tok)):
                pos = "V"
            if pos and pos in allowed:
                sense = _sense(tok, lemma, cls)
                if sense is not None:
                    found.append((tok, lemma, sense))
                break
    return found


# Prepositions whose object is a cause or a charge, not this event ("over the death of", "suspected to be
# behind the killing of two children").
GRIEVANCE_PREPS = frozenset({"over", "against", "about", "following", "after", "despite", "behind"})
BACKGROUND_MARKS = frozenset({"after", "before", "since", "because", "until", "following"})
# Nouns after which "to", "for" or "at" give the cause: "in response to", "in retaliation for", "in protest at"
RESPONSE_NOUNS = frozenset({"response", "reaction", "retaliation", "reprisal", "revenge", "protest", "answer"})


def responds_to(prep: Token) -> bool:
    """Whether the preposition ``prep`` opens what an act answers: "(in) response to", "retaliation for"."""
    if prep.lower_ not in ("to", "for", "at"):
        return False
    before = prep.doc[prep.i - 1] if prep.i else prep  # the parser may hang "for" on the verb instead
    return (prep.head.lower_ in RESPONSE_NOUNS and prep.head.i < prep.i) or before.lower_ in RESPONSE_NOUNS


def cause_prep(node: Token) -> bool:
    """A preposition whose object is a cause or a charge, not the event: "over the death of", "in response
    to police killing a man"."""
    return node.dep_ == "prep" and (node.lower_ in GRIEVANCE_PREPS or responds_to(node))


def _in_background(tok: Token) -> bool:
    if background_clause(tok) is not None:
        return True
    node = tok
    while node.head.i != node.i:
        if cause_prep(node):
            return True
        node = node.head
    return False


def cause_object(tok: Token) -> Token | None:
    """The object of the preposition that names ``tok`` as the cause an act answers or a grievance
    ("protested against the killing of a reporter", "clashes over the arrest of a chief"), None when ``tok``
    is not inside one; the climb stops at a clause of its own."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "pobj" and cause_prep(node.head):
            return node
        if node.pos_ in ("VERB", "AUX") and node is not tok:
            return None
        node = node.head
    return None


def cause_phrase(tok: Token) -> tuple[int, int] | None:
    """Character offsets of the phrase of ``cause_object``, None when ``tok`` is named as no cause."""
    node = cause_object(tok)
    if node is None:
        return None
    words = list(node.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def background_clause(tok: Token) -> tuple[int, int] | None:
    """Character offsets of the clause that gives ``tok`` as background ("demonstrated after police shot a
    man": "after police shot a man"), None when ``tok`` is not inside one."""
    node = tok
    while node.head.i != node.i:
        marked = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children)
        if marked or (node.dep_ in ("pcomp", "pobj") and responds_to(node.head)):  # "in response to police killing"
            words = list(node.subtree)
            return words[0].idx, words[-1].idx + len(words[-1].text)
        node = node.head
    return None


def _ancestors_within(tok: Token, ids: dict[int, Mention]) -> Mention | None:
    """The nearest mention above ``tok``, not across a clause that gives background ("after a man died")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children
        ):
            return None
        if cause_prep(node):
            return None  # "protested over the death of a colleague": the cause, not this event's toll
        if _describes_participant(node, tok, ids):
            return None
        node = node.head
        if node.i in ids:
            return ids[node.i]
    return None


def _describes_participant(clause: Token, casualty: Token, ids: dict[int, Mention]) -> bool:
    """``clause`` is a relative clause on a participant that tells what they did, the casualty word inside it
    ("burnt the houses of a gang that killed two chiefs"): not this event's toll. One on the event's own noun
    ("an attack that killed five") is its toll, and so is a death told of the victim ("shot a suspect, who
    died later")."""
    if clause.dep_ != "relcl" or clause.head.i in ids or _casualty_lemma(casualty) in DEATH_ONLY:
        return False
    if _site_of_event(clause.head, ids) and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                                for c in clause.children):
        return False  # "a bombing outside the ministry that killed six": a place kills no one, the event did
    # "which" stands for a thing, and a thing that kills is the event or its weapon ("an attack on a bus,
    # which killed 11", parsed with the clause on "bus")
    return not any(c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _site_of_event(site: Token, ids: dict[int, Mention]) -> bool:
    """``site`` is a place or building where a violent event told by its own word happened ("a bombing outside
    the ministry in Kabul", "an attack on a market in X"): the object of a locative preposition on the
    event's word, or on a place that is."""
    node = site
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ not in LOCATIVE_SITE_PREPS:
            return False
        owner = node.head.head
        if owner.i in ids and ids[owner.i].cls in _VIOLENT:
            return (site.ent_type_ in ("GPE", "LOC", "FAC") or site.lower_ in PROPERTY_NOUNS
                    or site.lower_ in PLACE_NOUNS or site.lower_ in ("ministry", "parliament", "headquarters"))
        node = owner
    return False


def _merge_target(tok: Token, ids: dict[int, Mention]) -> Mention | None:
    """The mention a trigger word only modifies or restates: "a bomb attack", "repelled an attack"."""
    if tok.dep_ in MERGE_DEPS and tok.head.i in ids:
        return ids[tok.head.i]
    if tok.dep_ == "pobj" and tok.head.lower_ in MERGE_PREPS and tok.head.head.i in ids:
        return ids[tok.head.head.i]
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.i in ids and FAMILIES.get(ids[tok.i].cls) == "remote":
        # "killed by stray shells during the fighting": the shells are the fight's (remote violence inside a
        # battle is the battle)
        fight = next((ids[g.i] for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ in ("during", "in")
                      for g in c.children if g.dep_ == "pobj" and g.i in ids and ids[g.i].cls == "clash"), None)
        if fight is not None:
            return fight
    if tok.dep_ == "conj" and tok.head.dep_ in MODIFIER_DEPS and tok.head.head.i in ids and tok.head.head.i > tok.i:
        return ids[tok.head.head.i]  # "drone and missile attacks": both words modify the attacks
    if (tok.dep_ == "pobj" and tok.head.lower_ in SITE_PREPS and tok.i in ids
            and ids[tok.i].cls in DEMONSTRATION_CLASSES and tok.head.head.i in ids
            and FAMILIES.get(ids[tok.head.head.i].cls) == "remote"):
        return ids[tok.head.head.i]  # "blew himself up at an election rally": the bombing's site, not a protest
    # "overran the town after days of fighting", "captured the outpost after a three-day assault": the fight
    # that won it
    obj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj" else tok
    # ("took control of the locality after fighting with the army": the fight as a verb after "after")
    if (obj.dep_ in ("pobj", "pcomp") and obj.head.lower_ in ("after", "following", "amid") and obj.head.head.i in ids
            and ids[obj.head.head.i].cls in ("territory", "clash") and tok.i in ids
            and ids[tok.i].cls in ("clash", "attack")):  # ("were repelled after an hour of fighting")
        return ids[obj.head.head.i]
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lower_ in SPEECH_VERBS and tok.i in ids:
        # "A bomb exploded ..., police said, in an attack claimed by X": the report's own event, restated
        said = tok.head.head
        family = FAMILIES.get(ids[tok.i].cls)
        told = [m for i, m in ids.items() if i < tok.i and said.is_ancestor(m.trigger)
                and (FAMILIES.get(m.cls) == family or (tok.lower_ in ("attack", "attacks") and FAMILIES.get(m.cls) in
                                                       VIOLENT_FAMILIES))]
        return told[0] if told else None
    return None


def _participle_modifier(tok: Token) -> bool:
    """An -ing word before a noun that only describes it ("relatives of kidnapping victims", "a shooting
    suspect"), not a headline's verb ("Gunmen killing villagers ..."). (A crowd's own word, "protesting
    students", "rampaging youths", is the event, and callers keep it.)"""
    after_verb = tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("VERB", "AUX")  # "caught vandalizing church": a verb
    return (tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN"
            and not after_verb and not headline_verb(tok))


def _verb_hung_on_its_object(tok: Token, mentions: dict[int, Mention]) -> bool:
    """A headline's verb that the parse hangs on a trigger word after it, which only describes the verb's
    object ("Traders lynch murder accused": the accused's charge, not a second event, and not the event the
    lynching would otherwise fold into)."""
    return tok.dep_ in MERGE_DEPS and tok.head.i > tok.i and tok.head.i in mentions and headline_verb(tok)


def find_mentions(sent: SpacySpan) -> list[Mention]:
    """Event mentions of one sentence, in text order."""
    found = triggers(sent)
    events = [(t, lemma, cls) for t, lemma, cls in found if cls != "casualty"]
    casualties = [t for t, _, cls in found if cls == "casualty"]
    mentions: dict[int, Mention] = {t.i: Mention(t, lemma, cls, sent) for t, lemma, cls in events}
    # modifiers and restatements fold into the trigger they depend on
    for tok, _, cls in events:
        if tok.i not in mentions:
            continue  # the object's modifier of a headline verb before it (``_verb_hung_on_its_object``)
        if _verb_hung_on_its_object(tok, mentions):
            mentions.pop(tok.head.i)
            continue
        target = _merge_target(tok, mentions)
        if target is not None and target.trigger.i != tok.i and target.cls not in _STATEMENT:
            target.modifiers.append(tok)
            target.cls = _specialise(target.cls, cls)
            mentions.pop(tok.i, None)
        elif (
            tok.dep_ in MODIFIER_DEPS
            and tok.pos_ != "VERB"
            and cls not in ("accuse",)
            and not headline_verb(tok)
            and not (cls == "protest" and tok.head.lower_ in ACTION_NOUNS)  # "strike action" is the strike
            and tok.head.lower_ not in OCCURRENCE_HEADS  # "a shooting incident" is the shooting
            and not _misparsed_reduced_clause(tok)
        ) or (_participle_modifier(tok) and cls not in DEMONSTRATION_CLASSES):
            mentions.pop(tok.i, None)  # "protest leaders", "attack helicopters", "kidnapping victims"
    _merge_occurrences(mentions)
    # "protesters" is an event only where nothing else happens to them; what they demand or reject ("dispersed
    # protesters who were demanding reform") is what they protest, not another event
    if any(m.cls not in _STATEMENT and m.trigger.lower_ not in PARTICIPANTS for m in mentions.values()):
        for i in [i for i, m in mentions.items() if m.trigger.lower_ in PARTICIPANTS]:
            mentions.pop(i)
    for m in mentions.values():  # "lynched a thief", "fatally shot a man": the act reports its own toll
        if lethal(m.trigger):
            m.casualties.append(m.trigger)
    loose = [tok for tok in casualties if not _attach(tok, mentions)]
    made: set[int] = set()
    # a killing with no other trigger is itself the event: "gunmen killed five villagers"; killings first, so
    # that one told under an injury ("2 killed, 2 injured", parsed with "injured" as the root) is not lost
    loose_kills = {t.i for t in loose if _casualty_lemma(t) == "kill"}
    for tok in sorted(loose, key=lambda t: t.i not in loose_kills):
        if any(a.i in made or a.i in loose_kills for a in tok.ancestors):
            continue
        lemma = _casualty_lemma(tok)
        verb = to_death(tok)
        if _accidental(tok):
            continue  # "part of the school collapsed, killing eight children": no one's act
        if lemma == "kill" or verb is not None:  # "hacked a chief to death"
            trigger = verb if verb is not None else tok
            mentions[trigger.i] = Mention(trigger, "kill", "attack", sent, casualties=[tok])
            made.add(tok.i)
        elif lemma in DEATH_ONLY:  # "The man later died in hospital": a toll that may continue an event
            mentions[tok.i] = Mention(tok, lemma, "attack", sent, casualties=[tok])
            made.add(tok.i)
        elif _toll_report(tok):  # "The police union put the death toll at 15": another report of a toll
            mentions[tok.i] = Mention(tok, "die", "attack", sent, casualties=[tok])
            made.add(tok.i)
        elif lemma in HARM_LEMMAS and (lethal(tok) or _done_by_someone(tok)):
            mentions[tok.i] = Mention(tok, lemma, "attack", sent, casualties=[tok])  # "police injured five"
            made.add(tok.i)
    for tok in loose:  # other casualty words of a killing ("killed three and wounded five")
        if tok.i not in mentions:
            _attach(tok, mentions)
    for m in mentions.values():
        m.cls = _refine(m)
    _fold_coordinated(mentions)
    _fold_unopposed_takeover(mentions)
    _fold_support(mentions)
    _drop_denounced(mentions)
    for body, casualty in _found_dead(sent, mentions):
        mentions[body.i] = Mention(body, "kill", "attack", sent, casualties=[casualty])
    for tok in _reported_deaths(sent, mentions):
        mentions[tok.i] = Mention(tok, "die", "attack", sent, casualties=[tok])
    _fold_consequences(mentions)
    _fold_set_off_fights(mentions)
    _fold_participant_clauses(mentions)
    _fold_arrests_after_fight(mentions)
    _fold_into_demonstration(mentions)
    return sorted(mentions.values(), key=lambda m: m.trigger.i)


# Verbs that tell what a demonstration is for or against, not what its crowd did.
PURPOSE_LEMMAS = frozenset({"protest", "demonstrate", "demand", "denounce", "condemn", "oppose", "decry"})


def _fold_into_demonstration(mentions: dict[int, Mention]) -> None:
    """Arrests told as how a demonstration was broken up ("police dispersed the rally, detaining 35", "broke
    up the march and arrested its leaders"): ACLED's intervention in that demonstration, not an event of
    their own; and what the crowd did while holding it ("enforced a hartal, blocking roads and setting fire
    to a bus"): the demonstration's own acts."""
    def demonstrating(m: Mention | None) -> bool:
        return m is not None and FAMILIES.get(m.cls) == "demonstration"

    for i in sorted(mentions):
        m = mentions.get(i)
        if m is None or m.trigger.dep_ not in ("advcl", "conj"):
            continue
        t = m.trigger
        if FAMILIES.get(m.cls) != "arrest":
            # the crowd's own acts only as participles (not "to protest the death of ...", a purpose), with no
            # toll under them (which may be a grievance's deaths) and no purpose verb ("protesting his comments
            # on Friday" would bring its grievance's day)
            if not ((demonstrating(m) or m.cls == "looting") and t.tag_ == "VBG") or m.casualties or (
                    m.lemma in PURPOSE_LEMMAS):
                continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or any(c.dep_ == "mark" for c in t.children):
            continue  # a clause of its own ("after police arrested ...", "and police arrested ...")
        first = t  # "blocking roads and setting fire": the participle the chain starts from
        while first.dep_ == "conj" and (first.head.dep_ == "conj" or (
                first.head.dep_ == "advcl" and first.head.i not in mentions)):
            first = first.head
        anchor = first.head
        demonstration = mentions.get(anchor.i) if anchor.i != i else None
        if not demonstrating(demonstration):
            demonstration = next((mentions[c.i] for c in anchor.children
                                  if c.dep_ == "dobj" and demonstrating(mentions.get(c.i))), None)
        if demonstration is None or demonstration is m:
            continue
        _absorb(demonstration, m)
        mentions.pop(i)


def _fold_arrests_after_fight(mentions: dict[int, Mention]) -> None:
    """Arrests told as the end of a fight ("police arrested 12 suspects after a shootout", "following a gun
    battle") are that fight's outcome: one armed clash, as ACLED codes it, which keeps the arrests' roles. Not
    a fight referred to ("after the attack", "after last week's clashes"): a cause told before, and the
    arrests are their own event."""
    for i in sorted(mentions):
        m = mentions.get(i)
        if m is None or FAMILIES.get(m.cls) != "arrest" or m.trigger.pos_ not in ("VERB", "AUX"):
            continue
        fight = next(
            (mentions[g.i] for c in m.trigger.children if c.dep_ == "prep" and c.lower_ in ("after", "following")
             for g in c.children
             if g.dep_ == "pobj" and g.i in mentions and mentions[g.i].cls == "clash" and g.pos_ == "NOUN"
             and not any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in g.children)
             and not any(e.label_ in ("DATE", "TIME") for e in span_ents(m.sent) if e.root.head.i == g.i)),
            None,
        )
        if fight is None:
            continue
        _absorb(fight, m)
        mentions.pop(i)


# Verbs of a demonstration's purpose whose object is what it is against ("to denounce the arrests of
# journalists", "protesting the killing of a student").
DENOUNCING = frozenset(
    {"denounce", "denounced", "denouncing", "condemn", "condemned", "condemning", "protest", "protested",
     "protesting", "decry", "decried", "decrying", "oppose", "opposed", "opposing"}
)


def _drop_denounced(mentions: dict[int, Mention]) -> None:
    """An act a demonstration sets out to denounce ("held a sit-in to denounce the arrests of colleagues") is
    its grievance, told as a noun with no date or place of its own: no event of this report."""
    for i, m in list(mentions.items()):
        verb = m.trigger.head
        if m.trigger.dep_ != "dobj" or m.trigger.pos_ != "NOUN" or verb.lower_ not in DENOUNCING:
            continue
        crowd = verb.head if verb.dep_ in ("xcomp", "advcl", "acl", "relcl") else None
        if crowd is not None and crowd.i != i and (
            mentions.get(crowd.i) is not None and mentions[crowd.i].cls in DEMONSTRATION_CLASSES
            or any(mentions.get(c.i) is not None and mentions[c.i].cls in DEMONSTRATION_CLASSES
                   for c in crowd.children if c.dep_ == "dobj")
        ):
            mentions.pop(i)


def taken_without(tok: Token) -> list[Token]:
    """What an act was done without ("took the town without a fight": fight; "without firing a shot")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "without"
            for g in c.children if g.dep_ in ("pobj", "pcomp")]


def _fold_unopposed_takeover(mentions: dict[int, Mention]) -> None:
    """A place taken "without fighting" or "after the troops withdrew" is one transfer of territory: the fight
    it was taken without is no event, and the withdrawal that left it open is the same change of hands."""
    for m in [m for m in mentions.values() if m.cls == "territory"]:
        without = taken_without(m.trigger)
        # ("without fighting after the troops withdrew": the parse may hang the withdrawal on "fighting")
        left = [c for t in (m.trigger, *without) for c in t.children if c.dep_ == "advcl"]
        for t in (*without, *left):
            other = mentions.get(t.i)
            if other is not None and (other.cls == "withdraw" or t in without):
                _absorb(m, other)
                mentions.pop(t.i)


SUPPORT_VERBS = frozenset({"backed", "supported", "aided", "assisted", "helped", "covered", "accompanied"})


def _fold_support(mentions: dict[int, Mention]) -> None:
    """Strikes or shelling named as the backing of forces that do another act ("Somali forces backed by US air
    strikes recaptured the town", "troops, supported by artillery, stormed the camp") are part of that act:
    one event, coded by the act."""
    for m in list(mentions.values()):
        t = m.trigger
        if FAMILIES.get(m.cls) != "remote" or t.dep_ != "pobj" or t.head.lower_ not in ("by", "with"):
            continue
        verb = t.head.head
        if verb.lower_ not in SUPPORT_VERBS:
            continue
        act = next((o for o in mentions.values() if o is not m and o.trigger.is_ancestor(verb)), None)
        if act is not None:
            _absorb(act, m)
            mentions.pop(t.i)


TOLL_REPORT_VERBS = frozenset({"put", "puts", "putting", "rise", "rose", "risen", "rises", "climb", "climbed",
                               "climbs", "reach", "reached", "reaches", "stand", "stood", "stands"})


def _toll_report(tok: Token) -> bool:
    """"death" in a death toll that a sentence reports with a figure ("put the death toll at 15", "the death
    toll rose to 15", "stood at 15"): like a death with no act of its own, it only continues an event told
    before (never an event alone), as another report of that event's toll."""
    toll = tok.head
    if tok.lower_ != "death" or tok.dep_ != "compound" or toll.lower_ != "toll":
        return False
    verb = toll.head
    return verb.lower_ in TOLL_REPORT_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("at", "to") and any(g.like_num for g in c.subtree) for c in verb.children)


# Verbs by which one act sets off another ("attacked the base, triggering a gun battle").
SETTING_OFF = frozenset(
    "trigger triggered triggering triggers spark sparked sparking sparks provoke provoked provoking provokes "
    "ignite ignited igniting ignites prompt prompted prompting prompts".split()
)


def _fold_set_off_fights(mentions: dict[int, Mention]) -> None:
    """A fight that an attack or a bombing set off is that attack's battle, one event (ACLED codes an attack
    met with fire as an armed clash): "militants attacked a base, triggering a gun battle", "the attack on
    the convoy sparked heavy fighting". Not a protest or a riot an act sparked: another kind of event."""
    for i in sorted(mentions):
        m = mentions.get(i)
        if m is None or m.cls != "clash" or m.trigger.dep_ != "dobj" or m.trigger.head.lower_ not in SETTING_OFF:
            continue
        verb = m.trigger.head
        cause = next((mentions[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in mentions), None)
        if cause is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i in mentions:
            cause = mentions[verb.head.i]  # a participle of the act: "attacked ..., triggering"
        if cause is None or cause is m or FAMILIES.get(cause.cls) not in ("violence", "remote"):
            continue
        _absorb(cause, m)
        mentions.pop(i)


ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _participant_clause_of(m: Mention, mentions: dict[int, Mention]) -> Mention | None:
    """The mention whose participant a relative or reduced clause holding ``m`` describes: "shot dead a man who
    tried to stab soldiers", "lynched a man suspected of the killing of two children"."""
    node = m.trigger
    while node.head.i != node.i:
        # (a participle that is the act itself, "Twelve killed, others injured", describes no one)
        if (node.dep_ == "relcl" or (node.dep_ == "acl" and node is not m.trigger)) and node.head.dep_ in ARGUMENT_DEPS:
            participant = node.head
            if (participant.dep_ == "pobj" and participant.head.lower_ == "of"
                    and participant.head.head.dep_ in ARGUMENT_DEPS - {"pobj"}):
                participant = participant.head.head  # "supporters of the monarchy who were protesting": the parser
                # hangs the clause on the noun after "of"
            verb = participant.head.head if participant.dep_ == "pobj" else participant.head
            other = mentions.get(verb.i) or mentions.get(participant.head.i) or next(
                (mentions[c.i] for c in verb.conjuncts if c.i in mentions), None)  # "was seized and killed"
            return other if other is not m else None
        node = node.head
    return None


def _fold_participant_clauses(mentions: dict[int, Mention]) -> None:
    """A violent act told in a clause describing a participant of another violent act of the sentence is what
    that participant did or is charged with, not a new event: it is dropped as the act's background, and
    its toll is not that act's. A demonstration told so about the people an arrest took is the event, and
    the arrest its intervention ("arrested 12 protesters who blocked the highway", as ACLED codes it)."""
    violent = ("violence", "remote")
    for i in sorted(mentions):
        m = mentions.get(i)
        if m is None:
            continue
        main = _participant_clause_of(m, mentions)
        if main is None:
            continue
        # (an arrest that ends in a killing is violent too: "a man who killed his wife was seized and killed")
        main_violent = FAMILIES.get(main.cls) in violent or (main.cls == "arrest" and bool(main.casualties))
        if FAMILIES.get(m.cls) in violent and main_violent and main.lemma not in DEATH_ONLY:
            mentions.pop(i)  # background of the main act: no event, no toll of its own
        elif m.cls in DEMONSTRATIONS and main.cls == "arrest":
            _absorb(m, main)
            mentions.pop(main.trigger.i, None)


# Words that make a sentence's attack, fight or beating physical: weapons, wounds, deaths, armed men.
VIOLENCE_WORDS = frozenset(
    {"knife", "knives", "machete", "machetes", "gun", "guns", "rifle", "rifles", "pistol", "stick", "sticks",
     "stone", "stones", "rocks", "axe", "axes", "panga", "pangas", "arrow", "arrows", "spear", "spears", "bomb",
     "bombs", "grenade", "grenades", "acid", "petrol", "bullet", "bullets", "weapon", "weapons", "firearm",
     "firearms", "hammer", "sword", "swords", "club", "clubs", "killed", "killing", "injured", "injuries",
     "wounded", "wounds", "hurt", "dead", "died", "death", "hospital", "hospitalised", "hospitalized", "stabbed",
     "shot", "beaten", "bleeding", "body", "bodies", "blood", "punched", "kicked", "slapped", "assaulted"}
) | ARMED_NOUNS
# Where a verbal attack is made: "attacked him in a tweet", "during the debate".
SPEECH_NOUNS = frozenset(
    {"tweet", "tweets", "ad", "ads", "advert", "adverts", "advertisement", "speech", "speeches", "statement",
     "statements", "interview", "interviews", "debate", "debates", "op-ed", "column", "editorial", "letter",
     "remarks", "comments", "video", "book", "press", "conference", "briefing", "sermon", "podcast",
     "broadcast", "article", "articles", "report", "hearing", "blog", "newspaper", "television", "radio"}
)
# What a fight or battle is waged against when it is a cause, not a fight between people: an abstraction.
CAUSE_FIGHT = frozenset(
    {"change", "poverty", "corruption", "terrorism", "crime", "disease", "diseases", "cancer", "hunger",
     "inflation", "unemployment", "illiteracy", "malaria", "hiv", "aids", "covid", "pandemic", "virus",
     "drugs", "abuse", "discrimination", "racism", "sexism", "bigotry", "extremism", "radicalisation",
     "radicalization", "impunity", "injustice", "inequality", "climate", "fire", "fires", "wildfire", "wildfires",
     "flood", "floods", "pneumonia", "illness", "addiction", "obesity", "fraud", "piracy", "trafficking",
     "smuggling", "deforestation", "pollution", "desertification", "locusts", "odds", "decision", "ruling",
     "ban", "law", "bill", "policy", "plan", "proposal", "charges", "case", "extradition", "eviction"}
)
CONTEST_WORDS = frozenset(
    {"percent", "per", "cent", "%", "points", "votes", "vote", "election", "elections", "poll", "polls", "race",
     "primary", "primaries", "match", "game", "final", "league", "cup", "seat", "seats", "margin"}
)


# Words that make an agreement one of ACLED's: a settlement between armed or warring sides.
CONFLICT_WORDS = frozenset(
    {"peace", "ceasefire", "cease-fire", "truce", "armistice", "security", "power-sharing", "disarmament",
     "demobilisation", "demobilization", "non-aggression", "war", "conflict", "fighting", "hostilities",
     "violence", "rebels", "rebel", "insurgents", "insurgency", "militia", "militias", "armed", "guerrillas",
     "factions", "clans", "communities", "hostages", "prisoners", "withdrawal", "troops", "clashes"}
) | ARMED_NOUNS


def _handed_over(tok: Token) -> bool:
    """A base, camp or town "handed over" to other forces ("MINUSMA handed over its camp in Ber to the army"):
    a change of hands without a fight."""
    if "over" not in {c.lower_ for c in tok.children if c.dep_ == "prt"} and _next_words(tok) != {"over"}:
        return False
    return any(o.lower_ in BASE_NOUNS | PLACE_NOUNS for o in objects_of(tok))


def _peace_deal(tok: Token) -> bool:
    """A deal that settles fighting: "a peace deal", "a ceasefire deal", "a power-sharing deal" signed or
    reached (not "a trade deal", "a record deal", "no big deal")."""
    words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    # signed or reached, not hoped for ("could strike a peace deal", "best placed to get a peace deal")
    sealed = tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in DEAL_SEALED
    return sealed and bool(words & {"peace", "ceasefire", "cease-fire", "truce", "power-sharing", "reconciliation"})


DEAL_SEALED = frozenset({"signed", "signs", "sign", "signing", "reached", "reach", "reaches", "sealed", "inked",
                         "concluded", "brokered", "agreed"})


def _conflict_agreement(tok: Token) -> bool:
    """An agreement, accord or treaty that settles a conflict: qualified as one ("a peace accord", "the
    security agreement") or told beside armed or warring sides ("rebels and the government signed an
    agreement"); not an immunity deal, a trade pact or a climate accord."""
    return says_any(tok.sent, CONFLICT_WORDS)


def _shown(child: Token) -> bool:
    """What "demonstrate" shows rather than where people demonstrate: a clause ("demonstrated that ...") or an
    object that is no place ("demonstrated his commitment"; not "demonstrate outside parliament")."""
    if child.dep_ == "ccomp":
        return True
    if child.dep_ != "dobj" or child.ent_type_ in ("GPE", "FAC", "LOC", "ORG"):
        return False
    return not any(t.lower_ in SHOWN_EXCLUDED for t in child.subtree)


# Words in the "object" of "demonstrate" that tell a demonstration the parser misread: where, or against what.
SHOWN_EXCLUDED = frozenset({"outside", "inside", "near", "at", "in", "around", "against", "over", "for", "about"})


def _hyphen_compound(tok: Token) -> bool:
    """A trigger word joined by a hyphen to the word after it ("shell-shocked", "riot-hit"): a compound
    adjective, not the event (hyphenated event words are joined into one token at annotation)."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
    )


# What armed forces engage in or engage: fighting and its sides.
FIGHTING_WORDS = frozenset(
    {"fighting", "fight", "combat", "battle", "battles", "clash", "clashes", "gunfight", "firefight",
     "gunbattle", "shootout", "exchange", "fire", "hostilities", "enemy", "skirmish", "skirmishes",
     # military undertakings: "jets engaged in the coalition", "units engaged in the operation"
     "coalition", "operation", "operations", "mission", "missions", "offensive", "campaign", "war", "strikes",
     # fights of crowds: "engaged in blows", "engaged in shoving and pushing"
     "blows", "shoving", "pushing", "fisticuffs", "scuffle", "scuffles", "brawl", "brawls", "fistfight"}
)


def _engaged_in_fighting(tok: Token) -> bool:
    """ "engage" as fighting: armed forces engaging an enemy ("troops engaged the militants") or in a fight
    ("engaged in a gun battle"); not taking part in anything else."""
    engaged = [g for c in tok.children for g in (c, *c.children)]
    if any(a.dep_ == "amod" and a.lower_ in NON_EVENT_MODIFIERS for g in engaged for a in g.children):
        return False  # "engaging in personal attacks"
    words = {g.lower_ for g in engaged}
    if any(w in FORMS for w in words):
        return True  # "engaged in a street-fight", "engaged in a violent demonstration"
    return bool(words & (FIGHTING_WORDS | ARMED_NOUNS)) or bool(
        {c.lower_ for c in tok.children if c.dep_ == "nsubj"} & ARMED_NOUNS
    )


def _figurative(tok: Token, lemma: str) -> bool:
    """An attack, fight or beating in words or in a contest, not in arms: a named person attacking someone in
    a sentence with no weapon, wound or armed man ("Trump attacked his rival"); an attack made in speech or
    print ("in a tweet", "during the debate") or as a judgement ("attacked her as a fraud"); a fight or battle
    against a cause ("to fight climate change", "his battle against cancer"); a win in a contest ("beat him by
    six points", "beat back a challenge"); a court striking a rule down."""
    children = list(tok.children)
    if lemma == "strike":
        if {c.lower_ for c in children if c.dep_ in ("dobj", "nsubjpass")} & STRUCK_DEALS:
            return True  # "struck a deal", "an agreement she had struck"
        if tok.dep_ == "relcl" and tok.head.lower_ in STRUCK_DEALS:
            return True
        return any(c.dep_ == "prt" and c.lower_ in ("down", "off", "out") for c in children)
    if lemma == "beat":
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in children):
            return not _violence_in(tok.sent)  # "beat back a challenge", not "beat back the rebels"
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
            return False  # "beat up a youth organiser"
        contest = {t.lower_ for c in children if c.dep_ == "prep" and c.lower_ in ("by", "in") for t in c.subtree}
        if contest & CONTEST_WORDS and not _violence_in(tok.sent):
            return True  # "beat her by six points", "beat him in the primary"
        if {c.lower_ for c in children if c.dep_ == "dobj"} & BEATEN_MARKS:
            return True  # "beat expectations", "beat the odds"
        return _named_without_violence(tok)  # "Clinton beat her rival in the caucuses"
    if lemma in ("capture", "seize"):  # "Cruz captured Texas and Oklahoma"
        return tok.pos_ == "VERB" and _named_without_violence(tok, physical_objects=False)
    if lemma in ("fight", "battle", "combat"):
        if tok.dep_ == "dobj" and tok.head.lower_ in ("pick", "picks", "picked", "picking"):
            return True  # "picking a fight with his rival"
        if tok.pos_ == "VERB" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children):
            return not _violence_in(tok.sent)  # "fought to push through reforms"; not "rebels fought to take"
        doc = tok.doc
        if (tok.pos_ == "NOUN" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to"
                and doc[tok.i + 2].tag_ == "VB"):
            return not _violence_in(tok.sent)  # "his fight to increase funding": a campaign for an aim
        opponents = [c for c in children if c.dep_ == "dobj"]
        opponents += [g for c in children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
                      if g.dep_ == "pobj"]
        return any(
            o.lower_ in CAUSE_FIGHT
            or any(g.lower_ in CAUSE_FIGHT for g in o.children if g.dep_ in ("compound", "amod"))
            for o in opponents
        )
    # attack, assault
    if tok.dep_ == "acl" and tok.head.lower_ in SPEECH_NOUNS and not _violence_in(tok.sent):
        return True  # "a tweet attacking a former beauty queen"
    if any(c.dep_ == "nsubj" and c.lower_ in SPEECH_NOUNS for c in children) and not _violence_in(tok.sent):
        return True  # "the article attacked the governor"
    judged = [g for c in children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    if any(_judgement(g) for g in judged):
        return not _violence_in(tok.sent)  # "attacked her as a fraud"
    said_in = [g for c in children if c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "at")
               for g in c.children if g.dep_ == "pobj"]
    if lemma == "clash":  # "with whom he clashed at Saturday's debate": named people in words; sides that clash
        # are otherwise in arms or in the street ("Borana and Somalis clashed", "supporters clashed at a rally")
        subjects = _acting_subjects(tok)
        return (any(g.lower_ in SPEECH_NOUNS for g in said_in) and not _violence_in(tok.sent) and bool(subjects)
                and all(_contestant(s, False) or s.lower_ in ("he", "she") for s in subjects))
    claimed = tok.pos_ == "NOUN" and tok.head.lower_ in CLAIM_WORDS  # "claimed the attack in a statement"
    if any(g.lower_ in SPEECH_NOUNS for g in said_in) and not _violence_in(tok.sent) and not claimed:
        return True
    if tok.pos_ == "NOUN" and not _violence_in(tok.sent) and says_any(tok.sent, CONTEST_CUES):
        targets = [g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children
                   if g.dep_ == "pobj"]
        if targets and all(_contestant(g, True) for g in targets):
            return True  # "an attack on Obama" said at a debate
    # "Trump attacked his rival", "Sanders' attack on her record": named people's words, no weapon in sight
    possessed = tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children)
    return (tok.pos_ == "VERB" or possessed) and _named_without_violence(tok)


def _judgement(noun: Token) -> bool:
    """A noun after "as" that judges someone ("attacked her as a fraud"), not the act's frame ("as part of a
    land dispute", "as a reprisal")."""
    return (
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and noun.lower_ not in AS_FRAMES
    )


WOUND_NOUNS = frozenset({"wound", "wounds", "injury", "injuries", "cuts", "burns", "bruises", "harm", "beating"})
AS_FRAMES = frozenset(
    {"part", "result", "consequence", "reprisal", "retaliation", "revenge", "punishment", "warning", "response",
     "way", "means", "form"}
)


def _named_without_violence(tok: Token, physical_objects: bool = True) -> bool:
    """A verb whose subjects are all contestants (named people, candidates, rivals), in a sentence with no
    weapon, wound or armed man: the words of politics and contests ("Trump attacked his rival", "Cruz captured
    Texas", "won the caucuses, beating rival Hillary Clinton", "the only candidate who can beat Trump"). A
    pronoun ("He captured Vermont") counts only in a sentence about a contest. With ``physical_objects``, a
    physical target or a place as the object keeps the act literal."""
    if _violence_in(tok.sent):
        return False
    contest = says_any(tok.sent, CONTEST_CUES)
    subjects = _acting_subjects(tok)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if physical_objects and any(o.lower_ in PHYSICAL_TARGETS or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects):
        return False  # "X attacked a military camp", "attacked Elwak": a name the tagger took for a person's
    if not subjects or not all(_contestant(s, contest) for s in subjects):
        return False
    # the other side, when it is a person, is a contestant too ("X beat a voter" keeps its beating)
    people = [o for o in objects if o.pos_ in ("NOUN", "PRON") or (o.pos_ == "PROPN" and not contest)]
    return all(_contestant(o, contest) for o in people) or not physical_objects


# People of a political contest: their attacks, fights, battles and wins are words and votes.
CONTEST_PEOPLE = frozenset(
    {"rival", "rivals", "opponent", "opponents", "challenger", "challengers", "candidate", "candidates",
     "frontrunner", "front-runner", "incumbent", "nominee", "nominees", "contender", "contenders", "senator",
     "senators", "congressman", "congresswoman", "lawmaker", "lawmakers", "governor", "campaign", "campaigns",
     "caucus", "caucuses", "debate", "debates", "delegates", "nomination", "ticket", "runoff", "run-off"}
)
CONTEST_CUES = CONTEST_WORDS | CONTEST_PEOPLE  # a sentence about a contest
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "we", "us", "you", "they", "them"})


def _acting_subjects(tok: Token) -> list[Token]:
    """Who does ``tok``: its subjects (or its possessor, for a noun), else those of the verb it complements
    ("refusing to attack his rivals", "won the caucuses, beating ..."); a relative pronoun stands for its
    noun ("the only candidate who can beat Trump")."""
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return agents  # a passive's subject is the one it is done to: "X attacked by unknown youths"
    node = tok
    for _ in range(3):
        found = [c for c in node.children if c.dep_ == "nsubj" or (c.dep_ == "poss" and node.pos_ == "NOUN")]
        if found:
            return [s.head.head if s.lower_ in ("who", "that") and s.head.dep_ == "relcl" else s for s in found]
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _contestant(tok: Token, contest: bool) -> bool:
    """A named person, or a candidate or rival; a personal pronoun, or a name the tagger took for anything but
    a people ("Kasich" as a place), only in a sentence about a contest."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in CONTEST_PEOPLE:
        return True
    if contest and tok.pos_ == "PROPN" and tok.ent_type_ != "NORP":
        return True
    if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod") and c.lower_ in CONTEST_PEOPLE for c in tok.children):
        return True  # "rival Hillary Clinton"; not "rival youth groups"
    return contest and tok.lower_ in PERSONAL_PRONOUNS


# What is beaten when "beat" is a win over a mark: "beat expectations", "beat the odds".
BEATEN_MARKS = frozenset({"expectations", "odds", "record", "records", "deadline", "forecasts", "estimates", "rush"})
# What is struck when "strike" makes an agreement: "struck a deal".
STRUCK_DEALS = frozenset(
    {"deal", "deals", "agreement", "agreements", "accord", "bargain", "compromise", "balance", "chord", "note",
     "tone", "tune", "pose", "pact", "alliance", "partnership"}
)


def _violence_in(sent: SpacySpan) -> bool:
    """A weapon, wound or armed man in ``sent``; not in a name ("the Club for Growth", "Shot Tower")."""
    return any(t.lower_ in VIOLENCE_WORDS and t.pos_ != "PROPN" for t in sent)


# What "looting" takes when it means embezzlement ("the looting of public funds", "looted state coffers").
PUBLIC_MONEY = frozenset(
    {"funds", "fund", "money", "monies", "coffers", "treasury", "resources", "revenue", "revenues", "economy",
     "budget", "wealth", "assets"}
)
# Incendiary weapons: a fire thrown by hand ("a petrol bomb", "firebombed a truck", "Molotov cocktails").
INCENDIARY_WORDS = frozenset({"petrol", "fire", "gasoline", "molotov", "kerosene", "incendiary", "acid"})
INCENDIARY_LEMMAS = frozenset({"firebomb", "cocktail"})
# Lemmas an incendiary device can be told by (a bomb only with its fuel: mentions._incendiary).
INCENDIARY_DEVICES = INCENDIARY_LEMMAS | {"bomb", "bombing"}


def _incendiary(tok: Token, lemma: str) -> bool:
    """An incendiary device rather than an explosive: "firebomb" itself, a bomb or a cocktail named by its
    fuel ("petrol bombs", "a fire bomb", "Molotov cocktails"); "cocktail" only so ("a cocktail party" is none).
    """
    if lemma == "firebomb":
        return True
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")} | {before}
    return bool(words & INCENDIARY_WORDS)


def incendiary_attack(m: Mention) -> bool:
    """An attack told by an incendiary device ("hurled petrol bombs at a bus", "a firebomb attack"): the trigger
    or a word folded into it."""
    for tok in (m.trigger, *m.modifiers):
        lemmas = FORMS.get(tok.lower_, ())
        if any(lemma in INCENDIARY_DEVICES and _incendiary(tok, lemma) for lemma in lemmas):
            return True
    return False


def _misparsed_reduced_clause(tok: Token) -> bool:
    """A noun read as a modifier of the noun after its participle: "held a protest demanding jobs" parsed as
    "a [protest] [demanding] jobs", both modifying "jobs". The noun is the head of a reduced clause, not a
    modifier ("protest leaders" stays a modifier)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    return after.tag_ in ("VBG", "VBN") and after.head.i == tok.head.i and after.dep_ in ("amod", "compound")


def _casualty_lemma(tok: Token) -> str:
    """The casualty reading of a word with several ("killing": the noun "a killing" and the verb "kill")."""
    lemmas = FORMS[tok.lower_]
    return next((lemma for lemma in lemmas if TRIGGERS[lemma][0] == "casualty"), lemmas[0])


CONSEQUENCE_MARKS = frozenset({"when", "as", "while"})


def _fold_consequences(mentions: dict[int, Mention]) -> None:
    """Deaths and destruction told as what happened *when* a clash or an attack took place ("two people were
    killed and houses set on fire when rival factions clashed") are that clash's toll and damage, one event
    (as ACLED codes it), not a second event beside it: the consequence folds into its cause, which keeps
    the roles; casualties and evidence join it."""
    for i in sorted(mentions):
        m = mentions.get(i)
        if m is None or not (m.cls == "looting" or (m.cls == "attack" and any(c.i == i for c in m.casualties))):
            continue
        cause = next(
            (mentions[c.i] for t in m.tokens for c in t.children  # the clause hangs on the act or its toll
             if c.dep_ == "advcl" and c.i in mentions and FAMILIES.get(mentions[c.i].cls) in ("violence", "remote")
             and any(g.dep_ in ("advmod", "mark") and g.lower_ in CONSEQUENCE_MARKS for g in c.children)),
            None,
        ) or _left_by(m.trigger, mentions)
        if cause is None or cause is m:
            continue
        _absorb(cause, m)
        mentions.pop(i)


LEAVE_FORMS = frozenset({"leave", "leaves", "left", "leaving"})


def _left_by(tok: Token, mentions: dict[int, Mention]) -> Mention | None:
    """The violent act whose subject "left" the casualty: "clashes left one person killed", "the attack
    leaves two people dead"."""
    verb = tok.head
    if tok.dep_ in ("acl", "amod") and verb.dep_ == "dobj":
        verb = verb.head
    elif not (tok.dep_ == "oprd" or (tok.dep_ == "conj" and any(c.dep_ == "dobj" for c in verb.children)
                                     and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))):
        return None  # (the parser may coordinate "leave one herder killed" as two verbs)
    if verb.lower_ not in LEAVE_FORMS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [j for c in subjects for j in c.conjuncts]
    return next((mentions[c.i] for c in subjects
                 if c.i in mentions and FAMILIES.get(mentions[c.i].cls) in ("violence", "remote")), None)


def _absorb(target: Mention, other: Mention) -> None:
    """``other`` describes the same occurrence as ``target``: its words become the target's modifiers and its
    casualties join the target's (each counted once)."""
    target.modifiers.extend([other.trigger, *other.modifiers])
    seen = {c.i for c in target.casualties}
    target.casualties.extend(c for c in other.casualties if c.i not in seen)


ACT_FAMILIES = frozenset({"violence", "remote", "abduct"})
LEAD_FAMILIES = ACT_FAMILIES | {"territory"}
# Words that make a second act of the same subject an answer to the first, not a part of it.
REPRISAL_WORDS = frozenset({"revenge", "retaliation", "retaliated", "retaliating", "reprisal", "reprisals"})


def _coordinated_act(tok: Token, mentions: dict[int, Mention]) -> Mention | None:
    """The violent act a verb goes on telling, with the same subject: "attacked and killed two herders",
    "ambushed a patrol and shot dead three", "raided the village, shooting dead two" (a participle with no
    subject or conjunction of its own). One act told by several verbs is one event; not a verb with a subject
    of its own ("attacked a bus and police killed two"), a reprisal, or a verb dated apart from its head."""
    if (tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj" and tok.head.i not in mentions
            and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and tok.head.head.i in mentions
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
        return mentions[tok.head.head.i]  # "stormed the village, opening fire ... and setting fire to shops"
    if tok.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i or tok.head.i not in mentions:
        return None
    if tok.dep_ == "advcl":
        if tok.tag_ != "VBG" or any(c.dep_ == "mark" for c in tok.children):
            return None
    elif tok.dep_ != "conj":
        return None
    head = mentions[tok.head.i]
    # (an arrest goes on into the violence done to the arrested: "police arrested and beat a man to death")
    arrest = FAMILIES.get(head.cls) == "arrest" and tok.dep_ == "conj"
    # (and property looted, then burnt: "looted the health centre and burned several houses")
    plunder = head.cls == "looting" and tok.i in mentions and mentions[tok.i].cls == "looting"
    if (FAMILIES.get(head.cls) not in ACT_FAMILIES and not arrest and not plunder) or head.trigger.pos_ not in (
            "VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    own = {t.i for t in tok.subtree}
    if any(t.lower_ in REPRISAL_WORDS for t in tok.subtree):
        return None
    dated = [e for e in span_ents(head.sent) if e.label_ in ("DATE", "TIME") and not _age(e) and not _duration(e)]
    inside = [e for e in dated if e.start in own]
    outside = [e for e in dated if e.start not in own and e.start in {t.i for t in head.trigger.subtree}]
    return None if inside and outside else head


def _coordinated_noun(tok: Token, mentions: dict[int, Mention]) -> Mention | None:
    """The event noun a second one is joined to: "riots and clashes with police", "attacks and killings"."""
    if tok.pos_ != "NOUN" or tok.dep_ != "conj" or tok.head.i not in mentions:
        return None
    head = mentions[tok.head.i]
    return head if head.trigger.pos_ == "NOUN" else None


def _fold_coordinated(mentions: dict[int, Mention]) -> None:
    """Violent acts told by coordinated verbs of one subject ("attacked a bus and shot dead two passengers",
    "raided the village, shooting dead three") are one event: the later verb folds into the one it goes on
    from, which keeps the roles; its words and casualties join it (each casualty word counted once)."""
    for i in sorted(mentions, reverse=True):  # a chain ("attacked, shot and killed") folds from its end
        m = mentions[i]
        if m.cls in _STATEMENT or (FAMILIES.get(m.cls) not in OCCURRENCE_FAMILIES | {"abduct"}
                                   and m.cls not in ("looting", "territory", "disrupt")):
            continue
        joined_noun = _coordinated_noun(m.trigger, mentions)
        head = _coordinated_act(m.trigger, mentions) or joined_noun
        if head is None or head is m:
            continue
        # a riot told with clashes ("riots and clashes with police"): one violent demonstration
        riot_and_clash = head is joined_noun and head.cls == "riot" and m.cls == "clash"
        # "abducted and beheaded a man", "kidnapped and killed": the victims taken are the victims killed, one
        # act coded by the killing (ACLED codes an abduction that ends in death as an attack); so is an arrest
        # that goes on into a beating or a killing
        taken_then_killed = FAMILIES.get(head.cls) in ("abduct", "arrest") and FAMILIES.get(m.cls) == "violence" and (
            m.casualties or m.lemma in LETHAL_LEMMAS or FAMILIES.get(head.cls) == "arrest")
        # "stormed a college and kidnapped 30 students": one raid to take people, an abduction (ACLED's
        # attack only where the raid killed)
        stormed_then_took = head.lemma in ENTERING and FAMILIES.get(m.cls) == "abduct"
        # "stormed the village, opening fire on residents and setting fire to shops": the burning is the attack's
        # ("attacked an army base and seized weapons": the weapons taken in the attack are its loot)
        burnt_in_attack = m.cls in ("looting", "disrupt") and FAMILIES.get(head.cls) in OCCURRENCE_FAMILIES
        # "attacked army positions in the town and captured it": the fight that won the town, coded by its capture
        won_by_attack = m.cls == "territory" and FAMILIES.get(head.cls) == "violence"
        if not (_same_family(head.cls, m.cls) or taken_then_killed or riot_and_clash or stormed_then_took
                or burnt_in_attack or won_by_attack or head.cls == m.cls == "looting"):
            continue
        _absorb(head, m)
        # "police raided a hideout and seized three rifles": a raid that hurt no one, coded by what it seized
        seized_in_raid = m.cls == "disrupt" and head.lemma in ENTERING and not head.casualties
        if won_by_attack or seized_in_raid:
            head.cls = m.cls
        elif stormed_then_took:
            head.cls = head.cls if any(_death_word(c) for c in head.casualties) else m.cls
        elif not burnt_in_attack and m.lemma != "blow":  # ("attacked the hotel ..., blowing up vehicles": an
            # armed attack that blew things up, by what means untold)
            head.cls = m.cls if taken_then_killed else _specialise(head.cls, m.cls)
        mentions.pop(i)


HARM_LEMMAS = frozenset({"injure", "wound", "hurt"})
# Verbs of forcing a way into a place: with an abduction told after them, the raid is the abduction.
ENTERING = frozenset({"storm", "raid", "invade", "overrun"})
FIND_VERBS = frozenset({"found", "discovered", "recovered", "dumped"})
# Words that give a found body a death without foul play ("the body of a fisherman who drowned was found"):
# ACLED codes discovered bodies as violence only where a killing is reported.
NON_VIOLENT_DEATH_WORDS = frozenset(
    {
        "drown", "drowned", "drowning", "drowns", "accident", "accidents", "accidental", "accidentally",
        "electrocuted", "electrocution", "illness", "natural", "hypothermia", "starvation", "overdose",
    }
)


BOMB_WORDS = frozenset({"bomb", "bombs", "explosive", "explosives", "ied", "ieds", "grenade", "suicide", "mine",
                        "landmine", "shelling", "shell", "missile", "rocket", "gunmen", "attack", "attackers"})
# Verbs and nouns of accidents and disasters: a killing they tell of is no one's act ("the bus overturned,
# killing six", "killed in a landslide"); an explosive told with them keeps the act ("a truck bomb crashed").
ACCIDENT_WORDS = frozenset(
    {
        "collapse", "collapsed", "collapses", "collapsing", "crash", "crashed", "crashes", "capsized", "capsizing",
        "overturned", "overturning", "derailed", "landslide", "landslides", "mudslide", "mudslides",
        "floods", "flooding", "lightning", "accident", "accidents", "drowned", "electrocuted",
    }
)


def _accidental(tok: Token) -> bool:
    """A casualty word that an accident governs or causes: a participle of an accident verb ("collapsed,
    killing eight"), or "killed in an accident / a landslide"."""
    if any(t.lower_ in BOMB_WORDS for t in tok.sent):
        return False
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.lower_ in ACCIDENT_WORDS:
        return True
    if tok.dep_ in ("acl", "advcl") and any(c.lower_ in ACCIDENT_WORDS and c.dep_ in ("acl", "relcl", "conj")
                                            for c in tok.head.children):
        return True  # "A minibus overturned near Voi, killing eleven", parsed with both verbs on "minibus"
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "after") and
               any(g.dep_ == "pobj" and g.lower_ in ACCIDENT_WORDS for g in c.children) for c in tok.children)


def _done_by_someone(tok: Token) -> bool:
    """An injury with an agent of its own: "gunmen injured a lawyer", "five were injured by police" (not
    "two people were injured in an accident")."""
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    return not passive and (tok.tag_ in ("VBD", "VBZ", "VBP") or _bare_present(tok)) and any(
        c.dep_ == "nsubj" for c in tok.children)


def _bare_present(tok: Token) -> bool:
    """A base-form verb heading its clause with no auxiliary, modal or "to": a headline's present tense that
    the tagger took for an infinitive ("Supporters injure a man"), not "will injure", "to injure"."""
    return tok.tag_ == "VB" and tok.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)


def _found_dead(sent: SpacySpan, mentions: dict[int, Mention]) -> list[tuple[Token, Token]]:
    """Killings reported by their victims' bodies, where nothing else in the sentence is an event: "the
    bodies of two herders were found", "a chief was found dead" -> (trigger, casualty) pairs; not a death the
    sentence gives a cause without foul play ("found in the river after he drowned")."""
    if mentions or any(t.lower_ in NON_VIOLENT_DEATH_WORDS for t in sent):
        return []
    out = []
    for tok in sent:
        if tok.lower_ not in FIND_VERBS:
            continue
        # "the bodies of two herders were found", "police found the bodies of three men"
        body = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in BODY_NOUNS), None)
        dead = next((c for c in tok.children if c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod")), None)
        if body is not None:
            out.append((body, body))
        elif dead is not None:
            out.append((dead, dead))
    return out[:1]


REPORTED_DEATHS = frozenset({"fatalities", "fatality", "deaths", "dead"})


def _reported_deaths(sent: SpacySpan, mentions: dict[int, Mention]) -> list[Token]:
    """Deaths reported in a sentence with no act of its own ("Three fatalities were reported.", "Two people
    have been confirmed dead."): tolls that can only continue the event before them (``continue_tolls``);
    not a death given as a cause or background ("mourned the death of a chief")."""
    if mentions:
        return []
    for tok in sent:
        counted = tok.lower_ == "death" and any(c.dep_ == "nummod" for c in tok.children)  # "One death reported"
        if tok.lower_ not in REPORTED_DEATHS and not counted:  # not "death": "mourned the death of a chief"
            continue
        if tok.pos_ in ("NOUN", "ADJ") and not (backstory(tok) or _in_background(tok) or _bare_noun(tok)):
            return [tok]
    return []


OCCURRENCE_FAMILIES = frozenset({"remote", "violence"})
ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "agent"})
PATH_DEPS = frozenset({"compound", "appos", "pobj", "prep", "amod", "nmod"})
BETWEEN_POS = frozenset({"ADV", "AUX", "PART"})


def _same_family(a: str, b: str) -> bool:
    """Whether two trigger classes can name one occurrence: the same family, or a weapon or explosion and
    the attack it is used in ("a bomb ... exploded", "a grenade attack ... was thrown")."""
    fa, fb = FAMILIES.get(a), FAMILIES.get(b)
    if fa is None or fb is None:
        return False
    return fa == fb or {fa, fb} <= OCCURRENCE_FAMILIES


def _role_of(noun: Token, verb: Token) -> bool:
    """Whether a noun is the subject or object of a verb (through compounds, appositions, conjuncts and
    "with/by/in"-phrases): "a car bomb exploded", "militants detonated an explosive device"."""
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.head.i == verb.i:
            if node.dep_ in ROLE_DEPS:
                return True
            return node.dep_ == "prep" and node.lower_ in MERGE_PREPS
        if node.dep_ not in PATH_DEPS or (node.dep_ == "prep" and node.lower_ not in MERGE_PREPS):
            return False
        node = node.head
    return False


def _adjacent_subject(noun: Token, verb: Token) -> bool:
    """A noun right before a verb on the same line with only adverbs or auxiliaries between ("A car bomb
    exploded", "the blast was heard"): its subject whatever the parse made of it (a headline glued to the
    lead leaves the lead's subject attached to the headline)."""
    if noun.i >= verb.i or noun.dep_ in ("poss",):
        return False
    doc = noun.doc
    between = doc[noun.i + 1 : verb.i]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[noun.i : verb.i]):
        return False
    return all(t.pos_ in BETWEEN_POS for t in between)


def _purpose(verb: Token) -> bool:
    """A to-infinitive that states what its governor was done for: "gathered to protest"."""
    if verb.dep_ == "xcomp":
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "advcl" and infinitive and not any(c.dep_ == "mark" for c in verb.children)


def _merge_occurrences(mentions: dict[int, Mention]) -> None:
    """Fold mentions that describe one occurrence in one clause into one: a noun trigger that is the
    subject or object of a verb trigger of the same family ("a bomb exploded", "fighters launched an
    attack"), or a verb trigger that describes a noun trigger ("a bomb that exploded"). The verb keeps
    the roles; evidence and casualties join it (the toll counted once)."""
    for i in sorted(mentions):
        n = mentions.get(i)
        if n is None or n.trigger.pos_ != "NOUN" or n.cls in _STATEMENT:
            continue
        for v in [m for m in mentions.values() if m is not n and m.trigger.pos_ in ("VERB", "AUX")]:
            if v.cls in _STATEMENT or not _same_family(n.cls, v.cls):
                continue
            nt, vt = n.trigger, v.trigger
            described = vt.dep_ in ("relcl", "acl") and vt.head.i == nt.i
            if not (described or _role_of(nt, vt) or _adjacent_subject(nt, vt)):
                continue
            _absorb(v, n)
            v.cls = _specialise(v.cls, n.cls) if v.cls != "explosion" else v.cls
            if v.cls == "attack" and n.cls in _SPECIFIC_ORDER:
                v.cls = n.cls
            mentions.pop(i)
            break
    into: dict[int, Mention] = {}  # a verb's mention folded here: the one it joined
    for i in sorted(mentions):  # "gathered to protest", "went to attack": the purpose restates the act
        v2 = mentions.get(i)
        if v2 is None:
            continue
        # "marched to the palace, demanding action": what the crowd says as it marches
        voiced = v2.cls in _STATEMENT and v2.trigger.dep_ == "advcl" and v2.trigger.tag_ == "VBG"
        named = v2.trigger.pos_ == "NOUN" and v2.trigger.dep_ in ("npadvmod", "appos")
        v1 = mentions.get(v2.trigger.head.i) if named else None
        means = _means_of(v2.trigger, mentions)
        if means is not None:  # "attacked an army base with explosives dropped from drones": the drones' strike
            _absorb(means, v2)
            means.cls = _specialise(means.cls, v2.cls)
            mentions.pop(i)
            continue
        if v1 is not None and FAMILIES.get(v1.cls) is not None and FAMILIES.get(v1.cls) == FAMILIES.get(v2.cls):
            _absorb(v1, v2)  # "rallied in Niamey, the first such protest since 2023": the rally, named again
            mentions.pop(i)
            continue
        chanted = _chanted(v2, mentions) or _crowds_demand(v2, mentions) or _same_crowd_goes_on(v2, mentions)
        if chanted is not None:  # "rallied after prayers, chanting slogans": the rally's own doing
            _absorb(chanted, v2)
            into[i] = chanted
            mentions.pop(i)
            continue
        if not (_purpose(v2.trigger) or voiced):
            continue
        if v2.cls in _STATEMENT:
            crowd = _demonstration_done(v2.trigger.head, mentions)
            if crowd is not None:  # "marched on Friday to demand higher pay": what the march was for
                _absorb(crowd, v2)
                mentions.pop(i)
            continue
        # ("burned tyres and blocked roads to protest": the blockade joined the burning)
        v1 = mentions.get(v2.trigger.head.i) or into.get(v2.trigger.head.i)
        if v1 is None or v1.cls in _STATEMENT or FAMILIES.get(v1.cls) != FAMILIES.get(v2.cls):
            continue
        if FAMILIES.get(v1.cls) is None:
            continue
        _absorb(v1, v2)
        mentions.pop(i)


def _means_of(t: Token, mentions: dict[int, Mention]) -> Mention | None:
    """The attack whose means a participle describes ("attacked the base with explosives dropped from
    drones", "struck the town with shells fired from across the border"), else None."""
    thing = t.head
    if t.dep_ == "acl" and thing.dep_ == "pobj" and thing.head.lower_ == "with":
        attack = mentions.get(thing.head.head.i)
    elif t.dep_ == "pobj" and thing.lower_ == "from" and thing.head.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in thing.head.children):
        attack = mentions.get(thing.head.head.i)  # "attacked the base ... and dropped explosives from drones"
    else:
        return None
    return attack if attack is not None and FAMILIES.get(attack.cls) in ("violence", "remote") else None


def _same_crowd_goes_on(m: Mention, mentions: dict[int, Mention]) -> Mention | None:
    """The demonstration whose crowd goes on in a verb joined to its own with no subject of its own
    ("Protesters chanted slogans against the government and blocked roads"): that demonstration."""
    if m.cls not in DEMONSTRATION_CLASSES:
        return None
    verb = _own_verb(m.trigger)
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((d for d in mentions.values() if d is not m and d.cls in DEMONSTRATION_CLASSES
                 and _own_verb(d.trigger).i == verb.head.i), None)


def _crowds_demand(m: Mention, mentions: dict[int, Mention]) -> Mention | None:
    """The demonstration of the crowd that ``m``'s participle describes by its demand ("Protesters demanding
    the president's resignation blocked highways"): that demonstration."""
    t = m.trigger
    if m.cls not in _STATEMENT or t.dep_ != "acl" or t.tag_ != "VBG" or t.head.lower_ not in DEMONSTRATORS:
        return None
    for d in mentions.values():
        agent = force_agent(d.trigger) if d.cls in DEMONSTRATION_CLASSES else None
        if agent is not None and agent.i == t.head.i:
            return d
    return None


def _chanted(m: Mention, mentions: dict[int, Mention]) -> Mention | None:
    """The demonstration whose -ing clause tells what its crowd did ("rallied, chanting slogans", "marched
    through the town, waving placards"): that demonstration, when ``m`` is a demonstration word of the
    clause."""
    if m.cls not in DEMONSTRATION_CLASSES:
        return None
    clause = m.trigger if m.trigger.pos_ == "VERB" else m.trigger.head if m.trigger.dep_ == "dobj" else None
    if clause is None or clause.dep_ != "advcl" or clause.tag_ != "VBG" or any(c.dep_ == "mark"
                                                                              for c in clause.children):
        return None
    crowd = mentions.get(clause.head.i)
    return crowd if crowd is not None and crowd is not m and crowd.cls in DEMONSTRATION_CLASSES else None


def _demonstration_done(verb: Token, mentions: dict[int, Mention]) -> Mention | None:
    """The demonstration ``verb`` tells: the verb's own mention ("marched") or its object's ("staged a sit-in",
    "would hold a strike")."""
    for tok in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        m = mentions.get(tok.i)
        if m is not None and (m.cls in DEMONSTRATION_CLASSES or m.lemma == "strike"):
            return m  # (a strike that demands something is a labour strike, whatever its class reads yet)
    return None


_VIOLENT = frozenset(
    {
        "attack",
        "clash",
        "territory",
        "explosion",
        "suicide",
        "shelling",
        "air",
        "grenade",
        "chemical",
        "abduct",
        "sexual",
        "riot",
        "mob",
        "looting",
        "protest",
        "arrest",
    }
)
_STATEMENT = frozenset({"accuse", "threaten", "demand", "reject"})
ENGAGED_IN = frozenset({"clash", "attack", "mob", "riot", "protest", "looting"})
_SPECIFIC_ORDER = ("suicide", "air", "grenade", "shelling", "explosion")


def _specialise(cls: str, other: str) -> str:
    """A remote-violence modifier specialises an attack ("rocket attack", "bomb attack")."""
    if cls in ("attack",) and other in _SPECIFIC_ORDER:
        return other
    if cls == "deploy" and other in ENGAGED_IN:  # "engaged in a gun battle", "engaged in a street fight"
        return other
    return cls


# Nouns for many occurrences of one kind: "the latest in a string of attacks", "a spate of killings".
SERIES_NOUNS = frozenset({"string", "series", "spate", "wave", "succession", "litany", "rash"})


def series_of(trigger: Token) -> Token | None:
    """The series noun a plural event noun is counted by where the report names the series beside its event
    ("killed nine, the latest in a string of assaults"): many occurrences, not one. None when there is none,
    or when the series is what a verb tells of ("A wave of protests swept the capital on Monday", "six were
    killed in a fresh wave of clashes": that day's protests, those clashes)."""
    prep = trigger.head
    if not (trigger.tag_ == "NNS" and trigger.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lower_ in SERIES_NOUNS):
        return None
    series = prep.head
    # (but a series a verb follows or answers is its background: "security was tightened after a string of
    # bombings last month")
    background = series.dep_ == "pobj" and series.head.lower_ in BACKGROUND_PREPS
    if series.dep_ in ("nsubj", "nsubjpass", "dobj") or (
            series.dep_ == "pobj" and series.head.head.pos_ == "VERB" and not background):
        return None
    return series


BACKGROUND_PREPS = frozenset({"after", "following", "since", "amid"})


def _attach(tok: Token, mentions: dict[int, Mention]) -> bool:
    """Attach a casualty word to the mention it reports on; False when there is none."""
    if backstory(tok):
        return True  # told about a participant ("a man who had killed his father"): nobody's toll here
    cause = _child_mention(tok, mentions)
    if cause is None or not definite(cause.trigger):  # "killed in the clashes": the event told before
        cause = _coordinated_act(tok, mentions) or cause  # "shot and killed two during a raid": the shooting
    target = cause or _ancestors_within(tok, mentions) or _descendant(tok, mentions)
    # (not the act a charge on the victims names: "killed three men suspected of murdering a chief")
    violent = [m for m in mentions.values() if m.cls in _VIOLENT and not charge_describing(m.trigger)]
    if target is not None and target is not cause and charge_describing(target.trigger):
        target = None
    if (target is None and len(violent) == 1 and not _in_background(tok) and not _another_act(tok, violent[0].trigger)
            and not _describes_participant(tok, tok, mentions)):
        target = violent[0]
    if target is None or target.cls in _STATEMENT:
        return False
    target.casualties.append(tok)
    return True


CAUSE_PREPS = frozenset({"in", "during", "by", "from", "with", "amid"})


def _child_mention(tok: Token, mentions: dict[int, Mention]) -> Mention | None:
    """A trigger that is the casualty word's own subject or cause: "an airstrike killed 30", "killed in an
    attack" (not "since the fall of the town")."""
    for c in tok.children:
        if c.i in mentions and c.dep_ in ("nsubj", "nsubjpass"):
            return mentions[c.i]
    if tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be":
        # "Two are dead in a clash between ...": the copula carries the cause
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS:
                for g in c.children:
                    if g.i in mentions and g.dep_ == "pobj":
                        return mentions[g.i]
    if tok.dep_ in ("oprd", "xcomp") and tok.head.i not in mentions:
        # the state an act left its victims in: "clashes left one person dead" (the clashes' toll)
        for c in tok.head.children:
            if c.i in mentions and c.dep_ == "nsubj":
                return mentions[c.i]
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS:
            for g in c.children:
                if g.i in mentions and g.dep_ == "pobj":
                    return mentions[g.i]
    return None


def definite(tok: Token) -> bool:
    """A noun with a definite or possessive determiner: "the clashes", "their attack"."""
    return tok.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in REFERRING_DETS) or c.dep_ == "poss" for c in tok.children
    )


def _descendant(tok: Token, mentions: dict[int, Mention]) -> Mention | None:
    ids = {t.i for t in tok.subtree}
    hits = [m for i, m in mentions.items() if i in ids and i != tok.i and not _another_act(tok, m.trigger)]
    return min(hits, key=lambda m: abs(m.trigger.i - tok.i)) if hits else None


TIME_PREPS = frozenset({"after", "before", "since", "until", "following"})


def _another_act(tok: Token, trigger: Token) -> bool:
    """The trigger below the casualty word is another act than the one that caused it: apart in time, told
    about someone in a relative clause, or one of a series ("killed nine, the latest in a string of attacks")."""
    # (a death with no act of its own takes the act its clause tells: "a man, who was hurt in an attack, died")
    return tok.is_ancestor(trigger) and (_apart_in_time(tok, trigger) or _answered(tok, trigger) or (
        _in_relative_clause(tok, trigger) and _casualty_lemma(tok) not in DEATH_ONLY) or series_of(trigger) is not None)


def _answered(tok: Token, trigger: Token) -> bool:
    """The trigger below the casualty word is what the killing answered: "killed two men in retaliation for
    the killing of a herder"."""
    node = trigger
    while node.i != tok.i and node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and responds_to(node):
            return True
    return False


def _in_relative_clause(tok: Token, trigger: Token) -> bool:
    """The trigger below the casualty word is told in a relative clause describing someone ("killed four
    militants who had attacked a village"): what that person did, not the killing's cause."""
    node = trigger
    while node.i != tok.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


def _apart_in_time(tok: Token, trigger: Token) -> bool:
    """The trigger below the casualty word is another occurrence, apart in time: reached through "before",
    "since" or "until", or through "after"/"following" with a gap ("a year after the massacre") or a date of
    its own ("after the 2020 massacre"); "killed after clashes broke out" is the clashes' toll."""
    node = trigger
    while node.i != tok.i and node.head.i != node.i:
        if node.dep_ == "advcl" and node.head.i == tok.i:
            # a clause of its own, apart by a gap or before: "killed a chief on Monday, a day after bandits
            # abducted 20 travellers" (the parser hangs "a day" on the clause's verb)
            mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in TIME_PREPS), None)
            if mark is not None and (mark.lower_ in ("before", "since", "until") or any(
                    c.dep_ == "npadvmod" for c in (*node.children, *mark.children))):
                return True
        node = node.head
        if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
            return (node.lower_ in ("before", "since", "until")
                    or any(c.dep_ == "npadvmod" for c in node.children)
                    or any(c.ent_type_ == "DATE" for c in trigger.children))
    return False


def _refine(m: Mention) -> str:
    """Sub-types read from words around the trigger: suicide bombings, air raids, IEDs."""
    near = {t.lower_ for tok in m.tokens for t in (*tok.children, tok)}
    # the doer's own words: "the air force carried out strikes", "air force jets struck"
    doer = [c for c in m.trigger.children if c.dep_ == "nsubj"]
    if m.trigger.dep_ == "dobj" and m.trigger.head.lower_ in LIGHT_VERBS:
        doer += [c for c in m.trigger.head.children if c.dep_ == "nsubj"]
    near |= {t.lower_ for d in doer for t in d.children if t.dep_ in ("compound", "amod")}
    if FAMILIES.get(m.cls) in ("remote", "violence") and _chemical(m):
        return "chemical"
    struck = _struck_by(m)
    if struck is not None:  # "a drone attack set an oil depot ablaze": the strike that burnt it
        return struck
    if m.cls in ("explosion", "attack") and near & SUICIDE_WORDS:
        return "suicide"
    if m.cls in ("attack", "explosion") and near & AIR_WORDS:
        return "air"
    if m.cls == "explosion" and m.trigger.head.lower_ in DROPPED:
        return "air"  # "two bombs were dropped", "dropped barrel bombs": from the air
    if m.cls == "explosion" and m.trigger.lower_ in ("raid", "raids", "run", "runs") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("bombing", "bomber") for c in m.trigger.children):
        return "air"  # "a bombing raid", "a bombing run": aircraft dropping bombs
    if m.cls == "explosion" and m.lemma == "bomb" and m.trigger.pos_ == "VERB" and any(
            d.lower_ in ("military", "army", "air", "airforce", "jets", "warplanes") for d in doer):
        return "air"  # "the military bombed a rebel camp": an army bombs from the air (its guns shell)
    if m.cls == "attack" and near & {
        "rocket",
        "rockets",
        "mortar",
        "mortars",
        "artillery",
        "missile",
        "missiles",
        "shells",
    }:
        return "shelling"
    if m.cls == "attack" and m.trigger.lower_ in ("strike", "strikes") and any(
            c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE") for c in m.trigger.children
    ) and (m.casualties or _violence_in(m.sent) or m.trigger.head.lower_ in STRIKE_HITS):
        # "Israeli strikes hit a school", "US strikes killed ...": a state's strikes, from the air (a weapon named
        # beside them decides first: "missile strikes" is shelling; "French strikes paralysed rail transport" are
        # a labour protest)
        return "air"
    if m.cls == "attack" and near & {"grenade", "grenades"}:
        return "grenade"
    if (
        m.cls == "attack"
        and near & {"bomb", "bombs", "ied", "ieds", "explosive", "explosives", "landmine"}
        and not incendiary_attack(m)
    ):
        return "explosion"
    return m.cls


# Verbs of a strike landing ("strikes hit a school").
STRIKE_HITS = frozenset({"hit", "hits", "struck", "strike", "pounded", "pound", "targeted", "target", "destroyed",
                         "levelled", "leveled", "flattened"})
# Nouns of a strike or its weapon that can be the subject of the damage it did ("a drone attack set a depot
# ablaze", "shelling destroyed the school", "a missile razed a house").
STRIKE_SUBJECTS = {"attack": "attack", "attacks": "attack", "strike": "air", "strikes": "air", "airstrike": "air",
                   "airstrikes": "air", "drone": "air", "drones": "air", "shelling": "shelling", "shell": "shelling",
                   "shells": "shelling", "missile": "shelling", "missiles": "shelling", "rocket": "shelling",
                   "rockets": "shelling", "bombardment": "shelling", "bomb": "explosion", "bombs": "explosion",
                   "explosion": "explosion", "blast": "explosion"}


def _struck_by(m: Mention) -> str | None:
    """The remote or armed strike that did a mention's damage, told as the subject of the damage verb ("A
    drone attack set an oil depot ablaze", "Shelling destroyed the school"): the strike's class, by its
    weapon; None when the damage has a doer of its own ("rioters set the depot ablaze")."""
    if m.cls != "looting":
        return None
    subject = next((c for c in m.trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in STRIKE_SUBJECTS:
        return None
    cls = STRIKE_SUBJECTS[subject.lower_]
    words = {c.lower_ for c in subject.children if c.dep_ in ("compound", "amod")}
    if words & AIR_WORDS:
        return "air"
    if cls == "attack" and words & {"rocket", "missile", "artillery", "mortar"}:
        return "shelling"
    return cls


# Chemical agents used as weapons (tear gas is crowd control, never a chemical weapon in ACLED's sense).
CHEMICAL_AGENTS = frozenset({"chlorine", "sarin", "mustard", "nerve", "vx", "chemical", "chemicals", "toxic",
                             "poison", "poisonous"})
AGENT_NOUNS = frozenset({"gas", "gases", "agent", "agents", "weapon", "weapons", "munitions", "substance",
                         "substances", "attack", "attacks", "bombs", "shells", "rockets"})


def _chemical(m: Mention) -> bool:
    """A weapon carrying a chemical agent in the trigger's clause: "barrel bombs filled with chlorine", "a
    sarin attack", "shells containing toxic gas", "chemical weapons"."""
    for t in clause_head(m.trigger).subtree:
        if t.lower_ in ("chlorine", "sarin"):
            return True
        if t.lower_ in CHEMICAL_AGENTS and t.head.lower_ in AGENT_NOUNS and t.dep_ in ("amod", "compound"):
            return True
    return False


TOTAL_CUES = frozenset({"since", "total", "far", "overall", "altogether", "tally", "cumulative"})
DEATH_ONLY = frozenset({"die", "succumb"})  # deaths with no act of their own: never an event alone


def continue_tolls(mentions: list[Mention]) -> list[Mention]:
    """Fold the toll told in the sentence after a violent event into that event ("Gunmen attacked a bus on
    Monday. Two people were killed."), as one report of one occurrence: in a sentence with no date of its
    own and no running-total or separate-incident cue, a killing with no agent of its own, a killing whose
    agent refers back to the event's participants ("They shot dead two herders."), and deaths told beside
    other consequences ("One man was killed and houses were set ablaze.") add their casualties to the event
    before; security forces dispersing or shooting at a demonstration told before are its intervention and
    fold into it whole. A death with no act of its own ("One of the men later succumbed to his injuries.") is kept only
    that way: someone dying is not by itself an event."""
    out: list[Mention] = []
    told: dict[int, Mention] = {}  # the verbs of acts told as details of an event: that event
    for m in mentions:
        shared = _shared_verb_of(m, told)
        if shared is not None:
            _retell(shared, m)  # "... said its fighters had overrun the base and seized weapons"
            continue
        dispersal = _dispersal_of(out, m) or _met_by(out, m) or _onset_of(out, m)
        while dispersal is not None:
            out.remove(dispersal)  # "Police fired tear gas to disperse students who were protesting on Monday"
            _absorb(m, dispersal)
            dispersal = _dispersal_of(out, m)  # (both the firing and the dispersing, when each is a mention)
        demonstration = next((e for e in out if e.sent.start == m.sent.start and e.cls in DEMONSTRATIONS), None)
        if (
            demonstration is not None
            and _intervention(m, demonstration)
            and _same_incident(m.sent)
            and not _in_background(m.trigger)  # "protested after police shot a man": the cause, not the answer
        ):
            _absorb(demonstration, m)  # "Youths rioted ... and police intervened, shooting dead two"
            continue
        if demonstration is not None and (_crowd_of(demonstration, m) or _harm_at(m, demonstration)):
            _absorb(demonstration, m)  # "students protesting against quotas clashed with police"
            continue
        went_on = _demonstration_before(out, m) or _arrests_at(out, m)
        if went_on is not None:
            _retell(went_on, m)  # "Hundreds protested in Herat. Protesters blocked the highway ..."
            told[m.trigger.i] = went_on
            continue
        previous = _previous_violent(out, m)
        same_sentence = previous is not None and previous.sent.start == m.sent.start
        if previous is not None and not same_sentence and _detail_of_lead(m, previous, out):
            # "... in an attack on a village on Saturday. Armed men stormed it ...": those it kills are the lead's
            # toll told again ("A driver was killed by land guards. The guards stormed the home and murdered his
            # father"), unless the lead told none
            if previous.casualties:
                previous.repeats.append(m)
            else:
                _retell(previous, m)
            previous.details.append(m)
            told[m.trigger.i] = told[_own_verb(m.trigger).i] = previous
            continue
        if previous is not None and not same_sentence and _said_to_be(m):
            _retell(previous, m)  # "It was the third attack on security forces in a month": the one told, ranked
            continue
        if previous is not None and _continues(m, _segment(m.trigger) if same_sentence else m.sent):
            if _intervention(m, previous):
                _absorb(previous, m)
                continue
            if _toll_only(m) or _referring_killing(m, previous):
                previous.casualties.extend(m.casualties)
                continue
            if _doerless_killing(m):
                # after a toll already told, it tells how those victims died ("killed 6 thieves. 3 were beaten to
                # death ...", "Two of the attackers were shot dead"), not another figure; unless it says they
                # died besides ("Two soldiers were also killed in the exchange of fire")
                if not previous.casualties or _also_died(m):
                    previous.casualties.extend(m.casualties)
                continue
            if not same_sentence and (_referring_act(m, previous) or _doers_met(m)):
                # "Militants attacked a post. The attackers stormed it with ..."; "The terrorists were repelled",
                # the army said: the same fight told from the other side
                _retell(previous, m)
                told[m.trigger.i] = previous
                continue
            free = [
                c
                for c in m.casualties
                if c.i != m.trigger.i
                and ((_free_death(c) and not _bare_noun(c)) or _referring_death(c, previous))
            ]
            previous.casualties.extend(free)
            m.casualties = [c for c in m.casualties if c not in free]
        if m.lemma not in DEATH_ONLY:
            out.append(m)
    return out


def _shared_verb_of(m: Mention, told: dict[int, Mention]) -> Mention | None:
    """The event whose detail the verb that ``m``'s verb is coordinated with told, when ``m``'s has no subject
    of its own ("overran the base and seized weapons"): the same doers going on with the same act."""
    t = _own_verb(m.trigger)  # "threw stones at officers and set up barricades": the verb of the barricades
    if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.head.i not in told:
        return None
    event = told[t.head.i]
    # a subject of its own tells another act, unless it goes on with a weapon of the same kind ("a jet dropped
    # bombs on the crowd, and a helicopter later fired on those fleeing")
    subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    same_kind = FAMILIES.get(m.cls) == "remote" and FAMILIES.get(event.cls) == "remote"
    # (or an aircraft of the forces told: "its troops had exchanged fire with gunmen and an aircraft struck ...")
    return event if subject is None or same_kind or _aircraft(subject) else None


def _retell(target: Mention, other: Mention) -> None:
    """``other`` tells ``target`` again in a later sentence: it becomes one of its repeats (its evidence) and
    its casualties join the target's, each counted once."""
    target.repeats.append(other)
    seen = {c.i for c in target.casualties}
    target.casualties.extend(c for c in other.casualties if c.i not in seen)


def _sentence_before(m: Mention) -> SpacySpan | None:
    """The sentence right before ``m``'s, None at the document's start."""
    return m.sent.doc[m.sent.start - 1].sent if m.sent.start > 0 else None


def _demonstration_before(out: list[Mention], m: Mention) -> Mention | None:
    """The demonstration of the sentence right before ``m``'s that ``m`` goes on telling: an act of the
    demonstration's kind by its own crowd ("Hundreds of traders protested in Herat on Sunday. Protesters
    blocked the main highway for two hours."; "They burnt tyres"), in a sentence with no date of its own or
    other-incident cue. One demonstration told in two sentences is one event; its type reads both."""
    before = _sentence_before(m)
    t = m.trigger
    # "... demonstrators broke through police lines": the crowd's act told by its noun
    crowd = t.lower_ in DEMONSTRATORS and t.dep_ == "nsubj"
    if FAMILIES.get(m.cls) != "demonstration" or (t.pos_ not in ("VERB", "AUX") and not crowd) or before is None:
        return None
    demonstration = next((e for e in out if e.sent.start == before.start
                          and (FAMILIES.get(e.cls) == "demonstration" or crowd_act(e))), None)
    if demonstration is None or not _continues(m):
        return None
    if crowd:
        return demonstration
    agent = force_agent(t)  # ("clear demonstrators who blocked a highway": the demonstrators)
    if agent is None:
        return None
    if agent.lower_ in DEMONSTRATORS or agent.lower_ in REFERRING_PRONOUNS:
        return demonstration
    definite = any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in agent.children)
    return demonstration if definite and singular(agent) in {singular(t) for t in before if t.pos_ == "NOUN"} else None


def _arrests_at(out: list[Mention], m: Mention) -> Mention | None:
    """The demonstration told in the sentence before whose arrests ``m`` reports, with no date or other
    incident of its own and no doer but security forces ("... burned tyres before officers moved in. Police
    said 23 people were arrested."): ACLED codes arrests at a demonstration as its intervention, not as an
    event of their own."""
    before = _sentence_before(m)
    if FAMILIES.get(m.cls) != "arrest" or before is None or not _continues(m):
        return None
    agent = force_agent(m.trigger)
    if agent is not None and agent.lower_ not in SECURITY_FORCES:
        return None
    return next((e for e in out if FAMILIES.get(e.cls) == "demonstration"
                 and (e.sent.start == before.start or any(r.sent.start == before.start for r in e.repeats))), None)


def _previous_violent(out: list[Mention], m: Mention) -> Mention | None:
    """The first violent mention of the sentence before ``m``'s ("Herders attacked the village and stole
    cattle. Two people were killed.": the attack, not the theft), else None."""
    doc = m.sent.doc
    headline = headline_end(doc_text(doc)) or 0
    if m.trigger.idx >= headline:  # the body's tolls are not the headline's: it only announces the lead
        out = [e for e in out if e.trigger.idx >= headline]
    if out and out[-1].sent.start == m.sent.start:
        # another event in the same sentence: the toll may be its own, unless a headline's semicolon parts
        # them ("Militia attacks village; kills 5 and steals livestock")
        part = _segment(m.trigger).start
        before = [e for e in out if e.sent.start == m.sent.start and _segment(e.trigger).start < part]
        return next((e for e in before if e.cls in _VIOLENT and e.cls != "arrest"), None)
    if not out:
        return None
    # the event's report goes on in the sentences its repeats and tolls came from ("Militants attacked a base.
    # The insurgents stormed it. Eight soldiers were killed. The group said it had killed 30 soldiers.")
    def told_to(e: Mention) -> int:
        return max([e.sent.end, *(r.sent.end for r in e.repeats), *(c.sent.end for c in e.casualties)])

    last = max(reversed(out), key=told_to)  # the latest told; of ties, the last mentioned
    gap = doc[min(told_to(last), m.sent.start) : m.sent.start]
    if len(list(gap.sents)) > 1 if len(gap) else False:  # type: ignore[attr-defined]
        return None
    same = [e for e in out if e.sent.start == last.sent.start]
    return next((e for e in same if e.cls in _VIOLENT and e.cls != "arrest"), None)


SEPARATE_CUES = frozenset({"separate", "separately", "elsewhere", "meanwhile", "earlier", "previously"})


def _detail_of_lead(m: Mention, previous: Mention, out: list[Mention]) -> bool:
    """An act of the same kind told right after the document's first event, with no day, place-apart or
    other-incident cue of its own: news leads with the event and goes on with how it happened ("Suspected
    jihadists killed 14 civilians in an attack on a village on Saturday. Armed men on motorbikes stormed the
    village in the early afternoon, opening fire on residents."). Not an act told as another ("Gunmen also
    attacked ...", "later", "a second village")."""
    headline = headline_end(m.sent.doc.text) or 0
    def family(cls: str) -> str | None:  # a place taken is told on as a place taken ("captured the outpost")
        return "territory" if cls == "territory" else FAMILIES.get(cls)

    first = next((e for e in out if family(e.cls) in LEAD_FAMILIES and e.sent.start_char >= headline
                  and not _perfect_since(e)), None)
    # the site attacked, told as taken ("... attacked an army base. The group said its fighters had overrun the
    # base"): the attack's outcome
    taken = m.cls == "territory" and family(previous.cls) == "violence" and _object_told_in(m.trigger, previous)
    if first is not previous or (family(m.cls) != family(previous.cls) and not taken) or m.lemma in DEATH_LEMMAS:
        return False  # (a toll told after the lead is the tolls' business: ``continue_tolls``)
    before = _sentence_before(m)
    if before is None or before.start != previous.sent.start:
        return False  # the very next sentence only
    # done by unnamed attackers, as the lead's: not security forces answering ("Soldiers killed three smugglers")
    agent, lead_agent = clause_agent(_own_verb(m.trigger)), clause_agent(_act_verb(previous.trigger))
    forces = [a for a in (agent, lead_agent) if a is not None and a.lower_ in SECURITY_FORCES]
    # (but a force's aircraft go on with its air strike: "... military air strike ... A jet dropped bombs")
    aircraft = agent is not None and _aircraft(agent) and previous.cls == "air"
    # (and forces going on with their own raid: "Israeli forces killed seven in a raid ... its troops had
    # exchanged fire with gunmen")
    if agent is None or (forces and not aircraft and len(forces) < 2):
        return False
    # a day of its own is another day's act, unless the lead told none: then it dates the lead ("... have taken
    # the town, the group said on Sunday. It said its fighters captured the last outpost on Saturday")
    dated = any(e.label_ == "DATE" and not _age(e) and not _duration(e) for e in span_ents(m.sent))
    return _same_incident(m.sent) and not _told_as_another(_own_clause(m)) and (
        not own_date(previous, day=True) or not dated)


def _perfect_since(m: Mention) -> bool:
    """A mention told in the present perfect from a starting point ("The RSF has used drones since March"):
    a trend, no occurrence for a later sentence to tell the detail of."""
    head = clause_head(m.trigger)
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children) and any(
        c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in head.subtree)


def _aircraft(agent: Token) -> bool:
    """An aircraft or drone ("a fighter jet", "a helicopter", "warplanes")."""
    return agent.lower_ in AIR_WORDS or agent.lower_ in ("gunship", "gunships")


def _act_verb(t: Token) -> Token:
    """The verb an event noun is the object of, or hangs on through a preposition ("killed seven in a raid":
    killed), else the word itself."""
    node = t
    while node.pos_ == "NOUN" and node.dep_ in ("dobj", "pobj", "prep") and node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and node.head.i != node.i:
            node = node.head
    return node if node.pos_ in ("VERB", "AUX") else t


def _own_verb(t: Token) -> Token:
    """The verb whose object an event noun is ("dropped bombs": dropped), else the word itself."""
    return t.head if t.pos_ == "NOUN" and t.dep_ == "dobj" else t


def _object_told_in(verb: Token, previous: Mention) -> bool:
    """The object of ``verb`` is a definite noun for a thing the sentence of ``previous`` names ("overran
    the base" after "attacked an army base")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in obj.children) and (
        singular(obj) in {singular(t) for t in previous.sent if t.pos_ == "NOUN"})


_DAY_NAMING = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|tomorrow)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d+\s*(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)|\d{4}|\d+/\d+|\b(?:later|earlier|after|before|ago|next|last|following|previous)\b",
    re.I,
)


def names_day(text: str) -> bool:
    """Whether a time expression names a day or a point of its own ("on Sunday", "Sept. 15", "two days
    later", "last week"), not only a time of day or a vague period ("in the afternoon", "this month")."""
    return _DAY_NAMING.search(text) is not None


def own_date(m: Mention, day: bool = False) -> bool:
    """Whether a date of the mention's sentence belongs to its own clause (not to the report of it: "..., the
    group said on Sunday"); with ``day``, one that names a day ("this month" does not)."""
    head = clause_head(m.trigger)
    for e in span_ents(m.sent):
        if e.label_ not in ("DATE", "TIME") or _age(e) or _duration(e) or (day and not names_day(e.text)):
            continue
        node = e.root
        while node.head.i != node.i and node.pos_ not in ("VERB", "AUX") and node.i != m.trigger.i:
            node = node.head
        if node.i in (head.i, m.trigger.i) or head.is_ancestor(node):
            return True
    return False


def _continues(m: Mention, span: SpacySpan | None = None) -> bool:
    """A sentence (or a headline's part after a semicolon, ``span``) that can go on with the report before
    it: no date or time of its own, no running total ("since January 40 have died") and no other incident
    ("In a separate attack ...")."""
    span = span if span is not None else m.sent
    if not _same_incident(span):
        return False
    # a time of day with no day of its own ("They came at noon") places the act told before within its day
    return not any(e.label_ in ("DATE", "TIME") and not _age(e) and not _duration(e) and not _time_of_day(e)
                   and not _report_date(e, m.trigger) for e in span_ents(span))


def _report_date(ent: SpacySpan, trigger: Token) -> bool:
    """A date of the report, not of the act: the first verb above it says, claims or condemns ("Seventy
    people were killed, the UN office said on Friday")."""
    node = ent.root
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.i != trigger.i and node.lower_ in REACTION_VERBS
    return False


DURATION_UNITS = frozenset("hour hours minute minutes days weeks".split())  # a count of them, not "the day"
COUNT_WORDS = frozenset("several few many some couple".split())
BARE_LENGTHS = frozenset("hours days weeks months years".split())  # a length with no count and no point
# Words that turn a length of time into a point: "two days later", "hours after the attack", "a week ago".
TIME_SHIFTS = frozenset("ago later earlier after before since last next previous following this that".split())
_LENGTH = re.compile(r"-(?:hour|minute|day|week)s?(?:-long)?$")


def _duration(ent: SpacySpan) -> bool:
    """A DATE or TIME entity that only tells how long something lasted: "a two-hour firefight", "blocked the
    road for several hours", "for three days"; not a point in time ("two days later", "hours after the
    attack", "on Monday")."""
    doc = ent.doc
    words = {t.lower_ for t in ent}
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if words & TIME_SHIFTS or after in TIME_SHIFTS:
        return False
    if words <= BARE_LENGTHS:
        return True  # "after weeks of fighting", "for months"
    counted = any((t.like_num and t.ent_type_ != "ORDINAL" and not t.lower_.endswith(("st", "nd", "rd", "th")))
                  or t.lower_ in COUNT_WORDS or (t.lower_ in ("a", "an") and t.i == ent.start) for t in ent)
    return counted and (bool(words & DURATION_UNITS) or any(_LENGTH.search(t.lower_) for t in ent))


def _same_incident(span: SpacySpan) -> bool:
    """No running-total or separate-incident cue in ``span`` ("in a separate attack", "elsewhere")."""
    return not {w.lower_ for w in span} & (TOTAL_CUES | SEPARATE_CUES)


def _age(ent: SpacySpan) -> bool:
    """A DATE entity that gives someone's age: "a 12-year-old boy", "a man aged 40", "a 12 year old boy"."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return "old" in {t.lower_ for t in ent} or after == "old" or "-old" in ent.text.lower() or before == "aged"


def _toll_only(m: Mention) -> bool:
    """A killing or death mention that is only a toll: no agent of its own ("Two people were killed.",
    "Five killed.", "The man later died.")."""
    t = m.trigger
    if m.lemma not in ("kill", *DEATH_ONLY) or t not in m.casualties:
        return False
    return m.lemma != "kill" or _free_death(t)


DEATH_LEMMAS = frozenset({"kill", "die", "succumb", "dead", "death"})
REFERRING_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})
DEMONSTRATIONS = frozenset({"protest", "riot", "mob"})
DEMONSTRATORS = PARTICIPANTS | {"rioters", "mob"}
SECURITY_FORCES = frozenset(
    {"police", "policemen", "officers", "soldiers", "troops", "army", "military", "forces", "gendarmes"}
)


# What a "by" phrase names when it tells the means, not the doer: "killed by a stray bullet", "by gunshots".
MEANS_NOUNS = frozenset(
    "bullet bullets gunshot gunshots gunfire shot shots arrow arrows machete machetes knife knives spear spears "
    "stone stones".split()
)


def _actor_agent(child: Token) -> bool:
    """A "by" agent that names who did it, not the means ("killed by a stray bullet")."""
    return child.dep_ == "agent" and not any(g.dep_ == "pobj" and g.lower_ in MEANS_NOUNS for g in child.children)


def _free_death(tok: Token) -> bool:
    """A death told without who caused it: a passive with no agent ("two people were killed", "Five killed"),
    or dying ("one person died", "two were confirmed dead"); not one with a cause of its own ("killed in a
    separate attack") nor one told about a participant ("a man who had killed his father")."""
    lemmas = set(FORMS.get(tok.lower_, ()))
    if not lemmas & DEATH_LEMMAS or backstory(tok) or any(_actor_agent(c) for c in tok.children):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ in CAUSE_PREPS and any(g.lower_ in FORMS and not _the_one_told(g)
                                                            for g in c.children)
        for c in tok.children
    ):
        return False  # "killed in a separate attack": a cause of its own
    if lemmas & {"kill"} and tok.pos_ in ("VERB", "AUX"):
        # "..., killing three" has its clause's subject ("_referring_death"); "claimed killing four" none
        return _passive(tok) or clause_agent(tok) is None
    return True


def _the_one_told(noun: Token) -> bool:
    """An act noun that refers back to the act just told: "the gunfight", "the exchange of fire" (not "a
    separate attack", "the second attack", "another raid")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.lower_ in ANOTHER_ACT_CUES | {"separate", "earlier", "previous", "last"} for c in noun.children)


def _dispersal_of(out: list[Mention], m: Mention) -> Mention | None:
    """Security forces' action told before the demonstration it met, which a relative clause of its object
    tells ("Police fired tear gas to disperse students who were protesting against bread prices"): one
    demonstration met with force, not two events. The action, else None."""
    t = m.trigger
    if m.cls not in DEMONSTRATIONS or t.dep_ not in ("relcl", "acl"):
        return None
    crowd = t.head
    return next(
        (e for e in out if e.sent.start == m.sent.start and e.trigger.is_ancestor(crowd) and _intervention(e, m)),
        None,
    )


def _crowd_of(demonstration: Mention, m: Mention) -> bool:
    """``m`` is the act of the crowd that ``demonstration``'s participle describes ("students protesting
    against quotas clashed with police", "youths demonstrating over a killing torched a car")."""
    t = demonstration.trigger
    if t.dep_ not in ("acl", "amod") or FAMILIES.get(m.cls) != "violence" and m.cls != "looting":
        return False
    agent = force_agent(m.trigger)
    return agent is not None and agent.i == t.head.i


def _harm_at(m: Mention, demonstration: Mention) -> bool:
    """A killing or shooting with no doer told in a clause on the demonstration's place or crowd ("...
    demonstrators who blocked roads in Rangpur, where a student was shot dead"): its toll."""
    t = m.trigger
    return (FAMILIES.get(m.cls) == "violence" and bool(m.casualties) and t.dep_ == "relcl"
            and force_agent(t) is None and demonstration.trigger.is_ancestor(t))


ONSET_VERBS = frozenset("erupted erupt erupts broke began begun begin started start flared".split())


def _onset_of(out: list[Mention], m: Mention) -> Mention | None:
    """The fighting whose start ``m`` tells in a "when" clause ("The fighting erupted on Thursday when
    gunmen ambushed a patrol"): the ambush is the occurrence, the fighting only its name. That mention, else
    None."""
    t = m.trigger
    if t.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in t.children):
        return None
    onset = t.head
    if onset.lower_ not in ONSET_VERBS:
        return None
    return next((e for e in out if e.trigger.head.i == onset.i and e.trigger.dep_ == "nsubj"
                 and FAMILIES.get(e.cls) == "violence"), None)


TRY_VERBS = frozenset("tried try tries trying attempted attempt attempting sought".split())


def _met_by(out: list[Mention], m: Mention) -> Mention | None:
    """Security forces' violence told before, in the same sentence, as the answer to the crowd's act ``m``
    that a clause of it tells ("Police shot dead five people as protesters stormed parliament"): one
    demonstration met with force. The forces' act, else None."""
    t = m.trigger
    if t.dep_ == "xcomp" and t.head.lower_ in TRY_VERBS:
        t = t.head  # "as they tried to march on the capital"
    if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in t.children):
        return None
    agent = force_agent(t)
    if agent is None:
        return None
    if not crowd_act(m) and agent.lower_ not in CROWD_WORDS | DEMONSTRATORS and agent.lower_ != "they":
        return None
    for e in out:
        if e.trigger.i != t.head.i:
            continue
        if _intervention(e, m) and agent.lower_ != "they":
            return e
        # "Police arrested 500 supporters as they tried to march": the arrests are the march's intervention
        force = force_agent(e.trigger)
        if (FAMILIES.get(e.cls) in ("arrest", "violence") and m.cls in DEMONSTRATIONS and agent.lower_ == "they"
                and any(c.dep_ == "dobj" for c in e.trigger.children)
                and force is not None and force.lower_ in SECURITY_FORCES):
            return e
    return None


def _intervention(m: Mention, previous: Mention) -> bool:
    """Security forces acting on the demonstration told just before ("Youths protested ... Police, who were
    dispersing the crowd, shot dead a rider.", "Two people were shot dead by police responding to the
    protest."): ACLED codes the intervention and its toll as part of the demonstration (Excessive force
    against protesters, or a riot's toll), not as an attack of its own. Their dispersal of the crowd and
    their violence fold into the demonstration."""
    if (previous.cls not in DEMONSTRATIONS and not crowd_act(previous)) or m.cls in _STATEMENT:
        return False
    if not (FAMILIES.get(m.cls) == "violence" or (m.cls == "protest" and m.lemma == "disperse")):
        return False
    agent = force_agent(m.trigger)
    return agent is not None and agent.lower_ in SECURITY_FORCES


CROWD_WORDS = frozenset({"mob", "mobs", "crowd", "crowds", "rioters", "youths", "protesters", "demonstrators"})


def crowd_act(m: Mention) -> bool:
    """A crowd's attack or destruction: "A mob set fire to 15 houses", "angry youths torched a police post",
    "thousands of protesters stormed parliament"."""
    if m.cls not in ("looting", "attack"):
        return False
    agent = force_agent(m.trigger)
    if agent is not None and (agent.like_num or agent.lower_ in HOW_MANY):  # "thousands of protesters"
        agent = _of_object(agent) or agent
    return agent is not None and agent.lower_ in CROWD_WORDS


def _of_object(tok: Token) -> Token | None:
    """The object of the "of" after ``tok`` ("thousands of protesters", "three of the attackers"), else None."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


HOW_MANY = frozenset("thousands hundreds dozens scores tens hundred thousand dozen".split())


def force_agent(verb: Token) -> Token | None:
    """Who did an act: the subject of its clause, the antecedent of a relative pronoun subject ("police, who
    were dispersing the crowd"), or a passive's "by" agent ("shot by police")."""
    agent = clause_agent(verb)
    if agent is not None and agent.lower_ in RELATIVE_PRONOUNS:
        node = agent.head
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        agent = node.head if node.dep_ == "relcl" else None
    if agent is None:
        # (the "by" of coordinated passives is theirs together: "was shot and killed by the settlers")
        shared = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN":
            shared.append(verb.head)
        by = next((c for v in (verb, *shared) for c in v.children if c.dep_ == "agent"), None)
        agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if agent is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        return force_agent(verb.head.head)  # "they used a bomb before opening fire": the subject of "used"
    return agent


def _referring_killing(m: Mention, previous: Mention) -> bool:
    """A killing done by the participants of the event before ("Bandits raided the village. They killed two
    herders.", "... The attackers shot dead a driver.", "... Six of the guards were killed by the mob."): see
    ``_refers_back_to``."""
    if FAMILIES.get(m.cls) != "violence" or not any(_death_word(c) for c in m.casualties):
        return False
    if not _death_word(m.trigger) and _told_as_another(m.sent):
        return False  # "The gunmen later attacked a second village, killing three": another attack
    agent = force_agent(m.trigger)
    return agent is not None and _refers_back_to(agent, previous)


def _passive(verb: Token) -> bool:
    """A verb told in the passive, also elliptically ("two people were killed", "Five killed")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or elliptic_passive(verb)


def _doerless_killing(m: Mention) -> bool:
    """A lethal act told with nobody doing it ("One trader was hacked to death.", "One person stabbed to
    death."): like "Two people were killed.", the toll of the event told just before, not an event of its own.
    A "by" phrase naming the means ("by a stray bullet") names no doer."""
    t = m.trigger
    if FAMILIES.get(m.cls) != "violence" or t.pos_ not in ("VERB", "AUX"):
        return False
    if not (lethal(t) or any(_death_word(c) and c.head.i == t.i for c in m.casualties)):  # "was shot dead"
        return False
    verbs = [t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if any(_actor_agent(c) for v in verbs for c in v.children):  # "were shot and killed by police"
        return False
    return _passive(t) or clause_agent(t) is None


ALSO_WORDS = frozenset({"also", "too"})


def _also_died(m: Mention) -> bool:
    """A killing told with "also" on its verb ("Two soldiers were also killed"): more dead, not those told."""
    return any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in m.trigger.children)


# Words that tell a second act of the same participants as another occurrence ("They later attacked a
# second village", "The gunmen also raided a shop").
ANOTHER_ACT_CUES = frozenset(
    {"also", "then", "later", "again", "another", "second", "next", "subsequently", "afterwards", "further"}
)


def _told_as_another(span: SpacySpan | list[Token]) -> bool:
    """A sentence that tells its act as another occurrence ("The gunmen later attacked a second village")."""
    return bool({w.lower_ for w in span} & ANOTHER_ACT_CUES)


def _own_clause(m: Mention) -> list[Token]:
    """The words of the clause of ``m``'s verb, without the clauses with subjects of their own joined to it ("A
    jet dropped bombs on the crowd, and a helicopter later fired ...": not "later")."""
    verb = _own_verb(m.trigger)
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return [t for t in verb.subtree if not any(j.is_ancestor(t) or j.i == t.i for j in joined)]


# Nouns that name whoever did an act just told: "the attackers", "the gunmen" (compared in singular).
DOER_NOUNS = frozenset({"attacker", "assailant", "perpetrator", "killer", "kidnapper", "abductor", "raider",
                        "bomber"})
PERPETRATOR_NOUNS = DOER_NOUNS | frozenset(
    {
        "gunman",
        "gunmen",
        "militant",
        "bandit",
        "insurgent",
        "fighter",
        "rebel",
        "terrorist",
        "mob",
        "rioter",
    }
)


def _doers_met(m: Mention) -> bool:
    """A fight told in the passive of the doers of the act told before, named as such ("The terrorists were
    repelled", "the assailants were pushed back"): the answer to that act, one occurrence with it."""
    t = m.trigger
    if FAMILIES.get(m.cls) != "violence" or t.pos_ not in ("VERB", "AUX") or not _passive(t):
        return False
    return _named_doers(next((c for c in t.children if c.dep_ == "nsubjpass"), None), PERPETRATOR_NOUNS)


def _referring_act(m: Mention, previous: Mention) -> bool:
    """A violent act, in the sentence after a violent event, done by that event's participants and told as
    its detail ("Suspected militants attacked a police post. The attackers stormed it with grenades and
    gunfire."): one occurrence told in two sentences, not a second event. Not an act told as another one
    ("The gunmen later attacked a second village")."""
    # property burnt or looted by the attackers is part of their attack (ACLED: one event, coded as the attack)
    acts = FAMILIES.get(m.cls) in ACT_FAMILIES or m.cls == "looting"
    if not acts or FAMILIES.get(previous.cls) not in ACT_FAMILIES:
        return False
    # (but "the assailants also burned shops and took away livestock": what the attack also did, told by its doers)
    also_took = m.cls == "looting" and _named_doers(force_agent(m.trigger)) and not _told_as_another(
        [w for w in m.sent if w.lower_ != "also"])
    if _told_as_another(m.sent) and not also_took:
        return False
    verb = m.trigger
    # "stormed the post with grenades", "launched heavy gunfire": the act whose object or means the word is
    while verb.pos_ == "NOUN" and verb.dep_ in ("pobj", "dobj", "conj") and verb.head.i != verb.i:
        verb = verb.head.head if verb.head.dep_ in ("prep", "agent") else verb.head
    agent = force_agent(verb)
    if agent is None and verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):
        # the parser hangs the fight on a clause describing the object: "engaged police guarding the school in
        # a gunfight" is the engaging's, done by its subject
        agent = clause_agent(verb.head.head)
    if agent is None and m.cls == "looting" and _passive(verb):
        return True  # "Several vehicles were burned": property lost in the attack told before
    if (agent is None or agent.i == m.trigger.i) and _passive(verb) and _same_target(verb, previous):
        return True  # "... fired missiles at a cargo ship. The ship was hit by a ballistic missile": that attack
    if _sensed_blasts(m) or _goes_on(m):
        # "Drones struck the port on Sunday. ... Explosions shook the city before dawn"; "Heavy firing continued
        # through the night"
        return True
    if agent is not None and (agent.lower_ in ("one", "another") or agent.ent_type_ == "ORDINAL"):
        # "Three of the attackers were shot dead and a fourth blew himself up", "one of the gunmen fled"
        counted = _of_object(agent)
        if counted is None:
            return agent.lower_ != "one"
        agent = counted
    if agent is None or agent.lower_ in SECURITY_FORCES:
        return False
    # "attackers", "assailants" with no article name the doers of an act already told ("... when attackers opened
    # fire from the hills"), "gunmen" or "militants" do not
    bare = not any(c.dep_ in ("det", "nummod", "poss") for c in agent.children)
    if bare and agent.tag_ == "NNS" and singular(agent) in DOER_NOUNS:
        return True
    if bare and agent.tag_ == "NNS" and singular(agent) in PERPETRATOR_NOUNS and m.cls == "looting":
        return True  # "... attacked 17 villages. Gunmen burnt more than 200 houses": what the attack destroyed
    return agent.lower_ in REFERRING_PRONOUNS or (
        any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in agent.children)
        and singular(agent) in {singular(t) for t in previous.sent if t.pos_ in ("NOUN", "PROPN")}
        | PERPETRATOR_NOUNS
    )


SENSED_VERBS = frozenset("shook shake shakes rocked rock rocks rattled heard hear echoed felt".split())


GO_ON_VERBS = frozenset("continued continue continues lasted persisted raged".split())


def _goes_on(m: Mention) -> bool:
    """A fight's noun as the subject of going on ("Heavy firing continued through the night"): the fight told
    before, lasting."""
    t = m.trigger
    return t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lower_ in GO_ON_VERBS and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)


def _said_to_be(m: Mention) -> bool:
    """An event noun that a copula says the event told before is ("It was the third attack on security forces
    in a month", "This was the deadliest attack this year")."""
    t = m.trigger
    if t.dep_ != "attr" or t.head.lower_ not in ("was", "is", "were", "'s"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in t.head.children)


def _sensed_blasts(m: Mention) -> bool:
    """Blasts told as what people heard or felt ("explosions shook the city", "blasts were heard"): the
    sound of an attack, with no doer, weapon or toll of their own."""
    t = m.trigger
    return (t.lower_ in SOUNDS_OF_FIGHTING and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.lower_ in SENSED_VERBS and not m.casualties)


# Nouns for what a fight sounds like: "gunfire and explosions were heard across the city".
SOUNDS_OF_FIGHTING = frozenset("explosion explosions blast blasts gunfire gunshots shots shooting firing "
                               "detonations".split())


def _named_doers(agent: Token | None, nouns: frozenset[str] = DOER_NOUNS) -> bool:
    """ "the assailants", "the attackers" (``nouns``): the doers of an act already told, named by the definite
    article."""
    return agent is not None and singular(agent) in nouns and any(
        c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in agent.children)


def _same_target(verb: Token, previous: Mention) -> bool:
    """The passive subject of ``verb`` is a definite noun for a thing the sentence of ``previous`` names ("The
    ship", "the convoy"), the target of that event hit again in the telling, or its doer ("the bomber")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in subject.children):
        return False
    if singular(subject) in DOER_NOUNS:
        return True  # "the bomber was shot before reaching the gate": the doer of the act told before
    return singular(subject) in {singular(t) for t in previous.sent if t.pos_ == "NOUN" and t.i != subject.i}


def _referring_death(tok: Token, previous: Mention) -> bool:
    """A killing word beside another act whose agent refers back: "The attackers torched ten houses, killing
    one", "They burned houses and killed four people"."""
    if "kill" not in FORMS.get(tok.lower_, ()) or tok.pos_ not in ("VERB", "AUX"):
        return False
    head_acts = {TRIGGERS[lemma][0] for lemma in FORMS.get(tok.head.lower_, ()) if lemma in TRIGGERS}
    if _told_as_another(tok.sent) and any(FAMILIES.get(c) in ACT_FAMILIES for c in head_acts):
        return False  # "The gunmen later attacked a second village, killing three": that attack's toll
    agent = clause_agent(tok)
    return agent is not None and _refers_back_to(agent, previous)


def clause_agent(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb whose clause it continues ("shot and killed", "fired into the
    crowd, killing two"); None when there is none."""
    agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while agent is None and verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return agent


def _refers_back_to(agent: Token, previous: Mention) -> bool:
    """Whether an agent names the participants of the event before: a pronoun, a definite noun phrase, a
    noun of that event's sentence, or security forces answering a demonstration (ACLED codes the
    intervention and its toll as part of the demonstration)."""
    demonstration = previous.cls in DEMONSTRATIONS or any(t.lower_ in DEMONSTRATORS for t in previous.sent)
    if demonstration and agent.lower_ in SECURITY_FORCES:
        return True  # "Youths rioted ... Police opened fire, killing two"; "Protesters burnt shops. Police ..."
    if agent.lower_ in SECURITY_FORCES and any(t.lower_ in SECURITY_FORCES for t in previous.sent if t != agent):
        return True  # "Militants ambushed an army convoy ... Its troops repulsed the attackers, killing five": the
        # attacked force fighting back is the same battle (ACLED: one event, both sides' dead)
    if agent.lower_ in REFERRING_PRONOUNS:
        return True
    if any(c.dep_ == "det" and c.lower_ in REFERRING_DETS for c in agent.children):
        return True
    nouns = {singular(t) for t in previous.sent if t.pos_ in ("NOUN", "PROPN")}
    return singular(agent) in nouns  # the pipeline has no lemmatizer: "raiders" ... "the raider"


def _bare_noun(tok: Token) -> bool:
    """A death noun or a dead person's noun with no figure of its own ("denied these deaths", "took the dead
    body"): a reference, not a toll."""
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
        tok = tok.head  # not "Three dead, two injured"
    elif tok.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "nummod" for c in tok.children)


def _death_word(tok: Token) -> bool:
    return bool(set(FORMS.get(tok.lower_, ())) & DEATH_LEMMAS) or lethal(tok)


FAMILIES = {
    "explosion": "remote",
    "suicide": "remote",
    "air": "remote",
    "shelling": "remote",
    "grenade": "remote",
    "chemical": "remote",
    "attack": "violence",
    "clash": "violence",
    "abduct": "abduct",
    "sexual": "violence",
    "protest": "demonstration",
    "riot": "demonstration",
    "mob": "violence",
    "arrest": "arrest",
}
REFERRING_DETS = frozenset({"the", "this", "that", "these", "those"})


def fold_repeats(mentions: list[Mention]) -> list[Mention]:
    """Fold later references to an event already reported in the document ("Gunmen attacked a bus on Monday.
    ... The attack was condemned") into its first mention: a definite event noun of the same family with no
    date of its own is the same event, not a new one. Its evidence joins the first mention, and its toll
    when the first mention reported none ("12 Americans were killed in the bombing" is a subset)."""
    out: list[Mention] = []
    for m in mentions:
        first = _antecedent_event(out, m) if _refers_back(m) else None
        if first is None:
            out.append(m)
            continue
        first.repeats.append(m)
        if not first.casualties:  # a later toll counts only where the first report gave none (not subsets)
            first.casualties.extend(m.casualties)
    return out


HEADLINE_MAX = 160  # characters of a first line read as a headline


def headline_end(text: str) -> int | None:
    """End offset of the document's headline: a short first line with no sentence-final punctuation
    followed by more text; None when the document has none."""
    start = len(text) - len(text.lstrip())
    nl = text.find("\n", start)
    line = text[start:nl].strip() if nl >= 0 else ""
    if not line or len(line) > HEADLINE_MAX or line[-1] in ".!?:;\"'\u201d" or not text[nl:].strip():
        return None
    return nl


def fold_headline(mentions: list[Mention]) -> list[Mention]:
    """A headline announces the event its lead reports ("Car bomb kills 8 in ..." then "A car bomb
    exploded ..."): a headline mention joins the first later mention of the same family as a repeat (its
    toll only where the lead gave none), instead of becoming an event of its own."""
    if not mentions:
        return mentions
    end = headline_end(doc_text(mentions[0].trigger.doc))
    if end is None:
        return mentions
    heads = [m for m in mentions if m.trigger.idx < end]
    out = [m for m in mentions if m.trigger.idx >= end]
    kept = []
    for h in heads:
        lead = next((m for m in out if _same_family(h.cls, m.cls) or h.cls == m.cls), None)
        if lead is None and _act_of_force(h.cls) and out:
            # "Gangs torch homes in Haitian town" over "Gunmen stormed the town ... setting houses on fire": a
            # headline's act of force told by another word is the lead sentence's act of force
            lead = next((m for m in out if m.sent.start == out[0].sent.start and _act_of_force(m.cls)), None)
        if lead is None and FAMILIES.get(h.cls) == "arrest" and out:
            # "Police detain hundreds of supporters" over "... arrested 500 supporters as they tried to march":
            # the arrests the lead's demonstration met
            lead = next((m for m in out if m.sent.start == out[0].sent.start
                         and FAMILIES.get(m.cls) == "demonstration"), None)
        if lead is None:
            kept.append(h)
            continue
        lead.repeats.append(h)
        if not lead.casualties:
            lead.casualties.extend(h.casualties)
    return [*kept, *out]


def _act_of_force(cls: str) -> bool:
    return FAMILIES.get(cls) in ("violence", "remote") or cls == "looting"


def _naming_noun(m: Mention) -> Token | None:
    """The event noun a mention is told by: its trigger, or the subject of its verb that the verb absorbed
    ("The attack struck a gathering": "attack")."""
    t = m.trigger
    if t.pos_ == "NOUN":
        return t
    return next((x for x in m.modifiers if x.head.i == t.i and x.dep_ in ("nsubj", "nsubjpass")
                 and x.pos_ == "NOUN"), None)


def _refers_back(m: Mention) -> bool:
    t = _naming_noun(m)
    if t is None or m.cls not in FAMILIES:
        return False
    if not definite(t):
        return False
    lo, hi = evidence(m)
    # ("The attacks began on Saturday evening": when the attacks told before started, not other attacks)
    onset = t.head if t.dep_ == "nsubj" and t.head.lower_ in ONSET_VERBS else None
    return not any(e.label_ in ("DATE", "TIME") and lo <= e.start_char < hi and not _duration(e)
                   and not _time_of_day(e) and not _in_clause_below(e.root, t)
                   and not (onset is not None and onset.is_ancestor(e.root)) for e in span_ents(m.sent))


DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split())
DAY_WORDS = DAY_NAMES | {"tomorrow", "later", "earlier"}


def _time_of_day(ent) -> bool:
    """A time of day with no day of its own ("shortly after midnight", "at 5 a.m."): it places the event
    told before within its day, it does not date another one ("hours later" or "on Friday night" do)."""
    return ent.label_ == "TIME" and not any(t.lower_ in DAY_WORDS for t in ent)


def _in_clause_below(tok: Token, trigger: Token) -> bool:
    """``tok`` lies in a clause of its own below ``trigger`` ("the latest abduction in the region, where
    gangs have kidnapped 1,000 students since December"): that clause's date, not the trigger's. The first
    verb above the date decides: one below the trigger (or the trigger's own verb's) dates something else, and
    so does a claim, report or condemnation the trigger is the topic of ("claimed the attack on Monday")."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.i == trigger.i:
            return False
        if node.pos_ in ("VERB", "AUX"):
            return not node.is_ancestor(trigger) or node.lower_ in REACTION_VERBS
    return False


# Verbs whose object or topic an event noun can be, with a date of their own: "claimed the attack in a
# statement on Monday", "condemned the killings on Friday", "said on Sunday the attack had killed five".
REACTION_VERBS = SPEECH_VERBS | CLAIM_WORDS | DENIAL_WORDS | frozenset(
    {"condemn", "condemned", "condemns", "denounce", "denounced", "denounces", "blame", "blamed", "blames"}
)


VIOLENT_FAMILIES = frozenset({"violence", "remote", "demonstration"})


def _antecedent_event(out: list[Mention], m: Mention) -> Mention | None:
    family = FAMILIES[m.cls]
    noun = _naming_noun(m) or m.trigger
    plural = noun.tag_ == "NNS"
    told_by = [x for x in m.modifiers if x is not noun]
    for earlier in reversed(out):
        if earlier.sent.start == m.sent.start and _segment(earlier.trigger).start == _segment(m.trigger).start:
            continue  # the same clause: not a reference back (but "...; twelve were killed in the fighting" is)
        same = FAMILIES.get(earlier.cls) == family
        # "the attack" also names a bombing, a strike or a raid to abduct reported before it (the wider word)
        wider = m.cls == "attack" and not told_by and FAMILIES.get(earlier.cls) in ("remote", "abduct")
        # "the violence" names any fight, attack or riot told before it; "the fighting" a town's capture
        wider = wider or (noun.lower_ == "violence" and FAMILIES.get(earlier.cls) in VIOLENT_FAMILIES)
        wider = wider or (m.cls == "clash" and earlier.cls == "territory")
        wider = wider or (family == "demonstration" and crowd_act(earlier))  # "the protests": a crowd's attack
        # ("the attack" is not one of several attacks told before; "the skirmish" after "clashes" is them: a
        # fight told in the plural is one occurrence)
        if (same or wider) and ((earlier.trigger.tag_ == "NNS") <= plural or earlier.cls == "clash" == m.cls):
            return earlier
    return None


def clause_head(tok: Token) -> Token:
    """The head of the clause a trigger belongs to (a verb trigger in an xcomp climbs to its governor)."""
    node = tok
    while node.dep_ not in CLAUSE_DEPS and node.head.i != node.i:
        node = node.head
    return node


def evidence(m: Mention) -> tuple[int, int]:
    """Character offsets of the clause around the trigger, trimmed of linking words and punctuation."""
    head = clause_head(m.trigger)
    lo, hi = head.left_edge.i, head.right_edge.i
    lo, hi = max(lo, m.sent.start), min(hi, m.sent.end - 1)
    doc = m.trigger.doc
    background = background_clause(m.trigger)
    if background is not None:  # "citizens protested after police shot a man": the shooting's clause only
        inside = [t.i for t in doc[lo : hi + 1] if background[0] <= t.idx < background[1]]
        lo, hi = (inside[0], inside[-1]) if inside else (lo, hi)
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in TRIM) and lo < m.trigger.i:
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].lower_ in TRIM) and hi > m.trigger.i:
        hi -= 1
    # keep a closing quote or bracket when its opener is inside
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
