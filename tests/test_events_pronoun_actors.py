"""Pronouns and definite descriptions as agents: "the group" / "it" resolve to the last named armed group;
a pronoun reported by its own subject ("the government announced that it ...") is that subject.
Sentences written for the project; published 2022-05-16."""

from __future__ import annotations

from datetime import date

from eventcases import find_mention
from eventwire.records import Event

PUBLISHED = date(2022, 5, 16)



def mention(pipe, text: str, trigger: str) -> Event:
    return find_mention(pipe, text, trigger, PUBLISHED)


def test_the_group_is_the_named_group_not_its_description(pipe):
    text = (
        "Boko Haram, the jihadist group linked to the Islamic State, stormed a village in Borno on Sunday. "
        "The group attacked a military base near Maiduguri on Tuesday."
    )
    assert (mention(pipe, text, "attacked").actor1 or "").startswith("Boko Haram")


def test_hyphenated_affiliation_is_not_the_antecedent(pipe):
    text = (
        "Al-Shabaab, an al-Qaeda-linked militant group, attacked a police post in Kismayo on Sunday. "
        "The group ambushed a convoy near Afgoye on Monday."
    )
    assert mention(pipe, text, "ambushed").actor1 == "Al Shabaab"


def test_government_it_is_the_government(pipe):
    text = (
        "Al-Shabaab fighters attacked a base near Kismayo on Sunday. The Somali government said on Monday "
        "that it would deploy more troops to the region."
    )
    event = mention(pipe, text, "deploy")
    assert event.actor1 is not None and event.actor1.startswith(("Government of", "Military Forces of"))


def test_army_it_is_the_army(pipe):
    text = (
        "Boko Haram militants raided a village near Monguno on Friday. The Nigerian army announced that it "
        "plans to withdraw troops from the town next month."
    )
    event = mention(pipe, text, "withdraw")
    assert event.actor1 is not None and "Boko Haram" not in event.actor1
