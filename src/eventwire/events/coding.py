"""ACLED event type / sub-event type and PLOVER type / mode of a mention, with ACLED's precedence rules.

The type classifier (``events.classify``) is asked first; where it has no answer the trigger's class from
the lexicon decides. Then the rules that depend on who did what to whom:
- violence whose victims are civilians is Violence against civilians / Attack (victims are actor2);
- an attack on armed actors is a battle; remote violence within a battle is Battles / Armed clash;
- territory taken by state forces is Government regains territory, by others Non-state actor overtakes;
- a demonstration met with force is Protest with intervention, or Excessive force against protesters when
  demonstrators are killed or wounded; one that turns violent is a Riot.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.annotate import span_ents
from eventwire.events.classify import TypeGuess
from eventwire.events.fatalities import casualty_kind, elliptic_passive, governed_by
from eventwire.events.lexicon import BATTLE, CLASSES, PROTESTS, REMOTE, RIOTS, STRATEGIC, VAC, Code
from eventwire.events.mentions import (
    CURFEW_NOUNS,
    DAY_NAMES,
    DENOUNCING,
    DISPERSED_CROWDS,
    ENTERING,
    PARTICIPANTS,
    Mention,
    incendiary_attack,
    objects_of,
    projectiles_held,
    responds_to,
    taken_without,
)
from eventwire.events.roles import GROUP_NOUNS, RoleActor

MIN_CONFIDENCE = 0.5
SURE_CONFIDENCE = 0.7  # a guess the actor rules do not overturn on weak evidence (an unnamed target)
# Remote weapons make an attack on civilians "Explosions/Remote violence" (ACLED codes the weapon first).
REMOTE_CLASSES = frozenset({"explosion", "suicide", "shelling", "air", "grenade", "chemical"})
PLANTED_CLASSES = frozenset({"explosion", "suicide", "grenade"})
# Remote attacks whose word names the weapon, and so the sub-event type ("air strike", "shelled", "grenade")
DEFINING_REMOTE_CLASSES = frozenset({"suicide", "shelling", "air", "grenade", "chemical"})
# Classes whose word names the sub-event type once the classifier agrees on the event type: the weapon ("a drone
# attack" is an air/drone strike) or the change of hands ("overran a district headquarters" is no armed clash)
WORD_DEFINED_SUBS = DEFINING_REMOTE_CLASSES | {"territory"}
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
INTERVENTION = frozenset(
    {
        "tear",
        "teargas",
        "tear-gas",
        "dispersed",
        "disperse",
        "dispersing",
        "arrested",
        "detained",
        "batons",
        "baton",
        "lathi",  # South Asian reports: police "lathi-charged" (baton-charged) the crowd
        "lathis",
        "lathicharge",
        "lathicharged",
        "cannon",
        "rubber",
        "fired",
        "stopped",
        "prevented",
        "blocked",
        "dispersal",
        "intervened",
        "intervene",
        "intervention",
        "barred",
        "ejected",
        "sealed",
        "repulsed",
    }
)
ARREST_WORDS = frozenset({"arrested", "arrests", "detained", "apprehended", "rounded", "arresting", "detaining",
                          "detentions"})
# An arrest the demonstrators protest about ("protested over the arrest of", "calling for the arrest of",
# "demanding the release of students who were arrested") is their grievance, not an intervention.
GRIEVANCE_PREPS = frozenset({"over", "against", "after", "following", "for", "of", "about"})
RIOT_WORDS = frozenset(
    {
        "stones",
        "stone",
        "rocks",
        "burned",
        "burnt",
        "torched",
        "looted",
        "barricades",
        "barricaded",
        "barricading",
        "bonfires",
        "bonfire",
        "tires",
        "tyres",
        "vandalised",
        "vandalized",
        "ablaze",
        "rioted",
        "rioting",
        "pelted",
        "pelting",
        "smashed",
        "violent",
        "violently",
        "hurled",
        "stoned",
        "destroyed",
        "running",
        "looting",
        "torching",
        "petrol",
        "mounted",  # "mounted roadblocks", "erected barriers": barricades
        "erected",
        # the other forms of the same acts ("students burn their dormitory", "burning tyres")
        "burn",
        "burns",
        "burning",
        "torch",
        "torches",
        "loot",
        "loots",
        "stoning",
        "smash",
        "smashing",
        "hurling",
        "vandalising",
        "vandalizing",
        "alight",
        "arson",
        "rowdy",
        "rampage",  # "students went on the rampage protesting ..."
        "rampaging",
        "chaos",
        "chaotic",
        "battles",  # "running battles with the police"
        # demonstrators who clash with the police engage in violence themselves (a riot, not an intervention)
        "clashed",
        "clashes",
        "clashing",
        "fires",  # "lit fires on the road"
        # weapons a crowd carries
        "machetes",
        "pangas",
        "arrows",
        "rioters",
    }
)
# The crowd's own attacks on people and property ("demonstrators damaged cars", "threw objects at passing
# vehicles", "attacked a county official"): active verbs in the past tense only ("their shops were demolished"
# is what they protest about, "the demolished houses" a state, "accused of assaulting" a charge).
ACT_WORDS = frozenset(
    {
        "damaged",
        "demolished",
        "wrecked",
        "threw",
        "attacked",
        "assaulted",
        "vandalised",
        "vandalized",
    }
)
# Blocking a road is a peaceful protest in ACLED's codebook unless done with barricades or burning (those
# words are riot words above); "roadblocks" alone are as often the police's own.


def code(
    m: Mention,
    guess: TypeGuess,
    actor1: RoleActor | None,
    actor2: RoleActor | None,
    sentence_classes: set[str],
) -> Code:
    """The coding of one mention: the classifier's guess when it is confident, else the lexicon's."""
    base = CLASSES.get(m.cls, Code(None, None, None))
    if base.event_type is None:  # statements are not ACLED events; PLOVER codes them
        return base
    # a planted bomb or a thrown grenade leaves its target no way to respond: remote violence whatever its
    # victims, unless a fight is told with it ("remote violence inside a battle is Battles"); shelling and
    # air strikes often come with a battle, so there the classifier's reading of the sentence stands
    remote_kept = m.cls in REMOTE_CLASSES and (
        guess.event_type == VAC
        or (guess.event_type == BATTLE and m.cls in PLANTED_CLASSES and "clash" not in sentence_classes)
        # a drone or air strike is no crowd's act, whatever the classifier reads from what it burnt
        or (guess.event_type in (RIOTS, PROTESTS) and m.cls == "air")
        # with no fight or answering fire told, an air or drone strike is one-sided whoever it hit ("army drones
        # struck a gathering of militants"), and shelling that hit civilians ("Russian forces shelled Kherson ...
        # Two civilians were killed"): ACLED's remote violence, not a battle
        or (guess.event_type == BATTLE and "clash" not in sentence_classes and (
            m.cls == "air" or (m.cls == "shelling" and actor2 is not None and actor2.inter == 7))
            and not _answered(m))
    )
    # shelling, an air strike, a suicide bombing or a grenade is no strategic development (the classifier may
    # read one from a group's name, "the M23 movement"), unless the weapon was stopped before it struck
    # ("Disrupted weapons use"); a fight or a bomb may well be the background of one ("troops were deployed
    # to quell clashes", "threatened to bomb"), and there the classifier's reading stands
    not_strategic = (m.cls in DEFINING_REMOTE_CLASSES and guess.event_type == STRATEGIC
                     and guess.sub_event_type != "Disrupted weapons use")
    # a curfew imposed, extended or lifted is the authorities' measure, whatever unrest the classifier reads
    # in its sentence ("imposed a curfew after clashes between herders and farmers")
    # and so is a weapon intercepted, defused or downed ("Most were intercepted by the Iron Dome system")
    # and so are weapons seized in a raid that hurt no one ("police raided a hideout and seized three rifles")
    seized = m.cls == "disrupt" and m.lemma in ENTERING and not m.casualties and "clash" not in sentence_classes
    measure = (m.trigger.lower_ in CURFEW_NOUNS or stopped_weapons(m) or seized) and guess.event_type != STRATEGIC
    # a place taken is a change of hands, whatever weapons the classifier reads in its sentence ("troops backed by
    # air strikes recaptured the town")
    measure = measure or (m.cls == "territory" and guess.event_type == REMOTE)
    if (guess.event_type is not None and guess.confidence >= MIN_CONFIDENCE
            and not (remote_kept or not_strategic or measure)):
        same_type = guess.event_type == base.event_type and m.cls in WORD_DEFINED_SUBS
        sub = base.sub_event_type if same_type else guess.sub_event_type
        base = Code(
            guess.event_type,
            sub,
            guess.plover_type or base.plover_type,
            guess.plover_mode or base.plover_mode,
        )
    if base.event_type == REMOTE and m.cls == "attack" and incendiary_attack(m):
        base = CLASSES["attack"]  # petrol bombs and Molotov cocktails burn: ACLED never codes them as remote violence
    # the classifier reads an armed fight between communities ("two clans clashed over pasture, killing
    # five") as a battle: ACLED codes its sides as communal militias, not as a mob
    fight = guess.event_type == BATTLE and base.event_type == BATTLE and m.cls in ("clash", "attack")
    # an attack on a target the report does not name is a battle when the classifier is sure of one (the
    # sentence tells of fire returned or a fight), else one-sided violence against civilians
    sure_battle = fight and guess.confidence >= SURE_CONFIDENCE
    coded = _precedence(m, base, actor1, actor2, sentence_classes, communal_fight=fight, sure_battle=sure_battle)
    defining = _defining_sub(m)
    if m.cls == "abduct" and coded.event_type == BATTLE and actor2 is not None and actor2.inter == 7:
        return CLASSES["abduct"]  # civilians taken in a raid that also met fire: their abduction, not a battle
    if coded.event_type == VAC and defining is not None and coded.sub_event_type != defining:
        return CLASSES["abduct" if defining.startswith("Abduction") else "sexual"]
    if (coded.sub_event_type in ("Abduction/forced disappearance", "Sexual violence") and defining is None
            and m.cls in ("attack", "abduct") and _killed(m)):
        # a killing the classifier read as the abduction told beside it ("killed a chief on Monday, a day
        # after bandits abducted 20 travellers"), or an abduction that ended in death: an attack
        return Code(VAC, "Attack", "ASSAULT", coded.plover_mode)
    return coded


def _killed(m: Mention) -> bool:
    return any(casualty_kind(c) == "death" for c in m.casualties)


# Words that tell of fire answered or exchanged: shelling told with them is part of a fight.
ANSWER_WORDS = frozenset({"responded", "retaliated", "retaliation", "retaliatory", "returned", "exchanged",
                          "exchange", "exchanging", "each", "duel", "duels", "clashes", "clash", "clashed",
                          "fighting", "fought", "battle", "battles", "offensive", "counterattack", "gun", "guns",
                          "gunfire", "firefight", "ground"})


def _told_near(m: Mention, words: frozenset[str]) -> bool:
    """Whether one of ``words`` is told in the mention's sentence or the next."""
    return any(t.lower_ in words for s in episode(m, follow=1) for t in s)


