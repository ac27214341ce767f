"""Fatality and injury figures by ACLED's rules, on sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article, Event

PUBLISHED = date(2021, 3, 15)



def events(pipe, text: str) -> list[Event]:
    return list(next(iter(pipe.process([Article("t", text, PUBLISHED)]))).events)


TOLLS = [
    # text, low, high
    ("Gunmen killed 12 people in Kaduna on Monday.", 12, 12),
    ("At least 23 people were killed in the attack on Monday.", 23, 23),
    ("Between 23 and 28 people were killed in the attack on Monday.", 23, 28),
    ("Thirty-nine soldiers were killed in the ambush on Sunday.", 39, 39),
    ("Dozens of civilians were killed in the airstrike on Friday.", 12, 12),
    ("Hundreds of people died in the fighting on Saturday.", 100, 100),
    ("A dozen villagers were killed when militants attacked on Monday.", 12, 12),
    ("The bombing on Monday killed 1,100 people.", 1100, 1100),
    ("More than 50 people were killed in the clashes on Sunday.", 51, 51),
    ("No one was killed in the explosion on Sunday.", 0, 0),
    ("The blast on Monday killed 20 people, including five children.", 20, 20),
    ("Police said 10 people were killed in the attack, while activists said 15 died.", 10, 15),
    ("Scores of people were killed in the massacre on Friday.", 20, 20),
    ("The attack on Monday killed one police officer.", 1, 1),
    ("Gunmen killed a farmer in Benue on Monday.", 1, 1),
    ("The death toll from Monday's attack rose to 45.", 45, 45),
    ("Nearly 40 people were killed in the shelling on Tuesday.", 40, 40),
    ("Militants attacked a village on Sunday.", 0, 0),
    ("The ambush on Sunday left seven soldiers dead.", 7, 7),
    ("Eleven protesters died when police opened fire on Friday.", 11, 11),
    # two groups side by side before one passive verb (parsed as two subjects): one list, added up
    ("Nine IS gunmen and two Kurdish fighters were killed near Hasakah on Monday.", 11, 11),
    ("Seven Houthi rebels and four government soldiers were killed in the fighting on Monday.", 11, 11),
    # how many a group is counts; a part of it does not count the whole
    ("Bandits shot dead a family of six in their house in Zamfara on Monday.", 6, 6),
    ("Bandits shot dead four members of a family of nine in Zamfara on Monday.", 4, 4),
    # a victim joined to the group a number counts part of adds to that number
    ("The raid on Monday left three of the raiders and one police officer dead.", 4, 4),
    ("Nine people, among them three women, died when a shell hit a bus station on Monday.", 9, 9),
    # "dead" after a coordination, hung on its last noun: the whole coordination died
    ("Troops clashed with insurgents near Dikwa on Monday, leaving two soldiers and six militants dead.", 8, 8),
    # coordinated verbs share their passive subject
    ("A shopkeeper was stabbed and killed by robbers in Nakuru on Friday.", 1, 1),
    # one person named by a proper noun with "a": a national or a member of a group
    ("Bandits killed a Somali near the border on Tuesday.", 1, 1),
    # "shot dead X", "shoot X dead": the object died, not the shooters
    ("Raiders shot dead a herder near the river on Tuesday.", 1, 1),
    ("Gunmen shoot 2 guards dead at a bank in Eldoret.", 2, 2),
    ("The explosion on Monday left 9 dead.", 9, 9),
    # a toll told through a report verb: its passive subject are the dead
    ("Raiders burned a village in Baringo; six people were reported killed.", 6, 6),
    ("Three herders are feared killed in a raid near Lodwar on Sunday.", 3, 3),
    # "confirmed dead" counts the people, not a number elsewhere in the verb's phrase
    ("Seven people were confirmed dead after the clash between two clans in Moyale.", 7, 7),
    # an act's subject is the event whose state its victims are left in
    ("Clashes between two clans in Moyale on Friday left four people dead.", 4, 4),
    # headline passives: a counted subject and no object
    ("Four rangers and two poachers killed in a park shootout", 6, 6),
    ("Village elder killed by armed robbers in Kitale", 1, 1),
    # "killing" read as the verb of a participle clause, not as the noun "a killing"
    ("Police fired into a crowd in Homa Bay on Sunday, killing a boy.", 1, 1),
    # animals are not fatalities; an act that nearly killed is not lethal
    ("Soldiers shot dead 14 camels during a search in Wajir on Monday.", 0, 0),
    ("A crowd nearly killed a suspected thief in Thika on Monday.", 0, 0),
    # a clause beside the killing is no attempt of it; an attempt that governs the killing is
    ("Nine were killed as they tried to storm a police post in Mandera on Monday.", 9, 9),
    ("Two robbery suspects were killed as they attempted to rob a shop in Thika on Monday.", 2, 2),
    ("Police foiled an attempt to kill the governor of Kisumu on Monday.", 0, 0),
    # headline passives: the counted subject died ("found killed", "hacked to death", "shot dead")
    ("Two women found killed inside a market in Kitale on Monday.", 2, 2),
    ("One trader hacked to death in a village near Kakamega on Monday.", 1, 1),
    ("Nine cattle thieves shot dead by police in Baringo on Monday.", 9, 9),
    ("A priest dragged from his car and killed by a mob in Molo on Monday.", 1, 1),
    # executions of people; "gunned down"; shared objects and objects after "to death"
    ("Militants executed 12 farmers by firing squad near Mandera on Monday.", 12, 12),
    ("Police gunned down three robbery suspects in Kayole on Monday.", 3, 3),
    ("Police gun down 11 robbery suspects in Nairobi", 11, 11),
    ("A mob lynched and burned three men in a village near Siaya on Tuesday.", 3, 3),
    ("Bandits hacked to death six traders in a restaurant in Mombasa on Monday.", 6, 6),
    ("A vigilante group stoned to death two thieves in a market in Kisii on Monday.", 2, 2),
    ("Raiders kill 80 and steal their cattle near Lokichogio on Monday.", 80, 80),
    # the killing's own clause counts other things ("two clans"); a reported death is no backstory
    ("Three killed on Monday in clashes between two clans near Moyale.", 3, 3),
    ("Five people were reported to have died in clashes between two clans in Moyale on Monday.", 5, 5),
    ("Two herders are feared to have been killed in a raid near Lodwar on Monday.", 2, 2),
    # a claimed toll; "the death of N"; "killing both"; a passive read as a conjunct of another verb
    ("The rebels claimed to have killed two government soldiers in a clash near Lashio on Monday.", 2, 2),
    ("A suicide blast outside the district office in Jamrud on Monday resulted in the death of 3 people.", 3, 3),
    ("Gunmen on motorcycles fired upon two activists in Swabi on Monday, killing both.", 2, 2),
    ("Two policemen deployed to guard a bank in Karachi were shot dead at a checkpoint on Saturday.", 2, 2),
    # a number in a clause that describes the victim counts something else
    ("Residents lynched a man suspected to be behind the killing of two children in Meru on Monday.", 1, 1),
    # a digit the parser reads as a list marker; a figure hung on a headline verb ("kills 5")
    ("2 die in clashes between two militias over land in Molo on Monday.", 2, 2),
    ("A clan militia attacks a village near Rhamu on Monday; kills 5 and steals livestock", 5, 5),
    # a conjunct with a casualty word of its own is another count; a charge is no toll; a try is no killing
    ("A soldier was killed and six others injured when a bomb went off near Hulugho on Monday.", 1, 1),
    ("Two fighters accused of killing five people were shot dead by police in Molo on Monday.", 2, 2),
    ("A vigilante mob tries to kill a man they suspected of theft in Kitale on Monday.", 0, 0),
    ("Nine soldiers injured and one police officer killed in twin explosions near Mandera on Monday.", 1, 1),
    ("Members of a gang are suspected of killing a trader in Tamale on Monday.", 1, 1),
    # the pluperfect of reported speech reports the act; in a clause describing someone it is backstory
    ("The army said in a statement on Monday that it had killed 20 militants near the border.", 20, 20),
    ("Police told reporters gunmen had shot dead two traders in Garissa on Monday.", 2, 2),
    ("Police arrested a man in Kitale on Monday who had killed his two brothers.", 0, 0),
    # another report of the same toll is no group of victims of its own: the lowest figure stands
    ("Reservists repulsed an attack by militants on a mast near Lafey on Monday. One officer and one militant "
     "were killed. Conflicting reports suggest that three policemen were killed.", 2, 3),
    ("On Monday, the body of a dead soldier was found by residents of Mtongwe.", 1, 1),
    # a number with its own casualty word is no range partner
    ("One dead and three injured when a bus hit a land mine near Mandera on Monday.", 1, 1),
    # the bare number after "and" counts the injured, parsed beside the dead ("left 23 people dead and 40 injured")
    ("Clashes between two clans in Wajir left at least 23 people dead and 40 injured over the weekend.", 23, 23),
    # a vehicle hitting an explosive device
    ("On Monday, ten soldiers died as their truck ran over an explosive device near Mandera.", 10, 10),
    # a headline's passive with an agent; its capitalised first noun is one person
    ("Policeman killed by rebels near the border with Uganda", 1, 1),
    ("Chief killed at his home by unknown gunmen near Kitale", 1, 1),
    # a passive split from its subject by a date ("was on Friday killed"), read by the parser as two clauses
    ("A farmer was on Friday killed by militiamen near Bunia.", 1, 1),
    ("A trader was on Saturday shot dead on the road between the two towns.", 1, 1),
    ("Two guards were on Sunday evening shot dead by robbers at a bank in Eldoret.", 2, 2),
    # "X is dead": the subject of the copula died
    ("A herder is dead after raiders attacked his homestead near Lodwar on Monday.", 1, 1),
    # "N are dead in X": the copula carries the cause; a time word is no victim ("were last night killed")
    ("Two are dead in a clash between two clans near Moyale on Monday.", 2, 2),
    ("At least 4 people were last night killed in a car explosion outside a police station in Mombasa.", 4, 4),
    # "a gunfire exchange" is the gunfire (an occurrence noun, like "a shooting incident"); the figure on "dead"
    # counts, not the two sides named in the subject
    ("Gunfire exchange between two farming communities near Salaga on Monday left six dead.", 6, 6),
    # a list of single victims adds up, also when the parser splits it into an apposition or two subjects
    ("A 7 year old boy, a pregnant woman, and a demonstrator were killed by police bullets in Kisumu on Monday.", 3, 3),
    ("A boy, a pregnant woman and a teacher were killed by police bullets in Kisumu on Monday.", 3, 3),
    # a title with "the" is one person (not a group's name)
    ("On Monday, gunmen killed the Assembly Member for the northern ward at his home in Keta.", 1, 1),
    ("On Monday, a gunman killed the Senior Pastor of a local church in Tema.", 1, 1),
    # a report verb hanging on "were" after a date: its subject are the dead
    ("Four people were on Wednesday confirmed dead after a shooting between two factions at Tuobodom.", 4, 4),
    # a headline's object without its article, read by the tagger as an adjective
    ("Armed group raids shop and kills civilian", 1, 1),
    # terse slash-separated lists; property is never a victim
    ("On Monday, raiders attacked a village near Lokori - 6 killed/ 70 houses razed/ 200 goats stolen.", 6, 6),
    ("On Monday, a militia attacked a village near Kitale - 7 killed/ 4 injured/ 400 houses set alight.", 7, 7),
    # a number after a noun that names a class or grade labels the victim, it counts nobody
    ("On Monday, gunmen shot and killed a grade four pupil and his grandfather near Kiserian.", 2, 2),
    # a relative clause telling that the act's victim died
    ("Police shot one robbery suspect, who died later in hospital, in Thika on Monday.", 1, 1),
    # a name the parser hangs on the casualty verb is no victim: the shared passive subject is
    ("4 traders were beaten and killed in the home village of opposition leader Odinga on Monday.", 4, 4),
    # "which" stands for the event (or its weapon), not for a participant
    ("Militants claimed an attack on a bus bound for Mandera on Friday, which killed eleven passengers.", 11, 11),
    # an open question is no toll
    ("Police shot a suspect in Thika on Monday. It is not clear whether he survived or died.", 0, 0),
    # another report of the same death toll, with a figure: the lowest is low, the other high
    ("Gunmen killed at least 12 people in Mirebalais on Sunday. The police union put the death toll at 15.", 12, 15),
    ("Gunmen killed nine miners in Zamfara on Tuesday. The death toll later rose to 11, officials said.", 9, 11),
    # ... but not a running total of a conflict
    ("Gunmen killed 12 people in Mirebalais on Sunday. The death toll from the conflict has risen to 5,000 "
     "since 2021.", 12, 12),
]


@pytest.mark.parametrize(("text", "low", "high"), TOLLS)
def test_fatalities_figures(pipe, text, low, high):
    specific = [e for e in events(pipe, text) if e.kind == "specific" and not e.negated]
    assert specific, text
    figures = max(((e.fatalities.low, e.fatalities.high) for e in specific), key=lambda f: f[1])
    assert figures == (low, high)


def test_fatalities_spans_point_at_the_figures(pipe):
    text = "Between 23 and 28 people were killed in the attack on Monday."
    event = next(e for e in events(pipe, text) if e.fatalities.low)
    assert [s.text for s in event.fatalities.spans] == ["23 and 28"]
    assert all(text[s.start : s.end] == s.text for s in event.fatalities.spans)


@pytest.mark.parametrize(
    ("text", "deaths", "injuries"),
    [
        ("The attack on Monday wounded 15 people.", 0, 15),
        ("Five soldiers were killed and 12 wounded in the ambush on Sunday.", 5, 12),
        ("The blast on Friday killed three people and injured dozens.", 3, 12),
        ("Two police officers were injured when protesters threw stones on Monday.", 0, 2),
    ],
)
def test_fatalities_injuries_are_separate(pipe, text, deaths, injuries):
    event = next(e for e in events(pipe, text) if e.kind == "specific")
    assert (event.fatalities.low, event.injuries) == (deaths, injuries)


def test_fatalities_running_total_is_not_attached_to_the_event(pipe):
    text = (
        "Gunmen killed four villagers in Zamfara on Sunday. "
        "Since January, attacks by bandits have killed more than 300 people in the state."
    )
    found = events(pipe, text)
    specific = [e for e in found if e.kind == "specific"]
    total = [e for e in found if e.kind == "aggregate"]
    assert [e.fatalities.low for e in specific] == [4]
    assert [e.fatalities.low for e in total] == [301]


def test_fatalities_toll_of_another_event_is_not_attached(pipe):
    text = "Protesters marched in the capital on Monday, a week after an airstrike killed 30 people."
    found = {e.trigger.text: e for e in events(pipe, text)}
    assert found["marched"].fatalities.low == 0
    assert found["airstrike"].fatalities.low == 30


def test_fatalities_coordinated_groups_add_up(pipe):
    event = next(
        e for e in events(pipe, "Two soldiers and three civilians were killed in the attack on Monday.")
    )
    assert event.fatalities.low == 5


def test_fatalities_toll_in_the_next_sentence_belongs_to_the_event(pipe):
    text = "On Monday, militants attacked a bus on the highway near Garissa. Three passengers were killed."
    found = events(pipe, text)
    assert [(e.trigger.text, e.fatalities.low) for e in found] == [("attacked", 3)]


@pytest.mark.parametrize(
    ("text", "trigger", "toll"),
    [("Soldiers raided a militant camp near Moyale and arrested ten suspects. Two soldiers were killed.",
      "raided", 2),
     ("Gunmen ambushed a bus near Moyale and abducted six passengers. Two passengers were killed.",
      "ambushed", 2)],
)
def test_fatalities_toll_after_a_sentence_of_several_events_belongs_to_its_first_violent_one(
    pipe, text, trigger, toll
):
    found = events(pipe, text)
    assert next(e for e in found if e.trigger.text == trigger).fatalities.low == toll
    assert sum(e.fatalities.low for e in found) == toll


def test_fatalities_dated_killing_in_the_next_sentence_is_its_own_event(pipe):
    text = "On Monday, militants attacked a bus near Garissa. On Friday, two herders were killed near Wajir."
    found = events(pipe, text)
    assert [(e.trigger.text, e.fatalities.low) for e in found] == [("attacked", 0), ("killed", 2)]


def test_fatalities_a_grievance_is_not_the_protest_toll(pipe):
    text = "Students protested in Eldoret on Monday over the death of a classmate who was hit by a car."
    event = next(e for e in events(pipe, text) if e.trigger.text == "protested")
    assert event.fatalities.low == 0
    assert event.sub_event_type == "Peaceful protest"


def test_fatalities_a_killing_told_as_the_cause_of_a_protest_is_its_own_event(pipe):
    text = "On Monday, about 300 people demonstrated in Kibera after police fatally shot a homeless man."
    found = events(pipe, text)
    protest = next(e for e in found if e.trigger.text == "demonstrated")
    assert protest.fatalities.low == 0
    assert protest.sub_event_type == "Peaceful protest"
    shooting = next(e for e in found if e.trigger.text == "shot")
    # its clause is what it is classified on: the police's violence against a civilian, not the protest
    assert shooting.event_type == "Violence against civilians"
    assert shooting.actor1 is not None and shooting.actor1.startswith("Police Forces")
    assert shooting.fatalities.low == 1


LETHAL_ACTS = [
    # acts whose own words say the victims died; tolls in a following sentence; numbers in dates
    ("Villagers lynched a suspected cattle thief in Marigat on Sunday.", 1),
    ("Two suspected burglars were lynched by a crowd in Eldoret on Sunday.", 2),
    ("Attackers hacked three herders to death near Moyale on Sunday.", 3),
    ("A trader was fatally stabbed by a neighbour in Kisumu on Sunday.", 1),
    ("Gunmen beheaded a farmer in Lamu on Sunday.", 1),
    ("Police officers assaulted a hawker in Nakuru on Sunday. The hawker later succumbed to his injuries.", 1),
    ("Gunmen shot two shopkeepers in Garissa on Sunday. One of them died on the way to hospital.", 1),
    ("On 14 March 2021, police fatally shot a man at a roadblock in Emali.", 1),
    ("On March 14, 2021, a bus driver was shot dead by a passenger in Voi.", 1),
    ("Villagers nearly lynched a pastor in Kitui on Sunday before police intervened.", 0),
    ("On Sunday police killed three men suspected of murdering a chief in Nyeri.", 3),
    ("Residents beat up a man who had just killed his neighbour in Malava on Sunday.", 0),
    ("A crowd attacked a trader suspected to have killed a child in Kitui on Sunday.", 0),
    ("Residents lynched three elderly women and a man in Marani on Sunday.", 4),
]


@pytest.mark.parametrize(("text", "low"), LETHAL_ACTS)
def test_fatalities_lethal_acts_and_later_deaths(pipe, text, low):
    specific = [e for e in events(pipe, text) if e.kind == "specific" and not e.negated]
    assert specific, text
    assert specific[0].fatalities.low == low


def test_fatalities_a_death_alone_is_no_event(pipe):
    assert events(pipe, "An elderly man died at his home in Nyeri on Sunday.") == []


LATER_TOLLS = [
    # text, the toll of the first event: a toll told in the next sentence or clause joins the event
    ("On Monday, police opened fire on a crowd of traders in Kisii. Four killed.", 4),
    ("On Sunday, two clans clashed over pasture near Isiolo. One person killed.", 1),
    ("On Tuesday, bandits raided a village near Kapedo. They shot dead three herders.", 3),
    # more dead told with "also" add to the toll; a part of those told does not
    ("On Monday, troops killed nine rebels in a raid on a camp near Bunia. Three soldiers were also killed in the "
     "gunfight.", 12),
    ("On Monday, gunmen killed five herders near Kapedo. Two of them were shot dead at a waterhole.", 5),
    ("On Friday, youths protested over fuel prices in Kisumu. The police shot and killed one protester.", 1),
    ("On Monday, a militia attacked a market in Bura. One trader was killed and six stalls were set ablaze.", 1),
    ("On Saturday, herders and farmers clashed over a borehole near Garsen. Two people have been confirmed dead.", 2),
    ("On Saturday, herders and farmers clashed over a borehole near Garsen. Three fatalities were reported.", 3),
    # a killing beside another act of the same participants; a bare "N dead" line
    ("On Monday, militants raided a village near Witu. They burned down houses and killed 4 people.", 4),
    ("On Monday, a militia attacked a village in Molo. The attackers torched ten houses, killing one.", 1),
    ("On Monday, militants ambushed a police patrol near Hindi. One dead, two injured.", 1),
    # a counted "death" and the injuries beside it; a killing told "in the violence" just reported
    ("On Monday, rival groups fought over grazing land near Kainuk. One death, two injuries reported.", 1),
    ("On Monday, rival groups fought over grazing land near Kainuk. One death and two injuries were reported.", 1),
    ("On Monday, two clans clashed in Wajir. Three civilians, including a girl, were killed in the violence.", 3),
    # security forces answering a demonstration in the same sentence, or after a semicolon: its intervention
    ("On Monday, youths rioted in Kisumu and police intervened, shooting dead two.", 2),
    ("Traders protested in Kisii on Monday; police fired into the crowd, killing one.", 1),
    # a headline's parts after a semicolon go on telling the event before it
    ("Herders attack a rival clan near Garsen in a revenge raid; at least 11 killed", 11),
    ("Herders attack a rival group near Kainuk; twelve raiders were killed in the fighting.", 12),
    # terse lines with digits: the parser hangs the figure on the word as a list marker or a modifier
    ("On Monday, gunmen attacked a bus near Moyale. 5 killed.", 5),
    ("On Monday, gunmen attacked a bus near Moyale. 3 dead.", 3),
    ("On Monday, a mob attacked two suspected thieves in Kisii. 2 killed, 2 injured.", 2),
    ("On Monday, bandits raided a village near Baragoi. Two were wounded and three killed.", 3),
    # security forces answering a demonstration: the intervention's toll is the demonstration's; an age is no date
    (
        "On Monday, traders rioted over new levies in Kakamega. Police fired into the crowd, killing a "
        "14-year-old girl.",
        1,
    ),
    (
        "On Monday, protesters set fire to shops in Siaya. Police fired tear gas and then live bullets at the "
        "crowd, killing two.",
        2,
    ),
    # a sentence of detail by the same attackers, then the toll: one occurrence, its toll on the first report
    (
        "On Monday, suspected militants attacked a police post near Mandera. The attackers stormed it with "
        "grenades and gunfire. Seven officers were killed.",
        7,
    ),
    ("On Monday, a mob attacked six guards at a funeral in Busia. Five of the guards were killed by the mob.", 5),
    # a death "by" a stray bullet names the means, not another doer: the toll of the fight told before
    (
        "On Monday, two factions of a clan fought over a chieftaincy in Bolgatanga. One person was killed by "
        "gunshots and one injured.",
        1,
    ),
    # a lethal act told with nobody doing it is the toll of the event before, like "Two people were killed."
    ("On Monday, two rival groups clashed in a market in Tamale. One trader was hacked to death.", 1),
    ("On Monday, gunmen attacked a village near Baga in Borno. One man was shot dead.", 1),
    # after a toll, a lethal act with nobody doing it tells how those victims died: no second figure
    ("On Monday, gunmen killed five farmers near Jos. Two of them were hacked to death in their fields.", 5),
    # a part of a group told after the toll does not lower it
    (
        "On Monday, a militia attacked a trading centre near Isiolo. Five people were killed. Two of the attackers "
        "were shot dead.",
        5,
    ),
    # a spaced dash parts a terse report's clauses as a semicolon does
    ("Clan fighters attacked a village near Rhamu on Monday - four people were killed in the attack.", 4),
    # a death noun with no figure refers to the toll, it is not one: the figure before it stands
    (
        "On Sunday, settlers fought herders near Naivasha. Witnesses said 3 people were killed with spears in "
        "the fighting, although police denied those deaths.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "low"), LATER_TOLLS)
def test_fatalities_toll_told_after_the_event_joins_it(pipe, text, low):
    found = [e for e in events(pipe, text) if e.kind == "specific" and not e.negated]
    assert found[0].fatalities.low == low
    assert sum(e.fatalities.low for e in found) == low  # counted once, on the first event


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, gunmen attacked a bus near Mandera. In a separate attack, two herders were killed near Wajir.",
        "On Monday, gunmen attacked a bus near Mandera. Soldiers killed three smugglers near Wajir.",
        "On Monday, gunmen attacked a bus near Mandera. Soldiers fought smugglers near Wajir, killing three.",
        "On Monday, herders clashed over a borehole near Garsen. Residents mourned the death of a chief.",
        "On Monday, a rival faction attacked a funeral in Kasoa. The attackers used machetes to seize the dead body.",
        # the same attackers' act told as another occurrence keeps its own toll
        "On Monday, gunmen attacked a bus near Mandera. The gunmen later attacked a second village, killing three.",
    ],
)
def test_fatalities_unrelated_killing_in_the_next_sentence_stays_apart(pipe, text):
    found = events(pipe, text)
    assert found[0].fatalities.low == 0


def test_fatalities_a_victim_told_only_as_the_cause_is_no_toll_of_the_protest(pipe):
    # the killing is the protest's grievance, told about the man whose body they carry
    text = "On Monday, residents blocked a road in Kibera with the body of a man who was allegedly killed by police."
    found = [e for e in events(pipe, text) if e.kind == "specific"]
    assert found and found[0].event_type == "Protests"
    assert found[0].fatalities.low == 0


def test_fatalities_subset_told_in_a_relative_clause_keeps_the_whole_toll(pipe):
    text = (
        "Six people died in clashes in Tana on Monday. The dead included a boy and four herders who were killed "
        "while grazing cattle."
    )
    assert events(pipe, text)[0].fatalities.low == 6


def test_fatalities_detail_of_the_same_attack_is_one_event(pipe):
    text = (
        "On Monday, suspected militants attacked a police post near Mandera. The attackers stormed it with "
        "grenades and gunfire."
    )
    assert len([e for e in events(pipe, text) if e.kind == "specific"]) == 1
    # a killing with nobody doing it, in the next sentence, is that attack's toll, not a second event
    text = "On Monday, gunmen attacked a village near Baga in Borno. One man was shot dead."
    assert len([e for e in events(pipe, text) if e.kind == "specific"]) == 1
    # told as another occurrence, it stays apart
    text = "On Monday, gunmen attacked a bus near Mandera. The gunmen also raided a shop in Elwak."
    assert len([e for e in events(pipe, text) if e.kind == "specific"]) == 2


def test_fatalities_means_and_fighting_back_are_the_same_battle(pipe):
    # "before opening fire": the subject of the clause the gerund hangs on did it, and they are the attackers
    text = ("Gunmen attacked a police post in Lamu on Monday, killing two officers. The gunmen threw grenades "
            "before opening fire on the guards.")
    assert len([e for e in events(pipe, text) if e.kind == "specific"]) == 1
    # the attacked force fighting back, in the next sentence, is the same battle (ACLED: one event)
    text = ("Militants ambushed an army patrol near Mandera on Monday, killing two soldiers. Troops fought back "
            "and killed four of the militants.")
    assert len([e for e in events(pipe, text) if e.kind == "specific"]) == 1
    # a raid of its own, with its own day, stays apart
    text = ("Militants attacked a police post in Lamu on Monday. Police killed three militants in a raid on "
            "their hideout on Tuesday.")
    assert len([e for e in events(pipe, text) if e.kind == "specific"]) == 2


def test_fatalities_tolls_of_different_victims_add_up(pipe):
    # ACLED's fatalities are all the event's dead: the attackers' dead join their victims'
    text = ("Bandits attacked a village near Baringo on Monday, killing three herders. Police responded and shot "
            "dead two of the bandits.")
    assert events(pipe, text)[0].fatalities.low == 5
    text = ("Militants ambushed an army patrol near Mandera on Monday, killing two soldiers. Troops fought back "
            "and killed four militants.")
    assert events(pipe, text)[0].fatalities.low == 6
    # two reports of the same victims are one toll, at its lowest figure
    text = "Gunmen killed 12 villagers in Zamfara on Monday. Police said 10 villagers died."
    assert events(pipe, text)[0].fatalities.low == 10
    # a killing the victim was accused of, or that a group claims, is no part of the toll
    text = "A mob lynched a man accused of killing two herders in Isiolo on Monday."
    assert events(pipe, text)[0].fatalities.low == 1


def test_fatalities_death_sentence_is_no_toll(pipe):
    # a court sentencing people to death kills nobody in this report
    text = "A military court in Bamako sentenced 12 soldiers to death on Monday over a 2019 mutiny."
    assert all(e.fatalities.best == 0 for e in events(pipe, text))


def test_fatalities_what_a_participant_did_is_not_the_events_toll(pipe):
    text = "Youths burnt the homes of a gang that killed two elders in Kisii on Monday."
    burnt = next(e for e in events(pipe, text) if e.trigger is not None and e.trigger.text == "burnt")
    assert burnt.fatalities.low == 0
