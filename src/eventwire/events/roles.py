"""Who did what to whom: actor1 (agent) and actor2 (patient / victims) of an event mention, from the parse.

Agent: the subject of an active trigger, "by X" of a passive one or of an event noun ("attacks carried out by
X"), the subject of the verb that launches or claims an event noun ("X claimed an attack"), the possessor
("the army's offensive"). Patient: the object, the passive subject, "on/against X", the victims of its
casualty words ("39 soldiers were killed"). Noun phrases map to canonical actors through the actor stage's
mentions; pronouns and "the group" refer back to the last armed group named; the rest get ACLED's generic
names through ``ActorTable.match`` ("Military Forces of Syria", "Civilians (Kenya)"), and titled people
("the French minister", "Minister ... Florence Parly") the government or military they speak for.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.actors import UNIT_NOUNS, ActorTable, ethnic_group, inter_for
from eventwire.annotate import doc_ents, doc_text
from eventwire.events import geo
from eventwire.events.fatalities import complement_victims, elliptic_passive, governed_by
from eventwire.events.lexicon import CLAIM_WORDS, DENIAL_WORDS, FORMS, LIGHT_VERBS, PROPERTY_NOUNS, SPEECH_VERBS
from eventwire.events.mentions import (
    CURFEW_NOUNS,
    CURFEW_VERBS,
    FIRED_THINGS,
    SEPARATE_CUES,
    SPEECH_NOUNS,
    Mention,
    stands_for_part,
)
from eventwire.records import Actor, Span


@dataclass(frozen=True, slots=True)
class RoleActor:
    name: str
    inter: int | None
    country: str | None
    span: Span
    kind: str | None = None  # the actor table's kind: state, rebel, party, government, civilians ...


MILITARY = frozenset(
    {
        "junta",  # a military government: ACLED's military forces of the country ("Myanmar's junta regained")
        "soldier",
        "soldiers",
        "troops",
        "troop",
        "army",
        "military",
        "forces",
        "force",
        "regime",
        "gendarmes",
        "gendarmerie",
        "marines",
        "navy",
        "commandos",
        "paratroopers",
        "servicemen",
        "airforce",
        "jets",
        "warplanes",
        "aircraft",
        "rafale",
        "peacekeepers",
        "kdf",
        "personnel",
        "contingent",
        "battalion",
    }
)
# A guard that is a branch of the armed forces (not a security guard, a presidential guard or the border guard,
# which the actor table names per country)
GUARD_QUALIFIERS = frozenset({"national", "republican"})
POLICE = frozenset(
    {"police", "policemen", "policeman", "officers", "officer", "gendarme", "cops", "constable"}
)
# The peacekeeping mission that ACLED names for "UN peacekeepers" in each country (its actor-table id)
PEACE_MISSIONS = {"ML": "minusma", "CD": "monusco", "SS": "unmiss", "CF": "minusca", "LB": "unifil", "SD": "unamid",
                  "SO": "amisom", "SY": "undof", "EH": "minurso"}
PEACEKEEPING = frozenset({"peacekeepers", "peacekeeper", "peacekeeping"})
# Weapons armies fire; named with a nation ("Russian missiles", "Turkish drones"), that nation's forces fired them
# (rockets and mortars are as often an armed group's)
# Words that make "forces" or "troops" a non-state armed group's ("rebel forces", "resistance fighters").
NON_STATE_QUALIFIERS = frozenset({"rebel", "rebels", "resistance", "insurgent", "insurgents", "opposition",
                                  "guerrilla", "guerrillas", "jihadist", "separatist", "separatists", "militia",
                                  "anti-junta", "anti-government", "antigovernment"})
STATE_WEAPONS = frozenset({"missile", "missiles", "shells", "artillery", "airstrike", "airstrikes", "strikes",
                           "drone", "drones", "warships", "bombers",
                           # an act armies carry out, named with a nation: "an Israeli air strike", "a Russian raid"
                           "strike", "raid", "raids", "shelling", "bombardment", "bombardments", "offensive"})
GOVERNMENT = frozenset(
    {
        "government",
        "administration",
        "ministry",
        "minister",
        "president",
        "authorities",
        "cabinet",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "governor",
        "premier",
        "chancellor",
        "state",
        "officials",
        "official",
        "secretary",
        "presidency",
        "parliament",
    }
)
ARMED = frozenset(
    {
        "gunmen",
        "gunman",
        "militants",
        "militant",
        "assailants",
        "assailant",
        "attackers",
        "attacker",
        "insurgents",
        "insurgent",
        "jihadists",
        "jihadist",
        "rebels",
        "rebel",
        "bandits",
        "bandit",
        "terrorists",
        "terrorist",
        "extremists",
        "militia",
        "militias",
        "militiamen",
        "fighters",
        "raiders",
        "gang",
        "gangs",
        "gangsters",
        "kidnappers",
        "abductors",
        "loyalists",
        "separatists",
    }
)
# "unknown persons", "unidentified armed individuals", "masked men": ACLED's Unidentified Armed Group
UNKNOWN_WORDS = frozenset({"unknown", "unidentified", "armed", "masked", "hooded"})
UNKNOWN_HEADS = frozenset(
    {"men", "man", "persons", "person", "people", "individuals", "individual", "group", "groups", "actors", "youths",
     "youth"}
)
GROUP_WORDS = frozenset(
    {"group", "organization", "organisation", "movement", "militia", "it", "its", "they", "their"}
)
TITLES = frozenset(
    {
        "minister",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "governor",
        "premier",
        "chancellor",
        "secretary",
        "general",
        "commander",
        "chief",
    }
)
PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "strikers", "protester"})
RIOTERS = frozenset({"rioters", "mob", "mobs", "youths", "youth", "rioter"})
CIVILIANS = frozenset(
    {
        "men",
        "suspect",
        "suspects",
        "thief",
        "thieves",
        "robber",
        "robbers",
        "herders",
        "pastoralists",
        "operators",
        "riders",
        "drivers",
        "crowd",
        "crowds",
        "locals",
        "community",
        "civilians",
        "civilian",
        "villagers",
        "residents",
        "people",
        "persons",
        "person",
        "women",
        "children",
        "students",
        "farmers",
        "worshippers",
        "passengers",
        "man",
        "woman",
        "boy",
        "girl",
        "teacher",
        "teachers",
        "journalist",
        "journalists",
        "traders",
        "pupils",
        "family",
        "families",
        "motorist",
        "resident",
        "villager",
        "worshipers",
        "pedestrians",
        "traveller",
        "travellers",
        "miners",
        "herdsmen",
        "shoppers",
        "mourners",
    }
)
PRO_STATE = frozenset({"pro-regime", "pro-government", "loyalist", "regime"})
# Places of public service a government runs for civilians: an attack on one is on the people in it.
PUBLIC_SERVICE_SITES = frozenset(
    "school schools college colleges university universities hospital hospitals clinic clinics academy "
    "market markets".split()
)
MILITARY_SITES = frozenset(
    {
        "base",
        "barracks",
        "checkpoint",
        "outpost",
        "convoy",
        "patrol",
        "garrison",
        "post",
        "positions",
        "position",
    }
)
COMMUNAL = frozenset(
    {
        "herders",
        "herdsmen",
        "pastoralists",
        "farmers",
        "vigilantes",
        "factions",
        "faction",
        "clans",
        "clan",
        "gates",
        "families",
        "communities",
        "tribesmen",
    }
)
# Heads of a phrase that names a community's armed members by where they come from ("youths from Kaya").
LOCAL_GROUP_HEADS = frozenset(
    {"youth", "youths", "militia", "militias", "men", "warriors", "vigilantes", "gang", "group", "groups"}
)
# Heads that name perpetrators by where they come from only with "from": "raiders from Kaya village".
FROM_GROUP_HEADS = frozenset(
    {"raiders", "bandits", "attackers", "assailants", "gunmen", "pastoralists", "herders", "herdsmen", "fighters"}
)
# Nouns of a crowd that, before an act's noun, are its doers ("a mob attack", "A mob attacks and kills a man",
# a headline the parser reads as a noun phrase)
CROWD_COMPOUNDS = frozenset({"mob", "mobs", "crowd", "crowds", "vigilante", "vigilantes", "rioters"})
# Member nouns that gather people into a crowd ("a group of people", "a crowd of traders")
GROUP_NOUNS = frozenset({"group", "groups", "crowd", "crowds", "band", "mob", "horde"})
MEMBER_NOUNS = frozenset(
    {
        "group",
        "gang",
        "band",
        "crowd",
        "number",
        "dozens",
        "hundreds",
        "scores",
        "members",
        "member",
        "fighters",
        "militants",
        "elements",
        "supporters",
        "militiamen",
        "gunmen",
        "officers",
        "units",
        "soldiers",
        "troops",
        # collective nouns of a force's detachments: "a team of police", "a squad of soldiers"
        "team",
        "teams",
        "squad",
        "squads",
        "detachment",
        "contingent",
        "platoon",
        "unit",
        "batch",
        "posse",
    }
)
# Verbs whose subject uses the weapon an event noun names: "gunmen threw a grenade".
WEAPON_VERBS = frozenset(
    {
        "throw",
        "threw",
        "thrown",
        "throws",
        "hurl",
        "hurled",
        "plant",
        "planted",
        "fire",
        "fired",
        "fires",
        "detonate",
        "detonated",
        "lob",
        "lobbed",
        "drop",
        "dropped",
        "use",
        "used",
        "launch",
        "launched",
    }
)
PARTICIPANT_NOUNS = frozenset({"protesters", "protestors", "demonstrators"})
MOVE_CLASSES = frozenset({"withdraw", "deploy", "base"})
VIOLENT_OR_MOVE = frozenset(
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
        "withdraw",
        "deploy",
        "base",
    }
)


# Nouns that name a force of any kind: the word before them says which ("police forces", "army personnel").
FORCE_NOUNS = frozenset({"forces", "force", "personnel", "contingent", "battalion"})


PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "its", "their", "which", "who", "that", "this"}
)
CUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"})


def _phrase(tok: Token) -> str:
    """The noun phrase headed by ``tok``, without relative clauses or coordinated phrases."""
    cut = {t.i for c in tok.children if c.dep_ in CUT_DEPS for t in c.subtree}
    words = [t for t in tok.subtree if t.i not in cut]
    return " ".join(t.text for t in words[:25])


def _np_tokens(tok: Token) -> list[Token]:
    """The head noun with its left modifiers and "of"-complement (for nationality and category words)."""
    out = [t for t in tok.subtree if t.i <= tok.i or t.dep_ in ("prep", "pobj", "compound", "amod", "appos")]
    return out[:30]


class Resolver:
    """Maps noun phrases of one document to actors."""

    def __init__(
        self, doc: Doc, actors: list[Actor], table: ActorTable | None = None, text: str | None = None
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text  # the input text (Doc.text joins every token)
        self.table = table
        self.actors = actors
        self.by_token: dict[int, Actor] = {}
        for actor in actors:
            for span in actor.mentions:
                sp = doc.char_span(span.start, span.end, alignment_mode="expand")
                if sp is not None:
                    for t in sp:
                        self.by_token.setdefault(t.i, actor)
        self.persons = self._person_roles()

    def _person_roles(self) -> dict[str, tuple[str, str | None]]:
        """Named people with a government or military title somewhere in the text: surname -> (category,
        country). "French Minister of the Armed Forces Florence Parly" -> ("gov", "FR")."""
        surnames = {e[-1].text for e in doc_ents(self.doc) if e.label_ == "PERSON"}
        roles: dict[str, tuple[str, str | None]] = {}
        if not surnames:
            return roles
        for tok in self.doc:
            if tok.lower_ not in TITLES:
                continue
            phrase = list(tok.subtree) if tok.dep_ != "appos" else [*tok.head.subtree]
            top = tok
            while top.dep_ == "compound" and top.head.i != top.i:
                top = top.head  # "Prime Minister Alix Fils-Aime": the title is a compound of the name
            if top is not tok and top.text in surnames:
                phrase = list(top.subtree)
            named = [t.text for t in phrase if t.text in surnames]
            if not named:
                continue
            category = "mil" if tok.lower_ in ("general", "commander", "chief") else "gov"
            country = next(
                (
                    geo.country_of(t.text)
                    for t in phrase
                    if t.text[:1].isupper() and t.text not in surnames and geo.country_of(t.text)
                ),
                None,
            )
            for name in named:
                if name not in roles or roles[name][1] is None:
                    roles[name] = (category, country)
        return roles

    def crowd(self, word: str, country: str | None) -> RoleActor | None:
        """The generic actor a word names in ``country``: a crowd ("protesters", "rioters"), "government"."""
        actor = self.table.match(word, country) if self.table is not None else None
        if actor is None:
            return None
        return RoleActor(actor.name, actor.inter, actor.country, Span(0, 0, ""))

    def named_in(self, tok: Token, after: int) -> RoleActor | None:
        """The first actor named in ``tok``'s phrase after token ``after``."""
        for t in tok.subtree:
            if t.i > after and t.i in self.by_token:
                actor = self.by_token[t.i]
                return RoleActor(
                    actor.name, actor.inter, actor.country, Span.of(self.text, t.idx, t.idx + len(t))
                )
        return None

    def _antecedent(self, tok: Token, armed: bool) -> Actor | None:
        """The last actor mentioned before ``tok`` (an armed group, when ``armed``): a named one before an
        unidentified one ("Al-Shabaab, the militant group, ... The group"), never one that only modifies
        another word ("al-Qaeda-linked")."""
        best: dict[bool, tuple[int, Actor]] = {}
        for actor in self.actors:
            if armed and actor.inter not in (2, 3, 4):
                continue
            named = not actor.name.startswith("Unidentified")
            for span in actor.mentions:
                if span.end > tok.idx or self._affiliation(span):
                    continue
                if named not in best or span.end > best[named][0]:
                    best[named] = (span.end, actor)
        found = best.get(True) or best.get(False)
        return found[1] if found else None

    def _affiliation(self, span: Span) -> bool:
        """Whether an actor mention only describes another actor's allegiance: "al-Qaeda-linked", "(a
        group) linked to the Islamic State", "affiliated with", "loyal to"."""
        if self.text[span.end : span.end + 1] == "-":
            return True
        sp = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        return sp is not None and governed_by(sp.root, AFFILIATION_WORDS, 3)

    def _matrix_subject(self, tok: Token) -> Token | None:
        """The subject a pronoun stands for when it is the subject of a clause that a noun phrase reports
        or plans ("the government announced that it plans ...", "the army said it would ...")."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        node = tok.head
        if tok.dep_ == "poss" and node.dep_ in ("nsubj", "nsubjpass") and node.head.i != node.i:
            node = node.head  # "the ministry said its forces had struck": from the verb "its forces" is subject of
        stated = False  # "said in a statement that its fighters had ...": the parser hangs the clause on the noun
        for _ in range(5):
            if node.dep_ in ("ccomp", "xcomp", "advcl", "conj", "dobj", "pobj", "prep") and node.head.i != node.i or (
                    node.dep_ == "acl" and node.head.lower_ in SPEECH_NOUNS):
                stated = stated or node.dep_ == "acl"
                clause = node.dep_ in ("ccomp", "xcomp", "advcl", "conj") or (stated and node.head.pos_ == "VERB")
                node = node.head
                # (the subject next to the verb: "Sudan's paramilitary Rapid Support Forces said", where the
                # parser also made the adjective a subject)
                subjects = [c for c in node.children if c.dep_ == "nsubj"] if clause else []
                before = [c for c in subjects if c.i < node.i]
                subj = before[-1] if before else subjects[0] if subjects else None
                if subj is not None and subj.i != tok.i:
                    return None if subj.lower_ in PRONOUNS else subj
            else:
                return None
        return None

    def resolve(
        self, tok: Token | None, cls: str, country: str | None, agent: bool = False
    ) -> RoleActor | None:
        if tok is None:
            return None
        if tok.lower_ in ("which", "who", "that") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.lower_ in MILITARY | POLICE:
            tok = tok.head.head  # "four soldiers, including an officer": the soldiers' side, not the police
        if _former_member(tok):  # "a former army officer", "a retired policeman": a civilian now
            where = self._nationality(tok) or country
            span = Span.of(self.text, tok.left_edge.idx, tok.idx + len(tok.text))
            return RoleActor(of_country("Civilians", where), 7, where, span, "civilians")
        # (not a crowd that storms an office or a church: ACLED's notes keep those riots, with a demand or not)
        armed_crowd = agent and cls == "attack" and _armed_with(tok) and tok.head.lower_ not in STORM_FORMS
        if armed_crowd and tok.lower_ in ARMED_COMMUNITY | ARMED_INDIVIDUALS and (
                tok.i not in self.by_token or self.by_token[tok.i].inter in (5, 6, 7)):
            # "villagers armed with machetes attacked a neighbouring community": a communal militia, not a
            # rioting crowd; "three men armed with pangas": an armed group (ACLED's notes code both so)
            where = self._nationality(tok) or country
            span = Span.of(self.text, tok.left_edge.idx, tok.idx + len(tok.text))
            if tok.lower_ in ARMED_COMMUNITY:
                return RoleActor(of_country("Unidentified Communal Militia", where), 4, where, span)
            return unidentified(where, span)
        if tok.lower_ in ("it", "they", "its", "their"):
            matrix = self._matrix_subject(tok) or _previous_subject(tok)
            if matrix is not None:
                return self.resolve(matrix, cls, country, agent)
        owned_by = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        # "Russia's defence ministry said its forces ...", "the group said its fighters ..."
        if owned_by is not None and (tok.lower_ in MILITARY or tok.lower_ in MEMBER_NOUNS):
            owner = self._matrix_subject(owned_by)
            found = self.resolve(owner, cls, country, agent) if owner is not None else None
            if found is not None and found.inter in (2, 3, 4):
                return found  # "the group said its fighters had ...": the group
            before = _previous_owner(owned_by) if owner is None else None
            found = self.resolve(before, cls, country, agent) if before is not None else found
            if before is not None and found is not None and found.inter in (2, 3, 4):
                return found  # "The RSF has used drones since March. On Saturday, its fighters shelled ..."
            if found is not None and found.country and (found.inter == 1 or found.kind == "government"):
                country = found.country  # the owner's country's forces, wherever they struck
        identity = _identity(tok)
        if identity is not None and tok.i not in self.by_token:  # "a group of men, believed to be police"
            found = self.resolve(identity, cls, country, agent)
            if found is not None and found.inter in (1, 2, 3, 4, 8) and found.kind != "party":
                return found
        if tok.lower_ in MEMBER_NOUNS:  # "members of the Borana militia", "fighters from the group"
            group = _prep_object(tok, ("of", "from"))
            if group is not None:
                found = self.resolve(group, cls, country, agent)
                if found is not None and found.inter == 7 and tok.lower_ in GROUP_NOUNS:
                    # "a group of people", "a crowd of residents": the crowd they make, not individuals
                    whole = Span.of(self.text, tok.left_edge.idx, group.idx + len(group.text))
                    return RoleActor(found.name, found.inter, found.country, whole, found.kind)
                if found is not None:
                    return found
        if stands_for_part(tok):  # "seven of the soldiers"; "seven of the houses" is no one
            counted = _prep_object(tok, ("of",))
            if counted is not None:
                return self.resolve(counted, cls, country, agent)
        span = Span.of(self.text, tok.left_edge.idx, tok.idx + len(tok.text))
        shared = _shared_militia_head(tok)
        if shared is not None:  # "Akyode and Chala Ethnic Militias", "NDC and NPP militias": A's head is B's
            whole = Span.of(self.text, tok.left_edge.idx, shared.idx + len(shared.text))
            found = self._named_militia(shared, _name_words(tok), country, whole)
            if found is not None:
                return found
        table_named = self.by_token.get(tok.i)  # "Anti-Balaka militiamen": the table's group, whose name
        table_named = table_named if table_named is not None and table_named.kind in ("rebel", "militia") and not (
            table_named.name.startswith("Unidentified")) else None
        if tok.lower_ in MILITIA_HEADS and _name_words(tok) and table_named is None:  # "the Nadu Warriors militia"
            found = self._named_militia(tok, _name_words(tok), country, span)
            if found is not None:
                return found
        known = self.by_token.get(tok.i)
        if agent and cls in VIOLENT_OR_MOVE and (known is None or known.name.startswith("Unidentified")):
            local = self._local_group(tok, country, span)  # "bandits from Kaya" before "bandits"
            if local is not None:
                return local
        if (known is None or known.name.startswith("Unidentified")) and _the_armed(tok):
            # "Gunmen of the Gran Grif gang ... exchanged fire with the gang members": the group named before
            antecedent = self._antecedent(tok, armed=True)
            if antecedent is not None and not antecedent.name.startswith("Unidentified") and antecedent.inter in (2, 3):
                return RoleActor(antecedent.name, antecedent.inter, antecedent.country, span)
        for t in [tok, *(c for c in tok.children if c.dep_ in ("compound", "poss", "appos"))]:
            if t is not tok and tok.lower_ in PUBLIC_SERVICE_SITES:
                continue  # "a government college": its students, not the government
            if t.i in self.by_token:
                actor = self.by_token[t.i]
                if t is not tok and tok.lower_ in FORCE_NOUNS | {"troops"} and actor.kind == "government":
                    continue  # "government forces": the state's army (below), not its officials
                if (country and actor.country != country and actor.id.startswith(GENERIC_FORCE_IDS)
                        and self._nationality(tok) is None
                        and not any(w.ent_type_ in ("GPE", "NORP") for w in tok.sent)):
                    # "Police used water cannon ...": with no country in its sentence, the police of the country
                    # the event took place in, not of the country the document is mostly about
                    here = self.table.match(t.text, country) if self.table is not None else None
                    if here is not None and here.id.startswith(GENERIC_FORCE_IDS):
                        actor = here
                return RoleActor(actor.name, actor.inter, actor.country, span, actor.kind)
        low = tok.lower_
        words = {t.lower_ for t in _np_tokens(tok)}
        definite = not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        if definite and (low in GROUP_WORDS or (low in ("jihadists", "jihadist") and "the" in words)):
            antecedent = self._antecedent(tok, armed=True)
            if antecedent is not None:
                return RoleActor(antecedent.name, antecedent.inter, antecedent.country, span)
        if agent and low in COMMUNAL and cls in VIOLENT_OR_MOVE:  # herders who attack are a communal militia
            named = of_country("Unidentified Communal Militia", self._nationality(tok) or country)
            return RoleActor(named, 4, country, span)
        if self.table is not None and low not in PRONOUNS:
            matched = self.table.match(_phrase(tok), country)
            if matched is not None:
                return RoleActor(matched.name, inter_for(matched, country), matched.country, span, matched.kind)
        return self._generic(tok, words, cls, country, span)

    def _local_group(self, tok: Token, country: str | None, span: Span) -> RoleActor | None:
        """The perpetrators of violence named by their ethnic group ("a suspected Fulani", "Konkomba
        gunmen") or by their community ("youths from Kaya", "a militia of Lomo village"): an identity
        militia, inter 4 ("Fulani Ethnic Militia (Ghana)", "Kaya Communal Militia (Ghana)")."""
        if tok.pos_ == "PROPN" or tok.ent_type_ == "NORP":
            group = ethnic_group(tok.text)
            if group is not None:
                where = geo.country_name(country or group[1])
                return RoleActor(f"{group[0]} Ethnic Militia ({where})", 4, country or group[1], span, "militia")
        for c in tok.children:  # "Kaya residents", "angry Kaya youths": the group's name before its members
            group = ethnic_group(c.text) if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() else None
            if group is not None and (tok.lower_ in CIVILIANS or tok.lower_ in LOCAL_GROUP_HEADS):
                where = geo.country_name(country or group[1])
                return RoleActor(f"{group[0]} Ethnic Militia ({where})", 4, country or group[1], span, "militia")
        if tok.lower_ in LOCAL_GROUP_HEADS:
            home = _prep_object(tok, ("from", "of"))
        elif tok.lower_ in FROM_GROUP_HEADS:
            home = _prep_object(tok, ("from",))
        else:
            return None
        if home is None or geo.country_of(home.text):  # "fighters from Somalia" are not a community
            return None
        if home.lower_ in ("community", "village", "town", "area", "clan"):  # "from Kaya community"
            home = next((c for c in home.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if home is None or home.pos_ != "PROPN" or not home.text[:1].isupper():
            return None
        words = {home.i: home, **{c.i: c for c in home.children if c.dep_ == "compound" and c.pos_ == "PROPN"}}
        name = " ".join(words[i].text for i in sorted(words))
        group = ethnic_group(name)
        where = geo.country_name(country)
        suffix = f" ({where.removeprefix('the ')})" if where else ""
        if group is not None:
            return RoleActor(f"{group[0]} Ethnic Militia{suffix}", 4, country, span, "militia")
        return RoleActor(f"{name} Communal Militia{suffix}", 4, country, span, "militia")

    def _named_militia(self, head: Token, names: list[Token], country: str | None, span: Span) -> RoleActor | None:
        """A militia named by its people or place ("Chala Ethnic Militias", "the Nadu Warriors militia"): an
        identity militia, inter 4; a party's ("NPP militias") is that party, its armed wing (inter 3)."""
        name = " ".join(t.text for t in names)
        if not name or geo.country_of(name):
            return None  # "Somali militias" are not a community
        if self.table is not None:
            matched = self.table.match(name, country)
            if matched is not None and not matched.name.startswith(("Unidentified", "Civilians", "Protesters",
                                                                   "Rioters")):
                return RoleActor(matched.name, inter_for(matched, country), matched.country, span, matched.kind)
        group = ethnic_group(name)
        ethnic = group is not None or any(c.lower_ in ("ethnic", "tribal") for c in head.children)
        where = geo.country_name(country or (group[1] if group else None))
        suffix = f" ({where.removeprefix('the ')})" if where else ""
        label = f"{group[0] if group else name} {'Ethnic' if ethnic else 'Communal'} Militia{suffix}"
        return RoleActor(label, 4, country or (group[1] if group else None), span, "militia")

    def _nationality(self, tok: Token) -> str | None:
        for t in _np_tokens(tok):
            if t.ent_type_ in ("GPE", "NORP") or t.tag_ == "NNP":
                code = geo.country_of(t.text) if t.text != "us" else None
                if code:
                    return code
        return None

    def _generic(
        self, tok: Token, words: set[str], cls: str, country: str | None, span: Span
    ) -> RoleActor | None:
        nation = self._nationality(tok)
        low = tok.lower_
        if tok.ent_type_ == "PERSON" or low in ("he", "she") or low in TITLES:
            person = self._person(tok)
            if person is None and (low not in TITLES or self._nationality(tok) is None):
                return None
            category, nation2 = person or ("gov" if low in GOVERNMENT else "mil", None)
            nation = nation or nation2
            words = {"troops"} if category == "mil" else {"government"}
        elif tok.ent_type_ == "GPE" and geo.country_of(tok.text):
            nation = geo.country_of(tok.text)
            words = {"troops"} if cls in VIOLENT_OR_MOVE else {"government"}
        where = nation or country
        name = geo.country_name(where)
        head_words = {low} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
        if low in UNIT_NOUNS:  # "a police patrol team": the compound's own compound names the force
            head_words |= {g.lower_ for c in tok.children if c.dep_ == "compound" for g in c.children
                           if g.dep_ in ("compound", "amod")}
        if cls in MOVE_CLASSES and head_words & (MILITARY | {"troops"}):
            words = words | {"troops"}
        if low in MILITARY_SITES and not head_words & (ARMED | POLICE):
            # "attacked an army base", "ambushed a convoy"; a site its sentence says police held is theirs
            # ("Two policemen were killed when gunmen attacked a checkpoint")
            said = {t.lower_ for t in tok.sent}
            police = bool(said & (POLICE - {"officer", "officers"})) and not said & (MILITARY - FORCE_NOUNS)
            head_words = head_words | ({"police"} if police else {"military"})
        mission = self.table.get(PEACE_MISSIONS.get(where or "", "")) if self.table is not None else None
        if head_words & PEACEKEEPING and mission is not None:  # "UN peacekeepers", "a peacekeeping patrol"
            return RoleActor(mission.name, 8, where, span, mission.kind)
        weapon = low in STATE_WEAPONS or (low in WEAPON_ACT_NOUNS and head_words & STATE_WEAPONS)
        if weapon and nation is not None:
            # "Russian missiles hit ...", "a Ukrainian drone attack set a depot ablaze": that state's forces
            head_words = head_words | {"military"}
        if low in ("guard", "guards", "guardsmen") and head_words & GUARD_QUALIFIERS:
            head_words = head_words | {"military"}  # "the National Guard", "the Republican Guard": the army's
        if low in FORCE_NOUNS | {"troops", "fighters", "units"} and head_words & NON_STATE_QUALIFIERS:
            # "rebel forces", "resistance forces", "opposition troops": an armed group, not the state's army
            return unidentified(where, span)
        if low in FORCE_NOUNS | {"troops"} and head_words & {"government", "state", "regime", "federal"}:
            # "government forces", "regime troops": the state's army, not its officials
            inter = 1 if (country is None or where == country) else 8
            return RoleActor(f"Military Forces of {name}" if name else "Unidentified Military Forces", inter, where,
                             span)
        if head_words & POLICE and not head_words & MILITARY - FORCE_NOUNS:  # "police forces", "police units"
            return RoleActor(f"Police Forces of {name}" if name else "Police Forces", 1, where, span)
        if (
            head_words & MILITARY
            or (words & {"troops"} and not head_words & ARMED)
            or (head_words & {"fighters"} and words & PRO_STATE)
        ):
            inter = 1 if (country is None or where == country) else 8
            return RoleActor(
                f"Military Forces of {name}" if name else "Unidentified Military Forces", inter, where, span
            )
        if head_words & POLICE:
            return RoleActor(f"Police Forces of {name}" if name else "Police Forces", 1, where, span)
        if low in PUBLIC_SERVICE_SITES:
            return None  # "a government college", "a state hospital": its students and patients, not the state
        if head_words & GOVERNMENT or words & {"government"}:
            return RoleActor(f"Government of {name}" if name else "Government", 1, where, span)
        if head_words & ARMED or (low in UNKNOWN_HEADS and head_words & UNKNOWN_WORDS):
            return unidentified(where, span)
        if head_words & PROTESTERS:
            return RoleActor(of_country("Protesters", where), 6, where, span)
        if low == "youth" and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                                             for c in tok.children):
            # "arrested a youth", "a youth was stabbed": one person, not a rioting crowd
            return RoleActor(of_country("Civilians", where), 7, where, span)
        if head_words & RIOTERS:
            return RoleActor(of_country("Rioters", where), 5, where, span)
        if head_words & CIVILIANS or tok.like_num:
            return RoleActor(of_country("Civilians", where), 7, where, span)
        return None

    def _person(self, tok: Token) -> tuple[str, str | None] | None:
        if tok.lower_ in ("he", "she"):
            before = [e for e in doc_ents(self.doc) if e.label_ == "PERSON" and e.end <= tok.i]
            if not before:
                return None
            tok = before[-1].root
        for t in tok.subtree:  # "the Minister of the Armed Forces Florence Parly"
            if t.tag_ == "NNP" and t.text in self.persons:
                return self.persons[t.text]
        return None