def _answered(m: Mention) -> bool:
    """Fire answered or exchanged, or ground fighting, in the mention's sentence or the next ("Pakistan
    responded", "targeting each other's positions", "under gun and rocket attack", "ground forces")."""
    return _told_near(m, ANSWER_WORDS)


# Words for how many of the weapons fired were stopped: "Most were intercepted", "all were shot down".
SHARE_WORDS = frozenset({"most", "all", "some", "many", "several", "both", "none", "each"})


def stopped_weapons(m: Mention) -> bool:
    """Drones, missiles or rockets intercepted or downed ("downed 32 drones", "Most were intercepted by air
    defences"), not people intercepted ("intercepted a group of militants", "intercepted the minister")."""
    if m.cls != "disrupt":
        return False
    t = m.trigger
    return projectiles_held(t) or any(
        c.dep_ == "nsubjpass" and (c.lower_ in SHARE_WORDS or c.like_num) for c in t.children)


def _defining_sub(m: Mention) -> str | None:
    """The sub-event type of violence against civilians that the act itself defines, whatever the classifier
    reads: an abduction ("gunmen abducted a chief") or sexual violence ("raped", "sexually assaulted")."""
    if m.cls == "abduct" and _killed(m):
        return None  # "abducted and killed a farmer": ACLED codes an abduction that ends in death as an attack
    if m.cls in ("abduct", "sexual"):
        return CLASSES[m.cls].sub_event_type
    if any(c.lower_ == "sexually" for c in m.trigger.children):
        return CLASSES["sexual"].sub_event_type
    return None


