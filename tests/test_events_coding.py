"""ACLED precedence rules (``events.coding``) on hand-built inputs: a parsed sentence of the project's own, the
classifier's guess and the two actors written out here, so no model decides the outcome."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events import coding, roles
from eventwire.events.classify import TypeGuess
from eventwire.events.mentions import Mention, find_mentions
from eventwire.events.roles import RoleActor
from eventwire.records import Article, Span

VAC = TypeGuess("Violence against civilians", "Attack", "ASSAULT", None, 0.9)
PEACEFUL = TypeGuess("Protests", "Peaceful protest", "PROTEST", "demo", 0.9)
RIOT = TypeGuess("Riots", "Violent demonstration", "PROTEST", "riot", 0.8)


def first_mention(nlp, text: str, trigger: str) -> Mention:
    doc = nlp(text)
    found = [m for sent in doc.sents for m in find_mentions(sent) if m.trigger.text == trigger]
    assert found, f"no mention of {trigger!r} in {text!r}"
    return found[0]


def civilians(phrase: str, text: str) -> RoleActor:
    """The generic civilian actor the roles step gives an agent, with its phrase as evidence."""
    start = text.index(phrase)
    return RoleActor("Civilians (Kenya)", 7, "KE", Span.of(text, start, start + len(phrase)))


CROWD_VIOLENCE = [
    ("Two men stabbed a shopkeeper in the market on Sunday.", "stabbed", "Two men", "Violence against civilians"),
    ("A woman attacked her neighbour with a knife on Monday.", "attacked", "A woman", "Violence against civilians"),
    ("Unknown people beat a herder in the village on Friday.", "beat", "Unknown people", "Violence against civilians"),
    ("Angry residents beat a suspected thief in the market on Sunday.", "beat", "Angry residents", "Riots"),
    ("Villagers attacked a man accused of witchcraft on Monday.", "attacked", "Villagers", "Riots"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase", "event_type"), CROWD_VIOLENCE)
def test_coding_mob_violence_needs_a_crowd(nlp, text, trigger, phrase, event_type):
    """Violence by a crowd of civilians is mob violence; by named individuals it stays an attack."""
    m = first_mention(nlp, text, trigger)
    coded = coding.code(m, VAC, civilians(phrase, text), None, {m.cls})
    assert coded.event_type == event_type


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Two men", False), ("people", False), ("12", False), ("residents", True), ("a mob", True), ("", True)],
)
def test_coding_collective_reads_the_head_noun(phrase, expected):
    text = f"{phrase} attacked the shop." if phrase else "x"
    actor = RoleActor("Civilians", 7, None, Span.of(text, 0, len(phrase)))
    assert coding.collective(actor) is expected


def test_coding_collective_party_and_rioters_and_armed():
    span = Span.of("x", 0, 1)
    assert coding.collective(RoleActor("Rioters (Ghana)", 5, "GH", span))
    assert coding.collective(RoleActor("NPP: New Patriotic Party", 3, "GH", span, "party"))
    assert not coding.collective(RoleActor("Police Forces of Ghana", 1, "GH", span, "state"))
    assert not coding.collective(None)


DEMONSTRATIONS = [
    # the classifier's confident riot reading wins over a quiet sentence
    ("Students protested at the college on Monday.", "protested", RIOT, "Riots", "Violent demonstration"),
    ("Students protested at the college on Monday.", "protested", PEACEFUL, "Protests", "Peaceful protest"),
    # the acts of a violent demonstration in any tense
    (
        "Pupils protesting against their head teacher burn two classrooms.",
        "protesting",
        PEACEFUL,
        "Riots",
        "Violent demonstration",
    ),
    (
        "Hawkers demonstrated in the town on Friday. The march turned rowdy by the afternoon.",
        "demonstrated",
        PEACEFUL,
        "Riots",
        "Violent demonstration",
    ),
    (
        "Residents demonstrated against the new quarry and clashed with police officers on Monday.",
        "demonstrated",
        PEACEFUL,
        "Riots",
        "Violent demonstration",
    ),
    (
        "Villagers armed with machetes and arrows marched to the chief's office on Monday.",
        "marched",
        PEACEFUL,
        "Riots",
        "Violent demonstration",
    ),
    (
        "Students protested at the campus and engaged in running battles with the police.",
        "protested",
        PEACEFUL,
        "Riots",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "guess", "event_type", "sub_event_type"), DEMONSTRATIONS)
def test_coding_demonstration_violence(nlp, text, trigger, guess, event_type, sub_event_type):
    m = first_mention(nlp, text, trigger)
    coded = coding.code(m, guess, None, None, {m.cls})
    assert (coded.event_type, coded.sub_event_type) == (event_type, sub_event_type)


def test_coding_police_action_alone_is_not_a_riot(nlp):
    """Tear gas on a crowd that did nothing violent is a protest with intervention, whatever the classifier
    reads into it; the crowd's own violence makes it a riot even when the police then shoot."""
    text = "Police used tear gas to disperse traders marching to the county offices on Monday."
    m = first_mention(nlp, text, "marching")
    assert coding.code(m, RIOT, None, None, {m.cls}).sub_event_type == "Protest with intervention"
    text = "Traders marched to the county offices and burnt tyres; police shot two of them dead."
    m = first_mention(nlp, text, "marched")
    assert coding.code(m, PEACEFUL, None, None, {m.cls}).sub_event_type == "Violent demonstration"