def named_before(resolver: Resolver, m: Mention) -> RoleActor | None:
    """The armed group (rebels, militia) the actor stage found in the sentence before the trigger, when the
    parse gives the act no agent (headlines parse badly: "Kaya raiders attack and kill two herders")."""
    for tok in reversed(m.sent[: m.trigger.i - m.sent.start]):
        actor = resolver.by_token.get(tok.i)
        if actor is not None and actor.inter in (2, 3, 4) and not actor.name.startswith("Unidentified Armed"):
            span = Span.of(resolver.text, tok.idx, tok.idx + len(tok.text))
            return RoleActor(actor.name, actor.inter, actor.country, span, actor.kind)
    return None


NO_ONE = frozenset({"nobody", "none"})
# the separate-incident cues of ``mentions`` that leave no doubt ("earlier" may tell the same group's act)
SEPARATE_WORDS = SEPARATE_CUES - {"earlier", "previously"}
SUSPECTING = frozenset("suspect suspects suspected blame blamed blames believed attributed".split())


def unattributed(m: Mention) -> bool:
    """The report leaves the act to no one: it says no one claimed it ("No one claimed the blast", "no group
    has claimed responsibility", "there was no immediate claim") in its sentence or the next, and names no
    suspect there, or tells it as a separate incident ("Separately, a roadside bomb hit a minibus"). The one
    armed group the document names elsewhere is then no suspect of it."""
    doc = m.sent.doc
    if {t.lower_ for t in m.sent} & SEPARATE_WORDS:
        return True
    sents = [m.sent] + ([doc[m.sent.end].sent] if m.sent.end < len(doc) else [])
    if any(t.lower_ in SUSPECTING for sent in sents for t in sent):
        return False  # "Authorities suspect al Shabaab, though no group has claimed responsibility"
    for sent in sents:
        for tok in sent:
            if tok.lower_ not in CLAIM_WORDS:
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if (any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
                    or any(s.lower_ in NO_ONE or any(d.lower_ == "no" for d in s.children) for s in subjects)):
                return True
    return False


