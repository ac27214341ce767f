"""A report goes on telling the event of its lead: what the attackers burnt, a witness's account, a claim
made on a later day, the police action a demonstration met. Each is part of that one event, not a new one.
And words that only look like events (a besieged town, a group that tracks violence) are none.

Sentences written for the project; published is Thursday 2025-03-06.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article, Event

PUBLISHED = date(2025, 3, 6)


def events(pipe, text: str) -> list[Event]:
    return list(next(iter(pipe.process([Article("t", text, PUBLISHED)]))).events)


def specific(pipe, text: str) -> list[Event]:
    return [e for e in events(pipe, text) if e.kind == "specific"]


ONE_ATTACK = [
    # property the attackers burnt or destroyed, told with their own noun or as a passive
    "Gunmen raided a cattle market near Zalingei on Tuesday, killing eight traders. The attackers torched "
    "dozens of stalls before riding off into the hills.",
    "Militants ambushed a police patrol near Mandera on Monday, killing four officers. Two patrol vehicles "
    "were burned.",
    # a witness placing the attack at a time of its day
    "Armed men attacked a village in Bandiagara on Tuesday, killing 14 people. \"They arrived at 11 a.m. and "
    "shot at anyone who ran,\" a farmer said.",
    "Gunmen raided a cattle market near Zalingei on Tuesday, killing eight traders. The attackers torched "
    "dozens of stalls before riding off, a local official said. \"They came at noon and shot at everyone,\" "
    "a herder told reporters.",
]


@pytest.mark.parametrize("text", ONE_ATTACK)
def test_what_the_attackers_did_next_is_the_same_attack(pipe, text):
    found = specific(pipe, text)
    assert len(found) == 1, [(e.trigger.text, e.event_type) for e in found if e.trigger]
    assert found[0].date is not None and found[0].date.value.isoformat().startswith("2025-03-0")


LATER_WORDS = [
    # a claim made on a later day: the claimant is recorded, the day stays the attack's
    ("A car bomb exploded near a checkpoint in Baidoa on Sunday, killing six soldiers. Al-Shabaab claimed the "
     "attack in a statement on Monday.", date(2025, 3, 2), "Al Shabaab"),
    # a condemnation on a later day
    ("Gunmen shot dead three aid workers near Kidal on Saturday. The United Nations condemned the killings on "
     "Monday.", date(2025, 3, 1), None),
]


@pytest.mark.parametrize("text,day,claimant", LATER_WORDS)
def test_words_about_the_attack_on_a_later_day_are_no_new_attack(pipe, text, day, claimant):
    found = specific(pipe, text)
    assert len(found) == 1, [(e.trigger.text, e.date) for e in found if e.trigger]
    assert found[0].date is not None and found[0].date.value == day
    if claimant is not None:
        assert found[0].claimed_by is not None and claimant in found[0].claimed_by


def test_police_dispersing_a_crowd_a_clause_then_describes_is_one_demonstration(pipe):
    text = (
        "Riot police fired tear gas to disperse hundreds of nurses who were protesting against unpaid "
        "salaries in Kano on Monday."
    )
    found = specific(pipe, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Protest with intervention")]
    assert found[0].date is not None and found[0].date.value == date(2025, 3, 3)
    assert found[0].actor2 is not None and "Police Forces" in found[0].actor2


def test_a_new_act_told_as_another_stays_its_own_event(pipe):
    text = (
        "Gunmen raided a cattle market near Zalingei on Tuesday, killing eight traders. Later, youths burned "
        "a police station in the town."
    )
    assert len(specific(pipe, text)) == 2


NOT_EVENTS = [
    "Food trucks reached the besieged town of Kadugli on Monday.",
    "Rights groups that track violence in the region published a report on Tuesday.",
    "An observatory that monitors violence against journalists opened an office in Dakar on Monday.",
]


def test_a_pullout_that_only_times_another_act_is_no_event(pipe):
    text = "Army helicopters struck the raiders near Djibo on Sunday as they withdrew towards the border."
    found = specific(pipe, text)
    assert [e.trigger.text for e in found if e.trigger] == ["struck"]
    assert found[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_words_that_only_look_like_events(pipe, text):
    assert specific(pipe, text) == []


def test_tyres_set_alight_by_the_crowd_are_its_riot(pipe):
    text = (
        "Hundreds of traders marched through Eldoret on Monday against new market fees. Demonstrators threw "
        "stones at officers and set tyres alight on the main road."
    )
    found = specific(pipe, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]
