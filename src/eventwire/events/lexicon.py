"""Event lexicon: trigger words by event class, their ACLED / PLOVER coding, and the cue words for kinds.

The pipeline runs without spaCy's lemmatizer, so triggers are matched on surface forms generated here
once at import time (``FORMS``: lower-cased form -> candidate lemmas). Every check is a dict or set lookup.
"""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    plover_mode: str | None = None


BATTLE = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# Event class -> default coding. Roles refine it later (coding.py): victims, state captors, battles.
CLASSES: dict[str, Code] = {
    "attack": Code(BATTLE, "Armed clash", "ASSAULT", "firearms"),
    "clash": Code(BATTLE, "Armed clash", "ASSAULT", "firearms"),
    "territory": Code(BATTLE, "Non-state actor overtakes territory", "COERCE", "seize"),
    "explosion": Code(REMOTE, "Remote explosive/landmine/IED", "ASSAULT", "explosives"),
    "suicide": Code(REMOTE, "Suicide bomb", "ASSAULT", "suicide-bomb"),
    "shelling": Code(REMOTE, "Shelling/artillery/missile attack", "ASSAULT", "explosives"),
    "air": Code(REMOTE, "Air/drone strike", "ASSAULT", "aerial"),
    "grenade": Code(REMOTE, "Grenade", "ASSAULT", "explosives"),
    "chemical": Code(REMOTE, "Chemical weapon", "ASSAULT", "cbrn"),
    "abduct": Code(VAC, "Abduction/forced disappearance", "ASSAULT", "abduct"),
    "sexual": Code(VAC, "Sexual violence", "ASSAULT", "sexual"),
    "protest": Code(PROTESTS, "Peaceful protest", "PROTEST", "demo"),
    "riot": Code(RIOTS, "Violent demonstration", "PROTEST", "riot"),
    "mob": Code(RIOTS, "Mob violence", "ASSAULT", "beat"),
    "looting": Code(STRATEGIC, "Looting/property destruction", "COERCE", "destroy"),
    "arrest": Code(STRATEGIC, "Arrests", "COERCE", "arrest"),
    "withdraw": Code(STRATEGIC, "Other", "RETREAT", "withdraw"),
    "deploy": Code(STRATEGIC, "Other", "MOBILIZE", "troops"),
    "base": Code(STRATEGIC, "Headquarters or base established", "MOBILIZE", "troops"),
    "agreement": Code(STRATEGIC, "Agreement", "AGREE", None),
    "disrupt": Code(STRATEGIC, "Disrupted weapons use", "COERCE", "seize"),
    "group": Code(STRATEGIC, "Change to group/activity", "CONCEDE", None),
    "accuse": Code(None, None, "ACCUSE", None),
    "threaten": Code(None, None, "THREATEN", None),
    "demand": Code(None, None, "REQUEST", None),
    "reject": Code(None, None, "REJECT", None),
    "casualty": Code(VAC, "Attack", "ASSAULT", None),
}

STATEMENT_CLASSES = frozenset({"accuse", "threaten", "demand", "reject"})