def suspected(resolver: Resolver) -> RoleActor | None:
    """The perpetrator of violence the parse leaves unnamed, when the report names exactly one armed group
    (a rebel group or militia, not a party): "an explosive planted by suspected X militants went off", "X
    claimed responsibility" in another sentence. ACLED codes the suspected or claiming group as actor1."""
    groups = [
        a
        for a in resolver.actors
        if a.inter in (2, 3) and a.kind in ("rebel", "militia") and not a.name.startswith("Unidentified")
    ]
    if len(groups) != 1:
        return None
    group = groups[0]
    mention = group.mentions[0] if group.mentions else Span(0, 0, "")
    return RoleActor(group.name, group.inter, group.country, mention, group.kind)


def of_country(label: str, country: str | None) -> str:
    """An ACLED generic actor's name with its country: "Civilians (Kenya)", "Unidentified Armed Group (Mali)";
    the label alone where the country is unknown."""
    name = geo.country_name(country)
    return f"{label} ({name.removeprefix('the ')})" if name else label


def unidentified(country: str | None, span: Span) -> RoleActor:
    """ACLED's actor for violence whose perpetrator the report does not name ("a man was shot dead")."""
    return RoleActor(of_country("Unidentified Armed Group", country), 3, country, span)


# People who attack "armed with" weapons: a community's (a communal militia) or a few men's (an armed group).
ARMED_COMMUNITY = frozenset({"villagers", "residents", "youths", "youth", "tribesmen", "community", "locals"})
ARMED_INDIVIDUALS = frozenset({"men", "people", "persons", "individuals", "group"})
STORM_FORMS = frozenset({"stormed", "storm", "storms", "storming", "invaded", "invade", "invading"})


