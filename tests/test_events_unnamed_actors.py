"""ACLED's generic actors where a report names no group: unidentified perpetrators, unknown persons, plural
militias, agents shared by coordinated verbs, communities that fight a battle. Sentences written for the
project."""

from __future__ import annotations

from datetime import date

import pytest

from eventcases import find_mention
from eventwire.records import Article, Event

PUBLISHED = date(2021, 3, 15)


def mention(pipe, text: str, trigger: str) -> Event:
    return find_mention(pipe, text, trigger, PUBLISHED)


ACTOR1 = [
    # text, trigger, actor1, inter1
    ("A trader was stabbed in Kitui on Sunday.", "stabbed", "Unidentified Armed Group (Kenya)", 3),
    ("Two farmers were shot dead near Moyale on Sunday.", "shot", "Unidentified Armed Group (Kenya)", 3),
    ("Unknown persons attacked a chief in Kitui on Sunday.", "attacked", "Unidentified Armed Group (Kenya)", 3),
    (
        "Unidentified armed individuals attacked a shop in Garissa on Sunday.",
        "attacked",
        "Unidentified Armed Group (Kenya)",
        3,
    ),
    (
        "A hawker was assaulted and injured by police in Kisumu on Sunday.",
        "assaulted",
        "Police Forces of Kenya",
        1,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "actor1", "inter1"), ACTOR1)
def test_events_unnamed_perpetrators(pipe, text, trigger, actor1, inter1):
    event = mention(pipe, text, trigger)
    assert (event.actor1, event.inter1) == (actor1, inter1)


def test_events_civilians_are_never_the_perpetrator_of_violence_against_civilians(pipe):
    event = mention(pipe, "Two men attacked a pastor with machetes in Kisumu on Sunday.", "attacked")
    if event.event_type != "Violence against civilians":
        pytest.skip("the installed classifier does not read this attack as violence against civilians")
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Kenya)", 3)


def test_events_arrests_get_no_unidentified_perpetrator(pipe):
    event = mention(pipe, "A suspect was arrested in Kitui on Sunday.", "arrested")
    assert event.actor1 is None or not event.actor1.startswith("Unidentified Armed Group")


def test_events_plural_militias_are_militias(pipe):
    event = mention(pipe, "Communal militias attacked a farm near Tamale on Sunday, killing two people.", "attacked")
    assert event.inter1 == 4


def test_events_communities_in_a_battle_are_communal_militias(pipe):
    text = "Two clans clashed over pasture in Isiolo on Sunday and seven people were killed."
    event = mention(pipe, text, "clashed")
    if event.event_type != "Battles":
        pytest.skip("the installed classifier does not read this fight as a battle")
    assert event.actor1 == "Unidentified Communal Militia (Kenya)"
    assert event.inter1 == 4


COMMUNAL_CONFLICT = [
    # text, trigger, actor1 — unnamed perpetrators of clan, ethnic, land or cattle-raiding violence
    (
        "A herder was shot dead by gunmen near Marsabit on Sunday during a cattle raid.",
        "shot",
        "Unidentified Communal Militia (Kenya)",
    ),
    (
        "Attackers burnt ten houses in Narok on Sunday amid ethnic tension between neighbouring villages.",
        "burnt",
        "Unidentified Ethnic Militia (Kenya)",
    ),
    (
        "Gunmen killed a teacher in Wajir on Sunday. Police blamed a long feud between two clans.",
        "killed",
        "Unidentified Clan Militia (Kenya)",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "actor1"), COMMUNAL_CONFLICT)
def test_events_unnamed_perpetrators_of_communal_violence_are_identity_militias(pipe, text, trigger, actor1):
    event = mention(pipe, text, trigger)
    assert (event.actor1, event.inter1) == (actor1, 4)


def test_events_unnamed_perpetrators_without_communal_context_stay_unidentified(pipe):
    event = mention(pipe, "Gunmen robbed a bank in Nakuru on Sunday and killed a guard.", "killed")
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Kenya)", 3)


LOCAL_PERPETRATORS = [
    # text, trigger, actor1
    ("A trader was stabbed by a suspected Pokot in Baringo on Sunday.", "stabbed", "Pokot Ethnic Militia (Kenya)"),
    ("Youths from Kolowa attacked a police post in Baringo on Sunday.", "attacked", "Kolowa Communal Militia (Kenya)"),
]


@pytest.mark.parametrize(("text", "trigger", "actor1"), LOCAL_PERPETRATORS)
def test_events_perpetrators_named_by_group_or_home_are_identity_militias(pipe, text, trigger, actor1):
    event = mention(pipe, text, trigger)
    assert (event.actor1, event.inter1) == (actor1, 4)


def test_events_battle_sides_named_outside_the_parse_are_found(pipe):
    text = "On Sunday, fighting was reported in Isiolo between the Borana militia and the Samburu militia."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    battles = [e for e in result.events if e.event_type == "Battles"]
    if not battles:
        pytest.skip("the installed classifier does not read this fight as a battle")
    assert battles[0].actor1 == "Borana Ethnic Militia (Kenya)"
    assert battles[0].inter1 == 4


def test_events_livestock_raids_are_communal_violence(pipe):
    text = "Armed men raided a homestead in Samburu on Sunday, shot a herder and drove away 80 camels."
    event = mention(pipe, text, "raided")
    assert (event.actor1, event.inter1) == ("Unidentified Communal Militia (Kenya)", 4)