# lemma -> (event class, parts of speech it triggers as: "V" verb, "N" noun, "A" adjective)
TRIGGERS: dict[str, tuple[str, str]] = {
    # armed violence against a target
    "attack": ("attack", "VN"),
    "assault": ("attack", "VN"),
    "raid": ("attack", "VN"),
    "ambush": ("attack", "VN"),
    "storm": ("attack", "V"),
    "strike": ("attack", "VN"),
    "shoot": ("attack", "V"),
    "shooting": ("attack", "N"),
    "gunfire": ("attack", "N"),
    "gunshot": ("attack", "N"),  # "sporadic gunshots"; not "gunshot wounds" (mentions._sense)
    # shooting told by "fire": "troops fired at the posts", "fired rockets into the town", "wounded in
    # cross-border firing"; never a dismissal or a kiln (mentions._gunfire)
    "fire": ("attack", "VN"),  # the noun only as "came under fire" (mentions._sense)
    "target": ("attack", "V"),  # only of armed hands or physical targets (mentions._armed_targeting)
    "firing": ("attack", "N"),
    "crossfire": ("clash", "N"),
    "cross-fire": ("clash", "N"),
    "massacre": ("attack", "VN"),
    "execute": ("attack", "V"),  # people, not plans or warrants (fatalities.executed_people)
    "gun": ("attack", "V"),  # only "gunned down" (mentions._sense)
    "behead": ("attack", "V"),
    "stab": ("attack", "V"),
    "spear": ("attack", "V"),  # "herders speared a farmer"; the noun is a weapon
    "stabbing": ("attack", "N"),
    "torture": ("attack", "V"),
    "beat": ("attack", "V"),
    # beating with an implement: the same act as "beat" ("whipped", "flogged", "caned", "clubbed")
    "whip": ("attack", "V"),
    "flog": ("attack", "V"),
    "cane": ("attack", "V"),
    "club": ("attack", "V"),
    "batter": ("attack", "V"),
    "brutalise": ("attack", "V"),
    "brutalize": ("attack", "V"),
    "manhandle": ("attack", "V"),
    "clobber": ("attack", "V"),
    "inflict": ("attack", "V"),  # only on people, with wounds (mentions._sense): "inflicted knife wounds on"
    "bludgeon": ("attack", "V"),
    "thrash": ("attack", "V"),
    "pummel": ("attack", "V"),
    "cudgel": ("attack", "V"),
    # blows by hand and strangling: the same acts as beating ("punched the chief", "slapped a voter")
    "punch": ("attack", "V"),
    "slap": ("attack", "V"),
    "strangle": ("attack", "V"),
    "spray": ("attack", "V"),  # only with bullets (mentions._sense): "sprayed the car with bullets"
    "break": ("attack", "V"),  # only limbs and bones (mentions._sense): "broke the legs of two traders"
    "maim": ("attack", "V"),
    # terror on people ("an armed gang terrorised villagers"), only of people (mentions._sense)
    "terrorize": ("attack", "V"),
    "terrorise": ("attack", "V"),
    "offensive": ("clash", "N"),
    "incursion": ("attack", "N"),
    "killing": ("attack", "N"),
    "murder": ("attack", "VN"),
    "assassinate": ("attack", "V"),
    "assassination": ("attack", "N"),
    # fighting between armed groups
    "clash": ("clash", "VN"),
    "confrontation": ("clash", "N"),
    "shootout": ("clash", "N"),
    "shoot-out": ("clash", "N"),
    "scuffle": ("clash", "VN"),
    "brawl": ("mob", "VN"),
    "streetfight": ("mob", "N"),
    "fistfight": ("mob", "N"),
    "fist-fight": ("mob", "N"),
    "fight": ("clash", "VN"),
    "fighting": ("clash", "N"),
    "battle": ("clash", "VN"),
    "skirmish": ("clash", "N"),
    # a chieftaincy, land or communal dispute told with violence ("two confirmed dead following a chieftaincy
    # dispute"); never a dispute alone, nor a political or trade one (mentions._sense)
    "dispute": ("clash", "N"),
    "firefight": ("clash", "N"),
    "gunfight": ("clash", "N"),
    "exchange": ("clash", "V"),
    "bomber": ("explosion", "N"),
    "stone": ("riot", "V"),
    "pelt": ("riot", "V"),  # "pelted police with stones"
    "throw": ("riot", "V"),  # "threw stones at the police" (mentions._sense: only stones, rocks, bottles ...)
    "hurl": ("riot", "V"),
    "disperse": ("protest", "V"),  # "police dispersed the crowd": a demonstration met with force
    "street": ("protest", "N"),  # "took to the streets", "hit the streets" (mentions._sense)
    "barricade": ("protest", "VN"),
    "blockade": ("protest", "VN"),
    # a crowd's jeers at an official ("heckled the minister", "jeered the MP"): only at people (mentions._sense)
    "heckle": ("protest", "V"),
    "jeer": ("protest", "V"),
    # a crowd laying siege to an office ("supporters besieged the party headquarters"); armed men's siege is
    # an attack (mentions._sense)
    "besiege": ("protest", "V"),
    # a gathering that "turned violent" or "turned chaotic": only as the complement of such a verb
    "violent": ("riot", "A"),
    "chaotic": ("riot", "A"),
    # a crowd stopping a meeting or a rite ("disrupted a campaign rally", "interrupted the lecture"): of events
    # only (mentions._sense), never of supplies or of a plot (those are "disrupt" by security forces)
    "disrupt": ("protest", "V"),
    "interrupt": ("protest", "V"),
    "disturb": ("protest", "V"),  # "youths disturbed the voting": of gatherings only, as "disrupt"
    # "chased away the chief", "chased out the officials": only with its particle (mentions._sense)
    "chase": ("mob", "V"),
    "block": ("protest", "V"),
    "gather": ("protest", "V"),
    "street-fight": ("mob", "N"),
    "destroy": ("looting", "V"),
    "damage": ("looting", "V"),  # property only (mentions._sense)
    "burn": ("looting", "V"),
    "establish": ("base", "V"),  # only a camp or base by armed men (mentions._sense)
    "set": ("looting", "V"),  # only "set ablaze / alight / on fire", "set fire to" (mentions._sense)
    "invade": ("attack", "V"),
    "invasion": ("attack", "N"),
    "open": ("attack", "V"),
    "protester": ("protest", "N"),
    "protestor": ("protest", "N"),
    "demonstrator": ("protest", "N"),
    "gunbattle": ("clash", "N"),
    # a gunfight of security forces in South Asian news English ("killed in an encounter with the police"),
    # only with armed or casualty words in its sentence (mentions._armed_encounter)
    "encounter": ("clash", "N"),
    "hostility": ("clash", "N"),
    "combat": ("clash", "N"),
    "rout": ("clash", "N"),
    "repel": ("clash", "V"),
    # territory
    "seize": ("territory", "V"),
    "capture": ("territory", "VN"),
    "overrun": ("territory", "V"),
    "overtake": ("territory", "V"),  # "militants overtook the village": of places only (mentions._sense)
    "take": ("territory", "V"),  # only "took over" a place (mentions._sense)
    "recapture": ("territory", "VN"),
    "retake": ("territory", "V"),
    "regain": ("territory", "V"),
    "liberate": ("territory", "V"),
    "fall": ("territory", "N"),
    "seizure": ("territory", "N"),
    # explosions and remote violence
    "bomb": ("explosion", "VN"),
    "bombing": ("explosion", "N"),
    "explode": ("explosion", "V"),
    "explosion": ("explosion", "N"),
    "blast": ("explosion", "N"),
    "detonate": ("explosion", "V"),
    "blow": ("explosion", "V"),  # only "blew up" a thing or himself (mentions._blown_up)
    "ied": ("explosion", "N"),
    "device": ("explosion", "N"),  # only an explosive one (mentions._sense)
    "explosive": ("explosion", "N"),  # the noun only (mentions._sense): "drove over a buried explosive"
    "mine": ("explosion", "N"),  # only a land mine (mentions._sense)
    "landmine": ("explosion", "N"),
    "shell": ("shelling", "VN"),
    "shelling": ("shelling", "N"),
    "mortar": ("shelling", "N"),
    "rocket": ("shelling", "N"),
    "missile": ("shelling", "N"),
    "artillery": ("shelling", "N"),
    "bombard": ("shelling", "V"),
    "bombardment": ("shelling", "N"),
    "airstrike": ("air", "VN"),  # the verb as ACLED's notes write it: "the military airstruck the village"
    "air-strike": ("air", "N"),
    "drone": ("air", "N"),
    "grenade": ("grenade", "N"),
    # incendiary weapons are attacks, not explosions ("firebombed a bus", "threw Molotov cocktails";
    # "petrol bomb" in mentions._incendiary)
    "firebomb": ("attack", "VN"),
    "fire-bomb": ("attack", "VN"),
    "cocktail": ("attack", "N"),
    # violence against civilians, other forms
    "abduct": ("abduct", "V"),
    "abduction": ("abduct", "N"),
    "kidnap": ("abduct", "V"),
    "kidnapping": ("abduct", "N"),
    # a vehicle or vessel taken with the people aboard ("hijacked a bus carrying 20 passengers")
    "hijack": ("abduct", "V"),
    "hostage": ("abduct", "N"),  # only "held / took / taken hostage" (mentions._sense)
    "hijacking": ("abduct", "N"),
    "rape": ("sexual", "VN"),
    # demonstrations
    "protest": ("protest", "VN"),
    "demonstrate": ("protest", "V"),
    "demonstration": ("protest", "N"),
    "demo": ("protest", "N"),
    "rally": ("protest", "VN"),
    "march": ("protest", "VN"),
    "sit-in": ("protest", "N"),
    "picket": ("protest", "VN"),
    # a boycott is a demonstration by refusal ("traders boycotted the market", "a boycott of classes"); not
    # staying away from a vote or talks (mentions._sense)
    "boycott": ("protest", "VN"),
    # labour protests told by their form: "downed tools", "a work stoppage", "a go-slow" (mentions._sense);
    # "strike" itself is read in mentions._sense ("went on strike", "a sit-down strike action")
    "down": ("protest", "V"),
    "stoppage": ("protest", "N"),
    "slow": ("protest", "A"),
    # demonstrations told by their form ("a peace walk", "staged a walkout", "held a candlelight vigil"): only
    # with a cause word or a staging verb, never a stroll, a funeral cortege or a prayer night (mentions._sense)
    "walk": ("protest", "VN"),
    "walkout": ("protest", "N"),
    "walk-out": ("protest", "N"),
    "procession": ("protest", "N"),
    "vigil": ("protest", "N"),
    "agitation": ("protest", "N"),  # "staged an agitation", "a farmers' protest agitation"
    # demonstration forms named in South Asian news English: "staged a dharna" (a sit-in), "observed a hartal"
    # or "a statewide bandh" (a shutdown strike), "gheraoed the collector" (surrounded an official)
    "dharna": ("protest", "N"),
    "hartal": ("protest", "N"),
    "bandh": ("protest", "N"),
    "cacerolazo": ("protest", "N"),  # Latin America's pot-banging protest
    "panelaço": ("protest", "N"),
    "gherao": ("protest", "VN"),
    # demonstrations told by a protest act, only with the act's own verb or word (mentions._protest_act):
    # "burnt an effigy", "shouted slogans", "formed a human chain", "began an indefinite fast"
    "effigy": ("protest", "N"),
    "slogan": ("protest", "N"),
    "chain": ("protest", "N"),
    "fast": ("protest", "N"),
    "riot": ("riot", "VN"),
    "rioting": ("riot", "N"),
    # unrest told by a noun alone ("violence erupted", "post-election violence", "went on the rampage"): a
    # crowd's disorder; coding.py and the classifier refine the type (mentions._sense drops "no violence",
    # "violence-free polls" and calls to prevent or condemn it)
    "violence": ("riot", "N"),
    "unrest": ("riot", "N"),
    "chaos": ("riot", "N"),
    "mayhem": ("riot", "N"),
    "pandemonium": ("riot", "N"),
    "rampage": ("riot", "VN"),
    "lynch": ("mob", "V"),
    "lynching": ("mob", "N"),
    "loot": ("looting", "V"),
    "looting": ("looting", "N"),
    "torch": ("looting", "V"),
    "vandalize": ("looting", "V"),
    "smash": ("looting", "V"),  # property only (mentions._sense): "smashed the vehicle", not "smashed a record"
    "vandalise": ("looting", "V"),
    "ransack": ("looting", "V"),
    "raze": ("looting", "V"),
    "demolish": ("looting", "V"),  # "forces demolished the homes" (the noun stays a grievance's word)
    # livestock raiding ("raiders stole 300 goats", "cattle rustling"): a raid on herders, coded like "raid" by
    # its roles (ACLED: violence against civilians, or a battle with armed herders), not as looting of goods;
    # theft told of herds only, as an act and not a charge or a recovery ("accused of stealing cattle", "the
    # stolen cattle were found"; mentions._sense)
    "steal": ("attack", "V"),
    "rustle": ("attack", "V"),
    "rustling": ("attack", "N"),
    # the crowd named by its act: an event only where nothing else happens to it ("police dispersed rioters")
    "rioter": ("riot", "N"),
    "looter": ("looting", "N"),
    # strategic developments
    "arrest": ("arrest", "VN"),
    "detain": ("arrest", "V"),
    "apprehend": ("arrest", "V"),
    "withdraw": ("withdraw", "V"),
    "hand": ("withdraw", "V"),  # only a base, camp or town "handed over" (mentions._handed_over)
    "withdrawal": ("withdraw", "N"),
    "retreat": ("withdraw", "VN"),
    "pullout": ("withdraw", "N"),
    "evacuate": ("withdraw", "V"),
    "deploy": ("deploy", "V"),
    # a curfew imposed, renewed or lifted: a security measure, which ACLED codes as a change to the
    # authorities' activity (mentions._sense: only as the object of such a verb)
    "curfew": ("group", "N"),
    "deployment": ("deploy", "N"),
    "dispatch": ("deploy", "V"),
    "engage": ("deploy", "V"),
    "station": ("deploy", "V"),
    "reinforce": ("deploy", "V"),
    "ceasefire": ("agreement", "N"),
    "cease-fire": ("agreement", "N"),
    "truce": ("agreement", "N"),
    "deal": ("agreement", "N"),  # only a peace or ceasefire deal (mentions._peace_deal)
    "agreement": ("agreement", "N"),
    "accord": ("agreement", "N"),
    "treaty": ("agreement", "N"),
    "defuse": ("disrupt", "V"),
    "intercept": ("disrupt", "V"),
    "defect": ("group", "V"),
    "surrender": ("group", "VN"),
    "disband": ("group", "V"),
    # a group or its activity banned, suspended or dissolved (only with such an object: mentions.py)
    "ban": ("group", "V"),
    "suspend": ("group", "V"),
    "dissolve": ("group", "V"),
    # statements
    "accuse": ("accuse", "V"),
    "condemn": ("accuse", "V"),
    "denounce": ("accuse", "V"),
    "warn": ("accuse", "V"),
    "blame": ("accuse", "V"),
    "criticize": ("accuse", "V"),
    "criticise": ("accuse", "V"),
    "speak": ("accuse", "V"),
    "express": ("accuse", "V"),
    "threaten": ("threaten", "V"),
    "demand": ("demand", "V"),
    "urge": ("demand", "V"),
    "reject": ("reject", "V"),
    # casualties: attach to another trigger; alone, "kill" is an attack
    "kill": ("casualty", "V"),
    "die": ("casualty", "V"),
    "succumb": ("casualty", "V"),  # "succumbed to his injuries"
    "dead": ("casualty", "A"),
    "death": ("casualty", "N"),
    "injure": ("casualty", "V"),
    "wound": ("casualty", "V"),
    "hurt": ("casualty", "V"),
}