def _precedence(
    m: Mention,
    base: Code,
    actor1: RoleActor | None,
    actor2: RoleActor | None,
    sentence_classes: set[str],
    communal_fight: bool = False,
    sure_battle: bool = False,
) -> Code:
    violent = base.event_type in (BATTLE, VAC, REMOTE) or m.cls in ("looting", "attack", "clash")
    victims_civilian = actor2 is not None and (actor2.inter == 7 or not armed(actor2))
    # the roles step names no target where the victims are only told in the toll ("Four policemen were killed
    # in the attack"): armed victims still make it a fight
    victims_armed = armed(actor2) or (actor2 is None and armed_victims(m))
    sides = [a for a in (actor1, actor2) if a is not None]
    if party_militia(actor1) and base.event_type == RIOTS and m.cls in ("attack", "clash"):
        # a party's militia fights or attacks: political violence, never a riot, whoever its victims are
        sub = "Armed clash" if m.cls == "clash" or victims_armed else "Attack"
        return Code(BATTLE if sub == "Armed clash" else VAC, sub, "ASSAULT", base.plover_mode)
    if (base.event_type == RIOTS and m.cls == "looting" and actor1 is not None and actor1.inter == 1
            and not any(t.lower_ in CROWD_NOUNS for t in m.sent)):
        # state forces burning or destroying property ("soldiers torched the house of a man"): no crowd's act,
        # whatever the classifier reads from what was burnt (unless the sentence names a crowd: "hotels were
        # burnt ... rioters were dispersed by police")
        return CLASSES["looting"]
    if actor1 is not None and actor1.inter == 6 and m.cls != "mob" and violent:
        # people the text calls demonstrators who turn violent: ACLED's violent demonstration, not mob violence
        return RIOT_CODES["Violent demonstration"]
    if _brawl(m) and not (actor1 is not None and actor1.inter == 1):
        return RIOT_CODES["Mob violence"]  # a street fight with no weapon told: disorganised violence, not a battle
    crowds = [a for a in sides if (a.inter in (5, 6, 7) or a.kind == "party") and not party_militia(a)]
    communal_fight = communal_fight and not any(a.inter == 6 or a.kind == "party" for a in sides)
    if m.cls == "clash" and crowds and not any(a.inter == 1 for a in sides) and _armed_fight(m):
        # crowds or party supporters fighting with guns or blades ("clashed ..., three injured with gunshot
        # wounds"): ACLED's armed clash between the militias they make up
        return Code(BATTLE, "Armed clash", "ASSAULT", base.plover_mode)
    if m.cls == "clash" and crowds and not any(armed(a) for a in sides) and not communal_fight:
        return _riot(base, "Mob violence")  # a brawl between crowds or party supporters
    if m.cls == "clash" and len(sides) == 2 and all(armed(a) for a in sides) and base.event_type != BATTLE:
        # two organised armed groups fighting each other is a battle, whatever the classifier reads into the
        # report ("Akyode and Chala ethnic militias clashed over a ritual")
        return Code(BATTLE, "Armed clash", "ASSAULT", base.plover_mode)
    one_sided = base.sub_event_type in ("Attack", "Armed clash")
    # party supporters or militias attacking people, read as one-sided violence: ACLED codes the party as
    # the perpetrator of violence against civilians, not as a rioting crowd (their brawls and riots stay riots)
    party_attack = actor1 is not None and actor1.kind == "party" and m.cls == "attack" and base.event_type == VAC
    party_attack = party_attack or party_militia(actor1)
    crowd = collective(actor1) and not communal_fight and not party_attack
    against_police = actor2 is not None and actor2.inter == 1
    if crowd and actor1 is not None and actor1.inter != 5 and violent and against_police:
        return _riot(base, "Violent demonstration")
    if crowd and violent:  # crowds of civilians or party supporters: mob violence
        return _riot(base, "Mob violence")
    if actor1 is not None and actor1.inter == 6 and violent:
        return _riot(base, "Violent demonstration")
    # a bomb or shell that hits a demonstration is remote violence against it, with the protesters as its
    # victims (ACLED keeps excessive force and intervention for force used on the crowd)
    if actor2 is not None and actor2.inter == 6 and m.cls not in ("protest",) and m.cls not in REMOTE_CLASSES:
        if violent and (m.casualties or m.cls == "attack"):
            return Code(PROTESTS, "Excessive force against protesters", "PROTEST", base.plover_mode)
        return Code(PROTESTS, "Protest with intervention", "PROTEST", "demo")
    if one_sided and victims_armed and m.cls != "abduct":
        return Code(BATTLE, "Armed clash", "ASSAULT", base.plover_mode)
    if (
        one_sided
        and m.cls in ("attack",)
        and (victims_civilian or (actor2 is None and "clash" not in sentence_classes and not sure_battle))
    ):
        return Code(VAC, "Attack", "ASSAULT", base.plover_mode)
    if base.event_type == "Explosions/Remote violence" and "clash" in sentence_classes:
        return Code(BATTLE, "Armed clash", base.plover_type, base.plover_mode)
    if m.cls == "territory" and unopposed(m) and ("clash" not in sentence_classes or _without_fight(m)):
        return Code(STRATEGIC, "Non-violent transfer of territory", "RETREAT", "withdraw")
    if base.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory"):
        state = actor1 is not None and actor1.inter == 1
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
        return Code(BATTLE, sub, base.plover_type, base.plover_mode)
    if base.event_type in (PROTESTS, RIOTS) and (m.cls in ("protest", "riot") or (
            m.cls == "arrest" and base.sub_event_type != "Mob violence")):
        # (arrests the classifier reads as a demonstration's are its intervention: "riot police dispersed the
        # demonstrators ..., detaining 20", where "riot" is the police's word, not the crowd's act)
        return _demonstration(m, base, sentence_classes)
    if m.cls == "withdraw" and (m.lemma == "hand" or (
        any(c.dep_ == "prep" and c.lower_ == "from" for c in m.trigger.children)
        and not any(c.dep_ == "dobj" for c in m.trigger.children)
    )):  # ("handed over its camp to the army")
        return Code(STRATEGIC, "Non-violent transfer of territory", "RETREAT", "withdraw")
    # (an armed group's "arrests" of another's members stay arrests: "the SDF arrested 15 suspected IS members")
    taken_fighters = actor2 is not None and actor2.inter in (1, 2, 3)
    if base.sub_event_type == "Arrests" and (
            actor1 is not None and actor1.inter in (2, 3, 4) and not taken_fighters or _disappeared(m)):
        # people taken by an armed group, or held where no one knows: ACLED's abduction / forced disappearance
        return Code(VAC, "Abduction/forced disappearance", "ASSAULT", "abduct")
    return base