def test_events_raiders_named_by_their_home_village(pipe):
    event = mention(pipe, "Raiders from Lokori attacked a school in Turkana on Sunday.", "attacked")
    assert (event.actor1, event.inter1) == ("Lokori Communal Militia (Kenya)", 4)


def test_events_passive_violence_takes_the_agent_of_its_when_clause(pipe):
    text = "A hawker was shot in Kisumu on Sunday when police fired live bullets at a crowd."
    event = mention(pipe, text, "shot")
    assert (event.actor1, event.inter1) == ("Police Forces of Kenya", 1)


def test_events_the_only_armed_group_named_is_the_suspected_perpetrator(pipe):
    text = "A roadside bomb hit a lorry near Mandera on Sunday, killing two drivers. Al Shabaab was blamed."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    event = next(e for e in result.events if e.kind == "specific")
    assert (event.actor1, event.inter1) == ("Al Shabaab", 2)


@pytest.mark.parametrize(
    "text",
    [
        # the report says no one claimed it, or tells it apart from the group's acts
        "Al Shabaab fighters attacked a police post in Lamu on Friday. A roadside bomb hit a lorry near Mandera on "
        "Sunday, killing two drivers. No one claimed the blast.",
        "Al Shabaab fighters attacked a police post in Lamu on Friday. A roadside bomb hit a lorry near Mandera on "
        "Sunday, killing two drivers. No group has claimed responsibility for it.",
        "Al Shabaab fighters attacked a police post in Lamu on Friday. Separately, a roadside bomb hit a lorry near "
        "Mandera on Sunday, killing two drivers.",
    ],
)
def test_events_an_unclaimed_or_separate_act_gets_no_suspect(pipe, text):
    event = mention(pipe, text, "bomb")
    assert (event.actor1, event.inter1) == ("Unidentified Armed Group (Kenya)", 3)


def test_events_a_suspect_named_beside_no_claim_is_still_the_suspect(pipe):
    text = ("A roadside bomb hit a lorry near Mandera on Sunday, killing two drivers. Police suspect Al Shabaab, "
            "though no group has claimed the attack.")
    assert mention(pipe, text, "bomb").actor1 == "Al Shabaab"


def test_events_a_group_that_is_the_victim_is_not_the_perpetrator(pipe):
    event = mention(pipe, "Gunmen shot two Al Shabaab commanders in Lamu on Sunday.", "shot")
    assert event.actor1 != "Al Shabaab"


SHARED_PASSIVE = [
    # text, trigger, actor1 — coordinated passive verbs share their subject and their "by" agent
    ("Two traders were robbed and stabbed by gunmen in Kitui.", "stabbed", "Unidentified Armed Group (Kenya)"),
    (
        "Three drivers were chased, assaulted and wounded by police in Embu on Sunday.",
        "assaulted",
        "Police Forces of Kenya",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "actor1"), SHARED_PASSIVE)
def test_events_coordinated_passives_share_the_agent(pipe, text, trigger, actor1):
    event = mention(pipe, text, trigger)
    assert event.actor1 == actor1
    assert event.actor2 == "Civilians (Kenya)"


def test_events_armed_group_named_before_an_unparsed_headline_act(pipe):
    event = mention(pipe, "Gabra raiders attack and kill herders near Moyale", "attack")
    assert (event.actor1, event.inter1) == ("Gabra Ethnic Militia (Kenya)", 4)


def test_events_residents_named_by_their_ethnic_group_are_its_militia(pipe):
    event = mention(pipe, "On Sunday, armed Orma men shot two traders near Garsen.", "shot")
    assert (event.actor1, event.inter1) == ("Orma Ethnic Militia (Kenya)", 4)


def test_events_revenge_attacks_by_unnamed_people_are_communal(pipe):
    event = mention(pipe, "Gunmen shot a herder in Isiolo on Sunday in a revenge attack.", "shot")
    assert (event.actor1, event.inter1) == ("Unidentified Communal Militia (Kenya)", 4)


@pytest.mark.parametrize(
    ("text", "trigger", "actor1", "inter1"),
    [
        (
            "Unknown gunmen shot a herder in Isiolo on Sunday in a revenge attack.",
            "shot",
            "Unidentified Armed Group (Kenya)",
            3,
        ),
        (
            "A herder was shot dead by unidentified attackers near Marsabit on Sunday during a cattle raid.",
            "shot",
            "Unidentified Armed Group (Kenya)",
            3,
        ),
        (
            "An unidentified militia shot a herder in Isiolo on Sunday in a revenge attack.",
            "shot",
            "Unidentified Communal Militia (Kenya)",
            4,
        ),
    ],
)
def test_events_perpetrators_the_report_calls_unknown_stay_unidentified(pipe, text, trigger, actor1, inter1):
    """Communal context makes unnamed perpetrators a communal militia, but not those the report itself calls
    unknown or unidentified; an unidentified militia is still a militia."""
    event = mention(pipe, text, trigger)
    assert (event.actor1, event.inter1) == (actor1, inter1)


def test_events_unknown_raiders_are_still_communal(pipe):
    event = mention(pipe, "Unknown raiders shot a herder in Isiolo on Sunday and drove away 40 camels.", "shot")
    assert event.inter1 == 4
