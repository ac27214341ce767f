"""Ongoing and habitual activity is generic, never specific: perfect progressive with a long duration,
durations of years, frequency adverbs. Sentences written for the project; published 2022-05-16."""

from __future__ import annotations

from datetime import date

import pytest

from eventcases import find_mention
from eventwire.records import Event

PUBLISHED = date(2022, 5, 16)



def mention(pipe, text: str, trigger: str) -> Event:
    return find_mention(pipe, text, trigger, PUBLISHED)


ONGOING = [
    ("The rebels have been fighting the army in the north for nearly ten years.", "fighting"),
    ("The militia has attacked government targets for two decades.", "attacked"),
    ("Herders and farmers have clashed over grazing land for generations.", "clashed"),
    ("The movement fought the colonial government for decades.", "fought"),
    ("Separatists have been attacking police posts since 2017.", "attacking"),
    ("The group regularly ambushes convoys on the main highway.", "ambushes"),
    ("Bandits frequently abduct travellers along the road to Kaduna.", "abduct"),
    ("The insurgents often carry out attacks on military bases in the region.", "attacks"),
    ("Militants routinely kidnap aid workers on roads used by the army.", "kidnap"),
    ("Gangs have been raiding villages in the district for months.", "raiding"),
]


@pytest.mark.parametrize("text,trigger", ONGOING)
def test_ongoing_is_not_specific(pipe, text, trigger):
    assert mention(pipe, text, trigger).kind != "specific"


STILL_SPECIFIC = [
    ("Soldiers fought the rebels for three hours near Goma on Sunday.", "fought"),
    ("Gunmen attacked a bus near Garissa on Saturday, killing four passengers.", "attacked"),
]


@pytest.mark.parametrize("text,trigger", STILL_SPECIFIC)
def test_dated_short_events_stay_specific(pipe, text, trigger):
    assert mention(pipe, text, trigger).kind == "specific"