# What a place taken "without" was taken with no fight ("without a fight", "without resistance").
FIGHT_WORDS = frozenset({"fighting", "fight", "resistance", "shot", "shots", "battle", "clash", "clashes",
                         "bloodshed", "combat", "opposition"})
LEAVING_LEMMAS = frozenset({"withdraw", "withdrew", "withdrawn", "withdrawing", "retreat", "retreated",
                            "retreating", "abandon", "abandoned", "abandoning", "pull", "pulled", "pulling",
                            "leave", "left", "leaving", "flee", "fled", "fleeing", "vacate", "vacated"})


def _without_fight(m: Mention) -> list[Token]:
    """The fight a place was taken without ("without fighting", "without a fight"), or nothing."""
    return [g for g in taken_without(m.trigger) if g.lower_ in FIGHT_WORDS]


def unopposed(m: Mention) -> bool:
    """A place taken with no fight: "took control of the town without a fight", "entered the town after the
    troops withdrew" (ACLED's non-violent transfer of territory)."""
    fight = _without_fight(m)
    for c in (c for t in (m.trigger, *fight) for c in t.children):
        if c.dep_ == "advcl" and c.lower_ in LEAVING_LEMMAS and any(
            g.dep_ == "mark" and g.lower_ in ("after", "as", "once", "when") for g in c.children
        ):
            return True
    return bool(fight)


