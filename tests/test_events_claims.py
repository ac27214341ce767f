"""Responsibility claims: the claimant becomes claimed_by (and actor1 where the report named none) of the
event the claim refers back to; the claim is not a new event. Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article, Event

PUBLISHED = date(2022, 5, 16)



def events(pipe, text: str) -> list[Event]:
    return list(next(iter(pipe.process([Article("t", text, PUBLISHED)]))).events)


CLAIMS = [
    (
        "A bomb exploded at a police station in Beledweyne on Sunday, killing four officers. "
        "Al-Shabaab claimed responsibility for the explosion in a radio broadcast.",
        "Al Shabaab",
    ),
    (
        "A suicide bomber blew himself up at a wedding in Kabul on Friday, killing 20 guests. "
        "The Islamic State claimed responsibility for the attack.",
        "Islamic State",
    ),
    (
        "A roadside bomb hit a military convoy near Gao on Tuesday, killing three soldiers. "
        "JNIM said it carried out the attack.",
        "JNIM",
    ),
    # the report's own doer is unnamed ("gunmen"): the claimant is the group ACLED codes
    (
        "Gunmen attacked a police post near Mandera on Sunday, killing four officers. "
        "Al-Shabaab claimed responsibility for the raid.",
        "Al Shabaab",
    ),
]


@pytest.mark.parametrize("text,claimant", CLAIMS)
def test_claim_sets_claimed_by_and_actor1(pipe, text, claimant):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 1, [(e.trigger.text, e.kind) for e in found if e.trigger]
    assert found[0].claimed_by is not None and claimant in found[0].claimed_by
    assert found[0].actor1 is not None and claimant in found[0].actor1


DISOWNED = [
    "A bomb exploded at a market in Mogadishu on Sunday, killing seven people. No group has claimed "
    "responsibility for the blast.",
    "A bomb exploded at a market in Mogadishu on Sunday, killing seven people. Al-Shabaab denied "
    "responsibility for the blast.",
]


@pytest.mark.parametrize("text", DISOWNED)
def test_no_claim_without_a_claimant(pipe, text):
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert len(found) == 1
    assert found[0].claimed_by is None


def test_named_perpetrator_stays_actor1(pipe):
    text = (
        "Soldiers shelled a village near Idlib on Sunday, killing five civilians. "
        "Hayat Tahrir al-Sham claimed responsibility for the attack on Monday."
    )
    found = [e for e in events(pipe, text) if e.trigger is not None and e.trigger.text == "shelled"]
    assert found and found[0].actor1 is not None and "Military Forces" in found[0].actor1
