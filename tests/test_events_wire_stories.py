"""Cases found by putting wire stories of our own (a Sahel drone strike, a Myanmar town changing hands, a
rally bombing in Pakistan) through the pipeline: a bomber who "blew himself up", the rally he hit, victims the
parser hangs on a clause, a town taken "after weeks of fighting", a march's demand, a curfew's end date and
days counted from the event told before.

Sentences written for the project; published is Thursday 2025-03-06 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article, Event

PUBLISHED = date(2025, 3, 6)


def events(pipe, text: str, published: date = PUBLISHED) -> list[Event]:
    return list(next(iter(pipe.process([Article("t", text, published)]))).events)


def specific(pipe, text: str, published: date = PUBLISHED) -> list[Event]:
    return [e for e in events(pipe, text, published) if e.kind == "specific"]


BLOWN_UP = [
    # (sentence, sub-event type)
    ("A suicide bomber blew himself up outside a mosque in Quetta on Tuesday, killing seven worshippers.",
     "Suicide bomb"),
    ("Insurgents blew up a railway bridge near Sibi on Tuesday.", "Remote explosive/landmine/IED"),
    ("The bridge was blown up on Tuesday night, cutting the only road to the district.",
     "Remote explosive/landmine/IED"),
    ("A car bomb blew up near a police station in Kismayo on Tuesday, killing three people.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("text,sub", BLOWN_UP)
def test_blowing_up_is_an_explosion(pipe, text, sub):
    found = specific(pipe, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Explosions/Remote violence", sub)], [
        (e.trigger.text if e.trigger else None, e.sub_event_type) for e in found]


@pytest.mark.parametrize("text", [
    "The row over the budget blew up on Tuesday when the finance minister resigned.",
    "The governor blew up at reporters during a news conference on Tuesday.",
    "Strong winds blew the roof off a school in Kisumu on Tuesday.",
])
def test_a_row_or_a_temper_blowing_up_is_no_explosion(pipe, text):
    assert not [e for e in events(pipe, text) if e.event_type == "Explosions/Remote violence"]


def test_a_bomber_at_a_rally_is_one_bombing_and_the_dead_are_its_victims(pipe):
    text = ("A suicide bomber blew himself up at an election rally in the town of Mardan on Tuesday, killing 11 "
            "people and wounding 25, police said.")
    found = specific(pipe, text)
    assert [(e.sub_event_type, e.actor2, e.fatalities.low) for e in found] == [
        ("Suicide bomb", "Civilians (Pakistan)", 11)], [(e.trigger.text if e.trigger else None, e.sub_event_type)
                                                        for e in found]


def test_a_bomb_at_a_protest_is_remote_violence_against_the_protesters(pipe):
    text = "A bomb exploded at a sit-in outside the governor's office in Quetta on Tuesday, killing two demonstrators."
    found = specific(pipe, text)
    assert [(e.event_type, e.actor2) for e in found] == [("Explosions/Remote violence", "Protesters (Pakistan)")]


def test_the_attack_that_struck_the_rally_is_the_bombing_told_before(pipe):
    text = ("A suicide bomber blew himself up at a campaign event in Pakistan's Khyber Pakhtunkhwa province on "
            "Tuesday, killing nine people. The attack struck a gathering of a regional party as a candidate was "
            "speaking.")
    assert len(specific(pipe, text)) == 1, [(e.trigger.text if e.trigger else None) for e in specific(pipe, text)]


@pytest.mark.parametrize("text,actor2", [
    # what is fired is not whom it is fired at
    ("Police fired live rounds at protesters in Kisumu on Tuesday, killing two demonstrators.",
     "Police Forces of Kenya"),
    ("Gunmen opened fire on a minibus near Garissa on Tuesday, killing six passengers.", "Civilians (Kenya)"),
])
def test_what_is_fired_and_what_it_hits_give_way_to_the_people_killed(pipe, text, actor2):
    found = specific(pipe, text)
    assert [e.actor2 for e in found] == [actor2], [(e.sub_event_type, e.actor1, e.actor2) for e in found]


def test_victims_the_parser_hangs_on_a_clause_are_still_counted(pipe):
    text = ("Witnesses said army jets bombed a church on the edge of Loikaw on Tuesday, killing at least 13 "
            "people hiding inside, among them five children.")
    found = specific(pipe, text, date(2024, 7, 11))
    assert [(e.fatalities.low, e.actor2) for e in found] == [(13, "Civilians (Myanmar)")]


def test_a_town_taken_after_weeks_of_fighting_and_told_on_with_its_day_is_one_event(pipe):
    text = ("Rebel fighters have taken control of the town of Hpakant in Kachin state after weeks of fighting "
            "with the army, a rebel spokesman said on Wednesday. The spokesman said the fighters had captured "
            "the last army base in the town on Monday after a four-day assault.")
    found = specific(pipe, text)
    assert [(e.sub_event_type, e.date.value, e.location.name if e.location else None) for e in found] == [
        ("Non-state actor overtakes territory", date(2025, 3, 3), "Hpākān")], [
        (e.trigger.text if e.trigger else None, e.sub_event_type, e.date.value) for e in found]


def test_control_taken_by_a_vote_is_no_territory(pipe):
    assert not events(pipe, "The opposition took control of the county assembly after Tuesday's vote.")


@pytest.mark.parametrize("text", [
    "Hundreds of nurses marched through Lilongwe on Tuesday to demand unpaid allowances.",
    "Market vendors staged a sit-in outside the city council on Tuesday to demand the reopening of the market.",
    "The teachers' union said it would hold a strike on Monday to demand higher pay.",
])
def test_what_a_demonstration_demands_is_no_statement_of_its_own(pipe, text):
    found = events(pipe, text)
    assert [e.event_type for e in found] == ["Protests"], [(e.kind, e.event_type) for e in found]


def test_a_demand_made_on_a_journey_is_still_a_statement(pipe):
    found = events(pipe, "The foreign minister flew to Niamey on Tuesday to demand the release of the hostages.")
    assert [e.kind for e in found] == ["statement"]


def test_the_end_of_a_term_does_not_date_the_act_that_sets_it(pipe):
    text = "The government extended a night curfew in Mopti until the end of the month, state television said."
    found = events(pipe, text)
    assert found and all(e.date.value <= PUBLISHED for e in found), [(e.kind, e.date) for e in found]


def test_days_earlier_and_hours_later_count_from_the_event_told_before(pipe):
    text = ("A drone struck a market in the Mopti region on Tuesday, killing nine civilians, residents said. "
            "Two days earlier, fighters ambushed an army convoy near Tenenkou, killing four soldiers. Hours "
            "later, troops shelled a village near Djenne.")
    found = specific(pipe, text)
    assert [e.date.value for e in found] == [date(2025, 3, 4), date(2025, 3, 2), date(2025, 3, 2)], [
        (e.trigger.text if e.trigger else None, e.date) for e in found]


@pytest.mark.parametrize("text", [
    # counted from something else it names, or a day not yet come
    "A drone struck a market in Mopti on Tuesday. Police arrested ten men in Sevare two days after the strike.",
    "A drone struck a market in Mopti on Tuesday. A week later, gunmen attacked a bus near Sevare.",
])
def test_a_length_counted_from_elsewhere_or_into_the_future_is_not_shifted(pipe, text):
    last = specific(pipe, text)[-1]
    assert last.date.reason is None or "counted from the event told before" not in last.date.reason, last.date