def _armed_with(tok: Token) -> bool:
    """ "villagers armed with machetes", "three men, armed with pangas", "a group of youth armed with swords"."""
    nouns = [tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj")]
    return any(c.lower_ == "armed" and c.dep_ in ("acl", "amod", "appos", "advcl")
               and any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
               for n in nouns for c in n.children)


def communal(actor: RoleActor | None, country: str | None) -> RoleActor | None:
    """A crowd or community that fights a battle is, for ACLED, a communal militia (civilians are never
    a side of a battle)."""
    if actor is None or actor.inter not in (5, 7) or actor.kind == "party":
        return actor
    where = actor.country or country
    return RoleActor(of_country("Unidentified Communal Militia", where), 4, where, actor.span)


# Words that place unattributed violence in a communal conflict, and the kind of militia each implies:
# ACLED codes the unnamed perpetrators of clan, ethnic, land and cattle-raiding violence as identity
# militias (inter 4), not as an Unidentified Armed Group.
COMMUNAL_CUES = {
    "ethnic": "Ethnic",
    "inter-ethnic": "Ethnic",
    "interethnic": "Ethnic",
    "tribal": "Ethnic",
    "tribe": "Ethnic",
    "tribes": "Ethnic",
    "clan": "Clan",
    "clans": "Clan",
    "inter-clan": "Clan",
    "communal": "Communal",
    "intercommunal": "Communal",
    "inter-communal": "Communal",
    "chieftaincy": "Communal",
    "rustlers": "Communal",
    "rustling": "Communal",
    "rustled": "Communal",
    "raiders": "Communal",
    "revenge": "Communal",
    "retaliatory": "Communal",
    "reprisal": "Communal",
}
# Two-word cues: "land dispute", "cattle raid", "livestock theft", "grazing land".
COMMUNAL_PAIRS = {
    ("land", "dispute"),
    ("land", "disputes"),
    ("boundary", "dispute"),
    ("border", "dispute"),
    ("grazing", "land"),
    ("grazing", "rights"),
    ("pasture", "dispute"),
    ("rival", "groups"),
    ("rival", "factions"),
    ("rival", "communities"),
    ("rival", "villages"),
    *((first, second) for first in ("cattle", "livestock") for second in (
        "raid", "raids", "raiders", "raiding", "theft", "thefts", "thieves", "rustlers", "rustling"
    )),
}


LIVESTOCK = frozenset({"cattle", "cows", "goats", "sheep", "camels", "livestock", "animals", "herd", "herds"})
RAIDING = frozenset(
    {"raid", "raids", "raided", "raiding", "raiders", "stole", "stolen", "stealing", "steal", "looted", "rustled"}
)


def communal_kind(tokens: list[Token]) -> str | None:
    """The kind of identity militia ("Ethnic", "Clan", "Communal") that the words of ``tokens`` place a
    conflict in, or None. The most specific cue wins: ethnic, then clan, then communal."""
    words = [t.lower_ for t in tokens]
    found = {COMMUNAL_CUES[w] for w in words if w in COMMUNAL_CUES}
    found |= {"Communal" for pair in zip(words, words[1:], strict=False) if pair in COMMUNAL_PAIRS}
    if LIVESTOCK & set(words) and RAIDING & set(words):  # "raided the village and drove away 300 goats"
        found.add("Communal")
    return next((kind for kind in ("Ethnic", "Clan", "Communal") if kind in found), None)


UNKNOWN_MARKERS = frozenset({"unidentified", "unknown", "unnamed", "anonymous"})
# Heads that already name a communal perpetrator, known or not: "unidentified militia", "unknown cattle rustlers".
COMMUNAL_NAMES = frozenset({"militia", "militias", "militiamen", "raiders", "rustlers", "warriors"})


def in_communal_conflict(actor: RoleActor | None, kind: str | None, country: str | None) -> RoleActor | None:
    """An Unidentified Armed Group in a communal conflict of ``kind`` is an Unidentified <kind> Militia, unless the
    report itself calls the perpetrators unknown ("unidentified gunmen", "unknown attackers"): ACLED keeps those
    an Unidentified Armed Group; an "unidentified militia", "unknown raiders" or "unidentified ethnic group" are
    still communal."""
    if actor is None or kind is None or not actor.name.startswith("Unidentified Armed Group"):
        return actor
    words = set(actor.span.text.lower().split())
    if words & UNKNOWN_MARKERS and not words & (COMMUNAL_NAMES | COMMUNAL_CUES.keys()):
        return actor
    where = actor.country or country
    return RoleActor(of_country(f"Unidentified {kind} Militia", where), 4, where, actor.span, "militia")


SIDE_SKIP_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


def sides(
    resolver: Resolver, m: Mention, actor2: RoleActor | None, country: str | None
) -> tuple[RoleActor | None, RoleActor | None]:
    """The sides of a battle whose parse names no agent, in the order the sentence names them: "clashes
    were reported between the A militia and B militia", "fighting involving police and gang members". The
    victims of its casualty words are not sides."""
    victims = {c.i for c in m.casualties}
    found: list[RoleActor] = []
    for tok in m.sent:
        if (
            tok.pos_ not in ("NOUN", "PROPN")
            or tok.dep_ in ("compound", "amod", "poss")
            or tok.ent_type_ in SIDE_SKIP_ENTS
            or tok.head.i in victims
            or (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on", "after", "before"))  # "during a patrol"
        ):
            continue
        actor = resolver.resolve(tok, m.cls, country, agent=True)
        if actor is not None and all(actor.name != a.name for a in found):
            found.append(actor)
    others = [a for a in found if actor2 is None or a.name != actor2.name]
    if not others:
        return None, actor2
    if actor2 is None and len(others) > 1:
        return others[0], others[1]
    return others[0], actor2


# Verbs that tell who an unnamed group is: "men believed to be soldiers", "a gang suspected to be X".
IDENTITY_VERBS = frozenset(
    {"believed", "suspected", "thought", "presumed", "identified", "said", "reported", "understood", "alleged"}
)
HEDGES = frozenset({"presumably", "reportedly", "allegedly", "suspected", "likely", "possibly", "probably"})


MILITIA_HEADS = frozenset({"militia", "militias", "militiamen"})
# Modifiers of a militia's head that say its kind, not its name ("Ethnic" is capitalised in "Chala Ethnic Militias")
KIND_WORDS = frozenset({"ethnic", "communal", "clan", "tribal", "armed", "local", "rival", "youth", "party"})


# Nouns for an armed group's people that, with "the", name the group told before ("the gang members", "the
# insurgents", "the rebels").
ARMED_BACK_NOUNS = frozenset("gang gangs militants insurgents rebels jihadists militant insurgent rebel".split())


def _the_armed(tok: Token) -> bool:
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or _name_words(tok):
        return False
    return tok.lower_ in ARMED_BACK_NOUNS or (tok.lower_ in MEMBER_NOUNS and any(
        c.dep_ == "compound" and c.lower_ in ARMED_BACK_NOUNS for c in tok.children))


def _name_words(tok: Token) -> list[Token]:
    """The proper-noun words that name a group: a militia head's capitalised modifiers ("Nadu Warriors" in
    "the Nadu Warriors militia"), or a bare name and its own compounds ("Akyode")."""
    if tok.lower_ in MILITIA_HEADS:
        words = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
        words = [w for w in words if w.pos_ == "PROPN" and w.text[:1].isupper() and w.lower_ not in KIND_WORDS]
        # the words between the first name and the head, in order ("Nadu Warriors")
        start = min((w.left_edge.i for w in words), default=tok.i)
        return [t for t in tok.doc[start : tok.i] if t.lower_ not in KIND_WORDS and t.pos_ == "PROPN"]
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return []
    return [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.pos_ == "PROPN" and t.lower_ not in KIND_WORDS]


def _previous_owner(tok: Token) -> Token | None:
    """The body an "its" goes on about when its own sentence names none before it: the singular subject of
    the sentence before ("The RSF has used drones since March. On Saturday, its fighters shelled ...")."""
    sent = tok.sent
    if tok.lower_ != "its" or sent.start == 0 or any(
            t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") for t in tok.doc[sent.start: tok.i]):
        return None
    before = tok.doc[sent.start - 1].sent
    subj = _child(before.root, ("nsubj",))
    return None if subj is None or subj.lower_ in PRONOUNS or subj.tag_ in ("NNS", "NNPS") else subj


FORMER_WORDS = frozenset({"former", "retired", "ex", "erstwhile"})


def _former_member(tok: Token) -> bool:
    """A member of the forces who no longer serves ("a former army officer", "a retired police
    inspector", "an ex-soldier"): ACLED counts them civilians."""
    words = {t.lower_ for t in tok.lefts if t.i < tok.i} | {
        g.lower_ for c in tok.children if c.dep_ in ("compound", "amod") for g in c.children}
    head_words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    return bool(words & FORMER_WORDS) and bool(head_words & (MILITARY | POLICE | {"officer", "officers"}))


def _previous_subject(tok: Token) -> Token | None:
    """The people a sentence-opening "They" goes on about: the plural subject of the sentence before, when
    that sentence has an acting (not a passive) subject ("Twenty soldiers stopped a bus. They beat the
    driver.")."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
        return None
    sent = tok.sent
    if sent.start == 0 or any(t.pos_ in ("NOUN", "PROPN") for t in tok.doc[sent.start : tok.i]):
        return None
    before = tok.doc[sent.start - 1].sent
    subj = _child(before.root, ("nsubj",))
    if subj is None or subj.lower_ in PRONOUNS or subj.tag_ not in ("NNS", "NNPS"):
        return None
    return subj


def _shared_militia_head(tok: Token) -> Token | None:
    """The militia head a bare name shares with the name joined to it: "Akyode" in "Akyode and Chala Ethnic
    Militias" (the parser makes "Militias" a conjunct of "Akyode")."""
    if tok.pos_ != "PROPN" or tok.lower_ in MILITIA_HEADS:
        return None
    for c in tok.children:
        if c.dep_ == "conj" and c.lower_ in MILITIA_HEADS and _name_words(c):
            return c
    return None


def _identity(tok: Token) -> Token | None:
    """The phrase that says who the people of ``tok`` are: "men, believed to be police officers", "a group of
    people, presumably soldiers", "a gang (suspected to be X militiamen)"; also on the phrase's "of" object or
    on the verb it is the subject of ("a group of men, believed to be police, attacked ...")."""
    holders = [tok, *(o for o in [_prep_object(tok, ("of",))] if o is not None)]
    if tok.dep_ == "nsubj" and tok.head.lower_ in IDENTITY_VERBS:
        holders.append(tok.head)
    for node in holders:
        for c in node.children:
            if c.dep_ == "appos" and any(h.lower_ in HEDGES for h in c.children):
                return c
            if (c.dep_ == "acl" or node.i == tok.head.i) and c.lower_ in IDENTITY_VERBS | {"be"}:
                verb = c if c.lower_ == "be" else _child(c, ("xcomp",))
                attr = _child(verb, ("attr",)) if verb is not None and verb.lower_ == "be" else None
                if attr is not None:
                    return attr
    return None


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def fought_with(fight: Token) -> Token | None:
    """The other side of a fight noun: "fighting with the Congolese army", "clashes against the rebels"."""
    return _prep_object(fight, ("with", "against"))


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of a preposition of ``tok`` ("attacked by X", "clashed with Y"); never a date."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            obj = _child(c, ("pobj",))
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def _set_off(first: Token, second: Token) -> bool:
    """``first`` is an appositive set off by commas right before ``second`` (", the region's largest city,
    police ..."), which the parser made a second subject."""
    doc = first.doc
    comma = second.left_edge.i - 1
    return (comma > 0 and doc[comma].text == "," and first.right_edge.i + 1 == comma
            and first.left_edge.i > 0 and doc[first.left_edge.i - 1].text == ",")


def _subject(verb: Token) -> Token | None:
    """Subject of a verb, climbing control and coordination ("continues to launch", "attacked and killed")."""
    node = verb
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        subj = subjects[0] if subjects else None
        if len(subjects) == 2 and _set_off(subjects[0], subjects[1]):
            subj = subjects[1]  # "In Gondar, the region's largest city, police arrested ...": the second acts
        if subj is not None:
            return subj
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "acl" and node.head.dep_ in ("dobj", "attr", "nsubj"):
            poss = _child(node.head, ("poss",))
            node = node.head.head  # "announced its intention to withdraw"
            if poss is None and node.dep_ == "relcl":
                return node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            node = node.head.head  # "were accused of beating", "arrested X for killing": who did the act
            controller = _child(node, ("dobj",)) if node.lower_ in ACCUSE_VERBS else None
            controller = controller or _child(node, ("nsubjpass",))
            if controller is not None:
                return controller
        elif node.dep_ in ("dobj", "pobj", "prep") and node.head.i != node.i:
            node = node.head
        else:
            return None
    return None


# Verbs whose object (or passive subject) did the act of their gerund complement: "police accused the
# guards of beating a man", "two men were arrested for stabbing a trader".
ACCUSE_VERBS = frozenset(
    {
        *("accuse", "accuses", "accused", "suspect", "suspects", "suspected", "blame", "blames", "blamed"),
        *("charge", "charges", "charged", "arrest", "arrests", "arrested", "detain", "detains", "detained"),
        *("convict", "convicts", "convicted", "indict", "indicts", "indicted", "sentenced"),
    }
)


def agent_and_patient(m: Mention) -> tuple[Token | None, Token | None, Token | None]:
    """(agent, patient, claimer) tokens of a mention."""
    t = m.trigger
    if t.lower_ in PARTICIPANT_NOUNS:  # "police dispersed protesters": the protesters act, police intervene
        return t, _subject(t.head) if t.dep_ in ("dobj", "pobj", "nsubjpass") else None, None
    agent = patient = claimer = None
    if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"):
        passive = _child(t, ("nsubjpass",))
        if passive is None and t.dep_ == "conj" and t.tag_ == "VBN" and _child(t, ("nsubj", "dobj")) is None:
            passive = _child(t.head, ("nsubjpass",))  # "was robbed and beaten by X": the shared passive subject
        if passive is None and _child(t, ("agent",)) is not None and _child(t, ("dobj", "auxpass")) is None:
            passive = _child(t, ("nsubj",))  # a headline's passive read as a past tense: "Chief killed by X"
        subject = _child(t, ("nsubj",))
        noun_subject = subject is not None and subject.pos_ in ("NOUN", "PROPN") and not subject.like_num
        if passive is None and t in m.casualties and elliptic_passive(t) and noun_subject:
            passive = subject  # "Police reservist killed in Isiolo" (not "Two killed": a count says no one)
        if passive is None and noun_subject and _child(t, ("dobj",)) is None and any(
                c.dep_ == "conj" and c in m.casualties and c.tag_ == "VBN" and elliptic_passive(c)
                and _child(c, ("nsubj", "nsubjpass")) is None for c in t.children):
            passive = subject  # "Four police officers shot at and injured": the headline's passive, shared
        if passive is not None or _child(t, ("auxpass",)) is not None:
            patient = passive
            agent = _prep_object(t, ("by",)) or _shared_agent(t) or _clause_agent(t)
        elif t.dep_ == "acl" and t.tag_ == "VBN" and (
                _child(t, ("agent",)) is not None or _child(t, ("dobj",)) is None):
            # a reduced passive: "3 gangsters killed by police, an inquiry began"; with no "by", its doer is
            # untold ("police rescued 20 people kidnapped from a village": not the police)
            patient = t.head
            agent = _prep_object(t, ("by",))
        else:
            agent = _subject(t)
            patient = _child(t, ("dobj",))
            if patient is not None and (patient.lower_ in FIRED_THINGS or patient.lower_ == "fire"):
                patient = None  # "fired live rounds at protesters", "opened fire on a bus": what was fired at
            patient = patient or _prep_object(t, ("on", "against", "with", "at"))
    else:
        agent = _prep_object(t, ("by",)) or _child(t, ("poss",))
        for acl in (c for c in t.children if c.dep_ == "acl"):
            agent = agent or _prep_object(acl, ("by",))
        patient = _prep_object(t, ("on", "against", "of", "with", "targeting"))
        between = _prep_object(t, ("between",))
        if between is not None:
            agent = between
            patient = _child(between, ("conj",))
        if t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.head.pos_ in ("VERB", "AUX"):
            # "the convoy came under fire from militants": the attackers after "from", the convoy hit
            came = t.head.head
            agent = agent or _prep_object(t, ("from",)) or _prep_object(came, ("from",))
            patient = patient or _child(came, ("nsubj",))
        compound = _child(t, ("compound",))
        if agent is None and compound is not None and not any(ch.isdigit() for ch in compound.text) and (
                compound.pos_ == "PROPN" or _force_word(compound) or compound.lower_ in CROWD_COMPOUNDS):
            # "an ADF attack", "a police raid", "police forces assault", "a mob attack" (not a weapon's model:
            # "launched S-300 missiles", "Shahed-136 drones")
            agent = compound
        if agent is None:
            agent, claimer = _launcher(t)
        if agent is None and _national_weapon(t):
            agent = t  # "Russian missiles hit ...": the nation's forces that fired them (see Resolver._generic)
        if agent is None:  # "a military air strike": the forces of the country it happened in
            modifiers = [g for left in t.lefts for g in (left, *left.children)]
            agent = next((g for g in modifiers if g.dep_ in ("amod", "compound") and g.lower_ in ("military", "army")),
                         None)
    if (
        agent is not None and agent in m.modifiers and agent.lower_ not in PARTICIPANT_NOUNS
    ):  # "an IED planted by X"
        inner = _prep_object(agent, ("by",)) or next(
            (a for acl in agent.children if acl.dep_ == "acl" for a in [_prep_object(acl, ("by",))] if a),
            None,
        )
        agent = inner or _launcher(agent)[0] or (agent if _national_weapon(agent) else None)
    if patient is None and agent is not None and m.cls == "clash":  # "soldiers and rebels clashed"
        patient = _child(agent, ("conj",))  # (the other side, before the dead of the toll told after)
    if patient is not None and patient.lower_ in REFLEXIVES:
        patient = None  # "blew himself up": the bomber, not a victim
    # the gathering a bomb hit ("exploded at a rally") or a thing ("opened fire on a bus"): the people its
    # sentence says were killed there are the victims ("..., killing five passengers")
    told_with = patient is not None and (patient in m.modifiers or (
        patient.lower_ in PROPERTY_NOUNS and m.cls != "abduct" and not _held_site(patient)))
    named = _victims(m, m.sent) if told_with else None
    if patient is not None and _held_site(patient) and not told_with:
        # "rockets struck the air base, wounding several U.S. personnel": the forces hurt there hold it
        hurt = _victims(m, m.sent)
        named = hurt if hurt is not None and hurt.lower_ in MILITARY | POLICE else None
    if named is not None:
        patient = named
    elif patient is None or _a_place(patient):
        # "stormed the town, killing 12 people": those killed are the attack's victims, not the town
        patient = _victims(m) or patient
    return agent, patient, claimer


REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
GENERIC_FORCE_IDS = ("police-forces-", "military-forces-")  # the table's ids of generic state forces
# Sites that forces hold: an attack on one is on its holders, whoever its toll names.
HELD_SITES = frozenset("post posts station stations camp camps checkpoint checkpoints barracks outpost outposts "
                       "base bases".split())


def _held_site(tok: Token) -> bool:
    """A site forces hold ("a police post", "the camp") or a force's vehicle ("a military truck")."""
    return tok.lower_ in HELD_SITES or any(c.dep_ in ("compound", "amod") and _force_word(c) for c in tok.children)


SETTLEMENT_NOUNS = frozenset("town towns city village villages locality localities neighbourhood neighborhood "
                             "district area region province capital settlement hamlet".split())


def _a_place(tok: Token) -> bool:
    """A settlement, not people or a site someone holds: a place's name or a word for a settlement ("the town",
    "a village"; not "a military base", whose holders are the patient)."""
    return tok.ent_type_ in ("GPE", "LOC") or tok.lower_ in SETTLEMENT_NOUNS


WEAPON_ACT_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "barrage", "barrages"})


def _national_weapon(tok: Token) -> bool:
    """A weapon armies fire, named with a nation ("Russian missiles", "Turkish drones", "a Ukrainian drone
    attack", "a Russian missile strike")."""
    weapon = tok.lower_ in STATE_WEAPONS or (tok.lower_ in WEAPON_ACT_NOUNS and any(
        c.dep_ == "compound" and c.lower_ in STATE_WEAPONS for c in tok.children))
    # the nation may hang on the weapon's compound: "a Russian missile strike" ("Russian" on "missile")
    named = [*tok.children, *(g for c in tok.children if c.dep_ == "compound" for g in c.children)]
    return weapon and any(c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() for c in named)


def _force_word(tok: Token) -> bool:
    """Whether a common noun names an armed force or group, on its own or through its modifiers ("police",
    "police forces", "army", "militia", "bandit")."""
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ == "compound"}
    return bool(words & (MILITARY | POLICE | ARMED)) and tok.lower_ not in MILITARY_SITES


