"""Recognition with the spaCy model: NER places, gazetteer matches spaCy missed, and names never forced."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, find_demonyms, find_places


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.open()


def places_of(nlp, gazetteer, text):
    return {p.span.text: p for p in find_places(nlp(text), gazetteer)}


def test_places_recognize_countries_and_governorates(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Fighting spread from the province of Hama to that of Idlib in Syria.")
    assert found["Syria"].feature == "PCLI"
    assert (found["Hama"].feature, found["Hama"].country) == ("ADM1", "SY")
    assert (found["Idlib"].feature, found["Idlib"].country) == ("ADM1", "SY")


@pytest.mark.parametrize("variant", ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour"])
def test_places_recognize_transliteration_variants(nlp, gazetteer, variant):
    text = f"Militants attacked an army post in {variant} province, Syria, on Monday."
    found = places_of(nlp, gazetteer, text)
    assert found[variant].country == "SY" and found[variant].admin1 == "Deir ez-Zor"


def test_places_recognize_person_name_is_not_a_place(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Defence minister Florence Parly met officials in Paris on Sunday.")
    assert "Florence" not in found and "Florence Parly" not in found
    assert found["Paris"].country == "FR"


def test_places_recognize_actor_tagged_as_place_is_dropped(nlp, gazetteer):
    text = "Daesh is still present, the minister said. Daesh claimed the attack in Mosul, Iraq."
    found = places_of(nlp, gazetteer, text)
    assert "Daesh" not in found
    assert found["Mosul"].country == "IQ"


def test_places_recognize_demonym_is_context_not_place(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Syrian troops shelled Homs on Tuesday.")
    assert "Syrian" not in found
    assert found["Homs"].country == "SY"


def test_places_recognize_demonym_named_like_a_small_town_stays_a_demonym(nlp, gazetteer):
    # "Canadian" is also the name of a small Texas town; after "of" it is still the adjective
    doc = nlp('She moved to Austin in 2004. "I was tired of Canadian winters," she said.')
    found = {p.span.text: p for p in find_places(doc, gazetteer)}
    assert "Canadian" not in found
    assert [code for _, code in ((d.span.text, d.country) for d in find_demonyms(doc, gazetteer))] == ["CA"]


def test_places_recognize_demonym_that_is_a_country_name_is_the_country(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "The Philippines sent two navy ships to the shoal on Friday.")
    assert found["Philippines"].feature == "PCLI"


def test_places_recognize_lowercase_words_are_not_places(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "The fighters crossed the middle valley and reached the border.")
    assert found == {}


def test_places_recognize_state_abbreviation(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "The plant in Gainesville, Ga., will close, officials in Atlanta said.")
    assert found["Ga."].name == "Georgia" and found["Ga."].country == "US"
    assert found["Gainesville"].admin1 == "Georgia"


def test_places_recognize_postal_code_needs_its_country(nlp, gazetteer):
    text = ("Supporters of the opposition AL rallied in Dhaka and Chittagong on Friday, "
            "and the AL said more marches would follow in Bangladesh.")
    found = places_of(nlp, gazetteer, text)
    assert "AL" not in found or found["AL"].country != "US"
    assert found["Dhaka"].country == "BD"


@pytest.mark.parametrize("text", ["The plant in Decatur, AL closed on Monday.",
                                  "Storms hit Huntsville and Mobile. Crews across AL worked all night."])
def test_places_recognize_postal_code_in_its_country(nlp, gazetteer, text):
    found = places_of(nlp, gazetteer, text)
    assert (found["AL"].country, found["AL"].feature) == ("US", "ADM1")


@pytest.mark.parametrize(("text", "street"), [
    ("Firefighters were called to a house on Willow Creek Road late on Friday.", "Willow Creek Road"),
    ("The crash closed Interstate 80 West for three hours.", "Interstate 80 West"),
    ("Deputies stopped the truck on State Highway 212 near the river.", "State Highway 212"),
    ("A bakery at 212 Mapleton Ave. reopened this week.", "Mapleton Ave."),
    ("Traffic backed up on I-70 during the storm.", "I-70"),
])
def test_places_recognize_street_is_unresolved_place(nlp, gazetteer, text, street):
    found = places_of(nlp, gazetteer, text)
    assert street in found
    assert not found[street].resolved and "street" in (found[street].reason or "")


@pytest.mark.parametrize(("text", "streets"), [
    ("The crash happened at Culver and Main streets just after noon.", ["Culver", "Main"]),
    ("Crews will repave Oak, Elm, and Fifth avenues this summer.", ["Oak", "Elm", "Fifth"]),
    ("Lincoln and Roosevelt roads were closed for the parade, officials in Omaha said.", ["Lincoln", "Roosevelt"]),
    ("Police were called to the 300 block of Kelly Lane on Friday.", ["Kelly Lane"]),
    ("The detour runs between Pat Lane and the river until May.", ["Pat Lane"]),
])
def test_places_recognize_streets_in_lists_and_blocks(nlp, gazetteer, text, streets):
    found = places_of(nlp, gazetteer, text)
    for street in streets:
        assert street in found and not found[street].resolved and "street" in (found[street].reason or "")


def test_places_recognize_plural_street_word_needs_a_list_of_short_names(nlp, gazetteer):
    text = "Sponsors are the Central Tennessee Development District, Galaxy Lanes and the library."
    found = places_of(nlp, gazetteer, text)
    assert "Galaxy" not in found and "Galaxy Lanes" not in found


def test_places_recognize_town_name_inside_street_is_not_the_town(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Police searched a home on Memphis Street in Shreveport, Louisiana.")
    assert "Memphis" not in found and not found["Memphis Street"].resolved
    assert found["Shreveport"].admin1 == "Louisiana"


@pytest.mark.parametrize(("text", "place", "street"), [
    ("Buses now stop on Tulsa's Cherry Street twice a day.", "Tulsa", "Cherry Street"),
    ("The bridge on Otter Tail County Road 12 was closed.", "Otter Tail County", "Road 12"),
])
def test_places_recognize_area_before_street_stays_a_place(nlp, gazetteer, text, place, street):
    found = places_of(nlp, gazetteer, text)
    assert street in found and not found[street].resolved
    assert found[place].resolved


def test_places_recognize_street_word_inside_longer_name_is_no_street(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "She wrote for the Wall Street Journal before moving to Boston.")
    assert "Wall Street" not in found


@pytest.mark.parametrize(("text", "dateline", "country"), [
    ("Crops destroyed. BEIRUT: Israel flooded farmland near the border, officials said.", "BEIRUT", "LB"),
    ("Budget approved. CROMWELL — Police said the issue had ended.", "CROMWELL", "US"),
    ("ST. PAUL -- Lawmakers said the session would run late this year.", "ST. PAUL", "US"),  # the whole name
])
def test_places_recognize_dateline(nlp, gazetteer, text, dateline, country):
    found = places_of(nlp, gazetteer, text)
    assert found[dateline].country == country


def test_places_recognize_capitals_before_a_colon_need_a_place_name(nlp, gazetteer):
    assert places_of(nlp, gazetteer, "Update. NOTE: the meeting was moved to Friday.") == {}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Health officials in KwaZulu-Natal reported forty new cases on Friday.", "KwaZulu-Natal", "ZA"),
    ("Farmers in Saxony-Anhalt and Bavaria culled their flocks.", "Saxony-Anhalt", "DE"),
    ("Heavy rain flooded towns in Rio Grande do Sul and Parana this week.", "Rio Grande do Sul", "BR"),
])
def test_places_recognize_whole_multiword_name(nlp, gazetteer, text, name, country):
    found = places_of(nlp, gazetteer, text)
    assert found[name].feature == "ADM1" and found[name].country == country


@pytest.mark.parametrize(("text", "name", "count", "admin1"), [
    ("Flood waters rose in Bucksport, Maine, on Monday. Bucksport police said the river crested overnight, "
     "and Bucksport Town Manager Sue Lessard asked residents to stay home.", "Bucksport", 3, "Maine"),
    ("Heavy snow fell on Ely, Nevada. An Ely grand jury delayed its hearing, and Ely Fire Chief Dan Reed "
     "said crews were stretched.", "Ely", 3, "Nevada"),
    ("A barn burned outside Bucksport, Maine, on Sunday. The Bucksport Volunteer Fire Department put out the "
     "flames.", "Bucksport", 2, "Maine"),
])
def test_places_recognize_echoes_of_a_place_name(nlp, gazetteer, text, name, count, admin1):
    places = [p for p in find_places(nlp(text), gazetteer) if p.span.text == name]
    assert len(places) == count
    assert {(p.admin1, p.score) for p in places} == {(places[0].admin1, places[0].score)}
    assert places[0].admin1 == admin1


@pytest.mark.parametrize(("text", "name"), [
    ("Voters in Harlan, Kentucky, rejected the levy. Tom Harlan, who led the campaign, said Harlan would "
     "try again.", "Harlan"),
    ("Voters in Bucksport, Maine, rejected the levy. Bucksport said the vote was close, and Bucksport "
     "Harris, a resident, agreed.", "Bucksport"),
    ("Flooding hit Bucksport, Maine. Bucksport Savings Bank Harris Division said branches were closed.",
     "Bucksport"),
])
def test_places_recognize_no_echo_in_person_names(nlp, gazetteer, text, name):
    places = [p for p in find_places(nlp(text), gazetteer) if p.span.text == name]
    assert len(places) == 1 and text.index(name) == places[0].span.start


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Deputies said two Zanesville teens and a Bucksport couple were questioned.", "Bucksport", "Maine"),
    ("Missing Glen Allen woman is found safe.", "Glen Allen", "Virginia"),
])
def test_places_recognize_name_before_resident_noun(nlp, gazetteer, text, name, admin1):
    found = places_of(nlp, gazetteer, text)
    assert found[name].admin1 == admin1


@pytest.mark.parametrize(("text", "word"), [
    ("A Muslim woman and a Hindu man were hurt in the crush.", "Muslim"),
    ("Duke women's coach Jo Ross praised the team.", "Duke"),
])
def test_places_recognize_group_or_team_before_resident_noun_is_no_place(nlp, gazetteer, text, word):
    assert word not in places_of(nlp, gazetteer, text)


@pytest.mark.parametrize(("text", "group", "place"), [
    ("Armed Kikuyu youths burned two shops in Naivasha on Sunday.", "Kikuyu", "Naivasha"),
    ("Members of the Kisii community marched to the chief's office in Nairobi.", "Kisii", "Nairobi"),
    ("Samburu herders raided a cattle boma near Isiolo at dawn.", "Samburu", "Isiolo"),
    ("The Kisii and Maasai fought over a disputed farm outside Narok.", "Kisii", "Narok"),
    ("Turkana and Pokot raiders stole goats from a village in Baringo.", "Turkana", "Baringo"),
])
def test_places_recognize_group_name_used_for_the_group_is_no_town(nlp, gazetteer, text, group, place):
    # an ethnic group's name before a noun for its members, or as the subject of a verb, names the group:
    # at most the first-level area named after it (its home), never a town of its name
    found = places_of(nlp, gazetteer, text)
    assert group not in found or found[group].feature == "ADM1"
    assert found[place].country == "KE"


def test_places_recognize_group_name_without_an_area_of_its_name_is_no_place(nlp, gazetteer):
    # the gazetteer only has a town named like the group: the group is not there
    assert "Kikuyu" not in places_of(nlp, gazetteer, "Kikuyu elders met to discuss the land dispute.")


@pytest.mark.parametrize(("text", "name"), [
    ("Traders in Kisii protested against new market fees on Monday.", "Kisii"),
    ("Herders in Turkana clashed with police over a water point.", "Turkana"),
    ("Youths in Kikuyu town protested against police.", "Kikuyu"),
])
def test_places_recognize_group_name_after_a_locative_cue_is_a_place(nlp, gazetteer, text, name):
    found = places_of(nlp, gazetteer, text)
    assert found[name].country == "KE"


def test_places_recognize_group_word_is_not_echoed_as_a_town(nlp, gazetteer):
    # "Kisii" is a town and a county; the group's word is at most the county, whatever "in Kisii" reads as
    found = find_places(nlp("Kisii youths clashed with police officers in Kisii town on Monday."), gazetteer)
    features = {p.span.start: p.feature for p in found if p.resolved}
    assert features.get(0, "ADM1") == "ADM1"
    assert max(features.items())[1].startswith("PPL")  # "in Kisii town" keeps its own reading


def test_places_recognize_name_after_a_prefix_is_not_the_place(nlp, gazetteer):
    # "Trans Mara" is the land across the Mara: not Tanzania's Mara region
    found = places_of(nlp, gazetteer, "Sugarcane farmers in Trans Mara District protested a new levy.")
    assert all(p.country != "TZ" for p in found.values())


def test_places_recognize_a_town_alone_before_a_verb_stays_a_place(nlp, gazetteer):
    # a group's name that is also a town's, alone before a verb, may be the town ("Kisii erupted")
    found = places_of(nlp, gazetteer, "Kisii erupted in protests on Monday after the arrest of a trader.")
    assert found["Kisii"].country == "KE"


@pytest.mark.parametrize(("text", "word", "place"), [
    ("Man stabbed during a quarrel over land near Nakuru.", "Man", "Nakuru"),
    ("Date of the ambush on the convoy outside Garissa is not known.", "Date", "Garissa"),
    ("Young traders blocked the highway at Kitale over new levies.", "Young", "Kitale"),
])
def test_places_recognize_ordinary_word_opening_a_sentence_is_no_town(nlp, gazetteer, text, word, place):
    # a verb or adjective of English opening a sentence ("Man", "Date", "Young") is the word, not a
    # foreign town of that name, when spaCy does not tag it a place
    found = places_of(nlp, gazetteer, text)
    assert word not in found
    assert found[place].country == "KE"


@pytest.mark.parametrize(("text", "word"), [
    ("Lawyers marched to the Supreme Court to file a petition on Tuesday.", "Supreme"),
    ("Villagers stopped Forest Service rangers from seizing charcoal.", "Forest"),
    ("A mob attacked delegates leaving an Alliance for Change meeting.", "Alliance"),
    ("Gunmen fired at a Red Cross lorry carrying food aid.", "Red"),
    ("Members of the Freedom Alliance blocked a road outside Nakuru.", "Alliance"),
])
def test_places_recognize_head_of_a_body_name_is_no_town(nlp, gazetteer, text, word):
    # a word of an organisation's or building's name that is an English verb or adjective, or a kind of
    # body, is no small town abroad of that name
    assert word not in places_of(nlp, gazetteer, text)


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Nairobi University students boycotted classes over fees.", "Nairobi", "KE"),
    ("Officials of the Tamale Metropolitan Assembly pulled down kiosks.", "Tamale", "GH"),
    ("The Ohio Highway Patrol closed the interstate after the crash.", "Ohio", "US"),
])
def test_places_recognize_big_place_heading_a_body_name_stays_a_place(nlp, gazetteer, text, word, country):
    assert places_of(nlp, gazetteer, text)[word].country == country


def test_places_recognize_short_acronym_is_no_town(nlp, gazetteer):
    # "UN" and "EU" in capitals are organisations, not the towns "Un" (India) and "Eu" (France)
    found = places_of(nlp, gazetteer, "A UN convoy and EU observers were stopped at a roadblock near Mandera.")
    assert "UN" not in found and "EU" not in found
    assert found["Mandera"].country == "KE"


def test_places_recognize_acronym_of_the_name_before_it_is_no_place(nlp, gazetteer):
    # "(AMA)" spells the initials of the name before it: that body's abbreviation, not Amman
    text = "Guards of the Accra Metropolitan Assembly (AMA) demolished stalls at a market."
    found = places_of(nlp, gazetteer, text)
    assert "AMA" not in found
    assert found["Accra"].country == "GH"


def test_places_recognize_acronym_of_a_place_name_stays_the_place(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Rebels regrouped in the Democratic Republic of Congo (DRC) last year.")
    assert found["DRC"].country == "CD"


@pytest.mark.parametrize("text", [
    "Pre-election violence flared in Kakamega on Sunday.",
    "Anti-government marchers were dispersed in Kakamega on Sunday.",
])
def test_places_recognize_prefix_before_a_hyphen_is_no_place(nlp, gazetteer, text):
    # "Pre-" is an English prefix (not Phrae, Thailand), whatever the gazetteer holds under that name
    found = places_of(nlp, gazetteer, text)
    assert set(found) == {"Kakamega"}


def test_places_recognize_place_before_a_hyphen_stays_a_place(nlp, gazetteer):
    assert places_of(nlp, gazetteer, "Nairobi-based activists marched to parliament.")["Nairobi"].country == "KE"


def test_places_recognize_english_word_town_after_a_cue_stays_a_place(nlp, gazetteer):
    # a town whose name is an English word, after "at", stays the town however spaCy tags it
    found = places_of(nlp, gazetteer, "Boda boda riders held a sit-in at Engineer after a colleague was robbed.")
    assert found["Engineer"].country == "KE"


def test_places_recognize_town_after_in_inside_a_body_name_stays_a_place(nlp, gazetteer):
    # "in Pierce" inside an organisation's name still places it: the town, not a word of the name
    text = "Donations were left at the United Methodist Church of Christ in Pierce for the food drive."
    assert places_of(nlp, gazetteer, text)["Pierce"].country == "US"


@pytest.mark.parametrize("text", [
    "Residents of Hahira blocked the highway with burning tyres.",
    "The villagers of Hahira blocked the highway on Monday.",
    "Police raided the town of Hahira on Sunday.",
    "Angry youths of Hahira stoned a passing convoy.",
])
def test_places_recognize_small_town_after_people_or_settlement_of_is_a_place(nlp, gazetteer, text):
    # "of" after a noun for a place's people or a settlement says where: a small town there is kept
    assert places_of(nlp, gazetteer, text)["Hahira"].admin1 == "Georgia"


@pytest.mark.parametrize("text", [
    "The Bank of Hahira raised its rates.",
    "Students at the University of Hahira protested.",
])
def test_places_recognize_small_town_after_a_body_of_is_still_weak(nlp, gazetteer, text):
    # a body's or an office's "of" is no locative cue: an unsupported small town stays out
    assert "Hahira" not in places_of(nlp, gazetteer, text)


def test_places_recognize_town_by_another_name_after_a_firm_cue_in_a_named_country(nlp, gazetteer):
    # Badagri is only another spelling of Badagry: taken after "traders of" when the text evidences Nigeria
    found = places_of(nlp, gazetteer, "Traders of Badagri shut their stalls after Nigerian police raided the market.")
    assert (found["Badagri"].name, found["Badagri"].country) == ("Badagry", "NG")


def test_places_recognize_town_by_another_name_without_its_country_is_unresolved(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Traders of Badagri shut their stalls after police raided the market.")
    assert not found["Badagri"].resolved and "country" in (found["Badagri"].reason or "")


def test_places_recognize_another_name_inside_a_longer_name_is_not_taken(nlp, gazetteer):
    # "Boni" is another spelling of Bonn, but here it opens the name of a forest: neither word is a town
    found = places_of(nlp, gazetteer, "Kenyan troops killed three militants in Boni Forest on Monday.")
    assert all(p.country in (None, "KE") for p in found.values())


def test_places_recognize_unsupported_alternate_casts_no_vote(nlp, gazetteer):
    # an unsupported town by another name must not pull the text's other places abroad
    text = "Two clans fought over grazing land in Qara near Wajir town, Kenyan police said."
    found = places_of(nlp, gazetteer, text)
    assert found["Wajir"].country == "KE"
    assert "Qara" not in found or found["Qara"].country in (None, "KE")


@pytest.mark.parametrize("text", [
    "Shop owners welcomed parts of the Liberal budget on Thursday.",
    "The Liberal government will raise the fuel levy, a spokesman in Ottawa said.",
])
def test_places_recognize_adjective_before_a_noun_is_not_a_town(nlp, gazetteer, text):
    # Liberal is a town in Kansas; as an adjective before a common noun it is the party's word
    assert "Liberal" not in places_of(nlp, gazetteer, text)


def test_places_recognize_town_named_like_an_adjective_after_a_locative_cue(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Two barns burned near Liberal, Kansas, on Sunday.")
    assert found["Liberal"].admin1 == "Kansas"


@pytest.mark.parametrize(("text", "name"), [
    ("Drought hit farms across the Central Plateau this spring.", "Central Plateau"),
    ("Birds nesting in the Okavango Delta were tested for the virus.", "Okavango Delta"),
])
def test_places_recognize_feature_word_is_not_the_area_named_like_it(nlp, gazetteer, text, name):
    # Nigeria's Plateau and Delta states are not the plateau or delta inside a longer name
    found = find_places(nlp(text), gazetteer)
    assert not any(p.admin1 in ("Plateau", "Delta") for p in found)
    assert any(p.span.text == name and p.name is None for p in found)


def test_places_recognize_inner_part_known_by_its_own_name_wins_over_an_alternate_name(nlp, gazetteer):
    # "Gold" is only an alternate name of Australia's Gold Coast; "Ghana" names the country itself
    found = find_places(nlp("Miners employed by Newmont Gold Ghana Limited walked out on Friday over unpaid "
                            "bonuses."), gazetteer)
    assert [(p.span.text, p.country) for p in found] == [("Ghana", "GH")]


def test_places_recognize_extended_name_is_read_once(nlp, gazetteer):
    # the longer name the gazetteer knows is one mention; its last word is not read again as a town
    found = find_places(nlp("Wild birds were tested in Ceamurlia de Jos last week."), gazetteer)
    assert [p.span.text for p in found if "Jos" in p.span.text] == ["Ceamurlia de Jos"]


def test_places_congo_alone_is_the_larger_congo_unless_the_text_says_otherwise(nlp, gazetteer):
    assert places_of(nlp, gazetteer, "Aid convoys reached eastern Congo on Monday.")["Congo"].country == "CD"
    found = places_of(nlp, gazetteer, "Brazzaville, the capital of Congo, was calm on Monday.")
    assert found["Congo"].country == "CG" and found["Congo"].feature == "PCLI"


@pytest.mark.parametrize("text", [
    "Police shot two Somali militiamen who had killed civilians near the border.",
    "The body of a Somali national was later found near the airport.",
    "Kenyan and Somali youth clashed after a grenade attack.",
])
def test_places_recognize_nation_word_before_a_noun_is_no_area_of_its_name(nlp, gazetteer, text):
    # "Somali" is also Ethiopia's Somali region; before a noun for people it is the nation's word
    assert not any(p.admin1 == "Somali" for p in find_places(nlp(text), gazetteer))


@pytest.mark.parametrize("text", [
    "Fighting broke out in the Somali region of Ethiopia on Monday.",
    "Troops were deployed to Somali after the clashes.",
])
def test_places_recognize_area_named_like_a_nation_word_is_still_the_area(nlp, gazetteer, text):
    assert any(p.admin1 == "Somali" and p.country == "ET" for p in find_places(nlp(text), gazetteer))


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The defeat was a blow to our West Virginia Democratic Party and to its volunteers.", "West Virginia",
     "West Virginia"),
])
def test_places_recognize_inner_place_may_open_with_a_direction_word(nlp, gazetteer, text, name, admin1):
    # the whole name the gazetteer knows, not the state its last word names (Virginia)
    found = places_of(nlp, gazetteer, text)
    assert name in found and found[name].admin1 == admin1


def test_places_the_capital_is_the_capital_of_the_country_the_text_is_about(nlp, gazetteer):
    # not Venezuela's Capital District, which bears the word as its name
    found = find_places(nlp("Police in Kathmandu said youth groups marched in the Capital on Saturday."), gazetteer)
    capital = next(p for p in found if p.span.text == "Capital")
    assert (capital.name, capital.country, capital.feature) == ("Kathmandu", "NP", "PPLC")


def test_places_the_capital_of_an_unnamed_country_is_unresolved(nlp, gazetteer):
    found = find_places(nlp("Youth groups marched in the Capital on Saturday demanding a new charter."), gazetteer)
    capital = next(p for p in found if p.span.text == "Capital")
    assert not capital.resolved and "capital" in (capital.reason or "")


@pytest.mark.parametrize(("text", "name"), [
    ("An Athens woman won the county's spelling bee on Saturday.", "Athens"),
    ("An Oxford bakery closed its doors after forty years.", "Oxford"),
])
def test_places_recognize_sentence_opening_article_is_not_part_of_the_name(nlp, gazetteer, text, name):
    # "an" is also an Arabic article ("An Najaf"), but "An Athens" is no name the gazetteer has
    assert name in places_of(nlp, gazetteer, text)


def test_places_recognize_arabic_article_stays_in_a_name_that_has_it(nlp, gazetteer):
    assert "An Najaf" in places_of(nlp, gazetteer, "Pilgrims gathered in An Najaf on Friday.")