def _armed(name: str, inter: int, kind: str | None = None) -> RoleActor:
    return RoleActor(name, inter, "KE", Span.of("x", 0, 1), kind)


def test_coding_attack_on_an_official_is_violence_against_civilians(nlp):
    text = "Gunmen shot a county official outside his home on Monday."
    m = first_mention(nlp, text, "shot")
    battle = TypeGuess("Battles", "Armed clash", "ASSAULT", "firearms", 0.6)
    attackers = _armed("Unidentified Armed Group (Kenya)", 3, "unidentified-armed-group")
    coded = coding.code(m, battle, attackers, _armed("Government of Kenya", 1), {m.cls})
    assert coded.event_type == "Violence against civilians"
    coded = coding.code(m, battle, attackers, _armed("Police Forces of Kenya", 1, "state"), {m.cls})
    assert coded.event_type == "Battles"


@pytest.mark.parametrize(("confidence", "event_type"), [(0.9, "Battles"), (0.55, "Violence against civilians")])
def test_coding_unnamed_target_defers_to_a_sure_battle(nlp, confidence, event_type):
    """An attack whose target the report does not name is one-sided violence unless the classifier is sure
    the report tells of a fight."""
    text = "Bandits attacked at dawn on Monday and fled into the forest."
    m = first_mention(nlp, text, "attacked")
    guess = TypeGuess("Battles", "Armed clash", "ASSAULT", "firearms", confidence)
    coded = coding.code(m, guess, _armed("Unidentified Armed Group (Kenya)", 3), None, {m.cls})
    assert coded.event_type == event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders marched to the county offices. They later burnt tyres on the road. Nobody was hurt.",
            "Traders marched to the county offices. They later burnt tyres on the road.",
        ),
        # a sentence that names another date tells of another day: the classifier does not read it
        (
            "Traders marched to the county offices. On Friday the governor met them.",
            "Traders marched to the county offices.",
        ),
    ],
)
def test_events_classifier_reads_the_continuing_sentence(nlp, text, expected):
    from eventwire.events import _reading

    assert _reading(first_mention(nlp, text, "marched"), text) == expected


def test_events_classifier_reads_only_the_clause_of_a_background_event(nlp):
    from eventwire.events import _reading

    text = "Residents marched to the police station after officers shot a boy. They later burnt tyres."
    doc = nlp(text)
    mentions = [m for sent in doc.sents for m in find_mentions(sent)]
    shot = next(m for m in mentions if m.trigger.text == "shot")
    marched = next(m for m in mentions if m.trigger.text == "marched")
    # the shooting is told as the march's cause: the classifier reads its own clause, not the march
    assert _reading(shot, text, mentions) == "after officers shot a boy"
    assert _reading(marched, text, mentions) == text