# Heads of phrases that name armed people as the victims of an act ("two rangers were shot", "killed a
# soldier", "four police and a reservist killed"): ACLED codes an attack on them as a battle.
ARMED_VICTIM_NOUNS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "policewoman",
        "soldier",
        "soldiers",
        "troops",
        "trooper",
        "troopers",
        "ranger",
        "rangers",
        "reservist",
        "reservists",
        "gendarmes",
        "militiamen",
        "militia",
        "fighters",
        "militants",
        "insurgents",
        "rebels",
        "jihadists",
    }
)
# Heads that name armed people only with a force word ("police officers", "members of the army").
MEMBER_NOUNS = frozenset({"officer", "officers", "personnel", "member", "members", "men", "agents", "unit"})
FORCE_WORDS = frozenset({"police", "army", "military", "security", "defence", "defense", "paramilitary"})


def armed_victims(m: Mention) -> bool:
    """Whether the people a violent mention or its toll tells of as hurt are armed: the object or passive
    subject of the trigger or of a casualty word, or the noun a casualty participle describes ("two
    soldiers killed"), with their conjuncts."""
    nouns: list[Token] = []
    for tok in (m.trigger, *m.casualties):
        nouns += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok is not m.trigger and elliptic_passive(tok):  # a headline's "Police reservist killed when ..."
            nouns += [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            nouns.append(tok.head)
    nouns += [c for n in nouns for c in n.conjuncts]
    return any(_force_noun(n) for n in nouns)


def _force_noun(noun: Token) -> bool:
    if noun.lower_ in ARMED_VICTIM_NOUNS:
        return True
    return noun.lower_ in MEMBER_NOUNS and any(
        t.lower_ in FORCE_WORDS for t in noun.subtree if t.i != noun.i and t.dep_ in ("compound", "amod", "pobj")
    )


FORCES = frozenset(
    {
        "police",
        "officers",
        "security",
        "soldiers",
        "troops",
        "gendarmes",
        "army",
        "military",
        "forces",
        "guards",
    }
)
FORCE_VERBS = frozenset({"shot", "killed", "injured", "wounded", "beat", "beaten", "shooting", "killing"})
# Armed men other than the state's who may break up a demonstration (ACLED's intervention "by other actors").
DISPERSING_ARMED = frozenset({"gunmen", "militiamen", "militants", "militia", "militias"})


# Words that say a detained person has not been seen since: "her whereabouts remain unknown", "held
# incommunicado", "has not been heard from".
DISAPPEARANCE_WORDS = frozenset({"whereabouts", "incommunicado", "disappeared", "disappearance", "unaccounted"})


def _disappeared(m: Mention) -> bool:
    """An arrest after which the person vanished ("detained an activist ... Her whereabouts remain unknown")."""
    return _told_near(m, DISAPPEARANCE_WORDS)


def episode(m: Mention, follow: int = 2) -> list[SpacySpan]:
    """The mention's sentence and the next ones that go on describing it ("The demonstrators then barricaded
    the road ..."), up to ``follow`` sentences and not past a sentence that names another date."""
    doc = m.sent.doc
    out = [m.sent]
    end = m.sent.end
    while len(out) <= follow and end < len(doc):
        nxt = doc[end].sent
        if any(e.label_ == "DATE" or (e.label_ == "TIME" and any(t.lower_ in DAY_NAMES for t in e))
               for e in span_ents(nxt)):
            break  # ("protested on Saturday night": a TIME entity with a day of its own)
        out.append(nxt)
        end = nxt.end
    return out


def _arrests_made(sents: list[SpacySpan]) -> bool:
    """Arrests made at the demonstration ("police arrested ten", "officers made arrests"), not the arrest it
    is about."""
    for sent in sents:
        for t in sent:
            if t.lower_ in ARREST_WORDS and not _grievance(t):
                return True
    return False


def _grievance(tok: Token, preps: frozenset[str] = GRIEVANCE_PREPS, within: Token | None = None) -> bool:
    """Whether ``tok`` is told as what a demonstration is about: under a grievance preposition ("over the
    arrest", "after his arrest") or in a clause describing someone ("students who were arrested"). With
    ``within`` (the demonstration's trigger), not a clause that holds the demonstration itself ("students who
    barricaded roads to protest", "traffic stopped after traders barricaded the road, protesting ...") nor a
    clause describing the crowd itself ("police dispersed youths who had barricaded the road")."""
    node = tok
    for _ in range(3):
        described = node.dep_ in ("relcl", "acl") and not (within is not None and _crowd_noun(node.head, within))
        found = described or (node.dep_ in ("pobj", "pcomp") and (node.head.lower_ in preps or responds_to(node.head)))
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in GRIEVANCE_PREPS for c in node.children):
            found = True  # "demonstrated after police shot a man"
        if node.dep_ == "dobj" and node.head.lower_ in GRIEVANCE_VERBS:
            found = True  # "a sit-in to denounce the arrests of journalists", "protested the arrest of"
        if found:
            return within is None or not node.left_edge.i <= within.i <= node.right_edge.i
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# Verbs whose object is what a demonstration is against ("to denounce the arrests", "protesting the killing").
GRIEVANCE_VERBS = DENOUNCING | {"demand", "demanded", "demanding"}
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that tell a crowd's act as its grievance ("over the burning of a church"); not "of" ("suspected
# of burning the dorms", "reports of looting") nor "after", "following" ("dispersed following running
# battles"), which tell of the crowd's own acts (a clause "after a gang looted the market" still is one).
RIOT_GRIEVANCE_PREPS = frozenset({"over", "against", "about", "for"})