def _shared_agent(verb: Token) -> Token | None:
    """The "by"-agent that coordinated passive verbs share: "was assaulted and injured by police", "were
    harassed, beaten and injured by police" (the agent on a later conjunct, or on the first one)."""
    siblings = [verb.head, *verb.head.children] if verb.dep_ == "conj" else []
    for c in [*verb.children, *siblings]:
        if c.i != verb.i and (c.dep_ == "conj" or c.i == verb.head.i) and c.tag_ == "VBN":
            found = _prep_object(c, ("by",))
            if found is not None:
                return found
    return None


FORCE_VERBS = WEAPON_VERBS | frozenset(
    {"shot", "shoot", "opened", "open", "attacked", "attack", "stormed", "raided", "beat", "charged"}
)


def _clause_agent(verb: Token) -> Token | None:
    """The agent of a passive event that an adverbial clause names: "a boy was wounded when police fired
    live bullets" -> police."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.lower_ in FORCE_VERBS and _child(c, ("auxpass",)) is None:
            subj = _child(c, ("nsubj",))
            if subj is not None and subj.lower_ not in PRONOUNS:
                return subj
    return None


# Nouns of an episode in which people were killed, whose killers the episode does not name ("killed in
# communal violence", "killed during a skirmish")
EPISODE_NOUNS = frozenset(
    {"violence", "unrest", "clash", "clashes", "skirmish", "skirmishes", "fighting", "chaos", "fracas", "riot",
     "riots", "protest", "protests", "demonstration", "demonstrations", "stampede"}
)
# Verbs of harm whose subject did the act their "in" phrase names (by lemma, through the lexicon's word forms:
# the parse carries no lemmas)
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "murder", "massacre"})


def _harm_doer(verb: Token, noun: Token, prep: str | None) -> Token | None:
    """Who killed or wounded "in" or "during" the act of ``noun``, when that is told as fact by an active verb:
    "gunmen killed 12 villagers in a raid", "the army said it killed 30 militants in air strikes" (the
    speaker). None for a passive's or a headline's victims ("three were killed in an attack", "Seventeen
    killed in church attack") and for a killing in a riot or a skirmish, whose crowd is not its doer."""
    if verb.pos_ != "VERB" or prep not in ("in", "during") or not HARM_LEMMAS.intersection(FORMS.get(verb.lower_, ())):
        return None
    subj = _child(verb, ("nsubj",))
    if (noun.lower_ in EPISODE_NOUNS or subj is None or subj.pos_ == "NUM" or subj.like_num
            or _child(verb, ("auxpass", "nsubjpass")) is not None or elliptic_passive(verb)):
        return None
    return _self_report(verb, subj) or subj


def _launcher(noun: Token) -> tuple[Token | None, Token | None]:
    """The subject of the verb that carries out or claims an event noun, and whether it is a claim."""
    node, claimed, prep = noun, False, None
    for _ in range(4):
        if node.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass"):
            prep = node.lower_ if node.dep_ == "prep" else prep
            came_as = node.dep_
            node = node.head
            if node.lower_ in BLAME_FORMS and not any(c.dep_ == "neg" for c in node.children):
                # "the army blamed the RSF for the strikes", "the bombing was blamed on Al Shabaab": the side
                # held to have done it, as a claim is
                blamed = _child(node, ("dobj",)) if prep == "for" else (
                    _prep_object(node, ("on",)) if came_as == "nsubjpass" else None)
                return (blamed, blamed) if blamed is not None else (None, None)
            claimed = claimed or node.lower_ in CLAIM_WORDS
            doer = _harm_doer(node, noun, prep)
            if doer is not None:
                return doer, None
            if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep":
                imposed = noun.lower_ in CURFEW_NOUNS and node.lower_ in CURFEW_VERBS  # "imposed a curfew"
                if node.lower_ in LIGHT_VERBS or node.lower_ in WEAPON_VERBS or claimed or imposed:
                    subj = _subject(node) or _prep_object(node, ("by",))
                    if claimed and _disowned(node, subj):
                        return None, None  # "no group has claimed", "X denied responsibility"
                    speaker = _self_report(node, subj)
                    if speaker is not None:  # "X said it carried out the attack": a claim by X
                        return speaker, speaker
                    return subj, subj if claimed else None
                return None, None
        else:
            break
    return None, None


BLAME_FORMS = frozenset({"blame", "blamed", "blames", "blaming"})


def _disowned(verb: Token, subj: Token | None) -> bool:
    """A claim that is denied or that nobody made: "denied responsibility", "has not claimed", "no group
    has claimed"."""
    if verb.lower_ in DENIAL_WORDS or any(c.dep_ == "neg" for c in verb.children):
        return True
    if subj is None:
        return False
    return subj.lower_ in ("nobody", "none", "no-one") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children
    )