@pytest.mark.parametrize(
    ("guess", "sub_event_type"), [(RIOT, "Violent demonstration"), (VAC, "Mob violence")]
)
def test_coding_crowd_violence_keeps_the_classifiers_riot_kind(nlp, guess, sub_event_type):
    """A crowd's violence is a riot; the classifier, which reads the whole report, tells a violent
    demonstration from mob violence; without its riot reading the crowd's violence is mob violence."""
    text = "Angry residents attacked the county offices over water shortages on Monday."
    m = first_mention(nlp, text, "attacked")
    coded = coding.code(m, guess, civilians("Angry residents", text), None, {m.cls})
    assert (coded.event_type, coded.sub_event_type) == ("Riots", sub_event_type)


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type"),
    [
        ("Gunmen abducted a village chief near the border on Monday.", "abducted", "Abduction/forced disappearance"),
        ("Bandits kidnapped two traders on the highway on Friday.", "kidnapped", "Abduction/forced disappearance"),
        ("A guard sexually assaulted a detainee at the station on Monday.", "assaulted", "Sexual violence"),
        ("Raiders raped two women in the village on Sunday.", "raped", "Sexual violence"),
        ("Gunmen shot a shopkeeper in the market on Sunday.", "shot", "Attack"),
    ],
)
def test_coding_the_act_defines_the_violence_sub_event(nlp, text, trigger, sub_event_type):
    """Abduction and sexual violence are defined by the act, even where the classifier reads a plain attack."""
    m = first_mention(nlp, text, trigger)
    attackers = RoleActor("Unidentified Armed Group (Kenya)", 3, "KE", Span.of(text, 0, 6))
    coded = coding.code(m, VAC, attackers, None, {m.cls})
    assert (coded.event_type, coded.sub_event_type) == ("Violence against civilians", sub_event_type)


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type"),
    [
        ("Residents protested over the arrest of a local activist on Monday.", "protested", "Peaceful protest"),
        ("Students marched on Friday to demand the release of classmates who were arrested.", "marched",
         "Peaceful protest"),
        ("Traders protested at the market on Monday and police arrested ten of them.", "protested",
         "Protest with intervention"),
        ("Workers demonstrated at the factory gate on Monday until police intervened.", "demonstrated",
         "Protest with intervention"),
    ],
)
def test_coding_arrests_made_versus_arrests_protested(nlp, text, trigger, sub_event_type):
    """Police arresting or stepping in is an intervention; the arrest a crowd protests about is not."""
    m = first_mention(nlp, text, trigger)
    assert coding.code(m, PEACEFUL, None, None, {m.cls, "arrest"}).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Residents demonstrated on Monday after police shot a hawker in the market.", "Peaceful protest"),
        ("Residents demonstrated in town on Monday. Police shot two of them.", "Excessive force against protesters"),
    ],
)
def test_coding_force_protested_is_not_force_used(nlp, text, sub_event_type):
    """Police violence that a demonstration is about is its grievance, not excessive force against it."""
    m = first_mention(nlp, text, "demonstrated")
    assert coding.code(m, PEACEFUL, None, None, {m.cls}).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type"),
    [
        # the violence a demonstration is about is its grievance, not the crowd's own act
        ("Fishermen demonstrated on Monday after unknown arsonists set their boats alight.", "demonstrated",
         "Peaceful protest"),
        ("Tenants demonstrated over the burning of their homes by a landlord's guards.", "demonstrated",
         "Peaceful protest"),
        # police force told with a riot word is not the crowd's violence
        ("Police violently dispersed nurses protesting at the hospital on Tuesday.", "protesting",
         "Protest with intervention"),
        # the crowd's own attacks on property or people, also in a clause describing the crowd
        ("Hawkers protested in the town centre and damaged several parked cars.", "protested",
         "Violent demonstration"),
        ("Police dispersed youths who had barricaded the highway to protest a land sale.", "dispersed",
         "Violent demonstration"),
        ("Students protested at the school on Monday. They are suspected of torching two dormitories.",
         "protested", "Violent demonstration"),
    ],
)
def test_coding_crowd_violence_is_the_crowds_own(nlp, text, trigger, sub_event_type):
    """A riot needs the demonstrators' own violence, wherever the sentence tells it, but not the violence
    they protest about or the force the police use on them."""
    m = first_mention(nlp, text, trigger)
    assert coding.code(m, PEACEFUL, None, None, {m.cls}).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Bandits ambushed a patrol near the river on Monday. Two rangers and a reservist were killed.",
         "ambushed", "Battles"),
        ("Gunmen shot two police officers at a roadblock on Friday.", "shot", "Battles"),
        ("Bandits ambushed a bus near the river on Monday. Two traders and a pupil were killed.", "ambushed",
         "Violence against civilians"),
    ],
)
def test_coding_armed_victims_told_only_in_the_toll(nlp, text, trigger, event_type):
    """Where the roles step names no target, armed victims told by the act or its toll still make an attack a
    battle; civilian victims leave it one-sided."""
    doc = nlp(text)
    from eventwire.events.mentions import continue_tolls

    found = continue_tolls([m for sent in doc.sents for m in find_mentions(sent)])
    m = next(m for m in found if m.trigger.text == trigger)
    guess = TypeGuess("Battles", "Armed clash", "ASSAULT", "firearms", 0.55)
    attackers = _armed("Unidentified Armed Group (Kenya)", 3, "unidentified-armed-group")
    assert coding.code(m, guess, attackers, None, {m.cls}).event_type == event_type


