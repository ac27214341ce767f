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

from eventwire.events.classify import TypeGuess
from eventwire.events.lexicon import BATTLE, CLASSES, PROTESTS, REMOTE, RIOTS, STRATEGIC, VAC, Code
from eventwire.events.mentions import Mention
from eventwire.events.roles import RoleActor

MIN_CONFIDENCE = 0.5
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
INTERVENTION = frozenset(
    {
        "tear",
        "teargas",
        "dispersed",
        "disperse",
        "dispersing",
        "arrested",
        "detained",
        "batons",
        "cannon",
        "rubber",
        "blocked",
        "clashed",
        "fired",
    }
)
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
        "vandalised",
        "vandalized",
        "set",
        "ablaze",
        "rioted",
        "pelted",
        "smashed",
        "violent",
    }
)


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
    if guess.event_type is not None and guess.confidence >= MIN_CONFIDENCE:
        base = Code(
            guess.event_type,
            guess.sub_event_type,
            guess.plover_type or base.plover_type,
            guess.plover_mode or base.plover_mode,
        )
    return _precedence(m, base, actor1, actor2, sentence_classes)


def _precedence(
    m: Mention, base: Code, actor1: RoleActor | None, actor2: RoleActor | None, sentence_classes: set[str]
) -> Code:
    words = {t.lower_ for t in m.sent}
    victims_civilian = actor2 is not None and actor2.inter == 7
    victims_armed = actor2 is not None and actor2.inter in ARMED_INTERS
    one_sided = base.sub_event_type in ("Attack", "Armed clash")
    violent = base.event_type in (BATTLE, VAC, REMOTE) or m.cls in ("looting", "attack", "clash")
    if actor1 is not None and actor1.inter in (5, 7) and violent:  # crowds of civilians: mob violence
        return Code(RIOTS, "Mob violence", "ASSAULT", "beat")
    if actor1 is not None and actor1.inter == 6 and violent:
        return Code(RIOTS, "Violent demonstration", "PROTEST", "riot")
    if actor2 is not None and actor2.inter == 6 and m.cls not in ("protest",):
        if violent and (m.casualties or m.cls == "attack"):
            return Code(PROTESTS, "Excessive force against protesters", "PROTEST", base.plover_mode)
        return Code(PROTESTS, "Protest with intervention", "PROTEST", "demo")
    if one_sided and victims_armed and m.cls != "abduct":
        return Code(BATTLE, "Armed clash", "ASSAULT", base.plover_mode)
    if (
        one_sided
        and m.cls in ("attack",)
        and (victims_civilian or (actor2 is None and "clash" not in sentence_classes))
    ):
        return Code(VAC, "Attack", "ASSAULT", base.plover_mode)
    if base.event_type == "Explosions/Remote violence" and "clash" in sentence_classes:
        return Code(BATTLE, "Armed clash", base.plover_type, base.plover_mode)
    if base.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory"):
        state = actor1 is not None and actor1.inter == 1
        sub = "Government regains territory" if state else "Non-state actor overtakes territory"
        return Code(BATTLE, sub, base.plover_type, base.plover_mode)
    if base.event_type == "Protests" and m.cls == "protest":
        hurt = bool(m.casualties) or bool(
            {"killed", "injured", "wounded", "shot"} & words
            and words & {"police", "security", "soldiers", "troops"}
        )
        if hurt:
            return Code("Protests", "Excessive force against protesters", "PROTEST", base.plover_mode)
        if words & RIOT_WORDS or "riot" in sentence_classes:
            return Code(RIOTS, "Violent demonstration", "PROTEST", "riot")
        if words & INTERVENTION or "arrest" in sentence_classes:
            return Code("Protests", "Protest with intervention", "PROTEST", base.plover_mode)
    if (
        m.cls == "withdraw"
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in m.trigger.children)
        and not any(c.dep_ == "dobj" for c in m.trigger.children)
    ):
        return Code(STRATEGIC, "Non-violent transfer of territory", "RETREAT", "withdraw")
    if base.sub_event_type == "Arrests" and actor1 is not None and actor1.inter in (2, 3, 4):
        return Code(VAC, "Abduction/forced disappearance", "ASSAULT", "abduct")
    return base


def classes_in(sent: SpacySpan, mentions: list[Mention]) -> set[str]:
    return {m.cls for m in mentions if m.sent.start == sent.start}