AFFILIATION_WORDS = frozenset(
    {"linked", "affiliated", "allied", "loyal", "tied", "aligned", "connected", "affiliate", "offshoot"}
)
SELF_PRONOUNS = frozenset({"it", "they", "we"})
ADMIT_VERBS = frozenset(
    {"admitted", "admits", "admit", "acknowledged", "acknowledges", "confirmed", "confirms"}
)


def _self_report(verb: Token, subj: Token | None) -> Token | None:
    """The speaker of "X said it carried out the attack" (a pronoun subject of a clause reported by X): X
    claims the act. None when the clause is not reported by its own agent."""
    if subj is None or subj.lower_ not in SELF_PRONOUNS or verb.dep_ != "ccomp":
        return None
    head = verb.head
    if head.lower_ not in SPEECH_VERBS and head.lower_ not in CLAIM_WORDS and head.lower_ not in ADMIT_VERBS:
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None
    speaker = _child(head, ("nsubj",))
    if speaker is None or speaker.lower_ in PRONOUNS:
        return None
    return speaker


def _victims(m: Mention, sent: SpacySpan | None = None) -> Token | None:
    """The victims its casualty words name; with ``sent``, only those its sentence names by a noun ("killing
    five passengers", not "killing 20")."""
    for c in m.casualties:
        victim = _victim_of(c)
        if sent is None and victim is not None:
            return victim
        if sent is not None and sent.start <= c.i < sent.end and victim is not None and victim.pos_ in (
                "NOUN", "PROPN"):
            return victim
    return None


def _victim_of(c: Token) -> Token | None:
    """Who one casualty word says was hurt: its object or passive subject ("killed five", "five were
    killed"), the subject of "died", victims the parser hung on its complement, or the noun it describes."""
    victim = _child(c, ("nsubjpass", "dobj")) or (
        _child(c, ("nsubj",)) if c.lower_ in ("died", "die", "dies") else None
    ) or next(iter(complement_victims(c)), None)
    if victim is not None:
        return victim
    if c.dep_ in ("acl", "amod") and c.head.pos_ in ("NOUN", "PROPN"):
        return c.head
    return None
