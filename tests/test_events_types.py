"""ACLED event type / sub-event type (and PLOVER type) on sentences written for the project.

Each case names the trigger word of the mention under test; published is Monday 2021-03-15.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventcases import find_mention
from eventwire.records import Article, Event

PUBLISHED = date(2021, 3, 15)



def mention(pipe, text: str, trigger: str) -> Event:
    return find_mention(pipe, text, trigger, PUBLISHED)


def _events(pipe, text: str) -> list[Event]:
    return list(next(iter(pipe.process([Article("t", text, PUBLISHED)]))).events)


def _specific_types(pipe, text: str) -> list[tuple[str | None, str | None]]:
    """(event type, sub-event type) of each ``specific`` event of the text."""
    return [(e.event_type, e.sub_event_type) for e in _events(pipe, text) if e.kind == "specific"]


BATTLES = [
    ("Soldiers clashed with Al-Shabaab fighters near Kismayo on Saturday.", "clashed", "Armed clash"),
    ("Government troops and rebels fought for control of the town on Monday.", "fought", "Armed clash"),
    (
        "Heavy fighting broke out between the army and the militia in the north on Tuesday.",
        "fighting",
        "Armed clash",
    ),
    ("Rebels seized the town of Bunagana on Monday.", "seized", "Non-state actor overtakes territory"),
    (
        "The army recaptured the town of Palma from insurgents on Wednesday.",
        "recaptured",
        "Government regains territory",
    ),
    (
        "Militants ambushed a military convoy near Garissa on Friday, killing four soldiers.",
        "ambushed",
        "Armed clash",
    ),
    ("Jihadists attacked an army base in Menaka on Sunday.", "attacked", "Armed clash"),
    ("Police exchanged fire with bandits in Baringo on Thursday.", "exchanged", "Armed clash"),
    ("Two rival militias clashed in Juba on Monday, leaving ten dead.", "clashed", "Armed clash"),
    (
        "Troops repelled an attack by Boko Haram fighters on a base in Borno on Saturday.",
        "repelled",
        "Armed clash",
    ),
    (
        "A gun battle between police and suspected militants erupted in Mombasa on Sunday.",
        "battle",
        "Armed clash",
    ),
]

REMOTE = [
    (
        "A roadside bomb exploded in Kandahar on March 12, killing three police officers.",
        "exploded",
        "Remote explosive/landmine/IED",
    ),
    ("Turkish drones struck a convoy near Qamishli on Wednesday.", "struck", "Air/drone strike"),
    (
        "Government forces shelled rebel positions around Idlib on Sunday.",
        "shelled",
        "Shelling/artillery/missile attack",
    ),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Monday.", "blew", "Suicide bomb"),
    ("An airstrike hit a market in Tigray on Thursday, killing 50 people.", "airstrike", "Air/drone strike"),
    ("Attackers threw a grenade into a bar in Garissa on Saturday.", "grenade", "Grenade"),
    (
        "A landmine killed two shepherds near the border on Tuesday.",
        "landmine",
        "Remote explosive/landmine/IED",
    ),
    # the weapon folds into the firing verb, which keeps the roles (as "a bomb exploded")
    ("Rockets were fired at the airport on Sunday.", "fired", "Shelling/artillery/missile attack"),
    ("Warplanes bombed rebel-held villages on Friday.", "bombed", "Air/drone strike"),
    ("An IED struck a police vehicle in Mandera on Monday.", "struck", "Remote explosive/landmine/IED"),
    (
        "Militants fired mortars at the UN base in Gao on Wednesday.",
        "fired",
        "Shelling/artillery/missile attack",
    ),
]

VIOLENCE_AGAINST_CIVILIANS = [
    ("Gunmen killed five villagers in Zamfara State on Sunday.", "killed", "Attack"),
    # the act a protest answers is typed from its own phrase, not from the protest around it
    ("Traders protested on Monday over the shooting of a hawker by police on Saturday.", "shooting", "Attack"),
    (
        "Militants abducted 27 schoolgirls from a boarding school on Thursday.",
        "abducted",
        "Abduction/forced disappearance",
    ),
    ("Unknown gunmen shot dead a local chief in Marsabit on Friday.", "shot", "Attack"),
    ("Soldiers raped several women in the village on Monday.", "raped", "Sexual violence"),
    ("Bandits stormed a village in Katsina on Saturday and killed 12 residents.", "stormed", "Attack"),
    ("Police shot dead two unarmed civilians at a roadblock on Sunday.", "shot", "Attack"),
    (
        "Armed men kidnapped a Catholic priest in Enugu on Wednesday.",
        "kidnapped",
        "Abduction/forced disappearance",
    ),
    ("Fighters executed 15 captives in a village near Palmyra on Friday.", "executed", "Attack"),
    ("Herders attacked farmers in Benue on Monday, killing 20.", "attacked", "Attack"),
    ("Jihadists massacred 40 villagers in northern Burkina Faso on Saturday.", "massacred", "Attack"),
]

PROTESTS = [
    (
        "Hundreds of students protested in Accra on Tuesday against fee increases.",
        "protested",
        "Peaceful protest",
    ),
    (
        "Teachers demonstrated outside parliament on Monday to demand higher pay.",
        "demonstrated",
        "Peaceful protest",
    ),
    (
        "Police fired tear gas to disperse protesters in Nairobi on Friday.",
        "protesters",
        "Protest with intervention",
    ),
    (
        "Thousands rallied in the capital on Saturday in support of the president.",
        "rallied",
        "Peaceful protest",
    ),
    ("Traders staged a protest at the municipal offices on Wednesday.", "protest", "Peaceful protest"),
    (
        "Security forces shot dead three protesters in Khartoum on Thursday.",
        "shot",
        "Excessive force against protesters",
    ),
    (
        "Opposition supporters marched through the streets of Kampala on Monday.",
        "marched",
        "Peaceful protest",
    ),
    ("Workers went on strike at the port on Tuesday over unpaid wages.", "strike", "Peaceful protest"),
    (
        "Police arrested 30 demonstrators during a protest in Harare on Saturday.",
        "arrested",
        "Protest with intervention",
    ),
    (
        "Women demonstrated peacefully in Bamako on Sunday against the junta.",
        "demonstrated",
        "Peaceful protest",
    ),
]

# ACLED's codebook: a road blocked without barricades or burning is a peaceful protest
ROADS = [
    ("Traders demonstrated and blocked the main road in Kisii on Wednesday.", "demonstrated", "Peaceful protest"),
    ("Traders demonstrated in Kisii on Monday over bribes at police roadblocks.", "demonstrated", "Peaceful protest"),
]


@pytest.mark.parametrize(("text", "trigger", "sub_event_type"), ROADS)
def test_events_blocked_roads(pipe, text, trigger, sub_event_type):
    event = mention(pipe, text, trigger)
    assert event.sub_event_type == sub_event_type


RIOTS = [
    ("Rioters torched a police station in Kisumu on Saturday.", "torched", "Mob violence"),
    (
        "Youths rioted in the town on Monday after a man died in police custody.",
        "rioted",
        "Violent demonstration",
    ),
    ("A mob lynched a suspected thief in Kisumu on Tuesday.", "lynched", "Mob violence"),
    (
        "Protesters clashed with police and burned tyres in Accra on Wednesday.",
        "clashed",
        "Violent demonstration",
    ),
    ("Angry residents stoned police vehicles in Nairobi on Friday.", "stoned", "Violent demonstration"),
    (
        "Demonstrators torched government buildings in the capital on Sunday.",
        "torched",
        "Violent demonstration",
    ),
    (
        "Rioting broke out in the city on Thursday after the election results.",
        "Rioting",
        "Violent demonstration",
    ),
    ("A mob attacked a police station in Lagos on Monday.", "attacked", "Mob violence"),
    ("Football fans rioted after the match on Saturday, looting shops.", "rioted", "Violent demonstration"),
    ("Villagers lynched two suspected cattle thieves in Baringo on Wednesday.", "lynched", "Mob violence"),
    (
        "Traders demonstrated in Kisii on Wednesday and mounted roadblocks against new market fees.",
        "demonstrated",
        "Violent demonstration",
    ),
]

STRATEGIC = [
    ("Police arrested 40 suspects in Nairobi on Friday.", "arrested", "Arrests"),
    (
        "The government and the rebels signed a peace agreement in Addis Ababa on Monday.",
        "agreement",
        "Agreement",
    ),
    ("US forces withdrew from the base on Tuesday.", "withdrew", "Non-violent transfer of territory"),
    ("The army deployed troops to the border town on Wednesday.", "deployed", "Other"),
    ("Police defused a bomb near the stadium on Saturday.", "defused", "Disrupted weapons use"),
    ("Security forces seized a cache of weapons in Garissa on Thursday.", "seized", "Disrupted weapons use"),
    ("Dozens of fighters surrendered to the army on Sunday.", "surrendered", "Change to group/activity"),
    ("The two sides agreed to a ceasefire on Friday.", "ceasefire", "Agreement"),
    ("Detectives detained three men over the killing on Monday.", "detained", "Arrests"),
    ("Soldiers evacuated the border post on Monday.", "evacuated", "Other"),
    (
        "Troops intercepted a shipment of arms bound for the rebels on Saturday.",
        "intercepted",
        "Disrupted weapons use",
    ),
]

CASES = (
    [(t, w, "Battles", s) for t, w, s in BATTLES]
    + [(t, w, "Explosions/Remote violence", s) for t, w, s in REMOTE]
    + [(t, w, "Violence against civilians", s) for t, w, s in VIOLENCE_AGAINST_CIVILIANS]
    + [(t, w, "Protests", s) for t, w, s in PROTESTS]
    + [(t, w, "Riots", s) for t, w, s in RIOTS]
    + [(t, w, "Strategic developments", s) for t, w, s in STRATEGIC]
)


@pytest.mark.parametrize(("text", "trigger", "event_type", "sub_event_type"), CASES)
def test_events_type(pipe, text, trigger, event_type, sub_event_type):
    event = mention(pipe, text, trigger)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)
    assert event.kind == "specific"


PLOVER = [
    ("Soldiers clashed with rebels near the town on Saturday.", "clashed", "ASSAULT"),
    ("Hundreds of students protested in Accra on Tuesday.", "protested", "PROTEST"),
    ("US forces withdrew from the base on Tuesday.", "withdrew", "RETREAT"),
    ("The government accused the rebels of attacking civilians.", "accused", "ACCUSE"),
    ("The rebels threatened the town's residents on Monday.", "threatened", "THREATEN"),
    ("Police arrested 40 suspects in Nairobi on Friday.", "arrested", "COERCE"),
    ("The two sides signed a ceasefire agreement on Friday.", "agreement", "AGREE"),
]


@pytest.mark.parametrize(("text", "trigger", "plover"), PLOVER)
def test_events_plover(pipe, text, trigger, plover):
    assert mention(pipe, text, trigger).plover_type == plover


def test_events_statements_have_no_acled_type(pipe):
    event = mention(pipe, "The United Nations condemned the attack on the refugee camp.", "condemned")
    assert event.kind == "statement" and event.event_type is None and event.plover_type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomb found, recovered or defused before it went off: Disrupted weapons use, not an explosion
        ("Police recovered an improvised explosive device near the market in Garissa on Monday.",
         "Disrupted weapons use"),
        ("A bomb was found near the school in Mandera on Monday.", "Disrupted weapons use"),
        ("Soldiers discovered two landmines on the road near Lamu on Monday.", "Disrupted weapons use"),
        ("An explosive device went off near a bus station in Mandera on Monday.", "Remote explosive/landmine/IED"),
        ("A truck hit a land mine near the border in Mandera on Monday.", "Remote explosive/landmine/IED"),
        ("Soldiers found a land mine near the road in Lamu on Monday.", "Disrupted weapons use"),
    ],
)
def test_found_weapons_are_disrupted_use(pipe, text, expected):
    found = [e for e in _events(pipe, text) if e.kind == "specific"]
    assert [e.sub_event_type for e in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police executed a search warrant at the house in Eldoret on Monday.",
        "Officers seized a mobile device from the suspect in Nakuru on Monday.",
        "The gun was found under a bed in Kisumu on Monday.",
        "The decision was mine, the governor of Kisumu said on Monday.",
    ],
)
def test_executed_warrants_and_other_devices_are_no_events(pipe, text):
    violent = ("Violence against civilians", "Explosions/Remote violence")
    assert [e for e in _events(pipe, text) if e.event_type in violent] == []


def test_events_shelling_is_never_a_strategic_development(pipe):
    # the classifier may read "movement" as a change to a group; the act is shelling
    event = mention(pipe, "Fighters of the rebel movement shelled army positions near Goma on Sunday.", "shelled")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence",
                                                        "Shelling/artillery/missile attack")


def test_events_police_dispersing_a_counted_crowd_is_a_protest_met_with_force(pipe):
    text = "Police fired tear gas to disperse dozens of traders who gathered outside the county offices in Nakuru."
    assert _specific_types(pipe, text) == [("Protests", "Protest with intervention")]


def test_events_a_charge_describing_someone_is_no_statement(pipe):
    text = "Residents beat to death a man accused of stealing a goat in Kisii on Sunday."
    assert [e.kind for e in _events(pipe, text)] == ["specific"]


def test_events_attack_named_after_the_report_is_the_same_event(pipe):
    text = ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing six people, police said, in an "
            "attack claimed by al-Shabaab.")
    found = [e for e in _events(pipe, text) if e.kind == "specific"]
    assert [(e.trigger.text, e.fatalities.best) for e in found] == [("exploded", 6)]


def test_events_missiles_named_with_a_nation_were_fired_by_its_forces(pipe):
    event = mention(pipe, "Russian missiles hit a power station in Kharkiv on Monday, officials said.", "missiles")
    assert event.actor1 == "Military Forces of Russia" and event.inter1 == 8


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the nation hangs on the weapon's compound ("Russian" on "missile"), or the act is a barrage
        ("A Russian missile strike on a hospital in Dnipro on Monday killed four patients.", "strike"),
        ("A Russian artillery barrage on Nikopol killed three people on Monday.", "killed"),
    ],
)
def test_events_weapon_acts_named_with_a_nation_are_its_forces(pipe, text, trigger):
    event = mention(pipe, text, trigger)
    assert event.actor1 == "Military Forces of Russia"


def test_events_state_forces_burning_a_house_is_property_destruction_not_a_riot(pipe):
    event = mention(pipe, "Soldiers torched the house of a herder near Baringo on Monday.", "torched")
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert event.actor1 is not None and event.actor1.startswith("Military Forces")


def test_events_un_peacekeepers_are_the_countrys_mission(pipe):
    event = mention(pipe, "Militiamen attacked UN peacekeepers near Beni in eastern Congo on Monday.", "attacked")
    assert event.actor2 is not None and event.actor2.startswith("MONUSCO") and event.inter2 == 8


def test_events_overrunning_a_post_after_fighting_is_one_change_of_territory(pipe):
    text = "Insurgents overran a district headquarters in Ghazni province after two days of fighting."
    assert _specific_types(pipe, text) == [("Battles", "Non-state actor overtakes territory")]


def test_events_jets_destroying_a_depot_is_an_air_strike(pipe):
    text = "The army said its jets destroyed a weapons depot held by the rebels in Kachin state on Monday."
    assert _specific_types(pipe, text) == [("Explosions/Remote violence", "Air/drone strike")]


def test_events_arrest_of_people_who_blocked_a_road_is_the_protests_intervention(pipe):
    # one event, as ACLED codes it: the demonstration, met with arrests
    text = "Police arrested 12 traders who blocked the highway in Nakuru on Monday."
    found = [(e.trigger.text, e.event_type, e.sub_event_type) for e in _events(pipe, text) if e.kind == "specific"]
    assert found == [("blocked", "Protests", "Protest with intervention")]


@pytest.mark.parametrize(
    "text",
    [
        # people the report calls demonstrators who turn violent, with or without police told
        "Demonstrators stormed the county offices in Kakamega on Monday and set part of the building on fire.",
        "Protesters pelted a government convoy with stones in Mansa on Monday, injuring two officials.",
    ],
)
def test_events_demonstrators_turning_violent_are_a_violent_demonstration(pipe, text):
    assert _specific_types(pipe, text) == [("Riots", "Violent demonstration")]


def test_events_firing_and_dispersing_a_crowd_are_one_demonstration_met_with_force(pipe):
    text = ("Soldiers fired live rounds to disperse a crowd protesting against a land grab in Gulu on Monday, "
            "killing one protester.")
    found = [e for e in _events(pipe, text) if e.kind == "specific"]
    assert [(e.event_type, e.sub_event_type, e.fatalities.low) for e in found] == [
        ("Protests", "Excessive force against protesters", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops backed by drone strikes retook the town of Ber from the rebels on Thursday.",
        "Government soldiers, supported by air strikes, recaptured the town of Damasak from the insurgents on "
        "Thursday.",
    ],
)
def test_events_strikes_backing_a_recapture_are_part_of_it(pipe, text):
    assert _specific_types(pipe, text) == [("Battles", "Government regains territory")]


def test_events_a_bombing_raid_is_an_air_strike(pipe):
    text = "Nigerian troops killed nine bandits in a bombing raid on a forest hideout in Zamfara on Tuesday."
    assert _specific_types(pipe, text) == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize(
    "text",
    [
        # a named armed group as the subject takes the place by arms, as "its fighters" would
        "The Taliban took control of Kunduz on Friday after government forces withdrew.",
        "Al-Shabaab took control of the town of Bulo Burde on Friday.",
    ],
)
def test_events_named_armed_group_taking_control_of_a_town(pipe, text):
    types = _specific_types(pipe, text)
    assert types and types[0][1] in ("Non-state actor overtakes territory", "Non-violent transfer of territory")


def test_events_a_party_taking_control_of_an_assembly_is_no_territory(pipe):
    assert _specific_types(pipe, "The ruling party took control of the county assembly in Nakuru on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's strikes that hit or kill: from the air
        ("Turkish strikes hit PKK positions near Qandil on Monday, killing six fighters.",
         ("Explosions/Remote violence", "Air/drone strike")),
        # a weapon named beside them decides
        ("Russian missile strikes hit Zaporizhzhia on Monday.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        # a nation's labour strikes stay a protest
        ("French strikes paralysed rail transport on Monday.", ("Protests", "Peaceful protest")),
    ],
)
def test_events_a_states_strikes(pipe, text, expected):
    assert _specific_types(pipe, text)[:1] == [expected]
