"""Where an event happened: places inside names as a last resort, area words after a town. Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from eventcases import find_mention
from eventwire.events.anchors import PLACE_HEADS

DAY = date(2024, 3, 5)


def test_events_location_town_inside_an_organisation_name(pipe):
    event = find_mention(pipe, "Teachers demonstrated outside the Sukkur Press Club on Tuesday.", "demonstrated",
                         DAY)
    assert event.location is not None and event.location.name == "Sukkur"
    assert event.location.geo_precision >= 2 and "name" in (event.location.reason or "")


def test_events_location_country_inside_a_name_is_not_a_place(pipe):
    event = find_mention(pipe, "Staff of the Kenya Red Cross demonstrated on Tuesday.", "demonstrated", DAY)
    assert event.location is None


@pytest.mark.parametrize("word", ["township", "upazila", "tehsil", "taluk", "commune"])
def test_events_location_local_area_words_are_place_heads(word):
    assert word in PLACE_HEADS


def test_events_location_town_before_township(pipe):
    event = find_mention(pipe, "Rebels clashed with the army in Lashio township on Sunday.", "clashed", DAY)
    assert event.location is not None and event.location.name == "Lashio"


def test_events_location_village_stands_in_with_its_district(pipe):
    event = find_mention(pipe, "Gunmen killed a trader in Lubwaga village (Budaka, Eastern) on Monday.", "killed",
                         DAY)
    assert event.location.name == "Budaka" and event.location.geo_precision == 2


def test_events_location_region_in_the_country_of_the_parties_named(pipe):
    # no country named: the parties' country (Ghana) picks which "North East" region it is
    event = find_mention(pipe, "NPP supporters demonstrated in Kobilla (Tano West, North East) on Monday.",
                         "demonstrated", DAY)
    assert event.location is not None
    assert (event.location.country, event.location.admin1) == ("GH", "North East")


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # no country named: the rebels' country picks the namesake (the Philippines' Samar, not Samara)
        ("NPA guerrillas ambushed an army patrol in Samar on Monday.", "ambushed", "PH"),
        # Beni in North Kivu, not Bolivia's El Beni
        ("ADF fighters raided a village near Beni on Monday, killing seven farmers.", "raided", "CD"),
    ],
)
def test_events_location_namesake_in_the_armed_groups_country(pipe, text, trigger, country):
    event = find_mention(pipe, text, trigger, DAY)
    assert event.location is not None and event.location.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Employees of the National Bank of Pakistan protested outside the Sukkur Press Club on Tuesday.",
        "Members of the Communist Party of India demonstrated outside the Kochi Press Club on Tuesday.",
    ],
)
def test_events_location_country_after_a_body_name_yields_to_the_town(pipe, text):
    # "of" after a capitalised body word names the body's country, not where the event happened
    event = find_mention(pipe, text, "protested" if "protested" in text else "demonstrated", DAY)
    assert event.location is not None and event.location.name in ("Sukkur", "Kochi")


def test_events_location_country_after_a_body_name_alone_is_no_location(pipe):
    event = find_mention(pipe, "Members of the Teachers' Federation of Ghana demonstrated on Tuesday.",
                         "demonstrated", DAY)
    assert event.location is None


def test_event_location_area_after_a_country_possessive_takes_its_cue(pipe):
    # "in Niger's Tillaberi region": the event is in the region, the country only says whose it is
    event = find_mention(pipe, "Gunmen kidnapped three engineers in Niger's Tillaberi region on Monday.", "kidnapped",
                         DAY)
    assert (event.location.name, event.location.admin1) == ("Tillaberi", "Tillaberi")


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Thousands of people gathered in Accra on Tuesday. They marched to protest a new defence pact with the "
     "United States.", "marched", "Accra"),
    ("Farmers rallied in Tamale on Monday. Later, crowds marched against the sale of rice imported from Vietnam.",
     "marched", "Tamale"),
])
def test_events_location_a_topic_or_origin_in_the_clause_yields_to_where_the_text_puts_things(pipe, text,
                                                                                                trigger, place):
    # the clause names a country only as what the deal or the goods are about; the text said where people were
    event = find_mention(pipe, text, trigger, DAY)
    assert event.location is not None and event.location.name == place
    assert "main place" in (event.location.reason or "")


def test_events_location_province_level_event_is_coded_at_the_seat(pipe):
    # ACLED codes an event known only by its province at the provincial capital; the name stays the area's
    event = find_mention(pipe, "Bandits killed three herders in Turkana county on Sunday.", "killed", DAY)
    loc = event.location
    assert loc is not None and (loc.name, loc.feature, loc.geo_precision) == ("Turkana", "ADM1", 3)
    seat = pipe.gazetteer.seat("KE", "Turkana")
    assert seat is not None and seat.name == "Lodwar"
    assert (loc.lat, loc.lon) == (seat.lat, seat.lon) and "seat" in (loc.reason or "")


def test_events_location_town_level_event_keeps_its_own_point(pipe):
    event = find_mention(pipe, "Bandits killed three herders near Kakuma on Sunday.", "killed", DAY)
    loc = event.location
    assert loc is not None and loc.name == "Kakuma" and "seat" not in (loc.reason or "")
    assert abs(loc.lat - 3.72) < 0.1


def test_events_location_parts_of_a_town_place_the_event_there(pipe):
    # "areas of X" says where the shells fell, whatever the dateline and the document's other places
    text = ("KHARTOUM, May 12 - Paramilitary fighters shelled residential areas of El Fasher on Saturday. "
            "In Khartoum, army jets bombed positions in the north of the city on Sunday.")
    event = find_mention(pipe, text, "shelled", DAY)
    assert event.location is not None and event.location.name == "El Fasher"


def test_events_location_a_named_district_of_an_area_is_the_district(pipe):
    event = find_mention(pipe, "Militants attacked a police post in the Anantnag district of Kashmir on Sunday.",
                         "attacked", DAY)
    assert event.location is not None and event.location.name == "Anantnag"


def test_events_location_a_town_named_where_the_event_goes_on(pipe):
    # the lead places the attack only in a region of the country; the next sentence, the same attack, names
    # the province
    text = ("Suspected jihadists killed nine herders in an attack on a village in northern Burkina Faso on "
            "Saturday. Armed men on motorbikes stormed the village of Tin-Akoff in Oudalan province in the early "
            "afternoon, opening fire on residents.")
    event = find_mention(pipe, text, "attack", DAY)
    assert event.location is not None and event.location.name == "Oudalan", event.location


def test_events_location_a_settlement_word_as_a_title_keeps_the_cue(pipe):
    """"In the capital Mogadishu": the name after its title is where the event happened, even where the
    document's main place is elsewhere."""
    text = ("Fighting between two clan militias killed nine people near Dhusamareb in central Somalia on Monday. "
            "In the capital Mogadishu, a roadside bomb killed two police officers on Tuesday.")
    event = find_mention(pipe, text, "bomb", DAY)
    assert event.location is not None and event.location.name == "Mogadishu"
    assert event.location.reason is None


def test_events_location_region_told_later_refines_a_country(pipe):
    # the lead names only the country; the next sentence names a hamlet the gazetteer lacks, in a region it has
    text = ("Suspected jihadists killed 12 villagers in an attack in northern Burkina Faso on Sunday, officials "
            "said. The attackers stormed the hamlet of Kwoyaga, in the Boucle du Mouhoun region, at dawn.")
    event = find_mention(pipe, text, "attack", DAY)
    assert event.location is not None and event.location.admin1 == "Boucle du Mouhoun"