def _crowd_violence(sents: list[SpacySpan], trigger: Token) -> bool:
    """The crowd's own violence told in these sentences (a riot word), not the violence the demonstration is
    about ("protested after a gang set the market alight"), the force of the police ("police violently
    dispersed them", "riot police") or a word inside a name ("Burnt Forest")."""
    for sent in sents:
        for t in sent:
            act = t.lower_ in ACT_WORDS and t.tag_ == "VBD" and not _passive(t)
            # (a fire set: "setting fire to a bus", "set a truck alight")
            act = act or (t.lower_ in ("fire", "alight") and t.head.lower_ in ("set", "setting", "sets"))
            if not (t.lower_ in RIOT_WORDS or act) or t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTS:
                continue
            if (_grievance(t, RIOT_GRIEVANCE_PREPS, within=trigger) or _symbol_burnt(t) or _charged(t)
                    or _torches_carried(t)):
                continue
            if not _by_forces(t):
                return True
    return False


# Things a demonstration burns as a sign, not as violence: effigies, flags, copies of a law, portraits.
SYMBOLS = frozenset(
    {"effigy", "effigies", "flag", "flags", "copy", "copies", "portrait", "portraits", "photo", "photos",
     "photograph", "photographs", "picture", "pictures", "poster", "posters"}
)


BURN_FORMS = frozenset({"burn", "burns", "burnt", "burned", "burning", "torch", "torched", "torching", "set"})


def _symbol_burnt(tok: Token) -> bool:
    """A riot word that burns a symbol ("burnt an effigy of the minister", "the burning of flags"): ACLED
    codes such a demonstration as peaceful."""
    if tok.lower_ not in BURN_FORMS:
        return False
    # (not what the burning was "over": "burned an effigy of the minister over rising fuel prices")
    objects = [o for o in objects_of(tok) if not (o.dep_ == "pobj" and o.head.lower_ == "over")]
    if tok.dep_ in ("amod", "compound"):
        objects.append(tok.head)  # "burning effigies"
    return bool(objects) and all(o.lower_ in SYMBOLS for o in objects)


def _torches_carried(tok: Token) -> bool:
    """Torches or candles carried in a march ("a torch-light procession", "a torchlight rally", "a candle
    march"): a way of marching, not arson."""
    return tok.lower_ in ("torch", "torches", "torchlight", "torch-light", "candle", "candles", "candlelight") and (
        tok.dep_ in ("compound", "amod") or tok.head.lower_ in ("light", "lit"))