@pytest.mark.parametrize(
    ("text", "trigger", "guess", "event_type"),
    [
        ("Party supporters attacked two reporters outside the polling station on Monday.", "attacked", VAC,
         "Violence against civilians"),
        ("Party supporters attacked two reporters outside the polling station on Monday.", "attacked", RIOT,
         "Riots"),
        ("Party supporters clashed with their rivals outside the polling station on Monday.", "clashed", VAC,
         "Riots"),
    ],
)
def test_coding_party_attack_on_people(nlp, text, trigger, guess, event_type):
    """Party supporters attacking people, read as one-sided violence, are the perpetrators of violence against
    civilians; read as a riot, or brawling with rivals, they stay a rioting crowd."""
    m = first_mention(nlp, text, trigger)
    party = RoleActor("XYZ: Example Party", 3, "KE", Span.of(text, 0, 15), "party")
    assert coding.code(m, guess, party, None, {m.cls}).event_type == event_type


@pytest.mark.parametrize(
    ("text", "trigger", "phrase", "guess", "event_type"),
    [
        ("Party militias attacked two reporters outside the polling station on Monday.", "attacked",
         "Party militias", RIOT, "Violence against civilians"),
        ("Party militias attacked two reporters outside the polling station on Monday.", "attacked",
         "Party militias", VAC, "Violence against civilians"),
        ("Party militiamen clashed with their rivals outside the polling station on Monday.", "clashed",
         "Party militiamen", RIOT, "Battles"),
        ("Party supporters attacked two reporters outside the polling station on Monday.", "attacked",
         "Party supporters", RIOT, "Riots"),
    ],
)
def test_coding_party_militia_violence_is_not_a_riot(nlp, text, trigger, phrase, guess, event_type):
    """A party named through its armed wing ("X militias") is a political militia: its attacks and fights are
    political violence whatever the classifier reads; its supporters stay a crowd."""
    m = first_mention(nlp, text, trigger)
    party = RoleActor("XYZ: Example Party", 3, "KE", Span.of(text, 0, len(phrase)), "party")
    assert coding.party_militia(party) == phrase.endswith(("militias", "militiamen"))
    assert coding.code(m, guess, party, None, {m.cls}).event_type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "Parents staged a protest against a private school on Monday, accusing it of looting families.",
        "Traders protested on Monday, alleging that council officials had torched their stalls.",
    ],
)
def test_coding_violence_a_protest_charges_others_with_is_no_riot(pipe, text):
    result = next(iter(pipe.process([Article("t", text, date(2021, 3, 15))])))
    first = [e for e in result.events if e.event_type is not None][0]
    assert (first.event_type, first.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "trigger", "armed"),
    [
        # a headline's bare subject of a casualty verb is the hurt side
        ("Police reservist killed when raiders attack a village near Isiolo", "attack", True),
        ("Park ranger wounded as poachers raid a conservancy", "raid", True),
        ("Herder killed when raiders attack a village near Isiolo", "attack", False),
        # "police" acts as well as suffers: not read as a headline's victim
        ("Police killed when raiders attack a village", "attack", False),
    ],
)
def test_coding_headline_victims_armed(nlp, text, trigger, armed):
    assert coding.armed_victims(first_mention(nlp, text, trigger)) is armed


def test_roles_headline_subject_is_the_patient(nlp):
    m = first_mention(nlp, "Police constable killed in Lamu on Sunday.", "killed")
    agent, patient, _ = roles.agent_and_patient(m)
    assert agent is None and patient is not None and patient.text == "constable"


