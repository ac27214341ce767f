"""One occurrence reported by several trigger words in one clause (or a headline and its lead) is one event.

Sentences written for the project; published is Monday 2022-05-16.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article, Event

PUBLISHED = date(2022, 5, 16)



def events(pipe, text: str) -> list[Event]:
    return list(next(iter(pipe.process([Article("t", text, PUBLISHED)]))).events)


ONE_EVENT = [
    "A truck bomb exploded outside a hotel in Baidoa on Sunday, killing six people.",
    "A roadside device that exploded near a school in Kunduz on Friday killed two children.",
    "An improvised explosive device detonated under a minibus near Garissa on Saturday, killing four.",
    "Several grenades exploded at a bus stop in Beni on Sunday, wounding 11 people.",
    "Hundreds of farmers gathered outside the ministry in Accra on Friday to protest against land seizures.",
    "A landmine blew up a pickup truck near Mopti on Thursday, killing three soldiers.",
]


@pytest.mark.parametrize("text", ONE_EVENT)
def test_one_clause_one_event(pipe, text):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 1, [(e.trigger.text, e.kind) for e in found if e.trigger]


def test_merged_event_keeps_the_toll_once(pipe):
    found = events(pipe, "A car bomb went off near a market in Beledweyne on Sunday, killing nine people.")
    specific = [e for e in found if e.kind == "specific"]
    assert len(specific) == 1
    assert specific[0].fatalities.best == 9


def test_headline_folds_into_the_lead(pipe):
    text = (
        "Roadside bomb kills five near Gao\n"
        "A roadside bomb exploded under a passing army truck near Gao on Tuesday, killing five soldiers, "
        "the army said.\n"
    )
    found = [e for e in events(pipe, text) if e.event_type == "Explosions/Remote violence"]
    assert len(found) == 1, [(e.trigger.text, e.kind) for e in found if e.trigger]
    assert found[0].fatalities.best == 5
    assert len(found[0].evidence) >= 1


def test_two_different_acts_stay_apart(pipe):
    found = events(
        pipe,
        "Gunmen stormed a village near Bunia on Monday. Separately, a bomb exploded at a market in Goma on "
        "Wednesday.",
    )
    assert len([e for e in found if e.kind == "specific"]) == 2


# One act told by coordinated verbs of one subject: one event that carries the toll.
COORDINATED_ACTS = [
    ("Armed men ambushed a minibus and shot dead four passengers near Moyale on Sunday.", "ambushed", 4),
    ("Raiders stormed a homestead near Isiolo on Friday, shooting dead two herders.", "stormed", 2),
    ("Militiamen attacked and killed three fishermen in a lakeside clash near Lodwar.", "attacked", 3),
    ("Gunmen shoot and kill six guards during a raid on a bank in Garissa.", "shoot", 6),
    ("A mob attacked two suspected thieves in Kitale on Monday and lynched one of them.", "attacked", 1),
    # an arrest that goes on into the violence done to the arrested
    ("Police arrested and beat a hawker to death in Eldoret on Sunday.", "arrested", 1),
    # a riot told with clashes
    ("Separatist riots and clashes with police in Mombasa on Sunday, one killed.", "riots", 1),
]


@pytest.mark.parametrize(("text", "trigger", "toll"), COORDINATED_ACTS)
def test_coordinated_verbs_of_one_subject_are_one_event(pipe, text, trigger, toll):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert found and found[0].trigger.text == trigger, [e.trigger.text for e in found if e.trigger]
    assert found[0].fatalities.low == toll
    assert not [e for e in found[1:] if e.fatalities.low], [(e.trigger.text, e.fatalities.low) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own: another actor's act
        "Gunmen attacked a police post near Wajir on Monday and residents shot dead two of the attackers.",
        # a date of its own: another day's act
        "Bandits raided a village near Baringo on Monday and shot dead a herder on Thursday.",
    ],
)
def test_coordinated_verbs_of_other_subjects_or_days_stay_apart(pipe, text):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 2, [(e.trigger.text, e.fatalities.low) for e in found if e.trigger]
    assert found[0].fatalities.low == 0


def test_toll_in_a_definite_earlier_event_stays_with_it(pipe):
    text = "Two clans clashed near Moyale on Friday over water. A herder was shot and killed in the clashes."
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert found[0].trigger.text == "clashed"
    assert found[0].fatalities.low == 1


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Youths protested over a bad road in Webuye on Monday. Police, who were dispersing the crowd, shot and "
         "killed a rider.", 1),
        ("Traders demonstrated in Eldoret on Monday over new levies. Two men were shot dead by police responding "
         "to the protest.", 2),
    ],
)
def test_force_used_on_a_demonstration_is_its_intervention(pipe, text, toll):
    """Security forces dispersing or shooting at the crowd told just before: one demonstration event with
    the toll (Excessive force against protesters), not an attack of its own."""
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 1, [(e.trigger.text, e.event_type) for e in found if e.trigger]
    assert found[0].event_type == "Protests"
    assert found[0].sub_event_type == "Excessive force against protesters"
    assert found[0].fatalities.low == toll


@pytest.mark.parametrize(
    "text",
    [
        # not security forces: another act
        "Youths protested over a bad road in Webuye on Monday. Gunmen killed a trader near the market.",
        # a day of its own: another incident
        "Youths protested over a bad road in Webuye on Monday. On Thursday police shot dead a trader there.",
    ],
)
def test_other_violence_after_a_demonstration_stays_apart(pipe, text):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert found[0].event_type == "Protests"
    assert found[0].fatalities.low == 0
    assert any(e.fatalities.low == 1 for e in found[1:]), [(e.trigger.text, e.fatalities.low) for e in found]


def test_a_definite_fight_noun_after_clashes_is_those_clashes(pipe):
    text = ("On Monday, clashes between herders and farmers near Garissa. Three herders died in the skirmish, "
            "and two farmers were injured.")
    found = [e for e in events(pipe, text) if e.kind == "specific" and e.event_type == "Battles"]
    assert len(found) == 1 and found[0].fatalities.low == 3, [(e.trigger.text, e.fatalities.low) for e in found]


ONE_EPISODE = [
    # the crowd of a demonstration going on in the next sentence, with no day of its own
    ("Hundreds of teachers protested outside parliament in Accra on Monday. The teachers blocked the main road "
     "for two hours.", "Protests"),
    ("Farmers rallied in Tamale on Monday. They marched against the sale of rice imported from Vietnam.",
     "Protests"),
    # a fight an attack set off is its battle; a length of time is no day of its own
    ("Militants attacked an army post near Mandera on Monday, triggering a gun battle that lasted several hours.",
     "Battles"),
    ("Gunmen attacked a police post in Lamu on Monday, killing two officers. Police said the attackers fled after "
     "a two-hour firefight.", "Battles"),
]


@pytest.mark.parametrize(("text", "event_type"), ONE_EPISODE)
def test_one_episode_told_in_two_sentences_is_one_event(pipe, text, event_type):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert [e.event_type for e in found] == [event_type], [(e.trigger.text, e.event_type) for e in found if e.trigger]


@pytest.mark.parametrize(
    "text",
    [
        # another crowd, or a day of its own: another demonstration
        "Hundreds of teachers protested outside parliament in Accra on Monday. Students marched in Kumasi.",
        "Hundreds of teachers protested outside parliament in Accra on Monday. On Tuesday, the teachers blocked "
        "the main road.",
        # a protest an act sparked is another kind of event
        "Police shot dead a hawker in Kisumu on Monday, sparking protests by traders.",
    ],
)
def test_a_demonstration_of_another_crowd_or_day_stays_apart(pipe, text):
    found = [e for e in events(pipe, text) if e.kind in ("specific", "generic")]
    assert len(found) == 2, [(e.trigger.text, e.kind) for e in found if e.trigger]


def test_a_series_named_beside_an_attack_is_no_new_event(pipe):
    text = ("Gunmen killed nine villagers near Djibo on Saturday, the latest in a string of assaults in the "
            "region.")
    kinds = {e.trigger.text: e.kind for e in events(pipe, text) if e.trigger}
    assert kinds.get("assaults") == "aggregate" and kinds.get("killed") == "specific", kinds



def test_a_claim_after_the_toll_sentences_is_the_same_attack(pipe):
    # the report goes on past the sentences its details and toll were told in: the claim is of that attack
    text = ("Al-Shabaab fighters attack army base in southern Somalia\n\n"
            "MOGADISHU, July 12 - Al-Shabaab militants attacked a military base in the Lower Shabelle region on "
            "Tuesday morning, triggering a gun battle that lasted several hours, a Somali army officer said.\n\n"
            "The insurgents detonated a car bomb at the gate of the base in Bariire before storming it, Captain "
            "Abdi Hassan told our reporter by phone. Eight soldiers and at least 15 attackers were killed, he said. "
            "The group said in a statement on its Andalus radio that it had killed 30 soldiers.")
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 1, [(e.trigger.text, e.fatalities.low) for e in found]


def test_a_definite_reference_with_a_length_of_time_is_the_event_before(pipe):
    text = ("Militias shelled a market in Beni on Saturday, killing 12 traders. The shelling followed two days of "
            "fighting near the town.")
    found = [e for e in events(pipe, text) if e.kind == "specific" and e.trigger and e.trigger.text == "shelling"]
    assert not found, [(e.trigger.text, e.kind) for e in events(pipe, text) if e.trigger]


def test_a_raid_to_take_people_is_one_abduction(pipe):
    text = "Bandits stormed a government school in Kebbi on Thursday and kidnapped 30 pupils and two teachers."
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Violence against civilians", "Abduction/forced disappearance")], [(e.trigger.text, e.sub_event_type)
                                                                           for e in found]


def test_a_raid_told_over_several_sentences_is_one_abduction(pipe):
    # the raiders' gunfight told on a clause about the guards, "It was the latest mass abduction" and "the
    # attack" condemned are that raid; the pupils taken are civilians, whatever fire the raiders met
    text = ("Gunmen stormed a boarding school in Zamfara on Thursday and kidnapped 40 pupils. The attackers "
            "engaged police guarding the school in a gunfight, killing one officer. It was the latest mass "
            "abduction in the state, where gangs have kidnapped hundreds of pupils since January. The governor "
            "condemned the attack.")
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert [(e.sub_event_type, e.actor2) for e in found] == [
        ("Abduction/forced disappearance", "Civilians (Nigeria)")], [(e.trigger.text, e.sub_event_type, e.actor2)
                                                                     for e in found]


def test_the_lead_event_told_in_detail_next_is_one_event(pipe):
    # news leads with the event, then tells how it happened: no day of its own, done by unnamed attackers
    text = ("Suspected jihadists killed nine herders in an attack on a village near Djibo on Saturday, officials "
            "said. Armed men on motorbikes stormed the village in the early afternoon, opening fire on residents "
            "and setting fire to granaries.")
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 1 and found[0].fatalities.low == 9, [(e.trigger.text, e.date) for e in found]


def test_arrests_told_after_a_demonstration_are_its_intervention(pipe):
    text = "Hundreds of traders protested in Kisumu on Friday against a new levy. Police said 14 people were arrested."
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert [e.event_type for e in found] == ["Protests"], [(e.trigger.text, e.event_type) for e in found]