# Verbs of a charge or claim: what they say someone did is the crowd's grievance, not its act.
CHARGE_WORDS = frozenset(
    {"accuse", "accuses", "accused", "accusing", "allege", "alleges", "alleged", "alleging", "claim", "claims",
     "claimed", "claiming", "blame", "blames", "blamed", "blaming", "charge", "charged", "charging", "condemn",
     "condemned", "condemning", "denounce", "denounced", "denouncing"}
)


def _charged(tok: Token) -> bool:
    """A riot word in what a charge or claim says someone did ("accusing the school of looting parents",
    "alleging that officials torched the market"): the crowd's grievance, not its act."""
    return governed_by(tok, CHARGE_WORDS, 4)


CROWD_NOUNS = DISPERSED_CROWDS | PARTICIPANTS


def _crowd_noun(noun: Token, trigger: Token) -> bool:
    """Whether ``noun`` names the demonstrating crowd: an argument of the demonstration's trigger ("disperse
    the students") or a crowd noun ("protesters", "youths", "residents")."""
    return noun.lower_ in CROWD_NOUNS or (noun.head.i == trigger.i and noun.dep_ in ("nsubj", "dobj"))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _by_forces(tok: Token) -> bool:
    """Whether the clause ``tok`` belongs to is done by security forces: its verb's subject is the police,
    soldiers ... ("police violently dispersed the crowd", "anti-riot officers threw tear gas canisters")."""
    node = tok
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "agent")]
            return any(
                c.lower_ in FORCES or any(g.dep_ == "compound" and g.lower_ in FORCES for g in c.children)
                for c in subjects
            )
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _force_used(sents: list[SpacySpan]) -> bool:
    """Security forces shot, killed or wounded someone in these sentences."""
    for sent in sents:
        for t in sent:
            if t.lower_ in FORCE_VERBS and not _grievance(t) and any(
                c.dep_ in ("nsubj", "agent")
                and (c.lower_ in FORCES or any(g.lower_ in FORCES for g in c.subtree))
                for c in t.children
            ):
                return True
    return False


# Heads of civilian agents that name people one by one, not a crowd: "two men stabbed a trader", "people
# shot a farmer" are attacks by an unidentified group (Violence against civilians), not mob violence.
INDIVIDUALS = frozenset(
    {
        "man",
        "men",
        "woman",
        "women",
        "person",
        "persons",
        "people",
        "individual",
        "individuals",
        "suspect",
        "suspects",
        "thief",
        "thieves",
        "robber",
        "robbers",
        "civilian",
        "civilians",
        "someone",
        "somebody",
        "journalist",
        "boy",
        "girl",
        "husband",
        "wife",
        "relative",
        "relatives",
        "neighbour",
        "neighbor",
    }
)


# Heads that name a party's (or a politician's) armed wing rather than its supporters: "NDC militias",
# "the party's vigilante group", "ZANU-PF militiamen".
PARTY_MILITIA_WORDS = frozenset(
    {"militia", "militias", "militiamen", "vigilante", "vigilantes", "thugs", "goons", "boys", "squad"}
)


def party_militia(actor: RoleActor | None) -> bool:
    """A party named through its armed wing ("NDC militias", "NPP vigilantes"): ACLED's political militia
    (inter 3), whose violence is a battle or an attack, not a riot."""
    if actor is None or actor.kind != "party":
        return False
    words = actor.span.text.lower().replace("-", " ").split()
    return bool(words) and words[-1] in PARTY_MILITIA_WORDS


def collective(actor: RoleActor | None) -> bool:
    """A crowd whose violence ACLED codes as a riot: rioters, party supporters, or civilians named as a group
    ("residents", "villagers", "students", "a mob"), not individuals ("two men", "a woman", "people")."""
    if actor is None:
        return False
    words = actor.span.text.lower().split()
    if actor.kind != "party" and any(w in FEW or (w.isdigit() and int(w) <= 3) for w in words[:-1]):
        return False  # "two youths", "3 men": a few people, not a crowd
    if actor.inter == 5 or actor.kind == "party":
        return True
    if actor.inter != 7:
        return False
    if GROUP_NOUNS & set(words[:-1]):
        return True  # "a group of people", "a crowd of traders"
    return not words or (words[-1] not in INDIVIDUALS and not words[-1][:1].isdigit())


FEW = frozenset({"one", "two", "three", "couple", "pair"})


RIOT_CODES = {
    "Violent demonstration": Code(RIOTS, "Violent demonstration", "PROTEST", "riot"),
    "Mob violence": Code(RIOTS, "Mob violence", "ASSAULT", "beat"),
}