BATTLE_GUESS = TypeGuess("Battles", "Armed clash", "ASSAULT", "firearms", 0.9)


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type"),
    [
        # a street fight or a scuffle with no weapon told: mob violence, whatever the classifier reads
        ("Traders from two markets got engaged in a street-fight in Kumasi on Monday.", "engaged", "Mob violence"),
        ("A brawl broke out between rival supporters at a rally in Tamale on Monday.", "brawl", "Mob violence"),
        # police warning shots told after it are the police's
        ("Two groups of youths got engaged in a street-fight in Wa on Monday. Police fired warning shots.",
         "engaged", "Mob violence"),
        # a weapon in the fight's own sentence keeps the classifier's battle
        ("Two clans got engaged in a street-fight with machetes and guns in Bawku on Monday.", "engaged",
         "Armed clash"),
    ],
)
def test_coding_brawls_are_mob_violence(nlp, text, trigger, sub_event_type):
    m = first_mention(nlp, text, trigger)
    assert coding.code(m, BATTLE_GUESS, None, None, {m.cls}).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("two youths", False), ("3 men", False), ("a pair of youths", False), ("youths", True), ("ten youths", True)],
)
def test_coding_a_few_people_are_no_crowd(phrase, expected):
    actor = RoleActor("Rioters (Ghana)", 5, "GH", Span.of(phrase, 0, len(phrase)))
    assert coding.collective(actor) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("a group of people", True), ("a crowd of men", True), ("people", False), ("two men", False)],
)
def test_coding_a_group_of_people_is_a_crowd(phrase, expected):
    actor = RoleActor("Civilians (Ghana)", 7, "GH", Span.of(phrase, 0, len(phrase)))
    assert coding.collective(actor) is expected


def test_roles_a_group_of_people_keeps_the_group_in_its_span(nlp):
    text = "A group of people beat a suspected thief in Ho on Sunday."
    m = first_mention(nlp, text, "beat")
    agent, _, _ = roles.agent_and_patient(m)
    actor = roles.Resolver(m.trigger.doc, [], None, text=text).resolve(agent, m.cls, "GH", agent=True)
    assert actor is not None and actor.span.text == "A group of people"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # crowds that fight with guns or blades: an armed clash between the militias they make up
        ("Rival youth groups clashed in Wa on Monday. Three were injured with gunshot wounds.", "Battles"),
        ("Rival youth groups clashed in Wa on Monday, and one man was stabbed to death.", "Battles"),
        # the police's own tear gas or warning shots do not arm the crowd: a riot, as the classifier reads it
        ("Rival youth groups clashed in Wa on Monday until police fired warning shots.", "Riots"),
        ("Rival youth groups clashed in Wa on Monday. Three people were hurt.", "Riots"),
    ],
)
def test_coding_crowds_fighting_with_weapons_are_an_armed_clash(nlp, text, event_type):
    m = first_mention(nlp, text, "clashed")
    crowd = RoleActor("Rioters (Ghana)", 5, "GH", Span.of(text, 0, len("Rival youth groups")))
    assert coding.code(m, RIOT, crowd, None, {m.cls}).event_type == event_type


MOB = TypeGuess("Riots", "Mob violence", "ASSAULT", "beat", 0.8)


def _actor(name: str, inter: int, phrase: str, text: str) -> RoleActor:
    start = text.index(phrase)
    return RoleActor(name, inter, "KE", Span.of(text, start, start + len(phrase)))


def test_coding_demonstrators_turning_violent_is_a_violent_demonstration_whatever_the_guess(nlp):
    text = "Demonstrators set fire to the county offices in Nyeri on Monday."
    m = first_mention(nlp, text, "set")
    coded = coding.code(m, MOB, _actor("Protesters (Kenya)", 6, "Demonstrators", text), None, {m.cls})
    assert (coded.event_type, coded.sub_event_type) == ("Riots", "Violent demonstration")


def test_coding_state_forces_burning_property_is_property_destruction_not_a_riot(nlp):
    text = "Soldiers torched the house of a herder in Tiaty on Monday."
    m = first_mention(nlp, text, "torched")
    coded = coding.code(m, MOB, _actor("Military Forces of Kenya", 1, "Soldiers", text), None, {m.cls})
    assert (coded.event_type, coded.sub_event_type) == ("Strategic developments", "Looting/property destruction")


def test_coding_property_burnt_where_a_crowd_is_named_stays_a_riot(nlp):
    text = "Shops were torched by police as rioters fled in Kisumu on Monday."
    m = first_mention(nlp, text, "torched")
    coded = coding.code(m, MOB, _actor("Police Forces of Kenya", 1, "police", text), None, {m.cls})
    assert coded.event_type == "Riots"
