"""Event kinds and flags on sentences written for the project (not from the development data).

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


SPECIFIC = [
    ("Gunmen killed five villagers in Zamfara State on Sunday.", "killed"),
    ("Soldiers clashed with Al-Shabaab fighters near Kismayo on Saturday, leaving 12 dead.", "clashed"),
    ("A roadside bomb exploded in Kandahar on March 12, killing three police officers.", "exploded"),
    ("Police arrested 40 protesters in Nairobi on Friday.", "arrested"),
    ("Hundreds of students protested in Accra on Tuesday against fee increases.", "protested"),
    ("Militants abducted 27 schoolgirls from a boarding school in Niger State on Thursday.", "abducted"),
    ("Turkish drones struck a convoy near Qamishli on Wednesday.", "struck"),
    # a burst of fire told in the past, with no day of its own: it happened ("hours later" is no habit)
    ("Militants fired a barrage of rockets at the town of Sderot hours later, wounding two people.", "rockets"),
    ("Two soldiers were killed in the war on Tuesday, the army said.", "killed"),
    ("Rebels seized the town of Bunagana on Monday after heavy fighting.", "seized"),
    ("Rioters torched a police station in Kisumu on Saturday.", "torched"),
    ("Unknown gunmen shot dead a local chief in Marsabit on Friday night.", "shot"),
    ("Government forces shelled rebel positions around Idlib on Sunday.", "shelled"),
    # a plural event noun told as held, or as there having been some: it happened
    ("Opposition youths held demonstrations in the town centre against the new tax.", "demonstrations"),
    ("There were heavy clashes between rival clans near the river.", "clashes"),
    # plural events as the subject of a verb of happening, in the simple past: they happened
    ("Similar protests broke out in Migori and Homa Bay, where traders closed their shops.", "protests"),
    ("Clashes erupted near the border between herders and farmers.", "Clashes"),
    ("Protests also took place in Kisumu and Nakuru, where traders shut their stalls.", "Protests"),
    # an arrest often reports the act it follows for the first time: not a proceeding's subject matter
    ("Police arrested two men over the killing of a herder in Isiolo on Sunday.", "killing"),
    # a cause told with its own date is dated like any event; an indefinite one is news
    ("Traders protested on Monday over the shooting of a hawker by police on Saturday.", "shooting"),
    ("Fighting broke out in the village on Monday after an attack on a herder.", "attack"),
    ("Gunmen attacked a memorial service in Kaduna on Sunday, killing four mourners.", "attacked"),
    # a named occurrence told with its date or its toll is reported, not recalled
    ("The Mandera attack on Sunday killed 12 quarry workers.", "attack"),
]

INTENT = [
    ("The army plans to deploy 2,000 troops to the border next month.", "deploy"),
    ("The government announced that it will withdraw its forces from the region in April.", "withdraw"),
    ("The rebels threatened to attack the capital if talks fail.", "attack"),
    ("Opposition leaders said they would hold protests across the country on Friday.", "protests"),
    ("The United States intends to withdraw 500 troops from Iraq by mid-April.", "withdraw"),
    ("Teachers plan to demonstrate outside parliament next week.", "demonstrate"),
    ("The militia vowed to retake the town within days.", "retake"),
    ("Kenya will deploy police officers to Haiti in the coming weeks.", "deploy"),
    ("Both sides are expected to sign a ceasefire agreement on Monday.", "agreement"),
    ("The president has ordered troops to withdraw from the disputed area.", "withdraw"),
    ("Farmers are planning a march on the capital next Tuesday.", "march"),
    # a call for an act: the act is planned
    ("The teachers' union has called for a nationwide strike on Thursday.", "strike"),
    ("Opposition leaders urged supporters to stay calm and called for protests across the country.", "protests"),
]


def test_events_a_planned_acts_weekday_is_the_coming_one(pipe):
    # published Monday 2021-03-15: the strike called for "on Thursday" is on 2021-03-18, not the 11th
    event = mention(pipe, "The teachers' union has called for a nationwide strike on Thursday.", "strike")
    assert event.kind == "intent"
    assert event.date is not None and event.date.value == date(2021, 3, 18)

STATEMENT = [
    ("The United Nations condemned the attack on the refugee camp.", "condemned"),
    ("The foreign ministry accused Rwanda of backing the M23 rebels.", "accused"),
    ("Human rights groups warned of rising violence in the region.", "warned"),
    ("The police chief blamed the opposition for the unrest.", "blamed"),
    ("The government denounced the killings as a terrorist act.", "denounced"),
    ("Washington criticised the crackdown on journalists.", "criticised"),
    ("The opposition demanded the release of detained activists.", "demanded"),
    ("The rebels rejected the peace proposal on Thursday.", "rejected"),
    ("The minister expressed concern about attacks on aid workers.", "expressed"),
    ("Local leaders spoke out against the killings.", "spoke"),
    ("The army threatened the protesters with arrest.", "threatened"),
]

AGGREGATE = [
    ("Since January, attacks by armed groups have killed more than 300 civilians in the region.", "attacks"),
    ("So far this year, clashes between herders and farmers have left 150 people dead.", "clashes"),
    ("In total, 45 soldiers have been killed in ambushes since the operation began.", "ambushes"),
    ("More than 1,000 people have died in the fighting over the past six months.", "fighting"),
    ("Airstrikes have killed at least 200 civilians since the start of the war.", "Airstrikes"),
    ("Bombings in the capital have killed 76 people so far this year.", "Bombings"),
    ("Kidnappings by bandits have claimed over 500 victims in the state since 2020.", "Kidnappings"),
    ("Protests have taken place in 30 towns since the election.", "Protests"),
    ("Over the last three years, jihadist attacks have killed some 2,000 soldiers.", "attacks"),
    ("Security forces have arrested 1,200 suspects since the state of emergency was declared.", "arrested"),
    # a figure over a whole war is its total, not one occurrence
    ("More than 4,000 people were killed in Lebanon during the 2023-24 war, the health ministry said.", "killed"),
    ("Shelling killed about 600 civilians in the region during the war.", "Shelling"),
    # a count over the year or month so far, told in the present perfect
    ("Dozens of herders have died in similar clashes this year.", "clashes"),
    ("At least 40 villagers have been killed in raids on their farms this month.", "raids"),
    # a series a measure follows is its background, many occurrences
    ("Checkpoints were doubled in Beledweyne on Friday after a spate of grenade attacks in May.", "attacks"),
]

HISTORICAL = [
    # the starting point a "since" clause names
    ("The fighting is the worst since a truce was agreed in November 2024.", "truce"),
    ("Rebels captured the town in 2012.", "captured"),
    ("In June 2018, the army recaptured the city of Deraa.", "recaptured"),
    ("The group had seized large parts of the province in 2015.", "seized"),
    ("Since the massacre, villagers have fled the area.", "massacre"),
    ("Militants kidnapped over 200 schoolgirls from Chibok in April 2014.", "kidnapped"),
    ("Protesters stormed parliament in 2009, demanding the president's resignation.", "stormed"),
    ("In 1994, militias killed hundreds of thousands of people.", "killed"),
    ("Back in 2017, a truck bomb in Mogadishu killed more than 500 people.", "bomb"),
    ("The army withdrew from the northern districts in 2016.", "withdrew"),
    ("In May 2019, thousands of demonstrators marched on the presidential palace.", "marched"),
    # a year opening a compound of names dates the event noun the compound modifies
    ("The 2015 Paris attacks changed how police respond to gunmen.", "attacks"),
    # the act a trial, a sentence, a charge or a remembrance refers to happened before it
    ("Three soldiers were convicted on Monday of murder for the killing of a trader in Gao.", "killing"),
    ("The men were jailed on Monday for their part in the bombing of a market.", "bombing"),
    ("Villagers on Sunday marked the fifth anniversary of the massacre in which 30 people died.", "massacre"),
    ("The court on Monday jailed a man who shot two guards at a bank in Kisumu.", "shot"),
    ("The trial of four men charged over the ambush on a police convoy opened on Monday.", "ambush"),
    ("Relatives held a vigil on Sunday for the victims of the shooting at the market.", "shooting"),
    ("A court in Mombasa on Monday acquitted two men accused of the attack on a bus.", "attack"),
    ("Soldiers demolished the home of a man accused of carrying out a raid, in Hebron on Monday.", "raid"),
    # a known occurrence called by its name, with no date of its own
    ("Questions remain about the Nairobi bombing and who planned it.", "bombing"),
    ("Since the Garissa attack, the university has hired more guards.", "attack"),
    ("The senator wrote a book about the Kampala bombings.", "bombings"),
    # the taking of the people a rescue or release is of happened before it
    ("Last week, soldiers rescued 20 travellers kidnapped on the Abuja-Kaduna highway.", "kidnapped"),
    ("Troops freed 12 hostages who were abducted by bandits in Zamfara.", "abducted"),
    # a definite act named as the cause or grievance of another, with no date of its own
    ("Residents protested in Kisumu on Monday over the killing of a trader by police.", "killing"),
    ("Following the killing of a boda boda rider, youths blocked the highway in Migori.", "killing"),
    ("Students marched to the county offices against the arrest of their leader.", "arrest"),
]

GENERIC = [
    # a trend since a starting point, not one occurrence
    ("Violence has surged in the north since a ceasefire was signed in March.", "Violence"),
    # an event noun with no determiner, subject of a present "is"/"are": such events in general
    ("\"Peaceful protest is a right, but looting is a crime,\" the minister said on Monday.", "protest"),
    ("Street protests are banned in the city centre.", "protests"),
    ("The group continues to launch attacks on military posts in the north.", "attacks"),
    ("Bandits regularly abduct travellers on the highway.", "abduct"),
    ("Jihadists often ambush convoys along this road.", "ambush"),
    ("Herders and farmers frequently clash over grazing land.", "clash"),
    ("Protests often break out in Migori when prices rise.", "Protests"),
    ("Armed groups attack villages in the region.", "attack"),
    ("Security forces routinely arrest journalists who criticise the government.", "arrest"),
    ("Students keep protesting against the fee increase.", "protesting"),
    ("Rebel fighters continue to shell the outskirts of the city.", "shell"),
    ("Kidnappings for ransom are common in the region.", "Kidnappings"),
    ("Militants periodically fire rockets at the airport.", "fire"),
    ("Police use tear gas against demonstrations in the capital.", "demonstrations"),
]

NEGATED = [
    ("The group denied responsibility for the attack.", "attack"),
    ("The army denied carrying out the airstrike.", "airstrike"),
    ("Police did not arrest anyone during the protest.", "arrest"),
    ("The rebels never attacked the town.", "attacked"),
    ("Officials denied that soldiers had shot the protesters.", "shot"),
    ("There were no clashes on Sunday.", "clashes"),
    ("The militia has not abducted any aid workers, its spokesman said.", "abducted"),
    ("Protesters did not clash with police.", "clash"),
    ("The ministry denied that troops had withdrawn from the town.", "withdrawn"),
    ("Residents said nobody attacked the convoy.", "attacked"),
]

HYPOTHETICAL = [
    ("Militants could attack the capital in the coming days.", "attack"),
    ("Analysts fear that the rebels may seize the airport.", "seize"),
    ("If talks fail, the army might launch an offensive.", "offensive"),
    ("The UN warned that fighting could spread to neighbouring provinces.", "fighting"),
    ("Residents fear new clashes between the two clans.", "clashes"),
    ("Officials said protests might turn violent.", "protests"),
    ("Police urged residents not to demonstrate on Friday.", "demonstrate"),
    ("There is a risk of renewed shelling in the area.", "shelling"),
    ("Soldiers should withdraw from the town, the mediator said.", "withdraw"),
    ("Unless a deal is reached, the unions may strike next week.", "strike"),
]


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [(t, w, "specific") for t, w in SPECIFIC]
    + [(t, w, "intent") for t, w in INTENT]
    + [(t, w, "statement") for t, w in STATEMENT]
    + [(t, w, "aggregate") for t, w in AGGREGATE]
    + [(t, w, "historical") for t, w in HISTORICAL]
    + [(t, w, "generic") for t, w in GENERIC],
)
def test_events_kind(pipe, text, trigger, kind):
    assert mention(pipe, text, trigger).kind == kind


@pytest.mark.parametrize(("text", "trigger"), NEGATED)
def test_events_negated(pipe, text, trigger):
    event = mention(pipe, text, trigger)
    assert event.negated
    assert event.kind != "specific" or event.confidence < 0.5


@pytest.mark.parametrize(("text", "trigger"), HYPOTHETICAL)
def test_events_hypothetical(pipe, text, trigger):
    event = mention(pipe, text, trigger)
    assert event.hypothetical or event.kind == "intent"


@pytest.mark.parametrize(("text", "trigger"), SPECIFIC)
def test_events_specific_are_neither_negated_nor_hypothetical(pipe, text, trigger):
    event = mention(pipe, text, trigger)
    assert not event.negated and not event.hypothetical


def test_events_no_triggers_no_events(pipe):
    result = next(
        iter(pipe.process([Article("t", "The minister visited a school in Nairobi on Monday.", PUBLISHED)]))
    )
    assert [e for e in result.events if e.kind == "specific"] == []


def test_events_a_later_reference_placed_at_a_time_of_day_is_the_same_event(pipe):
    # "shortly after midnight" places the strikes told before within their day: no second event
    text = ("Israeli air strikes on two villages in southern Lebanon killed eight people on Wednesday, the health "
            "ministry said. The strikes hit houses in the two villages shortly after midnight.")
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    found = [e for e in result.events if e.event_type is not None and e.kind == "specific"]
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_events_later_references_fold_into_the_first_mention(pipe):
    text = (
        "Gunmen attacked a bus near Garissa on Monday, killing four passengers. "
        "The attack was condemned by local leaders. Police said the attack was the third in the county."
    )
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    attacks = [e for e in result.events if e.event_type is not None]
    assert len(attacks) == 1
    assert len(attacks[0].evidence) == 3
    assert attacks[0].fatalities.low == 4


@pytest.mark.parametrize(
    "text",
    [
        "The two firms are locked in a takeover battle for the carmaker.",
        "The family has fought for justice for years.",
        "The company withdrew its offer on Monday.",
        "She suffered a heart attack on Sunday.",
    ],
)
def test_events_figurative_uses_are_not_events(pipe, text):
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    assert [e.trigger.text for e in result.events if e.event_type is not None] == []


# a week or month that ends after publication does not make a past act a plan (published Monday 15 March)
PAST_IN_A_LATER_PERIOD = [
    ("During the week beginning 15 March, herders attacked a farmer near Nakuru.", "attacked", "specific"),
    ("During the week beginning 15 March, a shop was set on fire in Wote.", "set", "specific"),
    ("During the week beginning 15 March, rebels will attack the town.", "attack", "intent"),
]


@pytest.mark.parametrize(("text", "trigger", "kind"), PAST_IN_A_LATER_PERIOD)
def test_events_kind_past_tense_is_not_intent(pipe, text, trigger, kind):
    assert mention(pipe, text, trigger).kind == kind


def test_events_killing_a_year_after_an_older_massacre_is_its_own_event(pipe):
    # the killing told with "a year after" the massacre is a new occurrence with its own toll and day;
    # the massacre it recalls is history with none of that toll
    text = "Militiamen killed six traders in Bunia on Friday, two years after the 2018 ambush on the same road."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    by_trigger = {e.trigger.text: e for e in result.events if e.trigger}
    assert by_trigger["killed"].kind == "specific" and by_trigger["killed"].fatalities.best == 6
    assert by_trigger["killed"].date.value == date(2021, 3, 12)
    assert by_trigger["ambush"].kind == "historical" and by_trigger["ambush"].fatalities.best == 0


def test_events_killed_after_clashes_broke_out_is_the_clashes_toll(pipe):
    text = "Two people were killed after clashes broke out between rival clans in Wajir on Friday."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    assert [(e.trigger.text, e.fatalities.best) for e in result.events] == [("clashes", 2)]


def test_events_friday_prayers_date_the_attack_at_them(pipe):
    text = "A gunman opened fire on worshippers during Friday prayers at a mosque in Kano, killing four."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    assert [(e.date.value, e.date.precision) for e in result.events] == [(date(2021, 3, 12), 1)]


def test_events_act_told_about_the_victim_is_no_second_event(pipe):
    # what the man shot had tried to do is told about him: one event, the shooting
    text = "Border guards shot dead a smuggler who tried to stab an officer at a crossing near Busia on Sunday."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    assert [(e.trigger.text, e.fatalities.best) for e in result.events if e.kind == "specific"] == [("shot", 1)]


def test_events_killing_of_men_who_had_attacked_is_the_killers_act(pipe):
    # the toll is the soldiers' killing, not the militants' earlier attack told in the relative clause
    text = "Soldiers killed four militants who had attacked a village near Dikwa."
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    [event] = [e for e in result.events if e.kind == "specific"]
    assert (event.trigger.text, event.fatalities.best) == ("killed", 4)
    assert event.actor1 is not None and "Military Forces" in event.actor1


def test_events_death_of_a_man_hurt_in_an_attack_is_the_attacks_toll(pipe):
    text = ("A driver, who was hurt when gunmen attacked a bus near Mandera on Saturday, died in hospital on "
            "Sunday.")
    result = next(iter(pipe.process([Article("t", text, PUBLISHED)])))
    assert [e.fatalities.best for e in result.events if e.kind == "specific"] == [1]


def test_events_headline_present_tense_reports_an_occurrence(pipe):
    result = next(iter(pipe.process([Article("t", "Angry crowd kills robbers who had shot a trader", PUBLISHED)])))
    assert [e.kind for e in result.events] == ["specific"]


def test_events_plural_events_as_the_subject_of_another_act_are_not_told_as_happening(pipe):
    # "attacks ... shaped the debate" speaks of them, it does not report them
    event = mention(pipe, "Terror attacks in two cities shaped the debate over policing.", "attacks")
    assert event.kind != "specific"