# Words of a fight without weapons, and the weapons that make one a fight of armed men: ACLED's mob violence
# is "violent interactions ... often using crude weapons" by unorganised groups, a battle one between
# organised armed groups.
BRAWL_WORDS = frozenset({"street-fight", "streetfight", "street-fights", "brawl", "brawls", "scuffle", "scuffles",
                         "fisticuffs", "fistfight", "fist-fight", "punch-up"})
WEAPON_WORDS = frozenset(
    {"gun", "guns", "gunshot", "gunshots", "gunfire", "gunmen", "shot", "shots", "shooting", "shootout", "rifle",
     "rifles", "pistol", "pistols", "firearm", "firearms", "bullet", "bullets", "ak-47", "machete", "machetes",
     "cutlass", "cutlasses", "knife", "knives", "stabbed", "stabbing", "arrow", "arrows", "spear", "spears",
     "grenade", "grenades", "bomb", "bombs", "explosive", "explosives", "armed", "militia", "militias"}
)


# The weapons themselves, without the words for armed men
FIGHT_WEAPONS = WEAPON_WORDS - {"armed", "militia", "militias", "gunmen"}


def _armed_fight(m: Mention) -> bool:
    """A fight told with firearms or blades in its sentences, not the police's ("police fired tear gas")."""
    return any(t.lower_ in FIGHT_WEAPONS and not _by_forces(t) for s in episode(m) for t in s)


def _brawl(m: Mention) -> bool:
    """A fight told as a brawl ("engaged in a street-fight", "a scuffle broke out") with no weapon in its
    sentence (the police's warning shots told after it are theirs)."""
    word = m.trigger
    if word.pos_ != "NOUN":  # "got engaged in a street-fight": the fight the verb tells of
        word = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj"), word)
    if word.lower_ not in BRAWL_WORDS or word.pos_ != "NOUN":
        return False
    return not any(t.lower_ in WEAPON_WORDS for t in m.sent)


def _riot(base: Code, default: str) -> Code:
    """A riot, of the riot sub-event type ``base`` already has (the classifier's confident reading, which tells
    a violent demonstration from mob violence on the whole report, or the trigger's own class: "lynched" is
    mob violence), else of ``default``."""
    sub = base.sub_event_type if base.event_type == RIOTS and base.sub_event_type in RIOT_CODES else default
    return RIOT_CODES[sub]


def armed(actor: RoleActor | None) -> bool:
    """An actor that fights: state forces, rebels, militias (a party's among them: "NPP militias"), external
    forces (not parties or officials)."""
    if party_militia(actor):
        return True
    if actor is None or actor.inter not in ARMED_INTERS or actor.kind in ("party", "government"):
        return False
    return not actor.name.startswith("Government")  # a generic "Government of X": officials, not a force


def _demonstration(m: Mention, base: Code, sentence_classes: set[str]) -> Code:
    """Peaceful protest, protest met with force or intervention, or a violent demonstration: read from the
    sentences that describe the demonstration."""
    sents = episode(m)
    words = {t.lower_ for s in sents for t in s}
    # (armed men who break a demonstration up intervene in it too: "gunmen fired in the air to disperse protesters")
    intervention = bool(words & INTERVENTION and words & (FORCES | DISPERSING_ARMED)) or _arrests_made(sents)
    # the classifier reads riots into police action alone ("tear gas to disperse"): its riot is taken only where
    # the report tells of no intervention, which ACLED codes as a protest unless the crowd turned violent
    # nor where the report only burns a symbol or carries torches ("burned an effigy of the minister", "a
    # torch-light procession"), which ACLED codes as peaceful
    # (every burning the report tells: "burnt the rival's campaign materials ... as they burnt the posters")
    burnt = [t for t in m.sent.doc if t.lower_ in BURN_FORMS]
    symbolic = (bool(burnt) and all(_symbol_burnt(t) for t in burnt)) or any(
        _torches_carried(t) for s in sents for t in s)
    # (nor where the forces shot or killed and the crowd did nothing told: "police killed three supporters
    # during the protests")
    force_used = _force_used(sents)
    riot_read = base.event_type == RIOTS and not intervention and not symbolic and not force_used
    if _crowd_violence(sents, m.trigger) or "riot" in sentence_classes or m.cls == "riot" or riot_read:
        return RIOT_CODES["Violent demonstration"]  # a demonstration (or a riot) that turned violent
    if force_used or (any(not _grievance(c) for c in m.casualties) and words & FORCES):
        return Code(PROTESTS, "Excessive force against protesters", "PROTEST", "demo")
    if intervention:
        return Code(PROTESTS, "Protest with intervention", "PROTEST", "demo")
    return Code(PROTESTS, "Peaceful protest", "PROTEST", "demo")


def classes_in(sent: SpacySpan, mentions: list[Mention]) -> set[str]:
    return {m.cls for m in mentions if m.sent.start == sent.start}