def _plural(noun: str) -> str:
    """The regular English plural of a noun ("lorry" -> "lorries", "bus" -> "buses")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


IRREGULAR: dict[str, tuple[str, ...]] = {
    "blow": ("blew", "blown"),
    "take": ("took", "taken"),
    "break": ("broke", "broken"),
    # "slay" is read as "kill", its synonym, wherever the stages look for a killing ("two herders were slain")
    "kill": ("slay", "slays", "slew", "slain", "slaying",
             # "neutralised", the word of Sahel armies' communiqués for fighters killed (mentions._sense keeps
             # it to fighters: "neutralised an IED" or "any doubts" is no killing)
             "neutralised", "neutralized", "neutralise", "neutralize", "neutralises", "neutralizes"),
    "slap": ("slapped", "slapping"),
    "ban": ("banned", "banning"),
    "shoot": ("shot",),
    "throw": ("threw", "thrown"),
    "withdraw": ("withdrew", "withdrawn"),
    "repel": ("repelled", "repelling"),
    "patrol": ("patrolled",),
    "rape": ("raped", "raping"),
    "burn": ("burnt", "burned"),
    "set": ("setting",),
    "fight": ("fought",),
    "beat": ("beaten",),
    "whip": ("whipped", "whipping"),
    "flog": ("flogged", "flogging"),
    "club": ("clubbed", "clubbing"),
    "strike": ("struck", "stricken"),
    "airstrike": ("airstruck", "airstriking", "air-struck"),
    "overrun": ("overran",),
    "overtake": ("overtook", "overtaken", "overtakes", "overtaking"),
    "retake": ("retook", "retaken"),
    "die": ("dying", "died", "dies"),
    "stab": ("stabbed", "stabbing"),
    "kidnap": ("kidnapped", "kidnapping", "kidnaped", "kidnaping"),
    "speak": ("spoke", "spoken"),
    "bomb": ("bombed", "bombing"),
    "shell": ("shelled", "shelling"),
    "ambush": ("ambushes",),
    "clash": ("clashes",),
    "march": ("marches",),
    "rally": ("rallies", "rallied"),
    "ied": ("ieds",),
    "hostility": ("hostilities",),
    "missile": ("missiles",),
    "regain": ("regained",),
    "rob": ("robbed",),
    "gun": ("gunned", "gunning"),
    "fall": ("fell", "fallen"),
    "loot": ("looted",),
    "steal": ("stole", "stolen"),
}

CASUALTY_DEATH = frozenset({"kill", "die", "succumb", "dead", "death"})
# Acts that by definition leave their victims dead ("lynched a thief", "beheaded a man", "the murder of two").
LETHAL_LEMMAS = frozenset({"lynch", "lynching", "behead", "murder", "assassinate", "assassination"})
LETHAL_ADVERBS = frozenset({"fatally", "mortally"})
# Acts that kill only people ("executed 12 farmers", "executed a hostage"; not "executed a plan", "executed
# a search warrant").
LETHAL_FOR_PEOPLE = frozenset({"execute"})
EXECUTED_THINGS = frozenset(
    {"warrant", "warrants", "plan", "plans", "order", "orders", "strategy", "search", "contract", "contracts",
     "operation", "operations", "program", "programme", "project", "projects", "task", "tasks", "mission",
     "deal", "deals", "transaction", "transactions", "trade", "trades", "will", "agreement", "policy",
     "decision", "duties", "duty", "function", "functions", "budget", "code", "move", "moves", "attack",
     "clause", "clauses", "provision", "provisions", "law", "laws",
     "attacks", "raid", "raids", "campaign", "document", "documents", "judgment", "judgement", "ruling"}
)
BODY_NOUNS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})  # "the bodies of two herders were found"
CASUALTY_INJURY = frozenset({"injure", "wound", "hurt"})

# Nouns that carry a toll figure ("the death toll", "fatalities") and count nouns of victims.
TOLL_NOUNS = frozenset(
    {"toll", "casualties", "casualty", "fatalities", "fatality", "deaths", "bodies", "lives"}
)

# Light verbs whose object is the event ("launched an attack"); their subject is the agent.
LIGHT_VERBS = frozenset(
    {
        "launch",
        "launched",
        "launches",
        "launching",
        "carry",
        "carried",
        "carries",
        "carrying",
        "conduct",
        "conducted",
        "conducts",
        "stage",
        "staged",
        "stages",
        "mount",
        "mounted",
        "mounts",
        "wage",
        "waged",
        "perpetrate",
        "perpetrated",
        "commit",
        "committed",
        "commits",
        "organize",
        "organized",
        "organise",
        "organised",
        "lead",
        "led",
        "leads",
        "hold",
        "held",
        "holds",
        "execute",
        "executed",
        "unleash",
        "unleashed",
        "sign",
        "signed",
        "signs",
        "reach",
        "reached",
        "reaches",
        "announce",
        "announced",
        "announces",
        "claim",
        "claimed",
        "claims",
        "claiming",
    }
)
CLAIM_WORDS = frozenset({"claim", "claimed", "claims", "claiming", "responsibility"})

# Cues for kinds (surface forms, lower-cased).
INTENT_WORDS = frozenset(
    {
        "intend",
        "intends",
        "intended",
        "intention",
        "intentions",
        "plan",
        "plans",
        "planned",
        "planning",
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        "vow",
        "vows",
        "vowed",
        "pledge",
        "pledges",
        "pledged",
        "promise",
        "promises",
        "promised",
        "prepare",
        "prepares",
        "preparing",
        "prepared",
        "aim",
        "aims",
        "aimed",
        "decide",
        "decides",
        "decided",
        "decision",
        "scheduled",
        "set",
        "expected",
        "going",
        "agree",
        "agreed",
        "agrees",
        "order",
        "orders",
        "ordered",
        "want",
        "wants",
        "wanted",
        "wanting",
        "seek",
        "seeks",
        "sought",
        "seeking",
        "ready",
        "poised",
    }
)
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "should", "must"})
HYPOTHETICAL_WORDS = frozenset(
    {
        "if",
        "unless",
        "whether",
        "fear",
        "fears",
        "feared",
        "risk",
        "risks",
        "possible",
        "possibility",
        "likely",
        "unlikely",
        "potential",
        "threat",
        "threats",
        "urge",
        "urged",
        "urges",
        "call",
        "called",
        "calls",
        "demand",
        "demanded",
        "demands",
        "ask",
        "asked",
        "asks",
        "avoid",
        "prevent",
        "prevented",
        "foil",
        "foiled",
        "thwart",
        "thwarted",
    }
)
# Words of a proceeding or a remembrance whose subject matter is an earlier act: the act a court, a charge or
# an anniversary refers to ("sentenced for the 2019 attack", "convicted of the murder of", "the trial of the
# men accused of the bombing", "marked the anniversary of the massacre") is background, not a new occurrence.
# Not arrests: "arrested over the killing on Sunday" often reports the act itself for the first time.
REFERENCE_WORDS = frozenset(
    """sentence sentenced sentencing sentences convict convicted convicting conviction convictions jail jailed
    jailing imprison imprisoned imprisonment acquit acquitted acquittal indict indicted indictment prosecute
    prosecuted prosecuting prosecution trial trials tried retrial verdict guilty plead pleaded pled charged
    testify testified testimony inquest inquiry tribunal extradite extradited extradition
    pardon pardoned compensate compensated compensation anniversary anniversaries commemorate commemorated
    commemorating commemoration commemorations memorial remembrance remember remembered remembering
    mourn mourned mourning vigil vigils tribute tributes memory""".split()
)
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "nobody", "none", "neither", "nor", "without"})
DENIAL_WORDS = frozenset({"deny", "denies", "denied", "denying", "refute", "refuted", "dismissed"})
GENERIC_WORDS = frozenset(
    {
        "continue",
        "continues",
        "continued",
        "continuing",
        "keep",
        "keeps",
        "kept",
        "remain",
        "remains",
        "regularly",
        "frequently",
        "often",
        "routinely",
        "repeatedly",
        "usually",
        "sometimes",
        "always",
        "constantly",
        "habitually",
        "increasingly",
        "typically",
        "generally",
        "occasionally",
        "still",
        "periodically",
        "sporadically",
    }
)
PLURAL_QUANTIFIERS = frozenset(
    {
        "multiple",
        "several",
        "many",
        "numerous",
        "repeated",
        "frequent",
        "regular",
        "recurrent",
        "series",
        "wave",
        "spate",
        "string",
        "dozens",
        "hundreds",
        "countless",
        "various",
    }
)
AGGREGATE_WORDS = frozenset(
    {
        "since",
        "so far",
        "to date",
        "in total",
        "total",
        "altogether",
        "cumulative",
        "overall",
        "tally",
        "over the past",
        "over the last",
        "in the past",
        "in the last",
        "this year",
        "last year",
        "throughout",
        "combined",
    }
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "said",
        "says",
        "tell",
        "told",
        "tells",
        "state",
        "stated",
        "states",
        "argue",
        "argued",
        "add",
        "added",
        "report",
        "reported",
        "reports",
        "announce",
        "announced",
        "announces",
        "claim",
        "claimed",
        "claims",
        "confirm",
        "confirmed",
        "explain",
        "explained",
        "note",
        "noted",
        "declare",
        "declared",
    }
)


def _inflect(lemma: str) -> set[str]:
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms | set(IRREGULAR.get(lemma, ()))


def _build_forms() -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for lemma in TRIGGERS:
        for form in sorted(_inflect(lemma)):
            forms.setdefault(form, [])
            if lemma not in forms[form]:
                # the form's own lemma first: "bombing" is the noun before it is a form of "bomb"
                forms[form].insert(0, lemma) if form == lemma else forms[form].append(lemma)
    return {form: tuple(lemmas) for form, lemmas in forms.items()}


FORMS: dict[str, tuple[str, ...]] = _build_forms()

# Things that are destroyed, burnt or looted: property, never the victims of a toll ("7 killed/ 400 houses").
PROPERTY_NOUNS = frozenset(
    {
        "house",
        "houses",
        "home",
        "homes",
        "huts",
        "hut",
        "vehicle",
        "convoy",
        "vehicles",
        "car",
        "cars",
        "bus",
        "buses",
        "building",
        "buildings",
        "office",
        "offices",
        "property",
        "properties",
        "shop",
        "shops",
        "school",
        "schools",
        "church",
        "churches",
        "mosque",
        "mosques",
        "granary",
        "granaries",
        "crops",
        "trailer",
        "lorry",
        "truck",
        "trucks",
        "station",
        "mast",
        "masts",
        "market",
        "stalls",
        "kiosks",
        "village",
        "villages",
        "motorcycle",
        "motorcycles",
        "premises",
        "bridge",
        "tower",
        "equipment",
        "camp",
        "post",
        "posts",
        "pylon",
        "pylons",
        "billboard",
        "billboards",
        "boxes",
        "hall",
        "hospital",
        "clinic",
        "factory",
        "warehouse",
        "store",
        "stores",
        "farm",
        "farms",
        "tractor",
        "tractors",
        "excavator",
        "machinery",
        "boat",
        "boats",
        "farmland",
        "farmlands",
        "goods",
        "bar",
        "bars",
        "restaurant",
        "hotel",
        "homestead",
        "homesteads",
        "residence",
        "kiosk",
        "stall",
        "structures",
        "tents",
        "shrine",
        "temple",
        "depot",
        "windows",
        "windscreen",
        "villa",
        "minibus",
        "matatu",
        "van",
        "motorbike",
        "plantation",
        "compound",
        "palace",
        "courthouse",
        "library",
        "stadium",
        "ambulance",
        # buildings, shelters and vehicles that news reports burnt or wrecked ("burnt down two dormitories")
        "dormitory",
        "dorm",
        "classroom",
        "hostel",
        "lodge",
        "manyatta",
        "shack",
        "shanties",
        "dwelling",
        "apartment",
        "barracks",
        "mall",
        "supermarket",
        "bank",
        "godown",
        "storehouse",
        "garage",
        "workshop",
        "cinema",
        "theatre",
        "embassy",
        "consulate",
        "checkpoint",
        "headquarters",
        "gate",
        "fence",
        "taxi",
        "pickup",
        "tanker",
        "jeep",
        "train",
        "tuk-tuk",
        "rickshaw",
        "bicycle",
        "vessel",
        "mill",
        "silo",
        "pharmacy",
        "chapel",
        "parsonage",
        "monastery",
    }
)
PROPERTY_NOUNS = frozenset(PROPERTY_NOUNS | {_plural(w) for w in PROPERTY_NOUNS if not w.endswith("s")})
