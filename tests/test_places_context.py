"""Context ranking with the real gazetteer: a qualifying area after a comma, country names over namesake
towns, regions and seas, a namesake far from every country the text names, and demonyms as context."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.places import Gazetteer, event_location, find_demonyms, find_places


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.open()


def places_of(nlp, gazetteer, text):
    return {p.span.text: p for p in find_places(nlp(text), gazetteer)}


def test_places_context_area_after_a_comma_places_the_town(nlp, gazetteer):
    text = ("The singer flew in from Los Angeles and Chicago and arrived on Sunday in Florence, Italy, "
            "where she met the mayor.")
    assert places_of(nlp, gazetteer, text)["Florence"].country == "IT"


def test_places_context_a_country_name_means_the_country(nlp, gazetteer):
    text = ("Grocers in Texas and California said on Monday that salmon from Norway and Egypt's cotton "
            "cost more this year.")
    found = places_of(nlp, gazetteer, text)
    assert found["Norway"].feature == "PCLI" and found["Egypt"].feature == "PCLI"


def test_places_context_a_town_named_like_a_country_when_placed(nlp, gazetteer):
    text = "The fire destroyed a barn outside Norway, Maine, on Tuesday, firefighters from Portland said."
    assert places_of(nlp, gazetteer, text)["Norway"].country == "US"


def test_places_context_regions_and_seas_resolve(nlp, gazetteer):
    text = "Ships crossed the Mediterranean while aid groups across the Middle East asked for help."
    found = places_of(nlp, gazetteer, text)
    assert found["Mediterranean"].feature == "SEA"
    assert found["Middle East"].feature == "RGN"


def test_places_context_far_namesake_loses_to_the_region(nlp, gazetteer):
    text = ("Israel closed its crossings into Gaza on Tuesday after rockets were fired, and Egypt kept "
            "its border shut, officials in Jerusalem and Cairo said.")
    assert places_of(nlp, gazetteer, text)["Gaza"].country == "PS"


def test_places_context_demonyms_are_context_not_places(nlp, gazetteer):
    text = "Syrian troops and the Georgian Health Ministry's envoy met in Homs."
    doc = nlp(text)
    demonyms = {d.span.text: d.country for d in find_demonyms(doc, gazetteer)}
    assert demonyms == {"Syrian": "SY", "Georgian": "GE"}
    found = {p.span.text for p in find_places(doc, gazetteer)}
    assert "Syrian" not in found and "Georgian" not in found


def test_places_context_county_heading_an_office_is_the_county(nlp, gazetteer):
    text = "Deputies of the Lubbock County Sheriff's Office in Texas arrested the driver on Friday."
    found = find_places(nlp(text), gazetteer)
    county = [p for p in found if p.span.text == "Lubbock County"]
    assert county and county[0].feature == "ADM2" and county[0].admin1 == "Texas"


def test_places_context_names_in_a_county_list(nlp, gazetteer):
    text = "Voters in Portage and Ashtabula counties in Ohio went to the polls on Tuesday."
    found = places_of(nlp, gazetteer, text)
    assert found["Portage"].feature == "ADM2" and found["Portage"].admin1 == "Ohio"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Voters in DeKalb County, Georgia, approved a new jail on Tuesday. In DeKalb, construction starts in May.",
     "DeKalb", "Georgia"),
    ("Two bridges in Osceola County, Florida, will be rebuilt. Traffic in Osceola will be slow until June.",
     "Osceola", "Florida"),
])
def test_places_context_bare_name_of_a_county_the_text_names_is_in_it(nlp, gazetteer, text, name, admin1):
    found = places_of(nlp, gazetteer, text)
    assert (found[name].country, found[name].admin1) == ("US", admin1)


def test_places_context_repeated_names_weigh_more(nlp, gazetteer):
    # Maine, named three times, outweighs Oregon, named once: Portland is the one in Maine
    text = ("Snow fell across Maine on Monday. Maine schools closed and Maine ferries stopped, while Oregon "
            "stayed dry. Crews in Portland cleared the roads.")
    assert places_of(nlp, gazetteer, text)["Portland"].admin1 == "Maine"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Aid convoys reached camps in Darfur after weeks of fighting, officials in Khartoum said.", "Darfur", "SD"),
    ("Separatists in the Donbas shelled a school, Ukrainian officials said.", "Donbas", "UA"),
    ("An earthquake shook western Sumatra on Tuesday, Indonesian officials said.", "Sumatra", "ID"),
])
def test_places_context_named_regions_inside_countries_resolve(nlp, gazetteer, text, name, country):
    found = places_of(nlp, gazetteer, text)
    assert (found[name].feature, found[name].country) == ("RGN", country)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Veterinarians tested pigs on two farms in northern Luzon last week.", "Luzon", "PH"),
    ("Rice prices rose across Java after the floods.", "Java", "ID"),
])
def test_places_context_named_region_outranks_a_hamlet_of_its_name(nlp, gazetteer, text, name, country):
    found = places_of(nlp, gazetteer, text)
    assert (found[name].feature, found[name].country) == ("RGN", country)


def test_places_context_countries_from_outside_the_place_names(nlp, gazetteer):
    # a region name several countries share; the caller's country evidence (the parties and police the text
    # names) picks the region, as a demonym would
    doc = nlp("Herders clashed with farmers in Kobilla (Tano West, North East) on Sunday.")
    alone = next(p for p in find_places(doc, gazetteer) if p.span.text == "North East")
    told = next(p for p in find_places(doc, gazetteer, Counter({"GH": 1})) if p.span.text == "North East")
    assert alone.country != "GH" and told.country == "GH" and told.feature == "ADM1"


def test_places_context_region_word_reaches_an_area_filed_without_it(nlp, gazetteer):
    doc = nlp("Ghanaian farmers blocked the main road in the Central Region on Friday.")
    central = next(p for p in find_places(doc, gazetteer) if p.span.text == "Central Region")
    assert (central.country, central.admin1, central.feature) == ("GH", "Central", "ADM1")


@pytest.mark.parametrize(("text", "name"), [
    ("Police fired tear gas at rioters in Nakuru and across the Rift Valley Province, officials in Kenya said.",
     "Rift Valley Province"),
    ("Youths blocked roads in Kisumu and other towns of Nyanza after the result was announced in Kenya.",
     "Nyanza"),
])
def test_places_context_former_provinces_resolve_in_their_country(nlp, gazetteer, text, name):
    # Kenya's provinces were abolished in 2013; news still names them: not a namesake town in Rwanda
    found = places_of(nlp, gazetteer, text)
    assert (found[name].feature, found[name].country) == ("RGN", "KE")


def test_places_context_a_quarter_of_a_city_is_no_area_cue(nlp, gazetteer):
    # "the business district of X": X is the city the district is part of, in every mention
    text = ("Hawkers marched through the business district of Nairobi on Monday. Shops in Nairobi stayed "
            "shut, and Kenyan officials said trade in Nairobi would resume.")
    found = find_places(nlp(text), gazetteer)
    assert {p.feature for p in found if p.span.text == "Nairobi"} == {"PPLC"}


def test_places_context_a_qualified_province_after_of_is_still_the_province(nlp, gazetteer):
    text = "Fighting was reported in the northern province of Balkh, where officials counted four dead."
    assert places_of(nlp, gazetteer, text)["Balkh"].feature == "ADM1"


@pytest.mark.parametrize(("text", "town", "area", "country"), [
    ("Two soldiers died when a bomb went off under their truck in Kiunga, Lamu, on Tuesday.", "Kiunga", "Lamu",
     "KE"),
    ("Gunmen attacked a bus station in Bama, Ghana, before dawn.", "Bama", "Ghana", "GH"),
])
def test_places_context_town_outside_the_country_of_its_comma_area_is_unresolved(nlp, gazetteer, text, town,
                                                                               area, country):
    # the area after the comma says which country the town is in: a namesake elsewhere is not it, and the
    # event falls back to the area
    doc = nlp(text)
    places = find_places(doc, gazetteer)
    found = {p.span.text: p for p in places}
    assert not found[town].resolved and area in (found[town].reason or "")
    assert found[area].country == country
    loc = event_location(places, 0, len(text), doc)
    assert loc.country == country and loc.geo_precision >= 2 and town in (loc.reason or "")


@pytest.mark.parametrize(("text", "names"), [
    ("Crowds marched in Paris, Lyon and Nice on Saturday.", ("Paris", "Lyon", "Nice")),
    ("Fans gathered in Paris, Texas on Friday.", ("Paris", "Texas")),
])
def test_places_context_lists_and_town_state_pairs_stay_resolved(nlp, gazetteer, text, names):
    found = places_of(nlp, gazetteer, text)
    assert all(found[name].resolved for name in names)


def test_places_context_village_named_like_a_country_is_not_the_country(nlp, gazetteer):
    # the text calls the name a village: the country of that name is not it (the gazetteer lacks the village)
    doc = nlp("A trader was robbed in the village of Kosovo outside Narok, Kenyan police said on Friday.")
    places = find_places(doc, gazetteer)
    kosovo = next(p for p in places if p.span.text == "Kosovo")
    assert not kosovo.resolved
    assert event_location(places, 0, len(doc.text), doc).name == "Narok"


def test_places_context_country_abbreviation_before_city_stays_the_country(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Ten U.S. city councils voted for the plan on Monday.")
    assert found["U.S."].feature == "PCLI"


def test_places_context_a_great_city_of_a_named_country_beats_a_small_namesake(nlp, gazetteer):
    # the story names Canada; the Texas places vote for the US, but not for a small Toronto there
    text = ("The surgeon grew up in Canada and trained at a hospital in Toronto before she moved to "
            "Houston and then Dallas, Texas.")
    found = places_of(nlp, gazetteer, text)
    assert (found["Toronto"].country, found["Toronto"].admin1) == ("CA", "Ontario")


def test_places_context_a_placed_small_namesake_still_wins_over_a_great_city(nlp, gazetteer):
    text = ("The surgeon grew up in Canada and now runs a clinic in Toronto, Ohio, near Steubenville.")
    assert places_of(nlp, gazetteer, text)["Toronto"].country == "US"


def test_places_name_settled_by_a_longer_mention_keeps_that_sense(nlp, gazetteer):
    # the hyphenated county name settles which Athens the bare name means later in the same story
    doc = nlp("Road crews in Athens-Clarke County will close two lanes. Drivers in Athens should expect delays "
              "near Madison Heights this week.")
    athens = [p for p in find_places(doc, gazetteer) if p.span.text == "Athens"]
    assert athens and all(p.admin1 == "Georgia" for p in athens)


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # neither name alone says Kentucky: the town and its own county, read together, do
    ("A Richmond woman was charged on Monday after the crash, and she was lodged in the Madison County "
     "jail overnight.", "Richmond", "Kentucky"),
    ("The Paris school board met on Monday. Henry County officials said buses from Memphis and Atlanta "
     "would not run.", "Henry County", "Tennessee"),
])
def test_places_context_a_town_and_its_county_read_together(nlp, gazetteer, text, name, admin1):
    found = places_of(nlp, gazetteer, text)
    assert (found[name].country, found[name].admin1) == ("US", admin1)


def test_places_context_a_town_beside_its_county_leaves_a_lone_name_alone(nlp, gazetteer):
    # with no county or neighbour named, the likeliest reading stands
    found = places_of(nlp, gazetteer, "A Richmond woman was charged on Monday after the crash.")
    assert found["Richmond"].admin1 == "Virginia"


@pytest.mark.parametrize(("text", "name", "feature", "country"), [
    ("Fishermen on Lake Turkana said raiders took their boats on Monday.", "Lake Turkana", "LK", "KE"),
    ("Clashes resumed in the Nuba Mountains on Friday, residents said.", "Nuba Mountains", "RGN", "SD"),
    ("Gunmen attacked a pipeline in the Niger Delta overnight.", "Niger Delta", "RGN", "NG"),
    ("Two climbers went missing in the Alps after a storm.", "Alps", "RGN", None),
])
def test_places_context_lakes_ranges_and_deltas_resolve(nlp, gazetteer, text, name, feature, country):
    found = places_of(nlp, gazetteer, text)
    assert (found[name].feature, found[name].country) == (feature, country)


def test_places_context_a_huge_area_abroad_outranks_a_small_namesake_town(nlp, gazetteer):
    # the text names only the United States, yet "England" is England, not the small town in Arkansas
    text = ("Ranchers in Texas and Montana said on Monday that beef shipments to England would resume "
            "after the inspection.")
    found = places_of(nlp, gazetteer, text)
    assert (found["England"].country, found["England"].feature) == ("GB", "ADM1")


def test_places_context_a_name_listed_with_a_country_is_a_country(nlp, gazetteer):
    # "Niger" is also a state of Nigeria, which the text names: listed with Chad it is the country
    text = ("Health officials in Nigeria said on Monday that no new cases had been seen in Chad and Niger "
            "since the spring.")
    found = places_of(nlp, gazetteer, text)
    assert (found["Niger"].country, found["Niger"].feature) == ("NE", "PCLI")


def test_places_context_a_state_listed_with_a_state_keeps_its_reading(nlp, gazetteer):
    # "Georgia" beside a state is the state: only a country's own name makes the list one of countries
    text = "Storms hit Georgia and Alabama on Monday, closing schools across both states."
    assert places_of(nlp, gazetteer, text)["Georgia"].country == "US"


def test_places_context_a_towns_other_name_competes_when_the_name_is_taken(nlp, gazetteer):
    # "Westminster" is the own name of towns in the United States and another name of the London borough
    text = ("Inspectors closed a cafe in London, England, on Friday. A Westminster City Council officer said "
            "the owners had been warned twice.")
    found = places_of(nlp, gazetteer, text)
    assert found["Westminster"].country == "GB"


def test_places_context_the_soviet_union_is_placed(nlp, gazetteer):
    text = "The treaty was signed in 1987 by the United States and the Soviet Union."
    assert places_of(nlp, gazetteer, text)["Soviet Union"].country == "RU"


def test_places_context_a_quarter_of_a_city_is_the_city_not_a_far_namesake(nlp, gazetteer):
    # "North Dallas" matches only a loose spelling of a village's other name far away ("North Dalles")
    text = "Crews will spray most of North Dallas this week, officials in Dallas County, Texas, said."
    found = places_of(nlp, gazetteer, text)
    assert found["Dallas"].country == "US" and found["Dallas"].admin1 == "Texas"


def test_places_context_a_former_name_beside_a_country_by_a_slash(nlp, gazetteer):
    text = "Zaire/Congo has had the most outbreaks of the disease, doctors in Angola and Gabon said."
    found = places_of(nlp, gazetteer, text)
    assert (found["Zaire/"].country, found["Zaire/"].feature) == ("CD", "PCLI")


def test_places_context_a_name_inside_a_longer_foreign_name_is_not_read_alone(nlp, gazetteer):
    # "Bab" is another name of a Syrian town; "Bab el-Oued" is a quarter of Algiers the gazetteer lacks
    text = "Gunmen attacked a cafe in Bab el-Oued, a district of Algiers, Algeria."
    found = places_of(nlp, gazetteer, text)
    assert all(p.country != "SY" for p in found.values())


def test_places_context_a_small_towns_other_name_ranks_below_towns_of_that_name(gazetteer):
    # "Maryville" is the own name of towns in Tennessee, Missouri and Illinois and an old name of smaller towns
    # elsewhere: before any context, each of those readings ranks well below the towns of the name
    from eventwire.places.resolve import PRIMARY, _priors

    cands = list(gazetteer.lookup("Maryville"))
    priors = dict(zip((c.id for c in cands), _priors(cands), strict=True))
    own = min(priors[c.id] for c in cands if c.quality == PRIMARY and c.country == "US")
    others = [priors[c.id] for c in cands if c.quality != PRIMARY and c.feature.startswith("PPL")]
    assert others and max(others) < own - 1.0


@pytest.mark.parametrize(("text", "town"), [
    ("A truck overturned on a rural road near Stroud, Ontario, Canada, on Friday.", "Stroud"),
    ("The trial opens next week at a Bradford, Ontario courthouse.", "Bradford"),
])
def test_places_context_a_town_placed_in_a_province_abroad_is_no_namesake_at_home(nlp, gazetteer, text, town):
    # the gazetteer lacks the Ontario towns: neither England's Stroud or Bradford nor Oklahoma's Stroud is
    # them; a country after the province goes on placing ("Town, Province, Country" is no list), and a big
    # city's name is placed by a province no big city is named after
    found = places_of(nlp, gazetteer, text)
    assert not found[town].resolved and "Ontario" in (found[town].reason or "")
    assert found["Ontario"].country == "CA"


def test_places_context_a_big_city_before_another_big_city_is_a_list(nlp, gazetteer):
    found = places_of(nlp, gazetteer, "Fans from Paris, Berlin and Madrid filled the stadium.")
    assert [found[n].country for n in ("Paris", "Berlin", "Madrid")] == ["FR", "DE", "ES"]


def test_places_context_a_name_with_a_particle_is_read_whole(nlp, gazetteer):
    # "Jos" is a Nigerian city; here it is the end of a Romanian village's name
    found = places_of(nlp, gazetteer, "Officials from Ceamurlia de Jos said the flock was healthy.")
    assert "Jos" not in found
    assert found["Ceamurlia de Jos"].country == "RO"


@pytest.mark.parametrize(("text", "saint"), [
    ("Tourists crowded St. Mark's Square in Venice on Sunday.", "St. Mark"),
    ("Pilgrims prayed outside St. Peter's Basilica as the Vatican announced the news.", "St. Peter"),
])
def test_places_context_what_is_named_after_a_saint_is_no_town(nlp, gazetteer, text, saint):
    found = find_places(nlp(text), gazetteer)
    assert not any(p.resolved and p.span.text == saint for p in found)
    assert all(p.country in ("IT", "VA") for p in found if p.resolved)


def test_places_context_another_name_of_a_town_in_a_neighbour_of_the_country(nlp, gazetteer):
    # "Kalam" is only another name of a town in India, which borders the Pakistan the text is about
    text = ("Floods have cut off much of Khyber Pakhtunkhwa province in northern Pakistan. Army helicopters "
            "reached the resort town of Kalam in the Swat valley on Monday, Pakistan's army said.")
    found = places_of(nlp, gazetteer, text)
    assert not found["Kalam"].resolved and found["Pakistan"].country == "PK"


def test_places_context_a_second_level_area_after_a_comma_places_the_town(nlp, gazetteer):
    text = "Hog deaths were reported in Santa Maria, Davao del Sur, on the island of Mindanao."
    found = places_of(nlp, gazetteer, text)
    assert (found["Davao del Sur"].feature, found["Davao del Sur"].country) == ("ADM2", "PH")
    assert (found["Santa Maria"].country, found["Santa Maria"].admin1) == ("PH", "Davao")


def test_places_context_a_generic_second_level_name_inside_a_longer_one_is_not_read(nlp, gazetteer):
    # "South District" is an Indian district's name; here it ends a Ghanaian district's ("Ketu-South")
    found = find_places(nlp("Farmers marched in Denu in the Ketu-South District of Ghana."), gazetteer)
    assert all(p.country == "GH" for p in found if p.resolved)


def test_places_context_a_possessive_that_is_part_of_a_name_is_kept(nlp, gazetteer):
    # "St. John's" is Newfoundland's capital; "St. John" alone is a namesake town in Indiana
    found = places_of(nlp, gazetteer, "Fishermen in St. John's, Newfoundland, protested against quota cuts.")
    assert (found["St. John's"].country, found["St. John's"].admin1) == ("CA", "Newfoundland and Labrador")
    assert found["Newfoundland"].country == "CA"


@pytest.mark.parametrize(("text", "name"), [
    ("Heavy rain flooded roads across the West Midlands on Sunday.", "West Midlands"),
    ("Farmers in East Anglia said the drought had cut their yields.", "East Anglia"),
    ("Storms battered coastal towns in South West England overnight.", "South West England"),
])
def test_places_context_english_regions_resolve_in_england(nlp, gazetteer, text, name):
    # not Zimbabwe's Midlands province, nor England as a whole
    found = places_of(nlp, gazetteer, text)
    assert (found[name].name, found[name].country) == (name, "GB")
